/**
 * Authentication and account security, end to end against a real server:
 * access-token verification, refresh rotation and reuse detection, logout,
 * password change, lockout and per-IP throttling, contractor restrictions,
 * who may create staff, registration with consent, and the audit trail.
 *
 * Every test that changes an account's state works on an account of its own
 * (a freshly registered member, or a contractor created for the test), so the
 * tests do not depend on each other's order.
 */
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { startTestServer, codes, type GqlResult, type TestServer } from './helpers/server';
import { Account, AccountStatus } from '../server/src/modules/accounts';
import { Consent } from '../server/src/modules/accounts/consent.entity';
import { RefreshToken, Session } from '../server/src/modules/accounts';
import { AuditEntry } from '../server/src/modules/audit';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------
// Operations and small helpers
// ---------------------------------------------------------------------------

const ME = '{ me { id } }';
const LOGIN = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken refreshToken expiresIn account { id loginId role } } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken expiresIn account { id } } }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) }';
const CREATE_CONTRACTOR =
  'mutation($input: ContractorInput!) { createContractor(input: $input) { id name fieldCode contractStartsOn contractEndsOn allowedAddressRanges active endedAt } }';
const CREATE_STAFF = 'mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { account { id loginId role } temporaryPassword } }';
const END_CONTRACTOR = 'mutation($id: ID!) { endContractor(id: $id) { id endedAt active } }';

/** The password registerMember() uses. */
const MEMBER_PASSWORD = 'correct horse battery';

const login = (identifier: string, password: string, ip?: string) => t.gql(LOGIN, { i: identifier, p: password }, { ip });
const refresh = (refreshToken: string, ip?: string) => t.gql(REFRESH, { r: refreshToken }, { ip });
const me = (token: string, ip?: string) => t.gql(ME, {}, { token, ip });

/** A refusal by the request's authentication: UNAUTHENTICATED with HTTP 401 and no data. */
function expectUnauthenticated(res: GqlResult): void {
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(res.status).toBe(401);
  expect(res.data?.me ?? null).toBeNull();
}

/** A refusal by login: the one generic message whatever the cause. */
function expectLoginRefused(res: GqlResult): void {
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(res.errors![0].extensions.messageKey).toBe('auth.loginFailed');
  expect(res.status).toBe(401);
  expect(res.data?.login ?? null).toBeNull();
}

/** A refused refresh token. */
function expectRefreshRefused(res: GqlResult): void {
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(res.errors![0].extensions.messageKey).toBe('auth.sessionExpired');
  expect(res.data?.refreshSession ?? null).toBeNull();
}

function fieldsNamed(res: GqlResult): string[] {
  return (res.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: { field: string }) => e.field);
}

function expectBadField(res: GqlResult, field: string): void {
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  expect(fieldsNamed(res)).toContain(field);
  expect(res.status).toBeLessThan(500);
}

function sessionIdOf(accessToken: string): string {
  return (jwt.decode(accessToken) as jwt.JwtPayload).sid;
}

const sessionRow = (sid: string) => t.app.dataSource.getRepository(Session).findOneByOrFail({ id: sid });

/** A unique test address per call site, so per-IP throttling on the shared server never trips. */
let ipSeq = 0;
const nextIp = () => `192.0.2.${++ipSeq}`;

let emailSeq = 0;
const uniqueEmail = (tag: string) => `${tag}${++emailSeq}.${crypto.randomBytes(3).toString('hex')}@example.jp`;

function registerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '練馬 太郎',
    nameKana: 'ネリマ タロウ',
    email: uniqueEmail('reg'),
    phone: '03-1234-5678',
    residency: 'RESIDENT',
    address: '東京都練馬区豊玉北6-12-1',
    password: MEMBER_PASSWORD,
    privacyNoticeVersion: t.config.privacyNoticeVersion,
    acceptPrivacyNotice: true,
    ...overrides,
  };
}

/** POST with arbitrary headers, for Authorization values the harness would not send. */
async function postRaw(headers: Record<string, string>, query: string): Promise<GqlResult> {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: any; errors?: GqlResult['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

// ---------------------------------------------------------------------------
// 1. Access tokens
// ---------------------------------------------------------------------------

describe('access tokens', () => {
  /** Claims copied from a real, live access token; each attack changes exactly one thing. */
  let live: { token: string; sub: string; sid: string; role: string };
  let adminId: string;

  beforeAll(async () => {
    const member = await t.registerMember();
    const claims = jwt.decode(member.token) as jwt.JwtPayload;
    live = { token: member.token, sub: claims.sub!, sid: claims.sid, role: claims.role };
    adminId = String((await t.login(t.credentials.admin.loginId, t.credentials.admin.password)).account.id);
  });

  function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    return { sub: live.sub, sid: live.sid, role: live.role, iss: t.config.jwtIssuer, aud: t.config.jwtAudience, iat: now, exp: now + 600, jti: crypto.randomUUID(), ...overrides };
  }

  function sign(payload: Record<string, unknown>, options: { secret?: string; alg?: jwt.Algorithm; typ?: string | undefined } = {}): string {
    const alg = options.alg ?? 'HS256';
    const typ = 'typ' in options ? options.typ : 'at+jwt';
    return jwt.sign(payload, options.secret ?? t.config.jwtSecret, { algorithm: alg, header: { alg, typ } as jwt.JwtHeader });
  }

  test('a valid token works (control), and so does one forged here with the real secret', async () => {
    // The second half proves the forging helper is right, so each refusal below is caused by its one change.
    for (const token of [live.token, sign(claims())]) {
      const res = await me(token);
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.data.me.id).toBe(live.sub);
    }
  });

  const attacks: Array<[string, () => string]> = [
    ['alg "none" with an empty signature', () => `${b64url({ alg: 'none', typ: 'at+jwt' })}.${b64url(claims())}.`],
    ['signed with another secret', () => sign(claims(), { secret: crypto.randomBytes(32).toString('hex') })],
    ['expired', () => sign(claims({ iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 }))],
    ['the wrong audience', () => sign(claims({ aud: 'some-other-api' }))],
    ['the wrong issuer', () => sign(claims({ iss: 'https://evil.example' }))],
    ['typ "JWT" instead of "at+jwt"', () => sign(claims(), { typ: 'JWT' })],
    ['no typ header', () => sign(claims(), { typ: undefined })],
    ['HS512, which is not in the allow-list, with the real secret', () => sign(claims(), { alg: 'HS512' })],
    ['HS384 with the real secret', () => sign(claims(), { alg: 'HS384' })],
    // The session must belong to the subject: a valid session id cannot be borrowed for another account.
    ['another account as subject with this session', () => sign(claims({ sub: adminId, role: 'ward_admin' }))],
    ['an unknown session id', () => sign(claims({ sid: crypto.randomUUID() }))],
    [
      'a payload tampered after signing',
      () => {
        const [h, , s] = sign(claims()).split('.');
        return `${h}.${b64url(claims({ role: 'ward_admin' }))}.${s}`;
      },
    ],
    ['garbage', () => 'garbage'],
  ];

  test.each(attacks)('a token with %s is refused with UNAUTHENTICATED (401)', async (_name, make) => {
    const res = await me(make());
    expectUnauthenticated(res);
    expect(res.errors![0].extensions.messageKey).toBe('auth.sessionExpired');
  });

  // RFC 9068 (whose "at+jwt" type these tokens use) makes exp REQUIRED and says the resource server MUST check it.
  // jsonwebtoken only checks exp when present, so a token without one would never expire by itself.
  test('a token without an exp claim is refused with UNAUTHENTICATED (401)', async () => {
    const { exp: _exp, ...noExp } = claims();
    expectUnauthenticated(await me(sign(noExp)));
  });

  test('a refresh token is not accepted as an access token', async () => {
    const session = await t.login(t.credentials.staff.loginId, t.credentials.staff.password);
    expectUnauthenticated(await me(session.refreshToken));
  });

  test.each([
    ['Basic credentials', 'Basic dXNlcjpwYXNz'],
    ['"Bearer" without a token', 'Bearer '],
    ['a token without "Bearer"', 'TOKEN'],
    ['a token followed by junk', 'Bearer TOKEN extra'],
    ['an over-long token', `Bearer ${'a'.repeat(5000)}`],
  ])('an Authorization header with %s is refused, not treated as anonymous', async (_name, header) => {
    // An unreadable header must not fall back to anonymous access: the client would not notice it is logged out.
    const res = await postRaw({ authorization: header.replace('TOKEN', live.token) }, ME);
    expectUnauthenticated(res);
  });

  test('a valid token whose session was revoked is refused', async () => {
    const session = await t.login(t.credentials.staff.loginId, t.credentials.staff.password);
    expect((await me(session.accessToken)).errors).toBeUndefined();
    await t.app.dataSource.getRepository(Session).update({ id: sessionIdOf(session.accessToken) }, { revokedAt: new Date(), revokedReason: 'test' });
    expectUnauthenticated(await me(session.accessToken));
  });

  test('a valid token of a disabled account is refused on the next request', async () => {
    const member = await t.registerMember();
    expect((await me(member.token)).errors).toBeUndefined();
    await t.app.dataSource.getRepository(Account).update({ loginId: member.loginId }, { status: AccountStatus.DISABLED });
    expectUnauthenticated(await me(member.token));
  });
});

// ---------------------------------------------------------------------------
// 2. Refresh tokens and logout
// ---------------------------------------------------------------------------

describe('refresh tokens', () => {
  test('refreshSession rotates: a new pair for the same session, and the old refresh token is spent', async () => {
    const member = await t.registerMember();
    const first = await t.login(member.loginId, member.password);
    const res = await refresh(first.refreshToken);
    expect(res.errors).toBeUndefined();
    const second = res.data.refreshSession;
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.account.id).toBe(first.account.id);
    expect(second.expiresIn).toBeGreaterThan(0);
    expect(sessionIdOf(second.accessToken)).toBe(sessionIdOf(first.accessToken));

    const meRes = await me(second.accessToken);
    expect(meRes.errors).toBeUndefined();
    expect(meRes.data.me.id).toBe(first.account.id);

    // Only hashes are stored, and the presented token is marked used.
    const rows = await t.app.dataSource.getRepository(RefreshToken).find({ where: { sessionId: sessionIdOf(first.accessToken) }, order: { id: 'ASC' } });
    expect(rows).toHaveLength(2);
    expect(rows[0].usedAt).not.toBeNull();
    expect(rows[1].usedAt).toBeNull();
    expect(rows.map((r) => r.tokenHash)).not.toContain(first.refreshToken);

    // The new refresh token can itself be rotated once.
    const third = await refresh(second.refreshToken);
    expect(third.errors).toBeUndefined();
  });

  test('reusing a spent refresh token is refused and ends the whole session', async () => {
    const member = await t.registerMember();
    const first = await t.login(member.loginId, member.password);
    const second = (await refresh(first.refreshToken)).data.refreshSession;

    // A second use means one of the two holders stole it; the server cannot tell which, so both lose the session.
    expectRefreshRefused(await refresh(first.refreshToken));
    expectRefreshRefused(await refresh(second.refreshToken));
    expectUnauthenticated(await me(second.accessToken));
    expectUnauthenticated(await me(first.accessToken));
    const session = await sessionRow(sessionIdOf(first.accessToken));
    expect(session.revokedAt).not.toBeNull();
    expect(session.revokedReason).toBe('refresh_reuse');
    const audit = await t.app.dataSource.getRepository(AuditEntry).findBy({ action: 'session.refresh', reason: 'refresh_reuse', actorId: Number(first.account.id) });
    expect(audit).toHaveLength(1);

    // Other sessions of the same account are not touched.
    expect((await me(member.token)).errors).toBeUndefined();
  });

  test('a session past its expiry refuses both its access token and its refresh token', async () => {
    const member = await t.registerMember();
    const session = await t.login(member.loginId, member.password);
    await t.app.dataSource.getRepository(Session).update({ id: sessionIdOf(session.accessToken) }, { expiresAt: new Date(Date.now() - 60_000) });
    expectUnauthenticated(await me(session.accessToken));
    expectRefreshRefused(await refresh(session.refreshToken));
  });

  test('an unknown or malformed refresh token is refused', async () => {
    expectRefreshRefused(await refresh(crypto.randomBytes(32).toString('base64url')));
    expectRefreshRefused(await refresh(''));
    expectRefreshRefused(await refresh('x'.repeat(300)));
  });

  test('logout ends the session: its access and refresh tokens are refused, other sessions go on', async () => {
    const member = await t.registerMember();
    const session = await t.login(member.loginId, member.password);
    const res = await t.gql(LOGOUT, {}, { token: session.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data.logout).toBe(true);

    expectUnauthenticated(await me(session.accessToken));
    expectRefreshRefused(await refresh(session.refreshToken));
    expect((await sessionRow(sessionIdOf(session.accessToken))).revokedReason).toBe('logout');
    expect((await me(member.token)).errors).toBeUndefined();
  });

  test('logout needs a login', async () => {
    const res = await t.gql(LOGOUT);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

// ---------------------------------------------------------------------------
// 3. Password change
// ---------------------------------------------------------------------------

describe('password change', () => {
  const NEW_PASSWORD = 'a brand new passphrase';

  test('ends every other session, keeps this one, and switches the password', async () => {
    const member = await t.registerMember();
    const a = await t.login(member.loginId, member.password);
    const b = await t.login(member.loginId, member.password);

    const res = await t.gql(CHANGE_PASSWORD, { c: member.password, n: NEW_PASSWORD }, { token: a.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data.changePassword).toBe(true);

    // Session A: the member is not thrown out mid-task.
    expect((await me(a.accessToken)).errors).toBeUndefined();
    const rotated = await refresh(a.refreshToken);
    expect(rotated.errors).toBeUndefined();

    // Session B (and the session registerMember opened): possibly someone who knew the old password.
    expectUnauthenticated(await me(b.accessToken));
    expectRefreshRefused(await refresh(b.refreshToken));
    expectUnauthenticated(await me(member.token));
    expect((await sessionRow(sessionIdOf(b.accessToken))).revokedReason).toBe('password_changed');

    // The new password logs in; the old one does not.
    const ip = nextIp();
    expect((await login(member.loginId, NEW_PASSWORD, ip)).errors).toBeUndefined();
    expectLoginRefused(await login(member.loginId, member.password, ip));
  });

  test('a wrong current password is BAD_USER_INPUT naming currentPassword, and changes nothing', async () => {
    const member = await t.registerMember();
    const other = await t.login(member.loginId, member.password);
    const res = await t.gql(CHANGE_PASSWORD, { c: 'not my password', n: NEW_PASSWORD }, { token: member.token });
    expectBadField(res, 'currentPassword');
    expect((await me(other.accessToken)).errors).toBeUndefined();
    expect((await login(member.loginId, member.password, nextIp())).errors).toBeUndefined();
  });

  test('a too-short new password is BAD_USER_INPUT naming newPassword', async () => {
    const member = await t.registerMember();
    expectBadField(await t.gql(CHANGE_PASSWORD, { c: member.password, n: 'short' }, { token: member.token }), 'newPassword');
  });

  test('changing the password needs a login', async () => {
    expect(codes(await t.gql(CHANGE_PASSWORD, { c: 'x', n: NEW_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
  });
});

// ---------------------------------------------------------------------------
// 4. Lockout and throttling
// ---------------------------------------------------------------------------

describe('account lockout', () => {
  /** Five wrong passwords (the default LOGIN_MAX_FAILURES_PER_ACCOUNT). */
  async function lockOut(loginId: string, ip: string): Promise<void> {
    expect(t.config.loginMaxFailuresPerAccount).toBe(5);
    for (let i = 0; i < 5; i++) expectLoginRefused(await login(loginId, `wrong password ${i}`, ip));
  }

  test('five wrong passwords lock the account; then even the right password is refused', async () => {
    const member = await t.registerMember();
    const ip = nextIp();
    // Four failures are not yet a lock.
    for (let i = 0; i < 4; i++) expectLoginRefused(await login(member.loginId, `wrong password ${i}`, ip));
    expect((await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: member.loginId })).lockedUntil).toBeNull();
    expectLoginRefused(await login(member.loginId, 'wrong password 4', ip));

    const account = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: member.loginId });
    expect(account.lockedUntil).not.toBeNull();
    expect(account.lockedUntil!.getTime()).toBeGreaterThan(Date.now());

    expectLoginRefused(await login(member.loginId, member.password, ip));
    // By email too: the lock is on the account, not on the identifier typed.
    expectLoginRefused(await login(member.email, member.password, nextIp()));
    // Sessions opened before the lock are not affected by it.
    expect((await me(member.token)).errors).toBeUndefined();
  });

  test('unknown login ID, wrong password, locked account and contractor out of range are indistinguishable', async () => {
    const member = await t.registerMember();
    await lockOut(member.loginId, nextIp());
    const other = await t.registerMember();

    const responses = {
      unknownId: await login('M00000000', MEMBER_PASSWORD, nextIp()),
      unknownEmail: await login('nobody.at.all@example.jp', MEMBER_PASSWORD, nextIp()),
      wrongPassword: await login(other.loginId, 'not the password', nextIp()),
      locked: await login(member.loginId, member.password, nextIp()),
      // The fixture's contractor allows loopback and private networks only; the password is right.
      contractorOutOfRange: await login(t.credentials.greenery.loginId, t.credentials.greenery.password, '198.51.100.20'),
    };
    const shapes = Object.entries(responses).map(([cause, res]) => {
      expectLoginRefused(res);
      return [cause, { status: res.status, message: res.errors![0].message, extensions: res.errors![0].extensions }] as const;
    });
    const [, reference] = shapes[0];
    expect(reference.extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.loginFailed' });
    for (const [cause, shape] of shapes) expect({ cause, ...shape }).toEqual({ cause, ...reference });
  });
});

describe('per-IP login throttling', () => {
  // A server of its own, so the low limit does not disturb the other tests.
  let t2: TestServer;
  beforeAll(async () => {
    t2 = await startTestServer({ env: { LOGIN_MAX_FAILURES_PER_IP: '5' } });
  });
  afterAll(() => t2?.close());

  test('after 5 failures from an address, even a correct login from it is refused; other addresses are unaffected', async () => {
    const admin = t2.credentials.admin;
    const loginAt = (identifier: string, password: string, ip: string) => t2.gql(LOGIN, { i: identifier, p: password }, { ip });
    // Unknown login IDs, so no account lockout is involved: only the address is counted.
    for (let i = 0; i < 5; i++) expectLoginRefused(await loginAt(`M1234567${i}`, 'guess guess guess', '198.51.100.7'));

    const refused = await loginAt(admin.loginId, admin.password, '198.51.100.7');
    expectLoginRefused(refused);
    // From elsewhere the password is accepted and the second step follows.
    expect((await t2.login(admin.loginId, admin.password, '198.51.100.8')).account.loginId).toBe(admin.loginId);

    const audit = await t2.app.dataSource.getRepository(AuditEntry).findBy({ action: 'login.failure', ip: '198.51.100.7', reason: 'ip_throttled' });
    expect(audit).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------
// 5. Contractors
// ---------------------------------------------------------------------------

describe('contractors', () => {
  const ALLOWED_IP = '203.0.113.9';
  const OUTSIDE_IP = '198.51.100.1';
  let adminToken: string;

  beforeAll(async () => {
    adminToken = await t.tokenFor('admin');
  });

  async function createContractor(contractStartsOn: string, contractEndsOn: string): Promise<any> {
    const res = await t.gql(
      CREATE_CONTRACTOR,
      { input: { name: `委託先 ${crypto.randomBytes(3).toString('hex')}`, fieldCode: 'WELFARE', contractStartsOn, contractEndsOn, allowedAddressRanges: ['203.0.113.0/24'] } },
      { token: adminToken },
    );
    expect(res.errors).toBeUndefined();
    return res.data.createContractor;
  }

  async function createContractorStaff(contractorId: string): Promise<{ id: string; loginId: string; password: string }> {
    const res = await t.gql(
      CREATE_STAFF,
      { input: { name: '田中 太郎', nameKana: 'タナカ タロウ', email: uniqueEmail('contractor'), role: 'CONTRACTOR_STAFF', contractorId } },
      { token: adminToken },
    );
    expect(res.errors).toBeUndefined();
    const { account, temporaryPassword } = res.data.createStaffAccount;
    expect(account.role).toBe('CONTRACTOR_STAFF');
    expect(account.loginId).toMatch(/^S\d{8}$/);
    expect(typeof temporaryPassword).toBe('string');
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    return { id: account.id, loginId: account.loginId, password: temporaryPassword };
  }

  test('a ward administrator creates a contractor and its staff, who log in from an allowed address only', async () => {
    const contractor = await createContractor('2024-04-01', '2099-03-31');
    expect(contractor).toMatchObject({ fieldCode: 'WELFARE', allowedAddressRanges: ['203.0.113.0/24'], active: true, endedAt: null });
    const staff = await createContractorStaff(contractor.id);

    const ok = await login(staff.loginId, staff.password, ALLOWED_IP);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.login.account).toMatchObject({ loginId: staff.loginId, role: 'CONTRACTOR_STAFF' });
    const meRes = await me(ok.data.login.accessToken, ALLOWED_IP);
    expect(meRes.errors).toBeUndefined();
    expect(meRes.data.me.id).toBe(staff.id);

    expectLoginRefused(await login(staff.loginId, staff.password, OUTSIDE_IP));
  });

  test('the address is checked on every request, not only at login', async () => {
    const contractor = await createContractor('2024-04-01', '2099-03-31');
    const staff = await createContractorStaff(contractor.id);
    const session = (await login(staff.loginId, staff.password, ALLOWED_IP)).data.login;
    expect((await me(session.accessToken, ALLOWED_IP)).errors).toBeUndefined();
    expectUnauthenticated(await me(session.accessToken, OUTSIDE_IP));
    // Nor may a refresh from outside the range issue new tokens.
    expectRefreshRefused(await refresh(session.refreshToken, OUTSIDE_IP));
  });

  test.each([
    ['has ended', '2020-04-01', '2023-03-31'],
    ['has not started', '2099-04-01', '2100-03-31'],
  ])('staff of a contractor whose period %s are refused even from an allowed address', async (_name, startsOn, endsOn) => {
    const contractor = await createContractor(startsOn, endsOn);
    expect(contractor.active).toBe(false);
    const staff = await createContractorStaff(contractor.id);
    expectLoginRefused(await login(staff.loginId, staff.password, ALLOWED_IP));
  });

  test('endContractor cuts its staff off at once: the live token, new logins and refreshes are refused', async () => {
    const contractor = await createContractor('2024-04-01', '2099-03-31');
    const staff = await createContractorStaff(contractor.id);
    const session = (await login(staff.loginId, staff.password, ALLOWED_IP)).data.login;
    expect((await me(session.accessToken, ALLOWED_IP)).errors).toBeUndefined();

    const ended = await t.gql(END_CONTRACTOR, { id: contractor.id }, { token: adminToken });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endContractor.endedAt).not.toBeNull();
    expect(ended.data.endContractor.active).toBe(false);

    // The very next request, with no waiting: the access token's own lifetime does not matter.
    expectUnauthenticated(await me(session.accessToken, ALLOWED_IP));
    expectLoginRefused(await login(staff.loginId, staff.password, ALLOWED_IP));
    expectRefreshRefused(await refresh(session.refreshToken, ALLOWED_IP));

    // And no new staff can be added to it.
    const more = await t.gql(
      CREATE_STAFF,
      { input: { name: '追加 職員', nameKana: 'ツイカ ショクイン', email: uniqueEmail('late'), role: 'CONTRACTOR_STAFF', contractorId: contractor.id } },
      { token: adminToken },
    );
    expect(codes(more)).toEqual(['CONFLICT']);
  });

  test('contractor staff must name a contractor', async () => {
    const res = await t.gql(
      CREATE_STAFF,
      { input: { name: '田中 太郎', nameKana: 'タナカ タロウ', email: uniqueEmail('nocontractor'), role: 'CONTRACTOR_STAFF' } },
      { token: adminToken },
    );
    expectBadField(res, 'contractorId');
  });
});

// ---------------------------------------------------------------------------
// 6. Who may create staff accounts and contractors
// ---------------------------------------------------------------------------

describe('staff accounts and contractors are created by ward administrators only', () => {
  const staffInput = () => ({ input: { name: '練馬 新人', nameKana: 'ネリマ シンジン', email: uniqueEmail('newstaff'), role: 'WARD_STAFF' } });
  const contractorInput = () => ({
    input: { name: '不正 委託', fieldCode: 'WELFARE', contractStartsOn: '2024-04-01', contractEndsOn: '2099-03-31', allowedAddressRanges: ['0.0.0.0/0'] },
  });
  const counts = async () => ({
    accounts: await t.app.dataSource.getRepository(Account).count(),
    contractors: Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM contractor'))[0].n),
  });

  test.each([
    ['ward staff', 'staff'],
    ['contractor staff', 'greenery'],
  ] as const)('%s get FORBIDDEN and nothing is created', async (_name, who) => {
    const token = await t.tokenFor(who);
    const before = await counts();
    expect(codes(await t.gql(CREATE_STAFF, staffInput(), { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE_CONTRACTOR, contractorInput(), { token }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(END_CONTRACTOR, { id: '1' }, { token }))).toEqual(['FORBIDDEN']);
    expect(await counts()).toEqual(before);
  });

  test('members get FORBIDDEN', async () => {
    const member = await t.registerMember();
    expect(codes(await t.gql(CREATE_STAFF, staffInput(), { token: member.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE_CONTRACTOR, contractorInput(), { token: member.token }))).toEqual(['FORBIDDEN']);
  });

  test('anonymous callers get UNAUTHENTICATED', async () => {
    const before = await counts();
    const staff = await t.gql(CREATE_STAFF, staffInput());
    expect(codes(staff)).toEqual(['UNAUTHENTICATED']);
    expect(staff.status).toBe(401);
    expect(codes(await t.gql(CREATE_CONTRACTOR, contractorInput()))).toEqual(['UNAUTHENTICATED']);
    expect(await counts()).toEqual(before);
  });

  // Same rule as registration: the server trims names before storing, so a blank name would be saved as "".
  test('blank (whitespace-only) staff and contractor names are BAD_USER_INPUT naming the field', async () => {
    const token = await t.tokenFor('admin');
    const before = await counts();
    const staff = await t.gql(CREATE_STAFF, { input: { ...staffInput().input, name: '   ', nameKana: '\u3000' } }, { token });
    expectBadField(staff, 'name');
    expect(fieldsNamed(staff)).toContain('nameKana');
    expectBadField(await t.gql(CREATE_CONTRACTOR, { input: { ...contractorInput().input, name: '   ' } }, { token }), 'name');
    expect(await counts()).toEqual(before);
  });

  test('a ward administrator creates ward staff, who can log in with the temporary password', async () => {
    const res = await t.gql(CREATE_STAFF, staffInput(), { token: await t.tokenFor('admin') });
    expect(res.errors).toBeUndefined();
    const { account, temporaryPassword } = res.data.createStaffAccount;
    expect(account.role).toBe('WARD_STAFF');
    expect((await login(account.loginId, temporaryPassword, nextIp())).errors).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// 7. Registration
// ---------------------------------------------------------------------------

describe('registration', () => {
  const accountsWithEmail = (email: string) => t.app.dataSource.getRepository(Account).countBy({ email: email.toLowerCase() });

  test('without accepting the privacy notice: BAD_USER_INPUT naming acceptPrivacyNotice, and no account', async () => {
    const input = registerInput({ acceptPrivacyNotice: false });
    expectBadField(await t.gql(REGISTER, { input }), 'acceptPrivacyNotice');
    expect(await accountsWithEmail(input.email as string)).toBe(0);
  });

  test('an outdated privacy notice version: BAD_USER_INPUT naming privacyNoticeVersion, and no account', async () => {
    const input = registerInput({ privacyNoticeVersion: '2020-01' });
    expectBadField(await t.gql(REGISTER, { input }), 'privacyNoticeVersion');
    expect(await accountsWithEmail(input.email as string)).toBe(0);
  });

  test('success records consent, issues an M login ID (shown once the mailed link is followed), and both the ID and the email log in', async () => {
    const input = registerInput();
    const res = await t.gql(REGISTER, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.register).toBe(true);
    const confirmed = await t.gql('mutation($t: String!) { confirmEmail(token: $t) { loginId kind } }', { t: await t.mailedToken(input.email as string) });
    expect(confirmed.errors).toBeUndefined();
    const { loginId } = confirmed.data.confirmEmail;
    expect(confirmed.data.confirmEmail.kind).toBe('REGISTRATION');
    expect(loginId).toMatch(/^M\d{8}$/);

    const account = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId });
    expect(account.passwordHash).not.toContain(MEMBER_PASSWORD);
    const consents = await t.app.dataSource.getRepository(Consent).findBy({ accountId: account.id });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ kind: 'privacy-notice', version: t.config.privacyNoticeVersion });
    expect(consents[0].acceptedAt).toBeInstanceOf(Date);
    expect(Math.abs(consents[0].acceptedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const ip = nextIp();
    for (const identifier of [loginId, loginId.toLowerCase(), input.email as string, (input.email as string).toUpperCase()]) {
      const res2 = await login(identifier, MEMBER_PASSWORD, ip);
      expect(res2.errors).toBeUndefined();
      expect(res2.data.login.account).toMatchObject({ loginId, role: 'MEMBER' });
    }
  });

  test('me returns the member’s own account and permissions', async () => {
    const member = await t.registerMember();
    const res = await t.gql('{ me { id loginId name nameKana email role permissions } }', {}, { token: member.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toMatchObject({ loginId: member.loginId, name: '練馬 花子', nameKana: 'ネリマ ハナコ', email: member.email, role: 'MEMBER' });
    expect(res.data.me.permissions).toEqual(expect.arrayContaining(['self:read', 'self:update']));
    // Nothing of the staff side (other engineers add member permissions, so the list is not pinned).
    for (const staffOnly of ['member:read', 'staff:read', 'staff:manage', 'contractor:manage', 'catalog:manage', 'audit:read']) {
      expect(res.data.me.permissions).not.toContain(staffOnly);
    }
  });

  test('a registered email (in any case) gets the same answer as a new one, and no second account', async () => {
    const member = await t.registerMember();
    const again = await t.gql(REGISTER, { input: registerInput({ email: member.email }) });
    const upper = await t.gql(REGISTER, { input: registerInput({ email: member.email.toUpperCase() }) });
    const fresh = await t.gql(REGISTER, { input: registerInput() });
    for (const res of [again, upper, fresh]) expect({ errors: res.errors, data: res.data }).toEqual({ errors: undefined, data: { register: true } });
    expect(await accountsWithEmail(member.email)).toBe(1);
  });

  test.each([
    ['email', { email: 'not-an-email' }],
    ['nameKana', { nameKana: 'Nerima Taro' }],
    ['password', { password: 'short' }],
    ['address', { residency: 'RESIDENT', address: null }],
    ['address', { residency: 'RESIDENT', address: '' }],
    ['workplaceOrSchool', { residency: 'WORKER', address: null, workplaceOrSchool: null }],
    ['workplaceOrSchool', { residency: 'STUDENT', address: null, workplaceOrSchool: '' }],
    ['phone', { phone: 'call me' }],
  ])('invalid %s is BAD_USER_INPUT naming the field (%j), and no account', async (field, change) => {
    const input = registerInput(change);
    expectBadField(await t.gql(REGISTER, { input }), field);
    expect(await accountsWithEmail(input.email as string)).toBe(0);
  });

  // Required text must have content: the server trims what it stores, so "   " would be saved as an empty value.
  test.each([
    ['name', { name: '   ' }],
    ['nameKana', { nameKana: '\u3000\u3000' }],
    ['address', { residency: 'RESIDENT', address: '   ' }],
    ['workplaceOrSchool', { residency: 'WORKER', address: null, workplaceOrSchool: '   ' }],
  ])('a blank %s (whitespace only) is BAD_USER_INPUT naming the field, and no account', async (field, change) => {
    const input = registerInput(change);
    const res = await t.gql(REGISTER, { input });
    expectBadField(res, field);
    expect(await accountsWithEmail(input.email as string)).toBe(0);
  });

  test('a password containing the email address is refused, naming password', async () => {
    const email = uniqueEmail('pw');
    expectBadField(await t.gql(REGISTER, { input: registerInput({ email, password: `my ${email} pass` }) }), 'password');
  });

  test('a worker registers with a workplace and no address', async () => {
    const res = await t.gql(REGISTER, { input: registerInput({ residency: 'WORKER', address: null, workplaceOrSchool: '練馬区役所' }) });
    expect(res.errors).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// 8. Audit trail
// ---------------------------------------------------------------------------

describe('audit log', () => {
  const audit = () => t.app.dataSource.getRepository(AuditEntry);

  test('logins are recorded with outcome, reason and address, and never with the password or email typed', async () => {
    const email = uniqueEmail('audited');
    const password = 'Audit-Me-Secret-Phrase-42';
    const wrongPassword = 'Wrong-Secret-Phrase-99';
    const reg = await t.gql(REGISTER, { input: registerInput({ email, password }) });
    expect(reg.errors).toBeUndefined();
    expect((await t.gql('mutation($t: String!) { confirmEmail(token: $t) { loginId } }', { t: await t.mailedToken(email) })).errors).toBeUndefined();
    const account = await t.app.dataSource.getRepository(Account).findOneByOrFail({ email });

    const ip = '192.0.2.200';
    expectLoginRefused(await login(email, wrongPassword, ip));
    expect((await login(email, password, ip)).errors).toBeUndefined();

    const rows = await audit().find({ where: { ip }, order: { id: 'ASC' } });
    const failure = rows.find((r) => r.action === 'login.failure');
    const success = rows.find((r) => r.action === 'login.success');
    expect(failure).toMatchObject({ outcome: 'failure', reason: 'bad_password', actorId: account.id, ip });
    expect(success).toMatchObject({ outcome: 'success', actorId: account.id, actorRole: 'member', ip });
    expect(rows.indexOf(failure!)).toBeLessThan(rows.indexOf(success!));

    // Every text column of every row, read raw so a column the entity does not map would be caught too.
    // Rows left by the earlier tests of this file (password changes, lockouts, registrations) are checked as well,
    // and no row may hold any email address at all.
    const secrets = [password, wrongPassword, email, MEMBER_PASSWORD, 'wrong password', 'a brand new passphrase'].map((s) => s.toLowerCase());
    for (const table of ['audit_log', 'login_failure']) {
      const all: Array<Record<string, unknown>> = await t.app.dataSource.query(`SELECT * FROM ${table}`);
      expect(all.length).toBeGreaterThan(0);
      for (const row of all) {
        for (const value of Object.values(row)) {
          if (typeof value !== 'string') continue;
          expect(value).not.toMatch(/[^\s@]+@[^\s@]+\.[^\s@]+/);
          for (const secret of secrets) expect(value.toLowerCase()).not.toContain(secret);
        }
      }
    }
  });

  test('the reason for a refused login is recorded, though the caller is not told', async () => {
    const ip = '192.0.2.201';
    expectLoginRefused(await login('M00000000', 'whatever whatever', ip));
    expectLoginRefused(await login(t.credentials.greenery.loginId, t.credentials.greenery.password, '198.51.100.21'));
    expect(await audit().findOneBy({ ip, action: 'login.failure' })).toMatchObject({ reason: 'unknown_account', actorId: null, actorRole: 'anonymous' });
    expect(await audit().findOneBy({ ip: '198.51.100.21', action: 'login.failure' })).toMatchObject({ reason: 'address_not_allowed', actorRole: 'contractor_staff' });
  });

  test('a FORBIDDEN operation leaves an auth.denied row naming the operation and the actor', async () => {
    const ip = '192.0.2.202';
    const token = await t.tokenFor('staff');
    const staff = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: t.credentials.staff.loginId });
    const res = await t.gql(CREATE_STAFF, { input: { name: '練馬 新人', nameKana: 'ネリマ シンジン', email: uniqueEmail('denied'), role: 'WARD_ADMIN' } }, { token, ip });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    const rows = await audit().findBy({ ip, action: 'auth.denied' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'denied', operation: 'Mutation.createStaffAccount', reason: 'missing_permission', actorId: staff.id, actorRole: 'ward_staff' });
  });

  test('a refused access token leaves an auth.denied row', async () => {
    const ip = '192.0.2.203';
    expectUnauthenticated(await t.gql(ME, {}, { token: 'garbage', ip }));
    expect(await audit().findOneBy({ ip, action: 'auth.denied' })).toMatchObject({ outcome: 'denied', reason: 'invalid_token' });
  });

  test('a mutation leaves a "mutation" row naming the operation and its target', async () => {
    const ip = '192.0.2.204';
    const admin = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: t.credentials.admin.loginId });
    const res = await t.gql(
      CREATE_CONTRACTOR,
      { input: { name: '監査 委託', fieldCode: 'RECYCLING', contractStartsOn: '2024-04-01', contractEndsOn: '2099-03-31', allowedAddressRanges: ['203.0.113.0/24'] } },
      { token: await t.tokenFor('admin'), ip },
    );
    expect(res.errors).toBeUndefined();
    const rows = await audit().findBy({ ip, action: 'mutation' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      operation: 'mutation createContractor',
      outcome: 'success',
      targetType: 'Contractor',
      targetIdList: res.data.createContractor.id,
      actorId: admin.id,
      actorRole: 'ward_admin',
    });
  });
});
