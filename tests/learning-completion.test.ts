import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, fieldErrors, messageKeys, ok, respond, staffCall, type Member } from './helpers/intake';
import { Attendance, ClassSession, ClassSessionKind, Completion } from '../server/src/modules/learning';
import { Application, Enrollment } from '../server/src/modules/intake';
import { Cohort } from '../server/src/modules/catalog';
import { AuditEntry } from '../server/src/modules/audit';

/**
 * Completion rules (versioned, the course's own minimum rate as version 0), the completion run (preview, then once), overrides
 * with a reason and an audit entry, withdrawal (退学) by the student and by staff, alumni
 * (Account.completions, myCompletions), and contractor scope on every operation.
 *
 * Class sessions and attendance rows are written directly through the data source: the schedule
 * part's API is built alongside this one, and these tests are about what completion makes of them.
 */
const DAY = 24 * 3600_000;
let t: TestServer;
let staff: string;
let green: string;

const tokyoDate = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);

interface Enrolled {
  cohortId: string;
  members: Member[];
  applications: { id: string }[];
  enrollments: Enrollment[];
}

async function enrolledCohort(courseId: string, n: number, year: number, given?: Member[]): Promise<Enrolled> {
  const members = given ?? (await fastMembers(t, n));
  const cohortId = await createCohort(t, courseId, { academicYear: year, capacity: n, selectionMethod: 'REVIEW' });
  const applications = [];
  for (const m of members) applications.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  for (let i = 0; i < n; i++) expect((await respond(t, members[i].token, applications[i].id, true)).errors).toBeUndefined();
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ?, status = ? WHERE id = ?', [
    tokyoDate(Date.now() - 90 * DAY),
    tokyoDate(Date.now() + 30 * DAY),
    'running',
    Number(cohortId),
  ]);
  const rows = await t.app.dataSource.getRepository(Enrollment).findBy({ cohortId: Number(cohortId) });
  return { cohortId, members, applications, enrollments: members.map((m) => rows.find((e) => e.accountId === m.id)!) };
}

async function addSessions(cohortId: string, days: number[], required: number[] = []): Promise<number[]> {
  const repo = t.app.dataSource.getRepository(ClassSession);
  const now = new Date();
  const ids: number[] = [];
  for (const [i, day] of days.entries()) {
    const startsAt = new Date(Date.now() + day * DAY);
    const res = await repo.insert({
      cohortId: Number(cohortId),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      title: `第${i + 1}回`,
      venue: '練馬区役所',
      kind: ClassSessionKind.LECTURE,
      countsTowardCompletion: true,
      requiredForCompletion: required.includes(i),
      cancelledAt: null,
      cancelReason: null,
      createdAt: now,
      updatedAt: now,
    });
    ids.push(res.identifiers[0].id);
  }
  return ids;
}

/** Marks the student at each session: 'P' present, 'A' absent, '-' nothing recorded. */
async function marks(sessionIds: number[], e: Enrollment, pattern: string): Promise<void> {
  const now = new Date();
  const rows = [...pattern].flatMap((ch, i) =>
    ch === '-'
      ? []
      : [
          {
            classSessionId: sessionIds[i],
            enrollmentId: e.id,
            accountId: e.accountId,
            statusCode: ch === 'P' ? 'present' : 'absent',
            source: 'entry',
            recordedBy: null,
            createdAt: now,
            updatedAt: now,
          },
        ],
  );
  if (rows.length) await t.app.dataSource.getRepository(Attendance).insert(rows);
}

const RULE = `query($c: ID!) { completionRule(courseId: $c) { courseId version minRatePercent requireMarkedSessions maxAbsences createdAt } }`;
const SET_RULE = `mutation($i: CompletionRuleInput!) { setCompletionRule(input: $i) { courseId version minRatePercent requireMarkedSessions maxAbsences createdBy } }`;
const PREVIEW = `query($c: ID!) { previewCompletion(cohortId: $c) { rule { version minRatePercent maxAbsences } completed notCompleted withdrawn alreadyRun students { enrollment { id } outcome reasons attended planned absences requiredMissed rate } } }`;
const RUN = `mutation($c: ID!) { runCompletion(cohortId: $c) { completed notCompleted withdrawn completions { enrollmentId outcome ruleVersion attended planned overridden completedOn } } }`;
const OVERRIDE = `mutation($e: ID!, $o: CompletionOutcome!, $r: String) { overrideCompletion(enrollmentId: $e, outcome: $o, reason: $r) { enrollmentId outcome overridden overrideReason } }`;
const STAFF_WITHDRAW = `mutation($e: ID!, $r: WithdrawalReason!, $x: String) { recordWithdrawal(enrollmentId: $e, reason: $r, text: $x) { id withdrawnAt withdrawalReason withdrawalText } }`;
const SELF_WITHDRAW = `mutation($a: ID!, $r: WithdrawalReason, $x: String) { withdrawEnrollment(applicationId: $a, reason: $r, text: $x) { id status enrollment { withdrawnAt withdrawalReason withdrawalText } } }`;

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  green = await t.tokenFor('greenery');
});
afterAll(() => t.close());

describe('the completion run of a disaster-prevention cohort', () => {
  let c: Enrolled;
  let ids: number[];
  // A: all attended. B: 7 of 10 (under 75%). C: 9 of 10 but missed the required last session.
  // D: withdrawn by staff. E: withdrew on my page. F: 8 of 10, above 75%, but 2 absences over the maximum of 1.
  const [A, B, C, D, E, F] = [0, 1, 2, 3, 4, 5];

  beforeAll(async () => {
    c = await enrolledCohort(COURSE.DISASTER, 6, 2031);
    ids = await addSessions(c.cohortId, [-80, -70, -60, -50, -40, -30, -20, -10, -5, -2], [9]);
    await marks(ids, c.enrollments[A], 'PPPPPPPPPP');
    await marks(ids, c.enrollments[B], 'PPPAPPAPA-');
    await marks(ids, c.enrollments[C], 'PPPPPPPPPA');
    await marks(ids, c.enrollments[D], 'PPPP');
    await marks(ids, c.enrollments[E], 'PPPP');
    await marks(ids, c.enrollments[F], 'PPAPPPAPPP');
  });

  test('a course without a rule follows its own minimum rate (version 0); each change adds a version', async () => {
    // Version 0 is the rate the course was created with (Course.minAttendanceRate).
    await t.app.dataSource.query('UPDATE course SET minAttendanceRate = ? WHERE id = ?', [75, Number(COURSE.DISASTER)]);
    expect((await ok(t, RULE, { c: COURSE.DISASTER }, staff)).completionRule).toEqual({
      courseId: COURSE.DISASTER,
      version: 0,
      minRatePercent: 75,
      requireMarkedSessions: true,
      maxAbsences: null,
      createdAt: null,
    });
    const bad = await t.gql(SET_RULE, { i: { courseId: COURSE.DISASTER, minRatePercent: 120, requireMarkedSessions: true } }, { token: staff });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const first = (await ok(t, SET_RULE, { i: { courseId: COURSE.DISASTER, minRatePercent: 60, requireMarkedSessions: false } }, staff)).setCompletionRule;
    expect(first).toMatchObject({ version: 1, minRatePercent: 60, requireMarkedSessions: false, maxAbsences: null });
    const second = (await ok(t, SET_RULE, { i: { courseId: COURSE.DISASTER, minRatePercent: 75, requireMarkedSessions: true, maxAbsences: 1 } }, staff)).setCompletionRule;
    expect(second).toMatchObject({ version: 2, minRatePercent: 75, requireMarkedSessions: true, maxAbsences: 1 });
    expect((await ok(t, RULE, { c: COURSE.DISASTER }, staff)).completionRule).toMatchObject({ version: 2, maxAbsences: 1 });
    // Members do not manage rules.
    expect(errorCodes(await t.gql(RULE, { c: COURSE.DISASTER }, { token: c.members[A].token }))).toEqual(['FORBIDDEN']);
  });

  test('withdrawal (退学) after the start: by staff and by the student, with a reason category; the date is recorded', async () => {
    const byStaff = (await ok(t, STAFF_WITHDRAW, { e: String(c.enrollments[D].id), r: 'HEALTH', x: ' 体調不良のため ' }, staff)).recordWithdrawal;
    expect(byStaff).toMatchObject({ withdrawalReason: 'HEALTH', withdrawalText: '体調不良のため' });
    expect(byStaff.withdrawnAt).toBeTruthy();
    expect(messageKeys(await t.gql(STAFF_WITHDRAW, { e: String(c.enrollments[D].id), r: 'OTHER' }, { token: staff }))).toEqual(['withdrawal.already']);
    // On my page: after the start a reason category is needed (as before, the plain call is refused).
    const bare = await t.gql(SELF_WITHDRAW, { a: c.applications[E].id }, { token: c.members[E].token });
    expect(messageKeys(bare)).toEqual(['enrollment.started']);
    const self = (await ok(t, SELF_WITHDRAW, { a: c.applications[E].id, r: 'MOVED_AWAY', x: '転居' }, c.members[E].token)).withdrawEnrollment;
    // The application stays as it was; the enrollment carries the withdrawal.
    expect(self).toMatchObject({ status: 'ENROLLED', enrollment: { withdrawalReason: 'MOVED_AWAY', withdrawalText: '転居' } });
    expect(self.enrollment.withdrawnAt).toBeTruthy();
    const row = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ id: c.enrollments[E].id });
    expect(row.withdrawnBy).toBe(c.members[E].id);
    expect((await t.app.dataSource.getRepository(Application).findOneByOrFail({ id: Number(c.applications[E].id) })).status).toBe('enrolled');
    // Members cannot record someone's withdrawal.
    expect(errorCodes(await t.gql(STAFF_WITHDRAW, { e: String(c.enrollments[A].id), r: 'OTHER' }, { token: c.members[A].token }))).toEqual(['FORBIDDEN']);
  });

  test('the run waits for the end of the cohort', async () => {
    expect(messageKeys(await t.gql(RUN, { c: c.cohortId }, { token: staff }))).toEqual(['completion.notEnded']);
    expect(await t.app.dataSource.getRepository(Completion).countBy({ cohortId: Number(c.cohortId) })).toBe(0);
  });

  test('the preview: who completes, who does not and why, with figures; withdrawn students are counted apart', async () => {
    const p = (await ok(t, PREVIEW, { c: c.cohortId }, staff)).previewCompletion;
    expect(p).toMatchObject({ rule: { version: 2, minRatePercent: 75, maxAbsences: 1 }, completed: 1, notCompleted: 3, withdrawn: 2, alreadyRun: false });
    const by = (i: number) => p.students.find((s: any) => s.enrollment.id === String(c.enrollments[i].id));
    expect(p.students).toHaveLength(4);
    expect(by(D)).toBeUndefined();
    expect(by(E)).toBeUndefined();
    expect(by(A)).toMatchObject({ outcome: 'COMPLETED', reasons: [], attended: 10, planned: 10, rate: 100 });
    expect(by(B)).toMatchObject({
      outcome: 'NOT_COMPLETED',
      reasons: ['completion.rateTooLow', 'completion.requiredMissed', 'completion.tooManyAbsences'],
      attended: 6,
      absences: 3,
      rate: 60,
    });
    expect(by(C)).toMatchObject({ outcome: 'NOT_COMPLETED', reasons: ['completion.requiredMissed'], attended: 9, requiredMissed: 1, rate: 90 });
    expect(by(F)).toMatchObject({ outcome: 'NOT_COMPLETED', reasons: ['completion.tooManyAbsences'], attended: 8, absences: 2, rate: 80 });
    // The preview writes nothing.
    expect(await t.app.dataSource.getRepository(Completion).countBy({ cohortId: Number(c.cohortId) })).toBe(0);
  });

  test('the run writes one decision per student with the rule version and figures, finishes the cohort, and runs once', async () => {
    await t.app.dataSource.query('UPDATE cohort SET endsOn = ? WHERE id = ?', [tokyoDate(Date.now() - DAY), Number(c.cohortId)]);
    const run = (await ok(t, RUN, { c: c.cohortId }, staff)).runCompletion;
    expect(run).toMatchObject({ completed: 1, notCompleted: 3, withdrawn: 2 });
    const by = (i: number) => run.completions.find((x: any) => x.enrollmentId === String(c.enrollments[i].id));
    expect(run.completions).toHaveLength(4);
    expect(by(A)).toMatchObject({ outcome: 'COMPLETED', ruleVersion: 2, attended: 10, planned: 10, overridden: false, completedOn: tokyoDate(Date.now() - DAY) });
    expect(by(F)).toMatchObject({ outcome: 'NOT_COMPLETED', attended: 8, planned: 10 });
    expect(by(D)).toBeUndefined();
    expect((await t.app.dataSource.getRepository(Cohort).findOneByOrFail({ id: Number(c.cohortId) })).status).toBe('finished');
    // The completed student's certificate is issued in the same run; nobody else gets one.
    const certs: { enrollmentId: number }[] = await t.app.dataSource.query('SELECT enrollmentId FROM certificate WHERE cohortId = ?', [Number(c.cohortId)]);
    expect(certs.map((x) => Number(x.enrollmentId))).toEqual([c.enrollments[A].id]);
    // A second run changes nothing.
    expect(messageKeys(await t.gql(RUN, { c: c.cohortId }, { token: staff }))).toEqual(['completion.alreadyRun']);
    expect(await t.app.dataSource.getRepository(Completion).countBy({ cohortId: Number(c.cohortId) })).toBe(4);
    expect((await ok(t, PREVIEW, { c: c.cohortId }, staff)).previewCompletion.alreadyRun).toBe(true);
    // After the end, withdrawals are no longer recorded.
    expect(errorCodes(await t.gql(STAFF_WITHDRAW, { e: String(c.enrollments[B].id), r: 'WORK' }, { token: staff }))).toEqual(['CONFLICT']);
  });

  test('an override needs a reason, and is audited', async () => {
    const target = String(c.enrollments[C].id);
    for (const reason of [null, '', '   ']) {
      const res = await t.gql(OVERRIDE, { e: target, o: 'COMPLETED', r: reason }, { token: staff });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(res)).toEqual(['reason']);
      expect(res.errors![0].extensions.fieldErrors[0].messageKey).toBe('validation.reason');
    }
    expect((await t.app.dataSource.getRepository(Completion).findOneByOrFail({ enrollmentId: Number(target) })).overridden).toBe(false);
    const ip = '192.0.2.61';
    const done = (await t.gql(OVERRIDE, { e: target, o: 'COMPLETED', r: '最終回は災害派遣のため欠席（事前届出あり）' }, { token: staff, ip })).data!.overrideCompletion;
    expect(done).toEqual({ enrollmentId: target, outcome: 'COMPLETED', overridden: true, overrideReason: '最終回は災害派遣のため欠席（事前届出あり）' });
    await t.settle();
    const audit = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'completion.override', ip } });
    expect(audit).toHaveLength(1);
    expect(audit[0].outcome).toBe('success');
    expect(audit[0].targetType).toBe('Completion');
    // Completed by the override: the certificate follows.
    const certs: { enrollmentId: number }[] = await t.app.dataSource.query('SELECT enrollmentId FROM certificate WHERE cohortId = ? ORDER BY enrollmentId', [Number(c.cohortId)]);
    expect(certs.map((x) => Number(x.enrollmentId)).sort((a, b) => a - b)).toEqual([c.enrollments[A].id, c.enrollments[C].id].sort((a, b) => a - b));
    expect(errorCodes(await t.gql(OVERRIDE, { e: String(c.enrollments[D].id), o: 'COMPLETED', r: '理由' }, { token: staff }))).toEqual(['NOT_FOUND']);
  });

  test('an override to not completed revokes the certificate; back to completed makes it valid again as a new copy', async () => {
    const target = c.enrollments[C].id;
    const VERIFY = `query($n: String!, $k: String!) { verifyCertificate(number: $n, check: $k) { status revokedOn } }`;
    const cert = async () => (await t.app.dataSource.query('SELECT id, number, checkCode, revokedAt, revokeReason FROM certificate WHERE enrollmentId = ?', [target]))[0];
    const before = await cert();
    expect(before.revokedAt).toBeNull();
    await ok(t, OVERRIDE, { e: String(target), o: 'NOT_COMPLETED', r: '出席記録の誤りが判明' }, staff);
    const revoked = await cert();
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.revokeReason).toBe('修了判定の変更: 出席記録の誤りが判明');
    expect((await t.gql(VERIFY, { n: before.number, k: before.checkCode })).data!.verifyCertificate.status).toBe('REVOKED');
    await ok(t, OVERRIDE, { e: String(target), o: 'COMPLETED', r: '誤りの訂正' }, staff);
    const again = await cert();
    expect(again.number).toBe(before.number);
    expect(again.revokedAt).toBeNull();
    expect((await t.gql(VERIFY, { n: before.number, k: before.checkCode })).data!.verifyCertificate).toEqual({ status: 'VALID', revokedOn: null });
    const copies: { reason: string; supersededAt: Date | null }[] = await t.app.dataSource.query(
      'SELECT reason, supersededAt FROM certificate_issue WHERE certificateId = ? ORDER BY id',
      [before.id],
    );
    expect(copies.map((x) => [x.reason, x.supersededAt === null])).toEqual([
      ['first', false],
      ['reinstated', true],
    ]);
  });

  test('completed students are alumni: myCompletions and Account.completions for themselves and staff', async () => {
    const mine = (await ok(t, `{ myCompletions { outcome cohortId cohort { academicYear courseId } } }`, {}, c.members[A].token)).myCompletions;
    expect(mine).toEqual([{ outcome: 'COMPLETED', cohortId: c.cohortId, cohort: { academicYear: 2031, courseId: COURSE.DISASTER } }]);
    expect((await ok(t, `{ me { completions { outcome } } }`, {}, c.members[A].token)).me.completions).toEqual([{ outcome: 'COMPLETED' }]);
    expect((await ok(t, `{ myCompletions { outcome } }`, {}, c.members[D].token)).myCompletions).toEqual([]);
    const q = `query($id: ID!) { member(id: $id) { completions { outcome overridden } } }`;
    expect((await ok(t, q, { id: String(c.members[F].id) }, staff)).member.completions).toEqual([{ outcome: 'NOT_COMPLETED', overridden: false }]);
  });

  test('contractor staff of another field get NOT_FOUND on every operation', async () => {
    const e = String(c.enrollments[B].id);
    const calls: [string, Record<string, unknown>][] = [
      [RULE, { c: COURSE.DISASTER }],
      [SET_RULE, { i: { courseId: COURSE.DISASTER, minRatePercent: 10, requireMarkedSessions: false } }],
      [`query($c: ID!) { cohortProgress(cohortId: $c) { state } }`, { c: c.cohortId }],
      [`query($c: ID!) { atRiskStudents(cohortId: $c) { state } }`, { c: c.cohortId }],
      [PREVIEW, { c: c.cohortId }],
      [RUN, { c: c.cohortId }],
      [OVERRIDE, { e, o: 'COMPLETED', r: '理由' }],
      [STAFF_WITHDRAW, { e, r: 'OTHER' }],
    ];
    for (const [query, variables] of calls) expect([query.slice(0, 40), errorCodes(await t.gql(query, variables, { token: green }))]).toEqual([query.slice(0, 40), ['NOT_FOUND']]);
    expect((await t.app.dataSource.getRepository(Completion).findOneByOrFail({ enrollmentId: Number(e) })).overridden).toBe(false);
    expect((await ok(t, RULE, { c: COURSE.DISASTER }, staff)).completionRule.version).toBe(2);
  });
});

describe('races', () => {
  test('parallel completion runs decide once: one run succeeds, the others are refused, one row per student', async () => {
    const c = await enrolledCohort(COURSE.AGRICULTURE, 3, 2034);
    const ids = await addSessions(c.cohortId, [-30, -20, -10]);
    for (const e of c.enrollments) await marks(ids, e, 'PPP');
    await t.app.dataSource.query('UPDATE cohort SET endsOn = ? WHERE id = ?', [tokyoDate(Date.now() - DAY), Number(c.cohortId)]);
    const results = await Promise.all(Array.from({ length: 4 }, () => t.gql(RUN, { c: c.cohortId }, { token: staff })));
    expect(results.filter((r) => !r.errors).map((r) => r.data.runCompletion.completed)).toEqual([3]);
    expect(results.filter((r) => r.errors).map((r) => messageKeys(r))).toEqual([['completion.alreadyRun'], ['completion.alreadyRun'], ['completion.alreadyRun']]);
    expect(await t.app.dataSource.getRepository(Completion).countBy({ cohortId: Number(c.cohortId) })).toBe(3);
  });

  test('a withdrawal text over 300 characters is refused as input', async () => {
    const c = await enrolledCohort(COURSE.AGRICULTURE, 1, 2035);
    const res = await t.gql(STAFF_WITHDRAW, { e: String(c.enrollments[0].id), r: 'OTHER', x: 'あ'.repeat(301) }, { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res)).toEqual(['text']);
    expect((await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ id: c.enrollments[0].id })).withdrawnAt).toBeNull();
  });
});

describe('the contractor in their own field', () => {
  test('greenery staff run their own field: a rule, progress, withdrawal; their members’ completions only', async () => {
    const c = await enrolledCohort(COURSE.GREENERY, 2, 2032);
    const ids = await addSessions(c.cohortId, [-20, -10]);
    await marks(ids, c.enrollments[0], 'PP');
    expect((await ok(t, RULE, { c: COURSE.GREENERY }, green)).completionRule).toMatchObject({ version: 0, minRatePercent: 80 });
    expect((await ok(t, `query($c: ID!) { cohortProgress(cohortId: $c) { state attended } }`, { c: c.cohortId }, green)).cohortProgress).toHaveLength(2);
    expect((await ok(t, STAFF_WITHDRAW, { e: String(c.enrollments[1].id), r: 'FAMILY' }, green)).recordWithdrawal.withdrawalReason).toBe('FAMILY');
    await t.app.dataSource.query('UPDATE cohort SET endsOn = ? WHERE id = ?', [tokyoDate(Date.now() - DAY), Number(c.cohortId)]);
    expect((await ok(t, RUN, { c: c.cohortId }, green)).runCompletion).toMatchObject({ completed: 1, notCompleted: 0, withdrawn: 1 });
    // The same member also studied recycling: greenery staff see only the greenery decision, ward staff both.
    const other = await enrolledCohort(COURSE.RECYCLING, 1, 2033, [c.members[0]]);
    await t.app.dataSource.query('UPDATE cohort SET endsOn = ? WHERE id = ?', [tokyoDate(Date.now() - DAY), Number(other.cohortId)]);
    expect((await ok(t, RUN, { c: other.cohortId }, staff)).runCompletion).toMatchObject({ completed: 0, notCompleted: 1 });
    const q = `query($id: ID!) { member(id: $id) { completions { cohortId outcome } } }`;
    const id = String(c.members[0].id);
    expect((await ok(t, q, { id }, green)).member.completions).toEqual([{ cohortId: c.cohortId, outcome: 'COMPLETED' }]);
    expect(((await ok(t, q, { id }, staff)).member.completions as any[]).map((x) => x.cohortId).sort()).toEqual([c.cohortId, other.cohortId].sort());
    expect((await ok(t, `{ myCompletions { cohortId } }`, {}, c.members[0].token)).myCompletions).toHaveLength(2);
  });
});
