import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffBrowserLogin } from './totp';

/**
 * The group registry (団体登録) in the console: ward staff find the demo's groups, register one
 * after its interview, correct it (the history names the change), suspend it with a reason
 * after a confirmation; the public directory follows; contractor staff have no way in.
 */
let e: E2E;

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}
const directory = async (): Promise<string[]> => ((await e.gql('{ groupDirectory { name } }')).data.groupDirectory as Array<{ name: string }>).map((g) => g.name);

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

test('ward staff register a group, correct it, suspend it; the directory and the history follow', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.goto(`${e.url}/admin/`);
  await page.getByTestId('nav-groups').click();
  await page.waitForURL('**/admin/groups');
  await page.getByTestId('group-table').getByText('大泉町二丁目町会').waitFor();
  await checkPage(page, 'groups (list)');
  expect(await page.getByTestId('districts-editor').count()).toBe(0);
  // The name search narrows the list on the server.
  await page.fill('#group-search', '光が丘');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-testid="group-table"]')?.textContent ?? '';
    return text.includes('光が丘エコの会') && !text.includes('大泉町二丁目町会');
  });
  await page.fill('#group-search', '');

  // Register: nothing filled first shows what is missing.
  await page.getByTestId('group-new-save').click();
  await page.locator('#group-new-name-error').waitFor();
  await page.fill('#group-new-name', '関町みまもり隊');
  await page.getByTestId('group-new-kind').selectOption('VOLUNTEER_CIRCLE');
  await page.getByTestId('group-new-fieldCodes-WELFARE').check();
  await page.getByTestId('group-new-districtCode').selectOption('shakujii');
  await page.fill('#group-new-publicDescription', '関町の高齢の方の見守りと声かけをしています。');
  await page.fill('#group-new-publicContact', '練馬区役所 地域振興課 経由');
  await page.fill('#group-new-representativeName', '関 みどり');
  await page.fill('#group-new-representativePhone', '０３－３９９３－１２３４');
  await page.fill('#group-new-interviewedOn', '2026/11/20');
  await page.keyboard.press('Enter');
  await page.fill('#group-new-interviewNotes', '会員12名。平日の午後に活動。');
  await page.getByTestId('group-new-save').click();
  await page.waitForURL(/\/admin\/groups\/\d+$/);
  await page.getByTestId('group-name').filter({ hasText: '関町みまもり隊' }).waitFor();
  expect(await page.getByTestId('group-phone').innerText()).toBe('03-3993-1234');
  expect(await page.getByTestId('group-revision-1').innerText()).toContain('登録');
  await checkPage(page, 'group (registered)');
  expect(await directory()).toContain('関町みまもり隊');

  // A correction: the history names the field changed, never its value.
  await page.getByTestId('group-edit').click();
  await page.fill('#group-edit-representativePhone', '03-3993-5678');
  await page.getByTestId('group-edit-save').click();
  await page.getByTestId('group-revision-2').waitFor();
  expect(await page.getByTestId('group-revision-fields-2').innerText()).toContain('代表者の電話番号');
  expect(await page.getByTestId('group-history').innerText()).not.toContain('03-3993-5678');
  expect(await page.getByTestId('group-phone').innerText()).toBe('03-3993-5678');

  // Suspend: a reason is required, then a confirmation; the directory no longer lists it.
  await page.getByTestId('group-status-SUSPENDED').check();
  await page.getByTestId('group-status-submit').click();
  await page.locator('#group-status-reason-error, [data-testid="group-status-form"] .field__error').first().waitFor();
  await page.fill('#group-status-reason', '代表者の交代の手続き中');
  await page.getByTestId('group-status-submit').click();
  await page.locator('.confirm-step').waitFor();
  await checkPage(page, 'group (suspend, confirm)');
  await page.locator('.confirm-step .el-button--primary').click();
  await page.getByTestId('group-status').filter({ hasText: '休止中' }).waitFor();
  expect(await page.getByTestId('group-revision-reason-3').innerText()).toContain('代表者の交代の手続き中');
  await checkPage(page, 'group (suspended)');
  expect(await directory()).not.toContain('関町みまもり隊');
  await page.context().close();

  // At phone width the list reads without sideways scrolling.
  const phone = await e.newPage({ width: 390 });
  await staffBrowserLogin(phone, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await phone.goto(`${e.url}/admin/groups`);
  await phone.getByText('関町みまもり隊').first().waitFor();
  await checkPage(phone, 'groups (phone)');
  await phone.context().close();
});

test('a ward administrator adds a district; ward staff do not see the editor', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await page.goto(`${e.url}/admin/groups`);
  await page.getByTestId('districts-editor').waitFor();
  await page.fill('#district-code', 'seki');
  await page.fill('#district-name-ja', '関町');
  await page.fill('#district-name-en', 'Sekimachi');
  await page.getByTestId('district-neighbour-shakujii').check();
  await page.getByTestId('district-save').click();
  await page.getByTestId('districts-list').getByText('関町').waitFor();
  await checkPage(page, 'groups (districts)');
  await page.context().close();
  expect(((await e.gql('{ districts { code neighbourCodes } }')).data.districts as any[]).find((d) => d.code === 'seki')).toEqual({ code: 'seki', neighbourCodes: ['shakujii'] });
});

test('contractor staff have no way into the registry', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.greenery.loginId, DEMO.greenery.password);
  await page.goto(`${e.url}/admin/`);
  await page.getByTestId('nav-surveys').waitFor();
  expect(await page.getByTestId('nav-groups').count()).toBe(0);
  await page.goto(`${e.url}/admin/groups`);
  await page.waitForURL('**/admin/forbidden');
  await page.context().close();
});
