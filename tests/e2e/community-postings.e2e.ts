import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffBrowserLogin } from './totp';

/**
 * A recruitment posting end to end: ward staff write it and send it for review (and cannot
 * approve their own), the administrator sees its web address flagged and approves it after
 * confirming; anyone sees it on the top page at phone width, filters by field, opens its page
 * with only the group's public part.
 */
let e: E2E;
const TITLE = '子ども食堂の配膳ボランティア';

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

test('staff write a posting and send it for review; another staff member approves it; it is on the top page for anyone', async () => {
  const author = await e.newPage({ width: 1280 });
  await staffBrowserLogin(author, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await author.goto(`${e.url}/admin/`);
  await author.getByTestId('nav-postings').click();
  await author.waitForURL('**/admin/postings');
  await author.getByTestId('posting-tab-IN_REVIEW').waitFor();
  await checkPage(author, 'postings (queue)');
  await author.getByTestId('posting-new-groupId').selectOption({ label: '大泉町二丁目町会' });
  await author.fill('#posting-new-title', TITLE);
  await author.fill('#posting-new-roleDescription', '月2回の子ども食堂で、配膳と片付けをお願いします。詳しくは https://example.jp/kodomo をご覧ください。');
  await author.getByTestId('posting-new-fieldCodes-WELFARE').check();
  await author.getByTestId('posting-new-districtCode').selectOption('oizumi');
  await author.fill('#posting-new-schedule', '第1・第3土曜日 11時〜14時');
  await author.fill('#posting-new-headcount', '4');
  await author.getByTestId('posting-new-alumniWelcome-WELFARE').check();
  await author.fill('#posting-new-expiresOn', '2099/03/31');
  await author.keyboard.press('Enter');
  await author.getByTestId('posting-new-save').click();
  await author.waitForURL(/\/admin\/postings\/\d+$/);
  const postingId = /\/postings\/(\d+)$/.exec(author.url())![1];
  await author.getByTestId('posting-status').filter({ hasText: '下書き' }).waitFor();
  await author.getByTestId('posting-submit').click();
  await author.locator('.confirm-step .el-button--primary').click();
  await author.getByTestId('posting-status').filter({ hasText: '確認待ち' }).waitFor();
  // The author cannot approve their own posting, and is told why.
  await author.getByTestId('posting-own-review').waitFor();
  expect(await author.getByTestId('posting-approve').count()).toBe(0);
  await checkPage(author, 'posting (in review, author)');
  await author.context().close();
  // Not public yet.
  expect((await e.gql('{ publicPostings { title } }')).data.publicPostings.map((p: any) => p.title)).not.toContain(TITLE);

  const reviewer = await e.newPage({ width: 1280 });
  await staffBrowserLogin(reviewer, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await reviewer.goto(`${e.url}/admin/postings`);
  await reviewer.getByTestId(`posting-queue-row-${postingId}`).waitFor();
  await reviewer.getByTestId(`posting-open-${postingId}`).click();
  await reviewer.getByTestId('posting-flag-URL').waitFor();
  await checkPage(reviewer, 'posting (review, flagged)');
  await reviewer.getByTestId('posting-approve').click();
  // A flagged posting needs the reviewer to confirm they checked the address.
  await reviewer.locator('#posting-acknowledge-error').waitFor();
  await reviewer.getByTestId('posting-acknowledge').check();
  await reviewer.getByTestId('posting-approve').click();
  await reviewer.locator('.confirm-step .el-button--primary').click();
  await reviewer.getByTestId('posting-status').filter({ hasText: '掲載中' }).waitFor();
  // The check is recorded in the history.
  await reviewer.locator('[data-testid^="posting-review-"][data-decision="APPROVED"]').first().waitFor();
  await checkPage(reviewer, 'posting (published)');
  await reviewer.context().close();

  // Anyone, on a phone: the top page lists it; the field filter keeps it; its page shows only public parts.
  const visitor = await e.newPage({ width: 390 });
  await visitor.goto(`${e.url}/`);
  await visitor.getByTestId('public-postings').getByText(TITLE).waitFor();
  await checkPage(visitor, 'top page (postings)');
  await visitor.getByTestId('postings-filter-field').selectOption('GREENERY');
  await visitor.waitForFunction((title) => !document.querySelector('[data-testid="public-postings"]')?.textContent?.includes(title), TITLE);
  await visitor.getByTestId('postings-filter-field').selectOption('WELFARE');
  await visitor.getByTestId(`public-posting-link-${postingId}`).click();
  await visitor.waitForURL(`**/postings/${postingId}`);
  await visitor.getByTestId('posting-page-title').filter({ hasText: TITLE }).waitFor();
  const text = await visitor.locator('body').innerText();
  expect(text).toContain('練馬区役所 地域振興課 経由');
  // The representative's details never reach the public page.
  for (const secret of ['大泉 三郎', '03-3993-0004', '防災部の担い手が不足している']) expect([secret, text.includes(secret)]).toEqual([secret, false]);
  await checkPage(visitor, 'posting page (public)');
  await visitor.context().close();
});

test('the group directory: anyone reads the groups and their open postings; an alumnus sees which welcome alumni of their field', async () => {
  const visitor = await e.newPage({ width: 390 });
  await visitor.goto(`${e.url}/`);
  await visitor.getByTestId('postings-directory-link').click();
  await visitor.waitForURL('**/groups');
  await visitor.getByTestId('directory-list').getByText('豊玉リサイクル推進会').waitFor();
  const text = await visitor.locator('body').innerText();
  for (const secret of ['豊玉 一郎', '03-3993-0001', '説明会の講師役を担える人を探している']) expect([secret, text.includes(secret)]).toEqual([secret, false]);
  expect(await visitor.locator('[data-testid^="directory-welcomes-me-"]').count()).toBe(0);
  await checkPage(visitor, 'group directory (anyone)');
  await visitor.getByTestId('directory-filter-district').selectOption('shakujii');
  await visitor.waitForFunction(() => !document.querySelector('[data-testid="directory-list"]')?.textContent?.includes('豊玉リサイクル推進会'));
  await visitor.context().close();

  // M90000007 completed the recycling course: the recycling posting welcomes them.
  const alumnus = await e.newPage({ width: 390 });
  await alumnus.goto(`${e.url}/login`);
  await alumnus.fill('#login-identifier', 'M90000007');
  await alumnus.fill('#login-password', 'demo-member-2026');
  await alumnus.getByTestId('login-submit').click();
  await alumnus.waitForURL((url) => !url.pathname.endsWith('/login'));
  await alumnus.goto(`${e.url}/groups`);
  await alumnus.getByTestId('directory-alumni-note').waitFor();
  await alumnus.locator('[data-testid^="directory-welcomes-me-"]').first().waitFor();
  await checkPage(alumnus, 'group directory (alumnus)');
  await alumnus.context().close();
});
