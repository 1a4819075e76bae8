import type { Page } from 'playwright-core';
import { startE2E, axeViolations, DEMO, type E2E } from './harness';
import { enterTotp } from './totp';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) console.log(`${label}:\n  ${violations.join('\n  ')}`);
  expect(violations).toEqual([]);
}

test('the top page lists the cohorts open for application from the API', async () => {
  const api = await e.gql('{ openCohorts { id course { title } } }');
  const titles: string[] = api.data.openCohorts.map((c: any) => c.course.title);
  expect(titles.length).toBe(5);
  const page = await e.newPage();
  await page.goto(`${e.url}/`);
  const cards = page.getByTestId('open-cohort');
  await cards.first().waitFor();
  expect(await cards.count()).toBe(titles.length);
  const text = await page.getByTestId('open-cohort-list').innerText();
  for (const title of titles) expect(text).toContain(title);
  expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  await expectAccessible(page, 'top page');
  await page.context().close();
});

test('register → login → my page shows the login ID', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/register`);
  await page.locator('#reg-name').waitFor();
  await expectAccessible(page, 'register page');
  const email = `e2e.${Date.now()}@example.jp`;
  await page.fill('#reg-name', '練馬 花子');
  await page.fill('#reg-name-kana', 'ネリマ ハナコ');
  await page.fill('#reg-email', email);
  await page.locator('[data-testid^="reg-residency-"]').first().check();
  await page.fill('#reg-address', '東京都練馬区豊玉北6-12-1');
  await page.fill('#reg-password', 'e2e password 2026');
  await page.fill('#reg-password-confirmation', 'e2e password 2026');
  await page.check('#reg-agree');
  await page.getByTestId('register-submit').click();
  await page.getByTestId('register-complete').waitFor();
  await expectAccessible(page, 'registration: confirmation mail sent');
  // The login ID is shown on the page the confirmation mail links to (never in the mail).
  await page.goto(await e.mailLink(email, '/confirm-email'));
  const loginId = (await page.getByTestId('login-id').innerText()).trim();
  expect(loginId).toMatch(/^M\d{8}$/);
  await expectAccessible(page, 'registration complete');

  await page.getByTestId('go-login').click();
  await page.locator('#login-identifier').waitFor();
  await expectAccessible(page, 'login page');
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', 'e2e password 2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/mypage');
  await expect(page.getByTestId('my-login-id').innerText()).resolves.toContain(loginId);
  expect(await page.locator('main').innerText()).toContain(email);
  await expectAccessible(page, 'my page');
  await page.context().close();
});

test('the greenery contractor logs in to the console and edits a cohort in their field', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}/admin/login`);
  await page.locator('#login-identifier').waitFor();
  await expectAccessible(page, 'admin login');
  await page.fill('#login-identifier', DEMO.greenery.loginId);
  await page.fill('#login-password', DEMO.greenery.password);
  await page.getByTestId('login-submit').click();
  // Every staff account has a second factor: the demo accounts' authenticator secrets are fixed.
  await page.locator('#login-code').waitFor();
  await expectAccessible(page, 'admin login: code step');
  await enterTotp(page, DEMO.greenery.loginId);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await expectAccessible(page, 'admin home');

  await page.goto(`${e.url}/admin/cohorts`);
  const edit = page.locator('[data-testid^="edit-cohort-"]');
  await edit.first().waitFor();
  // Only the greenery cohort is listed for this contractor.
  expect(await edit.count()).toBe(1);
  expect(await page.locator('main').innerText()).not.toContain('地域福祉コース');
  await expectAccessible(page, 'admin cohorts');
  await edit.first().click();
  await page.locator('#cohort-capacity').waitFor();
  await expectAccessible(page, 'admin cohort form');
  await page.fill('#cohort-capacity', '33');
  await page.getByTestId('cohort-submit').click();
  await page.getByText('保存しました').first().waitFor();

  const api = await e.gql('{ cohort(id: 4) { capacity course { fieldCode } } }');
  expect(api.data.cohort).toEqual({ capacity: 33, course: { fieldCode: 'GREENERY' } });
  await page.context().close();
});
