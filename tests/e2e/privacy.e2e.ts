import fs from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * Privacy in Chromium (issue 13): a member opens あなたの情報 from my page, downloads their data as
 * the readable Japanese document and as JSON, reads the access history (a staff read shows the
 * organisation and a staff code, never a name) and asks for erasure; a ward administrator carries
 * it out on 削除の申出 after a confirmation; the member's session is gone and their login ID and
 * password no longer work. Staff produce the counter export for another member on the member
 * page. Every page is checked with axe-core, for English sentences and for sideways scrolling,
 * at a desktop and a phone width. The harness's server runs with no cooling-off period.
 */
let e: E2E;
const PASSWORD = 'privacy e2e password 2026';
const member = { id: '', loginId: '', name: '光が丘 さくら', kana: 'ヒカリガオカ サクラ', email: `e2e-privacy-${Date.now()}@example.jp` };
const wardStaff = { id: '', name: '', code: '' };
let staffToken = '';
let requestId = '';
/** The member's browser page, kept from the export to the end: their session must be gone after the erasure. */
let memberPage: Page;
const WARD_SECTION = '練馬区 地域文化部 協働推進課';

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
const LOGIN = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }';
const memberToken = async (): Promise<string> => (await gqlOk(LOGIN, { i: member.loginId, p: PASSWORD })).login.accessToken;

/** axe, English sentences and sideways scrolling on what the page shows now, at both widths (ends at the width it had). */
async function checkPage(page: Page, label: string): Promise<void> {
  const start = page.viewportSize()!;
  for (const width of [...WIDTHS].sort((a, b) => (a === start.width ? 1 : b === start.width ? -1 : 0))) {
    await page.setViewportSize({ width, height: width >= 1000 ? 900 : 844 });
    const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
    // The brief's measure of sideways scrolling too: the scrolling element is no wider than the window.
    const scroll = await page.evaluate(() => Math.max(0, document.scrollingElement!.scrollWidth - window.innerWidth));
    if (violations.length || english.length || overflow || scroll) console.log(`${label} @${width}:`, { violations, english, overflow, scroll });
    expect({ label, width, violations, english, overflow, scroll }).toEqual({ label, width, violations: [], english: [], overflow: 0, scroll: 0 });
  }
}

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await pending;
  const where = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(where, 'utf8') };
}

beforeAll(async () => {
  // The harness runs the server with NODE_ENV=development, where the cooling-off period is 14 days.
  e = await startE2E({ env: { ERASURE_COOLING_OFF_DAYS: '0' } });
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  Object.assign(wardStaff, (await gqlOk('{ me { id name } }', {}, staffToken)).me);
  wardStaff.code = `S${wardStaff.id.padStart(8, '0')}`;

  // A member with an application.
  const reg = await gqlOk('mutation($input: RegisterInput!) { register(input: $input) }', {
    input: {
      name: member.name,
      nameKana: member.kana,
      email: member.email,
      residency: 'RESIDENT',
      address: '東京都練馬区光が丘2-9-6',
      password: PASSWORD,
      privacyNoticeVersion: '2026-04',
      acceptPrivacyNotice: true,
    },
  });
  expect(reg.register).toBe(true);
  member.loginId = await e.confirmRegistration(member.email);
  const token = await memberToken();
  member.id = (await gqlOk('{ me { id } }', {}, token)).me.id;
  const cohort = (await gqlOk('{ openCohorts { id } }', {}, token)).openCohorts[0];
  await gqlOk(
    `mutation($c: ID!) { applyToCohort(input: { cohortId: $c, eligibilityBasis: RESIDENT, preferredContact: EMAIL, emailAlerts: false, motivation: "光が丘の公園で花壇の手入れを続けたいと考えています。" }) { id } }`,
    { c: cohort.id },
    token,
  );

  // Ward staff read the member once: the account and the application (two entries in the history).
  const read = await gqlOk('query($id: ID!) { member(id: $id) { id name applications { id motivation } } }', { id: member.id }, staffToken);
  expect(read.member.name).toBe(member.name);
});
afterAll(async () => {
  await memberPage?.context().close();
  await e?.stop();
});

test('the member opens あなたの情報 from my page and downloads the Japanese document and the JSON', async () => {
  memberPage = await e.newPage({ width: 390 });
  const page = memberPage;
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', member.loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.goto(`${e.url}/mypage`);
  await page.getByTestId('mypage-privacy').click();
  await page.waitForURL('**/mypage/privacy');
  await page.getByRole('heading', { level: 1, name: 'あなたの情報' }).waitFor();
  await page.getByTestId('access-history').waitFor();
  expect(await page.title()).toContain('あなたの情報');
  await checkPage(page, 'my data');

  const html = await readDownload(page, () => page.getByTestId('my-data-html').click());
  expect(html.name).toMatch(new RegExp(`^personal-data-${member.loginId}-\\d{8}\\.html$`));
  expect(html.text).toContain('<html lang="ja">');
  expect(html.text).toContain('個人情報の開示');
  expect(html.text).toContain(member.name);
  expect(html.text).toContain('光が丘の公園で花壇の手入れを続けたいと考えています。');
  // The document's own access history names the organisation and the code, not the staff member.
  expect(html.text).toContain(`${WARD_SECTION} ${wardStaff.code}`);
  expect(html.text).not.toContain(wardStaff.name);
  expect(await page.getByTestId('my-data-status').innerText()).toBe(`${html.name} を保存しました。`);

  const json = await readDownload(page, () => page.getByTestId('my-data-json').click());
  expect(json.name).toMatch(new RegExp(`^personal-data-${member.loginId}-\\d{8}\\.json$`));
  const doc = JSON.parse(json.text);
  expect(doc.format).toBe('college-portal/personal-data-export');
  expect(String(doc.accountId)).toBe(member.id);
  const tables = doc.sections.flatMap((s: { tables: Array<{ entity: string; rows: any[] }> }) => s.tables);
  const account = tables.find((t: { entity: string }) => t.entity === 'Account');
  expect(account.rows).toHaveLength(1);
  expect(account.rows[0]).toMatchObject({ loginId: member.loginId, name: member.name, nameKana: member.kana, email: member.email });
  expect(account.rows[0]).not.toHaveProperty('passwordHash');
  const application = tables.find((t: { entity: string }) => t.entity === 'Application');
  expect(application.rows.map((r: { motivation: string }) => r.motivation)).toEqual(['光が丘の公園で花壇の手入れを続けたいと考えています。']);
  expect(await page.getByTestId('my-data-status').innerText()).toBe(`${json.name} を保存しました。`);
  await checkPage(page, 'my data (downloaded)');
});

test('the access history shows the staff read as the organisation and a staff code, never the name', async () => {
  const page = memberPage;
  const items = page.getByTestId('access-history-item');
  await items.first().waitFor();
  expect(await page.getByTestId('access-history-count').innerText()).toBe('1〜2件目（全2件）');
  expect(await items.count()).toBe(2);
  const who = await page.getByTestId('access-history-who').allInnerTexts();
  expect(who).toEqual([`${WARD_SECTION} ${wardStaff.code}`, `${WARD_SECTION} ${wardStaff.code}`]);
  expect((await page.getByTestId('access-history-kinds').allInnerTexts()).sort()).toEqual(['申込', '登録内容'].sort());
  expect(await page.getByTestId('access-history-action').allInnerTexts()).toEqual(['閲覧', '閲覧']);
  expect(await page.getByTestId('access-history').innerText()).not.toContain(wardStaff.name);
  // One page only: no newer or older records to go to.
  expect(await page.getByTestId('access-history-newer').isDisabled()).toBe(true);
  expect(await page.getByTestId('access-history-older').isDisabled()).toBe(true);

  // Ten more reads (twenty entries): the history is paged by twenty, newest first; the first read is on the second page.
  for (let i = 0; i < 10; i++) await gqlOk('query($id: ID!) { member(id: $id) { id name applications { id motivation } } }', { id: member.id }, staffToken);
  await page.reload();
  await page.getByTestId('access-history-count').waitFor();
  expect(await page.getByTestId('access-history-count').innerText()).toBe('1〜20件目（全22件）');
  expect(await items.count()).toBe(20);
  expect(await page.getByTestId('access-history-newer').isDisabled()).toBe(true);
  // The count follows the offset at once; the list when the page has arrived.
  const itemsAre = (n: number) => page.waitForFunction((count) => document.querySelectorAll('[data-testid="access-history-item"]').length === count, n);
  await page.getByTestId('access-history-older').click();
  await itemsAre(2);
  expect(await page.getByTestId('access-history-count').innerText()).toBe('21〜22件目（全22件）');
  expect(await items.count()).toBe(2);
  expect(await page.getByTestId('access-history-older').isDisabled()).toBe(true);
  await checkPage(page, 'my data (history, second page)');
  await page.getByTestId('access-history-newer').click();
  await itemsAre(20);
  expect(await page.getByTestId('access-history-count').innerText()).toBe('1〜20件目（全22件）');
});

test('the member asks for erasure in the inline confirmation; the pending notice gives the date', async () => {
  const page = memberPage;
  const mailsBefore = e.mails.length;
  await page.getByTestId('erasure-request').click();
  await page.getByTestId('erasure-request-confirmation').waitFor();
  expect(await page.getByTestId('erasure-request-confirmation').innerText()).toContain('削除したあとは元に戻せません');
  await checkPage(page, 'my data (erasure, confirm)');
  await page.getByTestId('erasure-request-confirm').click();
  const pending = page.getByTestId('erasure-pending');
  await pending.waitFor();
  expect(await pending.innerText()).toMatch(/^削除のお申し出を受け付けています。\d{4}年\d{1,2}月\d{1,2}日.*以降に、区の担当者が削除します。$/);
  expect(await page.getByTestId('erasure-status').innerText()).toBe('削除のお申し出を受け付けました。');
  expect(await page.getByTestId('erasure-request').count()).toBe(0);
  await page.getByTestId('erasure-cancel').waitFor();
  await checkPage(page, 'my data (erasure pending)');
  // Until it is carried out the member stays logged in, across a reload too (so the login page at the end is the erasure's doing).
  await page.reload();
  await page.getByTestId('erasure-pending').waitFor();
  expect(new URL(page.url()).pathname).toBe('/mypage/privacy');
  // The member is told by mail that the request was received, and nothing of what will be erased.
  const mail = await e.waitForMail(member.email, (m) => m.subject.includes('削除のお申し出を受け付けました'), { after: mailsBefore });
  expect(mail.text).not.toContain(member.name);

  const mine = (await gqlOk('{ myErasureRequest { id status } }', {}, await memberToken())).myErasureRequest;
  expect(mine.status).toBe('PENDING');
  requestId = mine.id;
});

test('staff produce the counter export for another member; the member page shows the pending request', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.admin.loginId, DEMO.admin.password);
  // Another member (the demo's) asks at the counter.
  const other = (await gqlOk('{ me { id name } }', {}, (await gqlOk(LOGIN, { i: 'M90000001', p: 'demo-member-2026' })).login.accessToken)).me;
  await page.goto(`${e.url}/admin/members/${other.id}`);
  const section = page.getByTestId('member-data-export');
  await section.waitFor();
  expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe('個人情報の開示');
  await checkPage(page, 'member (counter export)');
  // Nothing chosen: both are asked for.
  await page.getByTestId('member-export-produce').click();
  await page.locator('#member-export-identity-error').waitFor();
  expect(await section.innerText()).toContain('選んでください');
  await checkPage(page, 'member (counter export, errors)');
  await page.getByTestId('member-export-COUNTER').check();
  await page.getByTestId('member-export-identity').check();
  const file = await readDownload(page, () => page.getByTestId('member-export-produce').click());
  expect(file.name).toMatch(/^personal-data-M90000001-\d{8}\.html$/);
  expect(file.text).toContain('個人情報の開示');
  expect(file.text).toContain(other.name);
  await page
    .locator('.el-message--success')
    .filter({ hasText: `${file.name} を作成しました。` })
    .waitFor();
  await page.getByTestId('member-export-json').waitFor();
  await checkPage(page, 'member (counter export produced)');
  // The other member's history shows it, with the administrator's code.
  const history = (await gqlOk('{ myAccessHistory { items { action staffCode } } }', {}, (await gqlOk(LOGIN, { i: 'M90000001', p: 'demo-member-2026' })).login.accessToken))
    .myAccessHistory.items;
  expect(history[0]).toEqual({ action: 'privacy.exportForMember', staffCode: expect.stringMatching(/^S\d{8}$/) });

  // Our member's page: the request made on my page is waiting.
  await page.goto(`${e.url}/admin/members/${member.id}`);
  await page.getByTestId('member-erasure-pending').waitFor();
  expect(await page.getByTestId('member-erasure-pending').innerText()).toMatch(/この方の削除のお申し出を受け付けています（\d{4}年/);
  await checkPage(page, 'member (erasure pending)');
  await page.context().close();
});

test('a ward administrator carries out the request on 削除の申出 after the confirmation', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await page.getByTestId('nav-erasure-requests').click();
  await page.waitForURL('**/admin/erasure-requests');
  const row = page.getByTestId(`erasure-row-${requestId}`);
  await row.waitFor();
  expect(await page.getByTestId(`erasure-status-${requestId}`).innerText()).toBe('受付中');
  expect(await row.innerText()).toContain('マイページから');
  expect(await row.innerText()).toContain(`利用者 ${member.id}`);
  await checkPage(page, 'erasure requests');

  const mailsBefore = e.mails.length;
  await page.getByTestId(`erasure-execute-${requestId}`).click();
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain(`お申し出 ${requestId} の削除を実行します`);
  expect(await dialog.innerText()).toContain(`利用者 ${member.id} の個人情報をすべて削除し`);
  await checkPage(page, 'erasure requests (confirm)');
  await dialog.getByRole('button', { name: '削除を実行する' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .locator('.el-message--success')
    .filter({ hasText: `お申し出 ${requestId} の削除を実行しました。` })
    .waitFor();
  // The list shows the pending requests: this one has left it; among the carried out it says so.
  await row.waitFor({ state: 'detached' });
  await page.locator('.el-select', { has: page.locator('#erasure-filter') }).click();
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '削除済み' }).click();
  await page.getByTestId(`erasure-row-${requestId}`).waitFor();
  expect(await page.getByTestId(`erasure-status-${requestId}`).innerText()).toBe('削除済み');
  await page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' });
  await checkPage(page, 'erasure requests (executed)');
  await page.context().close();

  // The member is told at the address the account had.
  await e.waitForMail(member.email, (m) => m.subject.includes('あなたの情報を削除しました'), { after: mailsBefore });
  const done = (await gqlOk('{ erasureRequests(status: EXECUTED) { id status executedAt } }', {}, staffToken)).erasureRequests.find((r: { id: string }) => r.id === requestId);
  expect(done).toMatchObject({ status: 'EXECUTED', executedAt: expect.any(String) });
});

test('the member’s session is gone and their login ID and password no longer work', async () => {
  const page = memberPage;
  await page.goto(`${e.url}/mypage`);
  await page.waitForURL('**/login**');
  await page.locator('#login-identifier').waitFor();
  await page.fill('#login-identifier', member.loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('form-error').waitFor();
  expect(await page.getByTestId('form-error').innerText()).toContain('ログインIDまたはメールアドレス、パスワードが正しくありません。');
  expect(new URL(page.url()).pathname).toBe('/login');
  await checkPage(page, 'login (erased member)');
  // Over the API too, and with the email address.
  for (const identifier of [member.loginId, member.email]) {
    const res = await e.gql(LOGIN, { i: identifier, p: PASSWORD });
    expect(res.data?.login ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }
});
