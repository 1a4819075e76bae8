import {
  execute,
  getNamedType,
  GraphQLEnumType,
  GraphQLObjectType,
  GraphQLScalarType,
  isNonNullType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startTestServer, type TestServer } from './helpers/server';
import { buildSchemaForTests, coordinates } from './helpers/schema';
import { staffToken } from './helpers/staff-token';
import { accessOf, guardSchema } from '../server/src/core/graphql/guard';
import { buildAppSchema } from '../server/src/core/graphql/schema';
import { RequestAudit } from '../server/src/core/audit';
import type { Ctx } from '../server/src/core/context';
import { createLogger } from '../server/src/core/logger';
import { buildModules, resolverClasses } from '../server/src/modules';
import { PUBLIC, Permission, Role, ROLE_PERMISSIONS, SELF } from '../server/src/modules/permissions';
import { ReportingClient, sha256Hex, TrustedDocuments } from '../server/src/modules/reporting';
import { reportingPrincipal } from '../server/src/modules/reporting/reporting-client.service';

/**
 * Reporting clients: a token shown once and stored hashed, revoked, expired, address-limited and
 * rotated; trusted documents (only registered operations, by full text or by hash, and only those
 * the client may run); staff sessions unchanged; every call audited; and the reporting role reaches
 * no personal field and no per-person row.
 */
let t: TestServer;
let admin: string;
const documents = new TrustedDocuments();
const ENROLLMENT = documents.list().find((d) => d.name === 'EnrollmentFigures')!;
const MATRIX = documents.list().find((d) => d.name === 'StudiedActiveMatrix')!;
const DAY = 24 * 3600_000;

const CREATE = `mutation($input: ReportingClientInput!) {
  createReportingClient(input: $input) { token client { id name purpose allowedOperations allowedAddressRanges status expiresAt revokedAt } }
}`;
const LIST = '{ reportingClients { id name purpose allowedOperations allowedAddressRanges status expiresAt revokedAt tokenIssuedAt createdAt createdBy } }';

interface Raw {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }> };
}

/** A raw POST to /graphql, so tests can send extensions and operation names as a reporting tool would. */
async function post(token: string, body: Record<string, unknown>, ip?: string): Promise<Raw> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (ip) headers['x-forwarded-for'] = ip;
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Raw['body'] };
}

const figures = (token: string, ip?: string) => post(token, { query: ENROLLMENT.document, variables: { academicYear: 2026 } }, ip);
const err = (r: Raw) => (r.body.errors ?? []).map((e) => `${e.extensions?.code} ${e.extensions?.messageKey ?? ''}`.trim());

async function create(overrides: Record<string, unknown> = {}): Promise<{ id: string; token: string; client: any }> {
  const input = {
    name: '年次評価ツール',
    purpose: '年次評価の集計',
    allowedOperations: ['EnrollmentFigures'],
    expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
    ...overrides,
  };
  const res = await t.gql(CREATE, { input }, { token: admin });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const { token, client } = res.data.createReportingClient;
  return { id: client.id, token, client };
}

async function callRows(clientId: string) {
  return (await t.app.dataSource.query(
    "SELECT actorId, actorRole, action, outcome, operation, targetType, targetIdList, reason FROM audit_log WHERE action = 'reporting.call' AND targetIdList = ? ORDER BY id",
    [clientId],
  )) as Array<Record<string, any>>;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.tokenFor('admin');
});

afterAll(async () => {
  await t.close();
});

test('the operations folder holds the registered reports, listed for ward administrators with their hashes', async () => {
  expect(documents.list().map((d) => d.name)).toEqual([
    'AlumniActivity',
    'CohortFigures',
    'EligibilityFigures',
    'EnrollmentFigures',
    'EnrollmentTrend',
    'IntroductionOutcomes',
    'StudiedActiveMatrix',
    'SurveyResponseRates',
  ]);
  const res = await t.gql('{ reportingOperations { name sha256 document } }', {}, { token: admin });
  expect(res.errors).toBeUndefined();
  expect(res.data.reportingOperations).toEqual(documents.list().map((d) => ({ name: d.name, sha256: sha256Hex(d.document), document: d.document })));
});

test('creation shows the token once; lists and the database never hold it, only its hash', async () => {
  const { id, token, client } = await create({ name: '一度だけ' });
  expect(token).toMatch(new RegExp(`^cprpt_${id}_[A-Za-z0-9_-]{43}$`));
  expect(client).toMatchObject({ name: '一度だけ', allowedOperations: ['EnrollmentFigures'], allowedAddressRanges: [], status: 'ACTIVE', revokedAt: null });
  const secret = token.split('_')[2];

  const list = await t.gql(LIST, {}, { token: admin });
  expect(list.errors).toBeUndefined();
  expect(list.data.reportingClients.find((c: any) => c.id === id)).toMatchObject({ name: '一度だけ', status: 'ACTIVE' });
  expect(JSON.stringify(list.data)).not.toContain(secret);
  // The type has no field for the token or its hash.
  const asked = await t.gql('{ reportingClients { id token } }', {}, { token: admin });
  expect(asked.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const askedHash = await t.gql('{ reportingClients { id tokenHash } }', {}, { token: admin });
  expect(askedHash.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

  const rows = (await t.app.dataSource.query('SELECT * FROM reporting_client')) as Array<Record<string, unknown>>;
  const dump = JSON.stringify(rows);
  expect(dump).not.toContain(token);
  expect(dump).not.toContain(secret);
  const row = rows.find((r) => String(r.id) === id)!;
  expect(row.tokenHash).toBe(sha256Hex(token));

  // The creation is audited as a mutation on the client.
  const [audit] = await t.app.dataSource.query("SELECT outcome, targetType, targetIdList FROM audit_log WHERE operation = 'mutation createReportingClient' AND targetIdList = ?", [
    id,
  ]);
  expect(audit).toMatchObject({ outcome: 'success', targetType: 'ReportingClient', targetIdList: id });
});

test('the token authenticates only as the reporting role: a registered document it may run is answered, and audited', async () => {
  const { id, token } = await create();
  const res = await figures(token);
  expect([res.status, res.body.errors]).toEqual([200, undefined]);
  expect(res.body.data.enrollmentFigures).toMatchObject({ academicYear: 2026, threshold: 5 });
  expect(res.body.data.enrollmentFigures.fields).toHaveLength(5);
  expect(await callRows(id)).toEqual([
    {
      actorId: null,
      actorRole: 'reporting',
      action: 'reporting.call',
      outcome: 'success',
      operation: 'query EnrollmentFigures',
      targetType: 'ReportingClient',
      targetIdList: id,
      reason: null,
    },
  ]);

  // The principal behind it: role REPORTING, exactly report:read, no person's account.
  const client = await t.app.dataSource.getRepository(ReportingClient).findOneByOrFail({ id: Number(id) });
  const principal = reportingPrincipal(client);
  expect([principal.role, principal.accountId, [...principal.permissions]]).toEqual([Role.REPORTING, 0, [Permission.ReportRead]]);
  expect([...ROLE_PERMISSIONS[Role.REPORTING]]).toEqual([Permission.ReportRead]);
  // No record has account 0 as its subject, so SELF rules never match a reporting client.
  const [{ n }] = await t.app.dataSource.query('SELECT COUNT(*) AS n FROM account WHERE id = 0');
  expect(Number(n)).toBe(0);

  // It is not a session token: the JWT path never sees it, and a session token is not a reporting one.
  const asSession = await t.gql('{ me { id } }', {}, { token });
  expect(asSession.status).toBe(400);
  expect(asSession.errors?.[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_ALLOWED', messageKey: 'reporting.untrustedDocument' });
});

test('the hash-only form is answered; an unregistered document, introspection and any other field are refused with a code', async () => {
  const { id, token } = await create({ allowedOperations: ['EnrollmentFigures'] });
  const byHash = await post(token, { extensions: { persistedQuery: { version: 1, sha256Hash: ENROLLMENT.sha256 } }, variables: { academicYear: 2026 } });
  expect([byHash.status, byHash.body.errors]).toEqual([200, undefined]);
  expect(byHash.body.data.enrollmentFigures.academicYear).toBe(2026);
  // The full text with its hash, and the operation's own name, are answered too.
  const both = await post(token, {
    query: ENROLLMENT.document,
    operationName: 'EnrollmentFigures',
    variables: { academicYear: 2025 },
    extensions: { persistedQuery: { version: 1, sha256Hash: ENROLLMENT.sha256 } },
  });
  expect([both.status, both.body.data?.enrollmentFigures.academicYear]).toEqual([200, 2025]);

  const refusedBodies: Record<string, Record<string, unknown>> = {
    'a document of its own asking a registered field': { query: '{ enrollmentFigures(academicYear: 2026) { threshold } }' },
    'the registered text with one change': { query: ENROLLMENT.document.replace('threshold', 'threshold academicYear'), variables: { academicYear: 2026 } },
    introspection: { query: '{ __schema { types { name } } }' },
    'a type name probe': { query: '{ __typename }' },
    'a per-person query': { query: '{ members(search: "練馬") { id name email } }' },
    'its own account': { query: '{ me { id name } }' },
    'a mutation': { query: 'mutation { logout }' },
    'a public mutation': { query: 'mutation { login(identifier: "x", password: "y") { accessToken } }' },
    'an unknown hash': { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ me { id } }') } } },
    'a hash that does not match the text': { query: ENROLLMENT.document, extensions: { persistedQuery: { version: 1, sha256Hash: MATRIX.sha256 } } },
    'no document at all': {},
  };
  for (const [what, body] of Object.entries(refusedBodies)) {
    const res = await post(token, body);
    expect([what, res.status, err(res), res.body.data]).toEqual([what, 400, ['PERSISTED_QUERY_NOT_ALLOWED reporting.untrustedDocument'], undefined]);
  }
  // A GET never carries a registered document either.
  const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': '1' } });
  expect(get.status).toBe(400);

  const rows = await callRows(id);
  expect(rows.map((r) => [r.outcome, r.reason])).toEqual([
    ['success', null],
    ['success', null],
    ...Object.keys(refusedBodies).map(() => ['denied', 'untrusted_document']),
    ['denied', 'untrusted_document'],
  ]);
  expect(rows.every((r) => r.actorRole === 'reporting' && r.targetType === 'ReportingClient')).toBe(true);
});

test('a registered operation outside the client’s allowed list is refused, and so is a wrong operation name', async () => {
  const { id, token } = await create({ allowedOperations: ['EnrollmentFigures'] });
  const matrix = await post(token, { query: MATRIX.document, variables: { academicYear: null } });
  expect([matrix.status, err(matrix), matrix.body.data]).toEqual([403, ['PERSISTED_QUERY_NOT_ALLOWED reporting.operationNotAllowed'], undefined]);
  const matrixByHash = await post(token, { extensions: { persistedQuery: { version: 1, sha256Hash: MATRIX.sha256 } } });
  expect([matrixByHash.status, err(matrixByHash)]).toEqual([403, ['PERSISTED_QUERY_NOT_ALLOWED reporting.operationNotAllowed']]);
  const wrongName = await post(token, { query: ENROLLMENT.document, operationName: 'StudiedActiveMatrix', variables: { academicYear: 2026 } });
  expect([wrongName.status, err(wrongName)]).toEqual([403, ['PERSISTED_QUERY_NOT_ALLOWED reporting.operationNotAllowed']]);
  expect((await callRows(id)).map((r) => [r.outcome, r.reason, r.operation])).toEqual([
    ['denied', 'operation_not_allowed', 'query StudiedActiveMatrix'],
    ['denied', 'operation_not_allowed', 'query StudiedActiveMatrix'],
    ['denied', 'operation_not_allowed', 'query EnrollmentFigures'],
  ]);

  // A client allowed both runs both.
  const both = await create({ allowedOperations: ['EnrollmentFigures', 'StudiedActiveMatrix'] });
  const answered = await post(both.token, { query: MATRIX.document, variables: { academicYear: null } });
  expect([answered.status, answered.body.errors]).toEqual([200, undefined]);
  expect(answered.body.data.studiedActiveMatrix.threshold).toBe(5);
});

test('revoked: refused at once, audited; a revoked client cannot be rotated back to life', async () => {
  const { id, token } = await create();
  expect((await figures(token)).status).toBe(200);
  const revoked = await t.gql('mutation($id: ID!) { revokeReportingClient(id: $id) { id status revokedAt } }', { id }, { token: admin });
  expect(revoked.errors).toBeUndefined();
  expect(revoked.data.revokeReportingClient).toMatchObject({ id, status: 'REVOKED', revokedAt: expect.any(String) });
  const res = await figures(token);
  expect([res.status, err(res), res.body.data]).toEqual([401, ['UNAUTHENTICATED reporting.tokenInvalid'], undefined]);
  const rotate = await t.gql('mutation($id: ID!) { rotateReportingClientToken(id: $id) { token } }', { id }, { token: admin });
  expect(rotate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'reporting.clientRevoked' });
  expect((await callRows(id)).map((r) => [r.outcome, r.reason])).toEqual([
    ['success', null],
    ['denied', 'reporting_token_revoked'],
  ]);
  const [audit] = await t.app.dataSource.query("SELECT outcome FROM audit_log WHERE operation = 'mutation revokeReportingClient' AND targetIdList = ?", [id]);
  expect(audit.outcome).toBe('success');
});

test('expired (expiry moved into the past in the database): refused with its own key', async () => {
  const { id, token } = await create();
  expect((await figures(token)).status).toBe(200);
  await t.app.dataSource.getRepository(ReportingClient).update({ id: Number(id) }, { expiresAt: new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000) });
  const res = await figures(token);
  expect([res.status, err(res)]).toEqual([401, ['UNAUTHENTICATED reporting.tokenExpired']]);
  const list = await t.gql(LIST, {}, { token: admin });
  expect(list.data.reportingClients.find((c: any) => c.id === id).status).toBe('EXPIRED');
  expect((await callRows(id)).map((r) => r.reason)).toEqual([null, 'reporting_token_expired']);
});

test('address-limited: outside the networks refused, inside answered', async () => {
  const { id, token, client } = await create({ allowedAddressRanges: ['203.0.113.0/24', '2001:db8::/48'] });
  expect(client.allowedAddressRanges).toEqual(['203.0.113.0/24', '2001:db8::/48']);
  const outside = await figures(token, '198.51.100.7');
  expect([outside.status, err(outside)]).toEqual([401, ['UNAUTHENTICATED reporting.addressNotAllowed']]);
  const inside = await figures(token, '203.0.113.9');
  expect([inside.status, inside.body.errors]).toEqual([200, undefined]);
  const inside6 = await figures(token, '2001:db8::5');
  expect(inside6.status).toBe(200);
  // The test server itself (loopback) is outside too.
  expect((await figures(token)).status).toBe(401);
  expect((await callRows(id)).map((r) => [r.outcome, r.reason])).toEqual([
    ['denied', 'address_not_allowed'],
    ['success', null],
    ['success', null],
    ['denied', 'address_not_allowed'],
  ]);
  const [ip] = await t.app.dataSource.query("SELECT ip FROM audit_log WHERE action = 'reporting.call' AND targetIdList = ? ORDER BY id", [id]);
  expect(ip.ip).toBe('198.51.100.7');
});

test('rotate: the new token is shown once and works; the old one stops at once', async () => {
  const { id, token: old } = await create();
  expect((await figures(old)).status).toBe(200);
  const rotated = await t.gql('mutation($id: ID!) { rotateReportingClientToken(id: $id) { token client { id status } } }', { id }, { token: admin });
  expect(rotated.errors).toBeUndefined();
  const fresh = rotated.data.rotateReportingClientToken.token;
  expect(fresh).toMatch(new RegExp(`^cprpt_${id}_`));
  expect(fresh).not.toBe(old);
  const refused = await figures(old);
  expect([refused.status, err(refused)]).toEqual([401, ['UNAUTHENTICATED reporting.tokenInvalid']]);
  expect((await figures(fresh)).status).toBe(200);
  const [row] = await t.app.dataSource.query('SELECT tokenHash FROM reporting_client WHERE id = ?', [id]);
  expect(row.tokenHash).toBe(sha256Hex(fresh));
  expect((await callRows(id)).map((r) => [r.outcome, r.reason])).toEqual([
    ['success', null],
    ['denied', 'reporting_token_unknown'],
    ['success', null],
  ]);
});

test('forged and malformed tokens are refused as invalid', async () => {
  const { id, token } = await create();
  const forged = `${token.slice(0, -4)}AAAA` === token ? `${token.slice(0, -4)}BBBB` : `${token.slice(0, -4)}AAAA`;
  for (const bad of [forged, `cprpt_${Number(id) + 1000}_${token.split('_')[2]}`, 'cprpt_x', `cprpt_${id}_short`]) {
    const res = await figures(bad);
    expect([bad, res.status, err(res)]).toEqual([bad, 401, ['UNAUTHENTICATED reporting.tokenInvalid']]);
  }
  const rows = (await t.app.dataSource.query("SELECT reason, targetIdList FROM audit_log WHERE action = 'reporting.call' AND outcome = 'denied' AND reason IN (?, ?)", [
    'reporting_token_unknown',
    'reporting_token_malformed',
  ])) as Array<{ reason: string }>;
  expect(rows.filter((r) => r.reason === 'reporting_token_malformed').length).toBeGreaterThanOrEqual(2);
});

test('creation checks its operations, expiry and networks', async () => {
  const attempt = (input: Record<string, unknown>) =>
    t.gql(
      CREATE,
      { input: { name: 'x', purpose: 'y', allowedOperations: ['EnrollmentFigures'], expiresAt: new Date(Date.now() + DAY).toISOString(), ...input } },
      { token: admin },
    );
  const keys = async (input: Record<string, unknown>) => (await attempt(input)).errors?.[0].extensions.fieldErrors?.map((e: any) => `${e.field} ${e.messageKey}`);
  expect(await keys({ allowedOperations: ['Members'] })).toEqual(['allowedOperations reporting.unknownOperation']);
  expect(await keys({ allowedOperations: [] })).toEqual(['allowedOperations reporting.operationsRequired']);
  expect(await keys({ expiresAt: new Date(Date.now() - 1000).toISOString() })).toEqual(['expiresAt reporting.expiryInPast']);
  expect(await keys({ expiresAt: new Date(Date.now() + 400 * DAY).toISOString() })).toEqual(['expiresAt reporting.expiryTooFar']);
  expect(await keys({ allowedAddressRanges: ['203.0.113.0/33'] })).toEqual(['allowedAddressRanges validation.cidr']);
});

test('only ward administrators create, revoke, rotate and list clients; ward staff, contractors, auditors and members are refused', async () => {
  const { id } = await create();
  const member = await t.registerMember();
  const auditor = await staffToken(t, Role.AUDITOR);
  const callers = { staff: await t.tokenFor('staff'), contractor: await t.tokenFor('greenery'), auditor: auditor.token, member: member.token };
  const input = { name: 'x', purpose: 'y', allowedOperations: ['EnrollmentFigures'], expiresAt: new Date(Date.now() + DAY).toISOString() };
  for (const [who, token] of Object.entries(callers)) {
    const calls = [
      await t.gql(CREATE, { input }, { token }),
      await t.gql('mutation($id: ID!) { revokeReportingClient(id: $id) { id } }', { id }, { token }),
      await t.gql('mutation($id: ID!) { rotateReportingClientToken(id: $id) { token } }', { id }, { token }),
      await t.gql('{ reportingClients { id } }', {}, { token }),
      await t.gql('{ reportingOperations { name } }', {}, { token }),
    ];
    expect([who, calls.map((c) => c.errors?.[0].extensions.code)]).toEqual([who, ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']]);
  }
  const anonymous = await t.gql('{ reportingClients { id } }');
  expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  const [row] = await t.app.dataSource.query('SELECT revokedAt FROM reporting_client WHERE id = ?', [id]);
  expect(row.revokedAt).toBeNull();
});

test('staff sessions keep the full schema: their own documents and introspection, unchanged', async () => {
  const own = await t.gql('{ enrollmentFigures(academicYear: 2026) { threshold } }', {}, { token: admin });
  expect([own.errors, own.data.enrollmentFigures.threshold]).toEqual([undefined, 5]);
  const introspection = await t.gql('{ __schema { queryType { name } } }', {}, { token: admin });
  expect(introspection.data.__schema.queryType.name).toBe('Query');
  const staff = await t.gql('{ me { id role } }', {}, { token: await t.tokenFor('staff') });
  expect(staff.data.me.role).toBe('WARD_STAFF');
  // A broken session token still takes the session path.
  const broken = await t.gql('{ me { id } }', {}, { token: 'not-a-token' });
  expect(broken.errors?.[0].extensions.messageKey).toBe('auth.sessionExpired');
});

describe('the reporting role × every field', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchemaForTests();
  });
  const held = new Set<string>(ROLE_PERMISSIONS[Role.REPORTING]);
  const reportingHolds = (codes: readonly string[] | undefined) => (codes ?? []).some((c) => c === PUBLIC || held.has(c));

  test('no personal field and no field of a person’s record is readable with report:read', () => {
    const all = coordinates(schema);
    const personal = all.filter((c) => c.personal);
    expect(personal.length).toBeGreaterThan(20);
    // SELF never matches (accountId 0), so only the codes count.
    expect(personal.filter((c) => reportingHolds(c.access?.filter((code) => code !== SELF))).map((c) => `${c.type}.${c.field}`)).toEqual([]);
    // Types that hold personal fields (a person's record): none of their fields is open to the role.
    const personTypes = new Set(personal.map((c) => c.type));
    expect(personTypes.has('Account')).toBe(true);
    expect(all.filter((c) => personTypes.has(c.type) && reportingHolds(c.access)).map((c) => `${c.type}.${c.field}`)).toEqual([]);
  });

  test('from every query the role may run, walking every field it may read reaches nothing personal and no person’s record', () => {
    const all = coordinates(schema);
    const personTypes = new Set(all.filter((c) => c.personal).map((c) => c.type));
    const roots = all.filter((c) => c.type === 'Query' && reportingHolds(c.access) && !c.access!.includes(PUBLIC));
    expect(roots.map((c) => c.field)).toEqual(expect.arrayContaining(['enrollmentFigures', 'studiedActiveMatrix']));
    const seen = new Set<string>();
    const reached: string[] = [];
    const walk = (typeName: string) => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const type = schema.getType(typeName);
      if (!(type instanceof GraphQLObjectType)) return;
      for (const field of Object.values(type.getFields())) {
        if (!reportingHolds(accessOf(type, field))) continue;
        reached.push(`${typeName}.${field.name}`);
        walk(getNamedType(field.type).name);
      }
    };
    for (const root of roots) {
      const field = schema.getQueryType()!.getFields()[root.field];
      reached.push(`Query.${root.field}`);
      walk(getNamedType(field.type).name);
    }
    const personal = new Set(all.filter((c) => c.personal).map((c) => `${c.type}.${c.field}`));
    expect(reached.filter((r) => personal.has(r))).toEqual([]);
    expect([...seen].filter((type) => personTypes.has(type))).toEqual([]);
    // No mutation needs report:read; the public ones (login, register…) are refused by the trusted documents (below).
    expect(all.filter((c) => c.type === 'Mutation' && (c.access ?? []).some((code) => held.has(code))).map((c) => c.field)).toEqual([]);
  });

  test('every field of every registered document is a report:read field, none personal', () => {
    const personal = new Set(
      coordinates(schema)
        .filter((c) => c.personal)
        .map((c) => `${c.type}.${c.field}`),
    );
    for (const doc of documents.list()) {
      const info = new TypeInfo(schema);
      const fields: string[] = [];
      visit(
        parse(doc.document),
        visitWithTypeInfo(info, {
          Field() {
            const parent = info.getParentType();
            const def = info.getFieldDef();
            if (!(parent instanceof GraphQLObjectType) || !def) throw new Error(`${doc.name}: a field outside the schema`);
            fields.push(`${parent.name}.${def.name}`);
            expect([doc.name, `${parent.name}.${def.name}`, reportingHolds(accessOf(parent, def))]).toEqual([doc.name, `${parent.name}.${def.name}`, true]);
          },
        }),
      );
      expect(fields.length).toBeGreaterThan(5);
      expect(fields.filter((f) => personal.has(f))).toEqual([]);
    }
  });

  test('sample per-person queries sent with a reporting token are refused before they run', async () => {
    const { id, token } = await create({ allowedOperations: ['EnrollmentFigures', 'StudiedActiveMatrix'] });
    const samples = [
      '{ me { id email } }',
      '{ members(search: "練馬") { id name } }',
      '{ member(id: "1") { id name address } }',
      '{ staffAccounts { id name } }',
      '{ auditEntries { total } }',
      '{ reportingClients { id } }',
    ];
    for (const query of samples) {
      const res = await post(token, { query });
      expect([query, res.status, res.body.data, err(res)]).toEqual([query, 400, undefined, ['PERSISTED_QUERY_NOT_ALLOWED reporting.untrustedDocument']]);
    }
    expect((await callRows(id)).length).toBe(samples.length);
  });
});

test('behind the gate too, the guard refuses the reporting principal every per-person query (the served schema, executed directly)', async () => {
  // The app's own wiring, built again over the test server's database, so the guard sees the principal a token gives.
  const logger = createLogger('silent');
  const modules = buildModules({ config: t.config, logger, database: t.app.database });
  const guarded = await buildAppSchema({ resolvers: resolverClasses, instances: modules.resolvers, guard: (built, plain) => guardSchema(built, t.app.database, logger, plain) });
  const { id } = await create();
  const principal = reportingPrincipal(await t.app.dataSource.getRepository(ReportingClient).findOneByOrFail({ id: Number(id) }));
  const run = async (query: string) => {
    const now = new Date();
    const ctx: Ctx = {
      requestId: 'test',
      ip: '127.0.0.1',
      user: principal,
      now,
      em: t.app.database.readManager,
      audit: new RequestAudit({ write: async () => {} }, { requestId: 'test', ip: '127.0.0.1', now }, () => principal),
      afterCommit: () => {},
      memo: new Map(),
    };
    return execute({ schema: guarded, document: parse(query), contextValue: ctx });
  };
  // The positive control: the aggregates are answered.
  const answered = await run('{ enrollmentFigures(academicYear: 2026) { threshold } }');
  expect([answered.errors, answered.data?.enrollmentFigures]).toEqual([undefined, { threshold: 5 }]);

  const personTypes = new Set(
    coordinates(guarded)
      .filter((c) => c.personal)
      .map((c) => c.type),
  );
  const sample = (type: GraphQLInputType): string | null => {
    const named = getNamedType(type);
    if (named instanceof GraphQLEnumType) return named.getValues()[0].name;
    if (named instanceof GraphQLScalarType)
      return { ID: '"1"', String: '"練馬区"', Int: '2026', Boolean: 'true', LocalDate: '"2026-04-01"', DateTime: '"2026-04-01T00:00:00Z"' }[named.name] ?? null;
    return null;
  };
  // And every type that leads to one (a page of members, a roster), to a fixed point.
  for (let grew = true; grew;) {
    grew = false;
    for (const type of Object.values(guarded.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || type.name === 'Query' || type.name === 'Mutation' || personTypes.has(type.name)) continue;
      if (Object.values(type.getFields()).some((f) => personTypes.has(getNamedType(f.type).name))) grew = personTypes.add(type.name) !== null;
    }
  }
  const queries = Object.values(guarded.getQueryType()!.getFields()).filter((f) => personTypes.has(getNamedType(f.type).name));
  expect(queries.map((f) => f.name)).toEqual(expect.arrayContaining(['member', 'members', 'me']));
  let called = 0;
  for (const field of queries) {
    const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type)] as const);
    if (args.some(([, v]) => v === null)) continue;
    const query = `{ ${field.name}${args.length ? `(${args.map(([n, v]) => `${n}: ${v}`).join(', ')})` : ''} { __typename } }`;
    const res = await run(query);
    called++;
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    if (field.name === 'me') {
      // The caller's own account: none for a principal without one.
      expect([query, res.errors, res.data?.me]).toEqual([query, undefined, null]);
    } else if (accessOf(guarded.getQueryType()!, field)!.includes(PUBLIC)) {
      // The public catalogue and lookups: their personal parts are guarded field by field (the tests above).
      continue;
    } else {
      expect([query, codes]).toEqual([query, ['FORBIDDEN']]);
    }
  }
  expect(called).toBeGreaterThanOrEqual(10);
});

test('a trusted document that is not valid against the schema stops the server from starting', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-ops-'));
  try {
    fs.writeFileSync(path.join(dir, 'Broken.graphql'), 'query Broken { enrollmentFigures(academicYear: 2026) { noSuchField } }');
    const broken = new TrustedDocuments(dir);
    const schema = await buildSchemaForTests();
    expect(() => broken.validateAgainst(schema)).toThrow(/Broken\.graphql is not valid against the schema/);
    fs.writeFileSync(path.join(dir, 'Broken.graphql'), 'query One { __typename } query Two { __typename }');
    expect(() => new TrustedDocuments(dir)).toThrow(/exactly one named operation/);
    fs.writeFileSync(path.join(dir, 'Broken.graphql'), 'query Other { __typename }');
    expect(() => new TrustedDocuments(dir)).toThrow(/named after its operation/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
