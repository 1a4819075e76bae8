/**
 * The tests' own starting data, independent of the demo seed (server/src/db/demo-seed.ts):
 * the minimum most tests need, and nothing that costs time.
 *
 * - one course per field with one open cohort each: course i and cohort i share the ids
 *   1…5 (`COURSE` in ./intake.ts), in field order WELFARE, DISASTER, AGRICULTURE, GREENERY,
 *   RECYCLING;
 * - the greenery contractor (id 1), allowed from loopback and private networks;
 * - three staff accounts: a ward administrator, a ward staff member and a greenery
 *   contractor staff member (the shape of `t.credentials`).
 *
 * No members and no lottery: a test that needs the demo's drawn lottery starts its server
 * with `startTestServer({ seed: 'demo' })`.
 */
import type { App } from '../../server/src/app';
import type { DemoCredential } from '../../server/src/db/demo-seed';
import { tokyoToday } from '../../server/src/core/graphql/scalars';
import { Cohort, CohortStatus, Course, Eligibility, FieldCode, SelectionMethod, StudyField } from '../../server/src/modules/catalog';
import { Contractor } from '../../server/src/modules/accounts';
import { Role } from '../../server/src/modules/permissions';

/** A seeded staff login: role, login ID and password (the shape `t.credentials` holds). */
export type FixtureCredential = DemoCredential;

export interface FixtureCourse {
  id: number;
  field: FieldCode;
  title: string;
  titleEn: string;
  description: string;
  eligibility: Eligibility[];
  motivation: boolean;
  method: SelectionMethod;
  /** Capacity of the course's open cohort (same id as the course). */
  capacity: number;
}

export const FIXTURE_COURSES: readonly FixtureCourse[] = [
  {
    id: 1,
    field: FieldCode.WELFARE,
    title: '地域福祉コース',
    titleEn: 'Community welfare course',
    description: '高齢者の見守りや子育て支援など、地域の福祉活動の担い手を2年間で養成します。',
    eligibility: [Eligibility.RESIDENT, Eligibility.WORKER, Eligibility.STUDENT],
    motivation: true,
    method: SelectionMethod.REVIEW,
    capacity: 30,
  },
  {
    id: 2,
    field: FieldCode.DISASTER,
    title: '防災コース',
    titleEn: 'Disaster prevention course',
    description: '避難所運営や防災訓練の企画など、地域の防災リーダーを1年間で養成します。',
    eligibility: [Eligibility.RESIDENT, Eligibility.WORKER],
    motivation: false,
    method: SelectionMethod.LOTTERY,
    capacity: 40,
  },
  {
    id: 3,
    field: FieldCode.AGRICULTURE,
    title: '農のコース',
    titleEn: 'Urban agriculture course',
    description: '練馬の都市農業を学び、農地保全や農業ボランティアの担い手を養成します。',
    eligibility: [Eligibility.RESIDENT],
    motivation: false,
    method: SelectionMethod.LOTTERY,
    capacity: 20,
  },
  {
    id: 4,
    field: FieldCode.GREENERY,
    title: 'みどりのコース',
    titleEn: 'Greenery course',
    description: '公園や樹林地の保全活動を通じて、みどりを守り育てる担い手を2年間で養成します。',
    eligibility: [Eligibility.RESIDENT, Eligibility.WORKER, Eligibility.STUDENT],
    motivation: true,
    method: SelectionMethod.REVIEW,
    capacity: 25,
  },
  {
    id: 5,
    field: FieldCode.RECYCLING,
    title: 'リサイクルコース',
    titleEn: 'Recycling course',
    description: 'ごみの減量やリサイクル活動を地域で広げる担い手を1年間で養成します。',
    eligibility: [Eligibility.RESIDENT, Eligibility.WORKER],
    motivation: false,
    method: SelectionMethod.LOTTERY,
    capacity: 30,
  },
];

/** The staff accounts: same login IDs and passwords as the demo's, so failures read the same. */
export const FIXTURE_STAFF: ReadonlyArray<{ role: Role; loginId: string; password: string; name: string; nameKana: string; contractor: boolean; note: string }> = [
  { role: Role.WARD_ADMIN, loginId: 'S00000001', password: 'demo-admin-2026', name: '練馬 管理者', nameKana: 'ネリマ カンリシャ', contractor: false, note: 'ward administrator' },
  { role: Role.WARD_STAFF, loginId: 'S00000002', password: 'demo-staff-2026', name: '練馬 職員', nameKana: 'ネリマ ショクイン', contractor: false, note: 'ward staff, all fields' },
  {
    role: Role.CONTRACTOR_STAFF,
    loginId: 'S00000003',
    password: 'demo-green-2026',
    name: '緑川 委託',
    nameKana: 'ミドリカワ イタク',
    contractor: true,
    note: 'contractor staff, greenery only',
  },
];

const DAY = 24 * 3600_000;

/** The academic year whose intake is open now: April starts the next one. */
export function openAcademicYear(now: Date): number {
  const today = tokyoToday(now);
  return Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 4 ? 1 : 0);
}

/**
 * Inserts the fixture through the server's own entities and services, in one system
 * transaction; returns the staff credentials.
 */
export async function seedFixture(app: Pick<App, 'services' | 'system'>, now = new Date()): Promise<FixtureCredential[]> {
  const credentials: FixtureCredential[] = [];
  await app.system.transaction(now, async (ctx) => {
    const em = ctx.em;
    const years = new Map((await em.getRepository(StudyField).find()).map((f) => [f.code, f.years]));
    const academicYear = openAcademicYear(now);
    for (const c of FIXTURE_COURSES) {
      const length = years.get(c.field) ?? 1;
      const course = await em.getRepository(Course).save(
        em.getRepository(Course).create({
          id: c.id,
          fieldCode: c.field,
          title: c.title,
          titleEn: c.titleEn,
          description: c.description,
          years: length,
          eligibilityRule: [...c.eligibility].sort().join(','),
          motivationRequired: c.motivation,
          minAttendanceRate: 80,
        }),
      );
      await em.getRepository(Cohort).save(
        em.getRepository(Cohort).create({
          id: c.id,
          courseId: course.id,
          fieldCode: course.fieldCode,
          academicYear,
          capacity: c.capacity,
          applicationOpensAt: new Date(now.getTime() - 7 * DAY),
          applicationClosesAt: new Date(now.getTime() + 60 * DAY),
          startsOn: `${academicYear}-04-10`,
          endsOn: `${academicYear + length}-03-15`,
          selectionMethod: c.method,
          status: CohortStatus.OPEN,
        }),
      );
    }
    const contractor = await em.getRepository(Contractor).save(
      em.getRepository(Contractor).create({
        name: 'みどりのまちづくり株式会社',
        fieldCode: FieldCode.GREENERY,
        contractStartsOn: `${academicYear - 1}-04-01`,
        contractEndsOn: `${academicYear + 2}-03-31`,
        allowedCidrs: ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].join('\n'),
        endedAt: null,
        createdAt: now,
      }),
    );
    for (const s of FIXTURE_STAFF) {
      await app.services.accounts.createStaffWithPassword(
        em,
        { role: s.role, name: s.name, nameKana: s.nameKana, email: `${s.loginId.toLowerCase()}@fixture.college.example.jp`, contractorId: s.contractor ? contractor.id : null },
        s.password,
        s.loginId,
        now,
      );
      credentials.push({ role: s.role, loginId: s.loginId, password: s.password, note: s.note });
    }
  });
  return credentials;
}
