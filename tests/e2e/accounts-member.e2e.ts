import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { startE2E, axeViolations, type E2E } from './harness';

/**
 * The member's account in the browser: registration confirmed through the mailed link (the
 * login ID only on screen), the "confirm your address" gate, forgotten password and login ID,
 * my details with the history of changes, a new email address, and optional two-step login.
 * Mail is caught by the harness's local SMTP server; every new page is checked with axe-core
 * at 390 and 1280 px.
 */
let e: E2E;
const PASSWORD = 'e2e password 2026';
const NEW_PASSWORD = 'another e2e password 2027';
const email = `e2e.member.${Date.now()}@example.jp`;
let loginId = '';

beforeAll(async () => {
  e = await startE2E({ env: { BACKGROUND_INTERVAL_MS: '200' } });
});
afterAll(() => e?.stop());

async function expectAccessible(page: Page, label: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const violations = await axeViolations(page);
    if (violations.length) console.log(`${label} at ${width} px:\n  ${violations.join('\n  ')}`);
    expect([width, violations]).toEqual([width, []]);
    if (width === 390) {
      // Nothing wider than the phone's screen: no sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect([label, overflow]).toEqual([label, 0]);
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

/** Japanese screens have no English words (addresses and login IDs aside). */
async function expectJapaneseOnly(page: Page): Promise<void> {
  const text = (await page.locator('main').innerText()).replace(/[\w.+-]+@[\w.-]+/g, '');
  expect(text).not.toMatch(/[A-Za-z]{3,}/);
}

async function login(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', identifier);
  await page.fill('#login-password', password);
  await page.getByTestId('login-submit').click();
}

function totp(secretBase32: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secretBase32.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

test('register → confirmation mail → the link shows the login ID → log in', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/register`);
  await page.fill('#reg-name', '練馬 花子');
  await page.fill('#reg-name-kana', 'ネリマ ハナコ');
  await page.fill('#reg-email', email);
  await page.check('#reg-residency-RESIDENT');
  await page.fill('#reg-address', '東京都練馬区豊玉北6-12-1');
  await page.fill('#reg-password', PASSWORD);
  await page.fill('#reg-password-confirmation', PASSWORD);
  await page.check('#reg-agree');
  await page.getByTestId('register-submit').click();
  await page.getByTestId('register-complete').waitFor();
  expect(await page.getByTestId('register-sent-to').innerText()).toBe(email);
  // No login ID on this screen any more: only the owner of the address learns it.
  expect(await page.getByTestId('login-id').count()).toBe(0);
  expect(await page.locator('main').innerText()).not.toMatch(/M\d{8}/);
  expect(await page.title()).toContain('確認メールを送りました');
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'registration: mail sent');

  const mail = await e.waitForMail(email, (m) => m.text.includes('/confirm-email#'));
  expect(mail.text).not.toMatch(/M\d{8}/);
  expect(mail.text).not.toContain('練馬 花子');
  const link = await e.mailLink(email, '/confirm-email');

  // Logged in before confirming: the only page is "confirm your address".
  await login(page, email, PASSWORD);
  await page.waitForURL('**/confirm-pending**');
  await page.getByTestId('confirm-pending-page').waitFor();
  expect(await page.getByTestId('pending-email').innerText()).toBe(email);
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'confirm your address');
  await page.goto(`${e.url}/mypage/applications`);
  await page.waitForURL('**/confirm-pending**');
  await page.goto(`${e.url}/`);
  await page.getByTestId('confirm-pending-page').waitFor();

  // Resend: a new mail with a new link; the earlier link is retired.
  const before = e.mails.length;
  await page.getByTestId('resend-confirmation').click();
  await page.getByTestId('confirm-pending-status').filter({ hasText: 'もう一度送りました' }).waitFor();
  const newLink = await e.mailLink(email, '/confirm-email', { after: before });
  expect(newLink).not.toBe(link);
  // Pressing "continue" before the link was opened says so.
  await page.getByTestId('confirm-pending-check').click();
  await page.getByTestId('confirm-pending-status').filter({ hasText: 'まだ確認が済んでいません' }).waitFor();

  // The link opens in another tab (its own session storage: logged out there).
  const tab = await e.newPage();
  await tab.goto(link);
  await tab.locator('[data-testid="confirm-email-page"][data-state="invalid"]').waitFor();
  await expectJapaneseOnly(tab);
  await expectAccessible(tab, 'confirm-email: invalid link');
  await tab.goto(newLink);
  await tab.locator('[data-testid="confirm-email-page"][data-state="done"]').waitFor();
  loginId = (await tab.getByTestId('login-id').innerText()).trim();
  expect(loginId).toMatch(/^M\d{8}$/);
  // The token is dropped from the address bar once read.
  expect(new URL(tab.url()).hash).toBe('');
  await expectJapaneseOnly(tab);
  await expectAccessible(tab, 'confirm-email: done');
  // The same link again, in yet another tab: used.
  const third = await e.newPage();
  await third.goto(newLink);
  await third.locator('[data-testid="confirm-email-page"][data-state="invalid"]').waitFor();
  expect(await third.getByTestId('login-id').count()).toBe(0);
  await third.context().close();
  // A used link opened in this tab again (only the fragment changes, the page stays): used too.
  await tab.goto(link);
  await tab.locator('[data-testid="confirm-email-page"][data-state="invalid"]').waitFor();

  // Back in the first tab: "continue" now opens the portal.
  await page.getByTestId('confirm-pending-check').click();
  await page.waitForURL('**/mypage');
  await expect(page.getByTestId('my-login-id').innerText()).resolves.toContain(loginId);

  // And a fresh login with the login ID goes straight to my page.
  await tab.getByTestId('invalid-go-login').click();
  await tab.locator('#login-identifier').fill(loginId);
  await tab.fill('#login-password', PASSWORD);
  await tab.getByTestId('login-submit').click();
  await tab.waitForURL('**/mypage');
  await page.context().close();
  await tab.context().close();
});

test('registering an address again gives the same answer and no login ID', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/register`);
  await page.fill('#reg-name', '練馬 次郎');
  await page.fill('#reg-name-kana', 'ネリマ ジロウ');
  await page.fill('#reg-email', email);
  await page.check('#reg-residency-WORKER');
  await page.fill('#reg-workplace', '練馬区役所');
  await page.fill('#reg-password', 'someone else 2026');
  await page.fill('#reg-password-confirmation', 'someone else 2026');
  await page.check('#reg-agree');
  const before = e.mails.length;
  await page.getByTestId('register-submit').click();
  await page.getByTestId('register-complete').waitFor();
  expect(await page.getByTestId('register-sent-to').innerText()).toBe(email);
  // The owner is told by mail that someone tried; that mail links to the login page, without a token.
  const attempt = await e.waitForMail(email, (m) => m.text.includes('/login'), { after: before });
  expect(attempt.text).not.toContain('/confirm-email');
  expect(attempt.text).not.toContain(loginId);
  await page.context().close();
});

test('forgot password → mail → new password → log in with it', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/login`);
  await page.getByTestId('forgot-password').click();
  await page.locator('#recovery-email').waitFor();
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'forgot password');
  // The same answer for an unknown address.
  const unknown = `nobody.${Date.now()}@example.jp`;
  await page.fill('#recovery-email', unknown);
  await page.getByTestId('recovery-submit').click();
  const neutral = await page.getByTestId('recovery-sent').innerText();
  expect(neutral).toContain('登録されていれば');
  await expectAccessible(page, 'forgot password: sent');
  await page.getByTestId('recovery-again').click();
  const before = e.mails.length;
  // Typed in capitals: addresses are compared case-insensitively.
  await page.fill('#recovery-email', email.toUpperCase());
  await page.getByTestId('recovery-submit').click();
  const known = await page.getByTestId('recovery-sent').innerText();
  expect(known.replace(email.toUpperCase(), '*')).toBe(neutral.replace(unknown, '*'));

  const link = await e.mailLink(email, '/reset-password', { after: before });
  const mail = e.mails.slice(before).find((m) => m.to.includes(email))!;
  expect(mail.text).not.toContain(loginId);
  await page.goto(link);
  await page.locator('#reset-new-password').waitFor();
  expect(new URL(page.url()).hash).toBe('');
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'reset password');
  // Client-side checks first: too short, and the two do not match.
  await page.fill('#reset-new-password', 'short');
  await page.fill('#reset-confirmation', 'other');
  await page.getByTestId('reset-password-submit').click();
  await page.getByTestId('error-summary').waitFor();
  await expectAccessible(page, 'reset password: errors');
  await page.fill('#reset-new-password', NEW_PASSWORD);
  await page.fill('#reset-confirmation', NEW_PASSWORD);
  await page.getByTestId('reset-password-submit').click();
  await page.getByTestId('password-reset-done').waitFor();
  expect((await page.getByTestId('login-id').innerText()).trim()).toBe(loginId);
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'reset password: done');

  // The old password no longer works; the new one does.
  await page.getByTestId('go-login').click();
  await page.locator('#login-identifier').fill(loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('form-error').waitFor();
  await page.fill('#login-password', NEW_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/mypage');

  // The link works once.
  const again = await e.newPage();
  await again.goto(link);
  await again.fill('#reset-new-password', 'a third password 2028');
  await again.fill('#reset-confirmation', 'a third password 2028');
  await again.getByTestId('reset-password-submit').click();
  await again.locator('[data-testid="reset-password-page"][data-state="invalid"]').waitFor();
  await expectAccessible(again, 'reset password: used link');
  await page.context().close();
  await again.context().close();
});

test('forgot login ID → mail → the login ID on screen', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/login`);
  await page.getByTestId('forgot-login-id').click();
  await page.locator('#recovery-email').waitFor();
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'forgot login ID');
  const before = e.mails.length;
  await page.fill('#recovery-email', email);
  await page.getByTestId('recovery-submit').click();
  await page.getByTestId('recovery-sent').waitFor();
  const link = await e.mailLink(email, '/recover-login-id', { after: before });
  expect(e.mails.slice(before).find((m) => m.to.includes(email))!.text).not.toContain(loginId);
  await page.goto(link);
  await page.locator('[data-testid="recover-login-id-page"][data-state="done"]').waitFor();
  expect((await page.getByTestId('login-id').innerText()).trim()).toBe(loginId);
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'recover login ID');
  await page.goto(`${e.url}/recover-login-id`);
  await page.locator('[data-testid="recover-login-id-page"][data-state="invalid"]').waitFor();
  await expectAccessible(page, 'recover login ID: no token');
  await page.context().close();
});

test('my details: edit, the history of changes, a new email address', async () => {
  const page = await e.newPage();
  await login(page, loginId, NEW_PASSWORD);
  await page.waitForURL('**/mypage');
  await page.getByTestId('mypage-details').click();
  await page.locator('#details-name').waitFor();
  expect(await page.inputValue('#details-name')).toBe('練馬 花子');
  await expectJapaneseOnly(page);
  await expectAccessible(page, 'my details');

  // The registration rules: a bad phone number is refused before sending.
  await page.fill('#details-phone', '12-34');
  await page.getByTestId('details-submit').click();
  await page.getByTestId('error-summary').waitFor();
  await expectAccessible(page, 'my details: errors');
  await page.fill('#details-phone', '０３－１２３４－５６７８');
  await page.check('#details-residency-STUDENT');
  await page.fill('#details-workplace', '練馬大学');
  await page.getByTestId('details-submit').click();
  await page.getByTestId('details-status').filter({ hasText: '変更しました' }).waitFor();
  expect(await page.inputValue('#details-phone')).toBe('03-1234-5678');
  const latest = page.getByTestId('account-change').first();
  await expect(latest.getAttribute('data-kind')).resolves.toBe('details');
  const historyText = await latest.innerText();
  expect(historyText).toContain('電話番号');
  expect(historyText).toContain('区との関わり');
  expect(historyText).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  expect(await page.getByTestId('account-history').innerText()).toContain('利用者登録');

  // A new address: the old one stays until the link mailed to the new one is opened.
  const newEmail = `e2e.member.new.${Date.now()}@example.jp`;
  await page.fill('#email-new', newEmail);
  await page.fill('#email-current-password', 'not my password');
  await page.getByTestId('email-change-submit').click();
  await page.locator('#email-current-password-error').waitFor();
  await page.fill('#email-current-password', NEW_PASSWORD);
  await page.getByTestId('email-change-submit').click();
  await page.getByTestId('email-change-status').filter({ hasText: newEmail }).waitFor();
  await expect(page.getByTestId('pending-email').innerText()).resolves.toBe(newEmail);
  expect(await page.getByTestId('current-email').innerText()).toBe(email);
  await expectAccessible(page, 'my details: email change waiting');
  const link = await e.mailLink(newEmail, '/confirm-email');
  const tab = await e.newPage();
  await tab.goto(link);
  await tab.getByTestId('email-changed').waitFor();
  expect((await tab.getByTestId('login-id').innerText()).trim()).toBe(loginId);
  await expectJapaneseOnly(tab);
  await expectAccessible(tab, 'confirm-email: address changed');
  // The old address is told.
  await e.waitForMail(email, (m) => m.subject.includes('変更'));
  await page.reload();
  await expect(page.getByTestId('current-email').innerText()).resolves.toBe(newEmail);
  expect(await page.getByTestId('pending-email').count()).toBe(0);
  await expect(page.getByTestId('account-change').first().getAttribute('data-kind')).resolves.toBe('email');

  // English screens are English.
  await page.getByTestId('lang-en').click();
  await page.locator('main h1').filter({ hasText: 'Change my details' }).waitFor();
  expect(await page.getByTestId('account-history').innerText()).not.toMatch(/[ぁ-んァ-ヶ]/);
  await page.getByTestId('lang-ja').click();
  await page.context().close();
  await tab.context().close();
});

test('two-step login: set up with an authenticator, log in with a recovery code, turn it off', async () => {
  const page = await e.newPage();
  await login(page, loginId, NEW_PASSWORD);
  await page.waitForURL('**/mypage');
  await page.goto(`${e.url}/mypage/details`);
  await page.getByTestId('two-step-start').click();
  await page.getByTestId('totp-setup').waitFor();
  const qrAlt = await page.getByTestId('totp-qr').getAttribute('alt');
  expect(qrAlt).toContain('QRコード');
  expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await expectAccessible(page, 'two-step: set-up');
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  await page.fill('#totp-code', '000000' === totp(secret) ? '111111' : '000000');
  await page.getByTestId('totp-confirm-submit').click();
  await page.locator('#totp-code-error').waitFor();
  await page.fill('#totp-code', totp(secret));
  await page.getByTestId('totp-confirm-submit').click();
  await page.getByTestId('recovery-codes').waitFor();
  const codes = (await page.getByTestId('recovery-code-list').innerText())
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  expect(codes).toHaveLength(10);
  await expectAccessible(page, 'two-step: recovery codes');
  expect(await page.getByTestId('codes-done').isDisabled()).toBe(true);
  await page.check('#codes-saved');
  await page.getByTestId('codes-done').click();
  await page.getByTestId('two-step-on').waitFor();
  await expect(page.getByTestId('recovery-codes-left').innerText()).resolves.toContain('10');
  await expectAccessible(page, 'two-step: on');

  // Logging in now asks for a code after the password.
  const other = await e.newPage();
  await login(other, loginId, NEW_PASSWORD);
  await other.locator('#login-code').waitFor();
  expect(await other.title()).toContain('2段階認証');
  await expectJapaneseOnly(other);
  await expectAccessible(other, 'login: code step');
  await other.getByTestId('use-recovery-code').click();
  await other.fill('#login-code', 'ZZZZZ-ZZZZZ');
  await other.getByTestId('login-code-submit').click();
  await other.locator('#login-code-error').waitFor();
  await expectAccessible(other, 'login: wrong recovery code');
  await other.fill('#login-code', codes[0]);
  await other.getByTestId('login-code-submit').click();
  await other.waitForURL('**/mypage');
  await other.context().close();

  // Turning it off asks for the password.
  await page.reload();
  await expect(page.getByTestId('recovery-codes-left').innerText()).resolves.toContain('9');
  await page.fill('#disable-password', NEW_PASSWORD);
  await page.getByTestId('disable-submit').click();
  await page.getByTestId('two-step-status').filter({ hasText: 'やめました' }).waitFor();
  await page.getByTestId('two-step-start').waitFor();
  const plain = await e.newPage();
  await login(plain, loginId, NEW_PASSWORD);
  await plain.waitForURL('**/mypage');
  await plain.context().close();
  await page.context().close();
});
