import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * Consent-gated disclosure: the demo group asked for M90000008's name, phone and email; the
 * member approves the name and the email only, at phone width; staff produce the introduction
 * sheet, which shows those two and not the phone, watermarked; the member then revokes the
 * email, and the next sheet holds only the name; the member's ledger shows what was given.
 */
let e: E2E;
const MEMBER = 'M90000008';

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}
async function memberPage(): Promise<Page> {
  const page = await e.newPage({ width: 390 });
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', MEMBER);
  await page.fill('#login-password', 'demo-member-2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

test('the member approves some fields; the sheet shows only those; a revocation takes effect at once and is in the ledger', async () => {
  const staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  const page = await memberPage();
  await page.goto(`${e.url}/mypage/consultations`);
  const request = page.locator('[data-testid^="disclosure-request-"][data-status="PENDING"]').first();
  await request.waitFor();
  const requestId = (await request.getAttribute('data-testid'))!.replace('disclosure-request-', '');
  await checkPage(page, 'my consultations (disclosure pending)');
  // Nothing is ticked by default.
  for (const f of ['NAME', 'PHONE', 'EMAIL']) expect(await request.getByTestId(`disclosure-field-${f}`).isChecked()).toBe(false);
  await request.getByTestId('disclosure-field-NAME').check();
  await request.getByTestId('disclosure-field-EMAIL').check();
  await request.getByTestId('disclosure-answer').click();
  await request.getByTestId('disclosure-answer-confirmation').waitFor();
  expect(await request.getByTestId('disclosure-answer-withhold').innerText()).toContain('電話番号');
  await checkPage(page, 'disclosure (confirm)');
  await request.getByTestId('disclosure-answer-confirm').click();
  await page.locator(`[data-testid="disclosure-request-${requestId}"][data-status="ANSWERED"]`).waitFor();
  await page.context().close();

  // Staff produce the sheet: the name and the email, not the phone; watermarked with the number and the date.
  const staff = await e.newPage({ width: 1280 });
  await staffBrowserLogin(staff, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await staff.goto(`${e.url}/admin/disclosures/${requestId}/sheet`);
  await staff.getByTestId('sheet-produce').click();
  await staff.locator('.confirm-step .el-button--primary').click();
  await staff.getByTestId('introduction-sheet').waitFor();
  const fields = await staff.locator('[data-testid^="sheet-entry-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
  expect(fields).toEqual(['sheet-entry-NAME', 'sheet-entry-EMAIL']);
  const number = await staff.getByTestId('introduction-sheet').getAttribute('data-number');
  expect(await staff.getByTestId('sheet-watermark').getAttribute('data-text')).toContain(number!);
  // The phone, declined, is neither listed nor labelled.
  expect(await staff.getByTestId('sheet-entries').innerText()).not.toContain('電話番号');
  await checkPage(staff, 'introduction sheet');
  await staff.context().close();

  // The member revokes the email; the next sheet holds the name only; the ledger shows what was given.
  const again = await memberPage();
  await again.goto(`${e.url}/mypage/consultations`);
  const answered = again.getByTestId(`disclosure-request-${requestId}`);
  await answered.getByTestId('disclosure-revoke-EMAIL').click();
  await answered.getByTestId('disclosure-revoke-EMAIL-confirmation').waitFor();
  expect(await answered.getByTestId('disclosure-revoke-given').innerText()).toContain('メールアドレス');
  await answered.getByTestId('disclosure-revoke-EMAIL-confirm').click();
  await answered.locator('[data-testid="disclosure-decision-EMAIL"][data-state="revoked"]').waitFor();
  const actions = await answered.locator('[data-testid="disclosure-ledger-row"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
  expect(actions).toEqual(['REQUESTED', 'APPROVED', 'DECLINED', 'SHOWN', 'REVOKED']);
  await checkPage(again, 'disclosure (revoked, ledger)');
  await again.context().close();
  const sheet = (await e.gql(`mutation($r: ID!) { produceIntroductionSheet(requestId: $r) { entries { field } } }`, { r: requestId }, staffToken)).data.produceIntroductionSheet;
  expect(sheet.entries.map((x: any) => x.field)).toEqual(['NAME']);
});
