import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { startTestServer, type TestServer } from './helpers/server';
import { buildReportingFixture } from './helpers/reporting-fixture';
import { main, REPORT_OPERATIONS, ReportError, runReport, type ReportResult } from '../server/src/scripts/report';
import { reportDocuments, variablesFor } from '../server/src/scripts/report/api';
import { csvPaths } from '../server/src/scripts/report/workbook';

/**
 * `npm run report`: the report tool against a real server over HTTP with a reporting token created
 * by a ward administrator, on the fixture of tests/helpers/reporting-fixture.ts (year 2030,
 * threshold 5). The workbook is opened with exceljs and checked cell by cell against the API's
 * own answers and against the figures known by hand; the CSV variant; refusals (revoked token,
 * an operation the client may not run, a token on the command line) leave no file; the token
 * never shows in any output or file.
 */
let t: TestServer;
let admin: string;
let token: string;
let dir: string;
let url: string;
const NOW = new Date('2031-12-01T01:02:00Z');
const DAY = 24 * 3600_000;

const CREATE = 'mutation($input: ReportingClientInput!) { createReportingClient(input: $input) { token client { id } } }';
async function client(allowedOperations: readonly string[]): Promise<{ id: string; token: string }> {
  const input = { name: '年次報告ツール', purpose: '年次評価の集計', allowedOperations, expiresAt: new Date(Date.now() + 30 * DAY).toISOString() };
  const res = await t.gql(CREATE, { input }, { token: admin });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { id: res.data.createReportingClient.client.id, token: res.data.createReportingClient.token };
}

/** What the API answers the reporting token, asked directly (not through the tool). */
async function apiAnswers(year: number): Promise<Record<string, any>> {
  const documents = reportDocuments();
  const out: Record<string, any> = {};
  for (const name of REPORT_OPERATIONS) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: documents.get(name)!.document, variables: variablesFor(name, year) }),
    });
    const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
    expect([res.status, body.errors]).toEqual([200, undefined]);
    Object.assign(out, body.data);
  }
  return out;
}

/** A figure or rate as the sheet shows it: the number, "x" when suppressed, "-" without a base. */
const v = (c: { value: number | null; suppressed: boolean }) => (c.suppressed ? 'x' : c.value === null ? '-' : c.value);
const grid = (ws: Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values: unknown[] = [];
    for (let j = 1; j <= ws.columnCount; j++) {
      const value = row.getCell(j).value;
      values.push(value === null || value === undefined ? null : value);
    }
    rows.push(values);
  });
  return rows;
};
const FIELDS = ['地域福祉', '防災', '農', 'みどり', 'リサイクル'];
const SHEETS = ['説明', '受講状況', '退学の理由', '期別', '年度別推移', '受講分野×活動分野', '活動分野別修了生', 'アンケート回答率', 'お引き合わせの結果', '受講資格別'];

beforeAll(async () => {
  t = await startTestServer();
  url = `${t.url}/graphql`;
  admin = await t.tokenFor('admin');
  await buildReportingFixture(t, await t.tokenFor('staff'), { surveys: true });
  token = (await client(REPORT_OPERATIONS)).token;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-report-'));
}, 300_000);
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the workbook', () => {
  let result: ReportResult;
  let wb: Workbook;
  let api: Record<string, any>;
  const sheet = (name: string) => wb.getWorksheet(name)!;

  beforeAll(async () => {
    const out = path.join(dir, 'report.xlsx');
    result = await runReport({ year: 2030, out, url, token, now: NOW });
    expect(result.files).toEqual([out]);
    wb = new Workbook();
    await wb.xlsx.readFile(out);
    api = await apiAnswers(2030);
  });

  it('holds a 説明 sheet and one sheet per report, in Japanese, with frozen headings', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    // The tool wrote what the API answered, unchanged.
    expect(result.answers).toEqual(api);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
      for (let j = 1; j <= ws.columnCount; j++) expect(ws.getColumn(j).width).toBeGreaterThanOrEqual(8);
    }
    expect(sheet('受講状況').views[0]).toMatchObject({ xSplit: 1 });
    expect(sheet('年度別推移').views[0]).toMatchObject({ xSplit: 2 });
  });

  it('説明: the year, the threshold, the time, the API URL and the suppression method; no token', () => {
    const rows = grid(sheet('説明'));
    const item = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(rows[0]).toEqual(['項目', '内容']);
    expect(item('年度')).toBe('2030年度（2030年4月〜2031年3月）');
    expect(item('秘匿の基準')).toBe('1以上5未満の数を秘匿（しきい値 5）');
    expect(item('作成日時')).toBe('2031-12-01 10:02（日本時間）');
    expect(item('API の URL')).toBe(url);
    expect(item('秘匿の方法')).toContain('一次秘匿：1以上5未満');
    expect(rows.some((r) => String(r[1]).startsWith('二次秘匿'))).toBe(true);
    expect(item('記号')).toContain('x：秘匿');
    // Every report sheet is listed with what it holds, and every operation with its hash.
    for (const name of SHEETS.slice(1)) expect(typeof item(name)).toBe('string');
    const documents = reportDocuments();
    for (const name of REPORT_OPERATIONS) expect(item(name)).toBe(documents.get(name)!.sha256);
  });

  it('期別: one row per cohort of the year and the total, as the API answered, applications as computed by hand', () => {
    const rows = grid(sheet('期別'));
    expect(rows[0]).toEqual(['分野', '講座', '開講日', '申込', '受講', '退学・取りやめ', '修了', '未修了', '修了率', '平均出席率']);
    const f = api.cohortFigures;
    expect(f.cohorts.map((c: any) => c.fieldCode)).toEqual(['WELFARE', 'DISASTER', 'AGRICULTURE', 'RECYCLING']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['地域福祉', '防災', '農', 'リサイクル', '合計']);
    expect(rows.slice(1, -1).map((r) => r[1])).toEqual(f.cohorts.map((c: any) => c.courseTitle));
    expect(rows[1][2]).toBe('2030/04/10');
    // Agriculture's 2 applications are suppressed, and recycling's 5 with them.
    expect(rows.slice(1).map((r) => r[3])).toEqual([12, 6, 'x', 'x', 25]);
    const keys = ['applications', 'enrolled', 'withdrawn', 'completed', 'notCompleted', 'completionRate', 'meanAttendanceRate'];
    expect(rows.slice(1).map((r) => r.slice(3))).toEqual([...f.cohorts, f.total].map((x: any) => keys.map((k) => v(x[k]))));
  });

  it('受講状況: the hand-computed figures, suppressed cells "x" with a note, rates as percentages', () => {
    const ws = sheet('受講状況');
    const rows = grid(ws);
    expect(rows[0]).toEqual(['分野', '申込', '受講資格あり', '受講決定', '受講', '退学・取りやめ', '修了', '未修了', '修了率', '平均出席率']);
    expect(rows.slice(1)).toEqual([
      ['地域福祉', 12, 11, 10, 9, 'x', 6, 'x', 'x', 'x'],
      ['防災', 6, 6, 6, 6, 'x', 'x', 'x', 'x', 'x'],
      ['農', 'x', 'x', 'x', 'x', 0, 'x', 0, 'x', 'x'],
      ['みどり', 0, 0, 0, 0, 0, 0, 0, '-', '-'],
      ['リサイクル', 'x', 'x', 'x', 'x', 0, 5, 0, 1, 1],
      ['合計', 25, 24, 23, 22, 'x', 18, 'x', 'x', 'x'],
    ]);
    // The same as the API's answer, cell by cell.
    const f = api.enrollmentFigures;
    const keys = ['applications', 'eligible', 'accepted', 'enrolled', 'withdrawn', 'completed', 'notCompleted', 'completionRate', 'meanAttendanceRate'];
    expect(rows.slice(1).map((r) => r.slice(1))).toEqual([...f.fields, f.total].map((x: any) => keys.map((k) => v(x[k]))));
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('I6').numFmt).toBe('0.0%');
    expect(ws.getCell('J6').numFmt).toBe('0.0%');
    expect(JSON.stringify(ws.getCell('F2').note)).toContain('秘匿');
    expect(JSON.stringify(ws.getCell('I5').note)).toContain('該当なし');
    expect(JSON.stringify(ws.getCell('B1').note)).toContain('申込');
    expect(ws.getCell('B2').note).toBeUndefined();
  });

  it('退学の理由: by reason in the clients’ words, with the withdrawn total', () => {
    expect(grid(sheet('退学の理由'))).toEqual([
      ['理由', '人数'],
      ['健康上の理由', 'x'],
      ['仕事の都合', 'x'],
      ['家庭の事情', 0],
      ['転居', 0],
      ['その他', 'x'],
      ['合計', 'x'],
    ]);
  });

  it('年度別推移: five years up to the year, by field, each year as the API answers it', () => {
    const rows = grid(sheet('年度別推移'));
    expect(rows[0]).toEqual(['年度', '分野', '申込', '受講', '修了', '修了率']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([2026, 2027, 2028, 2029, 2030].flatMap((y) => Array(6).fill(y)));
    expect(rows.slice(1).map((r) => r[1])).toEqual(
      Array(5)
        .fill([...FIELDS, '合計'])
        .flat(),
    );
    const expected = api.enrollmentTrend.flatMap((y: any) =>
      [...y.fields, y.total].map((x: any) => [
        y.academicYear,
        x.fieldCode === null ? '合計' : FIELDS[y.fields.indexOf(x)],
        ...['applications', 'enrolled', 'completed', 'completionRate'].map((k) => v(x[k])),
      ]),
    );
    expect(rows.slice(1)).toEqual(expected);
    // 2029: recycling's 2 (and so the total) suppressed; 2030 as 受講状況.
    expect(rows.slice(19, 25)).toEqual([
      [2029, '地域福祉', 0, 0, 0, '-'],
      [2029, '防災', 0, 0, 0, '-'],
      [2029, '農', 0, 0, 0, '-'],
      [2029, 'みどり', 0, 0, 0, '-'],
      [2029, 'リサイクル', 'x', 'x', 'x', 'x'],
      [2029, '合計', 'x', 'x', 'x', 'x'],
    ]);
    expect(rows[25]).toEqual([2030, '地域福祉', 12, 9, 6, 'x']);
    expect(rows[29]).toEqual([2030, 'リサイクル', 'x', 'x', 5, 1]);
  });

  it('受講分野×活動分野 and 活動分野別修了生: the matrix known by hand, "x" for every small cell', () => {
    const rows = grid(sheet('受講分野×活動分野'));
    expect(rows[0]).toEqual(['受講した分野＼活動分野', ...FIELDS, '現在の活動なし', '5分野以外の活動', '合計']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...FIELDS, '合計']);
    const truth = [
      [1, 2, 0, 0, 0, 3, 1, 7],
      [3, 0, 0, 0, 0, 2, 0, 5],
      [0, 0, 1, 0, 0, 1, 0, 2],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 4, 1, 0, 5],
      [4, 2, 1, 0, 4, 7, 1, 19],
    ];
    truth.forEach((row, i) =>
      row.forEach((n, j) => {
        const shown = rows[i + 1][j + 1];
        if (n > 0 && n < 5) expect({ i, j, shown }).toEqual({ i, j, shown: 'x' });
        else expect({ i, j, shown: shown === 'x' ? n : shown }).toEqual({ i, j, shown: n });
      }),
    );
    const m = api.studiedActiveMatrix;
    expect(rows.slice(1)).toEqual([
      ...m.rows.map((r: any, i: number) => [FIELDS[i], ...r.cells.map((c: any) => v(c.count)), v(r.total)]),
      ['合計', ...m.columnTotals.map((c: any) => v(c.count)), v(m.grandTotal)],
    ]);
    // The alumni by active field are the matrix's last row.
    const alumni = grid(sheet('活動分野別修了生'));
    expect(alumni[0]).toEqual(['活動分野', '修了生']);
    expect(alumni.slice(1)).toEqual(rows[6].map((value, j) => [[...FIELDS, '現在の活動なし', '5分野以外の活動', '合計'][j - 1], value]).slice(1));
    expect(alumni[alumni.length - 1]).toEqual(['合計', 19]);
  });

  it('アンケート回答率: the 6-month waves by field, small cells "x"', () => {
    const rows = grid(sheet('アンケート回答率'));
    expect(rows[0]).toEqual(['実施時期', '分野', '依頼', '回答', '未回答', '回答率']);
    // welfare 6 invited: 5 answered, 1 not; disaster 5: 2 answered, 3 not.
    const truth = [
      [6, 5, 1],
      [5, 2, 3],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [11, 7, 4],
    ];
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([...FIELDS, '合計'].map((f) => ['修了後6か月', f]));
    truth.forEach((row, i) =>
      row.forEach((n, j) => {
        const shown = rows[i + 1][j + 2];
        if (n > 0 && n < 5) expect({ i, j, shown }).toEqual({ i, j, shown: 'x' });
        else expect({ i, j, shown: shown === 'x' ? n : shown }).toEqual({ i, j, shown: n });
      }),
    );
    expect(rows[1][5]).toBe('x');
    expect(rows[3][5]).toBe('-');
    const [wave] = api.surveyResponseRates.waves;
    expect(rows.slice(1).map((r) => r.slice(2))).toEqual([...wave.fields, wave.total].map((x: any) => [v(x.invited), v(x.answered), v(x.notAnswered), v(x.responseRate)]));
  });

  it('お引き合わせの結果: statuses in the clients’ words; no introductions: zeros, and no rate', () => {
    const rows = grid(sheet('お引き合わせの結果'));
    expect(rows[0]).toEqual(['受講した分野', '調整中', '保留', '参加した', '合わなかった', '合計', '参加率']);
    expect(rows.slice(1)).toEqual([...[...FIELDS, '修了した講座なし'].map((f) => [f, 0, 0, 0, 0, 0, null]), ['合計', 0, 0, 0, 0, 0, '-']]);
    const n = api.introductionOutcomes;
    expect(rows.slice(1, -1).map((r) => r.slice(1, 6))).toEqual(n.rows.map((r: any) => [...r.cells.map((c: any) => v(c.count)), v(r.total)]));
  });

  it('受講資格別: applications and completions by field × basis, as the API answers', () => {
    const rows = grid(sheet('受講資格別'));
    expect(rows[0]).toEqual(['区分', '分野', '区内在住', '区内在勤', '区内在学', '合計']);
    const e = api.eligibilityFigures;
    const block = (kind: string, table: any) => [
      ...table.rows.map((r: any, i: number) => [kind, FIELDS[i], ...r.cells.map((c: any) => v(c.count)), v(r.total)]),
      [kind, '合計', ...table.columnTotals.map((c: any) => v(c.count)), v(table.grandTotal)],
    ];
    expect(rows.slice(1)).toEqual([...block('申込', e.applications), ...block('修了', e.completions)]);
    // Every application came from a resident (the members' default): the residents' column is the applications column.
    expect(rows.slice(1, 7).map((r) => r[5])).toEqual([12, 6, 'x', 0, 'x', 25]);
    expect(rows[12]).toEqual(['修了', '合計', 18, 0, 0, 18]);
  });

  it('holds no token anywhere', () => {
    const secret = token.split('_')[2];
    const everything = JSON.stringify([wb.worksheets.map((ws) => grid(ws)), wb.worksheets.map((ws) => ws.getSheetValues()), wb.creator, wb.title, wb.company]);
    expect(everything).not.toContain(secret);
  });
});

describe('the CSV variant', () => {
  it('one UTF-8 CSV with BOM per sheet, <base>-<sheet>.csv, the same cells, rates as fractions', async () => {
    const out = path.join(dir, 'yearly.csv');
    const result = await runReport({ year: 2030, out, url, token, now: NOW });
    expect(result.files).toEqual(csvPaths(out, result.tables));
    expect(result.files.map((f) => path.basename(f))).toEqual(SHEETS.map((s) => `yearly-${s}.csv`));
    expect(fs.existsSync(out)).toBe(false);
    const read = (name: string) => {
      const bytes = fs.readFileSync(path.join(dir, `yearly-${name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      return text.slice(0, -2).split('\r\n');
    };
    expect(read('受講状況')).toEqual([
      '分野,申込,受講資格あり,受講決定,受講,退学・取りやめ,修了,未修了,修了率,平均出席率',
      '地域福祉,12,11,10,9,x,6,x,x,x',
      '防災,6,6,6,6,x,x,x,x,x',
      '農,x,x,x,x,0,x,0,x,x',
      'みどり,0,0,0,0,0,0,0,-,-',
      'リサイクル,x,x,x,x,0,5,0,1,1',
      '合計,25,24,23,22,x,18,x,x,x',
    ]);
    expect(read('退学の理由')[1]).toBe('健康上の理由,x');
    const guide = read('説明');
    expect(guide[0]).toBe('項目,内容');
    expect(guide).toContain('年度,2030年度（2030年4月〜2031年3月）');
    expect(guide).toContain(`API の URL,${url}`);
    expect(guide).toContain('割合の表し方,0〜1 の小数（例：0.75 は 75%）');
    // Every sheet's CSV has the workbook's rows (the same headings and cells).
    const wb = new Workbook();
    await runReport({ year: 2030, out: path.join(dir, 'same.xlsx'), url, token, now: NOW });
    await wb.xlsx.readFile(path.join(dir, 'same.xlsx'));
    for (const name of SHEETS.slice(1)) {
      const lines = read(name);
      const rows = grid(wb.getWorksheet(name)!).map((r) => r.map((c) => (c === null ? '' : typeof c === 'number' ? String(Math.round(c * 10_000) / 10_000) : String(c))).join(','));
      expect({ name, lines }).toEqual({ name, lines: rows });
    }
    const secret = token.split('_')[2];
    for (const f of result.files) expect(fs.readFileSync(f, 'utf8')).not.toContain(secret);
  });
});

describe('the command line', () => {
  const io = () => {
    const lines: string[] = [];
    return { lines, io: { stdout: (l: string) => lines.push(`out: ${l}`), stderr: (l: string) => lines.push(`err: ${l}`) } };
  };
  const files = () => fs.readdirSync(dir).sort();

  it('takes the token from a file or REPORTING_TOKEN, prints the files written and never the token', async () => {
    const tokenFile = path.join(dir, 'token.txt');
    fs.writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
    const out = path.join(dir, 'cli.xlsx');
    const a = io();
    expect(await main(['--year', '2030', '--out', out, '--url', url, '--token-file', tokenFile], {}, a.io)).toBe(0);
    expect(a.lines).toEqual(['out: 集計を書き出しました / Report written (2030年度):', `out:   ${out}`]);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);

    // From the environment, with the URL from REPORT_API_URL.
    const b = io();
    const csv = path.join(dir, 'env.csv');
    expect(await main(['--year', '2030', '--out', csv], { REPORTING_TOKEN: token, REPORT_API_URL: url }, b.io)).toBe(0);
    expect(b.lines).toHaveLength(1 + SHEETS.length);
    expect(fs.existsSync(path.join(dir, 'env-受講状況.csv'))).toBe(true);
    for (const line of [...a.lines, ...b.lines]) expect(line).not.toContain(token.split('_')[2]);
  });

  it('refuses a token on the command line, and runs nothing', async () => {
    const before = files();
    for (const argv of [
      ['--year', '2030', '--out', path.join(dir, 'argv.xlsx'), '--url', url, '--token', token],
      ['--year', '2030', '--out', path.join(dir, 'argv.xlsx'), '--url', url, `--token=${token}`],
    ]) {
      const c = io();
      expect(await main(argv, {}, c.io)).toBe(2);
      expect(c.lines.join('\n')).toContain('トークンをコマンドラインで渡すことはできません');
      expect(c.lines.join('\n')).not.toContain(token.split('_')[2]);
    }
    const none = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'none.xlsx'), '--url', url], {}, none.io)).toBe(2);
    expect(none.lines.join('\n')).toContain('REPORTING_TOKEN');
    const bad = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'bad.pdf'), '--url', url], { REPORTING_TOKEN: token }, bad.io)).toBe(2);
    expect(files()).toEqual(before);
  });

  it('a revoked token: exit 1, a Japanese and an English message, no file, no token in the output', async () => {
    const revoked = await client(REPORT_OPERATIONS);
    const res = await t.gql('mutation($id: ID!) { revokeReportingClient(id: $id) { id status } }', { id: revoked.id }, { token: admin });
    expect(res.data.revokeReportingClient.status).toBe('REVOKED');
    const before = files();
    const c = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'revoked.xlsx'), '--url', url], { REPORTING_TOKEN: revoked.token }, c.io)).toBe(1);
    expect(c.lines).toEqual([
      'err: エラー：集計用トークンが無効です（不明、失効済み、または更新済み）。区の管理者に新しいトークンを発行してもらってください。(HTTP 401)',
      'err: Error: The reporting token is not valid (unknown, revoked or replaced by a newer one); ask a ward administrator for a new token. (HTTP 401)',
    ]);
    const csv = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'revoked.csv'), '--url', url], { REPORTING_TOKEN: revoked.token }, csv.io)).toBe(1);
    expect(files()).toEqual(before);
    await expect(runReport({ year: 2030, out: path.join(dir, 'revoked.xlsx'), url, token: revoked.token })).rejects.toMatchObject({ code: 'reporting.tokenInvalid' });
    expect(files()).toEqual(before);
  });

  it('an operation the client may not run: exit 1 naming it; --only runs what the client may', async () => {
    const narrow = await client(['EnrollmentFigures']);
    const before = files();
    const c = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'narrow.xlsx'), '--url', url], { REPORTING_TOKEN: narrow.token }, c.io)).toBe(1);
    expect(c.lines[0]).toContain('この集計クライアントには操作 CohortFigures が許可されていません');
    expect(c.lines[1]).toContain('This reporting client may not run CohortFigures');
    expect(c.lines[1]).toContain('HTTP 403');
    expect(files()).toEqual(before);

    const d = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'narrow.xlsx'), '--url', url, '--only', 'EnrollmentFigures'], { REPORTING_TOKEN: narrow.token }, d.io)).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(dir, 'narrow.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['説明', '受講状況', '退学の理由']);
    expect(wb.getWorksheet('受講状況')!.getCell('B2').value).toBe(12);
  });

  it('an unreachable API or a wrong URL: exit 1 with a clear message', async () => {
    const c = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'down.xlsx'), '--url', 'http://127.0.0.1:9/graphql'], { REPORTING_TOKEN: token }, c.io)).toBe(1);
    expect(c.lines[0]).toContain('API（http://127.0.0.1:9/graphql）に接続できません');
    const w = io();
    expect(await main(['--year', '2030', '--out', path.join(dir, 'down.xlsx'), '--url', `${t.url}/no-such-path`], { REPORTING_TOKEN: token }, w.io)).toBe(1);
    expect(w.lines.join('\n')).not.toContain(token.split('_')[2]);
    expect(fs.existsSync(path.join(dir, 'down.xlsx'))).toBe(false);
    expect(new ReportError('ja', 'en', 'x')).toBeInstanceOf(Error);
  });
});
