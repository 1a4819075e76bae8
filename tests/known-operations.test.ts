import { startTestServer, type TestServer } from './helpers/server';
import { TrustedDocuments } from '../server/src/modules/reporting';

/**
 * A query Apollo has validated once is answered again without its pipeline
 * (core/graphql/known-operations.ts). Each case sends the same request on both paths: the first
 * time through Apollo and the second time as a known operation (the counter says which path
 * answered). Both times must give the same status, headers, body and audit rows. Errors, bad
 * variables and failed logins on a known document go to Apollo with the context and the result
 * already made, so they too are answered as before, and nothing runs twice.
 */
let t: TestServer;
let staff: string;
let member: { loginId: string; token: string };

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  audit: Record<string, unknown>[];
  direct: boolean;
}

const lastAuditId = async () => Number((await t.app.dataSource.query('SELECT MAX(id) AS id FROM audit_log'))[0].id ?? 0);

/** The audit rows since `after`, without what differs by request (ids, time, request id, chain). */
async function auditSince(after: number): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = await t.app.dataSource.query(
    'SELECT id, actorId, actorRole, action, outcome, operation, targetType, targetIdList, reason FROM audit_log WHERE id > ? ORDER BY id',
    [after],
  );
  for (const row of rows) {
    const subjects: { accountId: unknown }[] = await t.app.dataSource.query('SELECT accountId FROM audit_subject WHERE auditId = ? ORDER BY accountId', [row.id]);
    row.subjects = subjects.map((s) => Number(s.accountId));
    delete row.id;
  }
  return rows;
}

async function send(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const before = t.app.knownOperations!.answered;
  const after = await lastAuditId();
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  await t.settle();
  const kept = Object.fromEntries([...res.headers].filter(([name]) => !['date', 'x-request-id'].includes(name)));
  return { status: res.status, headers: kept, body: text, audit: await auditSince(after), direct: t.app.knownOperations!.answered > before };
}

/** A document no earlier test sent: every case starts on Apollo's path. */
let serial = 0;
const fresh = (query: string) => `${query}\n# case ${++serial}`;

/** The same request twice: through Apollo, then as a known operation (or, for what it refuses, through Apollo again). */
async function twice(body: Record<string, unknown>, headers: Record<string, string> = {}, expectDirect = true): Promise<[Answer, Answer]> {
  const first = await send(body, headers);
  const second = await send(body, headers);
  expect([first.direct, second.direct]).toEqual([false, expectDirect]);
  expect({ ...second, direct: null }).toEqual({ ...first, direct: null });
  return [first, second];
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  member = await t.registerMember();
});
afterAll(() => t?.close());

test('a public query: the same bytes and headers both times, the second without Apollo', async () => {
  const [first] = await twice({ query: fresh('query Catalogue { fields { code nameJa } openCohorts { id capacity course { title field { code } } } }') });
  expect(first.status).toBe(200);
  expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(first.headers['cache-control']).toBe('no-store');
  expect(JSON.parse(first.body).data.fields).toHaveLength(5);
  // Named operation, variables, and the operation picked by name from a document with two.
  const two = fresh('query A { fields { code } } query B($id: ID!) { course(id: $id) { id title } }');
  await twice({ query: two, operationName: 'B', variables: { id: '1' } });
  const a = await send({ query: two, operationName: 'A' });
  expect([a.direct, JSON.parse(a.body).data.fields.length]).toEqual([false, 5]);
});

test("a staff read of members' personal fields is audited the same on both paths", async () => {
  const [first] = await twice(
    { query: fresh('query Find($q: String!) { members(search: $q) { total items { id name email } } }'), variables: { q: member.loginId } },
    { authorization: `Bearer ${staff}` },
  );
  expect(JSON.parse(first.body).data.members.total).toBe(1);
  expect(first.audit.length).toBeGreaterThan(0);
  expect(first.audit.some((row) => (row.subjects as number[]).length === 1)).toBe(true);
});

test("a member's own page, and the same document refused to someone else, as before", async () => {
  const query = fresh('query Mine { me { id loginId name } myApplications { id status } }');
  const [first] = await twice({ query }, { authorization: `Bearer ${member.token}` });
  expect(JSON.parse(first.body).data.me.loginId).toBe(member.loginId);
  // Known now, sent without a token: the error and its audit row come from Apollo, once per request.
  const anonymous = await send({ query });
  const again = await send({ query });
  expect([anonymous.direct, again.direct]).toEqual([false, false]);
  expect({ ...again, direct: null }).toEqual({ ...anonymous, direct: null });
  const unknownVariant = await send({ query: `${query} ` });
  expect({ ...unknownVariant, direct: null }).toEqual({ ...anonymous, direct: null });
  expect(JSON.parse(anonymous.body).errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('UNAUTHENTICATED');
});

test('bad variables, an invalid token and an unacceptable Accept header on a known document are answered by Apollo as before', async () => {
  const query = fresh('query Course($id: ID!) { course(id: $id) { id title } }');
  await twice({ query, variables: { id: '1' } });
  const [badVariables] = await twice({ query, variables: { id: { no: 1 } } }, {}, false);
  expect([badVariables.status, JSON.parse(badVariables.body).errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  const [badToken] = await twice({ query, variables: { id: '1' } }, { authorization: 'Bearer not.a.token' }, false);
  expect([badToken.status, JSON.parse(badToken.body).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  expect(badToken.audit.map((row) => [row.action, row.outcome])).toEqual([['auth.denied', 'denied']]);
  const [html] = await twice({ query, variables: { id: '1' } }, { accept: 'text/html' }, false);
  expect(html.status).toBe(406);
  // The media type Apollo negotiates, on both paths (an unknown variant of the document is Apollo's).
  const accept = { accept: 'application/graphql-response+json, application/json;q=0.9' };
  const direct = await send({ query, variables: { id: '1' } }, accept);
  const viaApollo = await send({ query: `${query} `, variables: { id: '1' } }, accept);
  expect([direct.direct, viaApollo.direct]).toEqual([true, false]);
  expect({ ...direct, direct: null }).toEqual({ ...viaApollo, direct: null });
  expect(direct.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
  // Extensions (a persisted query) are Apollo's to refuse.
  const persisted = await send({ query, variables: { id: '1' }, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } });
  expect([persisted.direct, JSON.parse(persisted.body).errors[0].extensions.code]).toEqual([false, 'PERSISTED_QUERY_NOT_SUPPORTED']);
});

test('mutations are always Apollo’s', async () => {
  const mutation = fresh('mutation Out { logout }');
  const first = await send({ query: mutation }, { authorization: `Bearer ${(await t.registerMember()).token}` });
  const second = await send({ query: mutation }, { authorization: `Bearer ${(await t.registerMember()).token}` });
  expect([first.direct, second.direct, first.status, second.status]).toEqual([false, false, 200, 200]);
});

test('a reporting tool: each call audited once, on both paths', async () => {
  const admin = await t.tokenFor('admin');
  const created = await t.gql(
    'mutation($input: ReportingClientInput!) { createReportingClient(input: $input) { token client { id } } }',
    { input: { name: '経路の確認', purpose: '同じ答え', allowedOperations: ['EnrollmentFigures'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
    { token: admin },
  );
  const { token, client } = created.data.createReportingClient;
  const document = new TrustedDocuments().list().find((d) => d.name === 'EnrollmentFigures')!.document;
  const [first] = await twice({ query: document, variables: { academicYear: 2026 } }, { authorization: `Bearer ${token}` });
  expect(first.audit.filter((row) => row.action === 'reporting.call')).toEqual([
    expect.objectContaining({ outcome: 'success', operation: 'query EnrollmentFigures', targetIdList: String(client.id) }),
  ]);
});
