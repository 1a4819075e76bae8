import { startTestServer, type TestServer } from './helpers/server';
import { fastMembers, type Member } from './helpers/intake';
import operations from '../server/src/scripts/bench/operations.json';
import { staffListVariables } from '../server/src/scripts/bench/seed';
import { Cohort, CohortStatus, Course, Eligibility, FieldCode, SelectionMethod } from '../server/src/modules/catalog';
import { Application, ApplicationStatus, ContactMethod, Enrollment, LotteryDraw, newCode, WithdrawalReason } from '../server/src/modules/intake';
import { Attendance, ClassSession, ClassSessionKind, Completion, CompletionOutcome } from '../server/src/modules/learning';
import {
  ActivityRecord,
  ActivityRecordVersion,
  ActivitySource,
  InvitationStatus,
  Survey,
  SurveyInvitation,
  SurveyVersion,
  SurveyWave,
  SurveyWaveStatus,
} from '../server/src/modules/alumni';
import { CommunityGroup, Consultation, Introduction, IntroductionStatus } from '../server/src/modules/community';
import { Notice, NoticeAudience, NoticeKind, NoticeRead } from '../server/src/modules/notices';
import { TrustedDocuments } from '../server/src/modules/reporting';

/**
 * Statement counts flat from 10 to 1,000 rows: each canonical read of the bench (the top page,
 * my page, the console's attendance grid and review table) and every report, over HTTP with the
 * operation text the clients send, once with about 10 rows behind it and once with about 1,000
 * (the same request, the data grown in place). Nested lists go through loaders and reports are
 * grouped statements, so only the audit of staff reads may grow, as it is chunked, and the review
 * table's total, counted once its page is full (both asserted exactly below).
 */
let t: TestServer;
let staff: string;
/** A reporting client's token, allowed every registered report. */
let reporting: string;
let member: Member;
let people: Member[];
const now = new Date();
const DAY = 24 * 3600_000;
const REPORT_YEAR = 2035;
const SMALL = 10;
const LARGE = 1000;
/** audit_subject rows per insert (modules/audit/audit-log.sink.ts). */
const SUBJECTS_PER_INSERT = 500;

const ids: { gridCohort: number; reviewCohort: number; reportCohorts: number[]; openCourses: number[]; waves: number[]; surveyVersion: number; group: number; staffId: number } = {
  gridCohort: 0,
  reviewCohort: 0,
  reportCohorts: [],
  openCourses: [],
  waves: [],
  surveyVersion: 0,
  group: 0,
  staffId: 0,
};

async function inChunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>, size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const repo = <E extends object>(entity: new () => E) => t.app.dataSource.getRepository(entity);

async function courses(n: number, from: number): Promise<number[]> {
  const fields = Object.values(FieldCode);
  const rows = Array.from({ length: n }, (_, i) => ({
    fieldCode: fields[(from + i) % 5],
    title: `講座 ${from + i}`,
    titleEn: null,
    description: '地域の担い手を養成する講座です。',
    years: 1,
    eligibilityRule: Eligibility.RESIDENT,
    motivationRequired: false,
    minAttendanceRate: 80,
    createdAt: now,
    updatedAt: now,
  }));
  await repo(Course).insert(rows);
  return (await repo(Course).find({ order: { id: 'DESC' }, take: n })).map((c) => c.id).reverse();
}

/** Cohorts of one academic year (the year marks them), in insertion order. */
async function cohorts(year: number, courseIds: number[], status: CohortStatus, window: [number, number] = [-60, -30]): Promise<number[]> {
  const fieldOf = new Map((await repo(Course).find()).map((c) => [c.id, c.fieldCode]));
  const before = await repo(Cohort).count({ where: { academicYear: year } });
  await inChunks(
    courseIds.map((courseId) => ({
      courseId,
      fieldCode: fieldOf.get(courseId)!,
      academicYear: year,
      capacity: 2000,
      applicationOpensAt: new Date(now.getTime() + window[0] * DAY),
      applicationClosesAt: new Date(now.getTime() + window[1] * DAY),
      startsOn: `${year}-04-10`,
      endsOn: `${year + 1}-03-15`,
      selectionMethod: SelectionMethod.LOTTERY,
      status,
      createdAt: now,
      updatedAt: now,
    })),
    (part) => repo(Cohort).insert(part),
  );
  return (await repo(Cohort).find({ where: { academicYear: year }, order: { id: 'ASC' } })).slice(before).map((c) => c.id);
}

function application(cohortId: number, accountId: number, status: ApplicationStatus, extra: Partial<Application> = {}) {
  return {
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
    submittedAt: new Date(now.getTime() - 20 * DAY),
    updatedAt: now,
    ...extra,
  };
}

/** Enrolled students of a cohort: their applications and enrollments, numbered on from the students it has. */
async function enrol(cohortId: number, prefix: string, students: Member[], withdrawn: (i: number) => boolean = () => false): Promise<Enrollment[]> {
  const had = await repo(Enrollment).count({ where: { cohortId } });
  await inChunks(
    students.map((s) => application(cohortId, s.id, ApplicationStatus.ENROLLED)),
    (part) => repo(Application).insert(part),
  );
  const mine = new Set(students.map((s) => s.id));
  const apps = (await repo(Application).find({ where: { cohortId }, order: { id: 'ASC' } })).filter((a) => mine.has(a.accountId));
  await inChunks(
    apps.map((a, i) => ({
      applicationId: a.id,
      cohortId,
      accountId: a.accountId,
      studentNumber: `${prefix}-${String(had + i + 1).padStart(4, '0')}`,
      enrolledAt: new Date(now.getTime() - 100 * DAY),
      withdrawnAt: withdrawn(had + i) ? new Date(now.getTime() - 50 * DAY) : null,
      withdrawalReason: withdrawn(had + i) ? WithdrawalReason.HEALTH : null,
    })),
    (part) => repo(Enrollment).insert(part),
  );
  return (await repo(Enrollment).find({ where: { cohortId }, order: { id: 'ASC' } })).slice(had);
}

function notices(audience: NoticeAudience, n: number, from: number, extra: Partial<Notice> = {}) {
  return Array.from({ length: n }, (_, k) => {
    const at = new Date(now.getTime() - (from + k) * 60_000);
    return {
      audience,
      kind: NoticeKind.GENERAL,
      accountId: null,
      cohortId: null,
      fieldCode: null,
      title: `お知らせ ${from + k}`,
      body: '講座の日程についてお知らせします。',
      messageKey: null,
      messageParams: null,
      createdById: null,
      createdAt: at,
      publishedAt: at,
      withdrawnAt: null,
      withdrawReason: null,
      updatedAt: at,
      ...extra,
    };
  });
}

/** The top page and my page: open cohorts, public notices, and the member's applications, notices and read marks. */
async function growPages(openCohorts: number, publicNotices: number, myApplications: number, myNotices: number): Promise<void> {
  const open = await repo(Cohort).count({ where: { status: CohortStatus.OPEN } });
  const added = await cohorts(
    2036,
    Array.from({ length: openCohorts - open }, (_, i) => ids.openCourses[i % ids.openCourses.length]),
    CohortStatus.OPEN,
    [-7, 60],
  );
  expect(added).toHaveLength(openCohorts - open);
  // The member applies to open cohorts not applied to yet, up to myApplications in all.
  const applied = new Set((await repo(Application).find({ where: { accountId: member.id } })).map((a) => a.cohortId));
  const more = (await repo(Cohort).find({ where: { status: CohortStatus.OPEN }, order: { id: 'ASC' } })).filter((c) => !applied.has(c.id)).slice(0, myApplications - applied.size);
  await inChunks(
    more.map((c) => application(c.id, member.id, ApplicationStatus.SUBMITTED)),
    (part) => repo(Application).insert(part),
  );
  const shown = await repo(Notice).count({ where: { audience: NoticeAudience.PUBLIC } });
  await inChunks(notices(NoticeAudience.PUBLIC, publicNotices - shown, shown), (part) => repo(Notice).insert(part));
  const own = await repo(Notice).count({ where: { accountId: member.id } });
  await inChunks(notices(NoticeAudience.MEMBER, myNotices - own, own, { accountId: member.id, kind: NoticeKind.RESULT }), (part) => repo(Notice).insert(part));
  // A third of them read.
  const read = new Set((await repo(NoticeRead).find({ where: { accountId: member.id } })).map((r) => r.noticeId));
  const toRead = (await repo(Notice).find({ where: { accountId: member.id }, order: { id: 'ASC' } })).filter((n, i) => i % 3 === 0 && !read.has(n.id));
  await inChunks(
    toRead.map((n) => ({ noticeId: n.id, accountId: member.id, readAt: now })),
    (part) => repo(NoticeRead).insert(part),
  );
}

/** The grid's cohort: four sessions (three past), students added with their attendance (a few cells not recorded). */
async function growGrid(students: Member[]): Promise<void> {
  const enrolled = await enrol(ids.gridCohort, '2034-GRD', students);
  const sessions = await repo(ClassSession).find({ where: { cohortId: ids.gridCohort }, order: { startsAt: 'ASC' } });
  const statuses = ['present', 'present', 'late', 'absent', 'present', 'excused', 'present', 'leftEarly'];
  const cells = sessions
    .filter((s) => s.startsAt < now)
    .flatMap((s, si) =>
      enrolled.flatMap((e, ei) =>
        si === 2 && ei % 7 === 3
          ? []
          : [
              {
                classSessionId: s.id,
                enrollmentId: e.id,
                accountId: e.accountId,
                statusCode: statuses[(si + ei) % statuses.length],
                source: 'grid',
                recordedBy: ids.staffId,
                createdAt: now,
                updatedAt: now,
              },
            ],
      ),
    );
  await inChunks(cells, (part) => repo(Attendance).insert(part));
}

/** The review table's cohort: submitted applications, a few with workplace text, some waitlisted. */
async function growReview(applicants: Member[]): Promise<void> {
  await inChunks(
    applicants.map((m, i) => application(ids.reviewCohort, m.id, ApplicationStatus.SUBMITTED, { workplaceOrSchool: i % 4 === 0 ? '練馬区役所' : null })),
    (part) => repo(Application).insert(part),
  );
}

/**
 * The report year: students in its five cohorts (one in eight withdrawn), their completions, the
 * current activities of half the alumni, a survey wave's invitations and an introduction for every
 * fourth of them.
 */
async function growReports(students: Member[]): Promise<void> {
  for (const [c, cohortId] of ids.reportCohorts.entries()) {
    const mine = students.filter((_, i) => i % 5 === c);
    const enrolled = await enrol(cohortId, `${REPORT_YEAR}-RP${c}`, mine, (i) => i % 8 === 7);
    await inChunks(
      enrolled.map((e, i) => ({
        enrollmentId: e.id,
        cohortId,
        accountId: e.accountId,
        outcome: e.withdrawnAt || i % 6 === 5 ? CompletionOutcome.NOT_COMPLETED : CompletionOutcome.COMPLETED,
        completedOn: `${REPORT_YEAR + 1}-03-15`,
        ruleVersion: 1,
        attended: e.withdrawnAt ? 3 : 9,
        planned: 10,
        overridden: false,
        overrideReason: null,
        decidedBy: null,
        createdAt: now,
        updatedAt: now,
      })),
      (part) => repo(Completion).insert(part),
    );
    await inChunks(
      enrolled.map((e, i) => ({
        waveId: ids.waves[c],
        accountId: e.accountId,
        surveyVersionId: ids.surveyVersion,
        status: i % 3 === 0 ? InvitationStatus.PENDING : InvitationStatus.ANSWERED,
        invitedAt: now,
        remindedAt: null,
        respondedAt: i % 3 === 0 ? null : now,
        answers: i % 3 === 0 ? null : '{}',
      })),
      (part) => repo(SurveyInvitation).insert(part),
    );
  }
  const active = students.filter((_, i) => i % 2 === 0);
  await inChunks(
    active.map((m) => ({ accountId: m.id, version: 1, createdAt: now, updatedAt: now })),
    (part) => repo(ActivityRecord).insert(part),
  );
  const records: { id: number; accountId: number }[] = await t.app.dataSource.query(
    `SELECT id, accountId FROM activity_record WHERE accountId IN (${active.map(() => '?').join(',')})`,
    active.map((m) => m.id),
  );
  await inChunks(
    records.map((r, i) => ({
      recordId: Number(r.id),
      accountId: Number(r.accountId),
      version: 1,
      fieldCodeList: i % 3 === 0 ? 'welfare,disaster' : 'greenery',
      groupName: '豊玉町会',
      role: null,
      startedOn: '2034-04-01',
      endedOn: null,
      hoursPerMonth: null,
      source: ActivitySource.SELF_REPORT,
      enteredBy: Number(r.accountId),
      enteredAt: now,
    })),
    (part) => repo(ActivityRecordVersion).insert(part),
  );
  const introduced = students.filter((_, i) => i % 4 === 1);
  const createdAt = new Date(`${REPORT_YEAR}-07-01T03:00:00Z`);
  await inChunks(
    introduced.map((m) => ({
      accountId: m.id,
      postingId: null,
      fieldCodeList: 'welfare',
      districtCode: null,
      dayList: '',
      timeList: '',
      text: null,
      status: 'matched',
      closeReason: null,
      source: 'self',
      recordedBy: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    })) as Partial<Consultation>[],
    (part) => repo(Consultation).insert(part),
  );
  const consultations: { id: number; accountId: number }[] = await t.app.dataSource.query(
    `SELECT id, accountId FROM consultation WHERE accountId IN (${introduced.map(() => '?').join(',')})`,
    introduced.map((m) => m.id),
  );
  const states = [IntroductionStatus.JOINED, IntroductionStatus.PENDING, IntroductionStatus.NOT_A_FIT, IntroductionStatus.PLANNED];
  await inChunks(
    consultations.map((c, i) => ({
      consultationId: Number(c.id),
      accountId: Number(c.accountId),
      groupId: ids.group,
      postingId: null,
      meetingAt: null,
      place: null,
      attendedBy: null,
      status: states[i % states.length],
      outcomeReason: null,
      followUpOn: null,
      activityRecordId: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    })) as Partial<Introduction>[],
    (part) => repo(Introduction).insert(part),
  );
}

async function setUp(): Promise<void> {
  staff = await t.tokenFor('staff');
  const created = await t.gql(
    'mutation($input: ReportingClientInput!) { createReportingClient(input: $input) { token } }',
    {
      input: {
        name: '年次評価ツール',
        purpose: '年次評価の集計',
        allowedOperations: new TrustedDocuments().list().map((d) => d.name),
        expiresAt: new Date(now.getTime() + 30 * DAY).toISOString(),
      },
    },
    { token: await t.tokenFor('admin') },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  reporting = created.data.createReportingClient.token;
  [member] = await fastMembers(t, 1);
  people = await fastMembers(t, LARGE);
  const db = t.app.dataSource;
  ids.staffId = Number((await db.query(`SELECT id FROM account WHERE loginId = ?`, [t.credentials.staff.loginId]))[0].id);
  ids.openCourses = [1, 2, 3, 4, 5, ...(await courses(45, 5))];

  // My page: besides the submitted ones, an enrolled place and a waitlisted one in announced cohorts with their lottery.
  const [enrolledIn, waitingIn] = await cohorts(2033, [1, 2], CohortStatus.ANNOUNCED);
  const app = await repo(Application).save(repo(Application).create(application(enrolledIn, member.id, ApplicationStatus.ENROLLED)));
  await repo(Application).insert(application(waitingIn, member.id, ApplicationStatus.WAITLISTED, { waitlistPosition: 1 }));
  await repo(Enrollment).insert({ applicationId: app.id, cohortId: enrolledIn, accountId: member.id, studentNumber: '2033-MYP-0001', enrolledAt: now, withdrawnAt: null });
  for (const cohortId of [enrolledIn, waitingIn]) {
    await repo(LotteryDraw).insert({ cohortId, entryCount: 40, capacity: 30, commitment: 'a'.repeat(64), frozenAt: now, seed: 'scale-seed', drawnAt: now });
  }
  await repo(Notice).insert(notices(NoticeAudience.COHORT, 3, 0, { cohortId: enrolledIn }));

  [ids.gridCohort] = await cohorts(2034, [2], CohortStatus.RUNNING);
  await repo(ClassSession).insert(
    [-21, -14, -7, 7].map((days, i) => ({
      cohortId: ids.gridCohort,
      startsAt: new Date(now.getTime() + days * DAY),
      endsAt: new Date(now.getTime() + days * DAY + 2 * 3600_000),
      title: `第${i + 1}回`,
      venue: '研修室',
      kind: i === 2 ? ClassSessionKind.FIELD_WORK : ClassSessionKind.LECTURE,
      countsTowardCompletion: true,
      requiredForCompletion: false,
      cancelledAt: null,
      cancelReason: null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  [ids.reviewCohort] = await cohorts(2033, [3], CohortStatus.CLOSED);

  ids.reportCohorts = await cohorts(REPORT_YEAR, [1, 2, 3, 4, 5], CohortStatus.FINISHED);
  const survey = await repo(Survey).save({ title: '修了後アンケート', fieldCode: null, createdBy: null, createdAt: now });
  ids.surveyVersion = (await repo(SurveyVersion).save({ surveyId: survey.id, version: 1, questions: '[]', createdAt: now })).id;
  for (const cohortId of ids.reportCohorts) {
    const wave = await repo(SurveyWave).save({
      surveyId: survey.id,
      cohortId,
      offsetMonths: 6,
      opensOn: `${REPORT_YEAR + 1}-09-15`,
      remindOn: null,
      closesOn: `${REPORT_YEAR + 1}-10-15`,
      status: SurveyWaveStatus.CLOSED,
      surveyVersionId: ids.surveyVersion,
      openedAt: now,
      remindedAt: null,
    } as Partial<SurveyWave>);
    ids.waves.push(wave.id);
  }
  ids.group = (
    await repo(CommunityGroup).save({
      name: '豊玉ボランティアの会',
      kind: 'npo',
      fieldCodeList: 'welfare',
      districtCode: 'nerima',
      publicDescription: '高齢者の見守り',
      publicContact: '区役所経由',
      status: 'active',
      statusReason: null,
      representativeName: '代表者',
      representativePhone: null,
      representativeEmail: null,
      interviewedOn: '2034-01-10',
      interviewedBy: ids.staffId,
      interviewNotes: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    } as Partial<CommunityGroup>)
  ).id;
}

interface Read {
  /** The operation's name, as sent; `label` tells two callers of one operation apart. */
  name: string;
  label?: string;
  query: string;
  variables: () => Record<string, unknown>;
  token: () => string | undefined;
  /** How many rows stand behind the answer, so the test knows the data did grow. */
  rows: (data: any) => Promise<number> | number;
}

const reportVariables: Record<string, Record<string, unknown>> = {
  AlumniActivity: { academicYear: REPORT_YEAR },
  CohortFigures: { academicYear: REPORT_YEAR },
  EligibilityFigures: { academicYear: REPORT_YEAR },
  EnrollmentFigures: { academicYear: REPORT_YEAR },
  EnrollmentTrend: { fromYear: REPORT_YEAR - 1, toYear: REPORT_YEAR },
  IntroductionOutcomes: { academicYear: REPORT_YEAR },
  StudiedActiveMatrix: { academicYear: REPORT_YEAR },
  SurveyResponseRates: { academicYear: REPORT_YEAR },
};
const reportEnrollments = async () =>
  Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM enrollment e INNER JOIN cohort c ON c.id = e.cohortId WHERE c.academicYear = ?', [REPORT_YEAR]))[0].n);

const READS: Read[] = [
  { name: 'Fields', query: operations.Fields, variables: () => ({}), token: () => undefined, rows: (d) => d.fields.length },
  { name: 'OpenCohorts', query: operations.OpenCohorts, variables: () => ({}), token: () => undefined, rows: (d) => d.openCohorts.length },
  {
    name: 'PublicNotices',
    query: operations.PublicNotices,
    variables: () => ({}),
    token: () => undefined,
    rows: async () => repo(Notice).count({ where: { audience: NoticeAudience.PUBLIC } }),
  },
  { name: 'MyAccount', query: operations.MyAccount, variables: () => ({}), token: () => member.token, rows: () => 1 },
  {
    name: 'UnreadNoticeCount',
    query: operations.UnreadNoticeCount,
    variables: () => ({}),
    token: () => member.token,
    rows: async () => repo(Notice).count({ where: { accountId: member.id } }),
  },
  { name: 'MyApplications', query: operations.MyApplications, variables: () => ({}), token: () => member.token, rows: (d) => d.myApplications.length },
  {
    name: 'ConsoleAttendanceGrid',
    query: operations.ConsoleAttendanceGrid,
    variables: () => ({ cohortId: String(ids.gridCohort) }),
    token: () => staff,
    rows: (d) => d.attendanceGrid.students.length,
  },
  {
    name: 'CohortApplications',
    query: operations.CohortApplications,
    variables: () => staffListVariables(ids.reviewCohort),
    token: () => staff,
    rows: (d) => d.applicationPage.total,
  },
  // Every registered report, as ward staff and with a reporting token (trusted documents, audited per call).
  ...new TrustedDocuments().list().flatMap((doc): Read[] =>
    (['staff', 'reporting'] as const).map((caller) => ({
      name: doc.name,
      label: `${doc.name} (${caller})`,
      query: doc.document,
      variables: () => {
        if (!reportVariables[doc.name]) throw new Error(`scale-counts: give the variables of the report ${doc.name}`);
        return reportVariables[doc.name];
      },
      token: () => (caller === 'staff' ? staff : reporting),
      rows: reportEnrollments,
    })),
  ),
];
const labelOf = (r: Read) => r.label ?? r.name;

interface Measured {
  statements: number;
  sql: string[];
  rows: number;
  data: any;
}

/** One request as the client sends it (operation name and text, over HTTP), and the statements it cost. */
async function measure(read: Read): Promise<Measured> {
  await t.settle();
  t.sql.reset();
  const token = read.token();
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ operationName: read.name, query: read.query, variables: read.variables() }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  const statements = t.sql.count;
  const sql = [...t.sql.statements];
  if (body.errors) throw new Error(`${labelOf(read)}: ${JSON.stringify(body.errors)}`);
  return { statements, sql, rows: await read.rows(body.data), data: body.data };
}

async function measureAll(): Promise<Map<string, Measured>> {
  const out = new Map<string, Measured>();
  for (const read of READS) out.set(labelOf(read), await measure(read));
  return out;
}

let small: Map<string, Measured>;
let large: Map<string, Measured>;

beforeAll(async () => {
  t = await startTestServer();
  await setUp();
  await growPages(SMALL, SMALL, SMALL, SMALL);
  await growGrid(people.slice(0, SMALL));
  await growReview(people.slice(0, SMALL));
  await growReports(people.slice(0, SMALL));
  small = await measureAll();
  await growPages(LARGE, LARGE, LARGE, LARGE);
  await growGrid(people.slice(SMALL));
  await growReview(people.slice(SMALL));
  await growReports(people.slice(SMALL));
  large = await measureAll();
  console.log(
    `statements at ${SMALL} → ${LARGE} rows:\n` +
      READS.map(labelOf)
        .map((l) => `  ${l}: ${small.get(l)!.statements} (${small.get(l)!.rows} rows) → ${large.get(l)!.statements} (${large.get(l)!.rows} rows)`)
        .join('\n'),
  );
}, 600_000);
afterAll(() => t?.close());

/** audit_subject inserts for the rows a staff read writes: each row's members, 500 a statement. */
const subjectInserts = (membersPerRow: number[]) => Math.ceil(membersPerRow.reduce((a, b) => a + b, 0) / SUBJECTS_PER_INSERT);

test('the data behind each read did grow from about 10 to about 1,000 rows', () => {
  const grown = (name: string) => [small.get(name)!.rows, large.get(name)!.rows];
  expect(grown('OpenCohorts')).toEqual([SMALL, LARGE]);
  expect(grown('PublicNotices')).toEqual([SMALL, LARGE]);
  expect(grown('UnreadNoticeCount')).toEqual([SMALL, LARGE]);
  expect(grown('MyApplications')).toEqual([SMALL, LARGE]);
  expect(grown('ConsoleAttendanceGrid')).toEqual([SMALL, LARGE]);
  expect(grown('CohortApplications')).toEqual([SMALL, LARGE]);
  expect(grown('EnrollmentFigures (staff)')).toEqual([SMALL, LARGE]);
  expect(large.get('ConsoleAttendanceGrid')!.data.attendanceGrid.cells).toHaveLength(4 * LARGE);
  expect(large.get('CohortApplications')!.data.applicationPage.items).toHaveLength(100);
  for (const caller of ['staff', 'reporting']) {
    expect(small.get(`EnrollmentFigures (${caller})`)!.data.enrollmentFigures.total.enrolled).toEqual({ value: SMALL, suppressed: false });
    expect(large.get(`EnrollmentFigures (${caller})`)!.data.enrollmentFigures.total.enrolled).toEqual({ value: LARGE, suppressed: false });
  }
});

test.each(READS.filter((r) => !['ConsoleAttendanceGrid', 'CohortApplications'].includes(r.name)).map(labelOf))('%s: the same statements at 10 and at 1,000 rows', (label) => {
  expect(large.get(label)!.statements).toBe(small.get(label)!.statements);
});

test('ConsoleAttendanceGrid: flat but for the audit subjects, 500 a statement', () => {
  // The read is flat (cohort, sessions, students, cells, changes, names). Its audit is three rows
  // (student numbers, cells, names), each naming its members in audit_subject: 10 + 10 + 10 at 10
  // students is one insert, 1,000 × 3 at 1,000 students six. Every student has a recorded cell.
  const members = (m: Measured) => {
    const grid = m.data.attendanceGrid;
    const recorded = new Set(grid.cells.filter((c: any) => c.statusCode !== null).map((c: any) => c.enrollmentId));
    return [grid.students.length, recorded.size, grid.students.length];
  };
  const [s, l] = [small.get('ConsoleAttendanceGrid')!, large.get('ConsoleAttendanceGrid')!];
  expect(members(s)).toEqual([SMALL, SMALL, SMALL]);
  expect(members(l)).toEqual([LARGE, LARGE, LARGE]);
  expect(subjectInserts(members(l)) - subjectInserts(members(s))).toBe(5);
  const subjects = (m: Measured) => m.sql.filter((q) => /^INSERT INTO [`"]?audit_subject/.test(q)).length;
  expect([subjects(s), subjects(l)]).toEqual([subjectInserts(members(s)), subjectInserts(members(l))]);
  expect(l.statements - subjects(l)).toBe(s.statements - subjects(s));
  expect(l.statements).toBe(s.statements + 5);
});

test('CohortApplications, a page of 100: flat but for the total, counted once the page is full', () => {
  // 10 applications fill no page of 100, so the page itself tells the total; 1,000 do, and the
  // total takes one COUNT. Its audit (applications, applicants: 100 + 100 members) stays one insert.
  const [s, l] = [small.get('CohortApplications')!, large.get('CohortApplications')!];
  expect(s.data.applicationPage.items).toHaveLength(SMALL);
  expect(subjectInserts([100, 100])).toBe(subjectInserts([SMALL, SMALL]));
  const totals = (m: Measured) => m.sql.filter((q) => /^SELECT COUNT\(\*\) AS n FROM application/.test(q)).length;
  expect([totals(s), totals(l)]).toEqual([0, 1]);
  expect(l.statements).toBe(s.statements + 1);
});
