import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * Alumni in Chromium: an alumnus of the demo's finished recycling cohort reads a notice to their
 * cohort's alumni, agrees to follow-up surveys on my page at phone width and withdraws again (a
 * confirmation; the ledger keeps both); a member who is no alumnus is never asked; staff enter a
 * paper form on the member's page in the console and the member sees it as such.
 */
let e: E2E;
let staffToken: string;
const PASSWORD = 'demo-member-2026';
let alumnus: { loginId: string; id: string; cohortId: string };
let nonAlumnus: string;
const alumniSeen: { loginId: string; consented: boolean }[] = [];

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
const tokenOf = async (loginId: string): Promise<string> =>
  (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: PASSWORD })).login.accessToken;

async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()?.width;
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label} @${width}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

async function memberPage(loginId: string): Promise<Page> {
  const page = await e.newPage({ width: 390 });
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  for (let n = 1; n <= 12; n++) {
    const loginId = `M900000${String(n).padStart(2, '0')}`;
    const token = await tokenOf(loginId);
    const data = await gqlOk('{ me { id } myCompletions { outcome cohortId } myFollowUpConsent { current { id } } }', {}, token);
    const done = data.myCompletions.find((c: { outcome: string }) => c.outcome === 'COMPLETED');
    // The demo has three alumni who already agreed; this test starts from the one who has not chosen.
    if (done && !alumnus && !data.myFollowUpConsent.current) alumnus = { loginId, id: data.me.id, cohortId: done.cohortId };
    if (done) alumniSeen.push({ loginId, consented: !!data.myFollowUpConsent.current });
    if (!data.myCompletions.length && !nonAlumnus) nonAlumnus = loginId;
  }
  if (!alumnus || !nonAlumnus) throw new Error('the demo seed has no alumnus or no member without a completion');
  // The demo seed: four alumni of the finished cohort, three of them with a consent (one on paper).
  expect(alumniSeen.filter((a) => a.consented)).toHaveLength(3);
});
afterAll(() => e?.stop());

test('an alumnus reads their cohort’s alumni notice, agrees to follow-up surveys at phone width and withdraws; others are not asked', async () => {
  await gqlOk(
    'mutation($i: NoticeInput!) { createNotice(input: $i) { id } }',
    { i: { audience: 'ALUMNI_COHORT', cohortId: alumnus.cohortId, title: '同期の卒業生のつどい', body: '修了した皆さんの交流会を開きます。' } },
    staffToken,
  );
  const page = await memberPage(alumnus.loginId);
  await page.goto(`${e.url}/mypage/notices`);
  await page.getByText('同期の卒業生のつどい').first().waitFor();

  await page.goto(`${e.url}/mypage`);
  const section = page.getByTestId('follow-up');
  await section.waitFor();
  expect(await page.getByTestId('follow-up-notice').innerText()).toContain('修了から1年後と2年後');
  expect(await page.getByTestId('follow-up-state').innerText()).toContain('まだお選びいただいていません');
  await checkPage(page, 'my page (follow-up, not asked)');

  await page.getByTestId('follow-up-agree').click();
  await page.getByTestId('follow-up-done').waitFor();
  expect(await page.getByTestId('follow-up-state').getAttribute('data-granted')).toBe('true');
  expect(await page.getByTestId('follow-up-state').innerText()).toContain('マイページで');
  await checkPage(page, 'my page (follow-up, agreed)');

  // Withdrawing asks first, then takes effect at once.
  await page.getByTestId('follow-up-withdraw').click();
  await page.getByTestId('follow-up-withdraw-confirm').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-up-state"]')?.getAttribute('data-granted') === 'false');
  const token = await tokenOf(alumnus.loginId);
  const state = (await gqlOk('{ myFollowUpConsent { current { granted source } history { granted } } }', {}, token)).myFollowUpConsent;
  expect(state.current).toEqual({ granted: false, source: 'SELF' });
  expect(state.history.map((h: { granted: boolean }) => h.granted)).toEqual([false, true]);
  await page.getByTestId('follow-up-history').locator('summary').click();
  expect(await page.getByTestId('follow-up-history').innerText()).toContain('これまでの選択（2件）');
  await checkPage(page, 'my page (follow-up, withdrawn)');
  await page.context().close();

  // A member without a completion is not asked and reads no alumni notice.
  const other = await memberPage(nonAlumnus);
  await other.goto(`${e.url}/mypage`);
  await other.getByTestId('mypage-notices').waitFor();
  expect(await other.getByTestId('follow-up').count()).toBe(0);
  await other.goto(`${e.url}/mypage/notices`);
  await other.waitForLoadState('networkidle');
  expect(await other.getByText('同期の卒業生のつどい').count()).toBe(0);
  await other.context().close();
});

test('staff enter a paper form on the member page; the member sees it as entered on paper', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.goto(`${e.url}/admin/members/${alumnus.id}`);
  const section = page.getByTestId('member-follow-up');
  await section.waitFor();
  await checkPage(page, 'member (follow-up)');
  await page.getByTestId('member-follow-up-record').click();
  expect(await section.innerText()).toContain('選んでください。');
  await page.getByTestId('member-follow-up-yes').check();
  await page.getByTestId('member-follow-up-record').click();
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('協力する');
  await checkPage(page, 'member (follow-up, confirm)');
  await dialog.locator('.el-button--primary').click();
  await page.locator('.el-message--success').filter({ hasText: '書面の選択を記録しました' }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="member-follow-up-state"]')?.textContent?.includes('書面'));
  expect(await page.getByTestId('member-follow-up-state').innerText()).toContain('協力する');
  await checkPage(page, 'member (follow-up, recorded)');
  await page.context().close();

  const token = await tokenOf(alumnus.loginId);
  const me = (await gqlOk('{ myFollowUpConsent { current { granted source recordedBy } } }', {}, token)).myFollowUpConsent.current;
  expect(me).toMatchObject({ granted: true, source: 'PAPER_FORM' });
  expect(me.recordedBy).not.toBeNull();
});

test('an alumnus records an activity at phone width and corrects it (history kept); staff see it with its source and add a note from a group', async () => {
  const page = await memberPage(alumnus.loginId);
  await page.goto(`${e.url}/mypage`);
  await page.getByTestId('mypage-activity').click();
  await page.waitForURL('**/mypage/activity');
  await page.getByTestId('activity-form').waitFor();
  await checkPage(page, 'activity (empty)');
  // Nothing chosen: the page says what is missing.
  await page.getByTestId('activity-save').click();
  await page.locator('#activity-fields-error').waitFor();
  await checkPage(page, 'activity (errors)');
  await page.getByTestId('activity-field-RECYCLING').check();
  await page.getByTestId('activity-field-GREENERY').check();
  // A group that is not in the registry: chosen as such, then typed.
  await page.getByTestId('activity-group-select').selectOption('unregistered');
  await page.fill('#activity-group', '石神井公園クリーンアップの会');
  await page.fill('#activity-role', '世話役');
  await page.fill('#activity-started', '2026-06-01');
  await page.fill('#activity-hours', '5');
  await page.getByTestId('activity-save').click();
  await page.getByTestId('activity-done').waitFor();
  const token = await tokenOf(alumnus.loginId);
  let mine = (await gqlOk('{ myActivityRecords { id current { version fieldCodes groupName hoursPerMonth source } } }', {}, token)).myActivityRecords;
  // Besides the record staff entered from a group interview in the demo, the new one.
  expect(mine).toHaveLength(2);
  const reported = mine.find((r: any) => r.current.source === 'SELF_REPORT');
  expect(reported.current).toEqual({ version: 1, fieldCodes: ['RECYCLING', 'GREENERY'], groupName: '石神井公園クリーンアップの会', hoursPerMonth: 5, source: 'SELF_REPORT' });
  const id = reported.id;
  expect(await page.getByTestId(`activity-${id}`).innerText()).toContain('ご本人の記録');
  await checkPage(page, 'activity (recorded)');

  await page.getByTestId(`activity-correct-${id}`).click();
  await page.fill('#activity-hours', '8');
  await page.getByTestId('activity-save').click();
  await page.getByTestId('activity-done').waitFor();
  await page.getByTestId(`activity-history-${id}`).locator('summary').click();
  expect(await page.getByTestId(`activity-history-${id}`).innerText()).toContain('これまでの版（2件）');
  expect(await page.getByTestId(`activity-${id}`).innerText()).toContain('月8時間');
  await checkPage(page, 'activity (corrected)');
  await page.context().close();

  const staffPage = await e.newPage({ width: 1280 });
  await staffBrowserLogin(staffPage, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await staffPage.goto(`${e.url}/admin/members/${alumnus.id}`);
  const section = staffPage.getByTestId('member-activity');
  await section.getByTestId(`member-activity-${id}`).waitFor();
  expect(await section.innerText()).toContain('出どころ：本人の記録');
  await staffPage.getByTestId('member-activity-field-WELFARE').check();
  // A registered group, found by typing part of its name.
  await staffPage.locator('#member-activity-group').click();
  await staffPage.keyboard.type('大泉町');
  await staffPage.locator('.el-select-dropdown__item:visible').filter({ hasText: '大泉町二丁目町会' }).click();
  await staffPage.fill('#member-activity-started', '2026-09-01');
  await staffPage.getByTestId('member-activity-save').click();
  await staffPage.locator('.el-message--success').filter({ hasText: '活動を記録しました' }).waitFor();
  await section.getByText('大泉町二丁目町会').first().waitFor();
  await checkPage(staffPage, 'member (activity)');
  await staffPage.context().close();

  mine = (await gqlOk('{ myActivityRecords { current { groupName source groupId } } }', {}, token)).myActivityRecords;
  const registered = (await gqlOk('{ groupDirectory { id name } }')).groupDirectory.find((g: any) => g.name === '大泉町二丁目町会');
  expect(mine.map((r: any) => r.current)).toEqual(
    expect.arrayContaining([
      { groupName: '大泉町二丁目町会', source: 'STAFF_NOTE', groupId: registered.id },
      { groupName: '石神井公園クリーンアップの会', source: 'SELF_REPORT', groupId: null },
    ]),
  );
});

test('ward staff record what a group said about an alumnus; the notes list on the member page', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.goto(`${e.url}/admin/members/${alumnus.id}`);
  const section = page.getByTestId('member-group-notes');
  await section.waitFor();
  // The demo's note about this alumnus, from the group's interview.
  await section.getByText('大泉 資源回収の会').first().waitFor();
  expect(await section.getByTestId('member-group-note-kind').first().innerText()).toBe('気になる点');
  await checkPage(page, 'member (group notes)');
  // A registered group, picked from the registry.
  await page.getByTestId('group-note-registered').selectOption({ label: '大泉町二丁目町会' });
  await page.getByTestId('group-note-kind-HELPFUL').check();
  await page.fill('[data-testid="group-note-text"]', '防災訓練の受付を手伝ってくれて助かった。');
  await page.getByTestId('group-note-save').click();
  await section.getByText('防災訓練の受付を手伝ってくれて助かった。').waitFor();
  await checkPage(page, 'member (group note added)');
  await page.context().close();
  const notes = (await gqlOk('query($id: ID!) { member(id: $id) { groupNotes { groupName kind text } } }', { id: alumnus.id }, staffToken)).member.groupNotes;
  expect(notes[0]).toEqual({ groupName: '大泉町二丁目町会', kind: 'HELPFUL', text: '防災訓練の受付を手伝ってくれて助かった。' });
  // The member's own page does not show them.
  const own = await memberPage(alumnus.loginId);
  await own.goto(`${e.url}/mypage/activity`);
  await own.getByRole('heading').first().waitFor();
  expect(await own.locator('body').innerText()).not.toContain('防災訓練の受付を手伝ってくれて助かった。');
  await own.context().close();
});
