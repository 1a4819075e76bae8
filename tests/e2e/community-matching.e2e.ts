import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * Matching end to end: an alumnus presses "I'm interested" on a posting at phone width; ward
 * staff find the consultation, read the ranked proposals with their reasons, pursue the first,
 * arrange the meeting and record that the alumnus joined; the alumnus then sees the
 * introduction and the activity record it made.
 */
let e: E2E;
const PASSWORD = 'demo-member-2026';
// An alumnus of the demo's finished recycling cohort with no consultation yet.
const ALUMNUS = 'M90000010';

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}
async function memberPage(loginId: string): Promise<Page> {
  const page = await e.newPage({ width: 390 });
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

test('an alumnus is interested in a posting; staff pursue a proposal and record the joining; the alumnus sees it', async () => {
  const posting = ((await e.gql('{ publicPostings { id title } }')).data.publicPostings as any[]).find((p) => p.title === '分別説明会の講師役を募集しています');
  // Anonymous visitors are told how to ask, not given a button.
  const visitor = await e.newPage({ width: 390 });
  await visitor.goto(`${e.url}/postings/${posting.id}`);
  await visitor.getByTestId('posting-interest-anonymous').waitFor();
  expect(await visitor.getByTestId('posting-interest').count()).toBe(0);
  await visitor.context().close();

  const page = await memberPage(ALUMNUS);
  await page.goto(`${e.url}/postings/${posting.id}`);
  await page.getByTestId('posting-interest').click();
  await page.getByTestId('posting-interest-confirmation').waitFor();
  await checkPage(page, 'posting (interest, confirm)');
  await page.getByTestId('posting-interest-confirm').click();
  await page.getByTestId('posting-interest-done').waitFor();
  await checkPage(page, 'posting (interest, done)');
  await page.getByTestId('posting-interest-mine').first().click();
  await page.waitForURL('**/mypage/consultations');
  await page.getByTestId('consultations-list').waitFor();
  await checkPage(page, 'my consultations');
  await page.context().close();

  const staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  const consultation = ((await e.gql('{ consultations { id postingId status } }', {}, staffToken)).data.consultations as any[]).find(
    (c) => c.postingId === posting.id && c.status === 'OPEN',
  );
  const staff = await e.newPage({ width: 1280 });
  await staffBrowserLogin(staff, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await staff.goto(`${e.url}/admin/`);
  await staff.getByTestId('nav-consultations').click();
  await staff.waitForURL('**/admin/consultations');
  await staff.getByTestId(`consultation-row-${consultation.id}`).waitFor();
  await checkPage(staff, 'consultations (list)');
  await staff.getByTestId(`consultation-open-${consultation.id}`).click();
  await staff.getByTestId('proposal-list').waitFor();
  // The posting they asked about leads, with its reasons and their points.
  const first = staff.locator('[data-testid^="proposal-"][data-rank="1"]');
  expect(await first.getAttribute('data-kind')).toBe('POSTING');
  const key = `posting-${posting.id}`;
  expect(await staff.getByTestId(`proposal-title-${key}`).innerText()).toContain('分別説明会の講師役を募集しています');
  expect(await staff.getByTestId(`proposal-reason-${key}-FIELD_WISHED`).innerText()).toContain('+3');
  await checkPage(staff, 'consultation (proposals)');
  await staff.getByTestId(`proposal-pursue-${key}`).click();
  const intro = staff.locator('[data-testid^="introduction-"][data-status="PLANNED"]').first();
  await intro.waitFor();
  const introId = (await intro.getAttribute('data-testid'))!.replace('introduction-', '');
  await staff.fill(`[data-testid="intro-${introId}-place"]`, '練馬区役所 本庁舎 1階 相談室');
  await staff.getByTestId(`intro-${introId}-arrange-save`).click();
  await staff.getByTestId(`introduction-place-${introId}`).filter({ hasText: '相談室' }).waitFor();
  await staff.getByTestId(`intro-${introId}-outcome-JOINED`).check();
  await staff.getByTestId(`intro-${introId}-outcome-save`).click();
  await staff.locator('.confirm-step .el-button--primary').click();
  await staff.getByTestId(`introduction-activity-${introId}`).waitFor();
  await staff.getByTestId('consultation-status').and(staff.locator('[data-status="MATCHED"]')).waitFor();
  await checkPage(staff, 'consultation (joined)');
  await staff.context().close();

  const again = await memberPage(ALUMNUS);
  await again.goto(`${e.url}/mypage/consultations`);
  await again.getByTestId(`introduction-${introId}`).waitFor();
  expect(await again.getByTestId(`introduction-${introId}`).getByTestId('introduction-status').getAttribute('data-status')).toBe('JOINED');
  await again.goto(`${e.url}/mypage/activity`);
  await again.getByText('豊玉リサイクル推進会').first().waitFor();
  await checkPage(again, 'my activity (from the introduction)');
  await again.context().close();
});
