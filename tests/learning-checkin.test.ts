import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, messageKeys, ok, respond, staffCall, type Member } from './helpers/intake';
import { onMysql, serverFailures } from './helpers/races';
import { Enrollment } from '../server/src/modules/intake';
import { Attendance, ClassSession, ClassSessionKind } from '../server/src/modules/learning';
import { CheckIn } from '../server/src/modules/learning/check-in.entity';
import { CheckInUse } from '../server/src/modules/learning/check-in-use.entity';
import { CHECK_IN_STEP_SECONDS, checkInCodeFor, stepAt } from '../server/src/modules/learning/check-in.service';
import { SecretBox } from '../server/src/core/auth/secret-box';

/**
 * QR self check-in: staff open it per class session and show a code that changes every 30 seconds;
 * a student of the cohort checks in with the current or the previous step's code, during the
 * session's window (15 minutes' margin by default), once per step, and is marked present unless
 * staff recorded something already. Session times are moved in the database, never the clock.
 */
let t: TestServer;
let staff: string;
let greenery: string;
let main: { cohortId: string; members: Member[]; enrollments: Map<number, Enrollment> };
let other: { cohortId: string; members: Member[]; enrollments: Map<number, Enrollment> };
let green: { cohortId: string; members: Member[]; enrollments: Map<number, Enrollment> };

const MIN = 60_000;
const OPEN = `mutation($id: ID!) { openCheckIn(classSessionId: $id) { classSessionId openedAt openedBy closedAt } }`;
const CLOSE = `mutation($id: ID!) { closeCheckIn(classSessionId: $id) { classSessionId closedAt } }`;
const STATE = `query($id: ID!) { classSessionCheckIn(classSessionId: $id) { classSessionId openedAt closedAt } }`;
const CODE = `query($id: ID!) { checkInCode(classSessionId: $id) { code url expiresAt qrDataUrl } }`;
const CHECK_IN = `mutation($id: ID!, $code: String!) { checkIn(classSessionId: $id, code: $code) { classSessionId statusCode recorded } }`;

/** A cohort of the course with `n` enrolled students (review selection, announced, seats taken). */
async function enrolledCohort(courseId: string, academicYear: number, n: number) {
  const members = await fastMembers(t, n);
  const cohortId = await createCohort(t, courseId, {
    academicYear,
    capacity: n + 1,
    startsOn: `${academicYear}-04-10`,
    endsOn: `${academicYear + 1}-03-15`,
    selectionMethod: 'REVIEW',
  });
  const apps = [];
  for (const m of members) apps.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  for (let i = 0; i < n; i++) expect((await respond(t, members[i].token, apps[i].id, true)).errors).toBeUndefined();
  const rows = await t.app.dataSource.getRepository(Enrollment).find({ where: { cohortId: Number(cohortId) } });
  expect(rows).toHaveLength(n);
  return { cohortId, members, enrollments: new Map(rows.map((e) => [e.accountId, e])) };
}

/** A class session of the cohort, running now unless told otherwise. */
async function session(cohortId: string, startsAt = new Date(Date.now() - 10 * MIN), endsAt = new Date(Date.now() + 80 * MIN)): Promise<string> {
  const now = new Date();
  const result = await t.app.dataSource.getRepository(ClassSession).insert({
    cohortId: Number(cohortId),
    startsAt,
    endsAt,
    title: '防災の基礎',
    venue: '区役所',
    kind: ClassSessionKind.LECTURE,
    countsTowardCompletion: true,
    requiredForCompletion: false,
    cancelledAt: null,
    cancelReason: null,
    createdAt: now,
    updatedAt: now,
  });
  return String(result.identifiers[0].id);
}

async function openedSession(cohortId = main.cohortId): Promise<string> {
  const id = await session(cohortId);
  await ok(t, OPEN, { id }, staff);
  return id;
}

/** The code of a step, from the stored secret (the test's own HMAC, so it can name past steps). */
async function codeAt(id: string, step: number): Promise<string> {
  const row = await t.app.dataSource.getRepository(CheckIn).findOneByOrFail({ classSessionId: Number(id) });
  return checkInCodeFor(new SecretBox(t.config.secretsKey).open(row.secret), Number(id), step);
}

/** Waits out the last seconds of a step, so a request sent now is answered in the same step. */
async function freshStep(): Promise<number> {
  const left = CHECK_IN_STEP_SECONDS - ((Date.now() / 1000) % CHECK_IN_STEP_SECONDS);
  if (left < 5) await new Promise((r) => setTimeout(r, left * 1000 + 100));
  return stepAt(new Date());
}

const checkIn = (m: Member, id: string, code: string): Promise<GqlResult> => t.gql(CHECK_IN, { id, code }, { token: m.token });

function refusal(res: GqlResult): string {
  const e = res.errors?.[0];
  if (!e) return 'accepted';
  return `${e.extensions.code}:${e.extensions.fieldErrors?.[0]?.messageKey ?? e.extensions.messageKey}`;
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  greenery = await t.tokenFor('greenery');
  main = await enrolledCohort(COURSE.DISASTER, 2030, onMysql ? 30 : 12);
  other = await enrolledCohort(COURSE.RECYCLING, 2031, 1);
  green = await enrolledCohort(COURSE.GREENERY, 2032, 1);
}, 120_000);
afterAll(() => t.close());

test('staff open check-in and see a code of the current step, its member-portal link and a QR code of the link', async () => {
  const id = await session(main.cohortId);
  expect((await ok(t, STATE, { id }, staff)).classSessionCheckIn).toBeNull();
  expect(messageKeys(await t.gql(CODE, { id }, { token: staff }))).toEqual(['checkIn.closed']);
  const opened = (await ok(t, OPEN, { id }, staff)).openCheckIn;
  expect(opened).toMatchObject({ classSessionId: id, closedAt: null });
  const step = await freshStep();
  const shown = (await ok(t, CODE, { id }, staff)).checkInCode;
  expect(shown.code).toBe(await codeAt(id, step));
  expect(shown.code).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(shown.url).toBe(`${t.config.publicUrl}/check-in/${id}?code=${shown.code}`);
  expect(new Date(shown.expiresAt).getTime()).toBe((step + 1) * CHECK_IN_STEP_SECONDS * 1000);
  // The QR code decodes to the link.
  const png = PNG.sync.read(Buffer.from(shown.qrDataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(shown.url);
  // The secret never reaches a client: the type has no such field.
  expect(errorCodes(await t.gql(`query($id: ID!) { classSessionCheckIn(classSessionId: $id) { secret } }`, { id }, { token: staff }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  // Opening again changes nothing.
  expect((await ok(t, OPEN, { id }, staff)).openCheckIn.openedAt).toBe(opened.openedAt);
});

test('a student checks in with the current code and is marked present, through the one write path (source checkin)', async () => {
  const id = await openedSession();
  const m = main.members[0];
  await freshStep();
  const { code } = (await ok(t, CODE, { id }, staff)).checkInCode;
  expect((await checkIn(m, id, code)).data?.checkIn).toEqual({ classSessionId: id, statusCode: 'present', recorded: true });
  const rows = await t.app.dataSource.getRepository(Attendance).find({ where: { classSessionId: Number(id) } });
  expect(rows.map((r) => [r.enrollmentId, r.statusCode, r.source, r.accountId, r.recordedBy])).toEqual([[main.enrollments.get(m.id)!.id, 'present', 'checkin', m.id, m.id]]);
});

test('the previous step’s code is accepted (a scan at the boundary); older codes, other sessions’ codes and garbage are stale', async () => {
  const id = await openedSession();
  const elsewhere = await openedSession();
  const step = await freshStep();
  const [a, b, c, d, e] = main.members.slice(1, 6);
  expect(refusal(await checkIn(a, id, await codeAt(id, step - 2)))).toBe('BAD_USER_INPUT:checkIn.staleCode');
  expect(refusal(await checkIn(b, id, await codeAt(id, step + 1)))).toBe('BAD_USER_INPUT:checkIn.staleCode');
  expect(refusal(await checkIn(c, id, await codeAt(elsewhere, step)))).toBe('BAD_USER_INPUT:checkIn.staleCode');
  expect(refusal(await checkIn(d, id, 'x'.repeat(16)))).toBe('BAD_USER_INPUT:checkIn.staleCode');
  expect(await t.app.dataSource.getRepository(Attendance).countBy({ classSessionId: Number(id) })).toBe(0);
  expect((await checkIn(a, id, await codeAt(id, step - 1))).data?.checkIn.recorded).toBe(true);
  expect((await checkIn(e, id, await codeAt(id, step))).data?.checkIn.recorded).toBe(true);
  expect(await t.app.dataSource.getRepository(Attendance).countBy({ classSessionId: Number(id) })).toBe(2);
});

test('a code step counts once per student: the same code again is a replay; another step after checking in is "already"', async () => {
  const id = await openedSession();
  const [a, b] = main.members.slice(1, 3);
  const step = await freshStep();
  const now = await codeAt(id, step);
  expect((await checkIn(a, id, now)).data?.checkIn.recorded).toBe(true);
  expect(refusal(await checkIn(a, id, now))).toBe('CONFLICT:checkIn.replayed');
  const already = await checkIn(a, id, await codeAt(id, step - 1));
  expect(refusal(already)).toBe('CONFLICT:checkIn.already');
  expect(already.errors![0].extensions.params).toEqual({ status: 'present' });
  // Another student may use the same code.
  expect((await checkIn(b, id, now)).data?.checkIn.recorded).toBe(true);
  expect(await t.app.dataSource.getRepository(CheckInUse).countBy({ classSessionId: Number(id) })).toBe(2);
  expect(await t.app.dataSource.getRepository(Attendance).countBy({ classSessionId: Number(id) })).toBe(2);
});

test('a status staff recorded stands: the check-in answers with it and changes nothing', async () => {
  const id = await openedSession();
  const m = main.members[3];
  const enrollment = main.enrollments.get(m.id)!;
  const now = new Date();
  await t.app.dataSource
    .getRepository(Attendance)
    .insert({ classSessionId: Number(id), enrollmentId: enrollment.id, accountId: m.id, statusCode: 'late', source: 'entry', recordedBy: null, createdAt: now, updatedAt: now });
  const step = await freshStep();
  expect((await checkIn(m, id, await codeAt(id, step))).data?.checkIn).toEqual({ classSessionId: id, statusCode: 'late', recorded: false });
  const row = await t.app.dataSource.getRepository(Attendance).findOneByOrFail({ classSessionId: Number(id), enrollmentId: enrollment.id });
  expect([row.statusCode, row.source]).toEqual(['late', 'entry']);
  expect(await t.app.dataSource.query('SELECT COUNT(*) AS n FROM attendance_change WHERE attendanceId = ?', [row.id])).toEqual([{ n: onMysql ? '0' : 0 }]);
});

test('only students of the session’s cohort: other cohorts’ students, withdrawn students and staff are refused', async () => {
  const id = await openedSession();
  const step = await freshStep();
  const code = await codeAt(id, step);
  expect(refusal(await checkIn(other.members[0], id, code))).toBe('CONFLICT:checkIn.notStudent');
  const leaver = main.members[4];
  await t.app.dataSource.getRepository(Enrollment).update({ id: main.enrollments.get(leaver.id)!.id }, { withdrawnAt: new Date(Date.now() - 60 * MIN) });
  try {
    expect(refusal(await checkIn(leaver, id, code))).toBe('CONFLICT:checkIn.notStudent');
  } finally {
    await t.app.dataSource.getRepository(Enrollment).update({ id: main.enrollments.get(leaver.id)!.id }, { withdrawnAt: null });
  }
  expect(errorCodes(await t.gql(CHECK_IN, { id, code }, { token: staff }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await t.gql(CHECK_IN, { id, code }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await checkIn(main.members[5], '999999', code))).toEqual(['NOT_FOUND']);
  expect(await t.app.dataSource.getRepository(Attendance).countBy({ classSessionId: Number(id) })).toBe(0);
});

test('closed check-in is refused: never opened, closed, and a reopening gives new codes', async () => {
  const id = await session(main.cohortId);
  const m = main.members[6];
  expect(refusal(await checkIn(m, id, 'x'.repeat(16)))).toBe('CONFLICT:checkIn.closed');
  await ok(t, OPEN, { id }, staff);
  const step = await freshStep();
  const before = await codeAt(id, step);
  const closed = (await ok(t, CLOSE, { id }, staff)).closeCheckIn;
  expect(closed.closedAt).not.toBeNull();
  expect(refusal(await checkIn(m, id, before))).toBe('CONFLICT:checkIn.closed');
  expect(messageKeys(await t.gql(CODE, { id }, { token: staff }))).toEqual(['checkIn.closed']);
  expect((await ok(t, OPEN, { id }, staff)).openCheckIn.closedAt).toBeNull();
  expect(refusal(await checkIn(m, id, before))).toBe('BAD_USER_INPUT:checkIn.staleCode');
  expect((await checkIn(m, id, (await ok(t, CODE, { id }, staff)).checkInCode.code)).data?.checkIn.recorded).toBe(true);
});

test('only inside the session’s window: from 15 minutes before its start to 15 minutes after its end', async () => {
  const id = await openedSession();
  const [a, b, c] = main.members.slice(7, 10);
  const sessions = t.app.dataSource.getRepository(ClassSession);
  const move = (startsAt: number, endsAt: number) => sessions.update({ id: Number(id) }, { startsAt: new Date(Date.now() + startsAt), endsAt: new Date(Date.now() + endsAt) });
  const code = async () => codeAt(id, await freshStep());
  await move(16 * MIN, 100 * MIN);
  const early = await checkIn(a, id, await code());
  expect(refusal(early)).toBe('CONFLICT:checkIn.outsideWindow');
  expect(early.errors![0].extensions.params).toEqual({ marginMinutes: 15 });
  await move(-200 * MIN, -16 * MIN);
  expect(refusal(await checkIn(a, id, await code()))).toBe('CONFLICT:checkIn.outsideWindow');
  expect(await t.app.dataSource.getRepository(Attendance).countBy({ classSessionId: Number(id) })).toBe(0);
  await move(14 * MIN, 100 * MIN);
  expect((await checkIn(a, id, await code())).data?.checkIn.recorded).toBe(true);
  await move(-200 * MIN, -14 * MIN);
  expect((await checkIn(b, id, await code())).data?.checkIn.recorded).toBe(true);
  // A cancelled session takes no check-ins.
  await sessions.update({ id: Number(id) }, { cancelledAt: new Date(), cancelReason: '台風' });
  expect(refusal(await checkIn(c, id, await code()))).toBe('CONFLICT:checkIn.closed');
  expect(messageKeys(await t.gql(CLOSE, { id }, { token: staff }))).toEqual([]);
  expect(messageKeys(await t.gql(OPEN, { id }, { token: staff }))).toEqual(['checkIn.cancelled']);
});

test('the margin is configurable (CHECK_IN_MARGIN_MINUTES)', async () => {
  const { loadConfig } = await import('../server/src/config');
  expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), DATA_DIR: t.config.dataDir }).checkInMarginMinutes).toBe(15);
  expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), DATA_DIR: t.config.dataDir, CHECK_IN_MARGIN_MINUTES: '5' }).checkInMarginMinutes).toBe(5);
  expect(() => loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), DATA_DIR: t.config.dataDir, CHECK_IN_MARGIN_MINUTES: '-1' })).toThrow(/CHECK_IN_MARGIN_MINUTES/);
});

test('contractor staff open, close and show codes only for sessions of their field; members cannot', async () => {
  const foreign = await session(main.cohortId);
  const own = await session(green.cohortId);
  for (const q of [OPEN, CLOSE, CODE, STATE]) expect([q.slice(0, 40), errorCodes(await t.gql(q, { id: foreign }, { token: greenery }))]).toEqual([q.slice(0, 40), ['NOT_FOUND']]);
  expect(await t.app.dataSource.getRepository(CheckIn).countBy({ classSessionId: Number(foreign) })).toBe(0);
  await ok(t, OPEN, { id: own }, greenery);
  await freshStep();
  const { code } = (await ok(t, CODE, { id: own }, greenery)).checkInCode;
  expect((await checkIn(green.members[0], own, code)).data?.checkIn.recorded).toBe(true);
  expect(errorCodes(await t.gql(OPEN, { id: own }, { token: green.members[0].token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await t.gql(CODE, { id: own }, { token: green.members[0].token }))).toEqual(['FORBIDDEN']);
});

test('parallel check-ins of the whole cohort, each student twice at once: one record each, one success each, the rest replays', async () => {
  const id = await openedSession();
  const step = await freshStep();
  const code = await codeAt(id, step);
  const students = main.members;
  const timed = async (m: Member) => {
    const started = Date.now();
    const res = await checkIn(m, id, code);
    return { res, started, ended: Date.now() };
  };
  const calls = await Promise.all(students.flatMap((m) => [timed(m), timed(m)]));
  const results = calls.map((c) => c.res);
  expect(serverFailures(results)).toEqual([]);
  const outcomes = results.map(refusal);
  expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(students.length);
  expect(outcomes.filter((o) => o !== 'accepted').every((o) => o === 'CONFLICT:checkIn.replayed')).toBe(true);
  for (let i = 0; i < students.length; i++) expect([i, outcomes.slice(2 * i, 2 * i + 2).sort()]).toEqual([i, ['CONFLICT:checkIn.replayed', 'accepted']]);
  const rows = await t.app.dataSource.getRepository(Attendance).find({ where: { classSessionId: Number(id) } });
  expect(rows).toHaveLength(students.length);
  expect(new Set(rows.map((r) => r.enrollmentId)).size).toBe(students.length);
  expect(rows.every((r) => r.statusCode === 'present' && r.source === 'checkin')).toBe(true);
  expect(await t.app.dataSource.getRepository(CheckInUse).countBy({ classSessionId: Number(id) })).toBe(students.length);
  // The race happened: every request was sent before the first answer came back.
  const firstAnswer = Math.min(...calls.map((c) => c.ended));
  expect(calls.filter((c) => c.started <= firstAnswer)).toHaveLength(calls.length);
}, 60_000);
