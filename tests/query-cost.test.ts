import { startTestServer, type TestServer } from './helpers/server';
import { Course } from '../server/src/modules/catalog';
import { Cohort, CohortStatus, SelectionMethod } from '../server/src/modules/catalog';
import { FieldCode } from '../server/src/modules/catalog';

/** Nested lists go through DataLoader: the statement count does not grow with the number of courses. */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: false });
});
afterAll(() => t.close());

const QUERY = `{ courses { id title field { code nameJa } cohorts { id status capacity course { id title } } } }`;
const fields = Object.values(FieldCode);

async function growTo(count: number): Promise<void> {
  const repo = t.app.dataSource.getRepository(Course);
  const existing = await repo.count();
  for (let i = existing; i < count; i++) {
    const course = await repo.save(
      repo.create({
        fieldCode: fields[i % 5],
        title: `Course ${i}`,
        titleEn: null,
        description: 'd',
        years: 1,
        eligibilityRule: 'resident',
        motivationRequired: false,
        minAttendanceRate: 80,
      }),
    );
    for (const year of [2026, 2027]) {
      await t.app.dataSource.getRepository(Cohort).save(
        t.app.dataSource.getRepository(Cohort).create({
          courseId: course.id,
          fieldCode: course.fieldCode,
          academicYear: year,
          capacity: 20,
          applicationOpensAt: new Date('2026-01-01T00:00:00Z'),
          applicationClosesAt: new Date('2030-01-01T00:00:00Z'),
          startsOn: `${year}-04-01`,
          endsOn: `${year + 1}-03-01`,
          selectionMethod: SelectionMethod.LOTTERY,
          status: CohortStatus.OPEN,
        }),
      );
    }
  }
}

async function cost(token?: string): Promise<{ statements: number; courses: number; cohorts: number }> {
  await t.settle();
  t.sql.reset();
  const res = await t.gql(QUERY, {}, { token });
  expect(res.errors).toBeUndefined();
  return { statements: t.sql.count, courses: res.data.courses.length, cohorts: res.data.courses.reduce((n: number, c: any) => n + c.cohorts.length, 0) };
}

test('courses { cohorts { … } } costs the same at 5 and at 100 courses', async () => {
  await growTo(5);
  const small = await cost();
  await growTo(100);
  const large = await cost();
  console.log(
    `courses{field,cohorts{course}}: ${small.statements} statements at ${small.courses} courses, ${large.statements} at ${large.courses} courses (${large.cohorts} cohorts)`,
  );
  expect(small.courses).toBe(5);
  expect(large.courses).toBe(100);
  expect(large.cohorts).toBe(200);
  // courses, fields (loader), cohorts (loader), cohort.course (loader)
  expect(small.statements).toBe(4);
  expect(large.statements).toBe(small.statements);
});

test('a logged-in caller adds only the session lookup', async () => {
  await t.app.services.accounts.createStaffWithPassword(
    t.app.dataSource.manager,
    { role: 'ward_staff' as never, name: '職員', nameKana: 'ショクイン', email: 'cost@example.jp' },
    'cost-test-password',
    'S90000001',
  );
  const token = (await t.login('S90000001', 'cost-test-password')).accessToken;
  const staff = await cost(token);
  expect(staff.statements).toBe(5);
});
