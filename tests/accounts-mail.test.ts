/**
 * Account mail through a real SMTP server (smtp-server, decoded with mailparser): confirmation,
 * resend, "someone tried to register", password reset, login-ID reminder, the new address's
 * confirmation and "your address was changed". Each goes to the right address, carries one link
 * (the one-time token in the URL fragment) under the portal or, for staff, under /admin, and
 * generic text only: no login ID, no name, no phone, no address, no email address.
 */
import { IsNull } from 'typeorm';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from './helpers/smtp-capture';
import { startTestServer, type TestServer } from './helpers/server';
import { createStaff } from './helpers/accounts';
import { MailOutbox } from '../server/src/modules/notices';

const PUBLIC_URL = 'https://college.example.jp';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) }';
const CONFIRM = 'mutation($t: String!) { confirmEmail(token: $t) { loginId kind } }';
const LOGIN = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }';
const RESEND = 'mutation { resendEmailConfirmation }';
const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { loginId } }';
const REQUEST_REMINDER = 'mutation($e: String!) { requestLoginIdReminder(email: $e) }';
const RECOVER = 'mutation($t: String!) { recoverLoginId(token: $t) { loginId } }';
const EMAIL_CHANGE = 'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }';

interface Received {
  envelopeTo: string[];
  to: string[];
  subject: string;
  /** What a reader sees of the message itself: subject, text and HTML parts, text attachments, decoded. */
  body: string;
  /** Every URL in the body. */
  urls: string[];
}

let smtp: SmtpCapture;
let t: TestServer;

function received(mail: CapturedMail): Received {
  const body = [mail.subject, mail.text, mail.html, ...mail.attachmentsText].join('\n');
  return { envelopeTo: mail.envelopeTo, to: mail.to, subject: mail.subject, body, urls: body.match(/https?:\/\/[^\s"'<>（）()]+/g) ?? [] };
}

/** Sends what the outbox holds and returns the mail received since the last call. */
async function flushMail(): Promise<Received[]> {
  const outbox = t.app.dataSource.getRepository(MailOutbox);
  for (let i = 0; i < 100; i++) {
    // Recovery mail is queued just after the answer (account-recovery.service.ts).
    await t.app.services.recovery.settled();
    await t.app.services.mailer.dispatch();
    if ((await outbox.countBy({ sentAt: IsNull() })) === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await outbox.countBy({ sentAt: IsNull() })).toBe(0);
  // Every queued mail was sent, none skipped (no address, or its link no longer valid).
  expect(await t.app.dataSource.getRepository(MailOutbox).createQueryBuilder('m').where('m.lastError IS NOT NULL').getCount()).toBe(0);
  return (await smtp.fresh()).map(received);
}

/** The one mail sent since the last flush: to `address` only. */
async function onlyMailTo(address: string): Promise<Received> {
  const mails = await flushMail();
  expect(mails.map((m) => m.envelopeTo)).toEqual([[address]]);
  expect(mails[0].to).toEqual([address]);
  return mails[0];
}

interface Person {
  name: string;
  nameKana: string;
  email: string;
  phone?: string;
  address?: string;
  workplaceOrSchool?: string;
  loginId?: string;
}

/**
 * Exactly one distinct link (written once in Japanese and once in English), of the given form,
 * and nothing about the person: no login ID, name (nor its parts), phone, address, workplace,
 * and no email address at all, whoever it belongs to.
 */
function expectGeneric(mail: Received, link: RegExp, people: Person[], extra: string[] = []): string {
  // Decoded: the Japanese wording is readable, so the searches below mean something.
  expect(mail.body).toContain('パワーアップカレッジねりま');
  expect(new Set(mail.urls).size).toBe(1);
  const [url] = mail.urls;
  expect(url).toMatch(link);
  for (const p of people) {
    const secrets = [p.name, ...p.name.split(' '), p.nameKana, ...p.nameKana.split(' '), p.email, p.email.split('@')[0]];
    if (p.phone) secrets.push(p.phone, p.phone.replace(/-/g, ''));
    for (const value of [p.address, p.workplaceOrSchool]) if (value) secrets.push(value);
    if (p.loginId) secrets.push(p.loginId, p.loginId.slice(1));
    for (const secret of [...secrets, ...extra]) expect([secret, mail.body.includes(secret)]).toEqual([secret, false]);
  }
  expect(mail.body).not.toMatch(/[^\s@]+@[^\s@]+/);
  expect(mail.body).not.toMatch(/[MS]\d{8}/);
  return url;
}

const tokenOf = (url: string) => url.split('#')[1];

beforeAll(async () => {
  smtp = await startSmtpCapture();
  const port = smtp.port;
  t = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL } });
  await flushMail();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('member mail', () => {
  const person: Person = {
    name: '郵便 鳳太郎',
    nameKana: 'ユウビン ホウタロウ',
    email: 'houtarou.yuubin.mail@example.jp',
    phone: '090-2468-1357',
    address: '東京都練馬区石神井町3-30-26 郵便荘',
    workplaceOrSchool: '練馬郵便研究所',
  };
  const PASSWORD = 'postal passphrase 2026';
  const input = () => ({
    name: person.name,
    nameKana: person.nameKana,
    email: person.email,
    phone: person.phone,
    address: person.address,
    workplaceOrSchool: person.workplaceOrSchool,
    residency: 'RESIDENT',
    password: PASSWORD,
    privacyNoticeVersion: t.config.privacyNoticeVersion,
    acceptPrivacyNotice: true,
  });
  const LINK = (path: string) => new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/${path}#[A-Za-z0-9_-]{43}$`);
  let token: string;

  test('registration: the confirmation link, and after a resend a new one', async () => {
    expect((await t.gql(REGISTER, { input: input() })).data.register).toBe(true);
    const first = expectGeneric(await onlyMailTo(person.email), LINK('confirm-email'), [person]);
    token = (await t.gql(LOGIN, { i: person.email, p: PASSWORD })).data.login.accessToken;
    expect((await t.gql(RESEND, {}, { token })).data.resendEmailConfirmation).toBe(true);
    const second = expectGeneric(await onlyMailTo(person.email), LINK('confirm-email'), [person]);
    expect(second).not.toBe(first);
    const confirmed = await t.gql(CONFIRM, { t: tokenOf(second) });
    expect(confirmed.data.confirmEmail.kind).toBe('REGISTRATION');
    person.loginId = confirmed.data.confirmEmail.loginId;
  });

  test('someone registers with the address again: the owner gets a generic mail with the login page, no token', async () => {
    const res = await t.gql(REGISTER, { input: { ...input(), name: '別人 次郎', nameKana: 'ベツジン ジロウ', password: 'someone else entirely' } });
    expect(res.data.register).toBe(true);
    const mail = await onlyMailTo(person.email);
    expectGeneric(mail, new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/login$`), [person], ['別人', 'ベツジン', 'someone else entirely']);
    expect(mail.subject).toContain('登録の申し込み');
  });

  test('password reset: the link to /reset-password, which works', async () => {
    expect((await t.gql(REQUEST_RESET, { e: person.email })).data.requestPasswordReset).toBe(true);
    const url = expectGeneric(await onlyMailTo(person.email), LINK('reset-password'), [person]);
    expect((await t.gql(RESET, { t: tokenOf(url), p: PASSWORD })).data.resetPassword.loginId).toBe(person.loginId);
    token = (await t.gql(LOGIN, { i: person.email, p: PASSWORD })).data.login.accessToken;
  });

  test('forgotten login ID: the link to /recover-login-id; the login ID only on screen', async () => {
    expect((await t.gql(REQUEST_REMINDER, { e: person.email })).data.requestLoginIdReminder).toBe(true);
    const url = expectGeneric(await onlyMailTo(person.email), LINK('recover-login-id'), [person]);
    expect((await t.gql(RECOVER, { t: tokenOf(url) })).data.recoverLoginId.loginId).toBe(person.loginId);
  });

  test('unknown addresses get no mail at all', async () => {
    for (const query of [REQUEST_RESET, REQUEST_REMINDER]) expect(Object.values((await t.gql(query, { e: 'nobody.at.all@example.jp' })).data)).toEqual([true]);
    expect(await flushMail()).toEqual([]);
  });

  test('email change: the new address gets the link, then the old one is told, both generic', async () => {
    const NEW = 'houtarou.new.home@example.jp';
    expect((await t.gql(EMAIL_CHANGE, { e: NEW, p: PASSWORD }, { token })).data.requestEmailChange).toBe(true);
    const url = expectGeneric(await onlyMailTo(NEW), LINK('confirm-email'), [person, { ...person, email: NEW }]);
    const confirmed = await t.gql(CONFIRM, { t: tokenOf(url) });
    expect(confirmed.data.confirmEmail).toEqual({ loginId: person.loginId, kind: 'EMAIL_CHANGE' });
    const told = await onlyMailTo(person.email);
    expect(told.subject).toContain('メールアドレスが変更されました');
    expectGeneric(told, new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/login$`), [person, { ...person, email: NEW }]);
    // From now on mail goes to the new address.
    expect((await t.gql(REQUEST_REMINDER, { e: NEW })).data.requestLoginIdReminder).toBe(true);
    expectGeneric(await onlyMailTo(NEW), LINK('recover-login-id'), [person, { ...person, email: NEW }]);
    expect((await t.gql(REQUEST_REMINDER, { e: person.email })).data.requestLoginIdReminder).toBe(true);
    expect(await flushMail()).toEqual([]);
  });
});

describe('staff mail', () => {
  const ADMIN_LINK = (path: string) => new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/admin/${path}#[A-Za-z0-9_-]{43}$`);
  let staff: Person & { id: string };

  beforeAll(async () => {
    const created = await createStaff(t, await t.tokenFor('admin'), 'WARD_STAFF');
    staff = { id: created.id, loginId: created.loginId, email: created.email, name: '試験 職員', nameKana: 'シケン ショクイン' };
    await flushMail();
  });

  test('password reset and login ID: links under /admin', async () => {
    expect((await t.gql(REQUEST_RESET, { e: staff.email })).data.requestPasswordReset).toBe(true);
    const reset = expectGeneric(await onlyMailTo(staff.email), ADMIN_LINK('reset-password'), [staff]);
    expect((await t.gql(RESET, { t: tokenOf(reset), p: 'staff chose this one' })).data.resetPassword.loginId).toBe(staff.loginId);
    expect((await t.gql(REQUEST_REMINDER, { e: staff.email })).data.requestLoginIdReminder).toBe(true);
    const reminder = expectGeneric(await onlyMailTo(staff.email), ADMIN_LINK('recover-login-id'), [staff]);
    expect((await t.gql(RECOVER, { t: tokenOf(reminder) })).data.recoverLoginId.loginId).toBe(staff.loginId);
  });

  test('a registration with a staff address: the staff member is told, with the admin console’s login page', async () => {
    const input = {
      name: '外部 三郎',
      nameKana: 'ガイブ サブロウ',
      email: staff.email,
      residency: 'RESIDENT',
      address: '東京都練馬区',
      password: 'outsider passphrase',
      privacyNoticeVersion: t.config.privacyNoticeVersion,
      acceptPrivacyNotice: true,
    };
    expect((await t.gql(REGISTER, { input })).data.register).toBe(true);
    expectGeneric(await onlyMailTo(staff.email), new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/admin/login$`), [staff], ['外部', 'ガイブ']);
  });
});
