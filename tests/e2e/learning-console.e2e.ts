import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * Class sessions and attendance in the console, in Chromium at both widths. Ward staff plan a
 * cohort's sessions by a weekly pattern (preview, a left-out date, a confirmation), enter one
 * session's attendance with one exception (everyone else present) and see it saved after a
 * reload, and open QR check-in: a QR image with its expiry, closed again through a confirmation.
 */
let e: E2E;
let staffToken: string;
let cohortId: string;
let startsOn: string;
const students: { name: string; loginId: string; studentNumber?: string; enrollmentId?: string }[] = [
  { name: '出欠 一郎', loginId: '' },
  { name: '出欠 二郎', loginId: '' },
];
const PASSWORD = 'e2e learning console 2026';
const MOTIVATION = '地域の活動に参加したいと考え、この講座で基礎から学びたいと思い申し込みます。';

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()?.width;
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label} @${width}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function sessionsOf(): Promise<Array<{ id: string; startsAt: string; title: string; cancelledAt: string | null }>> {
  return (await gqlOk(`query($id: ID!) { cohort(id: $id) { classSessions { id startsAt title cancelledAt } } }`, { id: cohortId }, staffToken)).cohort.classSessions;
}

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  const open = (await gqlOk('{ openCohorts { id selectionMethod } }')).openCohorts as Array<{ id: string; selectionMethod: string }>;
  const target = open.find((c) => c.selectionMethod === 'REVIEW') ?? open[0];
  cohortId = target.id;
  const c = (await gqlOk(`{ cohort(id: ${cohortId}) { academicYear capacity applicationOpensAt applicationClosesAt startsOn endsOn selectionMethod status resultsOn } }`)).cohort;
  startsOn = c.startsOn;
  const { resultsOn: _r, ...input } = c;
  await gqlOk(`mutation($id: ID!, $input: CohortUpdateInput!) { updateCohort(id: $id, input: $input) { id } }`, { id: cohortId, input: { ...input, capacity: 200 } }, staffToken);
  const privacy = (await gqlOk('{ privacyNotice { version } }')).privacyNotice.version;
  const applications: { id: string; token: string }[] = [];
  for (const [i, s] of students.entries()) {
    const email = `e2e-learning-console-${i}-${Date.now()}@example.jp`;
    await gqlOk('mutation($input: RegisterInput!) { register(input: $input) }', {
      input: {
        name: s.name,
        nameKana: i === 0 ? 'シュッケツ イチロウ' : 'シュッケツ ジロウ',
        email,
        residency: 'RESIDENT',
        address: '東京都練馬区豊玉北6-12-1',
        password: PASSWORD,
        privacyNoticeVersion: privacy,
        acceptPrivacyNotice: true,
      },
    });
    s.loginId = await e.confirmRegistration(email);
    const token = (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: s.loginId, p: PASSWORD })).login.accessToken;
    const app = (
      await gqlOk(
        `mutation { applyToCohort(input: { cohortId: ${cohortId}, eligibilityBasis: RESIDENT, motivation: "${MOTIVATION}", preferredContact: EMAIL, emailAlerts: false }) { id } }`,
        {},
        token,
      )
    ).applyToCohort;
    applications.push({ id: app.id, token });
  }
  await gqlOk(`mutation { changeCohortStatus(id: ${cohortId}, status: CLOSED) { id } }`, {}, staffToken);
  await gqlOk(`mutation { runSelection(cohortId: ${cohortId}) { id } }`, {}, staffToken);
  await gqlOk(`mutation { announceCohort(cohortId: ${cohortId}) { id } }`, {}, staffToken);
  for (const a of applications) await gqlOk(`mutation { respondToOffer(applicationId: ${a.id}, accept: true) { id } }`, {}, a.token);
  const roster = (await gqlOk(`query($id: ID!) { cohortRoster(cohortId: $id) { id studentNumber student { name } } }`, { id: cohortId }, staffToken)).cohortRoster;
  for (const s of students) {
    const row = roster.find((r: any) => r.student?.name === s.name);
    s.studentNumber = row.studentNumber;
    s.enrollmentId = row.id;
  }
});
afterAll(() => e?.stop());

test('staff plan the sessions by a weekly pattern, record one exception, and open QR check-in', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);

  // From the cohort page to its sessions.
  await page.goto(`${e.url}/admin/cohorts/${cohortId}`);
  await page.getByTestId('cohort-sessions-link').click();
  await page.waitForURL(`**/admin/cohorts/${cohortId}/sessions`);
  await page.getByTestId('sessions-table').waitFor();
  await checkPage(page, 'sessions (empty)');

  // Every day for a week from the cohort's first day, leaving the third day out: six sessions.
  await page.fill('#plan-title-input', '地域活動の基礎');
  await page.fill('#plan-venue', '練馬区役所 本庁舎 会議室');
  for (const d of ['0', '1', '2', '3', '4', '5', '6']) await page.getByTestId('plan-weekdays').locator(`input[value="${d}"]`).check();
  await page.fill('#plan-start', '10:00');
  await page.fill('#plan-end', '12:00');
  await page.fill('#plan-from', startsOn);
  await page.fill('#plan-to', addDays(startsOn, 6));
  await page.fill('#plan-skip', addDays(startsOn, 2));
  await page.getByTestId('plan-skip-add').click();
  await page.getByTestId('plan-skip-list').waitFor();
  await page.getByTestId('plan-preview').click();
  await page.getByTestId('plan-drafts').waitFor();
  expect(await page.getByTestId('plan-draft').count()).toBe(6);
  const first = await page.getByTestId('plan-draft').first().innerText();
  expect(first).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) 10:00〜12:00/);
  expect(await sessionsOf()).toHaveLength(0);
  await checkPage(page, 'sessions (preview)');

  await page.getByTestId('plan-save').click();
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  await checkPage(page, 'sessions (confirm)');
  await dialog.locator('.el-button--primary').click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('.el-message--success').filter({ hasText: '6回を作成しました' }).waitFor();
  await page.getByTestId('session-row-6').waitFor();
  const sessions = await sessionsOf();
  expect(sessions).toHaveLength(6);
  expect(sessions.map((s) => s.title)).toEqual(Array(6).fill('地域活動の基礎'));
  await checkPage(page, 'sessions (planned)');

  // Rescheduling asks for the reason the students are told; cancelling asks for one and confirms.
  await page.getByTestId('reschedule-6').click();
  await page.getByTestId('reschedule-form').waitFor();
  await page.fill('#edit-start', '13:00');
  await page.fill('#edit-end', '15:00');
  await page.getByTestId('reschedule-save').click();
  await page.getByTestId('edit-reason-error').waitFor();
  expect(await page.getByTestId('edit-reason-error').innerText()).toContain('理由');
  await checkPage(page, 'sessions (reschedule needs a reason)');
  await page.fill('#edit-reason', '会場の都合により午後に変更します。');
  await page.getByTestId('reschedule-save').click();
  await page.getByTestId('reschedule-form').waitFor({ state: 'hidden' });
  expect(await page.getByTestId('session-row-6').innerText()).toContain('13:00〜15:00');
  // The change is kept and shown: from when to when, and why.
  const changes = page.getByTestId('session-changes-6');
  await changes.locator('summary').click();
  const changeText = await changes.innerText();
  expect(changeText).toContain('変更履歴（1件）');
  expect(changeText).toMatch(/10:00〜12:00 → .*13:00〜15:00/);
  expect(changeText).toContain('理由：会場の都合により午後に変更します。');

  await page.getByTestId('cancel-5').click();
  await page.fill('#cancel-reason', '荒天のため休講とします。');
  await page.getByTestId('cancel-save').click();
  await page.locator('.confirm-step').waitFor();
  await page.locator('.confirm-step .el-button--danger').click();
  await page.getByTestId('session-row-5').getByTestId('session-cancelled').waitFor();
  expect(await page.getByTestId('session-row-5').innerText()).toContain('荒天のため休講とします。');
  expect((await sessionsOf())[4].cancelledAt).toBeTruthy();
  await checkPage(page, 'sessions (rescheduled and cancelled)');

  // One more session, on its own: the final field work, required for completion.
  await page.fill('#one-title-input', '修了前のまとめ');
  await page.getByTestId('one-kind').selectOption('FIELD_WORK');
  await page.fill('#one-venue', '石神井公園');
  await page.fill('#one-date', addDays(startsOn, 6));
  await page.fill('#one-start', '16:00');
  await page.fill('#one-end', '17:30');
  await page.getByTestId('one-required').check();
  await page.getByTestId('one-save').click();
  await page.locator('.el-message--success').filter({ hasText: '講義の回を追加しました' }).waitFor();
  await page.getByTestId('session-row-7').waitFor();
  const row7 = await page.getByTestId('session-row-7').innerText();
  expect(row7).toContain('16:00〜17:30');
  expect(row7).toContain('現地活動');
  expect(row7).toContain('必修');
  expect(await sessionsOf()).toHaveLength(7);

  // The first session's attendance: everyone present, one absence.
  await page.getByTestId('attendance-link-1').click();
  await page.waitForURL(`**/admin/sessions/${sessions[0].id}/attendance`);
  const [a, b] = students;
  const selectA = page.getByTestId(`status-${a.studentNumber}`);
  await selectA.waitFor();
  expect(await selectA.inputValue()).toBe('present');
  expect(await page.getByTestId(`status-${b.studentNumber}`).inputValue()).toBe('present');
  expect(await selectA.locator('option').allInnerTexts()).toEqual(['出席', '遅刻', '早退', '欠席', '届出欠席']);
  await checkPage(page, 'attendance');
  await selectA.selectOption('absent');
  await page.getByTestId('attendance-save').click();
  await page.locator('.el-message--success').filter({ hasText: '出欠を保存しました' }).waitFor();

  await page.reload();
  await page.getByTestId(`status-${a.studentNumber}`).waitFor();
  expect(await page.getByTestId(`status-${a.studentNumber}`).inputValue()).toBe('absent');
  expect(await page.getByTestId(`status-${b.studentNumber}`).inputValue()).toBe('present');
  const sheet = (await gqlOk(`query($id: ID!) { sessionAttendance(classSessionId: $id) { rows { recorded statusCode enrollment { id } } } }`, { id: sessions[0].id }, staffToken))
    .sessionAttendance.rows;
  expect(sheet.find((r: any) => r.enrollment.id === a.enrollmentId)).toEqual({ recorded: true, statusCode: 'absent', enrollment: { id: a.enrollmentId } });
  expect(sheet.find((r: any) => r.enrollment.id === b.enrollmentId)).toEqual({ recorded: true, statusCode: 'present', enrollment: { id: b.enrollmentId } });

  // QR check-in: open, a QR image with its expiry, closed again after a confirmation.
  await page.getByTestId('checkin-open').click();
  const img = page.getByTestId('checkin-qr-image');
  await img.waitFor();
  expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const size = await img.evaluate((el: HTMLImageElement) => ({ natural: el.naturalWidth, shown: el.getBoundingClientRect().width }));
  expect(size.natural).toBeGreaterThan(0);
  expect(size.shown).toBeGreaterThanOrEqual(300);
  expect(await page.getByTestId('checkin-expires').innerText()).toMatch(/有効期限：\d{1,2}:\d{2}/);
  await checkPage(page, 'attendance (check-in open)');
  // The code is fetched again when its 30-second step ends.
  const firstCode = await page.getByTestId('checkin-code').innerText();
  await page.waitForFunction((code) => document.querySelector('[data-testid="checkin-code"]')?.textContent !== code, firstCode, { timeout: 35_000 });
  expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await page.getByTestId('checkin-large').click();
  expect(await img.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(size.shown);
  await page.getByTestId('checkin-close').click();
  await page.locator('.confirm-step').waitFor();
  await page.locator('.confirm-step .el-button--primary').click();
  await page.getByTestId('checkin-open').waitFor();
  expect(await img.count()).toBe(0);
  await page.context().close();
});

describe.each(WIDTHS)('at %i px', (width) => {
  test('the sessions page and the attendance roster are accessible and fit; at 390 px the roster is cards', async () => {
    const page = await e.newPage({ width });
    await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
    const sessions = (await sessionsOf()).filter((s) => !s.cancelledAt);
    expect(sessions.length).toBeGreaterThan(1);
    await page.goto(`${e.url}/admin/cohorts/${cohortId}/sessions`);
    await page.getByTestId('session-row-1').waitFor();
    await checkPage(page, 'sessions');

    // A session of its own per width (check-in stays open on it).
    await page.goto(`${e.url}/admin/sessions/${sessions[WIDTHS.indexOf(width) + 1].id}/attendance`);
    const [a] = students;
    await page.getByTestId(`status-${a.studentNumber}`).waitFor();
    expect(await page.getByTestId('attendance-table').locator('.card-list').count()).toBe(width < 768 ? 1 : 0);
    await page.getByTestId(`status-${a.studentNumber}`).selectOption('late');
    await checkPage(page, 'attendance (edited)');
    await page.getByTestId('attendance-save').click();
    await page.locator('.el-message--success').filter({ hasText: '出欠を保存しました' }).waitFor();
    await page.reload();
    await page.getByTestId(`status-${a.studentNumber}`).waitFor();
    expect(await page.getByTestId(`status-${a.studentNumber}`).inputValue()).toBe('late');
    await page.getByTestId('checkin-open').click();
    await page.getByTestId('checkin-qr-image').waitFor();
    await checkPage(page, 'attendance (check-in open)');
    await page.context().close();
  });
});
