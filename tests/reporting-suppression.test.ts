import { ConfigError, loadConfig } from '../server/src/config';
import { rateCell, suppressSeries, suppressTable, type Cell } from '../server/src/modules/reporting/suppression';
import { mulberry32 } from '../server/src/scripts/bench/scale/random';

/** Pure unit tests of the reports' small-cell suppression: no server. */

type Table = ReturnType<typeof suppressTable>;

/** The extended grid: cells, the row totals as a last column, the column totals (and the grand total) as a last row. */
function extended(t: Table): Cell[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i]]), [...t.columnTotals, t.grandTotal]];
}

function originalExtended(counts: number[][]): number[][] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const cols = counts[0]?.length ?? 0;
  const columnTotals = Array.from({ length: cols }, (_, j) => sum(counts.map((r) => r[j])));
  return [...counts.map((r) => [...r, sum(r)]), [...columnTotals, sum(columnTotals)]];
}

/** Rank of a small matrix (Gaussian elimination; the coefficients are 0/±1, floats are exact enough). */
function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let r = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    const p = a.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p], a[r]];
    for (let i = 0; i < a.length; i++) {
      if (i === r || Math.abs(a[i][c]) < 1e-9) continue;
      const f = a[i][c] / a[r][c];
      for (let k = c; k < cols; k++) a[i][k] -= f * a[r][k];
    }
    r++;
  }
  return r;
}

/**
 * The leak-by-subtraction check: what an attacker can solve from the shown cells and totals.
 * Returns the problems: a shown value that differs from the truth, a small value shown, a
 * suppressed cell whose row or column (of the extended grid) has no second unknown, and a
 * suppressed cell that the line equations together determine exactly.
 */
function leaks(counts: number[][], out: Table, threshold: number): string[] {
  const truth = originalExtended(counts);
  const grid = extended(out);
  const problems: string[] = [];
  const unknowns: Array<[number, number]> = [];
  grid.forEach((row, i) =>
    row.forEach((c, j) => {
      if (c.suppressed) {
        if (c.value !== null) problems.push(`(${i},${j}) suppressed with a value`);
        unknowns.push([i, j]);
      } else {
        if (c.value !== truth[i][j]) problems.push(`(${i},${j}) shows ${c.value}, is ${truth[i][j]}`);
        if (c.value! > 0 && c.value! < threshold) problems.push(`(${i},${j}) small value ${c.value} shown`);
      }
    }),
  );
  for (const [i, j] of unknowns) {
    if (grid[i].filter((c) => c.suppressed).length < 2) problems.push(`(${i},${j}) alone in its row`);
    if (grid.filter((row) => row[j].suppressed).length < 2) problems.push(`(${i},${j}) alone in its column`);
  }
  // Every line is an equation over its unknowns; a cell is recovered when its unit vector lies in their span.
  const rows = grid.length;
  const cols = grid[0].length;
  const equations: number[][] = [];
  for (let i = 0; i < rows; i++) equations.push(unknowns.map(([a, b]) => (a === i ? (b === cols - 1 ? -1 : 1) : 0)));
  for (let j = 0; j < cols; j++) equations.push(unknowns.map(([a, b]) => (b === j ? (a === rows - 1 ? -1 : 1) : 0)));
  const base = rank(equations);
  unknowns.forEach(([i, j], k) => {
    const unit = unknowns.map((_, x) => (x === k ? 1 : 0));
    if (rank([...equations, unit]) === base) problems.push(`(${i},${j}) recovered from the shown figures`);
  });
  return problems;
}

const suppressedAt = (out: Table) =>
  extended(out)
    .flatMap((row, i) => row.map((c, j) => (c.suppressed ? `${i},${j}` : null)))
    .filter((x) => x !== null);

describe('primary suppression', () => {
  it('suppresses 1 … threshold − 1, shows zeros and larger counts', () => {
    const out = suppressSeries([0, 1, 2, 4, 5, 12], 5);
    expect(out.cells).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
      { value: 12, suppressed: false },
    ]);
    // Three suppressed cells: the total (24) recovers only their sum.
    expect(out.total).toEqual({ value: 24, suppressed: false });
  });

  it('follows the threshold: 3 and 10', () => {
    // Two small cells each: no complement needed.
    expect(suppressSeries([2, 3, 9, 10, 1, 0], 3).cells.map((c) => c.value)).toEqual([null, 3, 9, 10, null, 0]);
    expect(suppressSeries([2, 3, 9, 10, 1, 0], 10).cells.map((c) => c.value)).toEqual([null, null, null, 10, null, 0]);
  });

  it('suppresses a small total: all its non-zero cells are small too', () => {
    const out = suppressSeries([3, 0, 0], 5);
    expect(out.cells.map((c) => c.suppressed)).toEqual([true, false, false]);
    expect(out.total).toEqual({ value: null, suppressed: true });
  });

  it('leaves an all-zero table alone', () => {
    const out = suppressTable(
      [
        [0, 0],
        [0, 0],
      ],
      5,
    );
    expect(suppressedAt(out)).toEqual([]);
    expect(out.grandTotal).toEqual({ value: 0, suppressed: false });
  });
});

describe('secondary suppression', () => {
  it('series: one small cell and a shown total: its smallest non-zero neighbour is suppressed too', () => {
    const out = suppressSeries([2, 7, 0, 10, 6], 5);
    // Naively 2 = 25 − 7 − 0 − 10 − 6.
    expect(out.cells.map((c) => c.value)).toEqual([null, 7, 0, 10, null]);
    expect(out.total).toEqual({ value: 25, suppressed: false });
  });

  it('a matrix built so that the naive answer leaks: the row and the column get complements, which close a block', () => {
    const counts = [
      [2, 8, 9],
      [6, 7, 10],
      [11, 12, 13],
    ];
    // The naive answer: only (0,0) suppressed; the row total 19 − 8 − 9 gives it back, and so does the column (19 − 6 − 11).
    const naive: Table = {
      cells: counts.map((r, i) => r.map((v, j) => (i === 0 && j === 0 ? { value: null, suppressed: true } : { value: v, suppressed: false }))),
      rowTotals: [19, 23, 36].map((value) => ({ value, suppressed: false })),
      columnTotals: [19, 27, 32].map((value) => ({ value, suppressed: false })),
      grandTotal: { value: 78, suppressed: false },
    };
    expect(leaks(counts, naive, 5)).toEqual(expect.arrayContaining(['(0,0) alone in its row', '(0,0) alone in its column', '(0,0) recovered from the shown figures']));

    const out = suppressTable(counts, 5);
    // (0,1) = 8 is the row's smallest; (1,0) = 6 the column's; (1,1) = 7 closes both their lines at once.
    expect(suppressedAt(out)).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(out.rowTotals.map((c) => c.value)).toEqual([19, 23, 36]);
    expect(out.columnTotals.map((c) => c.value)).toEqual([19, 27, 32]);
    expect(out.grandTotal.value).toBe(78);
    expect(leaks(counts, out, 5)).toEqual([]);
  });

  it('a cell joining two suppressed blocks is not left solvable (two per line is not enough)', () => {
    const big = 20;
    const counts = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => big));
    // Two 2×2 blocks of small cells, and one small cell linking them: every line has two suppressed cells.
    for (const [i, j] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
      [0, 2],
    ])
      counts[i][j] = 1;
    const primaryOnly: Table = {
      cells: counts.map((r) => r.map((v) => (v === 1 ? { value: null, suppressed: true } : { value: v, suppressed: false }))),
      rowTotals: counts.map((r) => ({ value: r.reduce((a, b) => a + b, 0), suppressed: false })),
      columnTotals: counts[0].map((_, j) => ({ value: counts.reduce((a, r) => a + r[j], 0), suppressed: false })),
      grandTotal: { value: counts.flat().reduce((a, b) => a + b, 0), suppressed: false },
    };
    expect(leaks(counts, primaryOnly, 5)).toEqual(['(0,2) recovered from the shown figures']);
    const out = suppressTable(counts, 5);
    expect(out.cells[0][2].suppressed).toBe(true);
    expect(suppressedAt(out).length).toBeGreaterThan(9);
    expect(leaks(counts, out, 5)).toEqual([]);
  });

  it('forces a total only when nothing else is left in its line', () => {
    // Column 0 is all small: its cells are suppressed, and the column total 4 is small itself.
    const out = suppressTable(
      [
        [2, 30],
        [2, 40],
      ],
      5,
    );
    expect(out.columnTotals[0]).toEqual({ value: null, suppressed: true });
    expect(
      leaks(
        [
          [2, 30],
          [2, 40],
        ],
        out,
        5,
      ),
    ).toEqual([]);
  });

  it.each([3, 10])('random matrices (seeded) all pass the verifier, threshold %i', (threshold) => {
    const random = mulberry32(threshold * 7919);
    let suppressedSeen = 0;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 6);
      const cols = 1 + Math.floor(random() * 8);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          const x = random();
          return x < 0.25 ? 0 : x < 0.55 ? 1 + Math.floor(random() * (threshold - 1)) : threshold + Math.floor(random() * 40);
        }),
      );
      const out = suppressTable(counts, threshold);
      suppressedSeen += suppressedAt(out).length;
      expect({ counts, problems: leaks(counts, out, threshold) }).toEqual({ counts, problems: [] });
    }
    expect(suppressedSeen).toBeGreaterThan(300);
  });

  it('random series (seeded): no suppressed cell is alone with a shown total', () => {
    const random = mulberry32(42);
    for (let n = 0; n < 300; n++) {
      const counts = Array.from({ length: 1 + Math.floor(random() * 7) }, () =>
        random() < 0.3 ? 0 : random() < 0.5 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 30),
      );
      const out = suppressSeries(counts, 5);
      const hidden = [...out.cells, out.total].filter((c) => c.suppressed).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
      out.cells.forEach((c, i) => expect(c.suppressed ? c.value === null : c.value === counts[i]).toBe(true));
      counts.forEach((v, i) => v > 0 && v < 5 && expect(out.cells[i].suppressed).toBe(true));
    }
  });
});

describe('rates', () => {
  it('are suppressed when a count they are made of is, empty when the base is 0', () => {
    expect(rateCell({ value: 6, suppressed: false }, { value: 2, suppressed: false })).toEqual({ value: 0.75, suppressed: false });
    expect(rateCell({ value: 6, suppressed: false }, { value: null, suppressed: true })).toEqual({ value: null, suppressed: true });
    expect(rateCell({ value: 0, suppressed: false }, { value: 0, suppressed: false })).toEqual({ value: null, suppressed: false });
  });
});

describe('the threshold setting', () => {
  const env = (value?: string) => ({
    NODE_ENV: 'test',
    JWT_SECRET: 'x'.repeat(32),
    DATA_DIR: '/nonexistent-not-written',
    ...(value === undefined ? {} : { REPORT_SUPPRESSION_THRESHOLD: value }),
  });
  it('defaults to 5, takes 3 and above, refuses anything below 3', () => {
    expect(loadConfig(env()).reportSuppressionThreshold).toBe(5);
    expect(loadConfig(env('3')).reportSuppressionThreshold).toBe(3);
    expect(loadConfig(env('10')).reportSuppressionThreshold).toBe(10);
    for (const bad of ['2', '0', '-1', 'five', '4.5']) expect(() => loadConfig(env(bad))).toThrow(ConfigError);
  });
});
