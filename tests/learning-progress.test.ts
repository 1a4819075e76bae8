import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, ok, respond, staffCall, type Member } from './helpers/intake';
import { onMysql } from './helpers/races';
import { Attendance, AttendanceStatus, ClassSession, ClassSessionKind } from '../server/src/modules/learning';
import { computeProgress, ProgressState, stateOf, type SessionFacts } from '../server/src/modules/learning/progress';
import { defaultRule } from '../server/src/modules/learning/completion-rule.defaults';
import { Enrollment } from '../server/src/modules/intake';
import { MailOutbox, Notice } from '../server/src/modules/notices';

/**
 * Live progress (progress.ts over HTTP): the honest rate over ALL planned sessions, cancelled and
 * non-counting sessions left out, the excused status, the state flipping at the right session, the
 * at-risk notices exactly once, and the statement count of cohortProgress.
 *
 * Class sessions and attendance rows are written directly through the data source: the schedule
 * part's API is built alongside this one, and these tests are about what progress makes of the rows.
 */
const DAY = 24 * 3600_000;
let t: TestServer;
let staff: string;

interface Enrolled {
  cohortId: string;
  courseId: number;
  members: Member[];
  applications: { id: string }[];
  enrollments: Enrollment[];
}

const tokyoDate = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);

/** n students enrolled the way a real cohort gets them (review, run, announce, accept), then the course is running. */
async function enrolledCohort(courseId: string, n: number, year: number): Promise<Enrolled> {
  const members = await fastMembers(t, n);
  const cohortId = await createCohort(t, courseId, { academicYear: year, capacity: n, selectionMethod: 'REVIEW' });
  const applications = [];
  for (const m of members) applications.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  for (let i = 0; i < n; i++) expect((await respond(t, members[i].token, applications[i].id, true)).errors).toBeUndefined();
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ?, status = ? WHERE id = ?', [
    tokyoDate(Date.now() - 90 * DAY),
    tokyoDate(Date.now() + 90 * DAY),
    'running',
    Number(cohortId),
  ]);
  const rows = await t.app.dataSource.getRepository(Enrollment).findBy({ cohortId: Number(cohortId) });
  const enrollments = members.map((m) => rows.find((e) => e.accountId === m.id)!);
  return { cohortId, courseId: Number(courseId), members, applications, enrollments };
}

interface SessionSpec {
  day: number;
  cancelled?: boolean;
  counts?: boolean;
  required?: boolean;
}

async function addSessions(cohortId: string, specs: SessionSpec[]): Promise<number[]> {
  const repo = t.app.dataSource.getRepository(ClassSession);
  const ids: number[] = [];
  const now = new Date();
  for (const [i, s] of specs.entries()) {
    const startsAt = new Date(Date.now() + s.day * DAY);
    const res = await repo.insert({
      cohortId: Number(cohortId),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      title: `第${i + 1}回`,
      venue: '練馬区役所',
      kind: ClassSessionKind.LECTURE,
      countsTowardCompletion: s.counts ?? true,
      requiredForCompletion: s.required ?? false,
      cancelledAt: s.cancelled ? now : null,
      cancelReason: s.cancelled ? '講師の都合' : null,
      createdAt: now,
      updatedAt: now,
    });
    ids.push(res.identifiers[0].id);
  }
  return ids;
}

async function mark(sessionId: number, e: Enrollment, statusCode: string): Promise<void> {
  const repo = t.app.dataSource.getRepository(Attendance);
  const now = new Date();
  const existing = await repo.findOneBy({ classSessionId: sessionId, enrollmentId: e.id });
  if (existing) await repo.update({ id: existing.id }, { statusCode, updatedAt: now });
  else await repo.insert({ classSessionId: sessionId, enrollmentId: e.id, accountId: e.accountId, statusCode, source: 'entry', recordedBy: null, createdAt: now, updatedAt: now });
}

const FIGURES = 'state achievable planned attended past future absences requiredMissed rateSoFar bestReachableRate minRatePercent ruleVersion';
const PROGRESS = `query($c: ID!) { cohortProgress(cohortId: $c) { ${FIGURES} enrollment { id studentNumber } } }`;
const AT_RISK = `query($c: ID!) { atRiskStudents(cohortId: $c) { state enrollment { id } } }`;
const MINE = `query($c: ID!) { myProgress(cohortId: $c) { ${FIGURES} } }`;

async function progressOf(cohortId: string, e: Enrollment): Promise<any> {
  const rows = (await ok(t, PROGRESS, { c: cohortId }, staff)).cohortProgress as any[];
  return rows.find((r) => r.enrollment.id === String(e.id));
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
});
afterAll(() => t.close());

describe('progress.ts (pure)', () => {
  const at = (day: number): SessionFacts => ({
    id: day + 100,
    endsAt: new Date(Date.UTC(2030, 5, 1) + day * DAY),
    countsTowardCompletion: true,
    requiredForCompletion: false,
    cancelledAt: null,
  });
  const now = new Date(Date.UTC(2030, 5, 1));
  const ten = Array.from({ length: 10 }, (_, i) => at(i < 5 ? -10 + i : 1 + i));
  const attendedIs = (code: string) => code === 'present';

  test('5 of 5 so far of 10 planned is 50%, with 100% reachable', () => {
    const p = computeProgress(ten, (id) => (id < 100 ? 'present' : undefined), attendedIs, defaultRule({ minAttendanceRate: 80 }), now);
    expect(p).toMatchObject({ planned: 10, attended: 5, past: 5, future: 5, rateSoFar: 50, bestReachable: 100, state: ProgressState.ON_TRACK });
  });

  test('at 80%: two misses of ten is AT_RISK, three is NOT_ACHIEVABLE; a withdrawn student has no state', () => {
    const rule = defaultRule({ minAttendanceRate: 80 });
    expect(stateOf({ planned: 10, missed: 1, open: 9, absences: 1, requiredMissed: 0 }, rule)).toBe(ProgressState.ON_TRACK);
    expect(stateOf({ planned: 10, missed: 2, open: 8, absences: 2, requiredMissed: 0 }, rule)).toBe(ProgressState.AT_RISK);
    expect(stateOf({ planned: 10, missed: 3, open: 7, absences: 3, requiredMissed: 0 }, rule)).toBe(ProgressState.NOT_ACHIEVABLE);
    // Nothing left to miss: achieved, not at risk.
    expect(stateOf({ planned: 10, missed: 2, open: 0, absences: 2, requiredMissed: 0 }, rule)).toBe(ProgressState.ON_TRACK);
    expect(stateOf({ planned: 10, missed: 0, open: 10, absences: 0, requiredMissed: 1 }, rule)).toBe(ProgressState.NOT_ACHIEVABLE);
    expect(stateOf({ planned: 10, missed: 1, open: 9, absences: 1, requiredMissed: 0 }, { ...rule, maxAbsences: 2 })).toBe(ProgressState.ON_TRACK);
    expect(stateOf({ planned: 10, missed: 2, open: 8, absences: 2, requiredMissed: 0 }, { ...rule, minRatePercent: 50, maxAbsences: 2 })).toBe(ProgressState.AT_RISK);
    expect(computeProgress(ten, () => 'absent', attendedIs, rule, now, true).state).toBe(ProgressState.WITHDRAWN);
  });

  test('version 0 takes the course’s own minimum rate, honours required sessions and has no limit on absences', () => {
    expect(defaultRule({ minAttendanceRate: 75 })).toEqual({ version: 0, minRatePercent: 75, requireMarkedSessions: true, maxAbsences: null });
    expect(defaultRule({ minAttendanceRate: 60 }).minRatePercent).toBe(60);
  });
});

describe('over HTTP', () => {
  let c: Enrolled;
  let counting: number[];
  let cancelled: number;
  let notCounting: number;

  beforeAll(async () => {
    c = await enrolledCohort(COURSE.WELFARE, 6, 2031);
    // Five counting sessions past, five to come; one cancelled and one that does not count, both past.
    counting = await addSessions(
      c.cohortId,
      [-50, -40, -30, -20, -10, 10, 20, 30, 40, 50].map((day) => ({ day })),
    );
    [cancelled, notCounting] = await addSessions(c.cohortId, [
      { day: -45, cancelled: true },
      { day: -35, counts: false },
    ]);
  });

  test('the rate is over all planned sessions: 5 of 5 so far of 10 planned is 50%, with 100% reachable; cancelled and non-counting sessions are left out', async () => {
    const s = c.enrollments[0];
    for (const id of [...counting.slice(0, 5), cancelled, notCounting]) await mark(id, s, 'present');
    expect(await progressOf(c.cohortId, s)).toMatchObject({
      state: 'ON_TRACK',
      achievable: true,
      planned: 10,
      attended: 5,
      past: 5,
      future: 5,
      absences: 0,
      rateSoFar: 50,
      bestReachableRate: 100,
      minRatePercent: 80,
      ruleVersion: 0,
    });
    // The member sees the same figures on my page; nobody else's.
    const mine = (await ok(t, MINE, { c: c.cohortId }, c.members[0].token)).myProgress;
    expect(mine).toMatchObject({ planned: 10, attended: 5, rateSoFar: 50, bestReachableRate: 100, state: 'ON_TRACK' });
    const [stranger] = await fastMembers(t, 1);
    expect(errorCodes(await t.gql(MINE, { c: c.cohortId }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
    // Members cannot read the cohort's list.
    expect(errorCodes(await t.gql(PROGRESS, { c: c.cohortId }, { token: c.members[0].token }))).toEqual(['FORBIDDEN']);
  });

  test('cancelling a session takes it out of the denominator', async () => {
    const s = c.enrollments[0];
    await t.app.dataSource.getRepository(ClassSession).update({ id: counting[9] }, { cancelledAt: new Date(), cancelReason: '荒天' });
    expect(await progressOf(c.cohortId, s)).toMatchObject({ planned: 9, attended: 5, rateSoFar: 55.6, future: 4 });
    await t.app.dataSource.getRepository(ClassSession).update({ id: counting[9] }, { cancelledAt: null, cancelReason: null });
    expect(await progressOf(c.cohortId, s)).toMatchObject({ planned: 10, rateSoFar: 50 });
  });

  test('an excused absence does not count as attended by default; a course can make it count', async () => {
    const s = c.enrollments[1];
    await mark(counting[0], s, 'excused');
    for (const id of counting.slice(1, 5)) await mark(id, s, 'present');
    expect(await progressOf(c.cohortId, s)).toMatchObject({ attended: 4, absences: 1, rateSoFar: 40, bestReachableRate: 90 });
    const statuses = t.app.dataSource.getRepository(AttendanceStatus);
    await statuses.insert({ courseId: c.courseId, code: 'excused', countsAsAttended: true, sortOrder: 5 });
    try {
      expect(await progressOf(c.cohortId, s)).toMatchObject({ attended: 5, absences: 0, rateSoFar: 50, bestReachableRate: 100 });
    } finally {
      await statuses.delete({ courseId: c.courseId, code: 'excused' });
    }
    expect(await progressOf(c.cohortId, s)).toMatchObject({ attended: 4 });
  });

  test('the state flips at the right session: at 80% of 10, the second absence is AT_RISK, the third NOT_ACHIEVABLE', async () => {
    const s = c.enrollments[2];
    const seen: [string, boolean, number][] = [];
    for (let i = 0; i < 4; i++) {
      if (i > 0) await mark(counting[i - 1], s, 'absent');
      const p = await progressOf(c.cohortId, s);
      seen.push([p.state, p.achievable, p.bestReachableRate]);
    }
    expect(seen).toEqual([
      ['ON_TRACK', true, 100],
      ['ON_TRACK', true, 90],
      ['AT_RISK', true, 80],
      ['NOT_ACHIEVABLE', false, 70],
    ]);
    const risky = (await ok(t, AT_RISK, { c: c.cohortId }, staff)).atRiskStudents as any[];
    expect(risky.map((r) => [r.enrollment.id, r.state])).toEqual([[String(s.id), 'NOT_ACHIEVABLE']]);
  });

  test('a required session missed makes completion unachievable at once', async () => {
    const [required] = await addSessions(c.cohortId, [{ day: -5, required: true }]);
    const s = c.enrollments[3];
    try {
      await mark(required, s, 'absent');
      expect(await progressOf(c.cohortId, s)).toMatchObject({ state: 'NOT_ACHIEVABLE', requiredMissed: 1, planned: 11, bestReachableRate: 90.9 });
    } finally {
      await t.app.dataSource.getRepository(ClassSession).delete({ id: required });
    }
  });

  test('a withdrawn student has no progress state', async () => {
    const s = c.enrollments[5];
    await t.app.dataSource.getRepository(Enrollment).update({ id: s.id }, { withdrawnAt: new Date() });
    try {
      expect(await progressOf(c.cohortId, s)).toMatchObject({ state: 'WITHDRAWN', achievable: false });
      expect(((await ok(t, AT_RISK, { c: c.cohortId }, staff)).atRiskStudents as any[]).map((r) => r.enrollment.id)).not.toContain(String(s.id));
    } finally {
      await t.app.dataSource.getRepository(Enrollment).update({ id: s.id }, { withdrawnAt: null });
    }
  });

  test('the at-risk notice and the not-achievable notice each go out once, however often the job runs', async () => {
    const s = c.enrollments[4];
    const notices = t.app.dataSource.getRepository(Notice);
    const keysOf = async () =>
      (await notices.find({ where: { accountId: s.accountId }, order: { id: 'ASC' } })).map((n) => n.messageKey).filter((k) => k?.startsWith('notice.progress'));
    const mails = t.app.dataSource.getRepository(MailOutbox);
    const mailsBefore = await mails.countBy({ accountId: s.accountId });
    await mark(counting[0], s, 'absent');
    await t.app.jobs.runAll(new Date());
    expect(await keysOf()).toEqual([]);
    await mark(counting[1], s, 'absent');
    await t.app.jobs.runAll(new Date());
    await t.app.jobs.runAll(new Date());
    expect(await keysOf()).toEqual(['notice.progressAtRisk']);
    const [notice] = await notices.find({ where: { accountId: s.accountId, messageKey: 'notice.progressAtRisk' } });
    expect(JSON.parse(notice.messageParams!)).toMatchObject({ courseTitle: expect.any(String), academicYear: '2031', rate: '0', minRate: '80' });
    expect(notice.title).toBeNull();
    expect(notice.body).toBeNull();
    // The mail only says a notice is waiting (the notices module's template).
    const newMails = (await mails.find({ where: { accountId: s.accountId }, order: { id: 'ASC' } })).slice(mailsBefore);
    expect(newMails.map((m) => m.template)).toEqual(['notice-waiting']);
    await mark(counting[2], s, 'absent');
    await t.app.jobs.runAll(new Date());
    await t.app.jobs.runAll(new Date());
    expect(await keysOf()).toEqual(['notice.progressAtRisk', 'notice.progressNotAchievable']);
    // The member reads it on my page.
    const mine = (await ok(t, `{ myNotices { messageKey } }`, {}, c.members[4].token)).myNotices as any[];
    expect(mine.map((n) => n.messageKey)).toEqual(expect.arrayContaining(['notice.progressAtRisk', 'notice.progressNotAchievable']));
  });

  test('parallel rounds of the job send the notice exactly once', async () => {
    const [s] = (await enrolledCohort(COURSE.WELFARE, 1, 2032)).enrollments;
    const cohortId = String(s.cohortId);
    const ids = await addSessions(
      cohortId,
      [-30, -20, -10, 10, 20, 30, 40, 50, 60, 70].map((day) => ({ day })),
    );
    await mark(ids[0], s, 'absent');
    await mark(ids[1], s, 'absent');
    const service = t.app.services.learning.completion.service;
    const lostBefore = service.claimsLost;
    const sent = await Promise.all(Array.from({ length: 4 }, () => service.sendProgressNotices(new Date())));
    const rows = await t.app.dataSource.getRepository(Notice).findBy({ accountId: s.accountId });
    expect(rows.map((n) => n.messageKey).filter((k) => k?.startsWith('notice.progress'))).toEqual(['notice.progressAtRisk']);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    // On MariaDB the rounds really raced: the others lost the claim on the unique key.
    if (onMysql) expect(service.claimsLost - lostBefore).toBeGreaterThanOrEqual(1);
  });
});

describe('statement count', () => {
  test('cohortProgress costs the same at 10 and at 40 students', async () => {
    const counts: number[] = [];
    for (const [n, year] of [
      [10, 2033],
      [40, 2034],
    ]) {
      const c = await enrolledCohort(COURSE.RECYCLING, n, year);
      const ids = await addSessions(
        c.cohortId,
        [-50, -40, -30, -20, -10, 10, 20, 30, 40, 50].map((day) => ({ day })),
      );
      for (const e of c.enrollments) for (const id of ids.slice(0, 3)) await mark(id, e, 'present');
      const query = `query($c: ID!) { cohortProgress(cohortId: $c) { ${FIGURES} enrollment { id studentNumber withdrawnAt student { name } } } }`;
      await t.settle();
      t.sql.reset();
      const rows = (await ok(t, query, { c: c.cohortId }, staff)).cohortProgress as any[];
      counts.push(t.sql.count);
      expect(rows).toHaveLength(n);
      expect(rows.every((r) => r.attended === 3 && r.planned === 10 && r.enrollment.student !== null)).toBe(true);
    }
    // The login session, the cohort, its sessions, students, attendance, statuses and rule (with
    // no rule of its own, the course's minimum rate in one more); the students' accounts (one
    // loader); the audit of the staff read of personal figures (the audit write is three: the chain head read and updated around the row, and the members it is about for their access history).
    expect(counts).toEqual([13, 13]);
  });
});

describe('atRiskOverview: every running cohort’s students at risk, across cohorts', () => {
  const OVERVIEW = `{ atRiskOverview { cohortId studentCount atRisk notAchievable cohort { id course { fieldCode } } students { state enrollment { id studentNumber student { name } } } } }`;
  const cohortIds = new Set<string>();
  const mine = async (token = staff) => ((await ok(t, OVERVIEW, {}, token)).atRiskOverview as any[]).filter((c) => cohortIds.has(c.cohortId));

  test('lists the at-risk and not-achievable students of each running cohort, and costs the same for one cohort or three', async () => {
    // Cohorts of earlier tests are running too: the count is compared with one more and two more cohorts.
    const cost = async () => {
      await t.settle();
      t.sql.reset();
      await ok(t, OVERVIEW, {}, staff);
      return t.sql.count;
    };
    const counts: number[] = [];
    const expected: Record<string, { atRisk: number; notAchievable: number }> = {};
    for (const [i, year] of [2036, 2037, 2038].entries()) {
      const c = await enrolledCohort(i === 2 ? COURSE.RECYCLING : COURSE.WELFARE, 3, year);
      cohortIds.add(c.cohortId);
      const ids = await addSessions(
        c.cohortId,
        [-50, -40, -30, -20, -10, 10, 20, 30, 40, 50].map((day) => ({ day })),
      );
      // Student 0 on track; student 1 two absences of ten at 80% (AT_RISK); student 2 three (NOT_ACHIEVABLE).
      for (const [k, e] of c.enrollments.entries()) for (const [j, id] of ids.slice(0, 5).entries()) await mark(id, e, j < (k === 0 ? 0 : k + 1) ? 'absent' : 'present');
      expected[c.cohortId] = { atRisk: 1, notAchievable: 1 };
      counts.push(await cost());
    }
    expect(new Set(counts).size).toBe(1);
    const list = await mine();
    expect(list.map((c) => c.cohortId).sort()).toEqual([...cohortIds].sort());
    for (const c of list) {
      expect({ atRisk: c.atRisk, notAchievable: c.notAchievable, studentCount: c.studentCount }).toEqual({ ...expected[c.cohortId], studentCount: 3 });
      expect(c.students.map((s: any) => s.state).sort()).toEqual(['AT_RISK', 'NOT_ACHIEVABLE']);
      expect(c.students.every((s: any) => s.enrollment.student?.name)).toBe(true);
    }
  });

  test('contractor staff see only their field’s cohorts; members may not ask', async () => {
    const greenery = await t.tokenFor('greenery');
    const all = (await ok(t, OVERVIEW, {}, greenery)).atRiskOverview as any[];
    expect(all.every((c) => c.cohort.course.fieldCode === 'GREENERY')).toBe(true);
    expect(all.filter((c) => cohortIds.has(c.cohortId))).toEqual([]);
    const [member] = await fastMembers(t, 1);
    expect((await t.gql(OVERVIEW, {}, { token: member.token })).errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
