import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffBrowserLogin } from './totp';

/**
 * Reporting clients in the console (issue 14, point 1): a ward administrator creates a client
 * for two reports, sees its token once, and the token answers those reports over HTTP and
 * nothing else; rotating shows a new token and stops the old one; revoking stops it for good.
 * At desktop and phone width, axe-core and the English scan on every state.
 */
let e: E2E;
const OPS = path.join(__dirname, '../../server/src/modules/reporting/operations');
const doc = (name: string) => fs.readFileSync(path.join(OPS, `${name}.graphql`), 'utf8');

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

/** A report over HTTP with a reporting token, as a tool would send it. */
async function report(token: string, name: string, variables: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${e.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: doc(name), variables }),
  });
  return { status: res.status, body: await res.json() };
}

/** The Tokyo date 30 days ahead as the console's picker takes it (YYYY/MM/DD HH:mm). */
function inThirtyDays(): string {
  const tokyo = new Date(Date.now() + 30 * 86400_000 + 9 * 3600_000).toISOString();
  return `${tokyo.slice(0, 10).replace(/-/g, '/')} 17:00`;
}

async function confirmDanger(page: Page): Promise<void> {
  await page.locator('.confirm-step').waitFor();
  await page.locator('.confirm-step .el-button--danger').click();
}

async function readToken(page: Page): Promise<string> {
  const dialog = page.getByTestId('reporting-token-dialog');
  await dialog.waitFor();
  const token = await page.getByTestId('reporting-token').inputValue();
  expect(token).toMatch(/^cprpt_\d+_[A-Za-z0-9_-]{43}$/);
  return token;
}

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

test.each([1280, 390])('at %i px: create, use, rotate and revoke a reporting client', async (width) => {
  const page = await e.newPage({ width });
  await staffBrowserLogin(page, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await page.goto(`${e.url}/admin/reporting-clients`);
  await page.getByTestId('reporting-client-form').waitFor();
  await page.getByTestId('reporting-operations').getByText('受講状況（分野別）').first().waitFor();
  await checkPage(page, `${width}: reporting clients`);

  // Nothing filled in: the summary names what is missing, and nothing is created.
  await page.getByTestId('reporting-client-submit').click();
  await page.locator('.error-summary').waitFor();
  expect(await page.locator('.error-summary').innerText()).toContain('実行できる集計');
  await checkPage(page, `${width}: reporting clients (errors)`);

  const name = `年次評価の集計 ${width}`;
  await page.fill('#client-name', name);
  await page.fill('#client-purpose', '協働推進課の年次評価に使う集計');
  await page.getByTestId('client-operations-EnrollmentFigures').check();
  await page.getByTestId('client-operations-StudiedActiveMatrix').check();
  await page.fill('#client-expires-at', inThirtyDays());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.el-picker__popper')].every((el) => getComputedStyle(el).display === 'none'));
  await page.getByTestId('reporting-client-submit').click();
  const token = await readToken(page);
  await checkPage(page, `${width}: the token, shown once`);

  // The token runs the two reports it was given, and nothing else.
  const figures = await report(token, 'EnrollmentFigures', { academicYear: 2026 });
  expect(figures.status).toBe(200);
  expect(figures.body.errors).toBeUndefined();
  expect(figures.body.data.enrollmentFigures.fields).toHaveLength(5);
  expect((await report(token, 'StudiedActiveMatrix', { academicYear: null })).body.data.studiedActiveMatrix.rows).toHaveLength(5);
  const other = await report(token, 'SurveyResponseRates', { academicYear: 2026 });
  expect([other.status, other.body.errors?.[0]?.extensions?.code]).toEqual([403, 'PERSISTED_QUERY_NOT_ALLOWED']);

  await page.getByTestId('reporting-token-done').click();
  await page.getByTestId('reporting-token-dialog').waitFor({ state: 'hidden' });
  const row = page.locator('[data-testid^="reporting-client-"]').filter({ hasText: name });
  await row.first().waitFor();
  const id = (await row.first().getAttribute('data-testid'))!.replace('reporting-client-', '');
  expect(await page.getByTestId(`reporting-client-status-${id}`).innerText()).toBe('有効');
  // The list never shows the token again.
  expect(await page.locator('body').innerText()).not.toContain(token);

  // Rotate: a new token, shown once; the old one stops at once.
  await page.getByTestId(`rotate-reporting-client-${id}`).click();
  await confirmDanger(page);
  const rotated = await readToken(page);
  expect(rotated).not.toBe(token);
  expect((await report(token, 'EnrollmentFigures', { academicYear: 2026 })).status).toBe(401);
  expect((await report(rotated, 'EnrollmentFigures', { academicYear: 2026 })).status).toBe(200);
  await page.getByTestId('reporting-token-done').click();

  // Revoke: refused from the next call.
  await page.getByTestId(`revoke-reporting-client-${id}`).click();
  await confirmDanger(page);
  await page.waitForFunction((rid) => document.querySelector(`[data-testid="reporting-client-status-${rid}"]`)?.textContent?.trim() === '失効', id);
  const refused = await report(rotated, 'EnrollmentFigures', { academicYear: 2026 });
  expect([refused.status, refused.body.errors?.[0]?.extensions?.messageKey]).toEqual([401, 'reporting.tokenInvalid']);
  await expect(page.getByTestId(`rotate-reporting-client-${id}`).count()).resolves.toBe(0);
  await checkPage(page, `${width}: after revoking`);
  await page.context().close();
});

test('ward staff do not see the page in the menu, and the page is refused', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.getByTestId('nav-reports').waitFor();
  expect(await page.getByTestId('nav-reporting-clients').count()).toBe(0);
  await page.goto(`${e.url}/admin/reporting-clients`);
  await page.waitForURL('**/admin/forbidden');
  await page.context().close();
});
