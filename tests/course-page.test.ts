import { startTestServer, codes, type TestServer } from './helpers/server';
import { COURSE, changeStatus, createCohort, errorCodes, ok, staffCall, updateCohort } from './helpers/intake';

/**
 * The public course page: a course with its description, field, length, schedule outline and
 * eligibility, and the cohorts the public may see (open, closed awaiting results, announced,
 * running; never drafts), for anyone logged in or not. Staff keep their own view and scope.
 */
let t: TestServer;
let staff: string;
beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
});
afterAll(() => t.close());

const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const COURSE_FIELDS = 'id title titleEn description fieldCode field { code nameJa years } years eligibility motivationRequired minAttendanceRate scheduleOutline';
const COHORT_FIELDS = 'id academicYear status selectionMethod capacity applicationOpensAt applicationClosesAt startsOn endsOn resultsOn announcedAt acceptingApplications';
const COURSE_INPUT = {
  fieldCode: 'AGRICULTURE',
  title: '農のコース',
  titleEn: 'Urban agriculture course',
  description: '練馬の都市農業を学び、農地保全や農業ボランティアの担い手を養成します。',
  eligibility: ['RESIDENT'],
  motivationRequired: false,
  minAttendanceRate: 80,
};
const UPDATE_COURSE = `mutation($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { id scheduleOutline } }`;
const CREATE_COHORT = `mutation($input: CohortInput!) { createCohort(input: $input) { id resultsOn announcedAt } }`;

function cohortInput(overrides: Record<string, unknown> = {}) {
  return {
    courseId: COURSE.AGRICULTURE,
    academicYear: 2031,
    capacity: 10,
    applicationOpensAt: '2030-10-01T09:00:00+09:00',
    applicationClosesAt: '2030-11-30T17:00:00+09:00',
    startsOn: '2031-04-10',
    endsOn: '2032-03-15',
    selectionMethod: 'LOTTERY',
    ...overrides,
  };
}

/** Cohorts of the agriculture course in every status, created through the API; ids by status. */
const made: Record<string, string> = {};
beforeAll(async () => {
  const now = Date.now();
  const window = { applicationOpensAt: iso(now - 2 * DAY), applicationClosesAt: iso(now + 20 * DAY) };
  made.draft = await createCohort(t, COURSE.AGRICULTURE, { academicYear: 2036, status: 'DRAFT', ...window });
  made.closed = await createCohort(t, COURSE.AGRICULTURE, {
    academicYear: 2035,
    resultsOn: '2035-03-01',
    applicationOpensAt: iso(now - 30 * DAY),
    applicationClosesAt: iso(now - DAY),
  });
  expect(errorCodes(await changeStatus(t, made.closed, 'CLOSED', staff))).toEqual([]);
  for (const [name, year] of [
    ['announced', 2034],
    ['running', 2033],
    ['finished', 2032],
    ['selected', 2037],
  ] as const) {
    const id = await createCohort(t, COURSE.AGRICULTURE, { academicYear: year, ...window });
    expect(errorCodes(await changeStatus(t, id, 'CLOSED', staff))).toEqual([]);
    // No applications: everyone fits, the selection is fixed at once.
    expect(errorCodes(await staffCall(t, 'runSelection', id))).toEqual([]);
    if (name !== 'selected') expect(errorCodes(await staffCall(t, 'announceCohort', id))).toEqual([]);
    if (name === 'running' || name === 'finished') expect(errorCodes(await changeStatus(t, id, 'RUNNING', staff))).toEqual([]);
    if (name === 'finished') expect(errorCodes(await changeStatus(t, id, 'FINISHED', staff))).toEqual([]);
    made[name] = id;
  }
  made.open = COURSE.AGRICULTURE;
});

describe('an anonymous visitor reads a course page', () => {
  test('the course: description, field, length, eligibility, attendance rule and schedule outline', async () => {
    const outline = '4月から翌年3月まで、月2回（主に土曜日9時〜12時）。区内の体験農園での実習が中心です。';
    const set = await t.gql(UPDATE_COURSE, { id: COURSE.AGRICULTURE, input: { ...COURSE_INPUT, scheduleOutline: `  ${outline}  ` } }, { token: staff });
    expect(set.errors).toBeUndefined();
    expect(set.data.updateCourse.scheduleOutline).toBe(outline);
    const res = await t.gql(`query($id: ID!) { course(id: $id) { ${COURSE_FIELDS} } }`, { id: COURSE.AGRICULTURE });
    expect(res.errors).toBeUndefined();
    expect(res.data.course).toEqual({
      id: COURSE.AGRICULTURE,
      title: '農のコース',
      titleEn: 'Urban agriculture course',
      description: COURSE_INPUT.description,
      fieldCode: 'AGRICULTURE',
      field: { code: 'AGRICULTURE', nameJa: '農', years: 1 },
      years: 1,
      eligibility: ['RESIDENT'],
      motivationRequired: false,
      minAttendanceRate: 80,
      scheduleOutline: outline,
    });
    // The course list and the field cards carry it too.
    const lists = await t.gql(`{ courses(fieldCode: AGRICULTURE) { id scheduleOutline } fields { code courses { id scheduleOutline } } }`);
    expect(lists.data.courses).toEqual([{ id: COURSE.AGRICULTURE, scheduleOutline: outline }]);
    expect(lists.data.fields.find((f: any) => f.code === 'AGRICULTURE').courses).toEqual([{ id: COURSE.AGRICULTURE, scheduleOutline: outline }]);
  });

  test('its cohorts: open, closed (awaiting results), selected, announced and running; never drafts or finished ones; newest year first', async () => {
    const res = await t.gql(`query($id: ID!) { course(id: $id) { cohorts { ${COHORT_FIELDS} } } }`, { id: COURSE.AGRICULTURE });
    expect(res.errors).toBeUndefined();
    const cohorts = res.data.course.cohorts;
    const byId = new Map(cohorts.map((c: any) => [c.id, c]));
    expect(cohorts.map((c: any) => c.id)).toEqual([made.selected, made.closed, made.announced, made.running, made.open]);
    expect(byId.has(made.draft)).toBe(false);
    expect(byId.has(made.finished)).toBe(false);
    expect(cohorts.map((c: any) => c.status)).toEqual(['SELECTED', 'CLOSED', 'ANNOUNCED', 'RUNNING', 'OPEN']);
    expect(byId.get(made.open)).toMatchObject({ acceptingApplications: true, selectionMethod: 'LOTTERY', capacity: 20, announcedAt: null });
    // A closed cohort shows its results date; until the announcement there is no announcedAt.
    expect(byId.get(made.closed)).toMatchObject({ status: 'CLOSED', acceptingApplications: false, resultsOn: '2035-03-01', announcedAt: null });
    for (const id of [made.announced, made.running]) expect((byId.get(id) as any).announcedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect((byId.get(made.selected) as any).announcedAt).toBeNull();
  });

  test('a logged-in member sees the same cohorts as the public', async () => {
    const member = await t.registerMember();
    const query = `query($id: ID!) { course(id: $id) { cohorts { id status } } }`;
    const anon = await t.gql(query, { id: COURSE.AGRICULTURE });
    const mine = await t.gql(query, { id: COURSE.AGRICULTURE }, { token: member.token });
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual(anon.data);
  });

  test('a finished cohort stays readable by its id (a member’s history links to it); a draft does not', async () => {
    const res = await t.gql(`query($id: ID!) { cohort(id: $id) { id status } }`, { id: made.finished });
    expect(res.data.cohort).toEqual({ id: made.finished, status: 'FINISHED' });
    expect(codes(await t.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: made.draft }))).toEqual(['NOT_FOUND']);
  });

  test('staff see every cohort, drafts and finished ones included, in the same order', async () => {
    const res = await t.gql(`query($id: ID!) { course(id: $id) { cohorts { id } } }`, { id: COURSE.AGRICULTURE }, { token: staff });
    expect(res.data.course.cohorts.map((c: any) => c.id)).toEqual([made.selected, made.draft, made.closed, made.announced, made.running, made.finished, made.open]);
  });

  test('contractor staff stay in their field: another field’s course page is not found', async () => {
    const green = await t.tokenFor('greenery');
    expect(codes(await t.gql(`query($id: ID!) { course(id: $id) { id } }`, { id: COURSE.AGRICULTURE }, { token: green }))).toEqual(['NOT_FOUND']);
    const own = await t.gql(`query($id: ID!) { course(id: $id) { id cohorts { id } } }`, { id: COURSE.GREENERY }, { token: green });
    expect(own.data.course).toEqual({ id: COURSE.GREENERY, cohorts: [{ id: COURSE.GREENERY }] });
  });

  test('fields { courses { cohorts } } costs three statements for an anonymous caller, however many cohorts', async () => {
    const query = `{ fields { code courses { id title scheduleOutline cohorts { id status resultsOn announcedAt acceptingApplications } } } }`;
    await t.settle();
    t.sql.reset();
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    // fields, courses by field (loader), cohorts by course (loader)
    expect(t.sql.count).toBe(3);
    await createCohort(t, COURSE.WELFARE, { academicYear: 2038 });
    await t.settle();
    t.sql.reset();
    await t.gql(query);
    expect(t.sql.count).toBe(3);
  });
});

describe('staff enter the schedule outline and the results date', () => {
  test('the schedule outline: up to 500 characters; blank or null clears it; left out, it stays', async () => {
    const tooLong = await t.gql(UPDATE_COURSE, { id: COURSE.RECYCLING, input: { ...COURSE_INPUT, fieldCode: 'RECYCLING', scheduleOutline: 'あ'.repeat(501) } }, { token: staff });
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors![0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'scheduleOutline', messageKey: 'validation.scheduleOutline' })]);
    const longest = 'あ'.repeat(500);
    const set = await ok(t, UPDATE_COURSE, { id: COURSE.RECYCLING, input: { ...COURSE_INPUT, fieldCode: 'RECYCLING', scheduleOutline: longest } }, staff);
    expect(set.updateCourse.scheduleOutline).toBe(longest);
    const kept = await ok(t, UPDATE_COURSE, { id: COURSE.RECYCLING, input: { ...COURSE_INPUT, fieldCode: 'RECYCLING' } }, staff);
    expect(kept.updateCourse.scheduleOutline).toBe(longest);
    const blank = await ok(t, UPDATE_COURSE, { id: COURSE.RECYCLING, input: { ...COURSE_INPUT, fieldCode: 'RECYCLING', scheduleOutline: '　 ' } }, staff);
    expect(blank.updateCourse.scheduleOutline).toBeNull();
    const created = await ok(
      t,
      `mutation($input: CourseInput!) { createCourse(input: $input) { id scheduleOutline } }`,
      { input: { ...COURSE_INPUT, title: '農のコース（別）' } },
      staff,
    );
    expect(created.createCourse.scheduleOutline).toBeNull();
  });

  test('the results date: optional, never before the day applications close', async () => {
    const none = await ok(t, CREATE_COHORT, { input: cohortInput() }, staff);
    expect(none.createCohort).toEqual({ id: expect.any(String), resultsOn: null, announcedAt: null });
    // The close is 17:00 on 30 November (Japan time): the 30th is allowed, the 29th is not.
    const sameDay = await ok(t, CREATE_COHORT, { input: cohortInput({ resultsOn: '2030-11-30' }) }, staff);
    expect(sameDay.createCohort.resultsOn).toBe('2030-11-30');
    const before = await t.gql(CREATE_COHORT, { input: cohortInput({ resultsOn: '2030-11-29' }) }, { token: staff });
    expect(codes(before)).toEqual(['BAD_USER_INPUT']);
    expect(before.errors![0].extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'resultsOn', messageKey: 'validation.resultsOnBeforeClose' })]);
    // The date is the Tokyo one: 23:30 UTC on the 29th is already the 30th in Japan.
    const lateUtc = await ok(t, CREATE_COHORT, { input: cohortInput({ applicationClosesAt: '2030-11-29T23:30:00Z', resultsOn: '2030-11-30' }) }, staff);
    expect(lateUtc.createCohort.resultsOn).toBe('2030-11-30');
    expect(codes(await t.gql(CREATE_COHORT, { input: cohortInput({ resultsOn: '2030-02-30' }) }, { token: staff }))).toEqual(['BAD_USER_INPUT']);
  });

  test('updateCohort keeps the results date when it is left out, changes it when given, clears it with null', async () => {
    const id = (await ok(t, CREATE_COHORT, { input: cohortInput({ resultsOn: '2030-12-10' }) }, staff)).createCohort.id;
    const read = async () => (await ok(t, `query($id: ID!) { cohort(id: $id) { resultsOn } }`, { id }, staff)).cohort.resultsOn;
    expect(errorCodes(await updateCohort(t, id, { capacity: 12 }))).toEqual([]);
    expect(await read()).toBe('2030-12-10');
    expect(errorCodes(await updateCohort(t, id, { resultsOn: '2030-12-20' }))).toEqual([]);
    expect(await read()).toBe('2030-12-20');
    const early = await updateCohort(t, id, { resultsOn: '2030-11-01' });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(await read()).toBe('2030-12-20');
    expect(errorCodes(await updateCohort(t, id, { resultsOn: null }))).toEqual([]);
    expect(await read()).toBeNull();
  });

  test('the announcement records announcedAt', async () => {
    const before = Date.now();
    const id = await createCohort(t, COURSE.DISASTER, { academicYear: 2039 });
    expect(errorCodes(await changeStatus(t, id, 'CLOSED', staff))).toEqual([]);
    expect(errorCodes(await staffCall(t, 'runSelection', id))).toEqual([]);
    const query = `query($id: ID!) { cohort(id: $id) { status announcedAt } }`;
    expect((await ok(t, query, { id })).cohort).toEqual({ status: 'SELECTED', announcedAt: null });
    expect(errorCodes(await staffCall(t, 'announceCohort', id))).toEqual([]);
    const after = (await ok(t, query, { id })).cohort;
    expect(after.status).toBe('ANNOUNCED');
    const at = Date.parse(after.announcedAt);
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    // Starting the course does not move it.
    expect(errorCodes(await changeStatus(t, id, 'RUNNING', staff))).toEqual([]);
    expect((await ok(t, query, { id })).cohort).toEqual({ status: 'RUNNING', announcedAt: after.announcedAt });
  });
});
