import { startTestServer, codes, type TestServer } from './helpers/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('public catalogue', () => {
  test('an anonymous caller gets the fields, courses and open cohorts', async () => {
    const res = await t.gql(
      `{ fields { code nameJa nameEn years } courses { title years field { code } } openCohorts { id status acceptingApplications course { title field { nameJa } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.fields.map((f: any) => [f.code, f.years])).toEqual([
      ['WELFARE', 2],
      ['DISASTER', 1],
      ['AGRICULTURE', 1],
      ['GREENERY', 2],
      ['RECYCLING', 1],
    ]);
    expect(res.data.fields[0]).toMatchObject({ nameJa: '地域福祉', nameEn: 'Community welfare' });
    expect(res.data.openCohorts).toHaveLength(5);
    expect(res.data.openCohorts.every((c: any) => c.status === 'OPEN' && c.acceptingApplications)).toBe(true);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  test('me is null for an anonymous caller', async () => {
    const res = await t.gql('{ me { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toBeNull();
  });

  test('drafts are hidden from the public and shown to staff', async () => {
    const token = await t.tokenFor('staff');
    const created = await t.gql(
      `mutation($input: CohortInput!) { createCohort(input: $input) { id status } }`,
      {
        input: {
          courseId: '1',
          academicYear: 2028,
          capacity: 10,
          applicationOpensAt: '2027-10-01T09:00:00+09:00',
          applicationClosesAt: '2027-11-01T17:00:00+09:00',
          startsOn: '2028-04-10',
          endsOn: '2029-03-15',
          selectionMethod: 'LOTTERY',
        },
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createCohort.status).toBe('DRAFT');
    const id = created.data.createCohort.id;
    const anon = await t.gql(`query($id: ID!) { cohort(id: $id) { id } course(id: 1) { cohorts { id } } }`, { id });
    expect(codes(anon)).toEqual(['NOT_FOUND']);
    const anonList = await t.gql(`{ course(id: 1) { cohorts { id } } }`);
    expect(anonList.data.course.cohorts.map((c: any) => c.id)).not.toContain(id);
    const staff = await t.gql(`{ course(id: 1) { cohorts { id status } } }`, {}, { token });
    expect(staff.data.course.cohorts.map((c: any) => c.id)).toContain(id);
  });

  test('dates are presented in Asia/Tokyo', async () => {
    const res = await t.gql(`{ openCohorts { applicationOpensAt startsOn } }`);
    expect(res.data.openCohorts[0].applicationOpensAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(res.data.openCohorts[0].startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('staff edit the catalogue', () => {
  const cohortInput = {
    academicYear: 2027,
    capacity: 35,
    applicationOpensAt: '2026-11-01T09:00:00+09:00',
    applicationClosesAt: '2027-02-01T17:00:00+09:00',
    startsOn: '2027-04-10',
    endsOn: '2029-03-15',
    selectionMethod: 'REVIEW',
    status: 'OPEN',
  };

  test('ward staff create and edit a course; the length of study comes from the field', async () => {
    const token = await t.tokenFor('staff');
    const res = await t.gql(
      `mutation($input: CourseInput!) { createCourse(input: $input) { id years fieldCode eligibility motivationRequired minAttendanceRate } }`,
      { input: { fieldCode: 'WELFARE', title: '地域福祉 応用コース', description: '応用', eligibility: ['RESIDENT', 'WORKER'], motivationRequired: true, minAttendanceRate: 75 } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createCourse).toMatchObject({ years: 2, fieldCode: 'WELFARE', eligibility: ['RESIDENT', 'WORKER'], minAttendanceRate: 75 });
    const upd = await t.gql(
      `mutation($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { title years } }`,
      {
        id: res.data.createCourse.id,
        input: { fieldCode: 'DISASTER', title: '防災 応用', description: 'x', eligibility: ['RESIDENT'], motivationRequired: false, minAttendanceRate: 80 },
      },
      { token },
    );
    expect(upd.data.updateCourse).toEqual({ title: '防災 応用', years: 1 });
  });

  test('the greenery contractor edits a greenery cohort', async () => {
    const token = await t.tokenFor('greenery');
    const res = await t.gql(`mutation($input: CohortUpdateInput!) { updateCohort(id: 4, input: $input) { id capacity status } }`, { input: cohortInput }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateCohort).toEqual({ id: '4', capacity: 35, status: 'OPEN' });
  });

  test('a member cannot edit the catalogue', async () => {
    const member = await t.registerMember();
    const res = await t.gql(`mutation($input: CohortUpdateInput!) { updateCohort(id: 4, input: $input) { id } }`, { input: cohortInput }, { token: member.token });
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });

  test('anonymous callers are told to log in', async () => {
    const res = await t.gql(`mutation($input: CohortUpdateInput!) { updateCohort(id: 4, input: $input) { id } }`, { input: cohortInput });
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  test.each([
    ['capacity', { capacity: -5 }],
    ['applicationClosesAt', { applicationClosesAt: '2026-10-01T09:00:00+09:00' }],
    ['endsOn', { endsOn: '2027-01-01' }],
    ['academicYear', { academicYear: 1999 }],
  ])('bad %s gets BAD_USER_INPUT naming the field', async (field, change) => {
    const token = await t.tokenFor('staff');
    const res = await t.gql(`mutation($input: CohortUpdateInput!) { updateCohort(id: 2, input: $input) { id } }`, { input: { ...cohortInput, ...change } }, { token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fieldErrors.map((e: any) => e.field)).toContain(field);
    expect(res.status).toBeLessThan(500);
  });

  test('a malformed date names its field', async () => {
    const token = await t.tokenFor('staff');
    const res = await t.gql(`mutation($input: CohortUpdateInput!) { updateCohort(id: 2, input: $input) { id } }`, { input: { ...cohortInput, startsOn: '2027-02-30' } }, { token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fieldErrors[0].field).toBe('startsOn');
  });
});
