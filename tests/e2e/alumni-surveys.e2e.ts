import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * A follow-up survey end to end: staff schedule a survey for the demo's finished cohort (opening
 * at once), the background job of the running server opens the wave and invites the alumni who
 * agreed; one answers at phone width (a required question is asked for first) and sees the
 * activity record the answer made; another declines.
 */
let e: E2E;
let staffToken: string;
const PASSWORD = 'demo-member-2026';

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
const tokenOf = async (loginId: string): Promise<string> =>
  (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: PASSWORD })).login.accessToken;

async function checkPage(page: Page, label: string): Promise<void> {
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label}:`, { violations, english, overflow });
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
  e = await startE2E({ env: { BACKGROUND_INTERVAL_MS: '300' } });
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
});
afterAll(() => e?.stop());

test('the wave opens for the alumni who agreed; one answers at phone width, another declines', async () => {
  // The demo's alumni who agreed: M90000007 and M90000009 (on my page) and M90000008 (on paper).
  const [answering, declining] = ['M90000007', 'M90000008'];
  const TITLE = '修了後の活動についてのアンケート';
  const waiting = async (t: string) => ((await gqlOk('{ mySurveys { id title } }', {}, t)).mySurveys as any[]).find((s) => s.title === TITLE);
  const token = await tokenOf(answering);
  const cohortId = (await gqlOk('{ myCompletions { outcome cohortId } }', {}, token)).myCompletions.find((c: any) => c.outcome === 'COMPLETED').cohortId;
  const survey = (
    await gqlOk(
      'mutation($q: [SurveyQuestionInput!]!) { createSurvey(title: "修了後の活動についてのアンケート", fieldCode: RECYCLING, questions: $q) { id } }',
      {
        q: [
          { key: 'activeFields', kind: 'ACTIVE_FIELDS', label: '活動している分野を選んでください', required: true },
          { key: 'groups', kind: 'GROUPS', label: '活動している団体', required: false },
          { key: 'hours', kind: 'HOURS_PER_MONTH', label: '月あたりの活動時間', required: false },
          { key: 'useful', kind: 'SCALE', label: '講座は今の活動に役立っていますか', required: true },
        ],
      },
      staffToken,
    )
  ).createSurvey;
  // A wave whose window holds today: the whole months from the cohort's end (its completion) to today.
  const endsOn: string = (await gqlOk('query($id: ID!) { cohort(id: $id) { endsOn } }', { id: cohortId }, staffToken)).cohort.endsOn;
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const [ey, em, ed] = endsOn.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const months = (ty - ey) * 12 + (tm - em) - (td < ed ? 1 : 0);
  await gqlOk('mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { id } }', { i: { surveyId: survey.id, cohortId, offsets: [months], windowDays: 62 } }, staffToken);
  // The server's background job opens the wave (its day has come).
  const deadline = Date.now() + 20_000;
  while (!(await waiting(token))) {
    if (Date.now() > deadline) throw new Error('the wave did not open');
    await new Promise((r) => setTimeout(r, 300));
  }

  const page = await memberPage(answering);
  await page.goto(`${e.url}/mypage`);
  await page.getByTestId('mypage-surveys').click();
  await page.waitForURL('**/mypage/surveys');
  const mine = await waiting(token);
  await page.getByTestId(`survey-open-${mine.id}`).click();
  await page.getByTestId('survey-form').waitFor();
  await checkPage(page, 'survey (form)');
  await page.getByTestId('answer-activeFields-RECYCLING').check();
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('survey-error').waitFor();
  expect(await page.getByTestId('question-useful').innerText()).toContain('この質問には回答が必要です');
  await checkPage(page, 'survey (required)');
  // A draft keeps what is there.
  await page.getByTestId('survey-draft').click();
  await page.getByText('途中まで保存しました').waitFor();
  await page.getByTestId('answer-useful-4').check();
  await page.fill('[data-testid="answer-groups"]', 'ねりまリサイクル推進の会');
  // A registered group too, among those of the field chosen above.
  const registered = ((await gqlOk('{ groupDirectory { id name } }')).groupDirectory as any[]).find((g) => g.name === '豊玉リサイクル推進会');
  await page.getByTestId(`answer-groups-group-${registered.id}`).check();
  await page.fill('[data-testid="answer-hours"]', '3');
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('surveys-done').waitFor();
  expect(await page.getByTestId('surveys-done').innerText()).toContain('ご回答ありがとうございました');
  await checkPage(page, 'survey (answered)');
  await page.goto(`${e.url}/mypage/activity`);
  await page.getByText('ねりまリサイクル推進の会').first().waitFor();
  await page.getByText('豊玉リサイクル推進会').first().waitFor();
  expect(await page.locator('body').innerText()).toContain('アンケートの回答');
  await page.context().close();

  const other = await memberPage(declining);
  await other.goto(`${e.url}/mypage/surveys`);
  const otherToken = await tokenOf(declining);
  const theirs = await waiting(otherToken);
  await other.getByTestId(`survey-open-${theirs.id}`).click();
  await other.getByTestId('survey-decline').click();
  await other.getByTestId('survey-decline-confirm').click();
  await other.getByTestId('surveys-done').waitFor();
  expect(await other.getByTestId('surveys-done').innerText()).toContain('回答しないことを承りました');
  await other.getByTestId('surveys-none').waitFor();
  await checkPage(other, 'surveys (declined)');
  await other.context().close();

  const counts = (await gqlOk('query($id: ID!) { survey(id: $id) { waves { invited answered declined pending } } }', { id: survey.id }, staffToken)).survey.waves[0];
  // M90000009 agreed too and has not answered yet.
  expect(counts).toEqual({ invited: 3, answered: 1, declined: 1, pending: 1 });
});

test('staff follow the wave’s counts and response rate, build a survey with a preview and schedule it for a cohort', async () => {
  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.goto(`${e.url}/admin/`);
  await page.getByTestId('nav-surveys').click();
  await page.waitForURL('**/admin/surveys');
  const [first] = (await gqlOk('{ surveys { id title } }', {}, staffToken)).surveys;
  await page.getByTestId(`survey-${first.id}`).click();
  const waves = page.getByTestId('survey-waves');
  await waves.waitFor();
  expect(await waves.getByTestId('wave-counts').first().innerText()).toBe('依頼 3・回答 1・辞退 1・未回答 1');
  expect(await waves.getByTestId('wave-rate').first().innerText()).toBe('67%');
  await page.getByTestId('survey-waves-chart').waitFor();
  // The results: one chart per question, each with the same figures in a table for screen readers.
  const results = page.getByTestId('survey-results');
  await results.waitFor();
  expect(await results.getByTestId('survey-results-summary').innerText()).toContain('1');
  const fieldsChart = page.getByTestId('survey-result-chart-activeFields');
  await fieldsChart.locator('canvas').waitFor();
  expect(await page.getByRole('img', { name: /活動している分野を選んでください/ }).count()).toBeGreaterThan(0);
  expect(await page.getByTestId('survey-result-chart-activeFields-table').innerText()).toMatch(/リサイクル[\s\S]*1/);
  expect(await page.getByTestId('survey-result-useful').getByTestId('survey-result-stats').innerText()).toContain('4');
  await checkPage(page, 'surveys (waves and results)');
  // The answers as CSV: pseudonymous first, then with names after a confirmation.
  const readDownload = async (click: () => Promise<void>): Promise<{ name: string; text: string }> => {
    const download = page.waitForEvent('download');
    await click();
    const file = await download;
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };
  const plain = await readDownload(() => page.getByTestId('survey-csv').click());
  expect(plain.name).toBe(`survey-${first.id}-answers.csv`);
  expect(plain.text).toContain('回答者コード');
  expect(plain.text).toContain('ねりまリサイクル推進の会');
  expect(plain.text).not.toContain('氏名');
  await page.getByTestId('survey-csv-names').check();
  const named = await readDownload(async () => {
    await page.getByTestId('survey-csv').click();
    await page.locator('.confirm-step .el-button--primary').click();
  });
  expect(named.text).toContain('氏名');
  // Both exports are in the audit log, the named one as such.
  const adminToken = await staffApiToken(e, DEMO.admin.loginId, DEMO.admin.password);
  const actions = ((await gqlOk('{ auditLog(limit: 50) { action } }', {}, adminToken)).auditLog as any[]).map((x) => x.action);
  expect([actions.includes('survey.export'), actions.includes('survey.exportNamed')]).toEqual([true, true]);

  // Editing the questions of a survey someone has answered makes a new version.
  expect(await page.getByTestId('survey-version').innerText()).toContain('1');
  await page.getByTestId('survey-edit-questions').click();
  await page.getByTestId('survey-edit-notice').waitFor();
  await page.getByTestId('q-label-3').fill('講座は今の地域活動に役立っていますか');
  await page.getByTestId('survey-save-questions').click();
  await page.locator('.el-message--success').first().waitFor();
  await page.getByTestId('survey-version').filter({ hasText: '2' }).waitFor();
  const edited = (await gqlOk('query($id: ID!) { survey(id: $id) { version questions { key label } } }', { id: first.id }, staffToken)).survey;
  expect(edited.version).toBe(2);
  expect(edited.questions.find((q: any) => q.key === 'useful').label).toBe('講座は今の地域活動に役立っていますか');
  await checkPage(page, 'surveys (edited)');

  // A new survey: two questions, the preview shows them as alumni will see them.
  await page.fill('#survey-title', '修了2年後のふりかえり');
  await page.getByTestId('q-kind-0').selectOption('SCALE');
  await page.getByTestId('q-label-0').fill('今の活動に講座は役立っていますか');
  await page.getByTestId('q-required-0').check();
  await page.getByTestId('q-add').click();
  await page.getByTestId('q-kind-1').selectOption('SINGLE_CHOICE');
  await page.getByTestId('q-label-1').fill('活動の頻度');
  await page.getByTestId('q-choices-1').fill('毎週\n毎月\nときどき');
  expect(await page.getByTestId('survey-preview').innerText()).toContain('毎週／毎月／ときどき');
  await checkPage(page, 'surveys (builder)');
  await page.getByTestId('survey-create').click();
  await page.locator('.el-message--success').filter({ hasText: '修了2年後のふりかえり' }).waitFor();
  const made = (await gqlOk('{ surveys { id title questions { key kind required choices { key label } } } }', {}, staffToken)).surveys.find(
    (x: any) => x.title === '修了2年後のふりかえり',
  );
  expect(made.questions).toEqual([
    { key: 'q1', kind: 'SCALE', required: true, choices: [] },
    {
      key: 'q2',
      kind: 'SINGLE_CHOICE',
      required: false,
      choices: [
        { key: 'c1', label: '毎週' },
        { key: 'c2', label: '毎月' },
        { key: 'c3', label: 'ときどき' },
      ],
    },
  ]);
  // Its schedule: the default +12 and +24 months for a cohort, after a confirmation.
  await page.getByTestId('survey-detail').waitFor();
  await page.getByTestId('schedule-cohort').selectOption({ index: 1 });
  await page.getByTestId('schedule-save').click();
  await page.locator('.confirm-step').waitFor();
  await page.locator('.confirm-step .el-button--primary').click();
  await page.locator('.el-message--success').filter({ hasText: '実施の予定を登録しました' }).waitFor();
  await page.getByTestId('survey-waves').waitFor();
  expect(await page.getByTestId('survey-waves').locator('tbody tr').count()).toBe(2);
  await checkPage(page, 'surveys (scheduled)');
  await page.context().close();
});
