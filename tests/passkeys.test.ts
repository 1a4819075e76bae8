import { startTestServer, type TestServer } from './helpers/server';
import { SoftAuthenticator } from './helpers/soft-authenticator';

/** Passkeys as a second factor, answered by a software authenticator with real ES256 signatures. */
let t: TestServer;
let origin: string;
let rpId: string;
beforeAll(async () => {
  t = await startTestServer();
  origin = new URL(t.config.publicUrl).origin;
  rpId = t.config.webauthnRpId;
});
afterAll(() => t.close());

const START = 'mutation { startPasskeyRegistration { token optionsJson } }';
const FINISH = 'mutation($t: String!, $r: String!, $n: String!) { finishPasskeyRegistration(token: $t, responseJson: $r, name: $n) { id name createdAt lastUsedAt } }';
const LOGIN = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken secondFactor { token methods } } }';
const OPTIONS = 'mutation($t: String!) { passkeyLoginOptions(token: $t) }';
const SECOND = 'mutation($t: String!, $c: String!) { loginSecondFactor(token: $t, method: PASSKEY, code: $c) { accessToken account { loginId } } }';

async function enrol(token: string, device: SoftAuthenticator, name = 'ノートPC'): Promise<any> {
  const start = await t.gql(START, {}, { token });
  expect(start.errors).toBeUndefined();
  const options = JSON.parse(start.data.startPasskeyRegistration.optionsJson);
  expect(options.rp.id).toBe(rpId);
  return t.gql(FINISH, { t: start.data.startPasskeyRegistration.token, r: device.register(start.data.startPasskeyRegistration.optionsJson), n: name }, { token });
}

async function passwordStep(loginId: string, password: string): Promise<{ token: string; methods: string[] }> {
  const res = await t.gql(LOGIN, { i: loginId, p: password });
  expect(res.errors).toBeUndefined();
  expect(res.data.login.accessToken).toBeNull();
  return res.data.login.secondFactor;
}

test('a member registers a passkey; login then asks for it and accepts a signed assertion once', async () => {
  const member = await t.registerMember();
  const device = new SoftAuthenticator(origin, rpId);
  const finished = await enrol(member.token, device);
  expect(finished.errors).toBeUndefined();
  expect(finished.data.finishPasskeyRegistration).toMatchObject({ name: 'ノートPC', lastUsedAt: null });

  const me = await t.gql('{ me { secondFactor { totp passkeys } passkeys { name } changes { kind fields } } }', {}, { token: member.token });
  expect(me.data.me.secondFactor).toEqual({ totp: false, passkeys: 1 });
  expect(me.data.me.changes[0]).toEqual({ kind: 'passkey', fields: ['added'] });

  const step = await passwordStep(member.loginId, member.password);
  expect(step.methods).toEqual(['RECOVERY_CODE', 'PASSKEY']);
  const options = await t.gql(OPTIONS, { t: step.token });
  expect(options.errors).toBeUndefined();
  const assertion = device.authenticate(options.data.passkeyLoginOptions);
  const ok = await t.gql(SECOND, { t: step.token, c: assertion });
  expect(ok.errors).toBeUndefined();
  expect(ok.data.loginSecondFactor.account.loginId).toBe(member.loginId);

  // The same assertion again: its login step is used up, and a new step has a new challenge.
  expect((await t.gql(SECOND, { t: step.token, c: assertion })).errors?.[0].extensions.messageKey).toBe('auth.secondFactorExpired');
  const next = await passwordStep(member.loginId, member.password);
  const replay = await t.gql(SECOND, { t: next.token, c: assertion });
  expect(replay.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.secondFactorFailed' });
});

test('an assertion from a cloned authenticator (its counter did not go up) is refused', async () => {
  const member = await t.registerMember();
  const device = new SoftAuthenticator(origin, rpId);
  expect((await enrol(member.token, device)).errors).toBeUndefined();
  const first = await passwordStep(member.loginId, member.password);
  const opts1 = (await t.gql(OPTIONS, { t: first.token })).data.passkeyLoginOptions;
  expect((await t.gql(SECOND, { t: first.token, c: device.authenticate(opts1) })).errors).toBeUndefined();
  const second = await passwordStep(member.loginId, member.password);
  const opts2 = (await t.gql(OPTIONS, { t: second.token })).data.passkeyLoginOptions;
  const cloned = await t.gql(SECOND, { t: second.token, c: device.authenticate(opts2, { bumpCounter: false }) });
  expect(cloned.errors?.[0].extensions.messageKey).toBe('auth.secondFactorFailed');
});

test('a key of another authenticator, or a wrong origin, is refused', async () => {
  const member = await t.registerMember();
  expect((await enrol(member.token, new SoftAuthenticator(origin, rpId))).errors).toBeUndefined();
  const step = await passwordStep(member.loginId, member.password);
  const opts = (await t.gql(OPTIONS, { t: step.token })).data.passkeyLoginOptions;
  expect((await t.gql(SECOND, { t: step.token, c: new SoftAuthenticator(origin, rpId).authenticate(opts) })).errors?.[0].extensions.messageKey).toBe('auth.secondFactorFailed');
  const phishing = new SoftAuthenticator('https://college-nerima.example.com', rpId);
  const res = await enrol(member.token, phishing);
  expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
});

test('a new staff member may enrol a passkey as their second factor; removing the last one is refused', async () => {
  const admin = await t.tokenFor('admin');
  const created = await t.gql(
    'mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { account { id loginId } temporaryPassword } }',
    { i: { name: '鍵 職員', nameKana: 'カギ ショクイン', email: 'passkey.staff@example.jp', role: 'WARD_STAFF' } },
    { token: admin },
  );
  const { account, temporaryPassword } = created.data.createStaffAccount;
  const first = await t.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken account { pendingActions } } }', {
    i: account.loginId,
    p: temporaryPassword,
  });
  const token = first.data.login.accessToken;
  expect(first.data.login.account.pendingActions).toEqual(['CHANGE_PASSWORD', 'ENROL_SECOND_FACTOR']);
  expect(
    (await t.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: temporaryPassword, n: 'a new long passphrase' }, { token }))
      .errors,
  ).toBeUndefined();
  expect((await t.gql('{ staffAccounts { id } }', {}, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  const device = new SoftAuthenticator(origin, rpId);
  const finished = await enrol(token, device, 'セキュリティキー');
  expect(finished.errors).toBeUndefined();
  const me = await t.gql('{ me { pendingActions } staffAccounts { id } }', {}, { token });
  expect(me.errors).toBeUndefined();
  expect(me.data.me.pendingActions).toEqual([]);
  const removed = await t.gql('mutation($id: ID!) { removePasskey(passkeyId: $id) }', { id: finished.data.finishPasskeyRegistration.id }, { token });
  expect(removed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'secondFactor.lastFactor' });
});
