import { startTestServer, codes, type TestServer } from './helpers/server';
import { AuditEntry } from '../server/src/modules/audit';

/** A contractor's staff see and change only their own field, on every path. */
let t: TestServer;
let green: string;
let ward: string;
const WELFARE_COURSE = '1';
const WELFARE_COHORT = '1';
const GREENERY_COHORT = '4';

const cohortInput = {
  academicYear: 2027,
  capacity: 20,
  applicationOpensAt: '2026-11-01T09:00:00+09:00',
  applicationClosesAt: '2027-02-01T17:00:00+09:00',
  startsOn: '2027-04-10',
  endsOn: '2029-03-15',
  selectionMethod: 'REVIEW',
  status: 'OPEN',
};
const courseInput = { fieldCode: 'WELFARE', title: '福祉', description: 'x', eligibility: ['RESIDENT'], motivationRequired: false, minAttendanceRate: 80 };

beforeAll(async () => {
  t = await startTestServer();
  green = await t.tokenFor('greenery');
  ward = await t.tokenFor('staff');
});
afterAll(() => t.close());

describe('reads', () => {
  test('lists hold only the greenery field', async () => {
    const res = await t.gql(`{ fields { code } courses { fieldCode } openCohorts { course { fieldCode } } }`, {}, { token: green });
    expect(res.errors).toBeUndefined();
    expect(res.data.fields).toEqual([{ code: 'GREENERY' }]);
    expect(new Set(res.data.courses.map((c: any) => c.fieldCode))).toEqual(new Set(['GREENERY']));
    expect(res.data.openCohorts.map((c: any) => c.course.fieldCode)).toEqual(['GREENERY']);
  });

  test('a filter naming another field returns nothing', async () => {
    const res = await t.gql(`{ courses(fieldCode: WELFARE) { id } }`, {}, { token: green });
    expect(res.data.courses).toEqual([]);
    // Control: the filter does find the welfare course for ward staff.
    const control = await t.gql(`{ courses(fieldCode: WELFARE) { id } }`, {}, { token: ward });
    expect(control.data.courses).toContainEqual({ id: WELFARE_COURSE });
  });

  test('welfare records by id are not found', async () => {
    expect(codes(await t.gql(`{ course(id: ${WELFARE_COURSE}) { id } }`, {}, { token: green }))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`{ cohort(id: ${WELFARE_COHORT}) { id } }`, {}, { token: green }))).toEqual(['NOT_FOUND']);
  });

  test('nested paths stay inside the field', async () => {
    const res = await t.gql(
      `{ fields { code courses { fieldCode field { code } cohorts { id course { fieldCode cohorts { course { fieldCode } } } } } } cohort(id: ${GREENERY_COHORT}) { course { fieldCode field { code courses { fieldCode } } } } }`,
      {},
      { token: green },
    );
    expect(res.errors).toBeUndefined();
    const seen = JSON.stringify(res.data).match(/"(WELFARE|DISASTER|AGRICULTURE|RECYCLING|GREENERY)"/g) ?? [];
    expect(new Set(seen)).toEqual(new Set(['"GREENERY"']));
  });

  test('ward staff see every field', async () => {
    const res = await t.gql(`{ fields { code courses { cohorts { id } } } }`, {}, { token: ward });
    expect(res.data.fields).toHaveLength(5);
  });
});

describe('writes', () => {
  test('cannot edit a welfare cohort or course', async () => {
    expect(codes(await t.gql(`mutation($i: CohortUpdateInput!) { updateCohort(id: ${WELFARE_COHORT}, input: $i) { id } }`, { i: cohortInput }, { token: green }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await t.gql(`mutation($i: CourseInput!) { updateCourse(id: ${WELFARE_COURSE}, input: $i) { id } }`, { i: courseInput }, { token: green }))).toEqual(['NOT_FOUND']);
  });

  test('cannot create a welfare course or a cohort of one', async () => {
    expect(codes(await t.gql(`mutation($i: CourseInput!) { createCourse(input: $i) { id } }`, { i: courseInput }, { token: green }))).toEqual(['FORBIDDEN']);
    expect(
      codes(await t.gql(`mutation($i: CohortInput!) { createCohort(input: $i) { id } }`, { i: { ...cohortInput, status: 'DRAFT', courseId: WELFARE_COURSE } }, { token: green })),
    ).toEqual(['NOT_FOUND']);
  });

  test('cannot move a greenery course into welfare', async () => {
    const res = await t.gql(`mutation($i: CourseInput!) { updateCourse(id: 4, input: $i) { id } }`, { i: courseInput }, { token: green });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    const after = await t.gql(`{ course(id: 4) { fieldCode } }`, {}, { token: ward });
    expect(after.data.course.fieldCode).toBe('GREENERY');
  });

  test('the welfare cohort is unchanged by all of this', async () => {
    const res = await t.gql(`{ cohort(id: ${WELFARE_COHORT}) { capacity } }`, {}, { token: ward });
    expect(res.data.cohort.capacity).toBe(30);
  });
});

describe('personal information', () => {
  test('anonymous callers and members cannot read staff accounts', async () => {
    expect(codes(await t.gql(`{ staffAccounts { name email } }`))).toEqual(['UNAUTHENTICATED']);
    const member = await t.registerMember();
    expect(codes(await t.gql(`{ staffAccounts { name email } }`, {}, { token: member.token }))).toEqual(['FORBIDDEN']);
  });

  test('a member reads their own marked fields, and no staff read is audited for it', async () => {
    const member = await t.registerMember({ name: '豊玉 太郎' });
    const before = await t.app.dataSource.getRepository(AuditEntry).countBy({ action: 'pii.read' });
    const res = await t.gql(`{ me { name email address } }`, {}, { token: member.token });
    expect(res.data.me.name).toBe('豊玉 太郎');
    expect(await t.app.dataSource.getRepository(AuditEntry).countBy({ action: 'pii.read' })).toBe(before);
  });

  test('a staff read of marked fields is audited: who, which records, which fields, from where; never the values', async () => {
    const admin = await t.tokenFor('admin');
    const res = await t.gql(`query StaffList { staffAccounts { id loginId name email } }`, {}, { token: admin, ip: '192.0.2.44' });
    expect(res.errors).toBeUndefined();
    const others = res.data.staffAccounts.filter((a: any) => a.loginId !== t.credentials.admin.loginId);
    expect(others.map((a: any) => a.loginId).sort()).toEqual([t.credentials.staff.loginId, t.credentials.greenery.loginId].sort());
    const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'pii.read', ip: '192.0.2.44' } });
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row.actorRole).toBe('ward_admin');
    expect(row.targetType).toBe('Account');
    expect(row.targetIds.sort()).toEqual(others.map((a: any) => a.id).sort());
    expect(row.fields.sort()).toEqual(['email', 'name']);
    expect(row.operation).toContain('staffAccounts');
    const text = JSON.stringify(row);
    for (const a of others) {
      expect(text).not.toContain(a.email);
      expect(text).not.toContain(a.name);
    }
  });

  test('the register of personal information is readable by the ward administrator, not by members or contractors', async () => {
    const q = `{ personalDataRegister { entity field category purpose retention } }`;
    const admin = await t.gql(q, {}, { token: await t.tokenFor('admin') });
    expect(admin.errors).toBeUndefined();
    expect(admin.data.personalDataRegister).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'Account', field: 'email', category: 'contact' }),
        expect.objectContaining({ entity: 'Application', field: 'motivation' }),
      ]),
    );
    expect(codes(await t.gql(q, {}, { token: green }))).toEqual(['FORBIDDEN']);
    const member = await t.registerMember();
    expect(codes(await t.gql(q, {}, { token: member.token }))).toEqual(['FORBIDDEN']);
  });
});
