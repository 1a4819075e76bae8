import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

// jsqr's CommonJS export is the function itself (its types say `export default`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsQR: typeof import('jsqr').default = require('jsqr');

/**
 * Learning flows end to end, in Chromium: a correction of attendance after the session's day
 * (a reason is asked for, nothing is saved without it; the member then reads the correction and
 * its reason on my course), the QR code of check-in read from the console's image and used on a
 * phone (present, source `checkin`; the same URL again is refused), a contractor's console limited
 * to their own field (another field's pages by URL show "not found", never data), and withdrawal
 * carried through to the completion run (the member's own from my course, one recorded by staff;
 * both counted as withdrawn, not as not completed, and neither gets a certificate).
 *
 * The cohort: a cohort's dates are locked after selection and seats are taken before the start,
 * so a cohort that has started can only be had from the demo seed: this academic year's running
 * welfare cohort, whose students are the demo members M90000001…M90000006 and whose sessions
 * before today have attendance. Its end (endsOn) is in a later year and cannot be moved; a
 * cohort created with a past end could take no withdrawal ('withdrawal.ended'). So "after the
 * end" is the cohort moved to FINISHED, which is what the completion run accepts besides a past endsOn.
 */
let e: E2E;
let staffToken: string;
let cohortId: string;
/** The running cohort's students by login ID: enrollment ID, student number, name. */
const students = new Map<string, { enrollmentId: string; studentNumber: string; name: string; applicationId?: string }>();
/** The staff console (ward staff, all fields) at 1280 px, logged in once. */
let staffPage: Page;

const MEMBER_PASSWORD = 'demo-member-2026';
const MIN = 60_000;
const NOT_FOUND = 'お探しの情報が見つからないか、表示する権限がありません。';

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** axe-core, English sentences and horizontal overflow on the page as it is now. */
async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()?.width;
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label} @${width}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

async function memberToken(loginId: string): Promise<string> {
  return (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: MEMBER_PASSWORD })).login.accessToken;
}

/** On the member portal's login page: logs in and waits until it has left the login page. */
async function memberLoginHere(page: Page, loginId: string): Promise<void> {
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', MEMBER_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

async function sheet(sessionId: string): Promise<Array<{ statusCode: string; recorded: boolean; enrollment: { id: string }; attendance: any }>> {
  return (
    await gqlOk(
      `query($id: ID!) { sessionAttendance(classSessionId: $id) { rows { statusCode recorded enrollment { id } attendance { source statusCode changes { fromStatus toStatus reason source } } } } }`,
      { id: sessionId },
      staffToken,
    )
  ).sessionAttendance.rows;
}

async function createSession(cohort: string, startsAt: Date, endsAt: Date, title: string): Promise<string> {
  return (
    await gqlOk(
      'mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }',
      {
        input: {
          cohortId: cohort,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          title,
          venue: '練馬区役所 本庁舎 19階 研修室',
          kind: 'LECTURE',
          countsTowardCompletion: true,
        },
      },
      staffToken,
    )
  ).createClassSession.id;
}

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  const first = await memberToken('M90000001');
  const mine = (await gqlOk('{ myApplications { id status enrollment { withdrawnAt } cohort { id status } } }', {}, first)).myApplications as any[];
  const running = mine.find((a) => a.status === 'ENROLLED' && a.cohort.status === 'RUNNING' && !a.enrollment?.withdrawnAt);
  if (!running) throw new Error('M90000001 is not a student of a running cohort in the demo seed');
  cohortId = running.cohort.id;
  const roster = (await gqlOk(`query($id: ID!) { cohortRoster(cohortId: $id) { id studentNumber withdrawnAt student { loginId name } } }`, { id: cohortId }, staffToken))
    .cohortRoster as any[];
  for (const r of roster) students.set(r.student.loginId, { enrollmentId: r.id, studentNumber: r.studentNumber, name: r.student.name });
  expect([...students.keys()].sort()).toEqual(['M90000001', 'M90000002', 'M90000003', 'M90000004', 'M90000005', 'M90000006']);

  staffPage = await e.newPage({ width: 1280 });
  await staffBrowserLogin(staffPage, e.url, DEMO.staff.loginId, DEMO.staff.password);
});
afterAll(async () => {
  await staffPage?.context().close();
  await e?.stop();
});

test('a correction after the session day asks for a reason and saves nothing without it; the member reads it with the reason on my course', async () => {
  const student = students.get('M90000001')!;
  const sessions = (await gqlOk(`query($id: ID!) { cohort(id: $id) { classSessions { id startsAt endsAt cancelledAt } } }`, { id: cohortId }, staffToken)).cohort
    .classSessions as Array<{ id: string; startsAt: string; endsAt: string; cancelledAt: string | null }>;
  // A session whose Tokyo day is over (not yesterday's, so no clock edge can matter), recorded present.
  const past = sessions.filter((s) => !s.cancelledAt && Date.parse(s.endsAt) < Date.now() - 2 * 24 * 60 * MIN);
  expect(past.length).toBeGreaterThan(0);
  const session = past[0];
  const before = (await sheet(session.id)).find((r) => r.enrollment.id === student.enrollmentId)!;
  expect(before).toMatchObject({ recorded: true, statusCode: 'present', attendance: { changes: [] } });

  const page = staffPage;
  await page.goto(`${e.url}/admin/sessions/${session.id}/attendance`);
  const select = page.getByTestId(`status-${student.studentNumber}`);
  await select.waitFor();
  expect(await select.inputValue()).toBe('present');
  await checkPage(page, 'attendance (past session)');

  // Changed and saved without a reason: the reason field appears with the server's answer, in Japanese.
  await select.selectOption('excused');
  await page.getByTestId('attendance-save').click();
  const reasonError = page.getByTestId('attendance-reason-error');
  await reasonError.waitFor();
  expect(await reasonError.innerText()).toContain('講義日を過ぎた出欠の訂正には、理由を入力してください。');
  expect(await page.locator('#attendance-reason').getAttribute('aria-describedby')).toBe('attendance-reason-error');
  await checkPage(page, 'attendance (correction needs a reason)');
  const unchanged = (await sheet(session.id)).find((r) => r.enrollment.id === student.enrollmentId)!;
  expect(unchanged).toMatchObject({ statusCode: 'present', attendance: { statusCode: 'present', changes: [] } });

  // With a reason: saved, and kept with the record.
  const REASON = '欠席の届出が後日、紙で提出されたため訂正します。';
  await page.fill('#attendance-reason', REASON);
  await page.getByTestId('attendance-save').click();
  await page.locator('.el-message--success').filter({ hasText: '出欠を保存しました' }).waitFor();
  await page.getByTestId('attendance-reason').waitFor({ state: 'detached' });
  await checkPage(page, 'attendance (correction saved)');
  const after = (await sheet(session.id)).find((r) => r.enrollment.id === student.enrollmentId)!;
  expect(after.statusCode).toBe('excused');
  expect(after.attendance.changes).toEqual([{ fromStatus: 'present', toStatus: 'excused', reason: REASON, source: 'entry' }]);
  // Nobody else's record changed (everyone else was saved as they were).
  expect((await sheet(session.id)).filter((r) => r.attendance?.changes.length).map((r) => r.enrollment.id)).toEqual([student.enrollmentId]);
  await page.reload();
  await select.waitFor();
  expect(await select.inputValue()).toBe('excused');

  // The member's my course: the session reads 届出欠席, with the correction, its source and its reason.
  const member = await e.newPage({ width: 390 });
  await member.goto(`${e.url}/login`);
  await memberLoginHere(member, 'M90000001');
  await member.goto(`${e.url}/mypage/courses/${cohortId}`);
  const row = member.locator(`[data-testid="my-session"][data-session-id="${session.id}"]`);
  await row.waitFor();
  expect(await row.getByTestId('my-session-status').innerText()).toBe('届出欠席');
  const changes = row.getByTestId('my-session-changes');
  expect(await changes.locator('summary').innerText()).toBe('出欠の訂正の記録（1件）');
  await changes.locator('summary').click();
  const item = changes.locator('li');
  await item.waitFor();
  const text = await item.innerText();
  expect(text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) \d{1,2}:\d{2}：出席 から 届出欠席 に訂正/);
  expect(text).toContain('（講義回ごとの入力）');
  expect(text).toContain(`理由：${REASON}`);
  await checkPage(member, 'my course (correction shown)');
  await member.context().close();
});

test('the QR image in the console decodes to the check-in URL; a student checks in with it on a phone (present, source checkin); the same URL again is refused', async () => {
  const student = students.get('M90000002')!;
  const sessionId = await createSession(cohortId, new Date(Date.now() - 10 * MIN), new Date(Date.now() + 80 * MIN), '今日の講義（QRチェックイン）');

  const page = staffPage;
  await page.goto(`${e.url}/admin/sessions/${sessionId}/attendance`);
  await page.getByTestId('checkin-open').click();
  const img = page.getByTestId('checkin-qr-image');
  await img.waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-testid="checkin-qr-image"]') as HTMLImageElement | null)?.complete === true);
  await checkPage(page, 'attendance (check-in open)');

  // The image as the browser drew it, read pixel by pixel, with the code shown beside it at the same moment.
  const shot = await img.evaluate((el: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(el, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
    return { width: canvas.width, height: canvas.height, rgba: Array.from(data), code: document.querySelector('[data-testid="checkin-code"]')?.textContent?.trim() ?? '' };
  });
  expect(shot.width).toBeGreaterThan(100);
  const decoded = jsQR(Uint8ClampedArray.from(shot.rgba), shot.width, shot.height);
  expect(decoded).not.toBeNull();
  const url = new URL(decoded!.data);
  expect(url.pathname).toBe(`/check-in/${sessionId}`);
  expect(url.searchParams.get('code')).toBe(shot.code);
  // The server's public URL is not the test server's: the path and query are what the phone follows.
  const checkInPath = `${url.pathname}${url.search}`;

  // On the phone: not logged in, so the login page; after the login, back on the check-in page.
  const phone = await e.newPage({ width: 390 });
  await phone.goto(`${e.url}${checkInPath}`);
  await phone.waitForURL('**/login?**');
  expect(await phone.getByTestId('login-reason').innerText()).toContain('出席を記録するには');
  await memberLoginHere(phone, 'M90000002');
  await phone.waitForURL(`**/check-in/${sessionId}?code=${shot.code}`);
  await phone.getByTestId('check-in-session').waitFor();
  expect(await phone.getByTestId('check-in-session').innerText()).toContain('今日の講義（QRチェックイン）');
  await checkPage(phone, 'check-in (from the decoded QR)');
  await phone.getByTestId('check-in-submit').click();
  const done = phone.locator('[data-testid="check-in-done"][data-status="present"]');
  await done.waitFor();
  expect(await phone.getByTestId('check-in-status').innerText()).toBe('出席');
  expect(await done.innerText()).toContain('この回の出席を記録しました。');
  await checkPage(phone, 'check-in (present)');

  // The staff sheet: present, written by the check-in (source `checkin`), no one else recorded.
  const rows = await sheet(sessionId);
  expect(rows.find((r) => r.enrollment.id === student.enrollmentId)).toMatchObject({ recorded: true, statusCode: 'present', attendance: { source: 'checkin', changes: [] } });
  expect(rows.filter((r) => r.recorded)).toHaveLength(1);
  // …and the console shows it after a reload.
  await page.reload();
  await page.getByTestId(`status-${student.studentNumber}`).waitFor();
  expect(await page.getByTestId(`status-${student.studentNumber}`).inputValue()).toBe('present');

  // The same URL once more: this code was used.
  await phone.goto(`${e.url}${checkInPath}`);
  await phone.getByTestId('check-in-submit').click();
  const error = phone.getByTestId('check-in-error');
  await error.waitFor();
  expect(await error.innerText()).toBe('このコードはすでに使われました。画面のQRコードをもう一度読み取ってください。');
  await checkPage(phone, 'check-in (same URL again)');
  // The next code the console shows (it changes every 30 seconds): already checked in, with the status.
  await page.waitForFunction((used) => document.querySelector('[data-testid="checkin-code"]')?.textContent?.trim() !== used, shot.code, { timeout: 35_000 });
  const next = (await page.getByTestId('checkin-code').innerText()).trim();
  expect(next).toMatch(/^[A-Za-z0-9_-]{16}$/);
  await phone.goto(`${e.url}/check-in/${sessionId}?code=${next}`);
  await phone.getByTestId('check-in-submit').click();
  await phone.getByTestId('check-in-error').filter({ hasText: 'この回の出席は、すでに記録されています（出席）。' }).waitFor();
  await checkPage(phone, 'check-in (next code, already present)');
  expect((await sheet(sessionId)).find((r) => r.enrollment.id === student.enrollmentId)!.attendance.changes).toEqual([]);
  await phone.context().close();
});

test('a contractor sees only their field: greenery cohorts listed; another field’s sessions, attendance and completion pages by URL show not found, their own work', async () => {
  const courses = (await gqlOk('{ courses { fieldCode cohorts { id startsOn endsOn } } }', {}, staffToken)).courses as Array<{
    fieldCode: string;
    cohorts: Array<{ id: string; startsOn: string; endsOn: string }>;
  }>;
  const all = courses.flatMap((c) => c.cohorts.map((h) => ({ ...h, course: { fieldCode: c.fieldCode } })));
  const green = all.filter((c) => c.course.fieldCode === 'GREENERY' || c.course.fieldCode === 'greenery');
  expect(green.length).toBeGreaterThan(0);
  expect(all.length).toBeGreaterThan(green.length);
  const own = green[0];
  const ownSession = await createSession(own.id, new Date(`${own.startsOn}T10:00:00+09:00`), new Date(`${own.startsOn}T12:00:00+09:00`), 'みどりの講義（第1回）');
  const otherSession = (await gqlOk(`query($id: ID!) { cohort(id: $id) { classSessions { id } } }`, { id: cohortId }, staffToken)).cohort.classSessions[0].id;

  // Over the API, too: another field's cohort and session do not exist for the contractor.
  const contractorToken = await staffApiToken(e, DEMO.greenery.loginId, DEMO.greenery.password);
  const refused = await e.gql(`query($id: ID!) { cohort(id: $id) { id classSessions { id } } }`, { id: cohortId }, contractorToken);
  expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const refusedSheet = await e.gql(`query($id: ID!) { sessionAttendance(classSessionId: $id) { rows { statusCode } } }`, { id: otherSession }, contractorToken);
  expect(refusedSheet.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.greenery.loginId, DEMO.greenery.password);
  await page.goto(`${e.url}/admin/cohorts`);
  await page.locator('[data-testid^="cohort-row-"]').first().waitFor();
  const listed = await page.locator('[data-testid^="cohort-row-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.replace('cohort-row-', '')));
  expect(listed.sort()).toEqual(green.map((c) => c.id).sort());
  await checkPage(page, 'contractor: cohorts');

  // Another field's pages by URL: the not-found notice, and none of the data.
  const welfareNames = [...students.values()].map((s) => s.name);
  for (const [path, dataTestid] of [
    [`/admin/cohorts/${cohortId}/sessions`, 'sessions-table'],
    [`/admin/sessions/${otherSession}/attendance`, 'attendance-section'],
    [`/admin/cohorts/${cohortId}/completion`, 'progress-section'],
  ] as const) {
    await page.goto(`${e.url}${path}`);
    const error = page.getByTestId('load-error');
    await error.waitFor();
    expect((await error.innerText()).trim()).toBe(NOT_FOUND);
    expect(await page.getByTestId(dataTestid).count()).toBe(0);
    const body = await page.locator('main').innerText();
    for (const name of welfareNames) expect(body).not.toContain(name);
    await checkPage(page, `contractor: other field ${path}`);
  }

  // Their own field's pages work.
  await page.goto(`${e.url}/admin/cohorts/${own.id}/sessions`);
  await page.getByTestId('session-row-1').waitFor();
  expect(await page.getByTestId('session-row-1').innerText()).toContain('みどりの講義（第1回）');
  expect(await page.getByTestId('load-error').count()).toBe(0);
  await checkPage(page, 'contractor: own sessions');
  await page.getByTestId('attendance-link-1').click();
  await page.waitForURL(`**/admin/sessions/${ownSession}/attendance`);
  await page.getByTestId('attendance-section').waitFor();
  expect(await page.locator('h1').innerText()).toContain('みどりの講義（第1回）');
  expect(await page.getByTestId('load-error').count()).toBe(0);
  await checkPage(page, 'contractor: own attendance');
  await page.goto(`${e.url}/admin/cohorts/${own.id}/completion`);
  await page.getByTestId('progress-section').waitFor();
  expect(await page.getByTestId('load-error').count()).toBe(0);
  await checkPage(page, 'contractor: own completion');
  await page.context().close();
});

test('the home page counts the running cohorts’ students at risk (no names); its link opens the progress list filtered to them', async () => {
  const overview = (await gqlOk('{ atRiskOverview { cohortId studentCount atRisk notAchievable } }', {}, staffToken)).atRiskOverview as any[];
  const mine = overview.find((c) => c.cohortId === cohortId);
  expect(mine.atRisk + mine.notAchievable).toBeGreaterThan(0);
  await staffPage.goto(`${e.url}/admin/`);
  const card = staffPage.getByTestId(`home-at-risk-${cohortId}`);
  await card.waitFor();
  const text = await card.innerText();
  if (mine.atRisk) expect(text).toContain(`修了が危ぶまれる受講生 ${mine.atRisk}人（${mine.studentCount}人中）`);
  if (mine.notAchievable) expect(text).toContain(`修了の基準に届かなくなった受講生 ${mine.notAchievable}人`);
  // Counts only: no student's name on the home page.
  for (const s of students.values()) expect(text).not.toContain(s.name);
  await checkPage(staffPage, 'home (at risk)');
  await staffPage.getByTestId(`home-at-risk-link-${cohortId}`).click();
  await staffPage.waitForURL(`**/admin/cohorts/${cohortId}/completion?atRisk=1`);
  expect(await staffPage.getByTestId('progress-at-risk').isChecked()).toBe(true);
  const atRiskRows = await gqlOk(`query($c: ID!) { atRiskStudents(cohortId: $c) { enrollment { studentNumber } } }`, { c: cohortId }, staffToken);
  const expected = atRiskRows.atRiskStudents.map((r: any) => r.enrollment.studentNumber).sort();
  const table = staffPage.getByTestId('progress-table');
  await table.getByText(expected[0]).first().waitFor();
  for (const s of students.values()) {
    const shown = (await table.getByText(s.studentNumber).count()) > 0;
    expect({ number: s.studentNumber, shown }).toEqual({ number: s.studentNumber, shown: expected.includes(s.studentNumber) });
  }
  await checkPage(staffPage, 'completion (at risk only)');
});

test('a course names its own attendance status before its first session; it counts as chosen and reads by its name', async () => {
  const course = (
    await gqlOk(
      'mutation($i: CourseInput!) { createCourse(input: $i) { id } }',
      {
        i: {
          fieldCode: 'WELFARE',
          title: '出欠区分の確認講座',
          description: '出欠の区分を確かめるための講座です。',
          eligibility: ['RESIDENT'],
          motivationRequired: false,
          minAttendanceRate: 80,
        },
      },
      staffToken,
    )
  ).createCourse;
  await staffPage.goto(`${e.url}/admin/courses/${course.id}/edit`);
  await staffPage.getByTestId('course-statuses-table').waitFor();
  await staffPage.getByTestId('course-status-excused').waitFor();
  expect(await staffPage.getByTestId('course-statuses').innerText()).toContain('届出欠席');
  await checkPage(staffPage, 'course statuses');
  // A new status needs its name.
  await staffPage.getByTestId('status-add').click();
  await staffPage.getByTestId('status-label-error').waitFor();
  await staffPage.fill('#status-label', 'オンライン参加');
  await staffPage.fill('#status-label-en', 'Joined online');
  await staffPage.getByTestId('status-counts').check();
  await staffPage.getByTestId('status-add').click();
  await staffPage.locator('.el-message--success').filter({ hasText: 'オンライン参加' }).waitFor();
  await staffPage.getByTestId('course-status-joinedOnline').waitFor();
  // Excused absences count as attended in this course.
  await staffPage.getByTestId('course-status-counts-excused').check();
  await staffPage.locator('.el-message--success').filter({ hasText: '届出欠席' }).waitFor();
  const statuses = (await gqlOk(`query($c: ID!) { attendanceStatuses(courseId: $c) { code countsAsAttended label labelEn courseOwn } }`, { c: course.id }, staffToken))
    .attendanceStatuses as any[];
  expect(statuses.find((s) => s.code === 'joinedOnline')).toEqual({
    code: 'joinedOnline',
    countsAsAttended: true,
    label: 'オンライン参加',
    labelEn: 'Joined online',
    courseOwn: true,
  });
  expect(statuses.find((s) => s.code === 'excused')).toMatchObject({ countsAsAttended: true, courseOwn: true });
  await checkPage(staffPage, 'course statuses (added)');
});

test('withdrawal carried through: the member withdraws on my course, staff record another; after the end both count as withdrawn, not as not completed, and get no certificate', async () => {
  const self = students.get('M90000003')!;
  const byStaff = students.get('M90000005')!;
  const selfToken = await memberToken('M90000003');
  const enrollmentOf = async (id: string) =>
    (await gqlOk(`query($id: ID!) { cohortRoster(cohortId: $id) { id withdrawnAt withdrawalReason withdrawalText } }`, { id: cohortId }, staffToken)).cohortRoster.find(
      (r: any) => r.id === id,
    );

  // The member, on a phone: the reason category is required; then the confirmation names it.
  const member = await e.newPage({ width: 390 });
  await member.goto(`${e.url}/login`);
  await memberLoginHere(member, 'M90000003');
  await member.goto(`${e.url}/mypage/courses/${cohortId}`);
  await member.getByTestId('my-course-withdraw').waitFor();
  await checkPage(member, 'my course (withdrawal offered)');
  await member.getByTestId('withdraw-course').click();
  await member.getByTestId('withdraw-course-confirmation').waitFor();
  await member.getByTestId('withdraw-course-confirm').click();
  await member.getByTestId('withdraw-reason-error').waitFor();
  expect(await member.getByTestId('withdraw-reason-error').innerText()).toContain('退学の理由を選んでください。');
  await checkPage(member, 'my course (withdrawal needs a reason)');
  expect((await enrollmentOf(self.enrollmentId)).withdrawnAt).toBeNull();

  await member.getByTestId('withdraw-reason-WORK').check();
  await member.fill('#withdraw-text', '勤務先の異動で土曜日に通えなくなりました。');
  await member.getByTestId('withdraw-course').click();
  const confirmation = member.getByTestId('withdraw-course-confirmation');
  await confirmation.waitFor();
  expect(await confirmation.innerText()).toContain('（理由：仕事の都合）');
  expect(await confirmation.innerText()).toContain('取り消せません');
  await checkPage(member, 'my course (withdrawal confirmation)');
  await member.getByTestId('withdraw-course-confirm').click();
  await member.getByTestId('withdraw-done').waitFor();
  expect(await member.getByTestId('my-course-withdrawn').innerText()).toContain('理由：仕事の都合');
  await member.locator('[data-testid="my-progress"][data-state="WITHDRAWN"]').waitFor();
  expect(await member.getByTestId('my-course-withdraw').count()).toBe(0);
  await checkPage(member, 'my course (withdrawn)');
  expect(await enrollmentOf(self.enrollmentId)).toMatchObject({ withdrawalReason: 'WORK', withdrawalText: '勤務先の異動で土曜日に通えなくなりました。' });
  expect((await enrollmentOf(self.enrollmentId)).withdrawnAt).toBeTruthy();

  // The console's completion page: the member's withdrawal with its category; staff record a second one.
  const page = staffPage;
  await page.goto(`${e.url}/admin/cohorts/${cohortId}/completion`);
  const rowOf = (n: string) => page.locator(`[data-testid="progress-row-${n}"]`).first();
  await rowOf(self.studentNumber).waitFor();
  expect(await rowOf(self.studentNumber).getAttribute('data-state')).toBe('WITHDRAWN');
  expect((await rowOf(self.studentNumber).getByTestId('progress-state').innerText()).trim()).toMatch(/退学$/);
  expect(await rowOf(self.studentNumber).getByTestId('progress-withdrawal-reason').innerText()).toBe('理由：仕事');
  expect(await rowOf(self.studentNumber).getByTestId('withdraw-open').count()).toBe(0);
  await checkPage(page, 'completion (a member withdrew)');

  await rowOf(byStaff.studentNumber).getByTestId('withdraw-open').click();
  const dialog = page.getByTestId('withdraw-dialog');
  await dialog.waitFor();
  await dialog.getByText('家庭', { exact: true }).click();
  await dialog.getByTestId('withdraw-text').fill('家族の介護のため、ご本人から電話で申し出がありました。');
  await dialog.getByTestId('withdraw-submit').click();
  const confirm = page.locator('.confirm-step');
  await confirm.waitFor();
  expect(await confirm.innerText()).toContain(byStaff.studentNumber);
  await checkPage(page, 'completion (staff withdrawal confirmation)');
  await confirm.locator('.el-message-box__btns .el-button:last-child').click();
  await page.locator('.el-message--success', { hasText: `${byStaff.name}さんの退学を記録しました` }).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await rowOf(byStaff.studentNumber).and(page.locator('[data-state="WITHDRAWN"]')).waitFor();
  expect(await rowOf(byStaff.studentNumber).getByTestId('progress-withdrawal-reason').innerText()).toBe('理由：家庭');
  await checkPage(page, 'completion (staff recorded a withdrawal)');
  expect(await enrollmentOf(byStaff.enrollmentId)).toMatchObject({ withdrawalReason: 'FAMILY' });

  // The cohort ends (FINISHED): no more withdrawals; the preview counts the two as withdrawn.
  await gqlOk(`mutation { changeCohortStatus(id: ${cohortId}, status: FINISHED) { id } }`, {}, staffToken);
  const late = await e.gql(`mutation($id: ID!) { recordWithdrawal(enrollmentId: $id, reason: OTHER) { id } }`, { id: students.get('M90000006')!.enrollmentId }, staffToken);
  expect(late.errors?.[0]?.extensions?.messageKey).toBe('withdrawal.ended');
  const apiPreview = (await gqlOk(`{ previewCompletion(cohortId: ${cohortId}) { completed notCompleted withdrawn students { enrollment { id } outcome } } }`, {}, staffToken))
    .previewCompletion;
  expect(apiPreview.withdrawn).toBe(2);
  expect(apiPreview.completed + apiPreview.notCompleted).toBe(4);
  expect(apiPreview.students.map((s: any) => s.enrollment.id)).not.toContain(self.enrollmentId);
  expect(apiPreview.students.map((s: any) => s.enrollment.id)).not.toContain(byStaff.enrollmentId);

  await page.reload();
  await page.getByTestId('preview-completion').click();
  const summary = page.getByTestId('preview-summary');
  await summary.waitFor();
  expect(await summary.innerText()).toBe(`修了 ${apiPreview.completed}人、未修了 ${apiPreview.notCompleted}人、退学 2人`);
  expect(await page.locator(`[data-testid="preview-row-${self.studentNumber}"]`).count()).toBe(0);
  expect(await page.locator(`[data-testid="preview-row-${byStaff.studentNumber}"]`).count()).toBe(0);
  expect(await page.locator('[data-testid^="preview-row-"]').count()).toBeGreaterThanOrEqual(4);
  await checkPage(page, 'completion (preview after the end)');

  await page.getByTestId('run-completion').click();
  const run = page.locator('.confirm-step');
  await run.waitFor();
  await run.locator('.el-message-box__btns .el-button:last-child').click();
  await run.waitFor({ state: 'hidden' });
  await page.locator('.el-message--success', { hasText: '修了判定を実行しました' }).waitFor();
  await page.getByTestId('already-run').waitFor();
  // The withdrawn have no decision; the page does not call them undecided.
  for (const s of [self, byStaff]) {
    const row = rowOf(s.studentNumber);
    expect(await row.getAttribute('data-state')).toBe('WITHDRAWN');
    expect(await row.getByTestId('progress-decision').count()).toBe(0);
    expect(await row.innerText()).not.toContain('未判定');
    expect(await row.getByTestId('override-open').count()).toBe(0);
  }
  // Certificates: as many as completed, none for the withdrawn.
  const certificates = (await gqlOk(`{ cohortCertificates(cohortId: ${cohortId}) { enrollmentId studentNumber } }`, {}, staffToken)).cohortCertificates as any[];
  expect(certificates).toHaveLength(apiPreview.completed);
  expect(certificates.map((c) => c.enrollmentId)).not.toContain(self.enrollmentId);
  expect(certificates.map((c) => c.enrollmentId)).not.toContain(byStaff.enrollmentId);
  if (apiPreview.completed > 0) await page.locator('[data-testid^="certificate-row-"]').first().waitFor();
  const certRows = await page.locator('[data-testid^="certificate-row-"]').allInnerTexts();
  expect(certRows).toHaveLength(apiPreview.completed);
  for (const text of certRows) {
    expect(text).not.toContain(self.name);
    expect(text).not.toContain(byStaff.name);
  }
  await checkPage(page, 'completion (run, certificates)');
  // At phone width the progress is cards: the withdrawn read the same, and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await rowOf(self.studentNumber).waitFor();
  expect(await page.getByTestId('progress-table').locator('.card-list').count()).toBe(1);
  expect(await rowOf(self.studentNumber).getByTestId('progress-withdrawal-reason').innerText()).toBe('理由：仕事');
  expect(await rowOf(byStaff.studentNumber).getByTestId('progress-no-decision').innerText()).toBe('判定の対象外（退学）');
  await checkPage(page, 'completion @390 (run, withdrawn)');
  await page.setViewportSize({ width: 1280, height: 900 });
  expect((await gqlOk('{ myCertificates { id } }', {}, selfToken)).myCertificates).toEqual([]);
  const decided = (await gqlOk(`{ previewCompletion(cohortId: ${cohortId}) { alreadyRun withdrawn } }`, {}, staffToken)).previewCompletion;
  expect(decided).toEqual({ alreadyRun: true, withdrawn: 2 });

  // The member's my course after the run: still withdrawn, no completion, no certificate link.
  await member.reload();
  await member.getByTestId('my-course-withdrawn').waitFor();
  expect(await member.getByTestId('my-course-certificates').count()).toBe(0);
  await checkPage(member, 'my course (withdrawn, after the run)');
  await member.context().close();
});
