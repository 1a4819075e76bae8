// The data set of the HTTP bench: 5 fields, 20 courses, 60 cohorts (20 of them open), 3,000
// members, a closed cohort with 300 applications, a member with a full my page, public notices,
// and a running cohort of 40 students with 30 class sessions and their attendance (the roster).
import crypto from 'node:crypto';
import type { App } from '../../app';
import { Role } from '../../core/auth/roles';
import { Account, AccountStatus, Residency, Session } from '../../modules/accounts';
import { Cohort, CohortStatus, Course, FieldCode, SelectionMethod } from '../../modules/catalog';
import { Application, ApplicationStatus, ContactMethod, Enrollment, LotteryDraw, newCode } from '../../modules/intake';
import { Notice, NoticeAudience, NoticeKind, NoticeRead } from '../../modules/notices';
import { Eligibility } from '../../modules/catalog';
import { Attendance, ClassSession, ClassSessionKind } from '../../modules/learning';
import { ClassSessionChange, ClassSessionChangeKind } from '../../modules/learning/class-session-change.entity';
import { WithdrawalReason } from '../../modules/intake';

export interface BenchFixture {
  /** A member whose my page has three applications (one enrolled), notices and read marks. */
  member: { token: string; loginId: string; password: string };
  /** Ward staff, for the staff list of 300. */
  staff: { token: string };
  /** Members who have not applied to `applyCohortId`: one apply each. */
  applicants: string[];
  bigCohortId: number;
  applyCohortId: number;
  /** A running cohort: 40 students (one withdrawn), 30 class sessions, attendance of the 20 past ones. */
  rosterCohortId: number;
}

const DAY = 24 * 3600_000;
const PASSWORD = 'bench-password-2026';

export async function seedBench(app: App, now = new Date()): Promise<BenchFixture> {
  const db = app.dataSource;
  const fields = Object.values(FieldCode);
  const courses: Course[] = [];
  for (let i = 0; i < 20; i++) {
    const field = fields[i % 5];
    courses.push(
      await db.getRepository(Course).save(
        db.getRepository(Course).create({
          fieldCode: field,
          title: `${['地域福祉', '防災', '農', 'みどり', 'リサイクル'][i % 5]}コース ${Math.floor(i / 5) + 1}`,
          titleEn: `Course ${i + 1}`,
          description: '地域の担い手を養成する講座です。',
          years: field === FieldCode.WELFARE || field === FieldCode.GREENERY ? 2 : 1,
          eligibilityRule: [Eligibility.RESIDENT, Eligibility.WORKER].join(','),
          motivationRequired: false,
          minAttendanceRate: 80,
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
  }
  const cohort = (course: Course, status: CohortStatus, year: number, opensIn: number, closesIn: number, capacity = 30) =>
    db.getRepository(Cohort).save(
      db.getRepository(Cohort).create({
        courseId: course.id,
        fieldCode: course.fieldCode,
        academicYear: year,
        capacity,
        applicationOpensAt: new Date(now.getTime() + opensIn * DAY),
        applicationClosesAt: new Date(now.getTime() + closesIn * DAY),
        startsOn: `${year}-04-10`,
        endsOn: `${year + 1}-03-15`,
        selectionMethod: SelectionMethod.LOTTERY,
        status,
        createdAt: now,
        updatedAt: now,
      }),
    );
  const open: Cohort[] = [];
  const announced: Cohort[] = [];
  for (const course of courses) {
    open.push(await cohort(course, CohortStatus.OPEN, 2027, -7, 60));
    announced.push(await cohort(course, CohortStatus.ANNOUNCED, 2026, -120, -60));
    await cohort(course, CohortStatus.DRAFT, 2028, 300, 360);
  }
  const big = await cohort(courses[4], CohortStatus.CLOSED, 2027, -60, -1, 100);

  // Accounts: one shared hash (hashing 3,000 passwords is not what we measure), a session each.
  const hash = await app.services.hasher.hash(PASSWORD);
  const rows: Partial<Account>[] = Array.from({ length: 3000 }, (_, i) => ({
    loginId: `M8${String(i).padStart(7, '0')}`,
    role: Role.MEMBER,
    name: `ベンチ 利用者${i}`,
    nameKana: 'ベンチ リヨウシャ',
    email: `bench${i}@example.jp`,
    phone: '03-1234-5678',
    residency: Residency.RESIDENT,
    address: '東京都練馬区豊玉北6-12-1',
    workplaceOrSchool: null,
    passwordHash: hash,
    contractorId: null,
    status: AccountStatus.ACTIVE,
    failedLoginCount: 0,
    lockedUntil: null,
    passwordChangedAt: now,
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  rows.push({ ...rows[0], loginId: 'S80000001', role: Role.WARD_STAFF, email: 'bench-staff@example.jp', secondFactorAt: now, residency: null, phone: null, address: null });
  for (let i = 0; i < rows.length; i += 500) await db.getRepository(Account).insert(rows.slice(i, i + 500));
  const accounts = await db.getRepository(Account).find({ select: { id: true, role: true, loginId: true }, order: { id: 'ASC' } });
  const sessions = accounts.map((a) => ({
    id: crypto.randomUUID(),
    accountId: a.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 4 * 3600_000),
    revokedAt: null,
    revokedReason: null,
  }));
  for (let i = 0; i < sessions.length; i += 500) await db.getRepository(Session).insert(sessions.slice(i, i + 500));
  const token = (i: number) => app.services.tokens.signAccess({ sub: String(accounts[i].id), sid: sessions[i].id, role: accounts[i].role });
  const members = accounts.map((a, i) => ({ ...a, i })).filter((a) => a.role === Role.MEMBER);
  const staffIndex = accounts.findIndex((a) => a.role === Role.WARD_STAFF);

  // The staff list: 300 applications to one closed cohort.
  const application = (cohortId: number, accountId: number, status: ApplicationStatus, extra: Partial<Application> = {}) => ({
    code: newCode(),
    cohortId,
    accountId,
    eligibilityBasis: Eligibility.RESIDENT,
    workplaceOrSchool: null,
    motivation: '地域の防災活動に参加したいと考えています。講座で基礎から学びたいです。',
    preferredContact: ContactMethod.EMAIL,
    emailAlerts: false,
    eligible: true,
    ineligibleReason: null,
    ineligibleReasonCode: null,
    status,
    decision: null,
    decisionReason: null,
    waitlistPosition: null,
    offerDeadline: null,
    submittedAt: new Date(now.getTime() - 10 * DAY),
    updatedAt: now,
    ...extra,
  });
  const bigRows = members.slice(1, 301).map((m) => application(big.id, m.id, ApplicationStatus.SUBMITTED));
  for (let i = 0; i < bigRows.length; i += 100) await db.getRepository(Application).insert(bigRows.slice(i, i + 100));

  // My page: the first member applied to three cohorts: enrolled, waitlisted, submitted.
  const me = members[0];
  const [enrolled] = await db
    .getRepository(Application)
    .save([
      db.getRepository(Application).create(application(announced[0].id, me.id, ApplicationStatus.ENROLLED)),
      db.getRepository(Application).create(application(announced[1].id, me.id, ApplicationStatus.WAITLISTED, { waitlistPosition: 2 })),
      db.getRepository(Application).create(application(open[2].id, me.id, ApplicationStatus.SUBMITTED)),
    ]);
  await db
    .getRepository(Enrollment)
    .insert({ applicationId: enrolled.id, cohortId: announced[0].id, accountId: me.id, studentNumber: '2026-WEL-001', enrolledAt: now, withdrawnAt: null });
  for (const c of announced.slice(0, 2)) {
    await db.getRepository(LotteryDraw).insert({
      cohortId: c.id,
      entryCount: 40,
      capacity: 30,
      commitment: 'a'.repeat(64),
      frozenAt: new Date(now.getTime() - 50 * DAY),
      seed: 'bench-seed',
      drawnAt: new Date(now.getTime() - 49 * DAY),
    });
  }
  const notice = (audience: NoticeAudience, extra: Partial<Notice>, i: number) => ({
    audience,
    kind: NoticeKind.GENERAL,
    accountId: null,
    cohortId: null,
    fieldCode: null,
    title: `お知らせ ${i}`,
    body: '講座の日程についてお知らせします。',
    messageKey: null,
    messageParams: null,
    createdById: null,
    createdAt: new Date(now.getTime() - i * 3600_000),
    publishedAt: new Date(now.getTime() - i * 3600_000),
    withdrawnAt: null,
    withdrawReason: null,
    updatedAt: new Date(now.getTime() - i * 3600_000),
    ...extra,
  });
  await db.getRepository(Notice).insert(Array.from({ length: 10 }, (_, i) => notice(NoticeAudience.PUBLIC, {}, i)));
  await db.getRepository(Notice).insert(Array.from({ length: 5 }, (_, i) => notice(NoticeAudience.MEMBER, { accountId: me.id, kind: NoticeKind.RESULT }, i)));
  await db.getRepository(Notice).insert(Array.from({ length: 3 }, (_, i) => notice(NoticeAudience.COHORT, { cohortId: announced[0].id }, i)));
  const mine = await db.getRepository(Notice).find({ where: { accountId: me.id }, take: 2 });
  await db.getRepository(NoticeRead).insert(mine.map((n) => ({ noticeId: n.id, accountId: me.id, readAt: now })));

  const rosterCohortId = await seedRoster(app, courses[1], members.slice(1, 41), accounts[staffIndex].id, application, now);

  return {
    member: { token: token(me.i), loginId: accounts[me.i].loginId, password: PASSWORD },
    staff: { token: token(staffIndex) },
    applicants: members.slice(301).map((m) => token(m.i)),
    bigCohortId: big.id,
    applyCohortId: open[0].id,
    rosterCohortId,
  };
}

/**
 * The roster with attendance: a running cohort of `students` (the 13th withdrawn after the 9th
 * session), 30 weekly sessions of which 20 are past and recorded in mixed statuses, a few cells
 * left unrecorded; one session rescheduled, one cancelled, so `changes` has rows to read.
 */
async function seedRoster(
  app: App,
  course: Course,
  students: { id: number }[],
  staffId: number,
  application: (cohortId: number, accountId: number, status: ApplicationStatus) => Partial<Application>,
  now: Date,
): Promise<number> {
  const db = app.dataSource;
  const roster = await db.getRepository(Cohort).save(
    db.getRepository(Cohort).create({
      courseId: course.id,
      fieldCode: course.fieldCode,
      academicYear: 2026,
      capacity: 40,
      applicationOpensAt: new Date(now.getTime() - 200 * DAY),
      applicationClosesAt: new Date(now.getTime() - 170 * DAY),
      startsOn: new Date(now.getTime() - 140 * DAY).toISOString().slice(0, 10),
      endsOn: new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10),
      selectionMethod: SelectionMethod.LOTTERY,
      status: CohortStatus.RUNNING,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await db.getRepository(Application).insert(students.map((s) => application(roster.id, s.id, ApplicationStatus.ENROLLED)));
  const applications = await db.getRepository(Application).find({ where: { cohortId: roster.id }, order: { id: 'ASC' } });
  const withdrawnAfter = 9;
  const week = (i: number) => new Date(now.getTime() - (20 - i) * 7 * DAY + 3 * DAY);
  await db.getRepository(Enrollment).insert(
    applications.map((a, i) => ({
      applicationId: a.id,
      cohortId: roster.id,
      accountId: a.accountId,
      studentNumber: `2026-DIS-${String(i + 1).padStart(3, '0')}`,
      enrolledAt: new Date(now.getTime() - 160 * DAY),
      withdrawnAt: i === 12 ? new Date(week(withdrawnAfter).getTime() + DAY) : null,
      withdrawalReason: i === 12 ? WithdrawalReason.MOVED_AWAY : null,
      withdrawalText: null,
      withdrawnBy: i === 12 ? staffId : null,
    })),
  );
  const enrollments = await db.getRepository(Enrollment).find({ where: { cohortId: roster.id }, order: { id: 'ASC' } });
  await db.getRepository(ClassSession).insert(
    Array.from({ length: 30 }, (_, i) => ({
      cohortId: roster.id,
      startsAt: week(i),
      endsAt: new Date(week(i).getTime() + 2 * 3600_000),
      title: i === 0 ? 'オリエンテーション' : `第${i}回 講義`,
      venue: i % 5 === 4 ? '防災センター 訓練場' : '区民センター 研修室',
      kind: i % 5 === 4 ? ClassSessionKind.FIELD_WORK : ClassSessionKind.LECTURE,
      countsTowardCompletion: i !== 0,
      requiredForCompletion: i === 29,
      cancelledAt: i === 24 ? new Date(now.getTime() - 2 * DAY) : null,
      cancelReason: i === 24 ? '台風の接近のため中止します。' : null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const sessions = await db.getRepository(ClassSession).find({ where: { cohortId: roster.id }, order: { id: 'ASC' } });
  const change = (s: ClassSession, kind: ClassSessionChangeKind, from: Partial<{ startsAt: Date; endsAt: Date; venue: string }>, reason: string) => ({
    classSessionId: s.id,
    at: new Date(s.startsAt.getTime() - 10 * DAY),
    actorId: staffId,
    kind,
    fromStartsAt: from.startsAt ?? s.startsAt,
    toStartsAt: s.startsAt,
    fromEndsAt: from.endsAt ?? s.endsAt,
    toEndsAt: s.endsAt,
    fromVenue: from.venue ?? s.venue,
    toVenue: s.venue,
    reason,
  });
  await db
    .getRepository(ClassSessionChange)
    .insert([
      change(
        sessions[3],
        ClassSessionChangeKind.RESCHEDULED,
        { startsAt: new Date(sessions[3].startsAt.getTime() - DAY), endsAt: new Date(sessions[3].endsAt.getTime() - DAY), venue: '区役所 会議室' },
        '会場の都合により変更します。',
      ),
      change(sessions[24], ClassSessionChangeKind.CANCELLED, {}, '台風の接近のため中止します。'),
    ]);
  // Mostly present, some late, absent, excused or left early; every 97th cell not recorded yet.
  const statuses = ['absent', 'late', 'excused', 'leftEarly'];
  const cells = sessions.slice(0, 20).flatMap((s, si) =>
    enrollments.flatMap((e, ei) => {
      if ((e.withdrawnAt && e.withdrawnAt <= s.startsAt) || (si * enrollments.length + ei) % 97 === 0) return [];
      const pick = (si * 7 + ei * 3) % 20;
      return [
        {
          classSessionId: s.id,
          enrollmentId: e.id,
          accountId: e.accountId,
          statusCode: statuses[pick] ?? 'present',
          source: 'grid',
          recordedBy: staffId,
          createdAt: s.endsAt,
          updatedAt: s.endsAt,
        },
      ];
    }),
  );
  for (let i = 0; i < cells.length; i += 200) await db.getRepository(Attendance).insert(cells.slice(i, i + 200));
  return roster.id;
}

/**
 * The review table's request as the console sends it for its largest page (ApplicationsSection:
 * no filter, no search, submission order, 100 a page) on the cohort with 300 applications.
 */
export function staffListVariables(cohortId: number): Record<string, unknown> {
  return {
    cohortId: String(cohortId),
    filter: { status: null, eligible: null, decision: null, decided: null },
    search: null,
    orderBy: 'SUBMITTED',
    descending: false,
    offset: 0,
    limit: 100,
  };
}
