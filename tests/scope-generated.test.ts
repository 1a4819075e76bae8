import { GraphQLEnumType, GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { IsNull } from 'typeorm';
import { startTestServer, codes, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, fastMembers, fieldErrors, ok } from './helpers/intake';
import { buildSchemaForTests } from './helpers/schema';
import {
  NO_RECORD_MUTATIONS,
  ScopeWalker,
  coordinateAt,
  ownCalls,
  operationPlans,
  printSelection,
  refusalCalls,
  splitSelection,
  type Call,
  type Kind,
  type Plan,
  type RecordSlot,
  type Records,
} from './helpers/scope-walk';
import { ROLE_PERMISSIONS, Role } from '../server/src/modules/permissions';
import { Cohort, CohortStatus, Course } from '../server/src/modules/catalog';
import { Application, Enrollment } from '../server/src/modules/intake';
import { ClassSession, Completion, CompletionOutcome } from '../server/src/modules/learning';
import { Certificate } from '../server/src/modules/learning/certificate.entity';
import { MailOutbox, Notice } from '../server/src/modules/notices';
import { ActivityRecord, Survey, SurveyWave } from '../server/src/modules/alumni';

/**
 * Contractor field scope, generated from the schema (tests/helpers/scope-walk.ts) instead of
 * hand-picked cases: every Query and Mutation the contractor may call is called with another
 * field's records and must be refused without changing anything; every list and every nested
 * path (three levels down) must hold only the contractor's own field.
 */
const OWN = 'GREENERY';
const FOREIGN = 'WELFARE';
/** Splits walk selections below the server's 2,000-token limit. */
const TOKEN_BUDGET = 1400;
const WALK_DEPTH = 3;
const REFUSED = new Set(['NOT_FOUND', 'FORBIDDEN']);
/** Tables a refused call may write: the audit of the refusal and the caller's session. */
const SKIP_TABLES = new Set(['audit_log', 'audit_chain_head', 'audit_subject', 'session', 'refresh_token', 'login_failure']);

let t: TestServer;
let schema: GraphQLSchema;
let walker: ScopeWalker;
let green: string;
let ward: string;
let own: Records;
let foreign: Records;
let plans: Plan[];
const perms = new Set<string>(ROLE_PERMISSIONS[Role.CONTRACTOR_STAFF]);
const timings: Record<string, number> = {};

const DAY = 24 * 3600_000;
const CREATE_COURSE = `mutation($i: CourseInput!) { createCourse(input: $i) { id } }`;
const CREATE_COHORT = `mutation($i: CohortInput!) { createCohort(input: $i) { id } }`;
const APPLY = `mutation($i: ApplyInput!) { applyToCohort(input: $i) { id } }`;
const STATUS = `mutation($id: ID!, $s: CohortStatus!) { changeCohortStatus(id: $id, status: $s) { id } }`;
const NOTICE = `mutation($i: NoticeInput!) { createNotice(input: $i) { id } }`;
const CREATE_SESSION = `mutation($i: ClassSessionInput!) { createClassSession(input: $i) { id } }`;
/** An id no record has: a field error it gets too tells nothing about another field's record. */
const MISSING_ID = '99999999';

/**
 * One field's records in every state a scoped operation acts on: a second course, cohorts in
 * draft, open, closed (review), closed with a frozen lottery, and announced with an enrolled
 * student and an open offer; applications in each; a cohort notice and a field notice; the
 * members who applied (to this field only).
 */
async function fieldFixtures(courseId: string, year: number): Promise<Records> {
  const course = (await ok(t, `query($id: ID!) { course(id: $id) { fieldCode eligibility } }`, { id: courseId }, ward)).course;
  const basis = course.eligibility.includes('RESIDENT') ? { eligibilityBasis: 'RESIDENT' } : { eligibilityBasis: course.eligibility[0], workplaceOrSchool: '練馬区役所' };
  const extra = await ok(
    t,
    CREATE_COURSE,
    {
      i: {
        fieldCode: course.fieldCode,
        title: `${course.fieldCode} 生成用`,
        description: '生成テスト用の講座',
        eligibility: course.eligibility,
        motivationRequired: false,
        minAttendanceRate: 80,
      },
    },
    ward,
  );
  const people = await fastMembers(t, 8);
  const applications: string[] = [];
  let y = year;
  const cohort = async (changes: Record<string, unknown> = {}): Promise<string> => {
    const academicYear = y++;
    const input = {
      courseId,
      academicYear,
      capacity: 5,
      applicationOpensAt: new Date(Date.now() - DAY).toISOString(),
      applicationClosesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      startsOn: `${academicYear}-04-10`,
      endsOn: `${academicYear + 1}-03-15`,
      selectionMethod: 'REVIEW',
      status: 'OPEN',
      ...changes,
    };
    return (await ok(t, CREATE_COHORT, { i: input }, ward)).createCohort.id;
  };
  const applyAll = async (cohortId: string, from: number): Promise<string[]> => {
    const ids: string[] = [];
    for (const m of people.slice(from, from + 2)) {
      const input = { cohortId, preferredContact: 'EMAIL', emailAlerts: true, motivation: MOTIVATION, ...basis };
      ids.push((await ok(t, APPLY, { i: input }, m.token)).applyToCohort.id);
    }
    applications.push(...ids);
    return ids;
  };
  const draft = await cohort({ status: 'DRAFT' });
  const open = await cohort();
  await applyAll(open, 0);
  const closed = await cohort();
  await applyAll(closed, 2);
  await ok(t, STATUS, { id: closed, s: 'CLOSED' }, ward);
  const lottery = await cohort({ selectionMethod: 'LOTTERY', capacity: 1 });
  await applyAll(lottery, 4);
  await ok(t, STATUS, { id: lottery, s: 'CLOSED' }, ward);
  await ok(t, `mutation($id: ID!) { freezeLottery(cohortId: $id) { commitment } }`, { id: lottery }, ward);
  const announced = await cohort();
  const [enrolled] = await applyAll(announced, 6);
  await ok(t, STATUS, { id: announced, s: 'CLOSED' }, ward);
  await ok(t, `mutation($id: ID!) { runSelection(cohortId: $id) { id } }`, { id: announced }, ward);
  await ok(t, `mutation($id: ID!) { announceCohort(cohortId: $id) { id } }`, { id: announced }, ward);
  await ok(t, `mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id } }`, { id: enrolled }, people[6].token);
  // The learning records of the enrolled student: a class session with attendance, a completion and its certificate.
  const announcedYear = y - 1;
  const enrollment = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ applicationId: Number(enrolled) });
  // One session per cohort, in the cohorts' order, so the i-th session belongs to the i-th cohort.
  const cohorts = [draft, open, closed, lottery, announced];
  const sessions: string[] = [];
  for (const [i, cohortId] of cohorts.entries()) {
    const day = `${year + i}-05-01`;
    const input = { cohortId, startsAt: `${day}T10:00:00+09:00`, endsAt: `${day}T12:00:00+09:00`, title: '生成', venue: '会議室', kind: 'LECTURE', countsTowardCompletion: true };
    sessions.push((await ok(t, CREATE_SESSION, { i: input }, ward)).createClassSession.id);
  }
  const session = sessions[cohorts.indexOf(announced)];
  await ok(t, `mutation($id: ID!) { saveSessionAttendance(classSessionId: $id, entries: []) { session { id } } }`, { id: session }, ward);
  for (const id of sessions) await ok(t, `mutation($id: ID!) { openCheckIn(classSessionId: $id) { classSessionId } }`, { id }, ward);
  await t.app.dataSource.getRepository(Completion).save({
    enrollmentId: enrollment.id,
    cohortId: enrollment.cohortId,
    accountId: enrollment.accountId,
    outcome: CompletionOutcome.COMPLETED,
    completedOn: `${announcedYear + 1}-03-15`,
    ruleVersion: 1,
    attended: 1,
    planned: 1,
    overridden: false,
    overrideReason: null,
    decidedBy: null,
  });
  const [certificate] = (await ok(t, `mutation($c: ID!) { issueCertificates(cohortId: $c) { id } }`, { c: announced }, ward)).issueCertificates;
  // The completed student is an alumnus of this field, with an activity record staff entered.
  const activity = (
    await ok(
      t,
      `mutation($a: ID!, $i: ActivityInput!) { recordAlumnusActivity(accountId: $a, input: $i) { id } }`,
      { a: String(enrollment.accountId), i: { fieldCodes: [course.fieldCode], groupName: '生成の団体', startedOn: '2026-04-01' } },
      ward,
    )
  ).recordAlumnusActivity;
  // A follow-up survey of this field.
  const survey = (
    await ok(
      t,
      `mutation($f: FieldCode, $q: [SurveyQuestionInput!]!) { createSurvey(title: "生成", fieldCode: $f, questions: $q) { id } }`,
      { f: course.fieldCode, q: [{ key: 'q1', kind: 'TEXT', label: '生成の質問' }] },
      ward,
    )
  ).createSurvey;
  // Its wave for the cohort the alumnus completed.
  const wave = (
    await ok(
      t,
      `mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { waves { wave { id } } } }`,
      { i: { surveyId: survey.id, cohortId: announced, offsets: [12] } },
      ward,
    )
  ).scheduleSurvey.waves[0].wave.id;
  // A registered community group (the ward's registry, of no field): activity records may name it.
  await ok(
    t,
    `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
    {
      i: {
        name: `生成の団体 ${course.fieldCode}`,
        kind: 'NPO',
        fieldCodes: [course.fieldCode],
        districtCode: 'nerima',
        publicDescription: '生成された団体です。',
        publicContact: '区役所 地域振興課 経由',
        representativeName: '生成 代表',
        interviewedOn: '2026-04-01',
      },
    },
    ward,
  );
  // A running cohort for the watch list of running cohorts (atRiskOverview); not among the records calls name.
  const running = await cohort({ status: 'DRAFT' });
  await t.app.dataSource.getRepository(Cohort).update({ id: Number(running) }, { status: CohortStatus.RUNNING });
  const notices = [
    (await ok(t, NOTICE, { i: { audience: 'COHORT', cohortId: open, title: '説明会', body: '説明会のお知らせです。' } }, ward)).createNotice.id,
    (await ok(t, NOTICE, { i: { audience: 'FIELD', fieldCode: course.fieldCode, title: '分野', body: '分野のお知らせです。' } }, ward)).createNotice.id,
  ];
  return {
    course: [courseId, extra.createCourse.id],
    cohort: cohorts,
    application: applications,
    notice: notices,
    member: people.map((p) => String(p.id)),
    field: [course.fieldCode],
    classSession: sessions,
    enrollment: [String(enrollment.id)],
    certificate: [certificate.id],
    activityRecord: [activity.id],
    survey: [survey.id],
    wave: [wave],
  };
}

/** Resolves a record id to its field through the database (undefined: no such record; null: no field). */
async function ownerLookup(): Promise<(kind: Kind, id: string) => string | null | undefined> {
  const db = t.app.dataSource;
  // Stored values are the enum's internal values; the API shows its names.
  const names = new Map((schema.getType('FieldCode') as GraphQLEnumType).getValues().map((v) => [v.value as string, v.name]));
  const cohorts = new Map((await db.getRepository(Cohort).find({ select: { id: true, fieldCode: true } })).map((c) => [String(c.id), names.get(c.fieldCode)]));
  const courses = new Map((await db.getRepository(Course).find({ select: { id: true, fieldCode: true } })).map((c) => [String(c.id), names.get(c.fieldCode)]));
  const apps = new Map((await db.getRepository(Application).find({ select: { id: true, cohortId: true } })).map((a) => [String(a.id), cohorts.get(String(a.cohortId))]));
  const notices = new Map(
    (await db.getRepository(Notice).find({ select: { id: true, fieldCode: true, cohortId: true } })).map((n) => [
      String(n.id),
      n.fieldCode ? names.get(n.fieldCode) : n.cohortId !== null ? cohorts.get(String(n.cohortId)) : null,
    ]),
  );
  const sessions = new Map((await db.getRepository(ClassSession).find({ select: { id: true, cohortId: true } })).map((s) => [String(s.id), cohorts.get(String(s.cohortId))]));
  const enrollments = new Map((await db.getRepository(Enrollment).find({ select: { id: true, cohortId: true } })).map((e) => [String(e.id), cohorts.get(String(e.cohortId))]));
  const certificates = new Map((await db.getRepository(Certificate).find({ select: { id: true, cohortId: true } })).map((c) => [String(c.id), cohorts.get(String(c.cohortId))]));
  // An activity record belongs to the field its alumnus completed (each fixture alumnus completed one cohort).
  const completedIn = new Map(
    (await db.getRepository(Completion).find({ select: { accountId: true, cohortId: true } })).map((c) => [c.accountId, cohorts.get(String(c.cohortId))]),
  );
  const surveys = new Map((await db.getRepository(Survey).find({ select: { id: true, fieldCode: true } })).map((s) => [String(s.id), s.fieldCode ? names.get(s.fieldCode) : null]));
  const waves = new Map((await db.getRepository(SurveyWave).find({ select: { id: true, surveyId: true } })).map((w) => [String(w.id), surveys.get(String(w.surveyId))]));
  const activities = new Map((await db.getRepository(ActivityRecord).find({ select: { id: true, accountId: true } })).map((r) => [String(r.id), completedIn.get(r.accountId)]));
  const tables: Partial<Record<Kind, Map<string, string | null | undefined>>> = {
    cohort: cohorts,
    course: courses,
    application: apps,
    notice: notices,
    classSession: sessions,
    enrollment: enrollments,
    certificate: certificates,
    activityRecord: activities,
    survey: surveys,
    wave: waves,
  };
  return (kind, id) => {
    const table = tables[kind];
    if (!table) throw new Error(`no owner lookup for ${kind}`);
    return table.has(id) ? table.get(id) : undefined;
  };
}

type Snapshot = Map<string, unknown[]>;

/** Every table but the audit and session ones, in primary key order. */
async function snapshot(): Promise<Snapshot> {
  const tables = t.app.dataSource.entityMetadatas.filter((meta) => !SKIP_TABLES.has(meta.tableName));
  const rows = await Promise.all(
    tables.map((meta) => t.app.dataSource.getRepository(meta.target).find({ order: Object.fromEntries(meta.primaryColumns.map((c) => [c.propertyName, 'ASC' as const])) })),
  );
  return new Map(tables.map((meta, i) => [meta.tableName, rows[i]]));
}

function differences(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [table, rows] of after) {
    const old = before.get(table) ?? [];
    if (JSON.stringify(old) === JSON.stringify(rows)) continue;
    const was = new Set(old.map((r) => JSON.stringify(r)));
    const changed = rows.filter((r) => !was.has(JSON.stringify(r)));
    out.push(`${table}: ${old.length} → ${rows.length} rows; new or changed: ${JSON.stringify(changed.slice(0, 2))}`);
  }
  return out;
}

/** Reports what changed since the last look, then looks from there. */
async function watchDatabase(): Promise<{ changes(): Promise<string[]> }> {
  let before = await snapshot();
  return {
    async changes() {
      const after = await snapshot();
      if (!differences(before, after).length) return [];
      // Let the mail a leaked write queued go out, so it is counted here and not against the next call.
      await settleMail();
      const settled = await snapshot();
      const changed = differences(before, settled);
      before = settled;
      return changed;
    },
  };
}

/** Waits until fixture mail has gone out, so the outbox does not change under the snapshots. */
async function settleMail(): Promise<void> {
  const outbox = t.app.dataSource.getRepository(MailOutbox);
  for (let i = 0; i < 100 && (await outbox.countBy({ sentAt: IsNull() })) > 0; i++) {
    await t.app.services.mailer.dispatch();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const returnsObject = (plan: Plan) => plan.returnType instanceof GraphQLObjectType;
const selectionFor = (plan: Plan) => (returnsObject(plan) ? printSelection(walker.ownerSelection(plan.returnType.name)) : '');
const shown = (call: Call, res: GqlResult) =>
  `${call.label} → ${res.errors ? JSON.stringify(res.errors.map((e) => [e.extensions?.code, e.path?.join('.'), e.message])) : JSON.stringify(res.data).slice(0, 300)}`;

let refusal: Call[];
let recordPlans: Plan[];
let walkPlans: Plan[];
/**
 * Public lookups by a secret printed on paper, answering anyone alike (reviewed, not generated):
 * verifyCertificate gives a certificate's course, field and dates to whoever holds its number and
 * check code, and nothing personal (tests/learning-certificates.test.ts); no field scope applies.
 */
const PUBLIC_LOOKUPS = ['verifyCertificate', 'publicPosting'];
let forbiddenPlans: Plan[];

beforeAll(async () => {
  let clock = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - clock;
    clock = Date.now();
  };
  schema = await buildSchemaForTests();
  walker = new ScopeWalker(schema, perms);
  plans = operationPlans(schema, perms);
  t = await startTestServer();
  green = await t.tokenFor('greenery');
  ward = await t.tokenFor('staff');
  lap('server');
  const me = (await ok(t, `{ me { contractor { fieldCode } } }`, {}, green)).me;
  expect(me.contractor.fieldCode).toBe(OWN);
  foreign = await fieldFixtures(COURSE.WELFARE, 2041);
  own = await fieldFixtures(COURSE.GREENERY, 2051);
  expect([foreign.field, own.field]).toEqual([[FOREIGN], [OWN]]);
  // A member who applied in both fields: whatever hangs off their account must still be scoped.
  const [both] = await fastMembers(t, 1);
  for (const cohortId of [foreign.cohort[1], own.cohort[1]]) {
    const input = { cohortId, eligibilityBasis: 'RESIDENT', preferredContact: 'EMAIL', emailAlerts: true, motivation: MOTIVATION };
    const id = (await ok(t, APPLY, { i: input }, both.token)).applyToCohort.id;
    if (cohortId === own.cohort[1]) own.application.push(id);
    else foreign.application.push(id);
  }
  await settleMail();
  lap('fixtures');

  const callable = plans.filter((p) => p.access === 'yes');
  recordPlans = callable.filter((p) => p.records.length > 0 && p.unknowns.length === 0);
  refusal = recordPlans.flatMap((p) => refusalCalls(p, own, foreign, selectionFor(p)));
  walkPlans = callable.filter((p) => p.operation === 'query' && returnsObject(p) && p.unknowns.length === 0 && !PUBLIC_LOOKUPS.includes(p.field.name));
  forbiddenPlans = plans.filter((p) => p.access !== 'yes');
});
afterAll(async () => {
  console.log(`scope-generated timings (ms): ${JSON.stringify(timings)}`);
  await t?.close();
});

test('the generator fills every operation the contractor may call', () => {
  const callable = plans.filter((p) => p.access === 'yes');
  // A new ID argument (or input field) the generator cannot fill: extend ID_KINDS and the fixtures.
  const unfillable = callable.flatMap((p) => p.unknowns.map((u) => `${p.coordinate} ${u.path}: ${u.why}`));
  expect(unfillable).toEqual([]);
  // A new mutation naming no field-owned record is reviewed and listed in NO_RECORD_MUTATIONS.
  const noRecord = callable.filter((p) => p.operation === 'mutation' && p.records.length === 0).map((p) => p.field.name);
  expect(noRecord.sort()).toEqual([...NO_RECORD_MUTATIONS].sort());
  // Nested fields with required arguments are not walked yet: extend the walker.
  for (const p of walkPlans) walker.walkSelection(p.returnType.name, WALK_DEPTH);
  expect([...walker.unwalkable]).toEqual([]);
  const mutations = refusal.filter((c) => c.plan.operation === 'mutation').length;
  console.log(
    [
      `scope-generated: ${plans.length} operations in the schema, ${callable.length} callable by contractor staff, ${forbiddenPlans.length} not`,
      `  ${recordPlans.length} take field-owned records (${recordPlans.map((p) => p.field.name).join(', ')})`,
      `  → ${refusal.length} calls with ${FOREIGN} records (${mutations} mutations, ${refusal.length - mutations} queries): ${recordPlans.map((p) => `${p.field.name} ${refusal.filter((c) => c.plan === p).length}`).join(', ')}`,
      `  ${walkPlans.length} query roots walked ${WALK_DEPTH} levels deep over ${walker.typesSeen.size} types (${[...walker.typesSeen].sort().join(', ')})`,
      `  field-owned types: ${[...walker.typesSeen].filter((n) => walker.owner(n)).join(', ')}`,
    ].join('\n'),
  );
});

test('the generator fails on an ID argument it cannot fill (self-check on a made-up schema)', () => {
  const Widget = new GraphQLObjectType({ name: 'Widget', extensions: { access: ['public'] }, fields: { id: { type: GraphQLID }, name: { type: GraphQLString } } });
  const Query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      widget: { type: Widget, extensions: { access: ['public'] }, args: { widgetId: { type: new GraphQLNonNull(GraphQLID) } } },
      cohortWidget: { type: Widget, extensions: { access: ['public'] }, args: { cohortId: { type: new GraphQLNonNull(GraphQLID) } } },
    },
  });
  const made = operationPlans(new GraphQLSchema({ query: Query }), perms);
  expect(made.map((p) => [p.coordinate, p.unknowns.map((u) => u.why), p.records.map((r) => r.kind)])).toEqual([
    ['Query.widget', ['ID "widgetId" (returning Widget) is not in ID_KINDS'], []],
    ['Query.cohortWidget', [], ['cohort']],
  ]);
});

test('every call naming another field’s record is refused and changes nothing', async () => {
  const started = Date.now();
  const ownerOf = await ownerLookup();
  const failures: string[] = [];
  const conclusive = new Map<RecordSlot, number>();
  const outcomes: Record<string, number> = {};
  const invalid = new Set<string>();
  const db = await watchDatabase();
  for (const call of refusal) {
    const { plan } = call;
    const res = await t.gql(call.query, call.variables, { token: green });
    const errs = codes(res);
    const value = res.data?.[plan.field.name];
    // A refusal is an error on the operation itself. An error further down means the record was
    // found and a nested field failed instead (e.g. its cohort, scoped, is not found): that is a leak.
    const atRoot = (res.errors ?? []).every((e) => e.path?.length === 1 || (!e.path && e.extensions?.code === 'BAD_USER_INPUT'));
    let outcome: 'refused' | 'invalid' | 'clean' | 'leak';
    if (res.status >= 500 || !atRoot) outcome = 'leak';
    else if (errs.length) outcome = value != null ? 'leak' : errs.every((c) => REFUSED.has(c)) ? 'refused' : errs.every((c) => c === 'BAD_USER_INPUT') ? 'invalid' : 'leak';
    else if (plan.operation === 'query' && call.foreign.every((r) => r.kind === 'field'))
      // A filter naming another field may answer, with nothing of that field.
      outcome = walker.problems(plan.returnType.name, value, OWN, ownerOf, plan.field.name).length ? 'leak' : 'clean';
    else outcome = 'leak';
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    if (outcome === 'invalid') invalid.add(`${plan.coordinate}: ${fieldErrors(res).join(', ')}`);
    if (outcome === 'leak') failures.push(`${plan.coordinate}: not refused: ${shown(call, res)}`);
    const position = call.mode === 'single' || plan.records.length === 1 ? call.foreign[0] : null;
    if (position && (outcome === 'refused' || outcome === 'clean' || (outcome === 'invalid' && (await sameAsMissing(call, position, res))))) {
      conclusive.set(position, (conclusive.get(position) ?? 0) + 1);
    }
    if (plan.operation === 'mutation') {
      const changed = await db.changes();
      if (changed.length) failures.push(`${plan.coordinate}: changed the database: ${call.label}\n    ${changed.join('\n    ')}`);
    }
  }
  // Each position must have met the scope check at least once, not only input validation.
  for (const plan of recordPlans)
    for (const r of plan.records)
      if (!conclusive.get(r)) failures.push(`${plan.coordinate} ${r.path}: no call was refused by the scope check (if only BAD_USER_INPUT came back, fix SAMPLES)`);
  console.log(`refusal calls: ${refusal.length} in ${Date.now() - started} ms, outcomes ${JSON.stringify(outcomes)}; refused as invalid input:\n  ${[...invalid].join('\n  ')}`);
  timings.refusals = Date.now() - started;
  expect(failures).toEqual([]);
});

/** The variables with the record at `path` (e.g. entries[].enrollmentId) replaced. */
function withRecord(value: unknown, path: string[], id: string): unknown {
  if (!path.length) return id;
  const [step, ...rest] = path;
  const list = step.endsWith('[]');
  const key = list ? step.slice(0, -2) : step;
  const o = value as Record<string, unknown>;
  const inner = o[key];
  return { ...o, [key]: list ? (inner as unknown[]).map((v) => withRecord(v, rest, id)) : withRecord(inner, rest, id) };
}

/**
 * A record of another field named inside a batch the caller may work on (a student in the
 * entries of their own session) may be answered with a field error on that position rather
 * than NOT_FOUND, when a record that does not exist gets the very same answer: then the answer
 * tells nothing of the other field's record, and the position met its check.
 */
async function sameAsMissing(call: Call, position: RecordSlot, res: GqlResult): Promise<boolean> {
  const leaf = position.path.split('.').pop()!.replace('[]', '');
  const errorsOf = (r: GqlResult) => JSON.stringify((r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.messageKey, e.extensions?.fieldErrors]));
  const fields = fieldErrors(res).map((f) => f.replace(/\.\d+\./g, '[].'));
  if (!fields.length || !fields.every((f) => f === position.path || f === leaf)) return false;
  const missing = await t.gql(call.query, withRecord(call.variables, position.path.split('.'), MISSING_ID) as Record<string, unknown>, { token: green });
  return errorsOf(missing) === errorsOf(res);
}

/** Runs the walk of every query root as `token`, with `records` for the arguments; returns each response with its call. */
async function walkAll(token: string, records: Records): Promise<Array<{ call: Call; res: GqlResult }>> {
  const out: Array<{ call: Call; res: GqlResult }> = [];
  for (const plan of walkPlans) {
    const pieces = splitSelection(walker.walkSelection(plan.returnType.name, WALK_DEPTH), TOKEN_BUDGET);
    for (const piece of pieces) for (const call of ownCalls(plan, records, printSelection(piece))) out.push({ call, res: await t.gql(call.query, call.variables, { token }) });
  }
  return out;
}

test('every list and every nested path the contractor can reach holds only their field', async () => {
  const started = Date.now();
  const ownerOf = await ownerLookup();
  const failures: string[] = [];
  const seenOwned = new Map<string, number>();
  let objects = 0;
  let tolerated = 0;
  let longest = 0;
  const responses = await walkAll(green, own);
  for (const { call, res } of responses) {
    const root = call.plan.operation === 'query' ? 'Query' : 'Mutation';
    // Fields the contractor reads only as SELF are refused on other people's records: the guard, not the scope.
    const errors = (res.errors ?? []).filter((e) => !(e.extensions?.code === 'FORBIDDEN' && e.path && walker.selfOnly.has(coordinateAt(schema, root, e.path))));
    tolerated += (res.errors?.length ?? 0) - errors.length;
    longest = Math.max(longest, call.query.length);
    if (errors.length || res.status !== 200) failures.push(`${call.label}: errors ${JSON.stringify(errors)} (${res.status})\n    ${call.query}`);
    const counter = { objects: 0 };
    failures.push(...walker.problems(call.plan.returnType.name, res.data?.[call.plan.field.name], OWN, ownerOf, call.plan.field.name, counter).map((p) => `${call.label}: ${p}`));
    objects += counter.objects;
    const value = res.data?.[call.plan.field.name];
    const top = (Array.isArray(value) ? value : value ? [value] : []).length;
    seenOwned.set(call.plan.coordinate, (seenOwned.get(call.plan.coordinate) ?? 0) + top);
  }
  // Not vacuous: every root that returns field-owned records returns some of the contractor's own.
  for (const plan of walkPlans) if (walker.owner(plan.returnType.name) && !seenOwned.get(plan.coordinate)) failures.push(`${plan.coordinate}: returned nothing to check`);
  console.log(
    `walk: ${responses.length} queries (longest ${longest} characters), ${objects} objects checked in ${Date.now() - started} ms; ` +
      `${tolerated} FORBIDDEN on fields read only as SELF (${[...walker.selfOnly].join(', ')})`,
  );
  timings.walk = Date.now() - started;
  expect(failures).toEqual([]);
});

test('control: ward staff reach the other field’s records on the same calls and paths', async () => {
  const ownerOf = await ownerLookup();
  const failures: string[] = [];
  // The records the refusal calls name exist and are visible to the ward.
  for (const plan of recordPlans.filter((p) => p.operation === 'query')) {
    for (const call of ownCalls(plan, foreign, selectionFor(plan))) {
      const res = await t.gql(call.query, call.variables, { token: ward });
      if (res.errors) failures.push(`${call.label}: ${JSON.stringify(res.errors)}`);
    }
  }
  // The same walk, as the ward with the other field's records, is caught by the checker.
  const flagged = new Set<string>();
  for (const { call, res } of await walkAll(ward, foreign)) {
    if (res.errors) failures.push(`${call.label}: ${JSON.stringify(res.errors)}`);
    if (walker.problems(call.plan.returnType.name, res.data?.[call.plan.field.name], OWN, ownerOf, call.plan.field.name).length) flagged.add(call.plan.coordinate);
  }
  const owned = walkPlans.filter((p) => walker.owner(p.returnType.name)).map((p) => p.coordinate);
  expect(owned.filter((c) => !flagged.has(c))).toEqual([]);
  expect(failures).toEqual([]);
});

test('operations the contractor may not call are refused, whatever they name', async () => {
  const failures: string[] = [];
  const db = await watchDatabase();
  let calls = 0;
  for (const plan of forbiddenPlans) {
    for (const call of refusalCalls(plan, own, foreign, selectionFor(plan)).slice(0, 3)) {
      calls++;
      const res = await t.gql(call.query, call.variables, { token: green });
      if (codes(res).join() !== 'FORBIDDEN') failures.push(`${plan.coordinate}: ${shown(call, res)}`);
    }
    if (plan.records.length === 0) {
      calls++;
      const call = ownCalls(plan, own, selectionFor(plan))[0];
      const res = await t.gql(call.query, call.variables, { token: green });
      if (codes(res).join() !== 'FORBIDDEN') failures.push(`${plan.coordinate}: ${shown(call, res)}`);
    }
    if (plan.operation === 'mutation') failures.push(...(await db.changes()).map((d) => `${plan.coordinate}: changed the database: ${d}`));
  }
  console.log(`not callable: ${forbiddenPlans.length} operations, ${calls} calls`);
  expect(failures).toEqual([]);
});
