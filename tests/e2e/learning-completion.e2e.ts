import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * Completion and certificates in the console, in Chromium at both widths. A cohort gets students
 * by the real path (apply, selection, announcement, seats taken), two counting sessions with
 * attendance (one student always present, one always absent), and is run and finished. Staff see
 * each student's progress with its state in words, filter the ones at risk, check the decisions
 * (who does not complete, and why, translated with the figures), run the completion after a
 * confirmation that says it cannot be undone, see the certificates of those who completed and
 * download them all. At the other width the page shows the run as done and the bundle as a ZIP.
 */
let e: E2E;
let staffToken: string;
let cohortId: string;
const PASSWORD = 'e2e completion password 2026';
const MOTIVATION = '地域の活動に参加したいと考え、この講座で基礎から学びたいと思い申し込みます。';
const STUDENTS = [
  { name: '出席 一郎', kana: 'シュッセキ イチロウ', present: true },
  { name: '欠席 次郎', kana: 'ケッセキ ジロウ', present: false },
];
/** Student number by name, from the roster. */
const numberOf: Record<string, string> = {};
const STATE_WORDS = ['順調', '要注意', '修了不可', '退学'];

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

async function member(name: string, kana: string, privacyNoticeVersion: string): Promise<string> {
  const email = `e2e-completion-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.jp`;
  await gqlOk('mutation($input: RegisterInput!) { register(input: $input) }', {
    input: { name, nameKana: kana, email, residency: 'RESIDENT', address: '東京都練馬区豊玉北6-12-1', password: PASSWORD, privacyNoticeVersion, acceptPrivacyNotice: true },
  });
  const loginId = await e.confirmRegistration(email);
  return (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: PASSWORD })).login.accessToken;
}

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  const privacy = (await gqlOk('{ privacyNotice { version } }')).privacyNotice.version;

  // An open review intake with room for everyone.
  const open = (await gqlOk('{ openCohorts { id selectionMethod } }')).openCohorts as Array<{ id: string; selectionMethod: string }>;
  const target = open.find((c) => c.selectionMethod === 'REVIEW') ?? open[0];
  cohortId = target.id;
  const c = (await gqlOk(`{ cohort(id: ${cohortId}) { academicYear capacity applicationOpensAt applicationClosesAt startsOn endsOn selectionMethod status resultsOn } }`)).cohort;
  // The demo intake starts later: a withdrawal cannot be recorded yet (checked below).
  expect(c.startsOn > new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10)).toBe(true);
  const { resultsOn: _r, ...input } = c;
  await gqlOk(`mutation($id: ID!, $input: CohortUpdateInput!) { updateCohort(id: $id, input: $input) { id } }`, { id: cohortId, input: { ...input, capacity: 200 } }, staffToken);
  const applicants: Array<{ token: string; applicationId: string }> = [];
  for (const s of STUDENTS) {
    const token = await member(s.name, s.kana, privacy);
    const a = await gqlOk(
      `mutation { applyToCohort(input: { cohortId: ${cohortId}, eligibilityBasis: RESIDENT, motivation: "${MOTIVATION}", preferredContact: EMAIL, emailAlerts: false }) { id } }`,
      {},
      token,
    );
    applicants.push({ token, applicationId: a.applyToCohort.id });
  }
  await gqlOk(`mutation { changeCohortStatus(id: ${cohortId}, status: CLOSED) { id } }`, {}, staffToken);
  await gqlOk(`mutation { runSelection(cohortId: ${cohortId}) { id } }`, {}, staffToken);
  await gqlOk(`mutation { announceCohort(cohortId: ${cohortId}) { id } }`, {}, staffToken);
  for (const a of applicants) await gqlOk(`mutation { respondToOffer(applicationId: ${a.applicationId}, accept: true) { id } }`, {}, a.token);

  // Two counting sessions in the cohort's period; attendance recorded for both.
  const roster = (await gqlOk(`{ cohortRoster(cohortId: ${cohortId}) { id studentNumber student { name } } }`, {}, staffToken)).cohortRoster as Array<{
    id: string;
    studentNumber: string;
    student: { name: string };
  }>;
  for (const r of roster) numberOf[r.student.name] = r.studentNumber;
  for (const day of [c.startsOn, c.endsOn]) {
    const session = (
      await gqlOk(
        'mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }',
        {
          input: {
            cohortId,
            title: '講義',
            venue: '区民センター',
            kind: 'LECTURE',
            countsTowardCompletion: true,
            startsAt: `${day}T10:00:00+09:00`,
            endsAt: `${day}T12:00:00+09:00`,
          },
        },
        staffToken,
      )
    ).createClassSession;
    const entries = roster.map((r) => ({ enrollmentId: r.id, statusCode: STUDENTS.find((s) => s.name === r.student.name)!.present ? 'present' : 'absent' }));
    await gqlOk(
      'mutation($id: ID!, $entries: [SessionAttendanceEntryInput!]!) { saveSessionAttendance(classSessionId: $id, entries: $entries) { __typename } }',
      { id: session.id, entries },
      staffToken,
    );
  }
  await gqlOk(`mutation { changeCohortStatus(id: ${cohortId}, status: RUNNING) { id } }`, {}, staffToken);
  await gqlOk(`mutation { changeCohortStatus(id: ${cohortId}, status: FINISHED) { id } }`, {}, staffToken);
});
afterAll(() => e?.stop());

async function openCompletionPage(width: number): Promise<Page> {
  const page = await e.newPage({ width });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  await page.goto(`${e.url}/admin/cohorts/${cohortId}`);
  await page.getByTestId('cohort-completion-link').click();
  await page.waitForURL(`**/cohorts/${cohortId}/completion`);
  await page.getByTestId('progress-section').waitFor();
  return page;
}

/** The progress row (table row or card) of a student. */
const progressRow = (page: Page, name: string) => page.locator(`[data-testid="progress-row-${numberOf[name]}"]`).first();

async function checkProgress(page: Page): Promise<void> {
  for (const s of STUDENTS) {
    const row = progressRow(page, s.name);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(s.name);
    expect(text).toContain(s.present ? '2／2回' : '0／2回');
    expect(text).toContain(s.present ? '100%' : '0%');
    // The state in words, not colour alone.
    const state = (await row.getByTestId('progress-state').innerText()).trim();
    expect(STATE_WORDS.some((w) => state.endsWith(w))).toBe(true);
  }
  // The filter leaves exactly the students at risk or unable to complete.
  await page.getByTestId('progress-at-risk').check();
  const shown = await page.locator('[data-testid^="progress-row-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
  expect(shown.every((s) => s === 'AT_RISK' || s === 'NOT_ACHIEVABLE')).toBe(true);
  await page.getByTestId('progress-at-risk').uncheck();
  await progressRow(page, STUDENTS[0].name).waitFor();
}

test('staff see progress and the rule, check the decisions, run the completion after the confirmation, and download the certificates (1280 px)', async () => {
  const page = await openCompletionPage(WIDTHS[0]);
  await checkProgress(page);
  await page.getByTestId('rule-facts').waitFor();
  expect(await page.getByTestId('rule-min-rate').innerText()).toMatch(/^\d+%以上$/);
  await checkPage(page, 'completion: progress');

  // Staff-recorded withdrawal: a reason category is required, then a confirmation; before the
  // course has started (the demo cohort starts later) the refusal is shown translated.
  await progressRow(page, STUDENTS[0].name).getByTestId('withdraw-open').click();
  const withdraw = page.getByTestId('withdraw-dialog');
  await withdraw.waitFor();
  await withdraw.getByTestId('withdraw-submit').click();
  await withdraw.locator('#withdraw-reason-error').waitFor();
  await withdraw.getByText('健康', { exact: true }).click();
  await withdraw.getByTestId('withdraw-text').fill('体調のため');
  await checkPage(page, 'completion: withdrawal dialog');
  await withdraw.getByTestId('withdraw-submit').click();
  const confirmWithdraw = page.locator('.confirm-step');
  await confirmWithdraw.waitFor();
  expect(await confirmWithdraw.innerText()).toContain('取り消せません');
  await confirmWithdraw.locator('.el-message-box__btns .el-button:last-child').click();
  await withdraw.getByText('開講前です。', { exact: false }).waitFor();
  await withdraw.getByRole('button', { name: 'キャンセル', exact: true }).click();
  await withdraw.waitFor({ state: 'hidden' });

  // The preview: who completes, who does not and why, with the figures.
  await page.getByTestId('preview-completion').click();
  await page.getByTestId('preview-summary').waitFor();
  expect(await page.getByTestId('preview-summary').innerText()).toContain('修了 1人、未修了 1人');
  const absent = page.locator(`[data-testid="preview-row-${numberOf[STUDENTS[1].name]}"]`);
  expect(await absent.getAttribute('data-outcome')).toBe('NOT_COMPLETED');
  expect(await absent.innerText()).toContain('出席率が修了の基準に届いていません。');
  expect(await absent.innerText()).toContain('出席0／2回');
  const present = page.locator(`[data-testid="preview-row-${numberOf[STUDENTS[0].name]}"]`);
  expect(await present.getAttribute('data-outcome')).toBe('COMPLETED');
  await checkPage(page, 'completion: preview');

  // Cancelling the confirmation runs nothing; confirming runs it once.
  await page.getByTestId('run-completion').click();
  const dialog = page.locator('.confirm-step');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('取り消せません');
  await dialog.locator('.el-message-box__btns .el-button:first-child').click();
  await dialog.waitFor({ state: 'hidden' });
  expect((await gqlOk(`{ previewCompletion(cohortId: ${cohortId}) { alreadyRun } }`, {}, staffToken)).previewCompletion.alreadyRun).toBe(false);
  await page.getByTestId('run-completion').click();
  await dialog.waitFor();
  await dialog.locator('.el-message-box__btns .el-button:last-child').click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('.el-message--success', { hasText: '修了判定を実行しました' }).waitFor();
  await page.getByTestId('already-run').waitFor();
  expect(await progressRow(page, STUDENTS[0].name).getByTestId('progress-decision').innerText()).toBe('修了');
  expect(await progressRow(page, STUDENTS[1].name).getByTestId('progress-decision').innerText()).toBe('未修了');

  // The certificate of the one who completed.
  const certs = page.getByTestId('certificates-section');
  await certs.locator('[data-testid^="certificate-row-"]').first().waitFor();
  const certRows = certs.locator('[data-testid^="certificate-row-"]');
  expect(await certRows.count()).toBe(1);
  expect(await certRows.first().innerText()).toContain(STUDENTS[0].name);
  expect(await certRows.first().getByTestId('certificate-state').innerText()).toBe('有効');
  await checkPage(page, 'completion: run done, certificates');

  // The bundle, with a progress indicator while it is made.
  const download = page.waitForEvent('download');
  await page.getByTestId('bundle-pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    fs
      .readFileSync((await file.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await page.getByTestId('bundle-status').filter({ hasText: 'ダウンロードしました（1件）' }).waitFor();
  await checkPage(page, 'completion: bundle downloaded');

  // A second run is refused, translated.
  const again = await e.gql(`mutation { runCompletion(cohortId: ${cohortId}) { completed } }`, {}, staffToken);
  expect(again.errors?.[0]?.extensions?.messageKey).toBe('completion.alreadyRun');
  await page.context().close();
});

test('at 390 px: progress as cards, the run shown as done, the certificates and the ZIP bundle', async () => {
  const page = await openCompletionPage(WIDTHS[1]);
  await checkProgress(page);
  await checkPage(page, 'completion @390: progress');
  await page.getByTestId('preview-completion').click();
  await page.getByTestId('already-run').waitFor();
  expect(await page.getByTestId('run-completion').count()).toBe(0);
  await page.locator('[data-testid^="certificate-row-"]').first().waitFor();
  await checkPage(page, 'completion @390: preview and certificates');

  // An override against the rule, with a required reason, in a dialog.
  await progressRow(page, STUDENTS[1].name).getByTestId('override-open').click();
  const override = page.getByTestId('override-dialog');
  await override.waitFor();
  await override.getByTestId('override-submit').click();
  await override.locator('.el-form-item__error').waitFor();
  await override.getByTestId('override-reason').fill('紙の出席簿で出席を確認しました');
  await checkPage(page, 'completion @390: override dialog');
  await override.getByTestId('override-submit').click();
  await page.locator('.el-message--success', { hasText: '「修了」に変更しました' }).waitFor();
  await override.waitFor({ state: 'hidden' });
  await progressRow(page, STUDENTS[1].name).filter({ hasText: '（手動で変更）' }).waitFor();

  // Issue the missing certificate: now both.
  await page.getByTestId('issue-certificates').click();
  await page.locator('.el-message--success', { hasText: '修了証を発行しました（全2件）' }).waitFor();
  const rowOf = (name: string) => page.locator('[data-testid^="certificate-row-"]', { hasText: name }).first();
  await rowOf(STUDENTS[1].name).waitFor();

  // Revoke one (reason, then a confirmation that says it cannot be undone).
  await rowOf(STUDENTS[1].name).getByTestId('certificate-revoke').click();
  const revoke = page.getByTestId('revoke-dialog');
  await revoke.waitFor();
  await revoke.getByTestId('revoke-reason').fill('判定の誤りのため');
  await revoke.getByTestId('revoke-submit').click();
  const confirmRevoke = page.locator('.confirm-step');
  await confirmRevoke.waitFor();
  expect(await confirmRevoke.innerText()).toContain('取り消せません');
  await confirmRevoke.locator('.el-message-box__btns .el-button:last-child').click();
  await revoke.waitFor({ state: 'hidden' });
  await rowOf(STUDENTS[1].name).and(page.locator('[data-state="REVOKED"]')).waitFor();
  expect(await rowOf(STUDENTS[1].name).getByTestId('certificate-state').innerText()).toBe('取消済み');

  // Reissue the other (lost).
  await rowOf(STUDENTS[0].name).getByTestId('certificate-reissue').click();
  const reissue = page.getByTestId('reissue-dialog');
  await reissue.waitFor();
  await reissue.getByText('紛失', { exact: true }).click();
  await reissue.getByTestId('reissue-submit').click();
  await page.locator('.el-message--success', { hasText: '再発行しました' }).waitFor();
  await rowOf(STUDENTS[0].name).filter({ hasText: '（再発行 1回）' }).waitFor();

  // One certificate as a PDF.
  const one = page.waitForEvent('download');
  await rowOf(STUDENTS[0].name).getByTestId('certificate-download').click();
  expect(
    fs
      .readFileSync((await (await one).path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await checkPage(page, 'completion @390: certificates changed');

  // The ZIP bundle: held back a moment, so the progress indicator shows while it is made.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('cohortCertificatesBundle')) await held;
    await route.continue();
  });
  const download = page.waitForEvent('download');
  await page.getByTestId('bundle-zip').click();
  await page.getByTestId('bundle-progress').waitFor();
  expect(await page.getByTestId('bundle-status').innerText()).toContain('1件につき数秒');
  await checkPage(page, 'completion @390: bundle in progress');
  release();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  expect(
    fs
      .readFileSync((await file.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // The course's completion rule, edited: a bad rate is refused in words, a good one saved as a new version.
  await page.getByTestId('rule-edit').click();
  await page.getByTestId('rule-form').waitFor();
  await page.getByTestId('rule-min-rate-input').fill('150');
  await page.getByTestId('rule-save').click();
  await page.getByTestId('rule-form').getByText('0から100までの整数で入力してください。').waitFor();
  await checkPage(page, 'completion @390: rule form');
  await page.getByTestId('rule-min-rate-input').fill('70');
  await page.getByTestId('rule-save').click();
  await page.locator('.el-message--success', { hasText: '修了の基準を保存しました（第1版）' }).waitFor();
  expect(await page.getByTestId('rule-min-rate').innerText()).toBe('70%以上');
  expect(await page.getByTestId('rule-version').innerText()).toContain('第1版');
  await page.context().close();
});
