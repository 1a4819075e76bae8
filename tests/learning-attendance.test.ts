import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, errorCodes, fastMembers, fieldErrors, messageKeys, ok, respond, staffCall, type Member } from './helpers/intake';
import { Attendance, AttendanceChange, ClassSession } from '../server/src/modules/learning';
import { Enrollment } from '../server/src/modules/intake';

/** Class sessions and per-session attendance: recordAttendance through the sheet, its rules, history, scope and races. */
let t: TestServer;
let staff: string;
let greenery: string;
let members: Member[];
let outsider: Member;
let cohortId: string;
let enrollments: Enrollment[];

const CREATE = `mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id cohortId title startsAt endsAt } }`;
const SHEET = `query($id: ID!) { sessionAttendance(classSessionId: $id) { session { id } rows { statusCode recorded enrollment { id studentNumber student { name } } attendance { id statusCode source recordedBy changes { fromStatus toStatus reason actorId source } } } } }`;
const SAVE = `mutation($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) { saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) { rows { statusCode recorded enrollment { id } } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  cohortId,
  startsAt: '2030-05-01T10:00:00+09:00',
  endsAt: '2030-05-01T12:00:00+09:00',
  title: '第1回 防災の基礎',
  venue: '区役所 会議室A',
  kind: 'LECTURE',
  countsTowardCompletion: true,
  ...overrides,
});
async function newSession(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await ok(t, CREATE, { input: input(overrides) }, staff)).createClassSession.id;
}
const rowsOf = (id: string) => t.app.dataSource.getRepository(Attendance).find({ where: { classSessionId: Number(id) }, order: { enrollmentId: 'ASC' } });
const changesOf = async (id: string) => {
  const ids = (await rowsOf(id)).map((r) => r.id);
  return (await t.app.dataSource.getRepository(AttendanceChange).find({ order: { id: 'ASC' } })).filter((c) => ids.includes(c.attendanceId));
};

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  greenery = await t.tokenFor('greenery');
  members = await fastMembers(t, 4);
  [outsider] = await fastMembers(t, 1);
  cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: 2030, capacity: 10, startsOn: '2030-04-10', endsOn: '2031-03-15', selectionMethod: 'REVIEW' });
  const apps = [];
  for (const m of members) apps.push(await applyOk(t, m.token, cohortId));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  for (let i = 0; i < members.length; i++) expect((await respond(t, members[i].token, apps[i].id, true)).errors).toBeUndefined();
  enrollments = await t.app.dataSource.getRepository(Enrollment).find({ where: { cohortId: Number(cohortId) }, order: { studentNumber: 'ASC' } });
  expect(enrollments).toHaveLength(4);
});
afterAll(() => t.close());

describe('class sessions', () => {
  test('staff create a session within the cohort period; it is listed on the cohort by start', async () => {
    const later = await newSession({ startsAt: '2030-06-01T10:00:00+09:00', endsAt: '2030-06-01T12:00:00+09:00', title: 'later' });
    const earlier = await newSession({ startsAt: '2030-04-20T10:00:00+09:00', endsAt: '2030-04-20T12:00:00+09:00', title: 'earlier' });
    const data = await ok(t, `query($id: ID!) { cohort(id: $id) { classSessions { id title startsAt } } }`, { id: cohortId }, staff);
    const ids = data.cohort.classSessions.map((s: { id: string }) => s.id);
    expect(ids.indexOf(earlier)).toBeLessThan(ids.indexOf(later));
    expect(data.cohort.classSessions.find((s: { id: string }) => s.id === earlier).startsAt).toBe('2030-04-20T10:00:00+09:00');
    const one = await ok(t, `query($id: ID!) { classSession(id: $id) { id title } }`, { id: earlier }, staff);
    expect(one.classSession.title).toBe('earlier');
  });

  test('outside the period, or ending before it starts: BAD_USER_INPUT with the field', async () => {
    let res = await t.gql(CREATE, { input: input({ startsAt: '2030-04-09T10:00:00+09:00', endsAt: '2030-04-09T12:00:00+09:00' }) }, { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res)).toEqual(['startsAt']);
    // 2030-04-10 00:30 in Tokyo is still 2030-04-09 in UTC: Tokyo's day counts.
    expect((await t.gql(CREATE, { input: input({ startsAt: '2030-04-10T00:30:00+09:00', endsAt: '2030-04-10T01:30:00+09:00' }) }, { token: staff })).errors).toBeUndefined();
    res = await t.gql(CREATE, { input: input({ endsAt: '2030-05-01T09:00:00+09:00' }) }, { token: staff });
    expect(fieldErrors(res)).toEqual(['endsAt']);
  });

  test('members see the sessions of a cohort they are enrolled in, and no other', async () => {
    const id = await newSession();
    expect((await ok(t, `query($id: ID!) { classSession(id: $id) { id } }`, { id }, members[0].token)).classSession.id).toBe(id);
    expect(errorCodes(await t.gql(`query($id: ID!) { classSession(id: $id) { id } }`, { id }, { token: outsider.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(CREATE, { input: input() }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SHEET, { id }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
  });

  test('contractor staff of another field: NOT_FOUND on every operation, nested lists empty', async () => {
    const id = await newSession();
    expect(errorCodes(await t.gql(`query($id: ID!) { classSession(id: $id) { id } }`, { id }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(CREATE, { input: input() }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(SHEET, { id }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(SAVE, { id, entries: [] }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(await rowsOf(id)).toHaveLength(0);
    // Their own field's cohort answers (with its own sessions only).
    const own = await ok(t, `query { cohort(id: "4") { classSessions { id } } }`, {}, greenery);
    expect(own.cohort.classSessions).toEqual([]);
  });
});

describe('per-session attendance', () => {
  test('the sheet: roster by student number, `present` by default, unrecorded; saving records everyone', async () => {
    const id = await newSession();
    let sheet = (await ok(t, SHEET, { id }, staff)).sessionAttendance;
    expect(sheet.rows.map((r: any) => r.enrollment.id)).toEqual(enrollments.map((e) => String(e.id)));
    expect(sheet.rows.every((r: any) => r.statusCode === 'present' && !r.recorded && r.attendance === null)).toBe(true);
    const saved = await ok(t, SAVE, { id, entries: [{ enrollmentId: String(enrollments[1].id), statusCode: 'absent' }] }, staff);
    expect(saved.saveSessionAttendance.rows.map((r: any) => [r.statusCode, r.recorded])).toEqual([
      ['present', true],
      ['absent', true],
      ['present', true],
      ['present', true],
    ]);
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.statusCode)).toEqual(['present', 'absent', 'present', 'present']);
    expect(rows.every((r) => r.source === 'entry' && r.accountId === enrollments.find((e) => e.id === r.enrollmentId)!.accountId)).toBe(true);
    expect(await changesOf(id)).toEqual([]);
    sheet = (await ok(t, SHEET, { id }, staff)).sessionAttendance;
    expect(sheet.rows[1].attendance.statusCode).toBe('absent');
  });

  test('a change keeps history; saving the same again adds none', async () => {
    const id = await newSession();
    await ok(t, SAVE, { id, entries: [] }, staff);
    await ok(t, SAVE, { id, entries: [{ enrollmentId: String(enrollments[0].id), statusCode: 'late' }] }, staff);
    await ok(t, SAVE, { id, entries: [{ enrollmentId: String(enrollments[0].id), statusCode: 'late' }] }, staff);
    const changes = await changesOf(id);
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.source, c.reason])).toEqual([['present', 'late', 'entry', null]]);
    expect(changes[0].actorId).not.toBeNull();
    const sheet = (await ok(t, SHEET, { id }, staff)).sessionAttendance;
    expect(sheet.rows[0].attendance.changes).toEqual([expect.objectContaining({ fromStatus: 'present', toStatus: 'late', source: 'entry', reason: null })]);
    expect(Array.from(await rowsOf(id), (r) => r.statusCode)).toEqual(['late', 'present', 'present', 'present']);
  });

  test('an unknown status or someone not on the roster: BAD_USER_INPUT, nothing written', async () => {
    const id = await newSession();
    let res = await t.gql(SAVE, { id, entries: [{ enrollmentId: String(enrollments[0].id), statusCode: 'asleep' }] }, { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.unknownStatus');
    res = await t.gql(SAVE, { id, entries: [{ enrollmentId: '999999', statusCode: 'present' }] }, { token: staff });
    expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.notStudent');
    expect(await rowsOf(id)).toHaveLength(0);
  });

  test('a cancelled session takes no attendance', async () => {
    const id = await newSession();
    await t.app.dataSource.getRepository(ClassSession).update({ id: Number(id) }, { cancelledAt: new Date(), cancelReason: 'typhoon' });
    const res = await t.gql(SAVE, { id, entries: [] }, { token: staff });
    expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.sessionCancelled');
    expect(await rowsOf(id)).toHaveLength(0);
  });

  test('a student withdrawn before the session is not on its roster; recordAttendance refuses them', async () => {
    const id = await newSession();
    const repo = t.app.dataSource.getRepository(Enrollment);
    await repo.update({ id: enrollments[3].id }, { withdrawnAt: new Date('2030-04-15T00:00:00Z') });
    try {
      const sheet = (await ok(t, SHEET, { id }, staff)).sessionAttendance;
      expect(sheet.rows.map((r: any) => r.enrollment.id)).toEqual(enrollments.slice(0, 3).map((e) => String(e.id)));
      const res = await t.gql(SAVE, { id, entries: [{ enrollmentId: String(enrollments[3].id), statusCode: 'present' }] }, { token: staff });
      expect(messageKeys(res)).toEqual(['validation.failed']);
      expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.notStudent');
      const { recordAttendance } = await import('../server/src/modules/learning/attendance-write');
      const ctx = { em: t.app.dataSource.manager, now: new Date(), user: null } as never;
      await expect(recordAttendance(ctx, [{ classSessionId: Number(id), enrollmentId: enrollments[3].id, statusCode: 'present' }], { source: 'csv' })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ messageKey: 'attendance.notStudent' })] },
      });
    } finally {
      await repo.update({ id: enrollments[3].id }, { withdrawnAt: null });
    }
  });

  test('after the session’s Tokyo day a change needs a reason; the reason is kept', async () => {
    const id = await newSession();
    await ok(t, SAVE, { id, entries: [] }, staff);
    // Move the session to yesterday (Tokyo): its day is over.
    const yesterday = new Date(Date.now() - 36 * 3600_000);
    await t.app.dataSource.getRepository(ClassSession).update({ id: Number(id) }, { startsAt: yesterday, endsAt: new Date(yesterday.getTime() + 3600_000) });
    const change = [{ enrollmentId: String(enrollments[2].id), statusCode: 'excused' }];
    let res = await t.gql(SAVE, { id, entries: change }, { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'reason', messageKey: 'attendance.reasonRequired' })]);
    res = await t.gql(SAVE, { id, entries: change, reason: '   ' }, { token: staff });
    expect(fieldErrors(res)).toEqual(['reason']);
    // Saving the same statuses again is no change, so no reason is needed.
    expect((await t.gql(SAVE, { id, entries: [] }, { token: staff })).errors).toBeUndefined();
    await ok(t, SAVE, { id, entries: change, reason: '届出を受理' }, staff);
    expect((await changesOf(id)).map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([['present', 'excused', '届出を受理']]);
  });

  test('parallel saves of one session leave one row per student and consistent change rows', async () => {
    const id = await newSession();
    const statuses = ['present', 'late', 'absent', 'excused', 'leftEarly', 'present', 'absent', 'late'];
    const results = await Promise.all(statuses.map((s) => t.gql(SAVE, { id, entries: enrollments.map((e) => ({ enrollmentId: String(e.id), statusCode: s })) }, { token: staff })));
    expect(results.map((r) => r.errors)).toEqual(statuses.map(() => undefined));
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.enrollmentId)).toEqual(enrollments.map((e) => e.id));
    const changes = await changesOf(id);
    for (const row of rows) {
      const mine = changes.filter((c) => c.attendanceId === row.id);
      // Each change starts where the one before ended, and the last ends at the stored status.
      for (let i = 1; i < mine.length; i++) expect(mine[i].fromStatus).toBe(mine[i - 1].toStatus);
      if (mine.length) expect(mine[mine.length - 1].toStatus).toBe(row.statusCode);
      expect(mine.every((c) => c.fromStatus !== c.toStatus)).toBe(true);
    }
  });
});

describe('the attendance grid', () => {
  const GRID = `query($id: ID!) { attendanceGrid(cohortId: $id) { cohortId sessions { id title startsAt cancelledAt } students { id studentNumber student { name } } cells { classSessionId enrollmentId statusCode } } }`;
  const SAVE_GRID = `mutation($id: ID!, $cells: [AttendanceGridCellInput!]!, $reason: String) { saveAttendanceGrid(cohortId: $id, cells: $cells, reason: $reason) { cells { classSessionId enrollmentId statusCode } } }`;
  const PATTERN = `mutation($p: ClassSessionPatternInput!) { createClassSessions(pattern: $p) { id } }`;

  /** A cohort of the course with `n` enrolled students and `n` daily sessions from its first day. */
  async function gridCohort(n: number, year: number): Promise<{ id: string; sessions: string[]; students: Enrollment[] }> {
    const people = await fastMembers(t, n);
    const id = await createCohort(t, COURSE.DISASTER, { academicYear: year, capacity: n, startsOn: `${year}-04-10`, endsOn: `${year + 1}-03-15`, selectionMethod: 'REVIEW' });
    const apps = [];
    for (const m of people) apps.push(await applyOk(t, m.token, id));
    expect((await changeStatus(t, id, 'CLOSED', staff)).errors).toBeUndefined();
    expect((await staffCall(t, 'runSelection', id)).errors).toBeUndefined();
    expect((await staffCall(t, 'announceCohort', id)).errors).toBeUndefined();
    for (let i = 0; i < n; i++) expect((await respond(t, people[i].token, apps[i].id, true)).errors).toBeUndefined();
    const to = new Date(Date.UTC(year, 3, 10 + n - 1)).toISOString().slice(0, 10);
    const p = {
      cohortId: id,
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      startTime: '10:00',
      endTime: '12:00',
      from: `${year}-04-10`,
      to,
      title: '回',
      venue: '会議室',
      kind: 'LECTURE',
      countsTowardCompletion: true,
    };
    const sessions = (await ok(t, PATTERN, { p }, staff)).createClassSessions.map((s: { id: string }) => s.id);
    const students = await t.app.dataSource.getRepository(Enrollment).find({ where: { cohortId: Number(id) }, order: { studentNumber: 'ASC' } });
    return { id, sessions, students };
  }

  test('sessions by start, students by number, a cell per pair (null until recorded); saving records through the grid', async () => {
    const late = await newSession({ startsAt: '2030-09-02T10:00:00+09:00', endsAt: '2030-09-02T12:00:00+09:00', title: 'grid late' });
    const early = await newSession({ startsAt: '2030-04-11T10:00:00+09:00', endsAt: '2030-04-11T12:00:00+09:00', title: 'grid early' });
    const grid = (await ok(t, GRID, { id: cohortId }, staff)).attendanceGrid;
    const ids = grid.sessions.map((s: { id: string }) => s.id);
    expect(ids.indexOf(early)).toBeLessThan(ids.indexOf(late));
    expect(grid.students.map((s: { id: string }) => s.id)).toEqual(enrollments.map((e) => String(e.id)));
    expect(grid.cells).toHaveLength(grid.sessions.length * grid.students.length);
    const cell = (g: any, s: string, e: number) => g.cells.find((c: any) => c.classSessionId === s && c.enrollmentId === String(e));
    expect(cell(grid, late, enrollments[0].id).statusCode).toBeNull();
    const saved = (
      await ok(
        t,
        SAVE_GRID,
        {
          id: cohortId,
          cells: [
            { classSessionId: late, enrollmentId: String(enrollments[0].id), statusCode: 'absent' },
            { classSessionId: early, enrollmentId: String(enrollments[1].id), statusCode: 'late' },
          ],
        },
        staff,
      )
    ).saveAttendanceGrid;
    expect(cell(saved, late, enrollments[0].id).statusCode).toBe('absent');
    expect(cell(saved, early, enrollments[1].id).statusCode).toBe('late');
    // Only the given cells are recorded.
    expect(cell(saved, late, enrollments[1].id).statusCode).toBeNull();
    expect((await rowsOf(late)).map((r) => [r.enrollmentId, r.statusCode, r.source])).toEqual([[enrollments[0].id, 'absent', 'grid']]);
    await ok(t, SAVE_GRID, { id: cohortId, cells: [{ classSessionId: late, enrollmentId: String(enrollments[0].id), statusCode: 'excused' }] }, staff);
    expect((await changesOf(late)).map((c) => [c.fromStatus, c.toStatus, c.source])).toEqual([['absent', 'excused', 'grid']]);
  });

  test('the grid refuses a session of another cohort, an unknown status, a cancelled session, and an old change without a reason', async () => {
    const other = await createCohort(t, COURSE.DISASTER, { academicYear: 2033, startsOn: '2033-04-10', endsOn: '2034-03-15', selectionMethod: 'REVIEW' });
    const foreignSession = (await ok(t, CREATE, { input: input({ cohortId: other, startsAt: '2033-05-01T10:00:00+09:00', endsAt: '2033-05-01T12:00:00+09:00' }) }, staff))
      .createClassSession.id;
    const e = String(enrollments[0].id);
    let res = await t.gql(SAVE_GRID, { id: cohortId, cells: [{ classSessionId: foreignSession, enrollmentId: e, statusCode: 'present' }] }, { token: staff });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    const id = await newSession();
    res = await t.gql(SAVE_GRID, { id: cohortId, cells: [{ classSessionId: id, enrollmentId: e, statusCode: 'asleep' }] }, { token: staff });
    expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.unknownStatus');
    await ok(t, SAVE_GRID, { id: cohortId, cells: [{ classSessionId: id, enrollmentId: e, statusCode: 'present' }] }, staff);
    const yesterday = new Date(Date.now() - 36 * 3600_000);
    await t.app.dataSource.getRepository(ClassSession).update({ id: Number(id) }, { startsAt: yesterday, endsAt: new Date(yesterday.getTime() + 3600_000) });
    res = await t.gql(SAVE_GRID, { id: cohortId, cells: [{ classSessionId: id, enrollmentId: e, statusCode: 'absent' }] }, { token: staff });
    expect(fieldErrors(res)).toEqual(['reason']);
    await ok(t, SAVE_GRID, { id: cohortId, cells: [{ classSessionId: id, enrollmentId: e, statusCode: 'absent' }], reason: '記録の誤り' }, staff);
    expect((await changesOf(id)).map((c) => [c.toStatus, c.reason])).toEqual([['absent', '記録の誤り']]);
    await ok(t, `mutation($id: ID!) { cancelClassSession(id: $id, reason: "休講") { id } }`, { id }, staff);
    res = await t.gql(SAVE_GRID, { id: cohortId, cells: [{ classSessionId: id, enrollmentId: e, statusCode: 'present' }], reason: 'x' }, { token: staff });
    expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.sessionCancelled');
    // The cancelled session stays on the grid, flagged.
    const grid = (await ok(t, GRID, { id: cohortId }, staff)).attendanceGrid;
    expect(grid.sessions.find((s: { id: string }) => s.id === id).cancelledAt).not.toBeNull();
  });

  test('contractor staff of another field and members: refused, nothing written', async () => {
    const id = await newSession();
    const cells = [{ classSessionId: id, enrollmentId: String(enrollments[0].id), statusCode: 'present' }];
    expect(errorCodes(await t.gql(GRID, { id: cohortId }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(SAVE_GRID, { id: cohortId, cells }, { token: greenery }))).toEqual(['NOT_FOUND']);
    // Their own cohort with the other field's session: NOT_FOUND too.
    expect(errorCodes(await t.gql(SAVE_GRID, { id: '4', cells }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(GRID, { id: cohortId }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SAVE_GRID, { id: cohortId, cells }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
    expect(await rowsOf(id)).toHaveLength(0);
  });

  test('staff reads of the grid’s cells are audited', async () => {
    const id = await newSession();
    await ok(t, SAVE_GRID, { id: cohortId, cells: [{ classSessionId: id, enrollmentId: String(enrollments[0].id), statusCode: 'present' }] }, staff);
    const [row] = await rowsOf(id);
    await ok(t, GRID, { id: cohortId }, staff);
    await t.settle();
    const entries = await t.app.dataSource.query(`SELECT * FROM audit_log ORDER BY id DESC LIMIT 20`);
    const read = entries.find((a: { action: string; targetType: string | null }) => a.action === 'pii.read' && a.targetType === 'AttendanceCell');
    expect(read).toBeDefined();
    expect(String(read.targetIdList).split(',')).toContain(String(row.id));
    expect(read.fieldList).toBe('statusCode');
  });

  test('a fixed number of statements: 10 × 10 and 40 × 40 cost the same', async () => {
    const counts: number[] = [];
    for (const [n, year] of [
      [10, 2035],
      [40, 2037],
    ]) {
      const g = await gridCohort(n, year);
      expect(g.sessions).toHaveLength(n);
      // Everything recorded, so every cell has a status.
      const cells = g.sessions.flatMap((s, i) => g.students.map((e) => ({ classSessionId: s, enrollmentId: String(e.id), statusCode: i % 3 ? 'present' : 'absent' })));
      for (let i = 0; i < cells.length; i += 400) await ok(t, SAVE_GRID, { id: g.id, cells: cells.slice(i, i + 400) }, staff);
      await t.settle();
      t.sql.reset();
      const grid = (await ok(t, GRID, { id: g.id }, staff)).attendanceGrid;
      counts.push(t.sql.count);
      expect(grid.cells).toHaveLength(n * n);
      expect(grid.cells.every((c: { statusCode: string | null }) => c.statusCode !== null)).toBe(true);
    }
    // The caller's session, the cohort, its sessions, its students, their attendance, the students' accounts (one loader), the audit of the read (the audit write is three: the chain head read and updated around the row, and the members it is about for their access history).
    expect(counts).toEqual([10, 10]);
  });

  test('saving changed cells costs the same at 100 and 400 cells: one UPDATE per new status, not one per row', async () => {
    const counts: number[] = [];
    for (const [n, year] of [
      [10, 2039],
      [20, 2041],
    ]) {
      const g = await gridCohort(n, year);
      const cells = (statusCode: (i: number) => string) =>
        g.sessions.flatMap((s, i) => g.students.map((e) => ({ classSessionId: s, enrollmentId: String(e.id), statusCode: statusCode(i) })));
      await ok(t, SAVE_GRID, { id: g.id, cells: cells(() => 'present') }, staff);
      await t.settle();
      t.sql.reset();
      await ok(t, SAVE_GRID, { id: g.id, cells: cells((i) => (i % 2 ? 'late' : 'absent')) }, staff);
      counts.push(t.sql.count);
      const changes = await t.app.dataSource.query(
        `SELECT COUNT(*) AS n FROM attendance_change c JOIN attendance a ON a.id = c.attendanceId JOIN class_session s ON s.id = a.classSessionId WHERE s.cohortId = ?`,
        [Number(g.id)],
      );
      expect(Number(changes[0].n)).toBe(n * n);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
