import type { Locator, Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { freshTotp, staffApiToken, staffBrowserLogin } from './totp';

/**
 * The staff console on element-plus, at a desktop and a phone width: every list page shows its
 * actions without sideways scrolling; each irreversible step asks first (cancel changes nothing,
 * confirm does it); the auditor reads staff, contractors and the catalogue without any way to
 * change them; no page has an axe violation or an English sentence.
 */
let e: E2E;
let adminToken = '';
let staffToken = '';
const LOTTERY_COHORT = '2'; // 防災コース: selected by lottery
const MEMBER_PASSWORD = 'demo-member-2026';

beforeAll(async () => {
  e = await startE2E();
  adminToken = await staffApiToken(e, DEMO.admin.loginId, DEMO.admin.password);
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
}, 90_000);
afterAll(() => e?.stop());

async function api(query: string, variables: Record<string, unknown> = {}, token = adminToken): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function memberToken(loginId: string): Promise<string> {
  const res = await e.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: MEMBER_PASSWORD });
  return res.data.login.accessToken;
}

async function setWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width >= 1000 ? 900 : 844 });
  // The lists switch between table and cards on a media query; let Vue and el-table lay out again.
  await page.waitForTimeout(300);
}

/** No axe violation and no English sentence on the page as it is now. */
async function expectClean(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) console.log(`${label}:\n  ${violations.join('\n  ')}`);
  expect([label, violations]).toEqual([label, []]);
  expect([label, await englishSentences(page)]).toEqual([label, []]);
}

/** The element is on screen horizontally: not cut off at either side of the viewport. */
async function expectInViewport(page: Page, target: Locator, label: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const width = page.viewportSize()!.width;
  expect([label, box !== null && box.x >= 0 && box.x + box.width <= width + 0.5]).toEqual([label, true]);
}

/** At both widths: nothing scrolls sideways, the first row's actions are on screen, the page is clean. */
async function checkListPage(page: Page, label: string, row: string, actions: string[]): Promise<void> {
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await page.locator(`[data-testid^="${row}"]:visible`).first().waitFor();
    expect([label, width, await horizontalOverflow(page)]).toEqual([label, width, 0]);
    for (const a of actions) await expectInViewport(page, page.locator(`[data-testid^="${a}"]:visible`).first(), `${label} ${width}: ${a}`);
    await expectClean(page, `${label} at ${width}px`);
  }
}

/** Opens the step's confirmation; `confirm` false cancels it. Returns the dialog's text. */
async function answerConfirm(page: Page, confirm: boolean): Promise<string> {
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  const text = await dialog.innerText();
  if (confirm) await dialog.locator('.el-button--primary').click();
  else await dialog.locator('.el-message-box__btns .el-button:first-child').click();
  await dialog.waitFor({ state: 'hidden' });
  return text;
}

test('every list page shows its actions without sideways scrolling, at 1280 and 390 px', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.admin.loginId, DEMO.admin.password);

  await page.goto(`${e.url}/admin/courses`);
  await checkListPage(page, 'courses', 'course-row-', ['edit-course-', 'new-cohort-']);
  await page.goto(`${e.url}/admin/cohorts`);
  await checkListPage(page, 'cohorts', 'cohort-row-', ['open-cohort-', 'edit-cohort-']);
  await page.goto(`${e.url}/admin/staff`);
  await checkListPage(page, 'staff', 'staff-row-', ['staff-edit-', 'staff-resetPassword-']);
  await page.goto(`${e.url}/admin/contractors`);
  await checkListPage(page, 'contractors', 'contractor-row-', ['edit-contractor-', 'end-contractor-']);

  // The demo's announced lottery: its applications, the drawn order and the roster.
  const { courses } = await api('{ courses { cohorts { id status selectionMethod } } }');
  const announced = courses.flatMap((c: any) => c.cohorts).find((k: any) => k.status === 'ANNOUNCED' && k.selectionMethod === 'LOTTERY');
  expect(announced).toBeTruthy();
  // One member takes the seat, so the roster has a row.
  const [first] = (await api(`{ cohortApplications(cohortId: ${announced.id}) { id status applicant { loginId } } }`)).cohortApplications.filter(
    (a: any) => a.status === 'OFFERED',
  );
  await api(`mutation { respondToOffer(applicationId: ${first.id}, accept: true) { id } }`, {}, await memberToken(first.applicant.loginId));

  await page.goto(`${e.url}/admin/cohorts/${announced.id}`);
  await checkListPage(page, 'cohort applications', 'application-row-', ['open-application-']);

  // Search, order and paging run on the server: a reading typed in hiragana finds its katakana.
  await setWidth(page, 1280);
  const shownCodes = () =>
    page.locator('[data-testid^="application-row-"]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!.replace('application-row-', '')));
  const everyone = (await api(`{ cohortApplications(cohortId: ${announced.id}) { code applicant { nameKana } } }`)).cohortApplications as any[];
  const target = everyone[everyone.length - 1];
  const givenName = target.applicant.nameKana.split(/\s+/).pop() as string;
  const hiragana = givenName.replace(/[\u30a1-\u30f6]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  const matching = everyone.filter((a) => a.applicant.nameKana.includes(givenName)).map((a) => a.code);
  await page.locator('#application-search').fill(hiragana);
  await page.getByTestId('application-search-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="application-row-"]').length === n, matching.length);
  expect((await shownCodes()).sort()).toEqual([...matching].sort());
  await page.locator('#application-search').fill('');
  await page.getByTestId('application-search-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="application-row-"]').length === n, Math.min(20, everyone.length));
  // Ordered by code, the other way on a second click.
  const byCode = everyone.map((a) => a.code).sort();
  const codeHeader = page.getByTestId('applications-table').locator('th', { hasText: '申込番号' }).first();
  // Wait for the whole page of rows in that order: the codes are random, so the first row alone
  // may already be the expected one before the new order arrives.
  const shownInOrder = (codes: string[]) =>
    page.waitForFunction(
      (want) =>
        [...document.querySelectorAll<HTMLElement>('[data-testid^="application-row-"]')]
          .filter((r) => r.offsetParent !== null)
          .map((r) => r.getAttribute('data-testid')!.replace('application-row-', ''))
          .join(',') === want.join(','),
      codes,
    );
  await codeHeader.click();
  await shownInOrder(byCode.slice(0, 20));
  expect(await shownCodes()).toEqual(byCode.slice(0, 20));
  await codeHeader.click();
  await shownInOrder([...byCode].reverse().slice(0, 20));
  expect(await shownCodes()).toEqual([...byCode].reverse().slice(0, 20));
  await page.getByTestId('lottery-order').waitFor();
  expect(await page.locator('[data-testid^="lottery-order-row-"]:visible').count()).toBeGreaterThan(0);
  await page.getByTestId('roster-section').waitFor();
  await page.locator('[data-testid^="roster-row-"]:visible').first().waitFor();
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await expectInViewport(page, page.getByTestId('download-roster'), `roster CSV at ${width}`);
    await expectInViewport(page, page.getByTestId('download-roster-machine'), `roster CSV (machine) at ${width}`);
    expect(await horizontalOverflow(page)).toBe(0);
  }
  // At the desktop width the 判定 and 補欠順位 columns are on screen, and 判定 stays on one line.
  await setWidth(page, 1280);
  for (const heading of ['判定', '補欠順位', '操作']) {
    const th = page.getByTestId('applications-table').locator('th', { hasText: heading }).first();
    await expectInViewport(page, th, `applications column ${heading}`);
    expect([heading, ((await th.boundingBox())?.height ?? 99) < 60]).toEqual([heading, true]);
  }
  // The Japanese CSV is the default download: Japanese headers and dates.
  const download = page.waitForEvent('download');
  await page.getByTestId('download-roster').click();
  const csv = await (await download).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(csv).toMatch(/学籍番号/);
  expect(csv).toMatch(/\d{4}\/\d{2}\/\d{2}/);

  // An application's own page (its facts, the way back, the history): clean at both widths.
  await page.locator('[data-testid^="open-application-"]:visible').first().click();
  await page.getByTestId('application-facts').waitFor();
  await page.getByTestId('back-to-cohort').waitFor();
  // The applicant's own step reads 本人; the draw was the system's.
  expect((await page.getByTestId('application-event-actor-0').innerText()).trim()).toBe('本人');
  expect(await page.getByTestId('application-events').innerText()).not.toContain('アカウントID');
  for (const width of WIDTHS) {
    await setWidth(page, width);
    expect([width, await horizontalOverflow(page)]).toEqual([width, 0]);
    await expectClean(page, `application at ${width}px`);
  }
  await page.context().close();
}, 120_000);

test('each irreversible step asks first: cancel changes nothing, confirm does it', async () => {
  // Three demo members apply to the lottery cohort, which has two places.
  await api(
    `mutation { updateCohort(id: ${LOTTERY_COHORT}, input: { academicYear: 2027, capacity: 2, applicationOpensAt: "2026-01-01T09:00:00+09:00", applicationClosesAt: "2030-01-01T09:00:00+09:00", startsOn: "2030-04-10", endsOn: "2031-03-15", selectionMethod: LOTTERY, status: OPEN }) { id } }`,
    {},
    staffToken,
  );
  for (const loginId of ['M90000001', 'M90000002', 'M90000003']) {
    await api(
      `mutation { applyToCohort(input: { cohortId: ${LOTTERY_COHORT}, eligibilityBasis: RESIDENT, preferredContact: EMAIL, emailAlerts: false }) { id } }`,
      {},
      await memberToken(loginId),
    );
  }
  const cohortState = async () =>
    (await api(`{ cohort(id: ${LOTTERY_COHORT}) { status lottery { frozenAt drawnAt } } }`, {}, staffToken)).cohort as {
      status: string;
      lottery: { frozenAt: string; drawnAt: string | null } | null;
    };

  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.goto(`${e.url}/admin/cohorts/${LOTTERY_COHORT}`);
  await page.getByTestId('close-cohort').click();
  await page.getByTestId('cohort-status').and(page.locator('[data-status="CLOSED"]')).waitFor();
  // Before the freeze the page says how to mark applications ineligible.
  await page.getByTestId('applications-hint').waitFor();

  // Freezing the lottery list.
  await page.getByTestId('freeze-lottery').click();
  expect(await answerConfirm(page, false)).toContain('できません');
  expect((await cohortState()).lottery).toBeNull();
  await page.getByTestId('freeze-lottery').click();
  await expectClean(page, 'freeze confirmation');
  await answerConfirm(page, true);
  await page.getByTestId('lottery-commitment').waitFor();
  expect((await cohortState()).lottery?.frozenAt).toBeTruthy();
  // After the freeze, eligibility can no longer change: the hint has gone.
  await page.getByTestId('applications-hint').waitFor({ state: 'detached' });

  // Drawing.
  await page.fill('#lottery-seed', '20261128');
  await page.getByTestId('draw-lottery').click();
  expect(await answerConfirm(page, false)).toContain('20261128');
  expect((await cohortState()).lottery?.drawnAt).toBeNull();
  await page.getByTestId('draw-lottery').click();
  await answerConfirm(page, true);
  await page.getByTestId('lottery-order').waitFor();
  const results = await page.locator('[data-testid^="lottery-order-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-result')));
  expect(results.sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'WAITLISTED']);
  expect(await page.getByTestId('lottery-order').innerText()).toMatch(/補欠1番/);
  expect((await cohortState()).lottery?.drawnAt).toBeTruthy();
  await expectClean(page, 'cohort drawn (1280)');
  await setWidth(page, 390);
  expect(await horizontalOverflow(page)).toBe(0);
  await expectClean(page, 'cohort drawn (390)');
  await setWidth(page, 1280);

  // Announcing.
  await page.getByTestId('announce').click();
  expect(await answerConfirm(page, false)).toContain('取り消せません');
  expect((await cohortState()).status).toBe('SELECTED');
  await page.getByTestId('announce').click();
  await answerConfirm(page, true);
  await page.getByTestId('cohort-status').and(page.locator('[data-status="ANNOUNCED"]')).waitFor();

  // Starting the course cannot be undone either.
  await page.getByTestId('start-cohort').click();
  await answerConfirm(page, false);
  expect((await cohortState()).status).toBe('ANNOUNCED');
  await page.getByTestId('start-cohort').click();
  await answerConfirm(page, true);
  await page.getByTestId('cohort-status').and(page.locator('[data-status="RUNNING"]')).waitFor();
  expect((await cohortState()).status).toBe('RUNNING');
  await page.context().close();

  // Staff accounts: edit, disable; contractors: edit, end.
  const created = await api(`mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { account { id loginId } } }`, {
    input: { name: '豊玉 停止予定', nameKana: 'トヨタマ テイシヨテイ', email: `e2e.console.${Date.now()}@example.jp`, role: 'WARD_STAFF' },
  });
  const target = created.createStaffAccount.account;
  const contractor = (
    await api(`mutation($input: ContractorInput!) { createContractor(input: $input) { id } }`, {
      input: { name: '練馬緑化サービス', fieldCode: 'GREENERY', contractStartsOn: '2026-04-01', contractEndsOn: '2031-03-31', allowedAddressRanges: ['192.0.2.0/24'] },
    })
  ).createContractor.id;
  const accountOf = async (id: string) => (await api('{ staffAccounts { id name status passwordExpiresAt } }')).staffAccounts.find((a: any) => a.id === id);
  const contractorOf = async (id: string) => (await api('{ contractors { id name active } }')).contractors.find((c: any) => c.id === id);

  const admin = await e.newPage({ width: 1280 });
  await staffBrowserLogin(admin, e.url, DEMO.admin.loginId, DEMO.admin.password);
  await admin.goto(`${e.url}/admin/staff`);
  await admin.getByTestId(`staff-edit-${target.id}`).click();
  await admin.locator('#staff-edit-name').fill('豊玉 編集済み');
  await expectClean(admin, 'staff edit dialog');
  await admin.getByTestId('staff-edit-save').click();
  await admin.locator(`[data-testid="staff-row-${target.id}"]`, { hasText: '豊玉 編集済み' }).waitFor();
  expect((await accountOf(target.id)).name).toBe('豊玉 編集済み');

  await admin.getByTestId(`staff-disable-${target.id}`).click();
  expect(await answerConfirm(admin, false)).toContain(target.loginId);
  expect((await accountOf(target.id)).status).toBe('ACTIVE');
  await admin.getByTestId(`staff-disable-${target.id}`).click();
  await answerConfirm(admin, true);
  await admin.locator(`[data-testid="staff-status-${target.id}"]`, { hasText: '停止' }).waitFor();
  expect((await accountOf(target.id)).status).toBe('DISABLED');

  const before = (await accountOf(target.id)).passwordExpiresAt;
  await admin.getByTestId(`staff-resetPassword-${target.id}`).click();
  await answerConfirm(admin, false);
  expect((await accountOf(target.id)).passwordExpiresAt).toBe(before);

  await admin.goto(`${e.url}/admin/contractors`);
  await admin.getByTestId(`edit-contractor-${contractor}`).click();
  await admin.locator('#contractor-edit-name').fill('練馬緑化サービス株式会社');
  await admin.getByTestId('contractor-edit-save').click();
  await admin.locator(`[data-testid="contractor-row-${contractor}"]`, { hasText: '練馬緑化サービス株式会社' }).waitFor();
  expect((await contractorOf(contractor)).name).toBe('練馬緑化サービス株式会社');
  await admin.getByTestId(`end-contractor-${contractor}`).click();
  expect(await answerConfirm(admin, false)).toContain('練馬緑化サービス株式会社');
  expect((await contractorOf(contractor)).active).toBe(true);
  await admin.getByTestId(`end-contractor-${contractor}`).click();
  await answerConfirm(admin, true);
  await admin.locator(`[data-testid="contractor-status-${contractor}"]`, { hasText: '契約終了' }).waitFor();
  expect((await contractorOf(contractor)).active).toBe(false);
  await admin.context().close();
}, 120_000);

test('the auditor reads staff, contractors, courses and cohorts, with no way to change them', async () => {
  const created = await api(`mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { account { loginId } temporaryPassword } }`, {
    input: { name: '練馬 監査', nameKana: 'ネリマ カンサ', email: `e2e.auditor.${Date.now()}@example.jp`, role: 'AUDITOR' },
  });
  const { loginId } = created.createStaffAccount.account;
  const password = 'auditor e2e password 2026';
  // First steps over the API: a new password, then an authenticator.
  const first = await e.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', {
    i: loginId,
    p: created.createStaffAccount.temporaryPassword,
  });
  let token: string = first.data.login.accessToken;
  await api('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: created.createStaffAccount.temporaryPassword, n: password }, token);
  token = (await e.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: password })).data.login.accessToken;
  const { secret } = (await api('mutation { startTotpEnrolment { secret } }', {}, token)).startTotpEnrolment;
  await api('mutation($c: String!) { confirmTotpEnrolment(code: $c) { codes } }', { c: await freshTotp(secret, loginId) }, token);

  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, loginId, password, secret);
  for (const [nav, row] of [
    ['nav-staff', 'staff-row-'],
    ['nav-contractors', 'contractor-row-'],
    ['nav-courses', 'course-row-'],
    ['nav-cohorts', 'cohort-row-'],
  ] as const) {
    await page.getByTestId(nav).click();
    await page.waitForURL(`**/admin/${nav.replace('nav-', '')}`);
    for (const width of WIDTHS) {
      await setWidth(page, width);
      await page.locator(`[data-testid^="${row}"]:visible`).first().waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      // Read-only: no edit, disable, end or create controls.
      expect([
        nav,
        await page
          .locator(
            '[data-testid^="staff-disable-"], [data-testid^="staff-edit-"], [data-testid^="end-contractor-"], [data-testid^="edit-contractor-"], [data-testid^="edit-course-"], [data-testid^="edit-cohort-"], [data-testid="new-course"], [data-testid="new-cohort"], [data-testid="staff-form"], [data-testid="contractor-form"]',
          )
          .count(),
      ]).toEqual([nav, 0]);
      await expectClean(page, `auditor ${nav} at ${width}px`);
    }
    await setWidth(page, 1280);
  }
  // A cohort opens read-only: its facts and lottery, no selection steps.
  await page.locator('[data-testid^="open-cohort-"]').first().click();
  await page.getByTestId('cohort-facts').waitFor();
  expect(await page.locator('[data-testid="cohort-lifecycle"], [data-testid="selection-section"], [data-testid="applications-section"]').count()).toBe(0);
  await expectClean(page, 'auditor cohort');
  await page.context().close();
}, 120_000);
