import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { freshTotp, staffApiToken, staffBrowserLogin } from './totp';

/**
 * The console's new screens, at a desktop and a phone width: staff see pending work on the home
 * page, find a member by kana, open them and send them a notice (the member gets it), edit it with
 * a reason and withdraw it (the member no longer sees it), and read its history; an auditor reads
 * the audit log with a filter and the personal-information register. Every page is accessible,
 * has no English sentence and nothing wider than the screen.
 */
let e: E2E;
const PASSWORD = 'console e2e password 2026';
const KANA = 'シャクジイ ハナコ';
const member = { id: '', loginId: '', name: '石神井 花子', email: `e2e-console-${Date.now()}@example.jp` };
const auditor = { id: '', loginId: '', password: 'auditor e2e password 2026', secret: '' };
const cohort = { id: '', label: '' };
let staffToken = '';
let staffId = '';

beforeAll(async () => {
  e = await startE2E({ env: { BACKGROUND_INTERVAL_MS: '250' } });
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  staffId = (await e.gql('{ me { id } }', {}, staffToken)).data.me.id;

  // A member with a known kana, who applies to an open cohort (pending work for the home page).
  const reg = await e.gql('mutation($input: RegisterInput!) { register(input: $input) }', {
    input: {
      name: member.name,
      nameKana: KANA,
      email: member.email,
      residency: 'RESIDENT',
      address: '東京都練馬区石神井町3-1',
      password: PASSWORD,
      privacyNoticeVersion: '2026-04',
      acceptPrivacyNotice: true,
    },
  });
  expect(reg.data?.register).toBe(true);
  member.loginId = await e.confirmRegistration(member.email);
  const token = await memberToken();
  member.id = (await e.gql('{ me { id } }', {}, token)).data.me.id;
  const open = await e.gql('{ openCohorts { id academicYear course { title } } }', {}, token);
  const c = open.data.openCohorts[0];
  Object.assign(cohort, { id: c.id, label: `${c.course.title} ${c.academicYear}年度` });
  const applied = await e.gql(
    `mutation($c: ID!) { applyToCohort(input: { cohortId: $c, eligibilityBasis: RESIDENT, preferredContact: EMAIL, emailAlerts: false, motivation: "地域の防災活動に参加して、近所の人の役に立ちたいと考えています。" }) { id } }`,
    { c: cohort.id },
    token,
  );
  expect(applied.errors).toBeUndefined();

  // More than a page of the audit log (50 entries): each member search is one entry.
  for (let i = 0; i < 55; i++) {
    const found = await e.gql('query($s: String!) { members(search: $s) { total } }', { s: 'シャクジイ' }, staffToken);
    expect(found.data?.members.total).toBe(1);
  }

  // An auditor, created by the demo administrator, with the first-login steps done over the API.
  const adminToken = await staffApiToken(e, DEMO.admin.loginId, DEMO.admin.password);
  const created = await e.gql(
    `mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { account { id loginId } temporaryPassword } }`,
    { i: { role: 'AUDITOR', name: '監査 太郎', nameKana: 'カンサ タロウ', email: `e2e-auditor-${Date.now()}@example.jp` } },
    adminToken,
  );
  expect(created.errors).toBeUndefined();
  Object.assign(auditor, created.data.createStaffAccount.account);
  const first = await apiLogin(auditor.loginId, created.data.createStaffAccount.temporaryPassword);
  const changed = await e.gql(
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    {
      c: created.data.createStaffAccount.temporaryPassword,
      n: auditor.password,
    },
    first,
  );
  expect(changed.errors).toBeUndefined();
  const second = await apiLogin(auditor.loginId, auditor.password);
  auditor.secret = (await e.gql('mutation { startTotpEnrolment { secret } }', {}, second)).data.startTotpEnrolment.secret;
  const enrolled = await e.gql(
    'mutation($c: String!) { confirmTotpEnrolment(code: $c) { codes } }',
    {
      c: await freshTotp(auditor.secret, auditor.loginId),
    },
    second,
  );
  expect(enrolled.errors).toBeUndefined();
});
afterAll(() => e?.stop());

async function apiLogin(loginId: string, password: string): Promise<string> {
  const res = await e.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: password });
  if (!res.data?.login?.accessToken) throw new Error(`login ${loginId}: ${JSON.stringify(res.errors ?? res.data)}`);
  return res.data.login.accessToken;
}
const memberToken = () => apiLogin(member.loginId, PASSWORD);

async function myNoticeTitles(): Promise<string[]> {
  const res = await e.gql('{ myNotices { id title } }', {}, await memberToken());
  return res.data.myNotices.map((n: { title: string | null }) => n.title ?? '');
}

/** axe, English sentences and sideways scrolling, on whatever the page shows now. */
async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()!.width;
  const violations = await axeViolations(page);
  if (violations.length) console.log(`${label} at ${width} px:\n  ${violations.join('\n  ')}`);
  expect([label, width, violations]).toEqual([label, width, []]);
  expect([label, width, await englishSentences(page)]).toEqual([label, width, []]);
  expect([label, width, await horizontalOverflow(page)]).toEqual([label, width, 0]);
}

async function confirm(page: Page, expected: RegExp): Promise<void> {
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  expect(await dialog.innerText()).toMatch(expected);
  await checkPage(page, 'confirmation');
  await page.locator('.confirm-step .el-button--primary').click();
  await dialog.waitFor({ state: 'hidden' });
}

async function waitForNoticeId(title: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await e.gql('{ staffNotices { id title } }', {}, staffToken);
    const found = res.data.staffNotices.find((n: { title: string | null }) => n.title === title);
    if (found) return found.id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no notice titled ${title}`);
}

test('staff: pending work, member search by kana, a notice sent, edited, withdrawn, with its history', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width >= 1000 ? 900 : 844 });

    // Home: pending work by cohort, each with the way to its cohort page.
    await page.goto(`${e.url}/admin/`);
    await page.getByTestId('home-work').waitFor();
    await page.locator('[data-testid^="home-work-link-"]').first().waitFor();
    expect(await page.getByTestId('home-counts').innerText()).toMatch(/\d+件/);
    expect(await page.locator('[data-testid^="home-task-"]').count()).toBeGreaterThan(0);
    await checkPage(page, 'home (staff)');

    // Member search by kana (in hiragana: the server matches it to katakana).
    await page.goto(`${e.url}/admin/members`);
    await page.locator('#member-search').fill('しゃくじい');
    await page.getByTestId('member-search-submit').click();
    await page.getByTestId(`member-open-${member.id}`).waitFor();
    expect(await page.getByTestId('member-table').innerText()).toContain(member.loginId);
    await checkPage(page, 'member search');
    await page.getByTestId(`member-open-${member.id}`).click();
    await page.getByTestId('member-details').waitFor();
    expect((await page.getByTestId('member-login-id').innerText()).trim()).toBe(member.loginId);
    await page.locator('[data-testid^="member-application-open-"]').first().waitFor();
    await page.getByTestId('member-history').waitFor();
    await checkPage(page, 'member detail');

    // A notice to this member, chosen already; the preview follows the text.
    await page.getByTestId('member-send-notice').click();
    await page.waitForURL('**/admin/notices?**');
    const picker = page.getByTestId('notice-member');
    await picker.getByText(member.name).waitFor();
    const title = `面談日程のご案内 ${width}`;
    await page.locator('#notice-title').fill(title);
    await page.locator('#notice-body').fill('面談の日程についてご連絡します。\nマイページでご確認ください。');
    await page.getByTestId('notice-preview-title').getByText(title).waitFor();
    await checkPage(page, 'notice editor');
    await page.getByTestId('notice-submit').click();
    await confirm(page, /1人/);
    await page.locator('.el-message--success', { hasText: title }).waitFor();
    expect(await myNoticeTitles()).toContain(title);

    // In the editor itself, a member is chosen by searching, never by typing an account ID.
    await page.goto(`${e.url}/admin/notices?audience=MEMBER`);
    await page.getByTestId('notice-member').click();
    await page.keyboard.type('はなこ');
    await page.getByTestId(`notice-member-option-${member.id}`).click();
    await page.getByTestId('notice-member').getByText(member.name).waitFor();

    // A notice to the member's cohort: saved as a draft, published from the list, edited with a reason, withdrawn.
    const cohortTitle = `説明会のお知らせ ${width}`;
    await page.getByTestId('notice-audience').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '期の申込者' }).click();
    await page.locator('#notice-cohort').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: cohort.label }).first().click();
    await page.locator('#notice-title').fill(cohortTitle);
    await page.locator('#notice-body').fill('説明会を開きます。');
    await page.getByTestId('notice-save-draft').click();
    const id = await waitForNoticeId(cohortTitle);
    await page.locator(`[data-testid="notice-state-${id}"][data-state="DRAFT"]`).waitFor();
    expect(await myNoticeTitles()).not.toContain(cohortTitle);
    await checkPage(page, 'notices list');
    await page.getByTestId(`notice-publish-${id}`).click();
    await confirm(page, /[1-9]\d*人/);
    await page.locator(`[data-testid="notice-state-${id}"][data-state="PUBLISHED"]`).waitFor();
    expect(await myNoticeTitles()).toContain(cohortTitle);

    // Editing a published notice needs a reason.
    await page.getByTestId(`notice-edit-${id}`).click();
    await page.getByTestId('notice-reason').waitFor();
    const edited = `${cohortTitle}（会場変更）`;
    await page.locator('#notice-title').fill(edited);
    await page.getByTestId('notice-save').click();
    await page.locator('.el-form-item.is-error #notice-reason').waitFor();
    await page.locator('#notice-reason').fill('会場が変わったため');
    await page.getByTestId('notice-save').click();
    await page.getByTestId(`notice-item-${id}`).getByText(edited).waitFor();
    expect(await myNoticeTitles()).toContain(edited);

    // Withdrawing: the reason, then the question; the member no longer sees it.
    await page.getByTestId(`notice-withdraw-${id}`).click();
    await page.locator('#notice-withdraw-reason').waitFor();
    await checkPage(page, 'withdraw dialog');
    await page.locator('#notice-withdraw-reason').fill('日程が未定になったため');
    await page.getByTestId('notice-withdraw-submit').click();
    await confirm(page, /元に戻せません/);
    await page.locator(`[data-testid="notice-state-${id}"][data-state="WITHDRAWN"]`).waitFor();
    expect(await myNoticeTitles()).not.toContain(edited);

    // The history: created, published, edited (with the reason), withdrawn.
    await page.getByTestId(`notice-history-${id}`).click();
    const history = page.getByTestId('notice-history-dialog');
    await history.locator('[data-testid="notice-revision"][data-kind="WITHDRAWN"]').waitFor();
    const kinds = await history.getByTestId('notice-revision').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(kinds).toEqual(['CREATED', 'PUBLISHED', 'EDITED', 'WITHDRAWN']);
    expect(await history.innerText()).toContain('会場が変わったため');
    await checkPage(page, 'notice history');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
  }
});

test('auditor: a home page with the auditor’s screens, the audit log filtered, the register', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, auditor.loginId, auditor.password, auditor.secret);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width >= 1000 ? 900 : 844 });
    await page.goto(`${e.url}/admin/`);
    for (const link of ['audit', 'personal-data', 'staff', 'contractors', 'courses']) await page.getByTestId(`home-link-${link}`).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('利用できる機能がありません');
    await checkPage(page, 'home (auditor)');

    await page.goto(`${e.url}/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    // The whole log is paged on the server: 50 a page, the next page has other entries.
    await page.getByTestId('audit-pagination').waitFor();
    const all = Number((await page.getByTestId('audit-total').innerText()).replace(/\D/g, ''));
    expect(all).toBeGreaterThan(50);
    await checkPage(page, 'audit log');
    const entryIds = () => page.getByTestId('audit-entry').evaluateAll((els) => els.map((el) => el.getAttribute('data-entry-id')));
    const firstPage = await entryIds();
    expect(firstPage).toHaveLength(50);
    await page.getByTestId('audit-pagination').locator('.btn-next').click();
    await page.waitForFunction((first) => {
      const shown = Array.from(document.querySelectorAll('[data-testid="audit-entry"]')).map((el) => el.getAttribute('data-entry-id'));
      return shown.length > 0 && !shown.some((id) => first.includes(id));
    }, firstPage);

    // The staff member's searches today, found by actor, action and date.
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    await page.locator('#audit-from').fill(today);
    await page.locator('#audit-to').fill(today);
    await page.locator('#audit-to').press('Enter');
    await page.locator('#audit-actor').fill(staffId);
    await page.getByTestId('audit-action').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'member.search' }).click();
    await page.getByTestId('audit-search').click();
    await page
      .getByTestId('audit-total')
      .getByText(/^[1-9]\d*件$/)
      .waitFor();
    const rows = page.getByTestId('audit-table');
    await rows.getByText('利用者の検索').first().waitFor();
    expect(await rows.innerText()).toContain(`アカウントID ${staffId}（区職員）`);
    await checkPage(page, 'audit log (filtered)');
    // The dates reach the server: the same filter on days long past finds nothing.
    await page.locator('#audit-from').fill('2020-01-06');
    await page.locator('#audit-to').fill('2020-01-07');
    await page.locator('#audit-to').press('Enter');
    await page.getByTestId('audit-search').click();
    await page.getByTestId('audit-total').getByText('0件').waitFor();

    await page.goto(`${e.url}/admin/personal-data`);
    await page.getByTestId('register-entity-Account').waitFor();
    expect(await page.getByTestId('register-entity-Account').innerText()).toContain('フリガナ');
    await checkPage(page, 'personal-information register');
  }
});
