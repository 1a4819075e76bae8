import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { startTestServer, type TestServer } from './helpers/server';
import { seedBench, staffListVariables, type BenchFixture } from '../server/src/scripts/bench/seed';
import { createBaseline } from '../server/src/scripts/bench/baseline';
import operations from '../server/src/scripts/bench/operations.json';

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
] as const)('%s: the baseline answers byte for byte what the API answers', async (name, who, vars) => {
  const token = who === 'member' ? fixture.member.token : who === 'staff' ? fixture.staff.token : undefined;
  const variables = vars === 'big' ? staffListVariables(fixture.bigCohortId) : vars;
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
