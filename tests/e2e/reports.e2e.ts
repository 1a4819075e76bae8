import type { Download, Locator, Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken, staffBrowserLogin } from './totp';

/**
 * The console's 統計 page (issue 14): charts with their tables and CSV, at a desktop and a phone
 * width. The figures are the demo's (a finished recycling cohort with a suppressed completion
 * count, the current year's intake) plus applications made here through the API to next year's
 * cohorts, so that a year holds shown counts next to suppressed ones (秘匿, "x"). Every table is
 * checked against the API's answer for the same staff member; a contractor's staff see only their
 * own field, its totals over that field.
 */
let e: E2E;
let staffToken = '';
let greeneryToken = '';
const PASSWORD = 'reports e2e password 2026';
/** Threshold 3 (the lowest the server accepts): three applications are shown, two are not. */
const THRESHOLD = 3;
/** Next year's applications made here, by field: 2 (suppressed), 3 and 3 (one of them hidden by secondary suppression). */
const SEEDED: Record<string, number> = { DISASTER: 2, GREENERY: 3, RECYCLING: 3 };
let seededYear = 0;

const FIGURE = '{ value suppressed }';
const FIELD_FIGURES = `fieldCode applications ${FIGURE} eligible ${FIGURE} accepted ${FIGURE} enrolled ${FIGURE} withdrawn ${FIGURE} completed ${FIGURE} notCompleted ${FIGURE} completionRate ${FIGURE} meanAttendanceRate ${FIGURE}`;
interface Figure {
  value: number | null;
  suppressed: boolean;
}

async function gqlOk(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The academic year (April to March) in Tokyo time, as the page's default. */
function currentAcademicYear(): number {
  const tokyo = new Date(Date.now() + 9 * 3600_000);
  return tokyo.getUTCMonth() < 3 ? tokyo.getUTCFullYear() - 1 : tokyo.getUTCFullYear();
}

/** A cell as the page writes it: "x" when suppressed, "-" for a rate without a base, a % for rates. */
const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('ja-JP');
function cellText(f: Figure, isRate = false): string {
  if (f.suppressed) return 'x';
  if (f.value === null) return '-';
  return isRate ? percent.format(f.value) : count.format(f.value);
}
function csvText(f: Figure, isRate = false): string {
  if (f.suppressed) return 'x';
  if (f.value === null) return '-';
  return isRate ? `${(Math.round(f.value * 1000) / 10).toFixed(1)}%` : String(f.value);
}

/** Each body row of a table: its heading and its cells' text. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())));
}

async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()!.width;
  const violations = await axeViolations(page);
  if (violations.length) console.log(`${label} at ${width} px:\n  ${violations.join('\n  ')}`);
  expect([label, width, violations]).toEqual([label, width, []]);
  expect([label, width, await englishSentences(page)]).toEqual([label, width, []]);
  expect([label, width, await horizontalOverflow(page)]).toEqual([label, width, 0]);
}

/** A chart has drawn: its canvas is there and has a size. */
async function expectChart(page: Page, testid: string): Promise<void> {
  const canvas = page.getByTestId(testid).locator('canvas').first();
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  expect(box && box.width > 100 && box.height > 100).toBe(true);
  expect(await page.getByTestId(testid).getAttribute('role')).toBe('img');
  expect(await page.getByTestId(testid).getAttribute('aria-label')).toMatch(/[\u3040-\u9fff]/);
}

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

async function selectYear(page: Page, year: number): Promise<void> {
  await page.selectOption('#reports-year', String(year));
  await page
    .getByTestId('reports-funnel-table')
    .locator('caption')
    .filter({ hasText: `${year}年度` })
    .waitFor();
}

const fieldNames = async (token: string): Promise<Map<string, string>> =>
  new Map(((await gqlOk('{ fields { code nameJa } }', {}, token)).fields as { code: string; nameJa: string }[]).map((f) => [f.code, f.nameJa]));

/** The funnel table's rows as the API's figures say they should read (the fields, then 合計). */
async function expectedFunnel(year: number, token: string): Promise<string[][]> {
  const names = await fieldNames(token);
  const f = (await gqlOk(`query($y: Int!) { enrollmentFigures(academicYear: $y) { fields { ${FIELD_FIGURES} } total { ${FIELD_FIGURES} } } }`, { y: year }, token))
    .enrollmentFigures;
  return [...f.fields, f.total].map((r: Record<string, Figure> & { fieldCode: string | null }) => [
    r.fieldCode ? names.get(r.fieldCode)! : '合計',
    ...['applications', 'eligible', 'accepted', 'enrolled', 'withdrawn', 'completed', 'notCompleted'].map((k) => cellText(r[k])),
    cellText(r.completionRate, true),
    cellText(r.meanAttendanceRate, true),
  ]);
}

/** The trend table's rows (five years up to `to`: the total, then each field, by applications, enrolled, completed). */
async function trendRows(to: number, token: string): Promise<string[][]> {
  const trend = (
    await gqlOk(
      `query($f: Int!, $t: Int!) { enrollmentTrend(fromYear: $f, toYear: $t) { academicYear fields { applications ${FIGURE} enrolled ${FIGURE} completed ${FIGURE} } total { applications ${FIGURE} enrolled ${FIGURE} completed ${FIGURE} } } }`,
      { f: to - 4, t: to },
      token,
    )
  ).enrollmentTrend as { academicYear: number; fields: Record<string, Figure>[]; total: Record<string, Figure> }[];
  return trend.map((y) => [`${y.academicYear}年度`, ...[y.total, ...y.fields].flatMap((f) => ['applications', 'enrolled', 'completed'].map((k) => cellText(f[k])))]);
}

beforeAll(async () => {
  e = await startE2E({ env: { REPORT_SUPPRESSION_THRESHOLD: String(THRESHOLD) } });
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
  greeneryToken = await staffApiToken(e, DEMO.greenery.loginId, DEMO.greenery.password);

  // Members apply to next year's open cohorts: a year with shown and suppressed counts side by side.
  const open = (await gqlOk('{ openCohorts { id academicYear course { fieldCode } } }', {})).openCohorts as {
    id: string;
    academicYear: number;
    course: { fieldCode: string };
  }[];
  let n = 0;
  for (const [fieldCode, howMany] of Object.entries(SEEDED)) {
    const cohort = open.find((c) => c.course.fieldCode === fieldCode);
    if (!cohort) throw new Error(`no open cohort of ${fieldCode} in the demo`);
    seededYear = cohort.academicYear;
    for (let i = 0; i < howMany; i++, n++) {
      const email = `e2e-reports-${Date.now()}-${n}@example.jp`;
      await gqlOk('mutation($input: RegisterInput!) { register(input: $input) }', {
        input: {
          name: `統計 太郎${n}`,
          nameKana: 'トウケイ タロウ',
          email,
          residency: 'RESIDENT',
          address: '東京都練馬区豊玉北6-12-1',
          password: PASSWORD,
          privacyNoticeVersion: '2026-04',
          acceptPrivacyNotice: true,
        },
      });
      const loginId = await e.confirmRegistration(email);
      const token = (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: PASSWORD })).login.accessToken;
      await gqlOk(
        `mutation($c: ID!) { applyToCohort(input: { cohortId: $c, eligibilityBasis: RESIDENT, preferredContact: EMAIL, emailAlerts: false, motivation: "地域の活動に参加して、近所の人の役に立ちたいと考えています。" }) { id } }`,
        { c: cohort.id },
        token,
      );
    }
  }
});
afterAll(() => e?.stop());

test('ward staff: the trend, the funnel, the heat map and the survey rates as charts with tables and CSV, suppressed cells as "x"', async () => {
  const thisYear = currentAcademicYear();
  const names = await fieldNames(staffToken);
  // The figures the page must show, from the API.
  const expectedTrend = (to: number) => trendRows(to, staffToken);
  const trendNow = await expectedTrend(thisYear);
  // Up to next year: the applications made above, shown and suppressed.
  const trendSeeded = await expectedTrend(seededYear);
  expect(trendSeeded[trendSeeded.length - 1]).toContain('x');
  expect(trendSeeded.flat().some((c) => /^[1-9]/.test(c))).toBe(true);
  const matrix = (
    await gqlOk(
      `{ studiedActiveMatrix { rows { studiedField cells { activeField count ${FIGURE} } total ${FIGURE} } columnTotals { count ${FIGURE} } grandTotal ${FIGURE} } }`,
      {},
      staffToken,
    )
  ).studiedActiveMatrix;
  const expectedMatrix = [
    ...matrix.rows.map((r: any) => [names.get(r.studiedField)!, ...r.cells.map((c: any) => cellText(c.count)), cellText(r.total)]),
    ['合計', ...matrix.columnTotals.map((c: any) => cellText(c.count)), cellText(matrix.grandTotal)],
  ];
  expect(expectedMatrix.flat()).toContain('x');
  const suppressedCells = matrix.rows.flatMap((r: any) => r.cells).filter((c: any) => c.count.suppressed).length;
  expect(suppressedCells).toBeGreaterThan(0);

  const expectedSeeded = await expectedFunnel(seededYear, staffToken);
  // Next year: the two disaster applications are suppressed; greenery or recycling is hidden with them, the other shown.
  const seededRows = new Map(expectedSeeded.map((r) => [r[0], r]));
  expect(seededRows.get(names.get('DISASTER')!)![1]).toBe('x');
  expect([seededRows.get(names.get('GREENERY')!)![1], seededRows.get(names.get('RECYCLING')!)![1]].sort()).toEqual(['3', 'x']);
  expect(seededRows.get('合計')![1]).toBe('8');

  const page = await e.newPage({ width: 1280 });
  await staffBrowserLogin(page, e.url, DEMO.staff.loginId, DEMO.staff.password);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width >= 1000 ? 900 : 844 });
    await page.goto(`${e.url}/admin/`);
    await page.getByTestId('nav-reports').click();
    await page.waitForURL('**/admin/reports');
    expect(await page.locator('h1').innerText()).toBe('統計');
    expect(await page.inputValue('#reports-year')).toBe(String(thisYear));
    expect(await page.getByTestId('reports-scope').count()).toBe(0);
    expect(await page.getByTestId('reports-note').innerText()).toContain(`${THRESHOLD}人未満`);

    // 年度別の推移: five years up to this one, "x" where the API suppressed.
    await expectChart(page, 'reports-trend-chart');
    const trendTable = page.getByTestId('reports-trend-table');
    expect(await trendTable.locator('caption').innerText()).toBe(`年度別の推移（${thisYear - 4}年度〜${thisYear}年度）`);
    expect(await tableRows(trendTable)).toEqual(trendNow);
    await page.selectOption('#reports-trend-metric', 'completed');
    await expectChart(page, 'reports-trend-chart');

    // 修了までの流れ for this year, the chart and the table.
    await expectChart(page, 'reports-funnel-chart');
    expect(await tableRows(page.getByTestId('reports-funnel-table'))).toEqual(await expectedFunnel(thisYear, staffToken));

    // 受講分野 × 活動分野: every year's alumni; suppressed cells as "x", never 0.
    await expectChart(page, 'reports-matrix-chart');
    expect(await page.getByTestId('reports-matrix-all').isChecked()).toBe(true);
    expect(await tableRows(page.getByTestId('reports-matrix-table'))).toEqual(expectedMatrix);
    expect(await page.getByTestId('reports-matrix-table').locator('td.report-table__suppressed').count()).toBe(expectedMatrix.flat().filter((c) => c === 'x').length);
    // The tables scroll sideways in a labelled region at phone width, not the page.
    const region = page.locator('[role="region"]').filter({ has: page.getByTestId('reports-trend-table') });
    expect(await region.getAttribute('aria-labelledby')).toBeTruthy();
    await checkPage(page, 'reports (this year)');

    // Next year: the applications made above, shown and suppressed.
    await selectYear(page, seededYear);
    await expectChart(page, 'reports-trend-chart');
    expect(await tableRows(page.getByTestId('reports-trend-table'))).toEqual(trendSeeded);
    expect(await page.getByTestId('reports-trend-table').locator('td.report-table__suppressed abbr[title="秘匿"]').count()).toBe(
      trendSeeded.flat().filter((c) => c === 'x').length,
    );
    await expectChart(page, 'reports-funnel-chart');
    expect(await tableRows(page.getByTestId('reports-funnel-table'))).toEqual(expectedSeeded);
    await page.selectOption('#reports-funnel-field', 'DISASTER');
    await expectChart(page, 'reports-funnel-chart');
    expect(await page.getByTestId('reports-funnel-chart').getAttribute('aria-label')).toContain(names.get('DISASTER')!);
    await checkPage(page, 'reports (next year)');

    // The survey response rates of the demo's finished cohort (a wave 12 months on).
    await selectYear(page, seededYear - 2);
    await expectChart(page, 'reports-survey-chart');
    const rates = (
      await gqlOk(
        `query($y: Int!) { surveyResponseRates(academicYear: $y) { waves { offsetMonths fields { invited ${FIGURE} answered ${FIGURE} responseRate ${FIGURE} } total { invited ${FIGURE} answered ${FIGURE} responseRate ${FIGURE} } } } }`,
        { y: seededYear - 2 },
        staffToken,
      )
    ).surveyResponseRates.waves;
    expect(rates.length).toBeGreaterThan(0);
    const surveyRows = await tableRows(page.getByTestId('reports-survey-table'));
    expect(surveyRows.map((r) => r.slice(1))).toEqual(
      [...rates[0].fields.map((_: unknown, i: number) => i), -1].map((i: number) =>
        rates.flatMap((w: any) => {
          const f = i < 0 ? w.total : w.fields[i];
          return [cellText(f.invited), cellText(f.answered), cellText(f.responseRate, true)];
        }),
      ),
    );
    expect(await page.getByTestId('reports-survey-table').locator('thead').innerText()).toContain(`${rates[0].offsetMonths}か月後`);
    await checkPage(page, 'reports (survey rates)');
  }

  // The funnel of next year as CSV: UTF-8 with BOM, Japanese headings, "x" for suppressed, a note on 秘匿.
  await selectYear(page, seededYear);
  const csv = await readDownload(page, () => page.getByTestId('reports-funnel-table-csv').click());
  expect(csv.name).toBe(`reports-funnel-${seededYear}.csv`);
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const lines = csv.text.slice(1).split('\r\n');
  expect(lines[0]).toBe(`修了までの流れ（${seededYear}年度）`);
  expect(lines[1]).toBe('分野,申込,受講資格あり,受講決定,受講,取りやめ・退学,修了,未修了,修了率,平均出席率');
  const figures = (await gqlOk(`query($y: Int!) { enrollmentFigures(academicYear: $y) { fields { ${FIELD_FIGURES} } total { ${FIELD_FIGURES} } } }`, { y: seededYear }, staffToken))
    .enrollmentFigures;
  const csvRows = [...figures.fields, figures.total].map((r: any) =>
    [
      r.fieldCode ? names.get(r.fieldCode) : '合計',
      ...['applications', 'eligible', 'accepted', 'enrolled', 'withdrawn', 'completed', 'notCompleted'].map((k) => csvText(r[k])),
      csvText(r.completionRate, true),
      csvText(r.meanAttendanceRate, true),
    ].join(','),
  );
  expect(lines.slice(2, 2 + csvRows.length)).toEqual(csvRows);
  expect(lines[2 + csvRows.length]).toContain('「x」は秘匿');
  expect(lines[2 + csvRows.length]).toContain(`${THRESHOLD}人未満`);
  expect(csv.text).toContain(`${names.get('DISASTER')},x,`);
  // The heat map's CSV too: the same cells as the table.
  const matrixCsv = await readDownload(page, () => page.getByTestId('reports-matrix-table-csv').click());
  expect(
    matrixCsv.text
      .slice(1)
      .split('\r\n')
      .slice(2, 2 + expectedMatrix.length),
  ).toEqual(expectedMatrix.map((r) => r.join(',')));

  await page.context().close();
});

test('contractor staff see their own field only, the totals over it', async () => {
  const names = await fieldNames(greeneryToken);
  expect([...names.keys()]).toEqual(['GREENERY']);
  const expected = await expectedFunnel(seededYear, greeneryToken);
  // Their field and its total: the three greenery applications are theirs alone, so both are shown.
  expect(expected.map((r) => r.slice(0, 2))).toEqual([
    [names.get('GREENERY'), '3'],
    ['合計', '3'],
  ]);

  const page = await e.newPage({ width: 390 });
  await staffBrowserLogin(page, e.url, DEMO.greenery.loginId, DEMO.greenery.password);
  await page.getByTestId('nav-reports').click();
  await page.waitForURL('**/admin/reports');
  expect(await page.getByTestId('reports-scope').innerText()).toContain(`「${names.get('GREENERY')}」分野の数値だけ`);
  await expectChart(page, 'reports-trend-chart');
  await selectYear(page, seededYear);
  expect(await tableRows(page.getByTestId('reports-funnel-table'))).toEqual(expected);
  // No other field's rows in the tables, the totals over their field (the heat map's columns still name
  // every field their alumni are active in).
  const trendHeadings = await page.getByTestId('reports-trend-table').locator('thead th[scope="colgroup"]').allInnerTexts();
  expect(trendHeadings).toEqual(['合計', names.get('GREENERY')]);
  expect((await tableRows(page.getByTestId('reports-matrix-table'))).map((r) => r[0])).toEqual([names.get('GREENERY'), '合計']);
  expect((await tableRows(page.getByTestId('reports-eligibility-applications'))).map((r) => r[0])).toEqual([names.get('GREENERY'), '合計']);
  // The field choice of the funnel: the total and their field only.
  expect(await page.locator('#reports-funnel-field option').allInnerTexts()).toEqual(['合計', names.get('GREENERY')]);
  await expectChart(page, 'reports-funnel-chart');
  await expectChart(page, 'reports-matrix-chart');
  await checkPage(page, 'reports (contractor)');
  await page.context().close();
});
