import { Repository } from 'typeorm';
/**
 * Hardening of the GraphQL endpoint: a deterministic fuzz of malformed requests, query-shape
 * limits (depth, aliases, directives, tokens), batching, masking of internal errors, validation
 * messages, security headers, production mode and personal information in logs.
 *
 * Every request here is generated from fixed tables; nothing is random.
 */
import pino from 'pino';
import { REDACT_PATHS, type AppLogger } from '../server/src/core/logger';
import { AuditEntry } from '../server/src/modules/audit';
import { codes, startTestServer, type TestServer } from './helpers/server';

let t: TestServer;
let staffToken: string;
beforeAll(async () => {
  t = await startTestServer();
  staffToken = await t.tokenFor('staff');
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------
// Raw HTTP
// ---------------------------------------------------------------------------------------------

interface RawResponse {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  json: any;
}

interface RawRequest {
  method?: string;
  /** Appended to /graphql, e.g. "?query=…". */
  search?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Stream the body (Transfer-Encoding: chunked, no Content-Length). */
  chunked?: boolean;
}

async function raw(base: string, req: RawRequest): Promise<RawResponse> {
  const res = await fetch(`${base}${req.path ?? '/graphql'}${req.search ?? ''}`, {
    method: req.method ?? 'POST',
    headers: req.headers,
    body: req.chunked ? chunkedBody(req.body!) : (req.body as BodyInit | undefined),
    ...(req.chunked ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, text, json };
}

function chunkedBody(body: string | Buffer): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(body);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + 16_384)));
      offset += 16_384;
    },
  });
}

const JSON_CT = { 'content-type': 'application/json' };
const gqlBody = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ query, variables, ...extra });

/** Things that must never reach a client: stack traces, SQL, driver names and errors, source paths. */
const LEAKS: Array<[string, RegExp]> = [
  ['stack frame', /at Object\.|at async |\n\s+at /],
  ['stack', /stack/i],
  ['SQL', /SELECT |INSERT INTO|UPDATE `|FROM `/],
  ['sqlite', /sqlite/i],
  ['QueryFailedError', /QueryFailedError/],
  ['driver error code', /\bER_[A-Z_]{3,}|SQLITE_[A-Z]/],
  ['MariaDB message', /Data too long|Incorrect \w+ value|Duplicate entry/],
  ['source path', /node_modules|\/server\/src\/|\.ts:\d+/],
];

function leaksIn(text: string): string[] {
  return LEAKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

// ---------------------------------------------------------------------------------------------
// The fuzz corpus: generated from fixed tables
// ---------------------------------------------------------------------------------------------

interface FuzzCase extends RawRequest {
  category: string;
  name: string;
  /** Send the seeded ward staff's token, so that validation behind the access check is reached. */
  staff?: boolean;
  /**
   * "refused" (default): a 4xx, or a JSON body with a non-empty errors array and no data.
   * "any": well-formed after all (see the case); it only must not fail the server.
   */
  expect?: 'refused' | 'any';
}

const cohortInput = {
  courseId: '1',
  academicYear: 2028,
  capacity: 10,
  applicationOpensAt: '2027-10-01T09:00:00+09:00',
  applicationClosesAt: '2027-11-01T17:00:00+09:00',
  startsOn: '2028-04-10',
  endsOn: '2029-03-15',
  selectionMethod: 'LOTTERY',
  status: 'DRAFT',
};
const courseInput = { fieldCode: 'WELFARE', title: '地域福祉 入門', description: '入門', eligibility: ['RESIDENT'], motivationRequired: false, minAttendanceRate: 70 };
const registerInput = {
  name: '練馬 花子',
  nameKana: 'ネリマ ハナコ',
  email: 'fuzz@example.jp',
  phone: '03-1234-5678',
  residency: 'RESIDENT',
  address: '東京都練馬区豊玉北6-12-1',
  password: 'correct horse battery',
  privacyNoticeVersion: '2026-04',
  acceptPrivacyNotice: true,
};

const BAD_INT = ['abc', 1.5, 2 ** 31, -(2 ** 31) - 1, {}, [], true, null, '12'];
const BAD_ID = [{}, [], true, 1.5, null, 'abc', '-1', '0', '2147483648', '1 OR 1=1'];
const BAD_DATETIME = [
  '2026-13-45',
  'yesterday',
  12345,
  '',
  {},
  null,
  '2026-04-01',
  '2026-04-01T09:00:00',
  '2026-13-45T09:00:00+09:00',
  '2026-02-30T09:00:00+09:00',
  '2026-04-31T09:00:00Z',
  '2026-04-01T25:00:00+09:00',
  'x'.repeat(1000),
];
const BAD_LOCALDATE = ['2026-13-45', 'yesterday', 12345, '', {}, null, '2026-02-30', '2026-4-1', '2026-04-01T00:00:00Z', '+002026-04-01'];
const BAD_ENUM = ['NOPE', 'lottery', 1, ['LOTTERY'], null, {}, '😀'];
const BAD_STRING = [null, 123, {}, [], true];

function describeValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 30)}…(${s.length} chars)` : s;
}

function buildCorpus(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const add = (c: FuzzCase) => cases.push(c);
  const variablesCase = (category: string, name: string, query: string, variables: unknown, opts: Partial<FuzzCase> = {}) =>
    add({ category, name, headers: JSON_CT, body: gqlBody(query, variables), ...opts });

  // 1. Wrong types and out-of-range values for every argument of several operations, in variables.
  const A = 'argument types';
  const createCohort = 'mutation($input: CohortInput!) { createCohort(input: $input) { id } }';
  const intFields = ['academicYear', 'capacity'];
  for (const f of intFields)
    for (const v of BAD_INT) variablesCase(A, `createCohort ${f}=${describeValue(v)}`, createCohort, { input: { ...cohortInput, [f]: v } }, { staff: true });
  for (const v of BAD_ID) variablesCase(A, `createCohort courseId=${describeValue(v)}`, createCohort, { input: { ...cohortInput, courseId: v } }, { staff: true });
  for (const f of ['applicationOpensAt', 'applicationClosesAt']) {
    for (const v of BAD_DATETIME) variablesCase(A, `createCohort ${f}=${describeValue(v)}`, createCohort, { input: { ...cohortInput, [f]: v } }, { staff: true });
  }
  for (const f of ['startsOn', 'endsOn']) {
    for (const v of BAD_LOCALDATE) variablesCase(A, `createCohort ${f}=${describeValue(v)}`, createCohort, { input: { ...cohortInput, [f]: v } }, { staff: true });
  }
  for (const v of BAD_ENUM) variablesCase(A, `createCohort selectionMethod=${describeValue(v)}`, createCohort, { input: { ...cohortInput, selectionMethod: v } }, { staff: true });
  for (const v of ['NOPE', 'SELECTED', 'RUNNING', 1, ['OPEN']]) {
    variablesCase(A, `createCohort status=${describeValue(v)}`, createCohort, { input: { ...cohortInput, status: v } }, { staff: true });
  }
  for (const f of Object.keys(cohortInput).filter((k) => k !== 'status')) {
    const { [f]: _dropped, ...rest } = cohortInput as Record<string, unknown>;
    variablesCase(A, `createCohort without ${f}`, createCohort, { input: rest }, { staff: true });
  }
  variablesCase(A, 'createCohort unknown input field', createCohort, { input: { ...cohortInput, isAdmin: true } }, { staff: true });
  variablesCase(A, 'createCohort __proto__ in input', createCohort, JSON.parse(`{"input":{"__proto__":{"capacity":5},"courseId":"1"}}`), { staff: true });
  for (const v of [null, 'input', [], 42]) variablesCase(A, `createCohort input=${describeValue(v)}`, createCohort, { input: v }, { staff: true });
  add({
    category: A,
    name: 'createCohort deeply nested array as input',
    staff: true,
    headers: JSON_CT,
    body: `{"query":${JSON.stringify(createCohort)},"variables":{"input":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
  });
  variablesCase(A, 'createCohort with no variables', createCohort, undefined, { staff: true });

  const updateCohort = 'mutation($id: ID!, $input: CohortUpdateInput!) { updateCohort(id: $id, input: $input) { id } }';
  const { courseId: _c, ...cohortUpdate } = cohortInput;
  for (const v of BAD_ID) variablesCase(A, `updateCohort id=${describeValue(v)}`, updateCohort, { id: v, input: { ...cohortUpdate, status: 'OPEN' } }, { staff: true });
  variablesCase(A, 'updateCohort with courseId (not in the update input)', updateCohort, { id: '2', input: { ...cohortInput, status: 'OPEN' } }, { staff: true });

  const createCourse = 'mutation($input: CourseInput!) { createCourse(input: $input) { id } }';
  const courseBad: Record<string, unknown[]> = {
    fieldCode: ['NOPE', 'welfare', 1, null, ['WELFARE'], ''],
    title: [...BAD_STRING, ''],
    titleEn: [123, {}, 'x'.repeat(201)],
    description: [...BAD_STRING, '', 'x'.repeat(4001)],
    eligibility: ['NOPE', ['NOPE'], [null], [], null, [1], ['RESIDENT', 'RESIDENT'], ['RESIDENT', 'WORKER', 'STUDENT', 'RESIDENT'], { RESIDENT: true }],
    motivationRequired: ['yes', 1, null, 'true', []],
    minAttendanceRate: ['abc', 1.5, 101, -1, 2 ** 31, null],
  };
  for (const [f, values] of Object.entries(courseBad)) {
    for (const v of values) variablesCase(A, `createCourse ${f}=${describeValue(v)}`, createCourse, { input: { ...courseInput, [f]: v } }, { staff: true });
  }
  // GraphQL input coercion turns a single value into a one-item list, so this one is well-formed.
  variablesCase(A, 'createCourse eligibility="RESIDENT" (coerced to a list)', createCourse, { input: { ...courseInput, eligibility: 'RESIDENT' } }, { staff: true, expect: 'any' });
  variablesCase(A, 'createCourse eligibility="RESIDENT" anonymously', createCourse, { input: { ...courseInput, eligibility: 'RESIDENT' } });

  const register = 'mutation($input: RegisterInput!) { register(input: $input) }';
  const registerBad: Record<string, unknown[]> = {
    email: ['not-an-email', 123, null, {}, 'a@b', `${'x'.repeat(250)}@example.jp`, ' @example.jp', '😀', 'fuzz@example.jp\u0000'],
    name: [null, '', 123, 'x'.repeat(101)],
    nameKana: ['abc', '', null, 'ｶﾀｶﾅ', '😀', 'ネリマ\u202eハナコ'],
    phone: ['abc', 12345, '0'.repeat(14), '03-1234-5678\u0000'],
    residency: ['NOPE', ['RESIDENT'], null, 'resident'],
    address: [123, {}, 'x'.repeat(301), '', null],
    workplaceOrSchool: [123, 'x'.repeat(201)],
    password: ['short', 123, null, 'x'.repeat(129)],
    privacyNoticeVersion: [null, '1999-01', 2026, 'x'.repeat(21)],
    acceptPrivacyNotice: ['true', false, null, 1],
  };
  for (const [f, values] of Object.entries(registerBad)) {
    for (const v of values) variablesCase(A, `register ${f}=${describeValue(v)}`, register, { input: { ...registerInput, [f]: v } });
  }
  variablesCase(A, 'register a worker without a workplace', register, { input: { ...registerInput, residency: 'WORKER', workplaceOrSchool: null } });

  const login = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }';
  for (const v of [123, null, {}, []]) {
    variablesCase(A, `login identifier=${describeValue(v)}`, login, { i: v, p: 'whatever-password' });
    variablesCase(A, `login password=${describeValue(v)}`, login, { i: 'M00000000', p: v });
  }
  variablesCase(A, 'login with no variables', login, undefined);

  const courseQ = 'query($id: ID!) { course(id: $id) { id } }';
  const cohortQ = 'query($id: ID!) { cohort(id: $id) { id } }';
  for (const v of BAD_ID) {
    variablesCase(A, `course id=${describeValue(v)}`, courseQ, { id: v });
    variablesCase(A, `cohort id=${describeValue(v)}`, cohortQ, { id: v });
  }
  for (const v of ['NOPE', 1, ['WELFARE'], 'welfare', {}]) {
    variablesCase(A, `courses fieldCode=${describeValue(v)}`, 'query($f: FieldCode) { courses(fieldCode: $f) { id } }', { f: v });
  }
  const auditQ = 'query($l: Int!, $b: ID) { auditLog(limit: $l, before: $b) { id } }';
  for (const v of ['abc', 1.5, 2 ** 31, -(2 ** 31) - 1, null]) variablesCase(A, `auditLog limit=${describeValue(v)}`, auditQ, { l: v }, { staff: true });
  for (const v of [{}, 1.5, true]) variablesCase(A, `auditLog before=${describeValue(v)}`, auditQ, { l: 5, b: v }, { staff: true });
  for (const v of [{}, 'abc', null]) {
    variablesCase(A, `endContractor id=${describeValue(v)}`, 'mutation($id: ID!) { endContractor(id: $id) { id } }', { id: v }, { staff: true });
  }
  variablesCase(A, 'refreshSession with a 60k token', 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }', { r: 'r'.repeat(60_000) });
  variablesCase(A, 'variable declared with the wrong type', 'query($id: Int!) { course(id: $id) { id } }', { id: 1 });
  variablesCase(A, 'variable of an unknown type', 'query($id: Nope!) { course(id: $id) { id } }', { id: 1 });

  // 2. The same mistakes written as literals in the document.
  const L = 'argument literals';
  const literal = (name: string, query: string, staff = false) => add({ category: L, name, headers: JSON_CT, body: gqlBody(query), staff });
  for (const v of ['{}', '[]', 'true', '1.5', 'null', '"abc"', '99999999999999999999999', '"😀\u202e"']) literal(`course(id: ${v})`, `{ course(id: ${v}) { id } }`);
  for (const v of ['"WELFARE"', 'NOPE', '1', '[WELFARE, NOPE]']) literal(`courses(fieldCode: ${v})`, `{ courses(fieldCode: ${v}) { id } }`);
  for (const v of ['2147483648', '-2147483649', '"abc"', '1.5', 'null', '1e400']) literal(`auditLog(limit: ${v})`, `{ auditLog(limit: ${v}) { id } }`, true);
  const cohortLiteral = (override: Record<string, string>) => {
    const fields: Record<string, string> = {
      courseId: '"1"',
      academicYear: '2028',
      capacity: '10',
      applicationOpensAt: '"2027-10-01T09:00:00+09:00"',
      applicationClosesAt: '"2027-11-01T17:00:00+09:00"',
      startsOn: '"2028-04-10"',
      endsOn: '"2029-03-15"',
      selectionMethod: 'LOTTERY',
      ...override,
    };
    return `mutation { createCohort(input: { ${Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} }) { id } }`;
  };
  for (const [f, v] of [
    ['capacity', '"abc"'],
    ['capacity', '2147483648'],
    ['capacity', '-5'],
    ['academicYear', '1.5'],
    ['applicationOpensAt', '12345'],
    ['applicationOpensAt', '"yesterday"'],
    ['startsOn', '"2026-13-45"'],
    ['endsOn', 'null'],
    ['selectionMethod', '"LOTTERY"'],
    ['courseId', '{}'],
  ] as const) {
    literal(`createCohort literal ${f}: ${v}`, cohortLiteral({ [f]: v }), true);
  }
  literal('login(identifier: 1, password: 2)', 'mutation { login(identifier: 1, password: 2) { accessToken } }');
  literal('register with a null input', 'mutation { register(input: null) }');
  literal(
    'createCourse(eligibility: RESIDENT_ONLY)',
    `mutation { createCourse(input: { fieldCode: WELFARE, title: "t", description: "d", eligibility: RESIDENT_ONLY, motivationRequired: false, minAttendanceRate: 70 }) { id } }`,
    true,
  );

  // 3. Sizes.
  const S = 'sizes';
  add({ category: S, name: '1 MB body', headers: JSON_CT, body: gqlBody('{ fields { code } }', { pad: 'a'.repeat(1024 * 1024) }) });
  add({ category: S, name: '100k-character title', staff: true, headers: JSON_CT, body: gqlBody(createCourse, { input: { ...courseInput, title: 't'.repeat(100_000) } }) });
  add({
    category: S,
    name: '60k-character title (under the body limit)',
    staff: true,
    headers: JSON_CT,
    body: gqlBody(createCourse, { input: { ...courseInput, title: 't'.repeat(60_000) } }),
  });
  add({
    category: S,
    name: '60k-character title as a literal',
    staff: true,
    headers: JSON_CT,
    body: gqlBody(
      `mutation { createCourse(input: { fieldCode: WELFARE, title: "${'t'.repeat(60_000)}", description: "d", eligibility: [RESIDENT], motivationRequired: false, minAttendanceRate: 70 }) { id } }`,
    ),
  });
  add({
    category: S,
    name: '60k-character register name and address',
    headers: JSON_CT,
    body: gqlBody(register, { input: { ...registerInput, name: 'n'.repeat(30_000), address: 'a'.repeat(30_000) } }),
  });
  add({ category: S, name: '60k-character login identifier', headers: JSON_CT, body: gqlBody(login, { i: 'i'.repeat(60_000), p: 'p'.repeat(300) }) });
  add({ category: S, name: 'very long operationName pointing nowhere', headers: JSON_CT, body: gqlBody('{ fields { code } }', undefined, { operationName: 'X'.repeat(20_000) }) });
  add({ category: S, name: 'very long variable name, undeclared', headers: JSON_CT, body: gqlBody(`{ course(id: $${'v'.repeat(20_000)}) { id } }`) });
  add({
    category: S,
    name: 'GET with a 20k query string',
    method: 'GET',
    search: `?query=${encodeURIComponent(`{ ${'fields { code } '.repeat(1200)} }`)}`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  add({
    category: S,
    name: '1 MB body without content-length (chunked)',
    headers: JSON_CT,
    body: Buffer.from(gqlBody('{ fields { code } }', { pad: 'b'.repeat(1024 * 1024) })),
    chunked: true,
  });

  // 4. Query shape: depth, aliases, directives, tokens, cost, introspection, fragment cycles.
  const Q = 'query shape';
  const shape = (name: string, query: string) => add({ category: Q, name, headers: JSON_CT, body: gqlBody(query) });
  shape('depth bomb, 20 levels', depthBomb(20));
  shape('depth bomb, 9 levels', depthBomb(9));
  shape('depth bomb through fragments, 20 levels', fragmentDepthBomb(20));
  shape('alias bomb, 200 aliases', aliasBomb(200));
  shape('alias bomb, 16 aliases', aliasBomb(16));
  shape('alias bomb of __typename, 1000', `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
  shape('nested alias bomb', `{ fields { ${Array.from({ length: 50 }, (_, i) => `c${i}: courses { id }`).join(' ')} } }`);
  shape('50 × @include(if: true)', `{ fields ${'@include(if: true) '.repeat(50)}{ code } }`);
  shape('50 × @skip(if: false) on a scalar', `{ fields { code ${'@skip(if: false) '.repeat(50)}} }`);
  shape('50 unknown directives', `{ fields { code ${Array.from({ length: 50 }, (_, i) => `@d${i}`).join(' ')} } }`);
  shape('token bomb: 3000 repeated fields', `{ fields { ${'code '.repeat(3000)}} }`);
  shape('token bomb: 5000 __typename', `{ ${'__typename '.repeat(5000)}}`);
  shape('token bomb: 3000 punctuators', `{ fields { code ${'('.repeat(3000)} } }`);
  shape('cost bomb: 15 aliases × 8 levels × fragment fan-out', costBomb());
  shape('fragment cycle A→A', '{ fields { ...A } } fragment A on Field { courses { field { ...A } } }');
  shape('fragment cycle A→B→A', '{ fields { ...A } } fragment A on Field { ...B } fragment B on Field { ...A }');
  // Valid GraphQL (repeated spreads merge); it only must not hurt the server.
  add({ category: Q, name: 'fragment spread 200 times', headers: JSON_CT, body: gqlBody(`{ fields { ...F ${'...F '.repeat(199)}} } fragment F on Field { code }`), expect: 'any' });
  shape('__schema introspection depth bomb', `{ __schema { types { ${nest('fields { type { ', ' } } ', 10, 'name')} } } }`);
  shape('__type ofType bomb', `{ __type(name: "Query") { fields { type { ${nest('ofType { ', ' } ', 20, 'name')} } } } }`);
  shape('__schema alias bomb', `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`);
  shape(
    'introspection cycle through interfaces/possibleTypes',
    `{ __schema { types { interfaces { possibleTypes { interfaces { possibleTypes { interfaces { possibleTypes { name } } } } } } } } }`,
  );

  // 5. Documents that do not make sense.
  const D = 'documents';
  const doc = (name: string, query: string, extra: Record<string, unknown> = {}) => add({ category: D, name, headers: JSON_CT, body: gqlBody(query, undefined, extra) });
  doc('unknown root field', '{ nope }');
  doc('unknown nested field', '{ fields { nope } }');
  doc('near-miss field name', '{ field { code } }');
  doc('unknown argument', '{ fields(first: 1) { code } }');
  doc('missing selection set', '{ fields }');
  doc('selection on a scalar', '{ privacyNotice { version { length } } }');
  doc('query field on the mutation type', 'mutation { fields { code } }');
  doc('unknown mutation', 'mutation { dropEverything }');
  doc('subscription (none in the schema)', 'subscription { fields { code } }');
  doc('two anonymous operations', '{ fields { code } } { me { id } }');
  doc('two operations, no operationName', 'query A { fields { code } } query B { me { id } }');
  doc('operationName pointing nowhere', 'query A { fields { code } }', { operationName: 'Nope' });
  doc('operationName of the wrong type', 'query A { fields { code } }', { operationName: 123 });
  doc('duplicate operation names', 'query A { fields { code } } query A { me { id } }', { operationName: 'A' });
  doc('undeclared variable', '{ course(id: $id) { id } }');
  doc('unknown fragment', '{ fields { ...Nope } }');
  doc('fragment on an unknown type', '{ fields { ...F } } fragment F on Nope { code }');
  doc('unused fragment', '{ fields { code } } fragment F on Field { code }');
  doc('syntax error: unclosed brace', '{ fields {');
  doc('syntax error: bare word', 'nonsense');
  doc('syntax error: unterminated string', '{ course(id: "1) { id } }');
  doc('NUL character in the document', '{ fields { code } }\u0000');
  doc('NUL character in a string literal', '{ course(id: "1\u0000") { id } }');
  doc('emoji outside a string', '{ fields { 😀 } }');
  doc('RTL override outside a string', '{ fields { \u202ecode } }');
  doc('only a comment', '# nothing here');
  doc('only whitespace', '   \n\t  ');
  doc('persisted query that does not exist', '', { query: undefined, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
  doc('extensions of the wrong type', '{ fields { code } }', { extensions: 'x' });
  doc('private field of another type', '{ me { passwordHash } }');

  // 6. Bodies that are not a GraphQL request.
  const B = 'bodies';
  const body = (name: string, b: string | Buffer, headers: Record<string, string> = JSON_CT) => add({ category: B, name, headers, body: b });
  body('truncated JSON', '{"query":');
  body('truncated JSON string', '{"query": "{ fields { code } }"');
  body('empty body', '');
  body('empty array', '[]');
  body('null', 'null');
  body('a number', '42');
  body('a string', '"{ fields { code } }"');
  body('true', 'true');
  body('single quotes', "{'query': '{ fields { code } }'}");
  body('trailing garbage', '{"query":"{ fields { code } }"}garbage');
  body('raw NUL byte inside a JSON string', '{"query":"{ fields { code } }\u0000"}');
  body('invalid UTF-8 in the document', Buffer.concat([Buffer.from('{"query":"{ fields { code } }'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]));
  body(
    'invalid UTF-8 in a variable',
    Buffer.concat([
      Buffer.from('{"query":"mutation($i: String!) { login(identifier: $i, password: \\"xxxxxxxxxxxx\\") { accessToken } }","variables":{"i":"'),
      Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80]),
      Buffer.from('"}}'),
    ]),
  );
  body('UTF-16 byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"query":"{ fields { code } }"}', 'utf16le')]));
  body('batched request (two operations)', JSON.stringify([{ query: '{ fields { code } }' }, { query: '{ me { id } }' }]));
  body('batched request (one operation)', JSON.stringify([{ query: '{ fields { code } }' }]));
  body('batched mutations', JSON.stringify([{ query: 'mutation { logout }' }, { query: 'mutation { logout }' }]));
  body('empty object', '{}');
  body('query null', JSON.stringify({ query: null }));
  body('query a number', JSON.stringify({ query: 5 }));
  body('query an array', JSON.stringify({ query: ['{ fields { code } }'] }));
  body('query an object', JSON.stringify({ query: { fields: 'code' } }));
  body('query empty', JSON.stringify({ query: '' }));
  body('variables a string', JSON.stringify({ query: '{ fields { code } }', variables: '{"a":1}' }));
  body('variables an array', JSON.stringify({ query: '{ fields { code } }', variables: [1] }));
  body('variables a number', JSON.stringify({ query: '{ fields { code } }', variables: 7 }));
  body('variables true', JSON.stringify({ query: '{ fields { code } }', variables: true }));
  body('only variables', JSON.stringify({ variables: { a: 1 } }));
  body('deeply nested JSON', `{"query":"query($a: String) { fields { code } }","variables":{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`);

  // 7. Transport: content types, methods, encodings, headers.
  const T = 'transport';
  const fields = '{"query":"{ fields { code } }"}';
  add({ category: T, name: 'text/plain (CSRF)', headers: { 'content-type': 'text/plain' }, body: fields });
  add({ category: T, name: 'text/plain mutation (CSRF)', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: '{"query":"mutation { logout }"}' });
  add({ category: T, name: 'form-urlencoded (CSRF)', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7Bfields%7Bcode%7D%7D' });
  add({
    category: T,
    name: 'multipart/form-data (CSRF)',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ fields { code } }\r\n--x--\r\n',
  });
  add({ category: T, name: 'no content-type', body: Buffer.from(fields) });
  add({ category: T, name: 'application/xml', headers: { 'content-type': 'application/xml' }, body: '<query/>' });
  add({ category: T, name: 'application/graphql', headers: { 'content-type': 'application/graphql' }, body: '{ fields { code } }' });
  add({ category: T, name: 'JSON in latin1', headers: { 'content-type': 'application/json; charset=latin1' }, body: fields });
  add({ category: T, name: 'JSON in UTF-16', headers: { 'content-type': 'application/json; charset=utf-16' }, body: fields });
  add({ category: T, name: 'gzip that is not gzip', headers: { ...JSON_CT, 'content-encoding': 'gzip' }, body: fields });
  add({ category: T, name: 'unknown content-encoding', headers: { ...JSON_CT, 'content-encoding': 'zz-unknown' }, body: fields });
  add({ category: T, name: 'GET with a mutation', method: 'GET', search: `?query=${encodeURIComponent('mutation { logout }')}`, headers: { 'apollo-require-preflight': 'true' } });
  add({ category: T, name: 'GET with a mutation, no preflight header', method: 'GET', search: `?query=${encodeURIComponent('mutation { logout }')}` });
  add({ category: T, name: 'GET with no query', method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
  add({
    category: T,
    name: 'GET with variables that are not JSON',
    method: 'GET',
    search: `?query=${encodeURIComponent('query($id: ID!) { course(id: $id) { id } }')}&variables=%7Bnope`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  add({
    category: T,
    name: 'GET with extensions that are not JSON',
    method: 'GET',
    search: `?query=${encodeURIComponent('{ fields { code } }')}&extensions=nope`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  add({
    category: T,
    name: 'GET with the query twice',
    method: 'GET',
    search: `?query=${encodeURIComponent('{ fields { code } }')}&query=${encodeURIComponent('{ me { id } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  for (const method of ['PUT', 'PATCH', 'DELETE']) add({ category: T, name: `${method} request`, method, headers: JSON_CT, body: fields });
  add({ category: T, name: 'OPTIONS request', method: 'OPTIONS' });
  add({ category: T, name: 'HEAD request', method: 'HEAD' });
  for (const [name, value] of [
    ['Bearer garbage', 'Bearer garbage'],
    ['Bearer a.b.c', 'Bearer a.b.c'],
    ['Basic auth', 'Basic dXNlcjpwYXNz'],
    ['Bearer without a token', 'Bearer '],
    ['Bearer 5000 chars', `Bearer ${'a'.repeat(5000)}`],
    ['Bearer with a forged unsigned JWT', `Bearer ${unsignedJwt()}`],
    ['lower-case bearer', 'bearer abc'],
  ]) {
    add({ category: T, name: `authorization: ${name}`, headers: { ...JSON_CT, authorization: value }, body: '{"query":"{ me { id } }"}' });
  }
  add({
    category: T,
    name: 'mutation with a junk client address from the trusted proxy',
    headers: { ...JSON_CT, 'x-forwarded-for': 'z'.repeat(100) },
    body: gqlBody(login, { i: 'nobody', p: 'nothing-at-all' }),
  });
  add({
    category: T,
    name: 'bad token with a junk client address from the trusted proxy',
    headers: { ...JSON_CT, authorization: 'Bearer garbage', 'x-forwarded-for': 'z'.repeat(100) },
    body: '{"query":"{ me { id } }"}',
  });
  return cases;
}

function nest(open: string, close: string, levels: number, leaf: string): string {
  return `${open.repeat(levels)}${leaf}${close.repeat(levels)}`;
}

/** `{ fields { courses { cohorts { course { cohorts { … id } } } } } }`: `levels` fields deep, counting the leaf. */
function depthBomb(levels: number): string {
  const chain = ['fields', 'courses'];
  while (chain.length < levels - 1) chain.push(chain.length % 2 === 0 ? 'cohorts' : 'course');
  return `{ ${chain.map((f) => `${f} { `).join('')}id${' }'.repeat(chain.length)} }`;
}

function fragmentDepthBomb(levels: number): string {
  const frags: string[] = ['fragment F0 on Field { courses { ...F1 } }'];
  for (let i = 1; i < levels; i++) {
    const last = i === levels - 1;
    frags.push(
      i % 2 === 1 ? `fragment F${i} on Course { id ${last ? '' : `cohorts { ...F${i + 1} }`} }` : `fragment F${i} on Cohort { id ${last ? '' : `course { ...F${i + 1} }`} }`,
    );
  }
  return `{ fields { ...F0 } } ${frags.join(' ')}`;
}

function aliasBomb(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: fields { code }`).join(' ')} }`;
}

function costBomb(): string {
  return `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: fields { courses { cohorts { ...C ...C ...C ...C ...C ...C ...C ...C } } }`).join(' ')} } fragment C on Cohort { course { cohorts { course { cohorts { id } } } } }`;
}

function unsignedJwt(): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '1', sid: 'x', role: 'WARD_ADMIN' })}.`;
}

interface FuzzResult {
  c: FuzzCase;
  r: RawResponse;
}

const CORPUS = buildCorpus();
const CATEGORIES = [...new Set(CORPUS.map((c) => c.category))];
const FUZZ_IP = '203.0.113.77';

let fuzzRun: Promise<FuzzResult[]> | undefined;
/** Sends the whole corpus once, in order, and keeps the responses for the tests below. */
function runFuzz(): Promise<FuzzResult[]> {
  fuzzRun ??= (async () => {
    const results: FuzzResult[] = [];
    for (const c of CORPUS) {
      const headers = { 'x-forwarded-for': FUZZ_IP, ...(c.staff ? { authorization: `Bearer ${staffToken}` } : {}), ...c.headers };
      results.push({ c, r: await raw(t.url, { ...c, headers }) });
    }
    return results;
  })();
  return fuzzRun;
}

/** What is wrong with one response, if anything. */
function problemsOf({ c, r }: FuzzResult): string[] {
  const out: string[] = [];
  if (r.status >= 500) out.push(`HTTP ${r.status}`);
  if (r.status < 400) {
    if (!r.json) out.push(`HTTP ${r.status} without a JSON body`);
    else if (c.expect !== 'any') {
      if (!Array.isArray(r.json.errors) || r.json.errors.length === 0) out.push('accepted: no errors array');
      if (r.json.data !== null && r.json.data !== undefined) out.push(`returned data ${JSON.stringify(r.json.data).slice(0, 80)}`);
    }
  } else if (r.text && c.method !== 'HEAD') {
    // A 4xx is enough; when it has a body, it is our JSON error shape.
    if (!r.json || !Array.isArray(r.json.errors) || r.json.errors.length === 0) out.push(`HTTP ${r.status} body is not JSON with errors: ${r.text.slice(0, 80)}`);
  }
  for (const e of r.json?.errors ?? []) {
    if (e?.extensions?.code === 'INTERNAL_SERVER_ERROR') out.push('INTERNAL_SERVER_ERROR');
    if (e?.extensions?.stacktrace || e?.extensions?.exception) out.push('stacktrace in extensions');
  }
  return out;
}

const describeResult = (f: FuzzResult, problems: string[]) =>
  `[${f.c.category}] ${f.c.name} → ${f.r.status}: ${problems.join('; ')} :: ${f.r.text.replace(/\s+/g, ' ').slice(0, 200)}`;

// ---------------------------------------------------------------------------------------------

describe('fuzz: malformed requests', () => {
  test('the corpus holds at least 200 malformed requests, generated deterministically', () => {
    const refused = CORPUS.filter((c) => c.expect !== 'any');
    expect(refused.length).toBeGreaterThanOrEqual(200);
    expect(buildCorpus().map((c) => `${c.category}/${c.name}/${String(c.body ?? '').length}`)).toEqual(CORPUS.map((c) => `${c.category}/${c.name}/${String(c.body ?? '').length}`));
    // Each category pulls its weight.
    for (const category of CATEGORIES) expect(CORPUS.filter((c) => c.category === category).length).toBeGreaterThanOrEqual(10);
  });

  test.each(CATEGORIES)('%s: no 5xx, and every response is a 4xx or JSON with errors and no data', async (category) => {
    const results = (await runFuzz()).filter((f) => f.c.category === category);
    expect(results.length).toBeGreaterThan(0);
    const failures = results.flatMap((f) => {
      const problems = problemsOf(f);
      return problems.length ? [describeResult(f, problems)] : [];
    });
    expect(failures).toEqual([]);
  });

  test('the server is still healthy after the fuzz', async () => {
    await runFuzz();
    const res = await t.gql('{ fields { code } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.fields).toHaveLength(5);
    const health = await raw(t.url, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
  });
});

describe('query-shape limits', () => {
  const noLimitNumbers = (messages: string[]) => {
    for (const message of messages) {
      // armor runs with exposeLimits: false; neither the limit nor the measured size is told.
      expect(message).not.toMatch(/\b(8|9|10|15|16|20|200|2000|5000)\b/);
      expect(message).not.toMatch(/limit of|maximum (depth|aliases|directives|tokens)|exceeds/i);
    }
  };

  test.each([
    ['depth bomb, 20 levels', depthBomb(20)],
    ['depth bomb, 9 levels (one over)', depthBomb(9)],
    ['depth bomb through fragments', fragmentDepthBomb(20)],
    ['alias bomb, 200 aliases', aliasBomb(200)],
    ['alias bomb, 16 aliases (one over)', aliasBomb(16)],
    ['directive bomb, 50 × @include', `{ fields ${'@include(if: true) '.repeat(50)}{ code } }`],
  ])('%s is refused without data and without telling the limit', async (_name, query) => {
    const res = await raw(t.url, { headers: JSON_CT, body: gqlBody(query) });
    expect(res.status).toBeLessThan(500);
    expect(res.json?.data ?? null).toBeNull();
    expect(res.json.errors.length).toBeGreaterThan(0);
    expect(res.json.errors.map((e: any) => e.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    noLimitNumbers(res.json.errors.map((e: any) => e.message));
  });

  test('a query at the limits (depth 8, 15 aliases) still runs', async () => {
    const deep = await t.gql(depthBomb(8));
    expect(deep.errors).toBeUndefined();
    expect(deep.data.fields.length).toBe(5);
    const aliases = await t.gql(aliasBomb(15));
    expect(aliases.errors).toBeUndefined();
    expect(Object.keys(aliases.data)).toHaveLength(15);
  });

  test('a token bomb is refused as a bad request (4xx) without telling the limit', async () => {
    const res = await raw(t.url, { headers: JSON_CT, body: gqlBody(`{ fields { ${'code '.repeat(3000)}} }`) });
    expect(res.json?.data ?? null).toBeNull();
    expect(res.json.errors.length).toBeGreaterThan(0);
    noLimitNumbers(res.json.errors.map((e: any) => e.message));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('batching', () => {
  test.each([
    ['two queries', [{ query: '{ fields { code } }' }, { query: '{ privacyNotice { version } }' }]],
    ['one query in an array', [{ query: '{ fields { code } }' }]],
    [
      'two logins',
      [{ query: 'mutation { login(identifier: "x", password: "y") { accessToken } }' }, { query: 'mutation { login(identifier: "x", password: "z") { accessToken } }' }],
    ],
  ])('a batched request (%s) is refused with a 4xx and runs nothing', async (_name, batch) => {
    const before = await t.app.dataSource.getRepository(AuditEntry).count();
    const res = await raw(t.url, { headers: JSON_CT, body: JSON.stringify(batch) });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(Array.isArray(res.json)).toBe(false);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    // Nothing ran, so nothing was audited (the logins would have been).
    expect(await t.app.dataSource.getRepository(AuditEntry).count()).toBe(before);
  });
});

describe('error masking', () => {
  test('no fuzz response carries a stack trace, SQL, driver details or source paths', async () => {
    const results = await runFuzz();
    const leaks = results.flatMap((f) => {
      const found = leaksIn(f.r.text);
      return found.length ? [describeResult(f, found)] : [];
    });
    expect(leaks).toEqual([]);
  });

  test('field suggestions are hidden', async () => {
    const res = await raw(t.url, { headers: JSON_CT, body: gqlBody('{ field { code } openCohort { id } }') });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Did you mean|"fields"|openCohorts/);
  });

  test('a failure outside the resolvers (the audit write) leaks nothing and does not turn the answer into a 500', async () => {
    // Simulate the database failing while the audit entries of a request are written.
    // The sink inserts through its transaction's own repository, so the prototype is where to fail it.
    const proto = Repository.prototype as Repository<any>;
    const original = proto.insert;
    let failedWrites = 0;
    proto.insert = function (this: Repository<any>, ...args: Parameters<typeof original>) {
      if (this.target !== AuditEntry) return original.apply(this, args);
      failedWrites++;
      return Promise.reject(Object.assign(new Error("QueryFailedError: SELECT secret FROM account_internal WHERE x = 'y'"), { name: 'QueryFailedError' }));
    } as typeof original;
    try {
      const res = await raw(t.url, {
        headers: { ...JSON_CT, 'x-forwarded-for': '203.0.113.78' },
        body: gqlBody('mutation { login(identifier: "nobody", password: "nothing-at-all") { accessToken } }'),
      });
      expect(leaksIn(res.text)).toEqual([]);
      expect(res.status).toBeLessThan(500);
      // The login itself was decided before the audit write; the lost row is logged, not reported as a server error.
      expect(res.json.errors).toHaveLength(1);
      expect(res.json.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'auth.loginFailed' });
      // The simulated failure really happened (the server writes its audit rows through this repository).
      expect(failedWrites).toBeGreaterThan(0);
    } finally {
      proto.insert = original;
    }
  });

  test('a GraphQL syntax error is a 400 GRAPHQL_PARSE_FAILED, not a 500', async () => {
    for (const query of ['{ fields {', 'nonsense', '{ fields { code } }\u0000']) {
      const res = await raw(t.url, { headers: JSON_CT, body: gqlBody(query) });
      expect({ query, status: res.status, code: res.json.errors[0].extensions.code }).toEqual({ query, status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    }
  });

  test('a junk client address passed on by a trusted proxy does not fail the request', async () => {
    // TRUST_PROXY is "loopback" here, as behind a local reverse proxy; the address is whatever it forwards.
    const res = await raw(t.url, {
      headers: { ...JSON_CT, 'x-forwarded-for': 'z'.repeat(100) },
      body: gqlBody('mutation { login(identifier: "nobody", password: "nothing-at-all") { accessToken } }'),
    });
    expect(leaksIn(res.text)).toEqual([]);
    expect({ status: res.status, codes: res.json.errors.map((e: any) => e.extensions.code) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    const denied = await raw(t.url, { headers: { ...JSON_CT, authorization: 'Bearer garbage', 'x-forwarded-for': 'z'.repeat(100) }, body: '{"query":"{ me { id } }"}' });
    expect({ status: denied.status, codes: denied.json.errors.map((e: any) => e.extensions.code) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  });
});

describe('validation names the field', () => {
  const createCohort = 'mutation($input: CohortInput!) { createCohort(input: $input) { id } }';
  const fieldsOf = (res: { errors?: Array<{ extensions: Record<string, any> }> }) => (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: any) => f.field));

  test('an invalid email in register → BAD_USER_INPUT naming email (anonymous)', async () => {
    const res = await t.gql('mutation($input: RegisterInput!) { register(input: $input) }', { input: { ...registerInput, email: 'not-an-email' } }, { ip: '203.0.113.80' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['email']);
    expect(res.errors![0].extensions.fieldErrors[0].messageKey).toBe('validation.email');
    expect(res.data ?? null).toBeNull();
  });

  test('a negative capacity in createCohort → BAD_USER_INPUT naming capacity (ward staff)', async () => {
    const res = await t.gql(createCohort, { input: { ...cohortInput, capacity: -5 } }, { token: staffToken });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['capacity']);
    expect(res.errors![0].extensions.fieldErrors[0].messageKey).toBe('validation.capacity');
  });

  test('an application window that ends before it starts → BAD_USER_INPUT naming applicationClosesAt', async () => {
    const res = await t.gql(
      createCohort,
      { input: { ...cohortInput, applicationOpensAt: '2027-11-01T09:00:00+09:00', applicationClosesAt: '2027-10-01T09:00:00+09:00' } },
      { token: staffToken },
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['applicationClosesAt']);
    expect(res.errors![0].extensions.fieldErrors[0].messageKey).toBe('validation.windowOrder');
  });

  test('a wrong-typed capacity in the variables ("abc") → BAD_USER_INPUT naming capacity', async () => {
    const res = await t.gql(createCohort, { input: { ...cohortInput, capacity: 'abc' } }, { token: staffToken });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toContain('capacity');
  });

  test('a wrong-typed top-level argument names the argument', async () => {
    const res = await t.gql('query($id: ID!) { cohort(id: $id) { id } }', { id: {} });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['id']);
  });

  test('a DateTime on a day that does not exist (30 February) is refused, not moved to March', async () => {
    const res = await t.gql(createCohort, { input: { ...cohortInput, applicationOpensAt: '2027-02-30T09:00:00+09:00' } }, { token: staffToken });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toContain('applicationOpensAt');
  });

  test('emoji, right-to-left and NUL characters are stored and returned intact', async () => {
    const title = '🌸 防災\u202eلغة عربية\u202c NUL:\u0000 end';
    const res = await t.gql('mutation($input: CourseInput!) { createCourse(input: $input) { id title } }', { input: { ...courseInput, title } }, { token: staffToken });
    expect(res.errors).toBeUndefined();
    expect(res.data.createCourse.title).toBe(title);
    const again = await t.gql('query($id: ID!) { course(id: $id) { title } }', { id: res.data.createCourse.id });
    expect(again.data.course.title).toBe(title);
  });
});

describe('standard directives', () => {
  test('@include and @skip work', async () => {
    const res = await t.gql('query($yes: Boolean!) { fields @include(if: $yes) { code nameEn @skip(if: true) } privacyNotice @skip(if: $yes) { version } }', { yes: true });
    expect(res.errors).toBeUndefined();
    expect(res.data.fields[0]).toEqual({ code: 'WELFARE' });
    expect(res.data.privacyNotice).toBeUndefined();
  });
});

describe('HTTP headers', () => {
  test.each([
    ['a query', { headers: JSON_CT, body: gqlBody('{ fields { code } }') }, 200],
    ['a refused request', { headers: JSON_CT, body: gqlBody('{ nope }') }, 400],
    ['a body that is too large', { headers: JSON_CT, body: gqlBody('{ fields { code } }', { pad: 'a'.repeat(100_000) }) }, 413],
    // Automatic persisted queries are off: PERSISTED_QUERY_NOT_SUPPORTED, still no-store (Apollo once set its own cache header here).
    ['a persisted query it does not know', { headers: JSON_CT, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) }, 200],
  ] as const)('/graphql for %s: no-store, nosniff, a CSP and no X-Powered-By', async (_name, req, status) => {
    const res = await raw(t.url, req);
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.contentType).toMatch(/^application\/json/);
  });

  test('/healthz is a 200 JSON with status ok', async () => {
    const res = await raw(t.url, { method: 'GET', path: '/healthz' });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(res.json.status).toBe('ok');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('production mode', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await startTestServer({ env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) } });
  });
  afterAll(() => prod?.close());

  test('the server runs in production mode', () => {
    expect(prod.config.env).toBe('production');
  });

  test.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Query") { fields { name } } }'],
    ['__schema inside a fragment', '{ ...F } fragment F on Query { __schema { queryType { name } } }'],
  ])('introspection (%s) is refused', async (_name, query) => {
    const res = await raw(prod.url, { headers: JSON_CT, body: gqlBody(query) });
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.text).not.toContain('"types"');
  });

  test('ordinary queries and __typename still work', async () => {
    const res = await prod.gql('{ __typename fields { code } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.__typename).toBe('Query');
  });

  test('GET /graphql from a browser does not serve the Apollo landing page', async () => {
    const browsers: Record<string, string>[] = [{ accept: 'text/html' }, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'apollo-require-preflight': 'true' }];
    for (const headers of browsers) {
      const res = await raw(prod.url, { method: 'GET', headers });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.contentType).not.toMatch(/html/);
      expect(res.text).not.toMatch(/<!DOCTYPE|<html|sandbox|embeddable|landing-page|apollographql\.com/i);
    }
  });

  test('errors in production are masked', async () => {
    const res = await raw(prod.url, { headers: JSON_CT, body: gqlBody('mutation { login(identifier: 5) { accessToken } }') });
    expect(res.status).toBe(400);
    expect(leaksIn(res.text)).toEqual([]);
  });

  // With introspection off, "Did you mean …" would still reveal the schema piece by piece.
  test.each([
    ['a misspelt field', '{ field { code } }', undefined],
    ['a misspelt argument', '{ courses(fieldCod: WELFARE) { id } }', undefined],
    ['a misspelt enum literal', '{ courses(fieldCode: WELFAR) { id } }', undefined],
    ['an enum written as a string', '{ courses(fieldCode: "WELFARE") { id } }', undefined],
    ['a misspelt enum in the variables', 'query($f: FieldCode) { courses(fieldCode: $f) { id } }', { f: 'welfare' }],
  ])('errors in production suggest no schema names (%s)', async (_name, query, variables) => {
    const res = await raw(prod.url, { headers: JSON_CT, body: gqlBody(query, variables) });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Did you mean/);
  });
});

describe('logs carry no personal information', () => {
  const lines: string[] = [];
  let logged: TestServer;
  beforeAll(async () => {
    const logger = pino(
      { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'college-portal' } },
      { write: (line: string) => void lines.push(line) },
    ) as unknown as AppLogger;
    logged = await startTestServer({ logger });
  });
  afterAll(() => logged?.close());

  test('registering, logging in, refreshing, reading and failing leave no personal data in the log', async () => {
    const person = {
      name: '蒼井 鳳凰丸',
      nameKana: 'アオイ ホウオウマル',
      phone: '090-8765-4321',
      address: '東京都練馬区光が丘9-8-7 鳳凰ハイツ',
      email: 'hououmaru.aoi.zq@example.jp',
    };
    const member = await logged.registerMember(person);
    const session = await logged.login(member.email, member.password, '203.0.113.90');
    const refreshed = await logged.gql('mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }', { r: session.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    const me = await logged.gql('{ me { name nameKana email phone address } }', {}, { token: refreshed.data.refreshSession.accessToken });
    expect(me.data.me.email).toBe(person.email);

    // A validation error carrying the same personal data.
    const invalid = await logged.gql('mutation($input: RegisterInput!) { register(input: $input) }', {
      input: { ...registerInput, ...person, email: 'hououmaru-not-an-email', password: 'short' },
    });
    expect(codes(invalid)).toEqual(['BAD_USER_INPUT']);
    // A duplicate registration and a failed login with the real address.
    const duplicate = await logged.gql('mutation($input: RegisterInput!) { register(input: $input) }', {
      input: { ...registerInput, ...person, password: 'another good password' },
    });
    // The same answer as for a new address (no enumeration); the owner gets a mail instead.
    expect(codes(duplicate)).toEqual([]);
    const wrong = await logged.gql(
      'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }',
      { i: person.email, p: 'wrong password 123' },
      { ip: '203.0.113.91' },
    );
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    // A bad token, a syntax error and a type error with personal data in the variables.
    await raw(logged.url, { headers: { ...JSON_CT, authorization: `Bearer ${session.accessToken}x` }, body: '{"query":"{ me { id } }"}' });
    await raw(logged.url, { headers: JSON_CT, body: gqlBody(`{ me { ${person.email} } }`) });
    await logged.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: { email: person.email }, p: member.password });

    // An unexpected error inside a resolver, with personal data in its variables: logged (masked to the client).
    const accounts = logged.app.services.accounts;
    const register = accounts.register;
    accounts.register = async () => {
      throw new Error('simulated failure');
    };
    try {
      const failed = await logged.gql('mutation($input: RegisterInput!) { register(input: $input) }', {
        input: { ...registerInput, ...person, email: 'hououmaru.second@example.jp' },
      });
      expect(codes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      accounts.register = register;
    }

    const log = lines.join('');
    // The log is not empty: requests and the unexpected error were written.
    expect(log).toContain('request completed');
    expect(log).toContain('unexpected error');
    expect(log).toContain('simulated failure');
    const secrets = {
      email: person.email,
      emailLocalPart: 'hououmaru',
      name: person.name,
      nameFamily: '蒼井',
      nameKana: person.nameKana,
      address: person.address,
      addressPart: '鳳凰ハイツ',
      phone: person.phone,
      phoneDigits: '87654321',
      password: member.password,
      loginId: member.loginId,
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      newAccessToken: refreshed.data.refreshSession.accessToken,
      newRefreshToken: refreshed.data.refreshSession.refreshToken,
      tokenStart: session.accessToken.slice(0, 24),
    };
    const found = Object.entries(secrets).filter(([, value]) => log.includes(value) || log.includes(JSON.stringify(value).slice(1, -1)));
    expect(found.map(([key]) => key)).toEqual([]);
  });
});
