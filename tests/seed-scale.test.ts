import { startTestServer, type TestServer } from './helpers/server';
import operations from '../server/src/scripts/bench/operations.json';
import { Role } from '../server/src/core/auth/roles';
import { CompletionOutcome } from '../server/src/modules/learning';
import { REPORT_OPERATIONS, reportDocuments, variablesFor } from '../server/src/scripts/report/api';
import { generateScale, type ScaleFixture } from '../server/src/scripts/bench/scale/generate';
import { sessionToken } from '../server/src/scripts/bench/scale/tokens';

/**
 * The scale data set (`npm run seed:scale`) at 2,000 members: the rows it says it wrote are in the
 * database, they keep the product's invariants (seats, student numbers, completions), the reports
 * and the pages answer on them, and the same `now` gives the same data set.
 */
jest.setTimeout(240_000);

const MEMBERS = 2000;
const NOW = new Date('2026-11-20T01:00:00Z');
let t: TestServer;
let fixture: ScaleFixture;

const count = async (sql: string, params: unknown[] = []) => Number(((await t.app.dataSource.query(sql, params)) as Array<{ n: unknown }>)[0].n);

/** Rows the migrations write (the fields, the default attendance statuses, the privacy notice…), by table. */
const before: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestServer({ seed: false });
  for (const table of new Set(t.app.dataSource.entityMetadatas.map((m) => m.tableName)))
    before[table] = await count(`SELECT COUNT(*) AS n FROM ${t.app.dataSource.driver.escape(table)}`);
  fixture = await generateScale(t.app.dataSource, { members: MEMBERS, now: NOW, passwordHash: await t.app.services.hasher.hash('scale-test-password') });
});
afterAll(() => t?.close());

test('the counts it returns are the rows in the database, at about ten attendance rows a member', async () => {
  for (const [table, n] of Object.entries(fixture.counts))
    expect([table, (await count(`SELECT COUNT(*) AS n FROM ${t.app.dataSource.driver.escape(table)}`)) - (before[table] ?? 0)]).toEqual([table, n]);
  expect(await count("SELECT COUNT(*) AS n FROM account WHERE role = 'member'")).toBe(MEMBERS);
  expect(fixture.counts.attendance).toBeGreaterThan(MEMBERS * 8);
  expect(fixture.academicYears).toEqual([2022, 2023, 2024, 2025, 2026]);
  // Every field, every year.
  const perYearField = (await t.app.dataSource.query('SELECT academicYear, fieldCode, COUNT(*) AS n FROM cohort GROUP BY academicYear, fieldCode')) as unknown[];
  expect(perYearField.length).toBeGreaterThanOrEqual(5 * 5);
});

test('no cohort holds more students than seats, and student numbers are unique and gapless per field and year', async () => {
  // A student who withdraws before the course starts gives the seat back to the waitlist; later, the seat stays theirs.
  const holding = 'SELECT COUNT(*) FROM enrollment e WHERE e.cohortId = c.id AND (e.withdrawnAt IS NULL OR e.withdrawnAt >= c.startsOn)';
  expect(await count(`SELECT COUNT(*) AS n FROM cohort c WHERE (${holding}) > c.capacity`)).toBe(0);
  expect(await count('SELECT COUNT(*) AS n FROM cohort c WHERE (SELECT COUNT(*) FROM enrollment e WHERE e.cohortId = c.id) > c.capacity')).toBeGreaterThan(0);
  const rows = (await t.app.dataSource.query('SELECT studentNumber FROM enrollment')) as Array<{ studentNumber: string }>;
  const numbers = rows.map((r) => r.studentNumber);
  expect(new Set(numbers).size).toBe(numbers.length);
  const series = new Map<string, number[]>();
  for (const n of numbers) {
    const [, prefix, serial] = /^(\d{4}-[A-Z]+)-(\d+)$/.exec(n)!;
    series.set(prefix, [...(series.get(prefix) ?? []), Number(serial)]);
  }
  const counters = (await t.app.dataSource.query('SELECT fieldCode, academicYear, lastNumber FROM student_number_counter')) as Array<{ lastNumber: unknown }>;
  expect(counters.length).toBe(series.size);
  for (const serials of series.values()) expect(serials.sort((a, b) => a - b)).toEqual(serials.map((_, i) => i + 1));
  expect(counters.map((c) => Number(c.lastNumber)).sort((a, b) => a - b)).toEqual([...series.values()].map((s) => s.length).sort((a, b) => a - b));
});

test('completions only for students of the cohort, once each, and only once the course has ended', async () => {
  expect(await count('SELECT COUNT(*) AS n FROM completion p LEFT JOIN enrollment e ON e.id = p.enrollmentId AND e.cohortId = p.cohortId WHERE e.id IS NULL')).toBe(0);
  expect(await count('SELECT COUNT(*) AS n FROM completion p JOIN cohort c ON c.id = p.cohortId WHERE c.endsOn >= ?', ['2026-11-20'])).toBe(0);
  expect(await count('SELECT COUNT(*) AS n FROM (SELECT enrollmentId FROM completion GROUP BY enrollmentId HAVING COUNT(*) > 1) d')).toBe(0);
  expect(await count('SELECT COUNT(*) AS n FROM completion WHERE outcome = ?', [CompletionOutcome.COMPLETED])).toBeGreaterThan(0);
  expect(await count('SELECT COUNT(*) AS n FROM completion WHERE outcome = ?', [CompletionOutcome.NOT_COMPLETED])).toBeGreaterThan(0);
});

test('every report answers as ward staff, and agrees with the rows on the enrolled and completed totals', async () => {
  const staff = await sessionToken(t.app, fixture.staff.accountId, Role.WARD_STAFF);
  const documents = reportDocuments();
  const year = 2025;
  for (const name of REPORT_OPERATIONS) {
    const res = await t.gql(documents.get(name)!.document, variablesFor(name, year), { token: staff });
    expect([name, res.errors]).toEqual([name, undefined]);
  }
  const res = await t.gql(documents.get('EnrollmentFigures')!.document, { academicYear: year }, { token: staff });
  const total = res.data.enrollmentFigures.total;
  expect(total.enrolled).toEqual({
    value: await count('SELECT COUNT(*) AS n FROM enrollment e JOIN cohort c ON c.id = e.cohortId WHERE c.academicYear = ?', [year]),
    suppressed: false,
  });
  expect(total.enrolled.value).toBeGreaterThan(0);
  const completed = await count('SELECT COUNT(*) AS n FROM completion p JOIN cohort c ON c.id = p.cohortId WHERE c.academicYear = ? AND p.outcome = ?', [
    year,
    CompletionOutcome.COMPLETED,
  ]);
  expect(total.completed).toEqual({ value: completed, suppressed: false });
  expect(completed).toBeGreaterThan(0);
  const matrix = await t.gql(documents.get('StudiedActiveMatrix')!.document, { academicYear: null }, { token: staff });
  expect(matrix.errors).toBeUndefined();
  expect(matrix.data.studiedActiveMatrix.grandTotal.value).toBeGreaterThan(0);
});

test("the fixture's member has a full my page, and the roster cohort has forty students with attendance", async () => {
  const member = await sessionToken(t.app, fixture.member.accountId, Role.MEMBER);
  const mine = await t.gql(operations.MyApplications, {}, { token: member });
  expect(mine.errors).toBeUndefined();
  const statuses = mine.data.myApplications.map((a: { status: string }) => a.status);
  expect(statuses).toEqual(expect.arrayContaining(['ENROLLED', 'WAITLISTED', 'SUBMITTED']));
  const staff = await sessionToken(t.app, fixture.staff.accountId, Role.WARD_STAFF);
  const grid = await t.gql(operations.ConsoleAttendanceGrid, { cohortId: String(fixture.rosterCohortId) }, { token: staff });
  expect(grid.errors).toBeUndefined();
  expect(await count('SELECT COUNT(*) AS n FROM enrollment WHERE cohortId = ?', [fixture.rosterCohortId])).toBe(40);
  expect(await count('SELECT COUNT(*) AS n FROM attendance a JOIN class_session s ON s.id = a.classSessionId WHERE s.cohortId = ?', [fixture.rosterCohortId])).toBeGreaterThan(40);
  const open = await t.gql(operations.OpenCohorts);
  expect(open.data.openCohorts.length).toBeGreaterThanOrEqual(15);
});

test('the same now gives the same data set, and a database that holds accounts is refused', async () => {
  const again = await startTestServer({ seed: false });
  try {
    const second = await generateScale(again.app.dataSource, { members: MEMBERS, now: NOW, passwordHash: 'x' });
    expect(second.counts).toEqual(fixture.counts);
    expect({ ...second, counts: null }).toEqual({ ...fixture, counts: null });
    const numbers = async (s: TestServer) =>
      ((await s.app.dataSource.query('SELECT studentNumber FROM enrollment ORDER BY studentNumber')) as unknown[]).map((r) => JSON.stringify(r));
    expect(await numbers(again)).toEqual(await numbers(t));
  } finally {
    await again.close();
  }
  await expect(generateScale(t.app.dataSource, { members: MEMBERS, now: NOW, passwordHash: 'x' })).rejects.toThrow(/already holds/);
});
