import type { DataSource } from 'typeorm';
import type { Ctx } from '../core/context';
import type { SystemWork } from '../core/system';
import { Role } from '../core/auth/roles';
import { tokyoToday } from '../core/graphql/scalars';
import { Cohort, CohortStatus, Course, Eligibility, FieldCode, SelectionMethod, StudyField } from '../modules/catalog';
import { Account, AccountStatus, Consent, ConsentKind, ConsentSource, Contractor, Residency } from '../modules/accounts';
import {
  ActivitySource,
  FOLLOW_UP_NOTICE_VERSION,
  GroupNoteKind,
  InvitationStatus,
  Survey,
  SurveyInvitation,
  SurveyVersion,
  SurveyWave,
  SurveyWaveStatus,
} from '../modules/alumni';
import { DisclosureField, GroupKind, IntroductionStatus } from '../modules/community';
import { TimeOfDay, Weekday } from '../modules/community/consultation.entity';
import { SurveyQuestionKind } from '../modules/alumni/survey.types';
import type { Principal } from '../core/principal';
import {
  Application,
  ApplicationEvent,
  ApplicationStatus,
  ContactMethod,
  Enrollment,
  LotteryDraw,
  StudentNumberCounter,
  formatStudentNumber,
  LotteryEntry,
  commitmentOf,
  draw,
  newCode,
  resultNotice,
  sortCodes,
} from '../modules/intake';
import type { Services } from '../modules';
import { ClassSession, ClassSessionKind } from '../modules/learning';

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
  scheduleOutline: string;
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
    scheduleOutline: '4月から翌々年3月までの2年間、月2回（主に土曜日10時〜12時）。区役所本庁舎の会議室での講義と、地域の福祉施設での実習があります。',
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
    scheduleOutline: '4月から翌年3月まで、月2回（主に日曜日10時〜12時）。講義のほか、避難所開設訓練や消火訓練などの実習があります。',
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
    scheduleOutline: '4月から翌年3月まで、月2回（主に土曜日9時〜12時）。区内の体験農園での実習が中心です。雨天時は講義に替えます。',
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
    scheduleOutline: '4月から翌々年3月までの2年間、月2回（主に土曜日10時〜12時）。公園や樹林地での保全作業の実習があります。',
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
    scheduleOutline: '4月から翌年3月まで、月2回（主に平日夜19時〜21時）。リサイクルセンターでの講義と、地域のイベントでの実習があります。',
  },
];

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

/** The instant at `hour`:00 Japan time on the Tokyo day `days` after today (negative: before). */
export function tokyoAt(now: Date, days: number, hour: number): Date {
  return new Date(Date.parse(`${tokyoToday(now)}T00:00:00+09:00`) + days * DAY + hour * HOUR);
}

/** The Tokyo calendar date `days` after today. */
export function tokyoDay(now: Date, days: number): string {
  return tokyoToday(tokyoAt(now, days, 12));
}

/** The Japanese academic (fiscal) year of a date: April to the next March. */
export function academicYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Demo members: names and readings from a list (no digits in names or kana). */
const MEMBERS: ReadonlyArray<[string, string]> = [
  ['佐藤 花子', 'サトウ ハナコ'],
  ['鈴木 太郎', 'スズキ タロウ'],
  ['高橋 美咲', 'タカハシ ミサキ'],
  ['田中 健一', 'タナカ ケンイチ'],
  ['伊藤 陽子', 'イトウ ヨウコ'],
  ['渡辺 誠', 'ワタナベ マコト'],
  ['山本 由美', 'ヤマモト ユミ'],
  ['中村 大輔', 'ナカムラ ダイスケ'],
  ['小林 恵子', 'コバヤシ ケイコ'],
  ['加藤 翔太', 'カトウ ショウタ'],
  ['吉田 直子', 'ヨシダ ナオコ'],
  ['山田 浩', 'ヤマダ ヒロシ'],
];

export async function seedDemo(app: { services: Services; system: SystemWork }, now = new Date()): Promise<DemoCredential[]> {
  const { services } = app;
  const credentials: DemoCredential[] = [];
  await app.system.transaction(now, async (ctx) => {
    const em = ctx.em;
    const fields = await em.getRepository(StudyField).find();
    const years = new Map(fields.map((f) => [f.code, f.years]));
    // Applications open at 9:00 and close at 17:00 Japan time, on whole days around today; the
    // intake starts in the April after the close, and its academic year is that April's.
    const opensAt = tokyoAt(now, -7, 9);
    const closesAt = tokyoAt(now, 60, 17);
    const academicYear = academicYearOf(tokyoDay(now, 60)) + 1;
    const startsOn = `${academicYear}-04-10`;
    // Two weeks after the close, and before the start.
    const resultsOn = earlier(tokyoDay(now, 74), addDays(startsOn, -3));
    for (const c of COURSES) {
      const course = await em.getRepository(Course).save(
        em.getRepository(Course).create({
          fieldCode: c.field,
          title: c.title,
          titleEn: c.titleEn,
          description: c.description,
          scheduleOutline: c.scheduleOutline,
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
          applicationOpensAt: opensAt,
          applicationClosesAt: closesAt,
          startsOn,
          endsOn: `${academicYear + (years.get(c.field) ?? 1)}-03-15`,
          selectionMethod: c.method,
          status: CohortStatus.OPEN,
          resultsOn,
          announcedAt: null,
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
    const members = await seedMembers(ctx, services);
    credentials.push(await seedDrawnLottery(ctx, services, members));
    await seedFrozenLottery(ctx, members.accounts.slice(0, 10));
    await seedLearning(ctx, services, members.accounts);
  });
  await seedFollowUp(app, now);
  await seedPostings(app, now);
  await seedMatching(app, now);
  return credentials;
}

const MEMBER_PASSWORD = 'demo-member-2026';

/** The twelve demo members M90000001…M90000012, who share one password. */
async function seedMembers(ctx: Ctx, services: Services): Promise<{ accounts: Account[] }> {
  const em = ctx.em;
  const now = ctx.now;
  const passwordHash = await services.hasher.hash(MEMBER_PASSWORD);
  const accounts: Account[] = [];
  for (const [i, [name, nameKana]] of MEMBERS.entries()) {
    const n = String(i + 1).padStart(2, '0');
    const account = await em.getRepository(Account).save(
      em.getRepository(Account).create({
        loginId: `M900000${n}`,
        role: Role.MEMBER,
        name,
        nameKana,
        email: `demo${n}@demo.college.example.jp`,
        phone: null,
        residency: Residency.RESIDENT,
        address: `東京都練馬区豊玉北6-12-${i + 1}`,
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
    await em.getRepository(Consent).insert({ accountId: account.id, kind: 'privacy-notice', version: (await services.privacy.currentNotice(ctx)).version, acceptedAt: now });
    accounts.push(account);
  }
  return { accounts };
}

/** Submitted, eligible applications of these members to a cohort, one a minute from `from`. */
async function seedApplications(ctx: Ctx, cohort: Cohort, accounts: Account[], from: Date): Promise<Application[]> {
  const em = ctx.em;
  const apps: Application[] = [];
  for (const [i, account] of accounts.entries()) {
    const at = new Date(from.getTime() + i * 60_000);
    const app = await em.getRepository(Application).save(
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
        submittedAt: at,
        updatedAt: at,
      }),
    );
    await em.getRepository(ApplicationEvent).insert({ applicationId: app.id, at, fromStatus: null, toStatus: ApplicationStatus.SUBMITTED, actorId: account.id, reason: 'applied' });
    apps.push(app);
  }
  return apps;
}

/**
 * A second intake of the recycling course whose lottery has been drawn and announced, with the
 * twelve demo members, so the demo has a transcript to verify and offers to answer. Its
 * applications closed at 17:00 ten days ago; the list was frozen, drawn and announced on the
 * following mornings; it starts in a month, and its academic year is its start's.
 */
async function seedDrawnLottery(ctx: Ctx, services: Services, members: { accounts: Account[] }): Promise<DemoCredential> {
  const em = ctx.em;
  const now = ctx.now;
  const course = await em.getRepository(Course).findOneByOrFail({ fieldCode: FieldCode.RECYCLING });
  const startsOn = tokyoDay(now, 30);
  const frozenAt = tokyoAt(now, -9, 10);
  const drawnAt = tokyoAt(now, -8, 10);
  const announcedAt = tokyoAt(now, -7, 10);
  const academicYear = academicYearOf(startsOn);
  const cohort = await em.getRepository(Cohort).save(
    em.getRepository(Cohort).create({
      courseId: course.id,
      fieldCode: course.fieldCode,
      academicYear,
      capacity: 8,
      applicationOpensAt: tokyoAt(now, -40, 9),
      applicationClosesAt: tokyoAt(now, -10, 17),
      startsOn,
      endsOn: addDays(startsOn, 330),
      selectionMethod: SelectionMethod.LOTTERY,
      status: CohortStatus.ANNOUNCED,
      resultsOn: tokyoDay(now, -7),
      announcedAt,
    }),
  );
  const apps = await seedApplications(ctx, cohort, members.accounts, tokyoAt(now, -20, 10));
  const seed = `${academicYear}-recycling-second-intake-public-number-4721`;
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
      frozenAt,
      seed,
      drawnAt,
    }),
  );
  await em.getRepository(LotteryEntry).insert(outcome.sorted.map((code) => ({ drawId: lottery.id, code, place: outcome.order.indexOf(code) + 1 })));
  const deadline = tokyoAt(now, 14, 17);
  const notices = [];
  for (const app of apps) {
    const place = outcome.order.indexOf(app.code);
    app.status = place < cohort.capacity ? ApplicationStatus.OFFERED : ApplicationStatus.WAITLISTED;
    app.waitlistPosition = place < cohort.capacity ? null : place - cohort.capacity + 1;
    app.offerDeadline = place < cohort.capacity ? deadline : null;
    await em
      .getRepository(Application)
      .update({ id: app.id }, { status: app.status, waitlistPosition: app.waitlistPosition, offerDeadline: app.offerDeadline, updatedAt: drawnAt });
    await em
      .getRepository(ApplicationEvent)
      .insert({ applicationId: app.id, at: drawnAt, fromStatus: ApplicationStatus.SUBMITTED, toStatus: app.status, actorId: null, reason: 'lottery_drawn' });
    notices.push({ accountId: app.accountId, cohortId: cohort.id, mail: false, ...resultNotice(course, academicYear, app, app.offerDeadline) });
  }
  // The result notices are dated at the announcement, as the real announcement would write them.
  await services.notices.notifyMembers({ ...ctx, now: announcedAt }, notices);
  return {
    role: Role.MEMBER,
    loginId: 'M90000001',
    password: MEMBER_PASSWORD,
    note: `demo member; M90000001..M90000012 share this password and hold results of a drawn lottery (cohort ${cohort.id})`,
  };
}

/**
 * A second intake of the agriculture course, closed at 17:00 three days ago and awaiting its
 * results: more applicants than places, the list frozen yesterday morning and its commitment
 * public, the draw still to come (the public lottery page before the draw).
 */
async function seedFrozenLottery(ctx: Ctx, accounts: Account[]): Promise<void> {
  const em = ctx.em;
  const now = ctx.now;
  const course = await em.getRepository(Course).findOneByOrFail({ fieldCode: FieldCode.AGRICULTURE });
  const startsOn = tokyoDay(now, 40);
  const cohort = await em.getRepository(Cohort).save(
    em.getRepository(Cohort).create({
      courseId: course.id,
      fieldCode: course.fieldCode,
      academicYear: academicYearOf(startsOn),
      capacity: 6,
      applicationOpensAt: tokyoAt(now, -30, 9),
      applicationClosesAt: tokyoAt(now, -3, 17),
      startsOn,
      endsOn: addDays(startsOn, 300),
      selectionMethod: SelectionMethod.LOTTERY,
      status: CohortStatus.CLOSED,
      resultsOn: tokyoDay(now, 5),
      announcedAt: null,
    }),
  );
  const apps = await seedApplications(ctx, cohort, accounts, tokyoAt(now, -15, 13));
  const codes = sortCodes(apps.map((a) => a.code));
  const lottery = await em.getRepository(LotteryDraw).save(
    em.getRepository(LotteryDraw).create({
      cohortId: cohort.id,
      entryCount: codes.length,
      capacity: cohort.capacity,
      commitment: commitmentOf(codes),
      frozenAt: tokyoAt(now, -1, 10),
      seed: null,
      drawnAt: null,
    }),
  );
  await em.getRepository(LotteryEntry).insert(codes.map((code) => ({ drawId: lottery.id, code, place: null })));
}

export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Account).count()) === 0 && (await db.getRepository(Course).count()) === 0;
}

/** The next student numbers of a field and year, through the same counter row enrolment bumps. */
async function takeStudentNumbers(ctx: Ctx, field: FieldCode, year: number, n: number): Promise<string[]> {
  const counters = ctx.em.getRepository(StudentNumberCounter);
  const counter =
    (await counters.findOneBy({ fieldCode: field, academicYear: year })) ?? (await counters.save(counters.create({ fieldCode: field, academicYear: year, lastNumber: 0 })));
  await counters.update({ id: counter.id }, { lastNumber: counter.lastNumber + n });
  return Array.from({ length: n }, (_, i) => formatStudentNumber(year, field, counter.lastNumber + i + 1));
}

/** The second Saturday of each month from April of `year`, `months` months long, at 10:00–12:00 Tokyo time. */
function monthlySaturdays(year: number, months: number): Array<{ startsAt: Date; endsAt: Date }> {
  const out: Array<{ startsAt: Date; endsAt: Date }> = [];
  for (let m = 0; m < months; m++) {
    const y = year + Math.floor((3 + m) / 12);
    const month = (3 + m) % 12;
    const firstDay = new Date(Date.UTC(y, month, 1)).getUTCDay();
    const day = 1 + ((6 - firstDay + 7) % 7) + 7;
    out.push({ startsAt: new Date(Date.UTC(y, month, day, 1)), endsAt: new Date(Date.UTC(y, month, day, 3)) });
  }
  return out;
}

/** A cohort with enrolled students (the demo members), as if they had applied, been offered a seat and taken it. */
async function enrolledCohort(ctx: Ctx, field: FieldCode, academicYear: number, accounts: Account[]): Promise<{ cohort: Cohort; enrollments: Enrollment[] }> {
  const em = ctx.em;
  const course = await em.getRepository(Course).findOneByOrFail({ fieldCode: field });
  const years = course.years;
  const cohort = await em.getRepository(Cohort).save(
    em.getRepository(Cohort).create({
      courseId: course.id,
      fieldCode: field,
      academicYear,
      capacity: 20,
      applicationOpensAt: new Date(Date.UTC(academicYear, 0, 10, 0)),
      applicationClosesAt: new Date(Date.UTC(academicYear, 1, 10, 8)),
      startsOn: `${academicYear}-04-10`,
      endsOn: `${academicYear + years}-03-15`,
      selectionMethod: SelectionMethod.REVIEW,
      status: CohortStatus.RUNNING,
      resultsOn: `${academicYear}-02-24`,
      announcedAt: new Date(Date.UTC(academicYear, 1, 24, 1)),
    }),
  );
  const apps = await seedApplications(ctx, cohort, accounts, new Date(Date.UTC(academicYear, 0, 20, 1)));
  const numbers = await takeStudentNumbers(ctx, field, academicYear, apps.length);
  const enrolledAt = new Date(Date.UTC(academicYear, 1, 26, 1));
  const enrollments: Enrollment[] = [];
  for (const [i, app] of apps.entries()) {
    await em.getRepository(Application).update({ id: app.id }, { status: ApplicationStatus.ENROLLED, decision: null, updatedAt: enrolledAt });
    await em.getRepository(ApplicationEvent).insert({
      applicationId: app.id,
      at: enrolledAt,
      fromStatus: ApplicationStatus.SUBMITTED,
      toStatus: ApplicationStatus.ENROLLED,
      actorId: app.accountId,
      reason: 'offer_accepted',
    });
    enrollments.push(
      await em
        .getRepository(Enrollment)
        .save(
          em.getRepository(Enrollment).create({ applicationId: app.id, cohortId: cohort.id, accountId: app.accountId, studentNumber: numbers[i], enrolledAt, withdrawnAt: null }),
        ),
    );
  }
  return { cohort, enrollments };
}

async function sessionsOf(ctx: Ctx, cohort: Cohort, times: Array<{ startsAt: Date; endsAt: Date }>, venue: string): Promise<ClassSession[]> {
  const repo = ctx.em.getRepository(ClassSession);
  const out: ClassSession[] = [];
  for (const [i, t] of times.entries()) {
    const last = i === times.length - 1;
    out.push(
      await repo.save(
        repo.create({
          cohortId: cohort.id,
          ...t,
          title: last ? '修了発表会' : `第${i + 1}回 講義`,
          venue,
          kind: last ? ClassSessionKind.PRACTICE : i % 4 === 3 ? ClassSessionKind.FIELD_WORK : ClassSessionKind.LECTURE,
          countsTowardCompletion: true,
          requiredForCompletion: last,
          cancelledAt: null,
          cancelReason: null,
        }),
      ),
    );
  }
  return out;
}

/**
 * Learning, so the console's and my page's learning screens show something real on the first
 * start: this academic year's welfare cohort running (monthly sessions, the past ones with
 * attendance, one student at risk of not completing), and last year's recycling cohort finished,
 * with completion decided and certificates issued.
 */
async function seedLearning(ctx: Ctx, services: Services, accounts: Account[]): Promise<void> {
  const now = ctx.now;
  // The newest intake that has started (10 April); last year's has ended (15 March).
  const today = tokyoToday(now);
  const year = today >= `${academicYearOf(today)}-04-10` ? academicYearOf(today) : academicYearOf(today) - 1;
  const record = services.learning.schedule.recordAttendance;

  const running = await enrolledCohort(ctx, FieldCode.WELFARE, year, accounts.slice(0, 6));
  const sessions = await sessionsOf(ctx, running.cohort, monthlySaturdays(year, 23), '練馬区役所 本庁舎 19階 研修室');
  const past = sessions.filter((s) => s.endsAt < now);
  // Everyone present, but for a few absences; the fourth student has missed four sessions (at risk).
  const absent = new Map<number, number[]>([
    [1, [2]],
    [3, [0, 2, 4, 6]],
    [5, [5]],
  ]);
  const entries = running.enrollments.flatMap((e, i) =>
    past.map((s, k) => ({ classSessionId: s.id, enrollmentId: e.id, statusCode: (absent.get(i) ?? []).includes(k) ? 'absent' : k === 1 && i === 2 ? 'late' : 'present' })),
  );
  if (entries.length) await record(ctx, entries, { source: 'entry', reason: 'デモデータ' });

  const finished = await enrolledCohort(ctx, FieldCode.RECYCLING, year - 1, accounts.slice(6, 11));
  const done = await sessionsOf(ctx, finished.cohort, monthlySaturdays(year - 1, 11), 'リサイクルセンター 学習室');
  await record(
    ctx,
    finished.enrollments.flatMap((e, i) => done.map((s, k) => ({ classSessionId: s.id, enrollmentId: e.id, statusCode: i === 4 && k < 4 ? 'absent' : 'present' }))),
    { source: 'entry', reason: 'デモデータ' },
  );
  await services.learning.completion.service.runCompletion(ctx, String(finished.cohort.id));

  // Its alumni: the first and third agreed to follow-up surveys on my page, the second on a
  // paper form entered by ward staff; the fourth has not chosen (so nothing is ever sent to them).
  const alumni = finished.enrollments.slice(0, 3);
  const wardStaff = await ctx.em.getRepository(Account).findOneByOrFail({ loginId: 'S00000002' });
  await ctx.em.getRepository(Consent).insert(
    alumni.map((e, i) => ({
      accountId: e.accountId,
      kind: ConsentKind.FOLLOW_UP,
      version: FOLLOW_UP_NOTICE_VERSION,
      granted: true,
      source: i === 1 ? ConsentSource.PAPER_FORM : ConsentSource.SELF,
      recordedBy: i === 1 ? wardStaff.id : null,
      acceptedAt: now,
    })),
  );
}

const DEMO_GROUPS = [
  {
    name: '豊玉リサイクル推進会',
    kind: GroupKind.VOLUNTEER_CIRCLE,
    fieldCodes: [FieldCode.RECYCLING],
    districtCode: 'nerima',
    publicDescription: '豊玉地域で資源の分別説明会と集団回収を行っています。月1回の土曜日に活動しています。',
    publicContact: '練馬区役所 地域振興課 経由',
    representativeName: '豊玉 一郎',
    representativePhone: '03-3993-0001',
    representativeEmail: 'toyotama-recycle@demo.college.example.jp',
    interviewNotes: '会員は約20名。説明会の講師役を担える人を探している。',
    interviewDaysAgo: -200,
  },
  {
    name: '光が丘エコの会',
    kind: GroupKind.NPO,
    fieldCodes: [FieldCode.RECYCLING, FieldCode.GREENERY],
    districtCode: 'hikarigaoka',
    publicDescription: '光が丘公園周辺の清掃とリユース市を開いています。',
    publicContact: '練馬区役所 地域振興課 経由',
    representativeName: '光 花子',
    representativePhone: '03-3993-0002',
    representativeEmail: null,
    interviewNotes: null,
    interviewDaysAgo: -150,
  },
  {
    name: '石神井公園 花壇ボランティア',
    kind: GroupKind.VOLUNTEER_CIRCLE,
    fieldCodes: [FieldCode.GREENERY],
    districtCode: 'shakujii',
    publicDescription: '石神井公園の花壇の手入れを、季節ごとに行っています。初めての方も歓迎です。',
    publicContact: '練馬区役所 みどり推進課 経由',
    representativeName: '石神井 次郎',
    representativePhone: null,
    representativeEmail: 'shakujii-kadan@demo.college.example.jp',
    interviewNotes: '平日午前の活動が中心。',
    interviewDaysAgo: -120,
  },
  {
    name: '大泉町二丁目町会',
    kind: GroupKind.NEIGHBOURHOOD_ASSOCIATION,
    fieldCodes: [FieldCode.DISASTER, FieldCode.WELFARE],
    districtCode: 'oizumi',
    publicDescription: '防災訓練と高齢の方の見守りを行っている町会です。',
    publicContact: '練馬区役所 地域振興課 経由',
    representativeName: '大泉 三郎',
    representativePhone: '03-3993-0004',
    representativeEmail: null,
    interviewNotes: '防災部の担い手が不足している。',
    interviewDaysAgo: -90,
  },
];

/** The alumni survey's questions (version 1); the scale data set asks the same. */
export const DEMO_SURVEY_QUESTIONS = [
  { key: 'activeFields', kind: SurveyQuestionKind.ACTIVE_FIELDS, label: '現在、どの分野で地域活動をしていますか', required: true, choices: [] },
  { key: 'groups', kind: SurveyQuestionKind.GROUPS, label: '活動している団体名（複数可）', required: false, choices: [] },
  { key: 'hours', kind: SurveyQuestionKind.HOURS_PER_MONTH, label: '1か月あたりの活動時間', required: false, choices: [] },
  { key: 'useful', kind: SurveyQuestionKind.SCALE, label: '講座で学んだことは、いまの活動に役立っていますか（1〜5）', required: true, choices: [] },
  {
    key: 'trigger',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    label: '活動を始めたきっかけ',
    required: false,
    choices: [
      { key: 'classmate', label: '同期の受講生に誘われた' },
      { key: 'ward', label: '区の紹介' },
      { key: 'self', label: '自分で探した' },
      { key: 'notYet', label: 'まだ始めていない' },
    ],
  },
  { key: 'comment', kind: SurveyQuestionKind.TEXT, label: '講座へのご意見（任意）', required: false, choices: [] },
];

/** A member's request context, for demo steps a member takes on my page. */
function asMember(ctx: Ctx, accountId: number): Ctx {
  const user: Principal = { accountId, role: Role.MEMBER, sessionId: 'demo-seed', permissions: new Set() };
  return { ...ctx, user };
}

/**
 * Follow-up for last year's recycling alumni: the ward's survey with a +1-year wave open now
 * (opened early for the demo, so the screens show a wave in progress) and the +2-year wave
 * scheduled; the job opens the wave as it would on the day, two alumni have answered (their
 * answers made activity records, source survey), one still has it waiting on my page. Also a
 * self-reported activity, one entered by staff from a group interview, and notes of what groups said.
 */
async function seedFollowUp(app: { services: Services; system: SystemWork }, now: Date): Promise<void> {
  const { services, system } = app;
  const { finished, alumni, wardStaff, groups } = await system.transaction(now, async (ctx) => {
    const em = ctx.em;
    // The one cohort with completion decided: last year's recycling cohort.
    const [{ cohortId }] = (await em.query('SELECT DISTINCT cohortId FROM completion')) as Array<{ cohortId: number }>;
    const cohort = await em.getRepository(Cohort).findOneByOrFail({ id: Number(cohortId) });
    const staff = await em.getRepository(Account).findOneByOrFail({ loginId: 'S00000002' });
    const completed = (await em.query('SELECT accountId FROM completion WHERE cohortId = ? AND outcome = ? ORDER BY accountId', [cohort.id, 'completed'])) as Array<{
      accountId: number;
    }>;
    const survey = await em
      .getRepository(Survey)
      .save(em.getRepository(Survey).create({ title: '修了生 地域活動アンケート', fieldCode: null, createdBy: staff.id, createdAt: now }));
    await em.getRepository(SurveyVersion).insert({ surveyId: survey.id, version: 1, questions: JSON.stringify(DEMO_SURVEY_QUESTIONS), createdAt: now });
    const wave = (offsetMonths: number, opensOn: string, closesOn: string, remindOn: string) => ({
      surveyId: survey.id,
      cohortId: cohort.id,
      offsetMonths,
      opensOn,
      closesOn,
      remindOn,
      status: SurveyWaveStatus.SCHEDULED,
      surveyVersionId: null,
      openedAt: null,
      remindedAt: null,
    });
    const twoYears = `${Number(cohort.endsOn.slice(0, 4)) + 2}${cohort.endsOn.slice(4)}`;
    await em
      .getRepository(SurveyWave)
      .insert([wave(12, tokyoDay(now, -7), tokyoDay(now, 22), tokyoDay(now, 15)), wave(24, twoYears, addDays(twoYears, 29), addDays(twoYears, 22))]);
    // Groups registered after their interviews, in different districts and fields.
    const staffCtx: Ctx = { ...ctx, user: { accountId: staff.id, role: Role.WARD_STAFF, sessionId: 'demo-seed', permissions: new Set() } };
    const registered = [];
    for (const g of DEMO_GROUPS) registered.push(await services.groups.register(staffCtx, { ...g, interviewedOn: tokyoDay(now, g.interviewDaysAgo), interviewedBy: null }));
    return { finished: cohort, alumni: completed.map((c) => Number(c.accountId)), wardStaff: staff, groups: registered };
  });
  const groupId = (name: string) => String(groups.find((g) => g.name === name)!.id);
  // The job opens the wave due, as on every instance: invitations to the three who agreed, and their notices.
  await services.surveys.runWaves(now);
  const invitations = await system.read((ctx) => ctx.em.getRepository(SurveyInvitation).find({ where: { status: InvitationStatus.PENDING }, order: { accountId: 'ASC' } }));
  const answers = [
    {
      activeFields: ['RECYCLING', 'DISASTER'],
      groups: [{ groupId: groupId('豊玉リサイクル推進会') }, '豊玉北町会 防災部'],
      hours: 8,
      useful: 5,
      trigger: 'classmate',
      comment: '実習が役に立っています。',
    },
    { activeFields: ['RECYCLING'], groups: [{ groupId: groupId('光が丘エコの会') }], hours: 4, useful: 4, trigger: 'ward' },
  ];
  for (const [i, invitation] of invitations.slice(1).entries()) {
    await system.transaction(now, (ctx) => services.surveys.submit(asMember(ctx, invitation.accountId), String(invitation.id), JSON.stringify(answers[i])), 'demo.survey');
  }
  await system.transaction(
    now,
    async (ctx) => {
      // The first alumnus reported an activity themself; staff entered another from a group's interview.
      await services.activity.add(
        asMember(ctx, alumni[0]),
        alumni[0],
        {
          fieldCodes: [FieldCode.GREENERY],
          groupId: groupId('石神井公園 花壇ボランティア'),
          role: '会員',
          startedOn: addDays(finished.endsOn, 30),
          endedOn: null,
          hoursPerMonth: 6,
        },
        ActivitySource.SELF_REPORT,
      );
      const staffCtx: Ctx = { ...ctx, user: { accountId: wardStaff.id, role: Role.WARD_STAFF, sessionId: 'demo-seed', permissions: new Set() } };
      await services.activity.add(
        staffCtx,
        alumni[3] ?? alumni[0],
        { fieldCodes: [FieldCode.RECYCLING], groupName: '大泉 資源回収の会', role: '回収当番', startedOn: addDays(finished.endsOn, 60), endedOn: null, hoursPerMonth: 3 },
        ActivitySource.STAFF_NOTE,
      );
      await services.groupNotes.add(staffCtx, String(alumni[1]), {
        groupId: groupId('豊玉リサイクル推進会'),
        kind: GroupNoteKind.HELPFUL,
        text: '分別の説明会で講師役を務めてくれて、参加者に好評だった。',
        heardOn: tokyoDay(now, -20),
      });
      await services.groupNotes.add(staffCtx, String(alumni[3] ?? alumni[0]), {
        groupName: '大泉 資源回収の会',
        kind: GroupNoteKind.CONCERN,
        text: '当番の日に連絡がつかないことが続いた。本人の体調を気にかけている。',
        heardOn: tokyoDay(now, -10),
      });
    },
    'demo.followUp',
  );
}

/**
 * Recruitment postings on the top page: two published (approved by the administrator, written
 * by ward staff), one waiting for review with a web address in its text (flagged for the
 * reviewer), one draft.
 */
async function seedPostings(app: { services: Services; system: SystemWork }, now: Date): Promise<void> {
  const { services, system } = app;
  await system.transaction(
    now,
    async (ctx) => {
      const em = ctx.em;
      const [author, reviewer] = await Promise.all(['S00000002', 'S00000001'].map((loginId) => em.getRepository(Account).findOneByOrFail({ loginId })));
      const as = (a: Account, role: Role): Ctx => ({ ...ctx, user: { accountId: a.id, role, sessionId: 'demo-seed', permissions: new Set() } });
      const groups = await services.groups.list(ctx, {});
      const groupId = (name: string) => String(groups.find((g) => g.name === name)!.id);
      const write = (input: Omit<Parameters<Services['postings']['create']>[1], 'groupId'> & { group: string }) =>
        services.postings.create(as(author, Role.WARD_STAFF), { ...input, groupId: groupId(input.group) });
      const publish = async (p: { id: number; version: number }) => {
        const sent = await services.postings.submit(as(author, Role.WARD_STAFF), String(p.id), p.version);
        return services.postings.review(as(reviewer, Role.WARD_ADMIN), { id: String(p.id), expectedVersion: sent.version, approve: true, acknowledgeFlags: false, note: null });
      };
      await publish(
        await write({
          group: '豊玉リサイクル推進会',
          title: '分別説明会の講師役を募集しています',
          roleDescription: '町会や集合住宅で開く分別説明会で、資源の分け方を説明していただきます。資料は会で用意します。',
          fieldCodes: [FieldCode.RECYCLING],
          districtCode: 'nerima',
          schedule: '月1回 土曜日 10時〜11時半',
          headcount: 3,
          alumniWelcome: [FieldCode.RECYCLING],
          expiresOn: tokyoDay(now, 60),
        }),
      );
      await publish(
        await write({
          group: '大泉町二丁目町会',
          title: '防災訓練の運営を手伝ってくださる方',
          roleDescription: '年2回の防災訓練で、受付と避難所開設の体験コーナーを担当していただきます。',
          fieldCodes: [FieldCode.DISASTER],
          districtCode: 'oizumi',
          schedule: '3月と9月の日曜日 9時〜12時',
          headcount: null,
          alumniWelcome: [FieldCode.DISASTER, FieldCode.WELFARE],
          expiresOn: tokyoDay(now, 45),
        }),
      );
      const inReview = await write({
        group: '石神井公園 花壇ボランティア',
        title: '花壇の手入れ（平日午前）',
        roleDescription: '季節の花の植え替えと水やりをします。活動の様子は www.example.jp でもご覧いただけます。',
        fieldCodes: [FieldCode.GREENERY],
        districtCode: 'shakujii',
        schedule: '毎週水曜日 9時〜11時',
        headcount: 5,
        alumniWelcome: [],
        expiresOn: tokyoDay(now, 90),
      });
      await services.postings.submit(as(author, Role.WARD_STAFF), String(inReview.id), inReview.version);
      await write({
        group: '光が丘エコの会',
        title: 'リユース市の準備スタッフ',
        roleDescription: '年4回のリユース市で、会場の設営と品物の仕分けをお願いします。',
        fieldCodes: [FieldCode.RECYCLING, FieldCode.GREENERY],
        districtCode: 'hikarigaoka',
        schedule: '季節ごと（年4回）の土曜日',
        headcount: 10,
        alumniWelcome: [],
        expiresOn: tokyoDay(now, 120),
      });
    },
    'demo.postings',
  );
}

/**
 * Matching: M90000008 consulted the ward and joined 豊玉リサイクル推進会 after an introduction
 * (an activity record with source introduction); M90000009 pressed "I'm interested" on the
 * disaster-prevention posting, so staff find an open consultation with its proposals.
 */
async function seedMatching(app: { services: Services; system: SystemWork }, now: Date): Promise<void> {
  const { services, system } = app;
  await system.transaction(
    now,
    async (ctx) => {
      const em = ctx.em;
      const staff = await em.getRepository(Account).findOneByOrFail({ loginId: 'S00000002' });
      const [joiner, interested] = await Promise.all(['M90000008', 'M90000009'].map((loginId) => em.getRepository(Account).findOneByOrFail({ loginId })));
      const staffCtx: Ctx = { ...ctx, user: { accountId: staff.id, role: Role.WARD_STAFF, sessionId: 'demo-seed', permissions: new Set() } };
      const groups = await services.groups.list(ctx, {});
      const recycling = groups.find((g) => g.name === '豊玉リサイクル推進会')!;
      const consultation = await services.consultations.record(staffCtx, String(joiner.id), {
        fieldCodes: [FieldCode.RECYCLING],
        districtCode: 'nerima',
        days: [Weekday.SAT],
        times: [TimeOfDay.MORNING],
        text: '修了後も資源の分別の活動を続けたい（窓口で相談）',
      });
      const planned = await services.introductions.pursue(staffCtx, String(consultation.id), String(recycling.id), null);
      const meetingAt = tokyoAt(now, -14, 10);
      const arranged = await services.introductions.arrange(staffCtx, String(planned.id), planned.version, {
        meetingAt,
        place: '練馬区役所 本庁舎 1階 相談室',
        attendedBy: String(staff.id),
      });
      await services.introductions.outcome(staffCtx, String(arranged.id), arranged.version, { status: IntroductionStatus.JOINED });
      const [posting] = (await services.postings.published(ctx, {})).filter((p) => p.group.name === '大泉町二丁目町会');
      await services.consultations.interested(asMember(ctx, interested.id), String(posting.id));
      // The group asks how to reach the member who joined: waiting for their answer on my page.
      await services.disclosures.create(staffCtx, {
        accountId: String(joiner.id),
        groupId: String(recycling.id),
        introductionId: String(arranged.id),
        fields: [DisclosureField.NAME, DisclosureField.PHONE, DisclosureField.EMAIL],
        purpose: '分別説明会の日程を直接お知らせするため',
        validUntil: tokyoDay(now, 90),
      });
    },
    'demo.matching',
  );
}
