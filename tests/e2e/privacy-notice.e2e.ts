import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffBrowserLogin } from './totp';

/**
 * Re-consent (issue 13, point 6): a ward administrator publishes a new version of the privacy
 * notice in the console; a demo member (who agreed to the first version) logs in, is shown the new
 * text before anything else, agrees and reaches my page; another declines, after a confirmation,
 * and sees my page limited to the data export and erasure, with the way to agree later.
 */
let e: E2E;
const VERSION = '2026-12-e2e';

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

async function memberLogin(loginId: string): Promise<Page> {
  const page = await e.newPage({ width: 390 });
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', 'demo-member-2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

/** The current minute in Tokyo as the console's picker shows it (YYYY/MM/DD HH:mm), at least 20 s before the minute ends. */
async function thisMinuteInTokyo(): Promise<string> {
  if (new Date().getSeconds() > 40) await new Promise((r) => setTimeout(r, (61 - new Date().getSeconds()) * 1000));
  const tokyo = new Date(Date.now() + 9 * 3600_000).toISOString();
  return `${tokyo.slice(0, 10).replace(/-/g, '/')} ${tokyo.slice(11, 16)}`;
}

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

test('an administrator publishes a new notice; one member agrees and carries on, another declines and is limited to export and erasure', async () => {
  // The console: the versions with their answers, and the form to publish one.
  const admin = await e.newPage({ width: 1280 });
  await staffBrowserLogin(admin, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await admin.getByTestId('nav-privacy-notices').click();
  await admin.waitForURL('**/admin/privacy-notices');
  await admin.getByTestId('notice-version-2026-04').waitFor();
  expect(await admin.getByTestId('notice-state-2026-04').innerText()).toBe('適用中');
  // Every demo member agreed to the first version at registration.
  expect(await admin.getByTestId('notice-accepted-2026-04').innerText()).toBe('12人');
  await checkPage(admin, 'privacy notice versions');

  await admin.fill('#notice-version', VERSION);
  await admin.fill('#notice-textJa', '練馬区は、パワーアップカレッジねりまの運営のために個人情報を利用します。改定：追跡調査の期間を明記しました。');
  await admin.fill('#notice-textEn', 'Nerima ward uses personal information to run the college. Revised: the follow-up period is now stated.');
  await admin.fill('#notice-effectiveFrom', await thisMinuteInTokyo());
  await admin.keyboard.press('Enter');
  await admin.getByTestId('notice-publish').click();
  await admin.locator('.confirm-step').waitFor();
  // The picker's panel is a dialog of its own until it has faded out.
  await admin.waitForFunction(() => [...document.querySelectorAll('.el-picker__popper')].every((el) => getComputedStyle(el).display === 'none'));
  await checkPage(admin, 'privacy notice (confirm publishing)');
  await admin.locator('.confirm-step .el-button--danger').click();
  await admin.getByTestId(`notice-version-${VERSION}`).waitFor();
  expect(await admin.getByTestId(`notice-state-${VERSION}`).innerText()).toBe('適用中');
  expect(await admin.getByTestId('notice-state-2026-04').innerText()).toBe('旧版');
  await admin.context().close();

  // A member who agreed to the first version: the new notice comes first, in Japanese.
  const agreeing = await memberLogin('M90000001');
  await agreeing.waitForURL('**/privacy/renew**');
  await agreeing.getByTestId('privacy-renewal-text').waitFor();
  expect(await agreeing.getByTestId('privacy-renewal-version').innerText()).toContain(VERSION);
  expect(await agreeing.getByTestId('privacy-renewal-text').innerText()).toContain('追跡調査の期間を明記しました');
  await checkPage(agreeing, 'privacy renewal');
  // Nothing else opens meanwhile.
  await agreeing.goto(`${e.url}/mypage/applications`);
  await agreeing.waitForURL('**/privacy/renew**');
  await agreeing.getByTestId('privacy-renewal-accept').click();
  await agreeing.waitForURL('**/mypage/applications');
  await agreeing.goto(`${e.url}/mypage`);
  await agreeing.getByTestId('mypage-applications').waitFor();
  expect(await agreeing.getByTestId('mypage-limited').count()).toBe(0);
  await agreeing.context().close();

  // Another declines, after a confirmation that says what remains.
  const declining = await memberLogin('M90000002');
  await declining.waitForURL('**/privacy/renew**');
  await declining.getByTestId('privacy-renewal-decline').click();
  await declining.getByTestId('privacy-renewal-decline-confirmation').waitFor();
  expect(await declining.getByTestId('privacy-renewal-decline-confirmation').innerText()).toContain('削除の申出');
  await checkPage(declining, 'privacy renewal (confirm declining)');
  await declining.getByTestId('privacy-renewal-decline-confirm').click();
  await declining.waitForURL((url) => url.pathname.endsWith('/mypage'));
  await declining.getByTestId('privacy-declined-notice').waitFor();
  expect(await declining.getByTestId('mypage-applications').count()).toBe(0);
  await checkPage(declining, 'my page (declined: limited)');
  // Other pages lead back to the limited my page; the data page works.
  await declining.goto(`${e.url}/mypage/applications`);
  await declining.waitForURL((url) => url.pathname.endsWith('/mypage'));
  await declining.getByTestId('mypage-privacy').click();
  await declining.waitForURL('**/mypage/privacy');
  await declining.getByRole('heading', { level: 1 }).waitFor();
  // The way to agree later.
  await declining.goto(`${e.url}/mypage`);
  await declining.getByTestId('privacy-read-and-accept').click();
  await declining.waitForURL('**/privacy/renew');
  await declining.getByTestId('privacy-renewal-declined').waitFor();
  await declining.context().close();

  // The console counts the answers.
  const check = await e.newPage({ width: 1280 });
  await staffBrowserLogin(check, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await check.goto(`${e.url}/admin/privacy-notices`);
  await check.getByTestId(`notice-version-${VERSION}`).waitFor();
  expect(await check.getByTestId(`notice-accepted-${VERSION}`).innerText()).toBe('1人');
  expect(await check.getByTestId(`notice-declined-${VERSION}`).innerText()).toBe('1人');
  await check.context().close();
});
