import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, errorCodes, fastMembers, fieldErrors, messageKeys, ok, respond, staffCall, type Member } from './helpers/intake';
import { Attendance, ClassSession } from '../server/src/modules/learning';
import { ClassSessionChange } from '../server/src/modules/learning/class-session-change.entity';
import { Enrollment } from '../server/src/modules/intake';
import { Notice } from '../server/src/modules/notices';

/** Class sessions: rescheduling and cancelling (with history and notices), the weekly pattern, attendance statuses, and the member's own attendance. */
let t: TestServer;
let staff: string;
let greenery: string;
let members: Member[];
let outsider: Member;
let cohortId: string;
let enrollments: Enrollment[];

const CREATE = `mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }`;
const UPDATE = `mutation($input: ClassSessionUpdateInput!) { updateClassSession(input: $input) { id title startsAt endsAt venue cancelledAt changes { kind fromStartsAt toStartsAt fromVenue toVenue reason actorId } } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelClassSession(id: $id, reason: $reason) { id cancelledAt cancelReason changes { kind reason } } }`;
const PATTERN_FIELDS = `date startsAt endsAt title venue kind countsTowardCompletion`;
const PREVIEW = `query($p: ClassSessionPatternInput!) { previewClassSessions(pattern: $p) { ${PATTERN_FIELDS} } }`;
const CREATE_MANY = `mutation($p: ClassSessionPatternInput!) { createClassSessions(pattern: $p) { id startsAt endsAt cohortId } }`;
const STATUSES = `query($id: ID!) { attendanceStatuses(courseId: $id) { code countsAsAttended sortOrder courseId courseOwn } }`;
const SET_STATUS = `mutation($id: ID!, $code: String!, $counts: Boolean!, $label: String, $labelEn: String) {
  setCourseAttendanceStatus(courseId: $id, code: $code, countsAsAttended: $counts, label: $label, labelEn: $labelEn) { code countsAsAttended sortOrder courseId courseOwn label labelEn } }`;
const SAVE = `mutation($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) { saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) { rows { statusCode } } }`;
const MINE = `query($id: ID!) { myAttendance(cohortId: $id) { cohortId enrollment { id } sessions { session { id title } statusCode attendance { statusCode changes { fromStatus toStatus reason } } } } }`;

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
const newSession = async (overrides: Record<string, unknown> = {}): Promise<string> => (await ok(t, CREATE, { input: input(overrides) }, staff)).createClassSession.id;
const pattern = (overrides: Record<string, unknown> = {}) => ({
  cohortId,
  weekdays: [2, 4],
  startTime: '18:30',
  endTime: '20:30',
  from: '2030-06-01',
  to: '2030-06-30',
  skipDates: ['2030-06-13'],
  title: '夜間講座',
  venue: '区民センター',
  kind: 'LECTURE',
  countsTowardCompletion: true,
  ...overrides,
});
const noticesWith = (messageKey: string) => t.app.dataSource.getRepository(Notice).find({ where: { messageKey }, order: { id: 'ASC' } });
const sessionCount = () => t.app.dataSource.getRepository(ClassSession).count({ where: { cohortId: Number(cohortId) } });

/** Enrolled students of a new cohort of the course (REVIEW, closed, selected, announced, accepted). */
async function enrolledCohort(courseId: string, people: Member[], changes: Record<string, unknown> = {}): Promise<string> {
  const id = await createCohort(t, courseId, { academicYear: 2030, capacity: 50, startsOn: '2030-04-10', endsOn: '2031-03-15', selectionMethod: 'REVIEW', ...changes });
  const apps = [];
  for (const m of people) apps.push(await applyOk(t, m.token, id));
  expect((await changeStatus(t, id, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', id)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', id)).errors).toBeUndefined();
  for (let i = 0; i < people.length; i++) expect((await respond(t, people[i].token, apps[i].id, true)).errors).toBeUndefined();
  return id;
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  greenery = await t.tokenFor('greenery');
  members = await fastMembers(t, 3);
  [outsider] = await fastMembers(t, 1);
  cohortId = await enrolledCohort(COURSE.DISASTER, members);
  enrollments = await t.app.dataSource.getRepository(Enrollment).find({ where: { cohortId: Number(cohortId) }, order: { studentNumber: 'ASC' } });
  expect(enrollments).toHaveLength(3);
});
afterAll(() => t.close());

describe('rescheduling and editing', () => {
  test('a title-only edit needs no reason and is kept as EDITED; no notice', async () => {
    const id = await newSession();
    const before = (await noticesWith('notice.classSessionRescheduled')).length;
    const res = (await ok(t, UPDATE, { input: { id, title: '第1回 改題' } }, staff)).updateClassSession;
    expect(res.title).toBe('第1回 改題');
    expect(res.changes).toEqual([expect.objectContaining({ kind: 'EDITED', reason: null, fromVenue: '区役所 会議室A', toVenue: '区役所 会議室A' })]);
    expect(res.changes[0].actorId).not.toBeNull();
    expect((await noticesWith('notice.classSessionRescheduled')).length).toBe(before);
    // Saving the same values again is no change.
    expect((await ok(t, UPDATE, { input: { id, title: '第1回 改題' } }, staff)).updateClassSession.changes).toHaveLength(1);
  });

  test('a new time or venue needs a reason; it is kept with before and after, and each student is told', async () => {
    const id = await newSession();
    for (const change of [{ startsAt: '2030-05-08T10:00:00+09:00', endsAt: '2030-05-08T12:00:00+09:00' }, { venue: '区役所 会議室B' }]) {
      for (const reason of [undefined, '  ']) {
        const res = await t.gql(UPDATE, { input: { id, ...change, reason } }, { token: staff });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'reason', messageKey: 'classSession.reasonRequired' })]);
      }
    }
    expect(await t.app.dataSource.getRepository(ClassSessionChange).count({ where: { classSessionId: Number(id) } })).toBe(0);
    const res = (
      await ok(t, UPDATE, { input: { id, startsAt: '2030-05-08T13:00:00+09:00', endsAt: '2030-05-08T15:00:00+09:00', venue: '区役所 会議室B', reason: '会場の都合' } }, staff)
    ).updateClassSession;
    expect(res).toMatchObject({ startsAt: '2030-05-08T13:00:00+09:00', endsAt: '2030-05-08T15:00:00+09:00', venue: '区役所 会議室B' });
    expect(res.changes).toEqual([
      expect.objectContaining({
        kind: 'RESCHEDULED',
        fromStartsAt: '2030-05-01T10:00:00+09:00',
        toStartsAt: '2030-05-08T13:00:00+09:00',
        fromVenue: '区役所 会議室A',
        toVenue: '区役所 会議室B',
        reason: '会場の都合',
      }),
    ]);
    const notices = (await noticesWith('notice.classSessionRescheduled')).filter((n) => JSON.parse(n.messageParams!).startsAt === '2030-05-08T13:00:00+09:00');
    expect(notices.map((n) => n.accountId).sort()).toEqual(enrollments.map((e) => e.accountId).sort());
    expect(notices.every((n) => n.title === null && n.body === null && n.cohortId === Number(cohortId))).toBe(true);
    expect(JSON.parse(notices[0].messageParams!)).toMatchObject({
      fromStartsAt: '2030-05-01T10:00:00+09:00',
      fromVenue: '区役所 会議室A',
      venue: '区役所 会議室B',
      reason: '会場の都合',
      academicYear: '2030',
    });
    // The member reads it on my page as a key with parameters.
    const mine = (await ok(t, `{ myNotices { messageKey params { name value } } }`, {}, members[0].token)).myNotices;
    expect(mine.map((n: { messageKey: string }) => n.messageKey)).toContain('notice.classSessionRescheduled');
    expect((await ok(t, `{ myNotices { messageKey } }`, {}, outsider.token)).myNotices.map((n: { messageKey: string }) => n.messageKey)).not.toContain(
      'notice.classSessionRescheduled',
    );
  });

  test('the new time must stay in the cohort’s period and end after it starts', async () => {
    const id = await newSession();
    let res = await t.gql(UPDATE, { input: { id, startsAt: '2031-03-16T10:00:00+09:00', endsAt: '2031-03-16T12:00:00+09:00', reason: 'x' } }, { token: staff });
    expect(fieldErrors(res)).toEqual(['startsAt']);
    res = await t.gql(UPDATE, { input: { id, endsAt: '2030-05-01T09:00:00+09:00', reason: 'x' } }, { token: staff });
    expect(fieldErrors(res)).toEqual(['endsAt']);
    expect(await t.app.dataSource.getRepository(ClassSessionChange).count({ where: { classSessionId: Number(id) } })).toBe(0);
  });
});

describe('cancelling', () => {
  test('needs a reason; keeps the session with its reason, records the change, tells the students', async () => {
    const id = await newSession({ title: '休講になる回' });
    for (const reason of ['', '   ']) {
      const res = await t.gql(CANCEL, { id, reason }, { token: staff });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(res)).toEqual(['reason']);
    }
    const res = (await ok(t, CANCEL, { id, reason: '台風のため' }, staff)).cancelClassSession;
    expect(res.cancelledAt).not.toBeNull();
    expect(res.cancelReason).toBe('台風のため');
    expect(res.changes).toEqual([{ kind: 'CANCELLED', reason: '台風のため' }]);
    const notices = (await noticesWith('notice.classSessionCancelled')).filter((n) => JSON.parse(n.messageParams!).sessionTitle === '休講になる回');
    expect(notices.map((n) => n.accountId).sort()).toEqual(enrollments.map((e) => e.accountId).sort());
    expect(JSON.parse(notices[0].messageParams!)).toMatchObject({ reason: '台風のため', startsAt: '2030-05-01T10:00:00+09:00', venue: '区役所 会議室A' });
    // Still listed on the cohort, flagged.
    const listed = (await ok(t, `query($id: ID!) { cohort(id: $id) { classSessions { id cancelledAt } } }`, { id: cohortId }, staff)).cohort.classSessions;
    expect(listed.find((s: { id: string }) => s.id === id).cancelledAt).not.toBeNull();
  });

  test('a cancelled session cannot be cancelled again or changed: CONFLICT', async () => {
    const id = await newSession();
    await ok(t, CANCEL, { id, reason: '講師の急病' }, staff);
    let res = await t.gql(CANCEL, { id, reason: 'again' }, { token: staff });
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(messageKeys(res)).toEqual(['classSession.alreadyCancelled']);
    res = await t.gql(UPDATE, { input: { id, title: 'new' } }, { token: staff });
    expect(messageKeys(res)).toEqual(['classSession.cancelled']);
    expect(await t.app.dataSource.getRepository(ClassSessionChange).count({ where: { classSessionId: Number(id) } })).toBe(1);
  });

  test('parallel cancels of one session: one succeeds, the others get CONFLICT; one change row, one notice per student', async () => {
    const id = await newSession({ title: '同時に休講' });
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => t.gql(CANCEL, { id, reason: `理由${i}` }, { token: staff })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => messageKeys(r))).toEqual(Array(5).fill(['classSession.alreadyCancelled']));
    expect(await t.app.dataSource.getRepository(ClassSessionChange).count({ where: { classSessionId: Number(id) } })).toBe(1);
    const notices = (await noticesWith('notice.classSessionCancelled')).filter((n) => JSON.parse(n.messageParams!).sessionTitle === '同時に休講');
    expect(notices).toHaveLength(enrollments.length);
  });

  test('students withdrawn are not told', async () => {
    const id = await newSession({ title: '退講者には届かない回' });
    const repo = t.app.dataSource.getRepository(Enrollment);
    await repo.update({ id: enrollments[2].id }, { withdrawnAt: new Date('2030-04-20T00:00:00Z') });
    try {
      await ok(t, CANCEL, { id, reason: '会場の都合' }, staff);
      const notices = (await noticesWith('notice.classSessionCancelled')).filter((n) => JSON.parse(n.messageParams!).sessionTitle === '退講者には届かない回');
      expect(notices.map((n) => n.accountId).sort()).toEqual([enrollments[0].accountId, enrollments[1].accountId].sort());
    } finally {
      await repo.update({ id: enrollments[2].id }, { withdrawnAt: null });
    }
  });

  test('the notice texts exist in Japanese and English on the member portal', () => {
    for (const locale of ['ja', 'en']) {
      const messages = JSON.parse(fs.readFileSync(path.resolve(__dirname, `../member-client/src/locales/notices/${locale}.json`), 'utf8'));
      for (const key of ['classSessionCancelled', 'classSessionRescheduled']) {
        expect([locale, key, typeof messages.notice[key]?.title, typeof messages.notice[key]?.body]).toEqual([locale, key, 'string', 'string']);
        expect(messages.notice[key].body).toContain('{reason}');
      }
    }
  });
});

describe('access', () => {
  test('members cannot change sessions; contractor staff of another field get NOT_FOUND on every operation', async () => {
    const id = await newSession();
    expect(errorCodes(await t.gql(UPDATE, { input: { id, title: 'x' } }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(CANCEL, { id, reason: 'x' }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(PREVIEW, { p: pattern() }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(UPDATE, { input: { id, title: 'x' } }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(CANCEL, { id, reason: 'x' }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(PREVIEW, { p: pattern() }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(CREATE_MANY, { p: pattern() }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(STATUSES, { id: COURSE.DISASTER }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(SET_STATUS, { id: COURSE.DISASTER, code: 'late', counts: false }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(`query($id: ID!) { classSession(id: $id) { changes { id } } }`, { id }, { token: greenery }))).toEqual(['NOT_FOUND']);
    // Nested under the cohort: the contractor cannot reach the cohort at all.
    expect(errorCodes(await t.gql(`query($id: ID!) { cohort(id: $id) { classSessions { id } } }`, { id: cohortId }, { token: greenery }))).toEqual(['NOT_FOUND']);
    const row = await t.app.dataSource.getRepository(ClassSession).findOneByOrFail({ id: Number(id) });
    expect([row.title, row.cancelledAt]).toEqual(['第1回 防災の基礎', null]);
  });

  test('members read Cohort.classSessions only of a cohort they are enrolled in', async () => {
    await newSession({ title: '一覧の回' });
    const LIST = `query($id: ID!) { cohort(id: $id) { id classSessions { id title } } }`;
    const mine = (await ok(t, LIST, { id: cohortId }, members[0].token)).cohort;
    expect(mine.classSessions.map((s: { title: string }) => s.title)).toContain('一覧の回');
    // The outsider reads the (published) cohort, but none of its sessions.
    const theirs = (await ok(t, LIST, { id: cohortId }, outsider.token)).cohort;
    expect(theirs.id).toBe(cohortId);
    expect(theirs.classSessions).toEqual([]);
  });

  test('a member does not see the history of a session', async () => {
    const id = await newSession();
    expect(errorCodes(await t.gql(`query($id: ID!) { classSession(id: $id) { id changes { id } } }`, { id }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
  });
});

describe('weekly pattern', () => {
  test('preview lists the sessions in Tokyo time and saves nothing', async () => {
    const before = await sessionCount();
    const drafts = (await ok(t, PREVIEW, { p: pattern() }, staff)).previewClassSessions;
    // June 2030: Tuesdays 4, 11, 18, 25 and Thursdays 6, 13 (skipped), 20, 27.
    expect(drafts.map((d: { date: string }) => d.date)).toEqual(['2030-06-04', '2030-06-06', '2030-06-11', '2030-06-18', '2030-06-20', '2030-06-25', '2030-06-27']);
    expect(drafts[0]).toEqual({
      date: '2030-06-04',
      startsAt: '2030-06-04T18:30:00+09:00',
      endsAt: '2030-06-04T20:30:00+09:00',
      title: '夜間講座',
      venue: '区民センター',
      kind: 'LECTURE',
      countsTowardCompletion: true,
    });
    expect(await sessionCount()).toBe(before);
  });

  test('an early-morning time stays on its Tokyo date (the previous day in UTC)', async () => {
    const drafts = (await ok(t, PREVIEW, { p: pattern({ weekdays: [1], startTime: '07:00', endTime: '08:00', from: '2030-06-03', to: '2030-06-03', skipDates: null }) }, staff))
      .previewClassSessions;
    expect(drafts).toHaveLength(1);
    expect(drafts[0].startsAt).toBe('2030-06-03T07:00:00+09:00');
  });

  test('without dates, the pattern runs over the cohort’s whole period', async () => {
    const drafts = (await ok(t, PREVIEW, { p: pattern({ weekdays: [3], from: null, to: null, skipDates: null }) }, staff)).previewClassSessions;
    // Wednesdays from 2030-04-10 (a Wednesday) to 2031-03-15.
    expect(drafts[0].date).toBe('2030-04-10');
    expect(drafts[drafts.length - 1].date).toBe('2031-03-12');
    expect(drafts).toHaveLength(49);
  });

  test('create saves exactly the previewed sessions', async () => {
    const p = pattern({ from: '2030-07-01', to: '2030-07-31', skipDates: [] });
    const drafts = (await ok(t, PREVIEW, { p }, staff)).previewClassSessions;
    const created = (await ok(t, CREATE_MANY, { p }, staff)).createClassSessions;
    expect(created.map((s: { startsAt: string }) => s.startsAt)).toEqual(drafts.map((d: { startsAt: string }) => d.startsAt));
    expect(created.every((s: { cohortId: string }) => s.cohortId === cohortId)).toBe(true);
    const rows = await t.app.dataSource.getRepository(ClassSession).findBy({ cohortId: Number(cohortId), title: '夜間講座' });
    expect(rows.map((r) => r.startsAt.toISOString()).sort()).toEqual(drafts.map((d: { startsAt: string }) => new Date(d.startsAt).toISOString()).sort());
  });

  test('more than 200 sessions, dates outside the cohort, bad times or weekdays: BAD_USER_INPUT, nothing saved', async () => {
    const before = await sessionCount();
    const cases: [Record<string, unknown>, string[], string | null][] = [
      [{ weekdays: [0, 1, 2, 3, 4, 5, 6], from: '2030-04-10', to: '2031-03-15' }, ['to'], 'classSession.tooMany'],
      [{ from: '2030-04-09' }, ['from'], 'classSession.outsideCohort'],
      [{ to: '2031-03-16' }, ['to'], 'classSession.outsideCohort'],
      [{ from: '2030-06-30', to: '2030-06-01' }, ['to'], 'validation.dateOrder'],
      [{ endTime: '18:30' }, ['endTime'], 'validation.dateOrder'],
      [{ startTime: '25:00' }, ['startTime'], null],
      [{ weekdays: [7] }, ['weekdays'], null],
      [{ weekdays: [] }, ['weekdays'], null],
      [{ weekdays: [1], from: '2030-06-04', to: '2030-06-04' }, ['weekdays'], 'classSession.noDates'],
    ];
    for (const [change, fields, key] of cases) {
      for (const op of [PREVIEW, CREATE_MANY]) {
        const res = await t.gql(op, { p: pattern(change) }, { token: staff });
        expect([change, errorCodes(res), fieldErrors(res)]).toEqual([change, ['BAD_USER_INPUT'], fields]);
        if (key) expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe(key);
      }
    }
    // Exactly 200 is allowed (preview only).
    const two = await t.gql(PREVIEW, { p: pattern({ weekdays: [0, 1, 2, 3, 4, 5, 6], from: '2030-04-10', to: '2030-10-26', skipDates: [] }) }, { token: staff });
    expect(two.errors).toBeUndefined();
    expect(two.data!.previewClassSessions).toHaveLength(200);
    expect(await sessionCount()).toBe(before);
  });
});

describe('attendance statuses', () => {
  let recyclingCohort: string;
  let recyclingStudents: Member[];
  beforeAll(async () => {
    recyclingStudents = await fastMembers(t, 2);
    recyclingCohort = await enrolledCohort(COURSE.RECYCLING, recyclingStudents);
  });

  test('the defaults, ordered, for a course without its own', async () => {
    const list = (await ok(t, STATUSES, { id: COURSE.RECYCLING }, staff)).attendanceStatuses;
    expect(list.map((s: { code: string; countsAsAttended: boolean }) => [s.code, s.countsAsAttended])).toEqual([
      ['present', true],
      ['late', true],
      ['leftEarly', true],
      ['absent', false],
      ['excused', false],
    ]);
    // A member may read them (their course's labels).
    expect((await ok(t, STATUSES, { id: COURSE.RECYCLING }, recyclingStudents[0].token)).attendanceStatuses).toHaveLength(5);
  });

  test('a course replaces a default or adds a code; other courses keep the defaults; recording accepts the new code only there', async () => {
    let list = (await ok(t, SET_STATUS, { id: COURSE.RECYCLING, code: 'excused', counts: true }, staff)).setCourseAttendanceStatus;
    expect(list.find((s: { code: string }) => s.code === 'excused')).toMatchObject({ countsAsAttended: true, sortOrder: 5, courseId: COURSE.RECYCLING, courseOwn: true });
    expect(list.find((s: { code: string }) => s.code === 'late')).toMatchObject({ courseId: COURSE.RECYCLING, courseOwn: false });
    // A new code needs its name (the clients know only the defaults'); a default's or another code's name is refused.
    for (const label of [undefined, '  ', '欠席', 'とても長い名前'.repeat(4)]) {
      expect(fieldErrors(await t.gql(SET_STATUS, { id: COURSE.RECYCLING, code: 'online', counts: true, label }, { token: staff }))).toEqual(['label']);
    }
    list = (await ok(t, SET_STATUS, { id: COURSE.RECYCLING, code: 'online', counts: true, label: 'オンライン参加', labelEn: 'Joined online' }, staff)).setCourseAttendanceStatus;
    expect(list.map((s: { code: string }) => s.code)).toEqual(['present', 'late', 'leftEarly', 'absent', 'excused', 'online']);
    expect(list.find((s: { code: string }) => s.code === 'online')).toMatchObject({ label: 'オンライン参加', labelEn: 'Joined online' });
    expect(list.find((s: { code: string }) => s.code === 'excused')).toMatchObject({ label: null, labelEn: null });
    // Setting it again changes the course's own row.
    list = (await ok(t, SET_STATUS, { id: COURSE.RECYCLING, code: 'online', counts: false, label: 'オンライン参加' }, staff)).setCourseAttendanceStatus;
    expect(list.filter((s: { code: string }) => s.code === 'online')).toEqual([expect.objectContaining({ countsAsAttended: false, sortOrder: 6, labelEn: null })]);
    const disaster = (await ok(t, STATUSES, { id: COURSE.DISASTER }, staff)).attendanceStatuses;
    expect(disaster.map((s: { code: string }) => s.code)).not.toContain('online');
    expect(disaster.find((s: { code: string }) => s.code === 'excused').countsAsAttended).toBe(false);

    const recyclingSession = (await ok(t, CREATE, { input: input({ cohortId: recyclingCohort }) }, staff)).createClassSession.id;
    const student = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ cohortId: Number(recyclingCohort) });
    await ok(t, SAVE, { id: recyclingSession, entries: [{ enrollmentId: String(student.id), statusCode: 'online' }] }, staff);
    expect((await t.app.dataSource.getRepository(Attendance).findOneByOrFail({ classSessionId: Number(recyclingSession), enrollmentId: student.id })).statusCode).toBe('online');
    // The student reads the new code's name with their attendance.
    const studentToken = recyclingStudents.find((m) => m.id === student.accountId)!.token;
    const mine = (
      await ok(t, `query($c: ID!) { myAttendance(cohortId: $c) { statuses { code label countsAsAttended } sessions { statusCode } } }`, { c: recyclingCohort }, studentToken)
    ).myAttendance;
    expect(mine.statuses.find((s: { code: string }) => s.code === 'online')).toEqual({ code: 'online', label: 'オンライン参加', countsAsAttended: false });
    expect(mine.sessions.map((s: { statusCode: string | null }) => s.statusCode)).toContain('online');
    const disasterSession = await newSession();
    const res = await t.gql(SAVE, { id: disasterSession, entries: [{ enrollmentId: String(enrollments[0].id), statusCode: 'online' }] }, { token: staff });
    expect(res.errors![0].extensions!.fieldErrors[0].messageKey).toBe('attendance.unknownStatus');
  });

  test('a bad code: BAD_USER_INPUT; members: FORBIDDEN', async () => {
    expect(fieldErrors(await t.gql(SET_STATUS, { id: COURSE.RECYCLING, code: 'Not a code', counts: true }, { token: staff }))).toEqual(['code']);
    expect(errorCodes(await t.gql(SET_STATUS, { id: COURSE.RECYCLING, code: 'late', counts: false }, { token: recyclingStudents[0].token }))).toEqual(['FORBIDDEN']);
  });

  test('once a session of any cohort of the course has started: CONFLICT attendance.statusesLocked', async () => {
    const id = (await ok(t, CREATE, { input: input({ cohortId: recyclingCohort }) }, staff)).createClassSession.id;
    expect((await t.gql(SET_STATUS, { id: COURSE.RECYCLING, code: 'late', counts: true }, { token: staff })).errors).toBeUndefined();
    const past = new Date(Date.now() - 3600_000);
    await t.app.dataSource.getRepository(ClassSession).update({ id: Number(id) }, { startsAt: past, endsAt: new Date(past.getTime() + 1800_000) });
    const res = await t.gql(SET_STATUS, { id: COURSE.RECYCLING, code: 'late', counts: false }, { token: staff });
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(messageKeys(res)).toEqual(['attendance.statusesLocked']);
    expect((await ok(t, STATUSES, { id: COURSE.RECYCLING }, staff)).attendanceStatuses.find((s: { code: string }) => s.code === 'late').countsAsAttended).toBe(true);
  });
});

describe('my attendance', () => {
  test('the student sees every session of the cohort with their status (null: not recorded) and the changes', async () => {
    const recorded = await newSession({ title: '記録済みの回', startsAt: '2030-04-11T10:00:00+09:00', endsAt: '2030-04-11T12:00:00+09:00' });
    const open = await newSession({ title: '未記録の回', startsAt: '2030-04-12T10:00:00+09:00', endsAt: '2030-04-12T12:00:00+09:00' });
    await ok(t, SAVE, { id: recorded, entries: [] }, staff);
    await ok(t, SAVE, { id: recorded, entries: [{ enrollmentId: String(enrollments[0].id), statusCode: 'late' }] }, staff);
    const mine = (await ok(t, MINE, { id: cohortId }, members[0].token)).myAttendance;
    expect(mine.enrollment.id).toBe(String(enrollments[0].id));
    const byId = new Map(mine.sessions.map((r: { session: { id: string } }) => [r.session.id, r]));
    expect(byId.get(recorded)).toEqual({
      session: { id: recorded, title: '記録済みの回' },
      statusCode: 'late',
      attendance: { statusCode: 'late', changes: [{ fromStatus: 'present', toStatus: 'late', reason: null }] },
    });
    expect(byId.get(open)).toEqual({ session: { id: open, title: '未記録の回' }, statusCode: null, attendance: null });
    // Every session of the cohort, by start.
    expect(mine.sessions).toHaveLength(await sessionCount());
    // Another student sees their own status.
    const other = (await ok(t, MINE, { id: cohortId }, members[1].token)).myAttendance;
    expect(other.sessions.find((r: { session: { id: string } }) => r.session.id === recorded).statusCode).toBe('present');
  });

  test('a member not enrolled: NOT_FOUND; staff: FORBIDDEN', async () => {
    expect(errorCodes(await t.gql(MINE, { id: cohortId }, { token: outsider.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(MINE, { id: 'abc' }, { token: outsider.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(MINE, { id: cohortId }, { token: staff }))).toEqual(['FORBIDDEN']);
  });
});
