import fs from 'node:fs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * The console's attendance grid and CSV import, in Chromium at both widths, on the demo data's
 * running welfare cohort (monthly sessions, the past ones recorded). Staff open the grid from the
 * sessions page, change two cells and save them; correcting a past session's cell asks for a reason
 * and a confirmation; leaving with unsaved changes asks first. A Shift_JIS grid file with an unknown
 * student number is previewed with that row named and nothing written; the fixed file (which also
 * corrects a past cell, so the server asks for a reason) applies. A per-session sheet over 64 KB
 * goes to /graphql/files with an upload progress bar and applies.
 */
let e: E2E;
let staffToken: string;
let cohortId: string;
type Session = { id: string; startsAt: string; endsAt: string; cancelledAt: string | null };
type Student = { id: string; studentNumber: string; student: { name: string } | null };
let past: Session[] = [];
let future: Session[] = [];
let students: Student[] = [];

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

async function grid(): Promise<{ sessions: Session[]; students: Student[]; cells: Array<{ classSessionId: string; enrollmentId: string; statusCode: string | null }> }> {
  return (
    await gqlOk(
      `query($id: ID!) { attendanceGrid(cohortId: $id) { sessions { id startsAt endsAt cancelledAt } students { id studentNumber student { name } } cells { classSessionId enrollmentId statusCode } } }`,
      { id: cohortId },
      staffToken,
    )
  ).attendanceGrid;
}
async function cellOf(sessionId: string, enrollmentId: string): Promise<string | null> {
  const g = await grid();
  return g.cells.find((c) => c.classSessionId === sessionId && c.enrollmentId === enrollmentId)?.statusCode ?? null;
}
/** A session's date as the import reads it (the demo cohort has one session a day). */
const heading = (s: Session) => new Date(Date.parse(s.startsAt) + 9 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '/');
const cell = (page: Page, student: Student, session: Session) => page.getByTestId(`grid-cell-${student.studentNumber}-${session.id}`);
const csvFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  const courses = (await gqlOk(`{ courses { id fieldCode cohorts { id status } } }`, {}, staffToken)).courses as Array<{
    fieldCode: string;
    cohorts: Array<{ id: string; status: string }>;
  }>;
  cohortId = courses.find((c) => c.fieldCode === 'WELFARE')!.cohorts.find((c) => c.status === 'RUNNING')!.id;
  const g = await grid();
  const now = Date.now();
  past = g.sessions.filter((s) => Date.parse(s.endsAt) < now - 86_400_000 && !s.cancelledAt);
  future = g.sessions.filter((s) => Date.parse(s.startsAt) > now + 86_400_000 && !s.cancelledAt);
  students = g.students;
  expect(past.length).toBeGreaterThanOrEqual(6);
  expect(future.length).toBeGreaterThanOrEqual(12);
  expect(students.length).toBeGreaterThanOrEqual(4);
  // The past sessions are recorded, the future ones not.
  expect(g.cells.find((c) => c.classSessionId === past[0].id && c.enrollmentId === students[1].id)?.statusCode).toBe('present');
  expect(g.cells.find((c) => c.classSessionId === future[0].id)?.statusCode).toBeNull();
});
afterAll(() => e?.stop());

describe.each(WIDTHS)('at %i px', (width) => {
  const w = WIDTHS.indexOf(width);

  test('staff change two cells and save them; a correction of a past day asks for a reason; leaving asks first', async () => {
    const page = await e.newPage({ width });
    await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
    await page.goto(`${e.url}/admin/cohorts/${cohortId}/sessions`);
    await page.getByTestId('attendance-grid-link').click();
    await page.waitForURL(`**/admin/cohorts/${cohortId}/attendance`);
    const [a, b] = students;
    const f1 = future[w * 2];
    const f2 = future[w * 2 + 1];
    await cell(page, a, f1).waitFor();
    expect(await page.getByTestId('attendance-grid').locator('tbody tr').count()).toBe(students.length);
    // Unrecorded cells offer 未記録; recorded ones do not.
    expect(await cell(page, a, f1).inputValue()).toBe('');
    expect(await cell(page, a, f1).locator('option').allInnerTexts()).toEqual(['未記録', '出席', '遅刻', '早退', '欠席', '届出欠席']);
    expect(await cell(page, b, past[0]).locator('option').allInnerTexts()).toEqual(['出席', '遅刻', '早退', '欠席', '届出欠席']);
    expect(await cell(page, a, f1).getAttribute('aria-label')).toMatch(new RegExp(`^${a.student!.name}さん \\d{1,2}/\\d{1,2}\\([日月火水木金土]\\) 10:00の出欠$`));
    expect(await page.getByTestId('grid-changes').innerText()).toBe('未保存の変更はありません。');
    await checkPage(page, 'grid');

    // Two future cells: no reason needed, no confirmation.
    await cell(page, a, f1).selectOption('late');
    await cell(page, a, f2).selectOption('absent');
    expect(await cell(page, a, f1).getAttribute('data-changed')).toBe('true');
    expect(await page.getByTestId('grid-changes').innerText()).toContain('未保存の変更 2件');
    expect(await page.getByTestId('grid-reason').count()).toBe(0);
    await checkPage(page, 'grid (two changes)');
    await page.getByTestId('grid-save').click();
    await page.locator('.el-message--success').filter({ hasText: '2件の出欠を保存しました' }).waitFor();
    expect(await cellOf(f1.id, a.id)).toBe('late');
    expect(await cellOf(f2.id, a.id)).toBe('absent');
    await page.reload();
    await cell(page, a, f1).waitFor();
    expect(await cell(page, a, f1).inputValue()).toBe('late');
    expect(await cell(page, a, f2).inputValue()).toBe('absent');
    expect(await cell(page, a, f1).getAttribute('data-changed')).toBeNull();
    // Recorded now: 未記録 cannot be chosen back.
    expect(await cell(page, a, f1).locator('option').allInnerTexts()).not.toContain('未記録');

    // A past session's recorded cell: a reason is asked for, then a confirmation.
    const p = past[w];
    const before = await cellOf(p.id, b.id);
    expect(before).toBe('present');
    await cell(page, b, p).selectOption('excused');
    await page.getByTestId('grid-reason').waitFor();
    expect(await page.getByTestId('grid-changes').innerText()).toContain('講義日を過ぎた訂正 1件');
    await page.getByTestId('grid-save').click();
    await page.getByTestId('grid-reason-error').waitFor();
    expect(await page.getByTestId('grid-reason-error').innerText()).toContain('理由');
    expect(await page.locator('.confirm-step').count()).toBe(0);
    expect(await cellOf(p.id, b.id)).toBe('present');
    await checkPage(page, 'grid (correction needs a reason)');
    await page.fill('#grid-reason', '体調不良の届出が後日提出されたため。');
    await page.getByTestId('grid-save').click();
    const dialog = page.locator('.confirm-step');
    await dialog.waitFor();
    await checkPage(page, 'grid (confirm correction)');
    await dialog.locator('.el-button--primary').click();
    await page.locator('.el-message--success').filter({ hasText: '1件の出欠を保存しました' }).waitFor();
    expect(await cellOf(p.id, b.id)).toBe('excused');
    expect(await cell(page, b, p).inputValue()).toBe('excused');

    // Leaving with an unsaved change asks; staying keeps the change.
    await cell(page, b, future[w * 2 + 1]).selectOption('present');
    await page.locator('.breadcrumb a').click();
    await page.locator('.confirm-step').waitFor();
    await checkPage(page, 'grid (leave with unsaved changes)');
    await page.locator('.confirm-step .el-message-box__btns button').first().click();
    await page.locator('.confirm-step').waitFor({ state: 'hidden' });
    expect(page.url()).toContain(`/cohorts/${cohortId}/attendance`);
    expect(await cell(page, b, future[w * 2 + 1]).inputValue()).toBe('present');
    await page.getByTestId('grid-discard').click();
    expect(await cell(page, b, future[w * 2 + 1]).inputValue()).toBe('');
    await page.locator('.breadcrumb a').click();
    await page.waitForURL(`**/admin/cohorts/${cohortId}/sessions`);
    await page.context().close();
  });

  test('a Shift_JIS grid file with an unknown student is refused row by row; the fixed file applies (with a reason for a past day)', async () => {
    const page = await e.newPage({ width });
    await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
    const files: Array<{ url: string; size: number }> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/graphql')) files.push({ url: r.url(), size: Buffer.byteLength(r.postData() ?? '') });
    });
    await page.goto(`${e.url}/admin/cohorts/${cohortId}/attendance`);
    const [a, b, c] = students;
    const s1 = future[4 + w * 2];
    const s2 = future[5 + w * 2];
    const old = past[3 + w];
    await cell(page, a, s1).waitFor();

    // The download is the grid as it is, in the layout the import reads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('grid-download').click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['学籍番号', '氏名', heading(past[0])]);
    expect(lines[0]).toContain(heading(s1));
    const rowB = lines.find((l) => l.startsWith(`${b.studentNumber},`))!.split(',');
    expect(rowB[2 + past.indexOf(past[w])]).toBe('届出欠席');
    expect(rowB[2]).toMatch(/^(出席|届出欠席)$/);

    // A file over 2 MB is refused before it is sent.
    const sent = files.length;
    await page.getByTestId('csv-file').setInputFiles(csvFile('big.csv', Buffer.alloc(2 * 1024 * 1024 + 10, 0x61)));
    expect(await page.getByTestId('csv-file-error').innerText()).toBe('ファイルが2MBを超えています。');
    expect(files.length).toBe(sent);

    const header = `学籍番号,氏名,${heading(s1)},${heading(s2)},${heading(old)}`;
    const good = [`${a.studentNumber},${a.student!.name},出席,遅刻,遅刻`, `${b.studentNumber},${b.student!.name},欠席,届出欠席,`, `${c.studentNumber},,早退,,`];
    const bad = iconv.encode(`${header}\r\n${good[0]}\r\n${good[1]}\r\nX9999999,誰か,出席,出席,\r\n${good[2]}\r\n`, 'cp932');
    await page.getByTestId('csv-file').setInputFiles(csvFile('grid.csv', bad));
    await page.getByTestId('csv-preview').waitFor();
    expect(await page.getByTestId('csv-counts').innerText()).toBe('記録する出欠 6件／エラー 1件');
    const errorRow = page.getByTestId('csv-error-4');
    expect(await errorRow.innerText()).toContain('4行目');
    expect(await errorRow.innerText()).toContain('X9999999');
    expect(await errorRow.innerText()).toContain('この期の受講生に、この学籍番号はありません。');
    expect(await page.getByTestId('csv-apply').isDisabled()).toBe(true);
    expect(files.filter((f) => f.url.endsWith('/graphql/files')).length).toBe(1);
    expect(await cellOf(s1.id, a.id)).toBeNull();
    await checkPage(page, 'grid import (errors)');

    // The fixed file: the past column changes a recorded cell, so the server asks for a reason.
    const fixed = iconv.encode(`${header}\r\n${good.join('\r\n')}\r\n`, 'cp932');
    await page.getByTestId('csv-file').setInputFiles(csvFile('grid-fixed.csv', fixed));
    await page.getByTestId('csv-summary').waitFor();
    expect(await page.getByTestId('csv-counts').innerText()).toBe('記録する出欠 6件／エラー 0件');
    expect(await page.getByTestId('csv-summary-late').innerText()).toBe('遅刻：2件');
    await checkPage(page, 'grid import (preview)');
    await page.getByTestId('csv-apply').click();
    await page.locator('.confirm-step').waitFor();
    await page.locator('.confirm-step .el-button--primary').click();
    await page.getByTestId('csv-reason-error').waitFor();
    expect(await page.getByTestId('csv-reason-error').innerText()).toContain('理由');
    expect(await cellOf(s1.id, a.id)).toBeNull();
    await checkPage(page, 'grid import (reason asked)');
    await page.fill('#grid-import-reason', '紙の出席簿と照合して訂正します。');
    await page.getByTestId('csv-apply').click();
    await page.locator('.confirm-step').waitFor();
    await page.locator('.confirm-step .el-button--primary').click();
    await page.locator('.el-message--success').filter({ hasText: '6件の出欠を取り込みました' }).waitFor();
    await page.getByTestId('csv-preview').waitFor({ state: 'hidden' });
    await page.waitForFunction((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null)?.value === 'present', `grid-cell-${a.studentNumber}-${s1.id}`);
    expect(await cell(page, a, s1).inputValue()).toBe('present');
    expect(await cell(page, a, s2).inputValue()).toBe('late');
    expect(await cell(page, b, s2).inputValue()).toBe('excused');
    expect(await cell(page, c, s1).inputValue()).toBe('leftEarly');
    expect(await cell(page, a, old).inputValue()).toBe('late');
    expect(await cellOf(old.id, a.id)).toBe('late');
    expect(await cellOf(s1.id, b.id)).toBe('absent');
    expect(await cellOf(s2.id, c.id)).toBeNull();
    // Every CSV operation went to /graphql/files.
    expect(files.filter((f) => f.url.endsWith('/graphql/files')).length).toBe(4);
    await checkPage(page, 'grid import (applied)');
    await page.context().close();
  });

  test('a per-session sheet over 64 KB goes up with a progress bar and applies', async () => {
    const page = await e.newPage({ width });
    await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
    const session = future[8 + w];
    const bodies: Array<{ url: string; size: number }> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/graphql')) bodies.push({ url: r.url(), size: Buffer.byteLength(r.postData() ?? '') });
    });
    await page.goto(`${e.url}/admin/sessions/${session.id}/attendance`);
    const [a, b] = students;
    await page.getByTestId(`status-${a.studentNumber}`).waitFor();
    await page.locator('.sheet-import summary').click();
    await page.getByTestId('csv-file').waitFor();
    await checkPage(page, 'sheet import (open)');

    // Note the progress bar and the reading state as they come and go; slow the upload down so they show.
    await page.evaluate(() => {
      const seen: { bar: number[]; reading: boolean } = { bar: [], reading: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="csv-progress-bar"]');
        if (bar) seen.bar.push(Number(bar.getAttribute('aria-valuenow')));
        if (document.querySelector('[data-testid="csv-reading"]')) seen.reading = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200 * 1024 });

    const remark = '備考の欄です。'.repeat(1500);
    const rows = students.map((s, i) => `${s.studentNumber},${s.student?.name ?? ''},${i === 0 ? '遅刻' : i === 1 ? '欠席' : '出席'},${remark}`);
    const file = Buffer.from(`\uFEFF学籍番号,氏名,状態,備考\r\n${rows.join('\r\n')}\r\n`, 'utf8');
    expect(file.length).toBeGreaterThan(64 * 1024);
    await page.getByTestId('csv-file').setInputFiles(csvFile('sheet.csv', file));
    await page.getByTestId('csv-progress-bar').waitFor();
    await page.getByTestId('csv-preview').waitFor();
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: { bar: number[]; reading: boolean } }).__seen);
    expect(seen.bar.length).toBeGreaterThan(0);
    expect(Math.max(...seen.bar)).toBeGreaterThan(0);
    expect(seen.reading).toBe(true);
    const big = bodies.filter((r) => r.size > 64 * 1024);
    expect(big.length).toBe(1);
    expect(big[0].url).toMatch(/\/graphql\/files$/);

    expect(await page.getByTestId('csv-counts').innerText()).toBe(`記録する出欠 ${students.length}件／エラー 0件`);
    expect(await page.getByTestId('csv-summary-late').innerText()).toBe('遅刻：1件');
    await checkPage(page, 'sheet import (preview)');
    await page.getByTestId('csv-apply').click();
    await page.locator('.confirm-step').waitFor();
    await page.locator('.confirm-step .el-button--primary').click();
    await page
      .locator('.el-message--success')
      .filter({ hasText: `${students.length}件の出欠を取り込みました` })
      .waitFor();
    await page.waitForFunction((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null)?.value === 'late', `status-${a.studentNumber}`);
    expect(await page.getByTestId(`status-${b.studentNumber}`).inputValue()).toBe('absent');
    expect(await cellOf(session.id, a.id)).toBe('late');
    expect(await cellOf(session.id, b.id)).toBe('absent');
    expect(bodies.filter((r) => r.size > 64 * 1024).every((r) => r.url.endsWith('/graphql/files'))).toBe(true);
    await checkPage(page, 'sheet import (applied)');
    await page.context().close();
  });
});
