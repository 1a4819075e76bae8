import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken } from './totp';

/**
 * The member's side of learning, in Chromium at both widths. A student of a running cohort opens
 * the check-in URL of the QR code shown in class (a class session happening now, check-in opened
 * by staff), is sent to log in and brought back, presses 出席する and reads 出席; a code that is
 * not current is answered in plain Japanese. Then my course page shows the schedule with that
 * session marked 出席, the rate over all planned sessions and the state in plain words.
 *
 * The student: a cohort can be started over the API only by waiting for its first day (seats are
 * taken before the start, and a cohort's dates are locked after selection), so the test uses the
 * demo seed's running welfare cohort, whose students are the demo members.
 */
let e: E2E;
let staffToken: string;
let memberToken: string;
let cohortId: string;
/** One class session happening now per width, check-in opened. */
const sessions = new Map<number, string>();

const MEMBER = { loginId: 'M90000001', password: 'demo-member-2026' };
const MIN = 60_000;
const JA_DATE_TIME = /\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) \d{1,2}:\d{2}〜\d{1,2}:\d{2}/;

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

/** The path and query of the check-in URL the console shows now (the server's public URL differs from the test's). */
async function checkInPath(sessionId: string): Promise<string> {
  const { url } = (await gqlOk('query($id: ID!) { checkInCode(classSessionId: $id) { url code } }', { id: sessionId }, staffToken)).checkInCode;
  const u = new URL(url);
  expect(u.pathname).toBe(`/check-in/${sessionId}`);
  expect(u.searchParams.get('code')).toBeTruthy();
  return `${u.pathname}${u.search}`;
}

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  memberToken = (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: MEMBER.loginId, p: MEMBER.password })).login
    .accessToken;
  const mine = (await gqlOk('{ myApplications { status enrollment { withdrawnAt } cohort { id status } } }', {}, memberToken)).myApplications as any[];
  const running = mine.find((a) => a.status === 'ENROLLED' && a.cohort.status === 'RUNNING' && !a.enrollment?.withdrawnAt);
  if (!running) throw new Error(`${MEMBER.loginId} is not a student of a running cohort in the demo seed`);
  cohortId = running.cohort.id;
  for (const [i, width] of WIDTHS.entries()) {
    const created = (
      await gqlOk(
        'mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }',
        {
          input: {
            cohortId,
            startsAt: new Date(Date.now() - 10 * MIN).toISOString(),
            endsAt: new Date(Date.now() + 80 * MIN).toISOString(),
            title: `今日の講義（チェックイン${i + 1}）`,
            venue: '練馬区役所 本庁舎 19階 研修室',
            kind: 'LECTURE',
            countsTowardCompletion: true,
          },
        },
        staffToken,
      )
    ).createClassSession;
    await gqlOk('mutation($id: ID!) { openCheckIn(classSessionId: $id) { openedAt } }', { id: created.id }, staffToken);
    sessions.set(width, created.id);
  }
});
afterAll(() => e?.stop());

describe.each(WIDTHS)('at %i px', (width) => {
  test('a student opens the check-in URL, logs in, comes back, checks in and sees 出席; my course shows it with the rate', async () => {
    const sessionId = sessions.get(width)!;
    const page = await e.newPage({ width });

    // Not logged in: the login page, which says why and leads back to the check-in page.
    await page.goto(`${e.url}${await checkInPath(sessionId)}`);
    await page.waitForURL('**/login?**');
    expect(await page.getByTestId('login-reason').innerText()).toContain('出席を記録するには');
    await checkPage(page, 'login for check-in');
    await page.fill('#login-identifier', MEMBER.loginId);
    await page.fill('#login-password', MEMBER.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`**/check-in/${sessionId}?code=*`);
    await page.getByTestId('check-in-session').filter({ hasText: 'チェックイン' }).waitFor();
    expect(await page.getByTestId('check-in-session').innerText()).toMatch(JA_DATE_TIME);
    const button = page.getByTestId('check-in-submit');
    expect(await button.innerText()).toBe('出席する');
    // The big button is easy to hit on a phone.
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(64);
    await checkPage(page, 'check-in');

    // A code that is not the current one: the answer says what to do.
    await page.goto(`${e.url}/check-in/${sessionId}?code=AAAAAAAAAAAAAAAA`);
    await page.getByTestId('check-in-submit').click();
    const error = page.getByTestId('check-in-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('コードの有効時間が過ぎました。画面のQRコードをもう一度読み取ってください');
    await checkPage(page, 'check-in (stale code)');

    // The current code: present.
    await page.goto(`${e.url}${await checkInPath(sessionId)}`);
    await page.getByTestId('check-in-submit').click();
    const done = page.locator('[data-testid="check-in-done"][data-status="present"]');
    await done.waitFor();
    expect(await page.getByTestId('check-in-status').innerText()).toBe('出席');
    expect(await done.innerText()).toContain('出席を記録しました');
    expect((await gqlOk(`{ myAttendance(cohortId: ${cohortId}) { sessions { statusCode session { id } } } }`, {}, memberToken)).myAttendance.sessions).toContainEqual({
      statusCode: 'present',
      session: { id: sessionId },
    });
    await checkPage(page, 'check-in (done)');

    // The same code again: already used.
    await page.reload();
    await page.getByTestId('check-in-submit').click();
    await page.getByTestId('check-in-error').waitFor();
    expect(await page.getByTestId('check-in-error').innerText()).toMatch(/すでに/);

    // My page lists the course; its page shows the schedule, my attendance and the rate.
    await page.goto(`${e.url}/mypage`);
    await page.locator(`[data-testid="my-course-link"][data-cohort-id="${cohortId}"]`).click();
    await page.waitForURL(`**/mypage/courses/${cohortId}`);
    await page.getByTestId('my-progress').waitFor();
    const row = page.locator(`[data-testid="my-session"][data-session-id="${sessionId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('my-session-status').innerText()).toBe('出席');
    expect(await row.getByTestId('my-session-time').innerText()).toMatch(JA_DATE_TIME);
    expect(await page.getByTestId('my-session').count()).toBeGreaterThan(5);

    const progress = (await gqlOk(`{ myProgress(cohortId: ${cohortId}) { attended planned rateSoFar bestReachableRate state } }`, {}, memberToken)).myProgress;
    expect(await page.getByTestId('my-progress-attended').innerText()).toBe(`予定の${progress.planned}回のうち${progress.attended}回`);
    expect(await page.getByTestId('my-progress-rate').innerText()).toBe(`${Math.round(progress.rateSoFar * 10) / 10}%`);
    expect(await page.getByTestId('my-progress-best').innerText()).toBe(`${Math.round(progress.bestReachableRate * 10) / 10}%`);
    // Honest: the rate is over every planned session, past and future, so it is below the best still reachable.
    expect(progress.rateSoFar).toBeLessThan(progress.bestReachableRate);
    const state = { ON_TRACK: '順調です', AT_RISK: '出席が足りなくなりそうです', NOT_ACHIEVABLE: '修了の条件に届かなくなりました' } as Record<string, string>;
    expect(await page.getByTestId('my-progress-state').innerText()).toContain(state[progress.state]);
    // The course has started: withdrawal is offered here, behind a confirmation, with a reason.
    await page.getByTestId('my-course-withdraw').waitFor();
    await checkPage(page, 'my course');
    await page.getByTestId('withdraw-course').click();
    await page.getByTestId('withdraw-course-confirmation').waitFor();
    await checkPage(page, 'my course (withdrawal confirmation)');
    await page.getByTestId('withdraw-course-cancel').click();
    await page.context().close();
  });
});
