import type { Page } from 'playwright-core';
import { startE2E, axeViolations, DEMO, type E2E } from './harness';
import { enterTotp, freshTotp, staffBrowserLogin } from './totp';

/**
 * Staff accounts in the console: an administrator creates an account; its holder replaces the
 * temporary password, sets up an authenticator app and keeps the recovery codes, then logs in
 * with a code, a recovery code or a passkey; the administrator resets the second factor (enrol
 * again), disables and re-enables, unlocks and reissues the password; forgotten passwords and
 * login IDs are recovered through the mailed links.
 */
let e: E2E;

const PASSWORD = 'staff e2e password 2026';
const RESET_PASSWORD = 'staff e2e reset 2026 pw';
const EMAIL = `e2e.staff.${Date.now()}@example.jp`;
const NAME = '豊玉 二要素';
const person: { loginId: string; temporaryPassword: string; secret: string; recoveryCodes: string[]; id: string } = {
  loginId: '',
  temporaryPassword: '',
  secret: '',
  recoveryCodes: [],
  id: '',
};

beforeAll(async () => {
  // Mail (captured by the harness) is sent within a moment of being queued.
  e = await startE2E({ env: { BACKGROUND_INTERVAL_MS: '250' } });
});
afterAll(() => e?.stop());

async function expectAccessible(page: Page, label: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await axeViolations(page);
    if (violations.length) console.log(`${label} at ${width} px:\n  ${violations.join('\n  ')}`);
    expect([label, width, violations]).toEqual([label, width, []]);
    // Nothing wider than the screen at phone width (tables scroll inside their own region).
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
}

/** The Japanese screen has no English sentence in it (login IDs, codes and keys aside). */
async function expectNoEnglish(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text.replace(/[A-Z0-9]{4,}(?: [A-Z0-9]{4})*/g, '')).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
}

async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.waitForURL('**/admin/login**');
  // The login form itself, not only the address (a CI run once found no link on the page after it).
  await page.locator('#login-identifier').waitFor();
}

async function passwordStep(page: Page, base: string, loginId: string, password: string): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', password);
  await page.getByTestId('login-submit').click();
}

/**
 * The login with the next unused recovery code. Most logins below use these: a TOTP code works
 * once per 30-second step, so logging in with it again and again would mostly wait.
 */
async function loginWithRecoveryCode(page: Page, base: string, password: string): Promise<void> {
  await passwordStep(page, base, person.loginId, password);
  await page.getByTestId('second-factor-step').waitFor();
  await page.check('#login-method-RECOVERY_CODE');
  await page.fill('#login-recovery-code', person.recoveryCodes.shift()!);
  await page.getByTestId('login-code-submit').click();
}

/** The enrolment page: secret off the screen, a code from it, the ten recovery codes kept. */
async function enrol(page: Page, check: boolean): Promise<void> {
  await page.waitForURL('**/admin/enrol**');
  const secretBox = page.getByTestId('totp-secret');
  await secretBox.waitFor();
  const alt = await page.getByTestId('totp-qr').getAttribute('alt');
  expect(alt && alt.length > 10).toBe(true);
  expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  person.secret = (await secretBox.innerText()).replace(/\s+/g, '');
  expect(person.secret).toMatch(/^[A-Z2-7]{16,}$/);
  if (check) {
    await expectAccessible(page, 'enrolment');
    await expectNoEnglish(page);
    // A wrong code is refused next to the field.
    await page.fill('#enrol-code', '12345');
    await page.getByTestId('enrol-submit').click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#enrol-code').getAttribute('aria-invalid')).toBe('true');
  }
  expect(await page.locator('#enrol-code').getAttribute('inputmode')).toBe('numeric');
  expect(await page.locator('#enrol-code').getAttribute('autocomplete')).toBe('one-time-code');
  await page.fill('#enrol-code', await freshTotp(person.secret, person.loginId));
  await page.getByTestId('enrol-submit').click();
  await page.getByTestId('recovery-codes').waitFor();
  person.recoveryCodes = (await page.getByTestId('recovery-code').allInnerTexts()).map((c) => c.trim());
  expect(person.recoveryCodes).toHaveLength(10);
  expect(new Set(person.recoveryCodes).size).toBe(10);
  if (check) {
    await expectAccessible(page, 'recovery codes');
    await expectNoEnglish(page);
    const download = page.waitForEvent('download');
    await page.getByTestId('recovery-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.txt$/);
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    for (const code of person.recoveryCodes) expect(text).toContain(code);
    // Not without saying they are kept.
    await page.getByTestId('recovery-continue').click();
    await page.locator('#recovery-saved-error').waitFor();
  }
  await page.check('#recovery-saved');
  await page.getByTestId('recovery-continue').click();
  // Chromium supports WebAuthn: a passkey is offered, and may be skipped.
  await page.getByTestId('enrol-passkey').waitFor();
  if (check) await expectAccessible(page, 'enrolment: passkey offer');
  await page.getByTestId('enrol-finish').click();
  await page.waitForURL((url) => !/\/admin\/(enrol|change-password|login)/.test(url.pathname));
  await page.getByTestId('nav-account').waitFor();
}

async function adminPage(): Promise<Page> {
  const page = await e.newPage();
  await staffBrowserLogin(page, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await page.goto(`${e.url}/admin/staff`);
  await page.getByTestId('staff-table').waitFor();
  return page;
}

/** An administrator's action on the person's row, through the confirmation dialog. */
async function adminAction(page: Page, action: string): Promise<string> {
  await page.getByTestId(`staff-${action}-${person.id}`).click();
  // The console's confirmation dialog (ui/confirm.ts, class confirm-step).
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  await dialog.locator('.el-button--primary').click();
  await dialog.waitFor({ state: 'hidden' });
  const result = page.getByTestId('staff-action-result');
  await result.waitFor();
  return result.innerText();
}

test('an administrator creates a staff account; the staff page and its dialogs are accessible', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/admin/login`);
  await page.fill('#login-identifier', DEMO.admin.loginId);
  await page.fill('#login-password', DEMO.admin.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('second-factor-step').waitFor();
  await expectAccessible(page, 'login: code step');
  await expectNoEnglish(page);
  expect(await page.locator('#login-code').getAttribute('inputmode')).toBe('numeric');
  expect(await page.locator('#login-code').getAttribute('autocomplete')).toBe('one-time-code');
  // A wrong code is refused, translated; the right one opens the session.
  await page.fill('#login-code', '000000');
  await page.getByTestId('login-code-submit').click();
  await page.getByTestId('form-error').waitFor();
  expect(await page.getByTestId('form-error').innerText()).toContain('確認コードが正しくない');
  await enterTotp(page, DEMO.admin.loginId);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));

  await page.goto(`${e.url}/admin/staff`);
  await page.fill('#staff-name', NAME);
  await page.fill('#staff-name-kana', 'トヨタマ ニヨウソ');
  await page.fill('#staff-email', EMAIL);
  await page.selectOption('#staff-role', 'WARD_STAFF');
  await page.getByTestId('staff-submit').click();
  person.loginId = (await page.getByTestId('created-login-id').innerText()).trim();
  person.temporaryPassword = (await page.getByTestId('temporary-password').innerText()).trim();
  expect(person.loginId).toMatch(/^S\d{8}$/);
  expect(person.temporaryPassword.length).toBeGreaterThanOrEqual(10);

  const row = page.locator('[data-testid^="staff-row-"]', { hasText: person.loginId });
  await row.waitFor();
  person.id = (await row.getAttribute('data-testid'))!.replace('staff-row-', '');
  expect(await page.getByTestId(`staff-status-${person.id}`).innerText()).toContain('有効');
  expect(await page.getByTestId(`staff-2fa-${person.id}`).innerText()).toContain('未設定');
  expect(await row.innerText()).toMatch(/\d{4}年/); // the temporary password's expiry
  await expectAccessible(page, 'staff accounts');
  await expectNoEnglish(page);
  // Not on oneself (the server refuses that too): no actions on the administrator's own row.
  const own = page.locator('[data-testid^="staff-row-"]', { hasText: DEMO.admin.loginId });
  expect(await own.locator('button').count()).toBe(0);

  // Each action asks first; cancelling sends nothing.
  await page.getByTestId(`staff-resetPassword-${person.id}`).click();
  await page.locator('.confirm-step').waitFor();
  expect(await page.locator('.confirm-step').innerText()).toContain(person.loginId);
  await expectAccessible(page, 'staff accounts: confirmation dialog');
  await page.keyboard.press('Escape');
  await page.locator('.confirm-step').waitFor({ state: 'hidden' });
  expect(await page.getByTestId('staff-action-result').count()).toBe(0);
  await page.context().close();
});

test('first login: the temporary password is replaced, then the authenticator is set up; nothing else is reachable meanwhile', async () => {
  const page = await e.newPage();
  await passwordStep(page, e.url, person.loginId, person.temporaryPassword);
  await page.waitForURL('**/admin/change-password**');
  await page.getByTestId('password-expires-at').waitFor();
  expect(await page.getByTestId('password-expires-at').innerText()).toMatch(/\d{4}年/);
  await expectAccessible(page, 'forced password change');
  await expectNoEnglish(page);
  expect(await page.locator('.site-nav').count()).toBe(0);
  // Other pages send the staff member back.
  await page.goto(`${e.url}/admin/cohorts`);
  await page.waitForURL('**/admin/change-password**');
  await page.goto(`${e.url}/admin/enrol`);
  await page.waitForURL('**/admin/change-password**');

  await page.fill('#pw-current', person.temporaryPassword);
  await page.fill('#pw-new', PASSWORD);
  await page.fill('#pw-confirmation', PASSWORD);
  await page.getByTestId('change-password-submit').click();
  await page.waitForURL('**/admin/enrol**');
  await page.goto(`${e.url}/admin/staff`);
  await page.waitForURL('**/admin/enrol**');
  await enrol(page, true);
  await page.context().close();
});

test('the staff member logs in with password and code, uses a recovery code, and issues new recovery codes', async () => {
  const page = await e.newPage();
  await staffBrowserLogin(page, e.url, person.loginId, PASSWORD, person.secret);
  await page.getByTestId('nav-account').click();
  await page.getByTestId('second-factor-status').waitFor();
  await page.getByTestId('status-recovery-codes').waitFor();
  expect(await page.getByTestId('status-totp').innerText()).toBe('設定済み');
  expect(await page.getByTestId('status-recovery-codes').innerText()).toContain('10');
  await expectAccessible(page, 'account page');
  await expectNoEnglish(page);
  await logout(page);

  // A recovery code instead of the app's code; it is then used up.
  await passwordStep(page, e.url, person.loginId, PASSWORD);
  await page.getByTestId('second-factor-step').waitFor();
  await page.check('#login-method-RECOVERY_CODE');
  await page.fill('#login-recovery-code', person.recoveryCodes[0]!);
  await expectAccessible(page, 'login: recovery code');
  await page.getByTestId('login-code-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.goto(`${e.url}/admin/account`);
  await page.getByTestId('status-recovery-codes').waitFor();
  expect(await page.getByTestId('status-recovery-codes').innerText()).toContain('9');

  // New codes need the current password; the old ones stop working.
  await page.fill('#codes-current-password', 'not my password at all');
  await page.getByTestId('regenerate-codes').click();
  await page.getByTestId('error-summary').waitFor();
  await page.fill('#codes-current-password', PASSWORD);
  await page.getByTestId('regenerate-codes').click();
  await page.getByTestId('recovery-codes').waitFor();
  const fresh = (await page.getByTestId('recovery-code').allInnerTexts()).map((c) => c.trim());
  expect(fresh).toHaveLength(10);
  expect(fresh).not.toContain(person.recoveryCodes[1]);
  await expectAccessible(page, 'account page: new recovery codes');
  await page.check('#recovery-saved');
  await page.getByTestId('recovery-continue').click();
  await page.getByTestId('codes-status').waitFor();
  expect(await page.getByTestId('status-recovery-codes').innerText()).toContain('10');
  const old = person.recoveryCodes[1]!;
  person.recoveryCodes = fresh;
  await logout(page);

  await passwordStep(page, e.url, person.loginId, PASSWORD);
  await page.check('#login-method-RECOVERY_CODE');
  await page.fill('#login-recovery-code', old);
  await page.getByTestId('login-code-submit').click();
  await page.getByTestId('form-error').waitFor();
  await page.context().close();
});

test('a passkey is registered on the account page, then used to log in, then removed', async () => {
  // WebAuthn is bound to the host name the server was told (localhost by default), not to 127.0.0.1.
  const base = e.url.replace('127.0.0.1', 'localhost');
  const page = await e.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await loginWithRecoveryCode(page, base, PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.goto(`${base}/admin/account`);
  await page.getByTestId('no-passkeys').waitFor();
  await page.fill('#passkey-name', '執務室のパソコン');
  await page.getByTestId('passkey-submit').click();
  await page.locator('[data-testid="passkey-status"]', { hasText: '執務室のパソコン' }).waitFor();
  await page.locator('[data-testid^="remove-passkey-"]').waitFor();
  await expectAccessible(page, 'account page with a passkey');
  await logout(page);

  await passwordStep(page, base, person.loginId, PASSWORD);
  await page.getByTestId('second-factor-step').waitFor();
  await page.check('#login-method-PASSKEY');
  await expectAccessible(page, 'login: passkey');
  await page.getByTestId('login-passkey').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));

  await page.goto(`${base}/admin/account`);
  await page.locator('[data-testid^="remove-passkey-"]').click();
  await page.locator('.confirm-step').waitFor();
  expect(await page.locator('.confirm-step').innerText()).toContain('執務室のパソコン');
  await expectAccessible(page, 'account page: remove passkey dialog');
  await page.locator('.confirm-step .el-button--primary').click();
  await page.locator('.el-message--success', { hasText: '執務室のパソコン' }).waitFor();
  await page.getByTestId('no-passkeys').waitFor();
  await page.context().close();
});

test('an administrator resets the second factor: the staff member must enrol again', async () => {
  const admin = await adminPage();
  expect(await admin.getByTestId(`staff-2fa-${person.id}`).innerText()).toContain('設定済み');
  expect(await adminAction(admin, 'resetSecondFactor')).toContain(person.loginId);
  await admin.locator(`[data-testid="staff-2fa-${person.id}"]`, { hasText: '未設定' }).waitFor();
  await expectAccessible(admin, 'staff accounts: after a reset');
  await admin.context().close();

  // The password alone opens a session that can only enrol.
  const page = await e.newPage();
  const before = person.secret;
  await passwordStep(page, e.url, person.loginId, PASSWORD);
  await enrol(page, false);
  expect(person.secret).not.toBe(before);
  await logout(page);
  await staffBrowserLogin(page, e.url, person.loginId, PASSWORD, person.secret);
  await page.context().close();
});

test('disable and re-enable, unlock, and a reissued temporary password', async () => {
  const admin = await adminPage();
  expect(await adminAction(admin, 'disable')).toContain(person.loginId);
  await admin.locator(`[data-testid="staff-status-${person.id}"]`, { hasText: '停止' }).waitFor();

  const page = await e.newPage();
  await passwordStep(page, e.url, person.loginId, PASSWORD);
  await page.getByTestId('form-error').waitFor();
  expect(page.url()).toContain('/admin/login');

  expect(await adminAction(admin, 'enable')).toContain(person.loginId);
  await admin.locator(`[data-testid="staff-status-${person.id}"]`, { hasText: '有効' }).waitFor();
  await loginWithRecoveryCode(page, e.url, PASSWORD);
  await page.getByTestId('nav-account').waitFor();
  await logout(page);

  // Five wrong passwords lock the account; the administrator unlocks it.
  for (let i = 0; i < 5; i++) {
    await e.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: person.loginId, p: `wrong password ${i}` });
  }
  await admin.reload();
  await admin.getByTestId(`staff-locked-${person.id}`).waitFor();
  expect(await adminAction(admin, 'unlock')).toContain(person.loginId);
  await admin.getByTestId(`staff-locked-${person.id}`).waitFor({ state: 'detached' });
  await loginWithRecoveryCode(page, e.url, PASSWORD);
  await page.getByTestId('nav-account').waitFor();
  await logout(page);

  // A new temporary password, shown once; the staff member must replace it again.
  await adminAction(admin, 'resetPassword');
  const temporary = (await admin.getByTestId('reset-temporary-password').innerText()).trim();
  expect(temporary.length).toBeGreaterThanOrEqual(10);
  await expectAccessible(admin, 'staff accounts: reissued password');
  await admin.context().close();

  // The second factor stays: the temporary password comes with a code, then must be replaced.
  await loginWithRecoveryCode(page, e.url, temporary);
  await page.waitForURL('**/admin/change-password**');
  await page.fill('#pw-current', temporary);
  await page.fill('#pw-new', PASSWORD);
  await page.fill('#pw-confirmation', PASSWORD);
  await page.getByTestId('change-password-submit').click();
  await page.waitForURL((url) => !/\/admin\/(change-password|login)/.test(url.pathname));
  await page.getByTestId('nav-account').waitFor();
  await page.context().close();
});

test('forgotten password and login ID: a neutral answer, then the mailed links', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/admin/login`);
  await page.getByTestId('forgot-password-link').click();
  await page.waitForURL('**/admin/forgot-password');
  await page.locator('#recovery-email').waitFor();
  await expectAccessible(page, 'forgot password');
  await expectNoEnglish(page);

  // Unknown and known addresses get the same answer.
  await page.fill('#recovery-email', `nobody.${Date.now()}@example.jp`);
  await page.getByTestId('recovery-submit').click();
  const neutral = await page.getByTestId('recovery-sent').innerText();
  const seen = e.mails.length;
  await page.fill('#recovery-email', EMAIL);
  await page.getByTestId('recovery-submit').click();
  await page.getByTestId('recovery-sent').waitFor();
  expect(await page.getByTestId('recovery-sent').innerText()).toBe(neutral);
  await expectAccessible(page, 'forgot password: sent');

  const resetLink = await e.mailLink(EMAIL, '/admin/reset-password', { after: seen });
  const token = new URL(resetLink).hash.slice(1);
  expect(e.mails.filter((m) => m.to.includes(EMAIL)).pop()!.text).not.toContain(person.loginId);
  await page.goto(resetLink);
  await page.locator('#reset-new-password').waitFor();
  await expectAccessible(page, 'reset password');
  await expectNoEnglish(page);
  await page.fill('#reset-new-password', RESET_PASSWORD);
  await page.fill('#reset-confirmation', RESET_PASSWORD);
  await page.getByTestId('reset-password-submit').click();
  expect((await page.getByTestId('recovered-login-id').innerText()).trim()).toBe(person.loginId);
  expect(page.url()).not.toContain(token);
  await expectAccessible(page, 'reset password: done');
  // The link works once (a fresh load: a fragment-only change would stay inside the page).
  await page.goto('about:blank');
  await page.goto(resetLink);
  await page.fill('#reset-new-password', RESET_PASSWORD);
  await page.fill('#reset-confirmation', RESET_PASSWORD);
  await page.getByTestId('reset-password-submit').click();
  await page.getByTestId('link-invalid').waitFor();

  // The new password works (with the second factor, as ever).
  await loginWithRecoveryCode(page, e.url, RESET_PASSWORD);
  await page.getByTestId('nav-account').waitFor();
  await logout(page);

  await page.getByTestId('forgot-login-id-link').click();
  await page.waitForURL('**/admin/forgot-login-id');
  await page.locator('#recovery-email').waitFor();
  await expectAccessible(page, 'forgot login ID');
  const seen2 = e.mails.length;
  await page.fill('#recovery-email', EMAIL);
  await page.getByTestId('recovery-submit').click();
  await page.getByTestId('recovery-sent').waitFor();
  const reminderLink = await e.mailLink(EMAIL, '/admin/recover-login-id', { after: seen2 });
  expect(e.mails.filter((m) => m.to.includes(EMAIL)).pop()!.text).not.toContain(person.loginId);
  await page.goto(reminderLink);
  expect((await page.getByTestId('recovered-login-id').innerText()).trim()).toBe(person.loginId);
  await expectAccessible(page, 'recover login ID');
  await expectNoEnglish(page);

  await page.goto('about:blank');
  await page.goto(`${e.url}/admin/recover-login-id#not-a-real-token`);
  await page.getByTestId('link-invalid').waitFor();
  await expectAccessible(page, 'recover login ID: bad link');
  await page.context().close();
});

test('the console in English has the second-factor step translated', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/admin/login`);
  await page.getByTestId('lang-en').click();
  await page.fill('#login-identifier', DEMO.staff.loginId);
  await page.fill('#login-password', DEMO.staff.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('second-factor-step').waitFor();
  const text = await page.locator('main').innerText();
  expect(text).toContain('Two-step verification');
  expect(text).not.toMatch(/[\u3040-\u30ff]/);
  await expectAccessible(page, 'login code step (English)');
  await page.context().close();
});
