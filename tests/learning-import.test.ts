import iconv from 'iconv-lite';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, ok, respond, staffCall, type Member } from './helpers/intake';
import { Enrollment } from '../server/src/modules/intake';
import { AuditEntry } from '../server/src/modules/audit';
import { Attendance, AttendanceChange, ClassSession, ClassSessionKind } from '../server/src/modules/learning';
import { IMPORT_MAX_BYTES, decodeCsv, fileBytes, parseSessionHeading } from '../server/src/modules/learning/attendance-import.service';

/**
 * Attendance CSV import: the per-session sheet and the cohort grid, UTF-8 (with or without a BOM) or
 * Shift_JIS as Excel writes it. The preview names every error by row and column; applying writes
 * everything in one transaction through recordAttendance, or nothing at all.
 */
let t: TestServer;
let staff: string;
let greenery: string;
type Cohort = { cohortId: string; members: Member[]; numbers: string[]; enrollments: Enrollment[] };
let main: Cohort;
let other: Cohort;
let green: Cohort;
/** Sessions of the main cohort: s1 on 2030-05-12 10:00, s2 and s3 on 2030-05-19 at 10:00 and 14:00, cancelled on 2030-05-26, past on 2026-04-01. */
let s: { s1: string; s2: string; s3: string; cancelled: string; past: string };
let otherSession: string;
let greenSession: string;

const PREVIEW = `query($c: ID!, $f: String!, $s: ID) { previewAttendanceCsv(cohortId: $c, fileBase64: $f, classSessionId: $s) {
  layout classSessionIds entryCount errorCount entries { row column enrollmentId enrollment { studentNumber } classSessionId statusCode } errors { row column columnNumber code value } } }`;
const APPLY = `mutation($c: ID!, $f: String!, $s: ID, $r: String) { applyAttendanceCsv(cohortId: $c, fileBase64: $f, classSessionId: $s, reason: $r) { entryCount created changed } }`;

const utf8 = (text: string, bom = false) => Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8').toString('base64');
const sjis = (text: string) => iconv.encode(text, 'cp932').toString('base64');
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

async function enrolledCohort(courseId: string, academicYear: number, n: number): Promise<Cohort> {
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
  const enrollments = members.map((m) => rows.find((e) => e.accountId === m.id)!);
  return { cohortId, members, numbers: enrollments.map((e) => e.studentNumber), enrollments };
}

async function session(cohortId: string, tokyoStart: string, cancelled = false): Promise<string> {
  const now = new Date();
  const startsAt = new Date(`${tokyoStart}:00+09:00`);
  const result = await t.app.dataSource.getRepository(ClassSession).insert({
    cohortId: Number(cohortId),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
    title: '講義',
    venue: '区役所',
    kind: ClassSessionKind.LECTURE,
    countsTowardCompletion: true,
    requiredForCompletion: false,
    cancelledAt: cancelled ? now : null,
    cancelReason: cancelled ? '台風' : null,
    createdAt: now,
    updatedAt: now,
  });
  return String(result.identifiers[0].id);
}

const preview = async (cohortId: string, file: string, classSessionId?: string, token = staff) =>
  (await ok(t, PREVIEW, { c: cohortId, f: file, s: classSessionId }, token)).previewAttendanceCsv;
const apply = (cohortId: string, file: string, classSessionId?: string, reason?: string, token = staff): Promise<GqlResult> =>
  t.gql(APPLY, { c: cohortId, f: file, s: classSessionId, r: reason }, { token });
const fieldKeys = (res: GqlResult) =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));
const attendanceOf = async (cohort: Cohort) =>
  (
    await t.app.dataSource.getRepository(Attendance).find({ where: cohort.enrollments.map((e) => ({ enrollmentId: e.id })), order: { classSessionId: 'ASC', enrollmentId: 'ASC' } })
  ).map((a) => `${a.classSessionId}/${cohort.enrollments.findIndex((e) => e.id === a.enrollmentId)}:${a.statusCode}:${a.source}`);
const clear = () => t.app.dataSource.query('DELETE FROM attendance');
/** The statements of a preview: the caller's session, the cohort, its sessions, its students named in the file, the course's statuses, the audit of the student numbers read (the audit write is three: the chain head read and updated around the row, and the members it is about for their access history). */
const PREVIEW_STATEMENTS = 9;

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  greenery = await t.tokenFor('greenery');
  main = await enrolledCohort(COURSE.DISASTER, 2030, 4);
  other = await enrolledCohort(COURSE.RECYCLING, 2031, 1);
  green = await enrolledCohort(COURSE.GREENERY, 2032, 2);
  s = {
    s1: await session(main.cohortId, '2030-05-12T10:00'),
    s2: await session(main.cohortId, '2030-05-19T10:00'),
    s3: await session(main.cohortId, '2030-05-19T14:00'),
    cancelled: await session(main.cohortId, '2030-05-26T10:00', true),
    past: await session(main.cohortId, '2026-04-01T10:00'),
  };
  otherSession = await session(other.cohortId, '2031-05-12T10:00');
  greenSession = await session(green.cohortId, '2032-05-12T10:00');
}, 120_000);
afterAll(() => t.close());
beforeEach(clear);

test('the grid in UTF-8 with a BOM: headed by dates (with a time where a day has two) or ids; labels and codes; name columns ignored', async () => {
  const [a, b, c, d] = main.numbers;
  const file = utf8(
    csv(
      `学籍番号,氏名,2030/05/12,2030-05-19 10:00,${s.s3}`,
      `${a},練馬 一郎,出席,遅刻,早退`,
      `${b},大泉 二郎,欠席,届出欠席,`,
      // Full-width and lower case are read as written by hand.
      `${c.toLowerCase()},石神井 三郎,present,ＬＡＴＥ,excused`,
      `${d},,,,`,
    ),
    true,
  );
  const p = await preview(main.cohortId, file);
  expect(p).toMatchObject({ layout: 'grid', classSessionIds: [s.s1, s.s2, s.s3], entryCount: 8, errorCount: 0, errors: [] });
  expect(p.entries[0]).toEqual({
    row: 2,
    column: '2030/05/12',
    enrollmentId: String(main.enrollments[0].id),
    enrollment: { studentNumber: a },
    classSessionId: s.s1,
    statusCode: 'present',
  });
  // The student numbers the preview shows are a staff read of personal information: audited.
  const read = await t.gql(PREVIEW, { c: main.cohortId, f: file }, { token: staff });
  const audit = await t.app.dataSource.getRepository(AuditEntry).findOneByOrFail({ requestId: read.headers.get('x-request-id')!, action: 'pii.read', targetType: 'Enrollment' });
  expect([...audit.targetIds].sort()).toEqual(
    main.enrollments
      .slice(0, 3)
      .map((e) => String(e.id))
      .sort(),
  );
  expect(await attendanceOf(main)).toEqual([]);
  const res = await apply(main.cohortId, file);
  expect(res.errors).toBeUndefined();
  expect(res.data.applyAttendanceCsv).toEqual({ entryCount: 8, created: 8, changed: 0 });
  expect(await attendanceOf(main)).toEqual([
    `${s.s1}/0:present:csv`,
    `${s.s1}/1:absent:csv`,
    `${s.s1}/2:present:csv`,
    `${s.s2}/0:late:csv`,
    `${s.s2}/1:excused:csv`,
    `${s.s2}/2:late:csv`,
    `${s.s3}/0:leftEarly:csv`,
    `${s.s3}/2:excused:csv`,
  ]);
});

test('the per-session sheet in Shift_JIS (as Excel writes it), with 氏名 ignored', async () => {
  const [a, b, c] = main.numbers;
  const text = csv('学籍番号,氏名,状態', `${a},練馬 一郎,出席`, `${b},髙橋 花子,届出欠席`, `${c},渡邉 三郎,遅刻`);
  // Really Shift_JIS: not valid UTF-8, and decoded by the server's own rule.
  const bytes = iconv.encode(text, 'cp932');
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  expect(decodeCsv(bytes)).toBe(text);
  const p = await preview(main.cohortId, sjis(text), s.s2);
  expect(p).toMatchObject({ layout: 'session', classSessionIds: [s.s2], entryCount: 3, errorCount: 0 });
  expect(p.entries.map((e: { column: string }) => e.column)).toEqual(['状態', '状態', '状態']);
  expect((await apply(main.cohortId, sjis(text), s.s2)).data.applyAttendanceCsv).toEqual({ entryCount: 3, created: 3, changed: 0 });
  expect(await attendanceOf(main)).toEqual([`${s.s2}/0:present:csv`, `${s.s2}/1:excused:csv`, `${s.s2}/2:late:csv`]);
  // UTF-8 without a BOM reads the same; a second import changes what differs.
  const again = csv('学籍番号,状態', `${a},欠席`, `${b},届出欠席`);
  expect((await apply(main.cohortId, utf8(again), s.s2)).data.applyAttendanceCsv).toEqual({ entryCount: 2, created: 0, changed: 1 });
  expect(await attendanceOf(main)).toEqual([`${s.s2}/0:absent:csv`, `${s.s2}/1:excused:csv`, `${s.s2}/2:late:csv`]);
});

test('every error is named by row and column, and an error anywhere writes nothing', async () => {
  const [a, b, c] = main.numbers;
  const file = utf8(
    csv(
      `学籍番号,2030/05/12,${otherSession},2030/06/01,2030/05/19,2030-05-12,2030/05/26,2030/05/19 14:00`,
      `${a},出席,出席,出席,出席,出席,出席,出席`,
      `2030-DIS-999,出席,,,,,,`,
      `${b},しゅっせき,,,,,,欠`,
      `${a},欠席,,,,,,`,
      `${other.numbers[0]},出席,,,,,,`,
      `,出席,,,,,,`,
      `${c},欠席,,,,,,出席`,
    ),
  );
  const p = await preview(main.cohortId, file);
  expect(p.errors).toEqual([
    { row: 1, column: otherSession, columnNumber: 3, code: 'import.otherCohortSession', value: otherSession },
    { row: 1, column: '2030/06/01', columnNumber: 4, code: 'import.unknownSession', value: '2030/06/01' },
    { row: 1, column: '2030/05/19', columnNumber: 5, code: 'import.ambiguousSession', value: '2030/05/19' },
    { row: 1, column: '2030-05-12', columnNumber: 6, code: 'import.duplicate', value: '2030-05-12' },
    { row: 1, column: '2030/05/26', columnNumber: 7, code: 'import.cancelledSession', value: '2030/05/26' },
    { row: 3, column: '学籍番号', columnNumber: 1, code: 'import.unknownStudent', value: '2030-DIS-999' },
    { row: 4, column: '2030/05/12', columnNumber: 2, code: 'import.unknownStatus', value: 'しゅっせき' },
    { row: 4, column: '2030/05/19 14:00', columnNumber: 8, code: 'import.unknownStatus', value: '欠' },
    { row: 5, column: '学籍番号', columnNumber: 1, code: 'import.duplicate', value: a },
    { row: 6, column: '学籍番号', columnNumber: 1, code: 'import.unknownStudent', value: other.numbers[0] },
    { row: 7, column: '学籍番号', columnNumber: 1, code: 'import.unknownStudent', value: '' },
  ]);
  expect(p.errorCount).toBe(11);
  // The good cells are still previewed.
  expect(p.entryCount).toBe(4);
  const res = await apply(main.cohortId, file);
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(fieldKeys(res)).toContain('rows.4.2030/05/12:import.unknownStatus');
  expect(res.errors![0].extensions.importErrors).toHaveLength(11);
  expect(await attendanceOf(main)).toEqual([]);
});

test('all or nothing also when the write path refuses: a correction after the day needs a reason', async () => {
  const [a, b] = main.numbers;
  expect((await apply(main.cohortId, utf8(csv('学籍番号,状態', `${a},出席`)), s.past)).errors).toBeUndefined();
  const file = utf8(csv(`学籍番号,2026/04/01,2030/05/12`, `${a},欠席,出席`, `${b},出席,出席`));
  const refused = await apply(main.cohortId, file);
  expect(fieldKeys(refused)).toEqual(['reason:attendance.reasonRequired']);
  expect(await attendanceOf(main)).toEqual([`${s.past}/0:present:csv`]);
  expect((await apply(main.cohortId, file, undefined, '出席簿の転記誤り')).data.applyAttendanceCsv).toEqual({ entryCount: 4, created: 3, changed: 1 });
  expect(await attendanceOf(main)).toEqual([`${s.s1}/0:present:csv`, `${s.s1}/1:present:csv`, `${s.past}/0:absent:csv`, `${s.past}/1:present:csv`]);
  const change = await t.app.dataSource.getRepository(AttendanceChange).findOneByOrFail({ fromStatus: 'present', toStatus: 'absent' });
  expect([change.reason, change.source]).toEqual(['出席簿の転記誤り', 'csv']);
});

test('file-level refusals: a missing column, another cohort’s session, a cancelled session, not CSV, too many cells, too large', async () => {
  const [a] = main.numbers;
  const res = (file: string, session?: string) => apply(main.cohortId, file, session);
  expect(fieldKeys(await res(utf8(csv('学籍番号,氏名', `${a},練馬`)), s.s1))).toEqual(['fileBase64:import.missingColumn']);
  expect(fieldKeys(await res(utf8(csv('氏名,2030/05/12', `練馬,出席`))))).toEqual(['fileBase64:import.missingColumn']);
  expect(fieldKeys(await res(utf8(csv('学籍番号,状態', `${a},出席`)), otherSession))).toEqual(['classSessionId:import.otherCohortSession']);
  expect(fieldKeys(await res(utf8(csv('学籍番号,状態', `${a},出席`)), s.cancelled))).toEqual(['classSessionId:import.cancelledSession']);
  expect(errorCodes(await res(utf8(csv('学籍番号,状態', `${a},出席`)), '99999'))).toEqual(['NOT_FOUND']);
  expect(fieldKeys(await res(utf8('学籍番号,状態\r\n"abc,出席\r\n'), s.s1))).toEqual(['fileBase64:import.badFile']);
  expect(fieldKeys(await res('***'))).toEqual(['fileBase64:import.badFile']);
  expect(fieldKeys(await res(''))).toEqual(['fileBase64:import.empty']);
  // 2,501 rows of two cells: 5,002 cells.
  const many = csv('学籍番号,2030/05/12', ...Array.from({ length: 2501 }, () => '1,1'));
  expect(fieldKeys(await res(utf8(many)))).toEqual(['fileBase64:import.tooManyCells']);
  expect(fieldKeys(await t.gql(PREVIEW, { c: main.cohortId, f: utf8(many) }, { token: staff }))).toEqual(['fileBase64:import.tooManyCells']);
  // Over 2 MB (the HTTP body limit stops such a request earlier; the service refuses it too).
  expect(() => fileBytes(Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x41).toString('base64'))).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ fieldErrors: [expect.objectContaining({ messageKey: 'import.tooLarge' })] }) }),
  );
  expect(fileBytes(Buffer.alloc(IMPORT_MAX_BYTES, 0x41).toString('base64'))).toHaveLength(IMPORT_MAX_BYTES);
  expect(await attendanceOf(main)).toEqual([]);
});

test('headings: dates with either separator and an optional time, or a session id', () => {
  expect(parseSessionHeading('2030/5/9')).toEqual({ date: '2030-05-09', time: null });
  expect(parseSessionHeading('2030-05-19 9:30')).toEqual({ date: '2030-05-19', time: '09:30' });
  expect(parseSessionHeading('２０３０／０５／１９')).toEqual({ date: '2030-05-19', time: null });
  expect(parseSessionHeading('42')).toEqual({ id: 42 });
  expect(parseSessionHeading('第1回')).toBeNull();
});

test('contractor scope: another field’s cohort is not found on either path; their own field works; members may not import', async () => {
  const file = utf8(csv('学籍番号,状態', `${main.numbers[0]},出席`));
  expect(errorCodes(await t.gql(PREVIEW, { c: main.cohortId, f: file, s: s.s1 }, { token: greenery }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await apply(main.cohortId, file, s.s1, undefined, greenery))).toEqual(['NOT_FOUND']);
  // Their own cohort with another field's session: not found (never told that the session exists).
  expect(errorCodes(await apply(green.cohortId, file, s.s1, undefined, greenery))).toEqual(['NOT_FOUND']);
  expect(await attendanceOf(main)).toEqual([]);
  const own = utf8(csv('学籍番号,状態', `${green.numbers[0]},出席`, `${green.numbers[1]},欠席`));
  expect((await preview(green.cohortId, own, greenSession, greenery)).entryCount).toBe(2);
  expect((await apply(green.cohortId, own, greenSession, undefined, greenery)).data.applyAttendanceCsv.created).toBe(2);
  expect(await attendanceOf(green)).toEqual([`${greenSession}/0:present:csv`, `${greenSession}/1:absent:csv`]);
  expect(errorCodes(await t.gql(PREVIEW, { c: green.cohortId, f: own, s: greenSession }, { token: green.members[0].token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await apply(green.cohortId, own, greenSession, undefined, green.members[0].token))).toEqual(['FORBIDDEN']);
});

test('a preview costs the same statements for one row or many, with unknown students and errors among them (no N+1)', async () => {
  const small = utf8(csv(`学籍番号,2030/05/12,2030/05/19 10:00`, `${main.numbers[0]},出席,出席`));
  const large = utf8(
    csv(
      `学籍番号,2030/05/12,2030/05/19 10:00,${s.s3},${otherSession}`,
      ...main.numbers.map((n) => `${n},出席,欠席,遅刻,出席`),
      ...Array.from({ length: 30 }, (_, i) => `2030-DIS-${900 + i},出席,出席,出席,出席`),
    ),
  );
  const cost = async (file: string) => {
    await t.settle();
    t.sql.reset();
    await preview(main.cohortId, file);
    return t.sql.count;
  };
  const one = await cost(small);
  // The other cohort's session id costs the one lookup that names it.
  expect(await cost(large)).toBe(one + 1);
  expect(one).toBe(PREVIEW_STATEMENTS);
});

test('a grid without any session column is refused', async () => {
  expect(fieldKeys(await apply(main.cohortId, utf8(csv('学籍番号,氏名', `${main.numbers[0]},練馬`))))).toEqual(['fileBase64:import.missingColumn']);
});

describe('/graphql/files: the file operations with a larger body limit', () => {
  const post = async (path: string, query: string, variables: Record<string, unknown>, token = staff) => {
    const res = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      cache: res.headers.get('cache-control'),
      body: (await res.json()) as { data?: Record<string, any>; errors?: { extensions: Record<string, any> }[] },
    };
  };
  // Over /graphql's 64 KB: a sheet with a long 備考 column, as a spreadsheet may carry.
  const note = 'あ'.repeat(6000);
  let bigFile: string;
  beforeAll(() => {
    bigFile = utf8(csv('学籍番号,氏名,状態,備考', ...main.numbers.map((n) => `${n},練馬 花子,欠席,${note}`)));
  });

  test('a file over 64 KB is refused by /graphql and previewed and applied through /graphql/files', async () => {
    expect(bigFile.length).toBeGreaterThan(64 * 1024);
    const direct = await post('/graphql', PREVIEW, { c: main.cohortId, f: bigFile, s: s.s2 });
    expect(direct.status).toBe(413);
    expect(direct.body.errors![0].extensions.messageKey).toBe('request.tooLarge');

    const seen = await post('/graphql/files', PREVIEW, { c: main.cohortId, f: bigFile, s: s.s2 });
    expect(seen.status).toBe(200);
    expect(seen.cache).toBe('no-store');
    expect(seen.body.data!.previewAttendanceCsv).toMatchObject({ layout: 'session', entryCount: main.numbers.length, errorCount: 0 });
    const done = await post('/graphql/files', APPLY, { c: main.cohortId, f: bigFile, s: s.s2 });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.applyAttendanceCsv.entryCount).toBe(main.numbers.length);
    const rows = await t.app.dataSource.getRepository(Attendance).findBy({ classSessionId: Number(s.s2) });
    expect(rows.filter((r) => main.enrollments.some((e) => e.id === r.enrollmentId)).map((r) => r.statusCode)).toEqual(main.numbers.map(() => 'absent'));
  });

  test('/graphql/files answers nothing but the file operations, and keeps the same rules', async () => {
    for (const query of [
      `{ me { id } }`,
      `query($c: ID!, $f: String!) { previewAttendanceCsv(cohortId: $c, fileBase64: $f) { entryCount } me { id } }`,
      `query($c: ID!, $f: String!) { ...F } fragment F on Query { me { id } }`,
      `mutation { logout }`,
      `not graphql {`,
    ]) {
      const res = await post('/graphql/files', query, { c: main.cohortId, f: bigFile });
      expect(res.status).toBe(400);
      expect(res.body.errors![0].extensions).toEqual({ code: 'BAD_REQUEST', messageKey: 'request.notAFileOperation' });
    }
    // The same access rules: a member is refused, another field's contractor finds nothing.
    expect((await post('/graphql/files', PREVIEW, { c: main.cohortId, f: bigFile, s: s.s2 }, main.members[0].token)).body.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await post('/graphql/files', PREVIEW, { c: main.cohortId, f: bigFile, s: s.s2 }, greenery)).body.errors![0].extensions.code).toBe('NOT_FOUND');
    // Its own limit: over 3 MB is 413 before any work.
    const huge = await post('/graphql/files', PREVIEW, { c: main.cohortId, f: 'A'.repeat(3_200_000), s: s.s2 });
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0].extensions.messageKey).toBe('request.tooLarge');
  });
});
