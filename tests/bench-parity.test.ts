import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { startTestServer, type TestServer } from './helpers/server';
import { seedBench, staffListVariables, type BenchFixture } from '../server/src/scripts/bench/seed';
import { createBaseline } from '../server/src/scripts/bench/baseline';
import operations from '../server/src/scripts/bench/operations.json';
import { chainHash, ipMatches, type ChainedContent } from '../server/src/modules/audit/audit-chain';

/**
 * The bench compares the GraphQL server with a minimal baseline answering the same requests.
 * The comparison is fair only if both send the same bytes, and if the requests are the ones the
 * clients really send: both are checked here.
 */
let t: TestServer;
let fixture: BenchFixture;
let baseline: { url: string; server: Server; close(): Promise<void> };

beforeAll(async () => {
  t = await startTestServer({ seed: false });
  fixture = await seedBench(t.app);
  const { app, close } = await createBaseline(t.config);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  baseline = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, close };
});
afterAll(async () => {
  await new Promise((resolve) => baseline.server.close(resolve));
  await baseline.close();
  await t.close();
});

async function raw(url: string, operationName: keyof typeof operations | 'Typename', variables: Record<string, unknown>, token?: string): Promise<string> {
  const query = operationName === 'Typename' ? 'query Typename { __typename }' : operations[operationName];
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ operationName, query, variables }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

test('the bench operations are the ones the clients send (regenerate with node scripts/bench-operations.mjs)', () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'bench-operations.mjs'), '--check'], { stdio: 'pipe' });
});

test.each([
  ['Typename', undefined, {}],
  ['Fields', undefined, {}],
  ['OpenCohorts', undefined, {}],
  ['PublicNotices', undefined, {}],
  ['MyAccount', 'member', {}],
  ['UnreadNoticeCount', 'member', {}],
  ['MyApplications', 'member', {}],
  ['CohortApplications', 'staff', 'big'],
  ['ConsoleAttendanceGrid', 'staff', 'roster'],
] as const)('%s: the baseline answers byte for byte what the API answers', async (name, who, vars) => {
  const token = who === 'member' ? fixture.member.token : who === 'staff' ? fixture.staff.token : undefined;
  const variables = vars === 'big' ? staffListVariables(fixture.bigCohortId) : vars === 'roster' ? { cohortId: String(fixture.rosterCohortId) } : vars;
  const api = await raw(t.url, name, variables, token);
  expect(JSON.parse(api).errors).toBeUndefined();
  expect(api.length).toBeGreaterThan(25);
  expect(await raw(baseline.url, name, variables, token)).toBe(api);
});

test('applyToCohort and login: the same answers, apart from the new record and the new tokens', async () => {
  const input = (cohortId: number) => ({ input: { cohortId: String(cohortId), eligibilityBasis: 'RESIDENT', preferredContact: 'EMAIL', emailAlerts: false } });
  const mask = (text: string) =>
    text
      .replace(/"id":"\d+"/, '"id":"#"')
      .replace(/"code":"A[0-9A-Z]{8}"/, '"code":"#"')
      .replace(/"(accessToken|refreshToken)":"[^"]+"/g, '"$1":"#"');
  const api = await raw(t.url, 'ApplyToCohort', input(fixture.applyCohortId), fixture.applicants[0]);
  const base = await raw(baseline.url, 'ApplyToCohort', input(fixture.applyCohortId), fixture.applicants[1]);
  expect(JSON.parse(api).errors).toBeUndefined();
  expect(mask(base)).toBe(mask(api));
  const login = { identifier: fixture.member.loginId, password: fixture.member.password };
  const apiLogin = await raw(t.url, 'Login', login);
  expect(JSON.parse(apiLogin).errors).toBeUndefined();
  expect(mask(await raw(baseline.url, 'Login', login))).toBe(mask(apiLogin));
});

/** The audit rows written since `after`, with the members each is about (audit_subject). */
async function auditSince(after: number): Promise<Record<string, any>[]> {
  const rows: Record<string, any>[] = await t.app.dataSource.query('SELECT * FROM audit_log WHERE id > ? ORDER BY id', [after]);
  for (const row of rows) {
    const subjects: { accountId: number }[] = await t.app.dataSource.query('SELECT accountId FROM audit_subject WHERE auditId = ? ORDER BY accountId', [row.id]);
    row.subjects = subjects.map((s) => Number(s.accountId));
  }
  return rows;
}
const lastAuditId = async () => Number((await t.app.dataSource.query('SELECT MAX(id) AS id FROM audit_log'))[0].id ?? 0);

/**
 * One request to the API, then the same to the baseline: the rows each wrote, which must be the
 * same rows (but for ids, time, request id and chain links), chained one after the other so the
 * log still verifies.
 */
async function auditParity(name: 'ConsoleAttendanceGrid' | 'CohortApplications', variables: Record<string, unknown>) {
  const before = await lastAuditId();
  const api = JSON.parse(await raw(t.url, name, variables, fixture.staff.token));
  const middle = await lastAuditId();
  await raw(baseline.url, name, variables, fixture.staff.token);
  const apiRows = await auditSince(before);
  const baseRows = apiRows.splice(apiRows.findIndex((r) => r.id > middle));
  const content = (r: Record<string, any>) => {
    const { id, at, requestId, ipDigest, prevHash, hash, ...rest } = r;
    return rest;
  };
  expect(baseRows.map(content)).toEqual(apiRows.map(content));
  // One request, one requestId; chained after the API's rows, so the log still verifies.
  expect(new Set(baseRows.map((r) => r.requestId)).size).toBe(1);
  let prev = apiRows[apiRows.length - 1].hash;
  for (const row of baseRows) {
    expect(row.prevHash).toBe(prev);
    const at = new Date(row.at instanceof Date ? row.at : `${String(row.at).replace(' ', 'T')}Z`);
    expect(chainHash({ ...row, at } as ChainedContent, row.prevHash)).toBe(row.hash);
    expect(ipMatches(row.ip, row.ipDigest)).toBe(true);
    prev = row.hash;
  }
  const [head] = await t.app.dataSource.query('SELECT lastId, lastHash FROM audit_chain_head');
  expect([Number(head.lastId), head.lastHash]).toEqual([baseRows[baseRows.length - 1].id, prev]);
  return { api, apiRows };
}

test('ConsoleAttendanceGrid: the baseline writes the audit rows the API writes, chained', async () => {
  const { api, apiRows } = await auditParity('ConsoleAttendanceGrid', { cohortId: String(fixture.rosterCohortId) });
  // The grid as seeded: 40 students, 20 of 30 sessions recorded (a few cells not), so three reads: student numbers, cells, names.
  expect(apiRows.map((r) => [r.action, r.targetType, r.fieldList])).toEqual([
    ['pii.read', 'Enrollment', 'studentNumber'],
    ['pii.read', 'AttendanceCell', 'statusCode'],
    ['pii.read', 'Account', 'name,nameKana'],
  ]);
  const recorded = api.data.attendanceGrid.cells.filter((c: { statusCode: string | null }) => c.statusCode !== null).length;
  expect(recorded).toBeGreaterThan(700);
  expect(recorded).toBeLessThan(800);
  expect(apiRows[1].targetIdList.split(',')).toHaveLength(recorded);
  expect(apiRows[0].subjects).toHaveLength(40);
});

test('CohortApplications: the baseline writes the audit rows the API writes, chained, with the members they are about', async () => {
  const { apiRows } = await auditParity('CohortApplications', staffListVariables(fixture.bigCohortId));
  expect(apiRows.map((r) => [r.action, r.targetType])).toEqual([
    ['pii.read', 'Application'],
    ['pii.read', 'Account'],
  ]);
  expect(apiRows[1].fieldList).toBe('name,nameKana');
  expect(apiRows[0].targetIdList.split(',')).toHaveLength(100);
  expect(apiRows[1].subjects).toHaveLength(100);
});

test('ConsoleAttendanceGrid: the baseline refuses whom the API refuses', async () => {
  const outcome = async (url: string, cohortId: string, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ operationName: 'ConsoleAttendanceGrid', query: operations.ConsoleAttendanceGrid, variables: { cohortId } }),
    });
    const body = await res.json();
    return [body.data?.attendanceGrid ?? null, body.errors?.[0]?.extensions?.code];
  };
  const roster = String(fixture.rosterCohortId);
  for (const [cohortId, token, code] of [
    [roster, fixture.member.token, 'FORBIDDEN'],
    [roster, undefined, 'UNAUTHENTICATED'],
    ['999999', fixture.staff.token, 'NOT_FOUND'],
    ['x1', fixture.staff.token, 'NOT_FOUND'],
  ] as const) {
    const api = await outcome(t.url, cohortId, token);
    expect(api).toEqual([null, code]);
    expect(await outcome(baseline.url, cohortId, token)).toEqual(api);
  }
});
