import type { DataSource } from 'typeorm';
import type { Ctx } from '../core/context';
import type { SystemWork } from '../core/system';
import { Role } from '../core/auth/roles';
import { tokyoToday } from '../core/graphql/scalars';
import { Cohort, CohortStatus, Course, Eligibility, FieldCode, SelectionMethod, StudyField } from '../modules/catalog';
import { Account, AccountStatus, Consent, Contractor, Residency } from '../modules/accounts';
import { Application, ApplicationEvent, ApplicationStatus, ContactMethod, LotteryDraw, LotteryEntry, draw, newCode, resultNotice } from '../modules/intake';
import type { Services } from '../modules';

export interface DemoCredential {
  role: Role;
  loginId: string;
  password: string;
  note: string;
}

const COURSES: Array<{
  field: FieldCode;
  title: string;
  titleEn: string;
  description: string;
  eligibility: Eligibility[];
  motivation: boolean;
  method: SelectionMethod;
  capacity: number;
}> = [
  {
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

const DAY = 24 * 3600_000;

/**
 * Demo data for the embedded database: one course and one open cohort per field, a ward
 * administrator, a ward staff member and a greenery contractor with one staff member.
 */
export async function seedDemo(app: { services: Services; system: SystemWork }, now = new Date()): Promise<DemoCredential[]> {
  const { services } = app;
  const credentials: DemoCredential[] = [];
  await app.system.transaction(now, async (ctx) => {
    const em = ctx.em;
    const fields = await em.getRepository(StudyField).find();
    const years = new Map(fields.map((f) => [f.code, f.years]));
    const today = tokyoToday(now);
    const academicYear = Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 4 ? 1 : 0);
    for (const c of COURSES) {
      const course = await em.getRepository(Course).save(
        em.getRepository(Course).create({
          fieldCode: c.field,
          title: c.title,
          titleEn: c.titleEn,
          description: c.description,
          years: years.get(c.field) ?? 1,
          eligibilityRule: [...c.eligibility].sort().join(','),
          motivationRequired: c.motivation,
          minAttendanceRate: 80,
        }),
      );
      await em.getRepository(Cohort).save(
        em.getRepository(Cohort).create({
          courseId: course.id,
          fieldCode: course.fieldCode,
          academicYear,
          capacity: c.capacity,
          applicationOpensAt: new Date(now.getTime() - 7 * DAY),
          applicationClosesAt: new Date(now.getTime() + 60 * DAY),
          startsOn: `${academicYear}-04-10`,
          endsOn: `${academicYear + (years.get(c.field) ?? 1)}-03-15`,
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
        // Loopback and private networks, so the demo works on a laptop and in docker compose.
        allowedCidrs: ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].join('\n'),
        endedAt: null,
        createdAt: now,
      }),
    );
    const staff: Array<[Role, string, string, string, string, number | null, string]> = [
      [Role.WARD_ADMIN, 'S00000001', 'demo-admin-2026', '練馬 管理者', 'ネリマ カンリシャ', null, 'ward administrator'],
      [Role.WARD_STAFF, 'S00000002', 'demo-staff-2026', '練馬 職員', 'ネリマ ショクイン', null, 'ward staff, all fields'],
      [Role.CONTRACTOR_STAFF, 'S00000003', 'demo-green-2026', '緑川 委託', 'ミドリカワ イタク', contractor.id, 'contractor staff, greenery only'],
    ];
    for (const [role, loginId, password, name, nameKana, contractorId, note] of staff) {
      await services.accounts.createStaffWithPassword(
        em,
        { role, name, nameKana, email: `${loginId.toLowerCase()}@demo.college.example.jp`, contractorId },
        password,
        loginId,
        now,
      );
      credentials.push({ role, loginId, password, note });
    }
    credentials.push(await seedDrawnLottery(ctx, services, academicYear));
  });
  return credentials;
}

/**
 * An autumn intake of the recycling course whose lottery has been drawn and announced, with
 * twelve demo members, so the demo has a transcript to verify and offers to answer.
 */
async function seedDrawnLottery(ctx: Ctx, services: Services, academicYear: number): Promise<DemoCredential> {
  const em = ctx.em;
  const now = ctx.now;
  const course = await em.getRepository(Course).findOneByOrFail({ fieldCode: FieldCode.RECYCLING });
  const start = new Date(now.getTime() + 30 * DAY);
  const cohort = await em.getRepository(Cohort).save(
    em.getRepository(Cohort).create({
      courseId: course.id,
      fieldCode: course.fieldCode,
      academicYear,
      capacity: 8,
      applicationOpensAt: new Date(now.getTime() - 40 * DAY),
      applicationClosesAt: new Date(now.getTime() - 10 * DAY),
      startsOn: tokyoToday(start),
      endsOn: tokyoToday(new Date(start.getTime() + 330 * DAY)),
      selectionMethod: SelectionMethod.LOTTERY,
      status: CohortStatus.ANNOUNCED,
    }),
  );
  const password = 'demo-member-2026';
  const passwordHash = await services.hasher.hash(password);
  const apps: Application[] = [];
  for (let i = 1; i <= 12; i++) {
    const n = String(i).padStart(2, '0');
    const account = await em.getRepository(Account).save(
      em.getRepository(Account).create({
        loginId: `M900000${n}`,
        role: Role.MEMBER,
        name: `デモ 利用者${n}`,
        nameKana: `デモ リヨウシャ${n}`,
        email: `demo${n}@demo.college.example.jp`,
        phone: null,
        residency: Residency.RESIDENT,
        address: `東京都練馬区豊玉北6-12-${i}`,
        workplaceOrSchool: null,
        passwordHash,
        contractorId: null,
        status: AccountStatus.ACTIVE,
        emailVerifiedAt: now,
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: now,
      }),
    );
    await em.getRepository(Consent).insert({ accountId: account.id, kind: 'privacy-notice', version: services.privacy.currentNotice().version, acceptedAt: now });
    apps.push(
      await em.getRepository(Application).save(
        em.getRepository(Application).create({
          code: newCode(),
          cohortId: cohort.id,
          accountId: account.id,
          eligibilityBasis: Eligibility.RESIDENT,
          workplaceOrSchool: null,
          motivation: null,
          preferredContact: ContactMethod.EMAIL,
          emailAlerts: false,
          eligible: true,
          ineligibleReason: null,
          ineligibleReasonCode: null,
          status: ApplicationStatus.SUBMITTED,
          decision: null,
          decisionReason: null,
          waitlistPosition: null,
          offerDeadline: null,
          submittedAt: new Date(now.getTime() - 20 * DAY),
          updatedAt: now,
        }),
      ),
    );
  }
  const seed = `${academicYear}-recycling-autumn-public-number-4721`;
  const outcome = draw(
    apps.map((a) => a.code),
    cohort.capacity,
    seed,
  );
  const lottery = await em.getRepository(LotteryDraw).save(
    em.getRepository(LotteryDraw).create({
      cohortId: cohort.id,
      entryCount: outcome.sorted.length,
      capacity: cohort.capacity,
      commitment: outcome.commitment,
      frozenAt: new Date(now.getTime() - 9 * DAY),
      seed,
      drawnAt: new Date(now.getTime() - 8 * DAY),
    }),
  );
  await em.getRepository(LotteryEntry).insert(outcome.sorted.map((code) => ({ drawId: lottery.id, code, place: outcome.order.indexOf(code) + 1 })));
  const deadline = new Date(now.getTime() + 14 * DAY);
  const notices = [];
  for (const app of apps) {
    const place = outcome.order.indexOf(app.code);
    app.status = place < cohort.capacity ? ApplicationStatus.OFFERED : ApplicationStatus.WAITLISTED;
    app.waitlistPosition = place < cohort.capacity ? null : place - cohort.capacity + 1;
    app.offerDeadline = place < cohort.capacity ? deadline : null;
    await em.getRepository(Application).update({ id: app.id }, { status: app.status, waitlistPosition: app.waitlistPosition, offerDeadline: app.offerDeadline });
    await em
      .getRepository(ApplicationEvent)
      .insert({ applicationId: app.id, at: now, fromStatus: ApplicationStatus.SUBMITTED, toStatus: app.status, actorId: null, reason: 'lottery_drawn' });
    notices.push({ accountId: app.accountId, cohortId: cohort.id, mail: false, ...resultNotice(course, academicYear, app, app.offerDeadline) });
  }
  await services.notices.notifyMembers(ctx, notices);
  return {
    role: Role.MEMBER,
    loginId: 'M90000001',
    password,
    note: `demo member; M90000001..M90000012 share this password and hold results of a drawn lottery (cohort ${cohort.id})`,
  };
}

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Account).count()) === 0 && (await db.getRepository(Course).count()) === 0;
}
