import type { GraphQLSchema } from 'graphql';
import type { ObjectLiteral, EntityTarget } from 'typeorm';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { buildSchemaForTests, coordinates } from './helpers/schema';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, fastMembers, ok, respond, staffCall } from './helpers/intake';
import { Application, Enrollment } from '../server/src/modules/intake';
import { Attendance, ClassSession, Completion } from '../server/src/modules/learning';
import { Certificate } from '../server/src/modules/learning/certificate.entity';
import { Consent } from '../server/src/modules/accounts';
import {
  CommunityGroup,
  Consultation,
  ConsultationStatus,
  GroupKind,
  GroupStatus,
  Introduction,
  IntroductionStatus,
  DisclosureRequest,
  DisclosureDecision,
  DisclosureEvent,
} from '../server/src/modules/community';
import {
  ActivityRecord,
  ActivityRecordVersion,
  GroupNote,
  GroupNoteKind,
  ActivitySource,
  InvitationStatus,
  Survey,
  SurveyInvitation,
  SurveyVersion,
  SurveyWave,
  SurveyWaveStatus,
} from '../server/src/modules/alumni';

/**
 * Regression: staff reads of personal fields skipped the audit whenever the record's id
 * happened to equal the reader's account id (the guard compared `id` with the caller on
 * every type). "Is this record the caller's own" now asks the record's subject
 * (core/auth/subject.ts), for the guard and for SELF rules alike.
 *
 * For every type with @personal fields, a record whose id equals the reading staff member's
 * account id is read by that staff member: the read must be audited (pii.read naming the
 * record). Only the staff member's own Account is theirs, and its read is not audited.
 */
let t: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildSchemaForTests();
  t = await startTestServer();
});
afterAll(() => t.close());

/** The personal fields of each type, from the built schema (extensions.personal, the @personal marks). */
function personalFields(): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const c of coordinates(schema)) if (c.personal) byType.set(c.type, [...(byType.get(c.type) ?? []), c.field]);
  return byType;
}

interface AuditLine {
  action: string;
  outcome: string;
  targetType: string | null;
  targetIds: string[];
  fields: string[];
  requestId: string | null;
}

/** The audit rows of one request, through the GraphQL audit log (as the ward administrator). */
async function auditOf(res: GqlResult): Promise<AuditLine[]> {
  const requestId = res.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  const admin = await t.tokenFor('admin');
  const data = await ok(t, `{ auditLog(limit: 200) { action outcome targetType targetIds fields requestId } }`, {}, admin);
  return (data.auditLog as AuditLine[]).filter((e) => e.requestId === requestId);
}

async function maxId<T extends ObjectLiteral>(entity: EntityTarget<T>): Promise<number> {
  const row = await t.app.dataSource.getRepository(entity).createQueryBuilder('e').select('MAX(e.id)', 'max').getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0);
}

async function exists<T extends ObjectLiteral>(entity: EntityTarget<T>, id: number): Promise<boolean> {
  return t.app.dataSource.getRepository(entity).existsBy({ id } as never);
}

let year = 2040;

/** Applications (with a motivation) until one with this id exists. */
async function ensureApplication(id: number): Promise<void> {
  const missing = id - (await maxId(Application));
  if (missing > 0) {
    const cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: year++, capacity: 50, selectionMethod: 'REVIEW' });
    for (const m of await fastMembers(t, missing)) await applyOk(t, m.token, cohortId, { motivation: MOTIVATION });
  }
  if (!(await exists(Application, id))) throw new Error(`cannot arrange an application with id ${id}`);
}

/** Enrollments (apply, select within capacity, announce, take the seat) until one with this id exists. */
async function ensureEnrollment(id: number): Promise<void> {
  const missing = id - (await maxId(Enrollment));
  if (missing > 0) {
    const staff = await t.tokenFor('staff');
    const cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: year++, capacity: missing, selectionMethod: 'LOTTERY' });
    const members = await fastMembers(t, missing);
    const apps = [];
    for (const m of members) apps.push(await applyOk(t, m.token, cohortId));
    expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
    expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
    expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
    for (let i = 0; i < members.length; i++) expect((await respond(t, members[i].token, apps[i].id, true)).errors).toBeUndefined();
  }
  if (!(await exists(Enrollment, id))) throw new Error(`cannot arrange an enrollment with id ${id}`);
}

/**
 * Learning records (attendance, completions, certificates) until each has a row with this id:
 * an enrolled cohort (as ensureEnrollment), one class session with everyone recorded present
 * (saveSessionAttendance), then the cohort is moved into the past and completion is run
 * (runCompletion, which issues the certificates of the completed).
 */
async function ensureLearning(id: number): Promise<void> {
  const missing = Math.max(id - (await maxId(Attendance)), id - (await maxId(Completion)), id - (await maxId(Certificate)));
  if (missing > 0) {
    const staff = await t.tokenFor('staff');
    const cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: year++, capacity: missing, startsOn: '2030-04-10', endsOn: '2031-03-15', selectionMethod: 'LOTTERY' });
    const members = await fastMembers(t, missing);
    const apps = [];
    for (const m of members) apps.push(await applyOk(t, m.token, cohortId));
    expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
    expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
    expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
    for (let i = 0; i < members.length; i++) expect((await respond(t, members[i].token, apps[i].id, true)).errors).toBeUndefined();
    const input = {
      cohortId,
      startsAt: '2030-05-01T10:00:00+09:00',
      endsAt: '2030-05-01T12:00:00+09:00',
      title: '第1回',
      venue: '区役所',
      kind: 'LECTURE',
      countsTowardCompletion: true,
    };
    const session = (await ok(t, `mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }`, { input }, staff)).createClassSession.id;
    await ok(t, `mutation($id: ID!) { saveSessionAttendance(classSessionId: $id, entries: []) { rows { recorded } } }`, { id: session }, staff);
    // The cohort has ended: move its period (and the session) into the past, then decide completion.
    await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ? WHERE id = ?', ['2025-04-10', '2026-03-15', Number(cohortId)]);
    await t.app.dataSource.getRepository(ClassSession).update({ id: Number(session) }, { startsAt: new Date('2025-05-01T01:00:00Z'), endsAt: new Date('2025-05-01T03:00:00Z') });
    await ok(t, `mutation($c: ID!) { runCompletion(cohortId: $c) { completed } }`, { c: cohortId }, staff);
  }
  for (const entity of [Attendance, Completion, Certificate] as EntityTarget<{ id: number }>[]) {
    if (!(await exists(entity, id))) throw new Error(`cannot arrange learning records with id ${id}`);
  }
}

/** A member who is not the reader: the subject of the follow-up records arranged below. */
async function someMember(): Promise<number> {
  const [m] = await fastMembers(t, 1);
  return m.id;
}

/** Follow-up consent rows (the ledger) until one with this id exists, about another member. */
async function ensureConsent(id: number): Promise<void> {
  const missing = id - (await maxId(Consent));
  if (missing > 0) {
    const accountId = await someMember();
    const rows = Array.from({ length: missing }, (_, i) => ({
      accountId,
      kind: 'follow-up',
      version: '2026-12',
      granted: i % 2 === 0,
      source: 'self',
      recordedBy: null,
      acceptedAt: new Date(),
    }));
    for (let i = 0; i < rows.length; i += 200) await t.app.dataSource.getRepository(Consent).insert(rows.slice(i, i + 200) as never);
  }
  if (!(await exists(Consent, id))) throw new Error(`cannot arrange a consent with id ${id}`);
}

/** Activity records, one version each, until a version with this id exists, about another member. */
async function ensureActivity(id: number): Promise<void> {
  const missing = id - (await maxId(ActivityRecordVersion));
  if (missing > 0) {
    const accountId = await someMember();
    const now = new Date();
    for (let i = 0; i < missing; i++) {
      const r = await t.app.dataSource.getRepository(ActivityRecord).insert({ accountId, version: 1, createdAt: now, updatedAt: now });
      await t.app.dataSource.getRepository(ActivityRecordVersion).insert({
        recordId: Number(r.identifiers[0].id),
        accountId,
        version: 1,
        fieldCodeList: 'welfare',
        groupName: '豊玉町会',
        role: '会員',
        startedOn: '2026-04-01',
        endedOn: null,
        hoursPerMonth: 4,
        source: ActivitySource.SELF_REPORT,
        enteredBy: accountId,
        enteredAt: now,
      });
    }
  }
  if (!(await exists(ActivityRecordVersion, id))) throw new Error(`cannot arrange an activity version with id ${id}`);
}

/** Group notes until one with this id exists, about another member. */
async function ensureGroupNote(id: number): Promise<void> {
  const missing = id - (await maxId(GroupNote));
  if (missing > 0) {
    const accountId = await someMember();
    const now = new Date();
    for (let i = 0; i < missing; i++)
      await t.app.dataSource.getRepository(GroupNote).insert({
        accountId,
        groupName: '豊玉町会',
        kind: GroupNoteKind.HELPFUL,
        text: '毎回の見守りに来てくれて助かっている',
        heardOn: '2026-04-01',
        recordedBy: accountId,
        recordedAt: now,
      });
  }
  if (!(await exists(GroupNote, id))) throw new Error(`cannot arrange a group note with id ${id}`);
}

/** Registered groups until one with this id exists. */
async function ensureCommunityGroup(id: number): Promise<void> {
  const missing = id - (await maxId(CommunityGroup));
  const now = new Date();
  for (let i = 0; i < missing; i++)
    await t.app.dataSource.getRepository(CommunityGroup).insert({
      name: `監査の団体 ${i}`,
      kind: GroupKind.NPO,
      fieldCodeList: 'welfare',
      districtCode: 'nerima',
      publicDescription: '公開の説明',
      publicContact: '区役所 経由',
      status: GroupStatus.ACTIVE,
      statusReason: null,
      representativeName: '練馬 代表',
      representativePhone: '03-1234-5678',
      representativeEmail: 'rep@example.jp',
      interviewedOn: '2026-04-01',
      interviewedBy: 1,
      interviewNotes: 'ヒアリングの記録',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  if (!(await exists(CommunityGroup, id))) throw new Error(`cannot arrange a community group with id ${id}`);
}

/** Consultations until one with this id exists, about another member. */
async function ensureConsultation(id: number): Promise<void> {
  const missing = id - (await maxId(Consultation));
  if (missing > 0) {
    const accountId = await someMember();
    const now = new Date();
    for (let i = 0; i < missing; i++)
      await t.app.dataSource.getRepository(Consultation).insert({
        accountId,
        postingId: null,
        fieldCodeList: 'welfare',
        districtCode: 'nerima',
        dayList: 'sat',
        timeList: 'morning',
        text: '週末に見守りの活動をしたい',
        status: ConsultationStatus.OPEN,
        closeReason: null,
        source: 'self' as never,
        recordedBy: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
  }
  if (!(await exists(Consultation, id))) throw new Error(`cannot arrange a consultation with id ${id}`);
}

/** Introductions until one with this id exists, about another member (with a consultation and a group to hang on). */
async function ensureIntroduction(id: number): Promise<void> {
  const missing = id - (await maxId(Introduction));
  if (missing > 0) {
    await ensureCommunityGroup(1);
    await ensureConsultation(1);
    const c = await t.app.dataSource.getRepository(Consultation).findOneByOrFail({ id: 1 });
    const now = new Date();
    for (let i = 0; i < missing; i++)
      await t.app.dataSource.getRepository(Introduction).insert({
        consultationId: c.id,
        accountId: c.accountId,
        groupId: 1,
        postingId: null,
        meetingAt: now,
        place: '区役所 1階',
        attendedBy: null,
        status: IntroductionStatus.NOT_A_FIT,
        outcomeReason: '活動の時間が合わなかった',
        followUpOn: null,
        activityRecordId: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
  }
  if (!(await exists(Introduction, id))) throw new Error(`cannot arrange an introduction with id ${id}`);
}

/** Disclosure requests (answered, with a decision and a ledger row per request) until one of each with this id exists. */
async function ensureDisclosure(id: number): Promise<void> {
  await ensureCommunityGroup(1);
  const db = t.app.dataSource;
  const now = new Date();
  while ((await maxId(DisclosureRequest)) < id || (await maxId(DisclosureDecision)) < id || (await maxId(DisclosureEvent)) < id) {
    const accountId = await someMember();
    const r = await db.getRepository(DisclosureRequest).insert({
      accountId,
      groupId: 1,
      introductionId: null,
      fieldList: 'name,phone',
      purpose: '見守り活動の連絡のため',
      validUntil: '2099-03-31',
      status: 'answered' as never,
      createdBy: accountId,
      createdAt: now,
      answeredAt: now,
      version: 2,
    });
    const requestId = Number(r.identifiers[0].id);
    await db.getRepository(DisclosureDecision).insert({ requestId, accountId, field: 'name' as never, approved: true, decidedAt: now, revokedAt: null });
    await db.getRepository(DisclosureEvent).insert({ requestId, accountId, action: 'approved' as never, fieldList: 'name', at: now, byStaff: null });
  }
}
const disclosureOf = async (accountId: number, fields: string[], token: string, part: 'self' | 'decisions' | 'ledger') =>
  t.gql(
    `query($a: ID!) { disclosureRequests(accountId: $a) { id ${part === 'self' ? fields.join(' ') : `${part} { id ${fields.join(' ')} }`} } }`,
    { a: String(accountId) },
    { token },
  );

/** Survey invitations (answered) until one with this id exists, about another member. */
async function ensureInvitation(id: number): Promise<void> {
  const missing = id - (await maxId(SurveyInvitation));
  if (missing > 0) {
    const db = t.app.dataSource;
    const now = new Date();
    const accountId = await someMember();
    const survey = await db.getRepository(Survey).insert({ title: '監査用', fieldCode: null, createdBy: null, createdAt: now });
    const surveyId = Number(survey.identifiers[0].id);
    const version = await db.getRepository(SurveyVersion).insert({ surveyId, version: 1, questions: '[]', createdAt: now });
    const cohortId = Number((await db.query('SELECT MIN(id) AS id FROM cohort'))[0].id);
    for (let i = 0; i < missing; i++) {
      const wave = await db.getRepository(SurveyWave).insert({
        surveyId,
        cohortId,
        offsetMonths: i,
        opensOn: '2026-01-01',
        remindOn: null,
        closesOn: '2026-01-31',
        status: SurveyWaveStatus.CLOSED,
        surveyVersionId: Number(version.identifiers[0].id),
        openedAt: now,
        remindedAt: null,
      });
      await db.getRepository(SurveyInvitation).insert({
        waveId: Number(wave.identifiers[0].id),
        accountId,
        surveyVersionId: Number(version.identifiers[0].id),
        status: InvitationStatus.ANSWERED,
        invitedAt: now,
        remindedAt: null,
        respondedAt: now,
        answers: '{"q1":"回答"}',
      });
    }
  }
  if (!(await exists(SurveyInvitation, id))) throw new Error(`cannot arrange a survey invitation with id ${id}`);
}

/** The session and student of the attendance record a grid read looks for, by the record's id. */
const cellOf = new Map<number, { s: string; e: string }>();

/**
 * How a staff member reads the personal fields of a record of each type with the given id.
 * A new type with personal fields must get a reader here (the first test fails until it has one).
 */
const READERS: Record<
  string,
  {
    entity?: EntityTarget<{ id: number; accountId: number }>;
    arrange(id: number): Promise<void>;
    read(id: number, fields: string[], token: string): Promise<GqlResult>;
    /** The record read, in the answer (default: the first root field, or its element, whose id is the given one). */
    find?(data: any, id: number): any;
  }
> = {
  Account: {
    // The record of an Account whose id is the reader's is the reader's own account.
    arrange: async () => undefined,
    read: (_id, fields, token) => t.gql(`{ me { id ${fields.join(' ')} } }`, {}, { token }),
  },
  Application: {
    entity: Application,
    arrange: ensureApplication,
    read: (id, fields, token) => t.gql(`query($id: ID!) { application(id: $id) { id ${fields.join(' ')} } }`, { id: String(id) }, { token }),
  },
  Enrollment: {
    entity: Enrollment,
    arrange: ensureEnrollment,
    read: async (id, fields, token) => {
      const { cohortId } = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ id });
      return t.gql(`query($c: ID!) { cohortRoster(cohortId: $c) { id ${fields.join(' ')} } }`, { c: String(cohortId) }, { token });
    },
  },
  Attendance: {
    entity: Attendance,
    arrange: ensureLearning,
    read: async (id, fields, token) => {
      const { classSessionId } = await t.app.dataSource.getRepository(Attendance).findOneByOrFail({ id });
      return t.gql(`query($s: ID!) { sessionAttendance(classSessionId: $s) { rows { attendance { id ${fields.join(' ')} } } } }`, { s: String(classSessionId) }, { token });
    },
    find: (data, id) => data.sessionAttendance.rows.map((r: any) => r.attendance).find((a: any) => a?.id === String(id)),
  },
  // Rows of a list have no id in the schema: the guard audits them by a hidden id (a cell and a
  // sheet row by their attendance record's id, progress and preview rows by the enrollment's id).
  // The record read is found by what identifies it in the answer instead.
  AttendanceCell: {
    entity: Attendance,
    arrange: ensureLearning,
    read: async (id, fields, token) => {
      const a = await t.app.dataSource.getRepository(Attendance).findOneByOrFail({ id });
      const { cohortId } = await t.app.dataSource.getRepository(ClassSession).findOneByOrFail({ id: a.classSessionId });
      cellOf.set(id, { s: String(a.classSessionId), e: String(a.enrollmentId) });
      return t.gql(`query($c: ID!) { attendanceGrid(cohortId: $c) { cells { classSessionId enrollmentId ${fields.join(' ')} } } }`, { c: String(cohortId) }, { token });
    },
    find: (data, id) => data.attendanceGrid.cells.find((c: any) => c.classSessionId === cellOf.get(id)?.s && c.enrollmentId === cellOf.get(id)?.e),
  },
  SessionAttendanceRow: {
    entity: Attendance,
    arrange: ensureLearning,
    read: async (id, fields, token) => {
      const { classSessionId } = await t.app.dataSource.getRepository(Attendance).findOneByOrFail({ id });
      return t.gql(`query($s: ID!) { sessionAttendance(classSessionId: $s) { rows { attendance { id } ${fields.join(' ')} } } }`, { s: String(classSessionId) }, { token });
    },
    find: (data, id) => data.sessionAttendance.rows.find((r: any) => r.attendance?.id === String(id)),
  },
  StudentProgress: {
    entity: Enrollment,
    arrange: ensureEnrollment,
    read: async (id, fields, token) => {
      const { cohortId } = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ id });
      return t.gql(`query($c: ID!) { cohortProgress(cohortId: $c) { enrollment { id } ${fields.join(' ')} } }`, { c: String(cohortId) }, { token });
    },
    find: (data, id) => data.cohortProgress.find((r: any) => r.enrollment.id === String(id)),
  },
  CompletionPreviewRow: {
    entity: Enrollment,
    arrange: ensureEnrollment,
    read: async (id, fields, token) => {
      const { cohortId } = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ id });
      return t.gql(`query($c: ID!) { previewCompletion(cohortId: $c) { students { enrollment { id } ${fields.join(' ')} } } }`, { c: String(cohortId) }, { token });
    },
    find: (data, id) => data.previewCompletion.students.find((r: any) => r.enrollment.id === String(id)),
  },
  Completion: {
    entity: Completion,
    arrange: ensureLearning,
    read: async (id, fields, token) => {
      const { accountId } = await t.app.dataSource.getRepository(Completion).findOneByOrFail({ id });
      return t.gql(`query($a: ID!) { member(id: $a) { completions { id ${fields.join(' ')} } } }`, { a: String(accountId) }, { token });
    },
    find: (data, id) => data.member.completions.find((c: any) => c.id === String(id)),
  },
  Consent: {
    entity: Consent as never,
    arrange: ensureConsent,
    read: async (id, fields, token) => {
      const { accountId } = await t.app.dataSource.getRepository(Consent).findOneByOrFail({ id });
      return t.gql(`query($a: ID!) { member(id: $a) { followUpConsents { id ${fields.join(' ')} } } }`, { a: String(accountId) }, { token });
    },
    find: (data, id) => data.member.followUpConsents.find((c: any) => c.id === String(id)),
  },
  ActivityRecordVersion: {
    entity: ActivityRecordVersion as never,
    arrange: ensureActivity,
    read: async (id, fields, token) => {
      const { accountId } = await t.app.dataSource.getRepository(ActivityRecordVersion).findOneByOrFail({ id });
      return t.gql(`query($a: ID!) { member(id: $a) { activityRecords { history { id ${fields.join(' ')} } } } }`, { a: String(accountId) }, { token });
    },
    find: (data, id) => data.member.activityRecords.flatMap((r: any) => r.history).find((v: any) => v.id === String(id)),
  },
  SurveyInvitation: {
    entity: SurveyInvitation as never,
    arrange: ensureInvitation,
    read: async (id, fields, token) => {
      const { accountId } = await t.app.dataSource.getRepository(SurveyInvitation).findOneByOrFail({ id });
      return t.gql(`query($a: ID!) { member(id: $a) { surveyInvitations { id ${fields.join(' ')} } } }`, { a: String(accountId) }, { token });
    },
    find: (data, id) => data.member.surveyInvitations.find((i: any) => i.id === String(id)),
  },
  GroupNote: {
    entity: GroupNote as never,
    arrange: ensureGroupNote,
    read: async (id, fields, token) => {
      const { accountId } = await t.app.dataSource.getRepository(GroupNote).findOneByOrFail({ id });
      return t.gql(`query($a: ID!) { member(id: $a) { groupNotes { id ${fields.join(' ')} } } }`, { a: String(accountId) }, { token });
    },
    find: (data, id) => data.member.groupNotes.find((n: any) => n.id === String(id)),
  },
  Consultation: {
    entity: Consultation as never,
    arrange: ensureConsultation,
    read: (id, fields, token) => t.gql(`query($c: ID!) { consultation(id: $c) { id ${fields.join(' ')} } }`, { c: String(id) }, { token }),
    find: (data) => data.consultation,
  },
  Introduction: {
    entity: Introduction as never,
    arrange: ensureIntroduction,
    read: async (id, fields, token) => {
      const { consultationId } = await t.app.dataSource.getRepository(Introduction).findOneByOrFail({ id });
      return t.gql(`query($c: ID!) { consultation(id: $c) { introductions { id ${fields.join(' ')} } } }`, { c: String(consultationId) }, { token });
    },
    find: (data, id) => data.consultation.introductions.find((i: any) => i.id === String(id)),
  },
  DisclosureRequest: {
    entity: DisclosureRequest as never,
    arrange: ensureDisclosure,
    read: async (id, fields, token) => disclosureOf((await t.app.dataSource.getRepository(DisclosureRequest).findOneByOrFail({ id })).accountId, fields, token, 'self'),
    find: (data, id) => data.disclosureRequests.find((r: any) => r.id === String(id)),
  },
  DisclosureDecision: {
    entity: DisclosureDecision as never,
    arrange: ensureDisclosure,
    read: async (id, fields, token) => disclosureOf((await t.app.dataSource.getRepository(DisclosureDecision).findOneByOrFail({ id })).accountId, fields, token, 'decisions'),
    find: (data, id) => data.disclosureRequests.flatMap((r: any) => r.decisions).find((d: any) => d.id === String(id)),
  },
  DisclosureEvent: {
    entity: DisclosureEvent as never,
    arrange: ensureDisclosure,
    read: async (id, fields, token) => disclosureOf((await t.app.dataSource.getRepository(DisclosureEvent).findOneByOrFail({ id })).accountId, fields, token, 'ledger'),
    find: (data, id) => data.disclosureRequests.flatMap((r: any) => r.ledger).find((d: any) => d.id === String(id)),
  },
  CommunityGroup: {
    entity: CommunityGroup as never,
    arrange: ensureCommunityGroup,
    read: (id, fields, token) => t.gql(`query($g: ID!) { communityGroup(id: $g) { id ${fields.join(' ')} } }`, { g: String(id) }, { token }),
    find: (data) => data.communityGroup,
  },
  Certificate: {
    entity: Certificate,
    arrange: ensureLearning,
    read: async (id, fields, token) => {
      const { cohortId } = await t.app.dataSource.getRepository(Certificate).findOneByOrFail({ id });
      return t.gql(`query($c: ID!) { cohortCertificates(cohortId: $c) { id ${fields.join(' ')} } }`, { c: String(cohortId) }, { token });
    },
  },
};

test('every type with personal fields has a reader in this test', () => {
  expect([...personalFields().keys()].sort()).toEqual(Object.keys(READERS).sort());
});

describe.each(['admin', 'staff'] as const)('the %s reads records whose id equals their own account id', (who) => {
  let token: string;
  let myId: number;

  beforeAll(async () => {
    token = await t.tokenFor(who);
    myId = Number((await ok(t, `{ me { id } }`, {}, token)).me.id);
    for (const type of personalFields().keys()) await READERS[type].arrange(myId);
  });

  test.each(Object.keys(READERS).filter((type) => type !== 'Account'))('%s: the read of the record with my account id is audited as pii.read naming it', async (type) => {
    const fields = personalFields().get(type)!;
    const res = await READERS[type].read(myId, fields, token);
    expect(res.errors).toBeUndefined();
    const value = (Object.values(res.data)[0] as any) ?? null;
    const reader = READERS[type];
    const record = reader.find ? reader.find(res.data, myId) : Array.isArray(value) ? value.find((r: any) => r.id === String(myId)) : value;
    expect(record).toBeTruthy();
    if (!reader.find) expect(record?.id).toBe(String(myId));
    // The record is about someone else: it is not the reader's own.
    const stored = await t.app.dataSource.getRepository(READERS[type].entity!).findOneByOrFail({ id: myId });
    expect(stored.accountId).not.toBe(myId);
    const reads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === type);
    expect(reads).toHaveLength(1);
    expect(reads[0].targetIds).toContain(String(myId));
    // Every non-empty personal field that was read is named.
    const nonEmpty = fields.filter((f) => record[f] !== null && record[f] !== undefined);
    expect(nonEmpty.length).toBeGreaterThan(0);
    expect([...reads[0].fields].sort()).toEqual(expect.arrayContaining(nonEmpty));
    // The member the record is about is named too, for their access history (audit_subject).
    if (stored.accountId !== undefined && stored.accountId !== null) {
      const [row] = await t.app.dataSource.query(
        'SELECT a.subjectIdList AS subjects, (SELECT COUNT(*) FROM audit_subject s WHERE s.auditId = a.id AND s.accountId = ?) AS indexed FROM audit_log a WHERE a.requestId = ? AND a.action = ? AND a.targetType = ?',
        [stored.accountId, res.headers.get('x-request-id'), 'pii.read', type],
      );
      expect(String(row.subjects).split(',')).toContain(String(stored.accountId));
      expect(Number(row.indexed)).toBe(1);
    }
  });

  test('Account: reading my own account is not audited', async () => {
    const fields = personalFields().get('Account')!;
    const res = await READERS.Account.read(myId, fields, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.me.id).toBe(String(myId));
    expect(res.data.me.name).toBeTruthy();
    const accountReads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === 'Account');
    expect(accountReads).toEqual([]);
  });

  test("Account: another person's account read in the same request is audited, mine is not", async () => {
    const res = await t.gql(`query($id: ID!) { me { id name } application(id: $id) { id applicant { id name } } }`, { id: String(myId) }, { token });
    expect(res.errors).toBeUndefined();
    const applicantId = res.data.application.applicant.id;
    expect(applicantId).not.toBe(String(myId));
    const accountReads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === 'Account');
    expect(accountReads).toHaveLength(1);
    expect(accountReads[0].targetIds).toEqual([applicantId]);
  });
});
