import { codes, startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { applyInput } from './helpers/intake';
import { Permission } from '../server/src/modules/permissions';
import { PendingAction } from '../server/src/modules/accounts';

/**
 * Privacy notice versions and re-consent (issue 13, point 6): ward administrators publish new
 * versions; a member whose latest answer names an older version is asked, at login and on any
 * request once the new one is in force, and can do nothing else until they answer; declining keeps
 * the account, limited to export and erasure; every answer is a new row of the consent ledger.
 *
 * Accepting the version one has already accepted is idempotent: true, and no new ledger row.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const HOUR = 3600_000;
const NOTICE = '{ privacyNotice { version purposeJa purposeEn effectiveFrom } }';
const VERSIONS = '{ privacyNoticeVersions { id version textJa textEn effectiveFrom publishedAt publishedBy state acceptedCount declinedCount } }';
const PUBLISH = 'mutation($i: PrivacyNoticeInput!) { publishPrivacyNotice(input: $i) { id version state effectiveFrom publishedBy acceptedCount declinedCount } }';
const ACCEPT = 'mutation($v: String!) { acceptPrivacyNotice(version: $v) }';
const DECLINE = 'mutation($v: String!) { declinePrivacyNotice(version: $v) }';
const ME = '{ me { id loginId pendingActions privacyNoticeDeclined } }';
const LOGIN = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken account { id pendingActions privacyNoticeDeclined } } }';

const publishInput = (version: string, effectiveFrom: Date, extra: Record<string, unknown> = {}) => ({
  version,
  textJa: `練馬区は個人情報を目的の範囲内で利用します（${version}）。`,
  textEn: `Nerima ward uses personal information only for its purposes (${version}).`,
  effectiveFrom: effectiveFrom.toISOString(),
  ...extra,
});

function field(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.fieldErrors?.[0]?.field;
}
/** The key the client shows: the field's for invalid input, else the error's. */
function messageKey(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.fieldErrors?.[0]?.messageKey ?? res.errors?.[0]?.extensions?.messageKey;
}
async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

/** The session's principal as the server resolves it on a request at `now` (a moved clock for the session lookup). */
async function principalAt(token: string, now: Date) {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string; sid: string };
  const { principal } = await t.app.services.accounts.principalFor(t.app.dataSource.manager, claims, '127.0.0.1', now);
  return principal!;
}

async function ledger(accountId: string): Promise<Array<{ version: string; granted: boolean; source: string }>> {
  const rows = (await t.app.dataSource.query("SELECT version, granted, source FROM consent WHERE accountId = ? AND kind = 'privacy-notice' ORDER BY id", [
    Number(accountId),
  ])) as Array<{
    version: string;
    granted: number | boolean;
    source: string;
  }>;
  return rows.map((r) => ({ version: r.version, granted: Boolean(Number(r.granted)), source: r.source }));
}

async function loggedIn(m: { loginId: string; password: string }) {
  return (await ok(LOGIN, { i: m.loginId, p: m.password })).login as { accessToken: string; account: { id: string; pendingActions: string[]; privacyNoticeDeclined: boolean } };
}

describe('privacy notice versions', () => {
  let admin: string;
  let accepted: Awaited<ReturnType<TestServer['registerMember']>>;
  let declined: Awaited<ReturnType<TestServer['registerMember']>>;
  let acceptedId: string;
  let declinedId: string;
  let current: Date;

  beforeAll(async () => {
    admin = await t.tokenFor('admin');
    accepted = await t.registerMember();
    declined = await t.registerMember();
    acceptedId = (await ok(ME, {}, accepted.token)).me.id;
    declinedId = (await ok(ME, {}, declined.token)).me.id;
  });

  test('the first version is the former fixed text, in force; members registered on it have nothing pending', async () => {
    const { privacyNotice } = await ok(NOTICE, {});
    expect(privacyNotice.version).toBe('2026-04');
    expect(privacyNotice.version).toBe(t.config.privacyNoticeVersion);
    expect(privacyNotice.purposeJa).toMatch(/^練馬区は、パワーアップカレッジねりまの運営/);
    expect(privacyNotice.purposeEn).toMatch(/^Nerima ward uses the personal information you register/);
    expect(privacyNotice.effectiveFrom).toBe('2026-04-01T00:00:00+09:00');
    const { privacyNoticeVersions } = await ok(VERSIONS, {}, admin);
    expect(privacyNoticeVersions).toEqual([
      expect.objectContaining({ version: '2026-04', state: 'CURRENT', publishedBy: null, acceptedCount: 2, declinedCount: 0, textJa: privacyNotice.purposeJa }),
    ]);
    expect((await ok(ME, {}, accepted.token)).me).toMatchObject({ pendingActions: [], privacyNoticeDeclined: false });
    expect((await loggedIn(accepted)).account.pendingActions).toEqual([]);
  });

  test('only a ward administrator publishes; ward staff, contractor staff, members and anonymous callers are refused', async () => {
    const input = publishInput('2031-01', new Date(Date.now() + 100 * 24 * HOUR));
    for (const [who, token] of [
      ['ward staff', await t.tokenFor('staff')],
      ['contractor staff', await t.tokenFor('greenery')],
      ['member', accepted.token],
    ] as const) {
      expect([who, codes(await t.gql(PUBLISH, { i: input }, { token }))]).toEqual([who, ['FORBIDDEN']]);
      expect([who, codes(await t.gql(VERSIONS, {}, { token }))]).toEqual([who, ['FORBIDDEN']]);
    }
    expect(codes(await t.gql(PUBLISH, { i: input }))).toEqual(['UNAUTHENTICATED']);
    expect((await ok(VERSIONS, {}, admin)).privacyNoticeVersions).toHaveLength(1);
  });

  test('publishing checks the version code, the texts and the effective date; a version code is never reused', async () => {
    const later = new Date(Date.now() + 24 * HOUR);
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['no month', publishInput('2027', later), 'version', 'privacyNotices.versionFormat'],
      ['month 13', publishInput('2027-13', later), 'version', 'privacyNotices.versionFormat'],
      ['upper-case suffix', publishInput('2027-04-B', later), 'version', 'privacyNotices.versionFormat'],
      ['too long', publishInput('2027-04-abcdefghi', later), 'version', 'privacyNotices.versionFormat'],
      ['blank Japanese', publishInput('2027-04', later, { textJa: '  \n ' }), 'textJa', 'validation.blank'],
      ['blank English', publishInput('2027-04', later, { textEn: '' }), 'textEn', 'validation.blank'],
      ['too long a text', publishInput('2027-04', later, { textEn: 'x'.repeat(10_001) }), 'textEn', 'validation.length'],
      ['two hours ago', publishInput('2027-04', new Date(Date.now() - 2 * HOUR)), 'effectiveFrom', 'privacyNotices.effectiveInPast'],
      ['before the version in force', publishInput('2027-04', new Date('2026-03-01T00:00:00+09:00')), 'effectiveFrom', 'privacyNotices.effectiveInPast'],
    ];
    for (const [name, input, expectedField, key] of cases) {
      const res = await t.gql(PUBLISH, { i: input }, { token: admin });
      expect([name, codes(res), field(res), messageKey(res)]).toEqual([name, ['BAD_USER_INPUT'], expectedField, key]);
    }
    const taken = await t.gql(PUBLISH, { i: publishInput('2026-04', later) }, { token: admin });
    expect(codes(taken)).toEqual(['CONFLICT']);
    expect(messageKey(taken)).toBe('privacyNotices.versionTaken');
    // Nothing was written by the refusals.
    expect((await ok(VERSIONS, {}, admin)).privacyNoticeVersions.map((v: any) => v.version)).toEqual(['2026-04']);
  });

  test('a version effective now replaces the old one at once: members are asked on their next request and at login', async () => {
    // Effective a few seconds ago (within the minute a form's clock may lag).
    current = new Date(Date.now() - 5_000);
    const published = (await ok(PUBLISH, { i: publishInput('2026-12', current) }, admin)).publishPrivacyNotice;
    expect(published).toMatchObject({ version: '2026-12', state: 'CURRENT', acceptedCount: 0, declinedCount: 0 });
    expect(published.publishedBy).toBe((await ok(ME, {}, admin)).me.id);
    expect((await ok(NOTICE, {})).privacyNotice).toMatchObject({
      version: '2026-12',
      purposeJa: expect.stringContaining('2026-12'),
      purposeEn: expect.stringContaining('2026-12'),
    });
    expect((await ok(VERSIONS, {}, admin)).privacyNoticeVersions.map((v: any) => [v.version, v.state])).toEqual([
      ['2026-12', 'CURRENT'],
      ['2026-04', 'SUPERSEDED'],
    ]);

    // The session from before the new version: asked on its very next request.
    expect((await ok(ME, {}, accepted.token)).me).toMatchObject({ pendingActions: ['ACCEPT_PRIVACY_NOTICE'], privacyNoticeDeclined: false });
    // And at login.
    const login = await loggedIn(accepted);
    expect(login.account).toMatchObject({ pendingActions: ['ACCEPT_PRIVACY_NOTICE'], privacyNoticeDeclined: false });
    accepted.token = login.accessToken;
    // And when a session is refreshed.
    const { refreshToken } = await t.login(accepted.loginId, accepted.password);
    const refreshed = await ok('mutation($r: String!) { refreshSession(refreshToken: $r) { account { pendingActions privacyNoticeDeclined } } }', { r: refreshToken });
    expect(refreshed.refreshSession.account).toEqual({ pendingActions: ['ACCEPT_PRIVACY_NOTICE'], privacyNoticeDeclined: false });
  });

  test('while asked, the member can read the notice and themself, and nothing else', async () => {
    const token = accepted.token;
    for (const [name, query, variables] of [
      ['myApplications', '{ myApplications { id } }', {}],
      ['myNotices', '{ myNotices { id } }', {}],
      ['applyToCohort', 'mutation($input: ApplyInput!) { applyToCohort(input: $input) { id } }', { input: applyInput('1') }],
    ] as const) {
      expect([name, codes(await t.gql(query, variables, { token }))]).toEqual([name, ['FORBIDDEN']]);
    }
    expect((await ok(NOTICE, {}, token)).privacyNotice.version).toBe('2026-12');
    expect((await ok(ME, {}, token)).me.loginId).toBe(accepted.loginId);
    const principal = await principalAt(token, new Date());
    expect([...principal.permissions].sort()).toEqual([Permission.SelfRead, Permission.SelfSecure].sort());
    expect(principal.pending).toEqual([PendingAction.ACCEPT_PRIVACY_NOTICE]);
  });

  test('accepting an old or a future version is refused: only the version in force can be accepted', async () => {
    for (const version of ['2026-04', '2099-01']) {
      const res = await t.gql(ACCEPT, { v: version }, { token: accepted.token });
      expect([version, codes(res), messageKey(res), res.errors?.[0]?.extensions?.params]).toEqual([version, ['CONFLICT'], 'privacyRenewal.notCurrent', { version: '2026-12' }]);
    }
    expect(await ledger(acceptedId)).toEqual([{ version: '2026-04', granted: true, source: 'self' }]);
  });

  test('accepting clears the step and writes a ledger row; accepting again writes nothing', async () => {
    expect((await ok(ACCEPT, { v: '2026-12' }, accepted.token)).acceptPrivacyNotice).toBe(true);
    expect((await ok(ME, {}, accepted.token)).me).toMatchObject({ pendingActions: [], privacyNoticeDeclined: false });
    expect((await ok('{ myApplications { id } }', {}, accepted.token)).myApplications).toEqual([]);
    expect(await ledger(acceptedId)).toEqual([
      { version: '2026-04', granted: true, source: 'self' },
      { version: '2026-12', granted: true, source: 'self' },
    ]);
    expect((await ok(ACCEPT, { v: '2026-12' }, accepted.token)).acceptPrivacyNotice).toBe(true);
    expect(await ledger(acceptedId)).toHaveLength(2);
    expect((await loggedIn(accepted)).account.pendingActions).toEqual([]);
  });

  test('declining keeps the account, limited to reading itself, the export and erasure; the member can accept later', async () => {
    const first = await loggedIn(declined);
    expect(first.account.pendingActions).toEqual(['ACCEPT_PRIVACY_NOTICE']);
    const token = first.accessToken;
    expect((await ok(DECLINE, { v: '2026-12' }, token)).declinePrivacyNotice).toBe(true);
    expect((await ok(ME, {}, token)).me).toMatchObject({ pendingActions: ['ACCEPT_PRIVACY_NOTICE'], privacyNoticeDeclined: true });
    const principal = await principalAt(token, new Date());
    expect([...principal.permissions].sort()).toEqual([Permission.SelfErase, Permission.SelfRead, Permission.SelfSecure].sort());

    // The data export works: it is the member's own data.
    const exported = (await ok('{ myPersonalData { fileName json } }', {}, token)).myPersonalData;
    expect(exported.fileName).toContain(declined.loginId);
    expect(exported.json).toContain(declined.email);
    for (const [name, query, variables] of [
      ['applyToCohort', 'mutation($input: ApplyInput!) { applyToCohort(input: $input) { id } }', { input: applyInput('1') }],
      ['myApplications', '{ myApplications { id } }', {}],
      ['myNotices', '{ myNotices { id } }', {}],
    ] as const) {
      expect([name, codes(await t.gql(query, variables, { token }))]).toEqual([name, ['FORBIDDEN']]);
    }
    // The same standing after a new login; declining again writes nothing.
    const again = await loggedIn(declined);
    expect(again.account).toMatchObject({ pendingActions: ['ACCEPT_PRIVACY_NOTICE'], privacyNoticeDeclined: true });
    expect((await ok(DECLINE, { v: '2026-12' }, again.accessToken)).declinePrivacyNotice).toBe(true);
    expect(await ledger(declinedId)).toEqual([
      { version: '2026-04', granted: true, source: 'self' },
      { version: '2026-12', granted: false, source: 'self' },
    ]);

    // Later they accept: everything their role may do comes back.
    expect((await ok(ACCEPT, { v: '2026-12' }, again.accessToken)).acceptPrivacyNotice).toBe(true);
    expect((await ok(ME, {}, again.accessToken)).me).toMatchObject({ pendingActions: [], privacyNoticeDeclined: false });
    expect((await ok('{ myApplications { id } }', {}, again.accessToken)).myApplications).toEqual([]);
    expect(await ledger(declinedId)).toEqual([
      { version: '2026-04', granted: true, source: 'self' },
      { version: '2026-12', granted: false, source: 'self' },
      { version: '2026-12', granted: true, source: 'self' },
    ]);
    declined.token = again.accessToken;
  });

  test('registration takes the version in force only; a member registered on it has nothing pending', async () => {
    const outdated = await t.gql('mutation($input: RegisterInput!) { register(input: $input) }', {
      input: {
        name: '練馬 次郎',
        nameKana: 'ネリマ ジロウ',
        email: 'outdated.notice@example.jp',
        residency: 'RESIDENT',
        address: '東京都練馬区豊玉北6-12-1',
        password: 'correct horse battery',
        privacyNoticeVersion: '2026-04',
        acceptPrivacyNotice: true,
      },
    });
    expect(codes(outdated)).toEqual(['BAD_USER_INPUT']);
    expect(field(outdated)).toBe('privacyNoticeVersion');
    const fresh = await t.registerMember({ privacyNoticeVersion: '2026-12' });
    expect((await ok(ME, {}, fresh.token)).me).toMatchObject({ pendingActions: [], privacyNoticeDeclined: false });
  });

  test('staff are never asked, and cannot answer the notice', async () => {
    const login = await t.login(t.credentials.admin.loginId, t.credentials.admin.password);
    expect((await ok(ME, {}, login.accessToken)).me).toMatchObject({ pendingActions: [], privacyNoticeDeclined: false });
    for (const who of ['admin', 'staff', 'greenery'] as const) {
      const token = await t.tokenFor(who);
      expect([who, (await ok(ME, {}, token)).me.pendingActions]).toEqual([who, []]);
      const res = await t.gql(ACCEPT, { v: '2026-12' }, { token });
      expect([who, codes(res), messageKey(res)]).toEqual([who, ['CONFLICT'], 'privacyRenewal.membersOnly']);
    }
    expect(Number((await t.app.dataSource.query("SELECT COUNT(*) AS n FROM consent c INNER JOIN account a ON a.id = c.accountId WHERE a.role <> 'member'"))[0].n)).toBe(0);
  });

  test('a version published for later is not asked before its effective date, and is asked from it on', async () => {
    // Within the session's lifetime, so the moved clock still finds the session.
    const from = new Date(Date.now() + 2 * HOUR);
    // Not before the version in force, nor before another one already published.
    const early = await t.gql(PUBLISH, { i: publishInput('2027-03', new Date(current.getTime() - 1_000)) }, { token: admin });
    expect([codes(early), field(early), messageKey(early)]).toEqual([['BAD_USER_INPUT'], 'effectiveFrom', 'privacyNotices.effectiveBeforeLatest']);
    const scheduled = (await ok(PUBLISH, { i: publishInput('2027-04', from) }, admin)).publishPrivacyNotice;
    expect(scheduled).toMatchObject({ version: '2027-04', state: 'SCHEDULED' });
    const overlapping = await t.gql(PUBLISH, { i: publishInput('2027-05', new Date(from.getTime() - HOUR)) }, { token: admin });
    expect(messageKey(overlapping)).toBe('privacyNotices.effectiveBeforeLatest');

    // Still the December version in force: nobody is asked, and the future one cannot be accepted yet.
    expect((await ok(NOTICE, {})).privacyNotice.version).toBe('2026-12');
    expect((await ok(ME, {}, accepted.token)).me.pendingActions).toEqual([]);
    expect((await loggedIn(accepted)).account.pendingActions).toEqual([]);
    expect(messageKey(await t.gql(ACCEPT, { v: '2027-04' }, { token: accepted.token }))).toBe('privacyRenewal.notCurrent');

    // The session lookup with the clock moved: a second before, nothing; from the effective date, the step.
    expect((await principalAt(accepted.token, new Date(from.getTime() - 1_000))).pending).toEqual([]);
    const after = await principalAt(accepted.token, new Date(from.getTime() + 1_000));
    expect(after.pending).toEqual([PendingAction.ACCEPT_PRIVACY_NOTICE]);
    expect([...after.permissions].sort()).toEqual([Permission.SelfRead, Permission.SelfSecure].sort());

    const { privacyNoticeVersions } = await ok(VERSIONS, {}, admin);
    expect(privacyNoticeVersions.map((v: any) => [v.version, v.state, v.acceptedCount, v.declinedCount])).toEqual([
      ['2027-04', 'SCHEDULED', 0, 0],
      // accepted, declined (then accepted), and the member registered on it.
      ['2026-12', 'CURRENT', 3, 1],
      ['2026-04', 'SUPERSEDED', 2, 0],
    ]);
  });
});
