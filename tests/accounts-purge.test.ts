import { Account } from '../server/src/modules/accounts';
import { startTestServer, type TestServer } from './helpers/server';

/** Registrations never confirmed are deleted after a week by the accounts.purgeUnconfirmed job. */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) }';
const input = (email: string) => ({
  name: '練馬 未確認',
  nameKana: 'ネリマ ミカクニン',
  email,
  phone: null,
  residency: 'RESIDENT',
  address: '東京都練馬区豊玉北6-12-1',
  password: 'a long enough passphrase',
  privacyNoticeVersion: t.config.privacyNoticeVersion,
  acceptPrivacyNotice: true,
});

test('an unconfirmed registration is deleted after seven days; a confirmed one stays; the address can then be registered again', async () => {
  expect((await t.gql(REGISTER, { input: input('never.confirmed@example.jp') })).errors).toBeUndefined();
  const confirmed = await t.registerMember();
  const accounts = t.app.dataSource.getRepository(Account);
  const stale = await accounts.findOneByOrFail({ email: 'never.confirmed@example.jp' });

  // Six days on: both stay.
  await t.app.jobs.runAll(new Date(Date.now() + 6 * 24 * 3600_000));
  expect(await accounts.existsBy({ id: stale.id })).toBe(true);
  // Eight days on: the unconfirmed one is gone, with its tokens; the member is untouched.
  await t.app.jobs.runAll(new Date(Date.now() + 8 * 24 * 3600_000));
  expect(await accounts.existsBy({ id: stale.id })).toBe(false);
  expect(await accounts.existsBy({ loginId: confirmed.loginId })).toBe(true);
  expect(Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM account_token WHERE accountId = ?', [stale.id]))[0].n)).toBe(0);
  const audit = await t.app.dataSource.query("SELECT id FROM audit_log WHERE action = 'account.purge_unconfirmed'");
  expect(audit).toHaveLength(1);

  // The owner of the address can now register it and confirm it.
  expect((await t.gql(REGISTER, { input: input('never.confirmed@example.jp') })).errors).toBeUndefined();
  const token = await t.mailedToken('never.confirmed@example.jp');
  expect((await t.gql('mutation($t: String!) { confirmEmail(token: $t) { loginId } }', { t: token })).errors).toBeUndefined();
});
