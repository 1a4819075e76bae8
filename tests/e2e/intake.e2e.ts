import type { Page } from 'playwright-core';
import { startE2E, axeViolations, DEMO, type E2E } from './harness';
import { enterTotp, staffApiToken } from './totp';

/**
 * Intake in the browser: a member registers and applies; staff close the cohort, run the
 * lottery and announce; members see their results, take a seat and see the student number;
 * a waitlisted member is offered the seat another declined.
 */
let e: E2E;
const COHORT = '2'; // 防災コース: selected by lottery
const PASSWORD = 'e2e password 2026';

beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.stop());

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) console.log(`${label}:\n  ${violations.join('\n  ')}`);
  expect(violations).toEqual([]);
}

/** Confirms the step the console asks about (ui/confirm.ts renders it with class confirm-step). */
async function confirmStep(page: Page): Promise<void> {
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  await dialog.locator('.el-button--primary').click();
  await dialog.waitFor({ state: 'hidden' });
}

async function apiLogin(loginId: string, password: string): Promise<string> {
  const res = await e.gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: password });
  return res.data.login.accessToken;
}

async function memberLogin(page: Page, loginId: string): Promise<void> {
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/mypage**');
}

/** Registers through the API and confirms the address with the mailed link; returns the login ID. */
async function registerViaApi(n: number): Promise<string> {
  const email = `e2e-intake-${n}-${Date.now()}@example.jp`;
  const res = await e.gql('mutation($input: RegisterInput!) { register(input: $input) }', {
    input: {
      name: `豊玉 ${n}`,
      nameKana: 'トヨタマ',
      email,
      residency: 'RESIDENT',
      address: '東京都練馬区豊玉北6-12-1',
      password: PASSWORD,
      privacyNoticeVersion: '2026-04',
      acceptPrivacyNotice: true,
    },
  });
  expect(res.data?.register).toBe(true);
  return e.confirmRegistration(email);
}

async function statusOf(loginId: string): Promise<string> {
  const token = await apiLogin(loginId, PASSWORD);
  const res = await e.gql('{ myApplications { status cohort { id } } }', {}, token);
  return res.data.myApplications.find((a: any) => a.cohort.id === COHORT).status;
}

test('apply → lottery → announce → take a seat → waitlist moves up', async () => {
  const staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  // Two places for three applicants, so the lottery is needed and someone waits.
  const set = await e.gql(
    `mutation { updateCohort(id: ${COHORT}, input: { academicYear: 2027, capacity: 2, applicationOpensAt: "2026-01-01T09:00:00+09:00", applicationClosesAt: "2030-01-01T09:00:00+09:00", startsOn: "2030-04-10", endsOn: "2031-03-15", selectionMethod: LOTTERY, status: OPEN }) { id } }`,
    {},
    staffToken,
  );
  expect(set.errors).toBeUndefined();

  // A member registers in the browser and applies.
  const page = await e.newPage();
  await page.goto(`${e.url}/register`);
  await page.fill('#reg-name', '練馬 一郎');
  await page.fill('#reg-name-kana', 'ネリマ イチロウ');
  const uiEmail = `e2e-apply-${Date.now()}@example.jp`;
  await page.fill('#reg-email', uiEmail);
  await page.check('#reg-residency-RESIDENT');
  await page.fill('#reg-address', '東京都練馬区豊玉北6-12-1');
  await page.fill('#reg-password', PASSWORD);
  await page.fill('#reg-password-confirmation', PASSWORD);
  await page.check('#reg-agree');
  await page.getByTestId('register-submit').click();
  await page.getByTestId('register-complete').waitFor();
  // The login ID is shown on the page the confirmation mail links to.
  await page.goto(await e.mailLink(uiEmail, '/confirm-email'));
  const uiMember = (await page.getByTestId('login-id').innerText()).trim();
  await memberLogin(page, uiMember);

  await page.goto(`${e.url}/`);
  await page.getByTestId(`apply-${COHORT}`).click();
  await page.locator('#apply-basis-RESIDENT').waitFor();
  await expectAccessible(page, 'apply form');
  await page.check('#apply-basis-RESIDENT');
  await page.check('#apply-contact-EMAIL');
  await page.getByTestId('apply-submit').click();
  await page.waitForURL('**/mypage/applications');
  await page.getByTestId('my-application').first().waitFor();
  expect(await page.getByTestId('my-application').first().getAttribute('data-status')).toBe('SUBMITTED');
  await expectAccessible(page, 'my applications (submitted)');

  // Two more members apply through the API.
  const others = [await registerViaApi(1), await registerViaApi(2)];
  for (const loginId of others) {
    const token = await apiLogin(loginId, PASSWORD);
    const res = await e.gql(`mutation { applyToCohort(input: { cohortId: ${COHORT}, eligibilityBasis: RESIDENT, preferredContact: EMAIL, emailAlerts: true }) { id } }`, {}, token);
    expect(res.errors).toBeUndefined();
  }

  // Staff close the cohort, freeze and draw the lottery, download the transcript, announce.
  const admin = await e.newPage();
  await admin.goto(`${e.url}/admin/login`);
  await admin.fill('#login-identifier', DEMO.staff.loginId);
  await admin.fill('#login-password', DEMO.staff.password);
  await admin.getByTestId('login-submit').click();
  await enterTotp(admin, DEMO.staff.loginId);
  await admin.waitForURL((url) => !url.pathname.endsWith('/login'));
  await admin.goto(`${e.url}/admin/cohorts/${COHORT}`);
  await admin.getByTestId('close-cohort').click();
  await admin.getByTestId('cohort-status').and(admin.locator('[data-status="CLOSED"]')).waitFor();
  await expectAccessible(admin, 'admin cohort (closed)');
  // Each irreversible step asks first (the console's confirmation dialog).
  await admin.getByTestId('freeze-lottery').click();
  await confirmStep(admin);
  const commitment = (await admin.getByTestId('lottery-commitment').innerText()).trim();
  expect(commitment).toMatch(/[0-9a-f]{64}/);
  await admin.fill('#lottery-seed', '20261128');
  await admin.getByTestId('draw-lottery').click();
  await confirmStep(admin);
  await admin.getByTestId('lottery-order').waitFor();
  const download = admin.waitForEvent('download');
  await admin.getByTestId('download-transcript').click();
  const transcript = JSON.parse(
    await (await download).createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }),
  );
  expect(transcript.commitment).toBe(commitment.match(/[0-9a-f]{64}/)![0]);
  expect(transcript.accepted).toHaveLength(2);
  expect(transcript.waitlisted).toHaveLength(1);

  // Nothing is visible to applicants before the announcement.
  expect(await statusOf(uiMember)).toBe('SUBMITTED');

  await admin.getByTestId('announce').click();
  await confirmStep(admin);
  await admin.getByTestId('cohort-status').and(admin.locator('[data-status="ANNOUNCED"]')).waitFor();
  await expectAccessible(admin, 'admin cohort (announced)');

  const members = [uiMember, ...others];
  const statuses = await Promise.all(members.map(statusOf));
  const offered = members.filter((_, i) => statuses[i] === 'OFFERED');
  const waiting = members.filter((_, i) => statuses[i] === 'WAITLISTED');
  expect(offered).toHaveLength(2);
  expect(waiting).toHaveLength(1);

  // The first offered member takes the seat in the browser and sees the student number.
  await page.context().clearCookies();
  const first = await e.newPage();
  await memberLogin(first, offered[0]);
  await expect(first.getByTestId('unread-count').innerText()).resolves.toMatch(/1/);
  await first.goto(`${e.url}/mypage/notices`);
  await first.locator('main').getByText('受講決定').first().waitFor();
  // The result notice is stored as a code; the portal writes it in Japanese, deadline included, with no English in it.
  await first.getByTestId('notice-toggle').first().click();
  const noticeText = await first.getByTestId('notice-body').first().innerText();
  expect(noticeText).toContain('受講するかどうかを回答してください');
  expect(noticeText).toMatch(/\d{4}/);
  expect(noticeText).not.toMatch(/[A-Za-z]{3,}/);
  await expectAccessible(first, 'notices');
  await first.goto(`${e.url}/mypage/applications`);
  // Taking the place asks first: the question says what follows, and nothing happens until it is answered.
  await first.getByTestId('accept-offer').click();
  expect(await first.getByTestId('accept-offer-confirmation').innerText()).toContain('学籍番号');
  await expectAccessible(first, 'my applications (accept asks first)');
  expect(await first.locator('[data-testid="my-application"][data-status="OFFERED"]').count()).toBe(1);
  await first.getByTestId('accept-offer-confirm').click();
  const number = (await first.getByTestId('student-number').innerText()).trim();
  expect(number).toMatch(/\d{4}-DIS-001/);
  await expectAccessible(first, 'my applications (enrolled)');

  // The second declines; the waitlisted member is offered the seat and takes it.
  const second = await e.newPage();
  await memberLogin(second, offered[1]);
  await second.goto(`${e.url}/mypage/applications`);
  await second.getByTestId('decline-offer').click();
  await second.getByTestId('decline-offer-confirm').click();
  await second.locator('[data-testid="my-application"][data-status="DECLINED"]').waitFor();

  const third = await e.newPage();
  await memberLogin(third, waiting[0]);
  await third.goto(`${e.url}/mypage/applications`);
  await third.locator('[data-testid="my-application"][data-status="OFFERED"]').waitFor();
  await third.getByTestId('accept-offer').click();
  await third.getByTestId('accept-offer-confirm').click();
  expect((await third.getByTestId('student-number').innerText()).trim()).toMatch(/\d{4}-DIS-002/);

  // The roster shows both students.
  await admin.reload();
  await admin.getByTestId(`roster-row-${number.match(/\d{4}-DIS-001/)![0]}`).waitFor();
  await expectAccessible(admin, 'admin roster');
});
