/**
 * Small-cell suppression (秘匿) for the reports, as Japanese official statistics (e-Stat) do it.
 * Pure functions, no I/O.
 *
 * - Primary: a count from 1 to threshold − 1 is suppressed (value null, suppressed true). Zeros
 *   are shown: a 0 says nothing about any person (e-Stat prints it as "-"). Totals are counts
 *   too: a small total is suppressed like any cell.
 * - Secondary: a table with row and column totals is a set of lines (each row with its total,
 *   each column with its total, the row of column totals with the grand total, the column of
 *   row totals with the grand total), each an equation. Every line that holds a suppressed
 *   cell must hold at least two, so that no suppressed cell follows by subtraction; lines
 *   short of that get a complement: the smallest non-zero shown cell, preferring one whose
 *   crossing line also needs one, and a total only when no inner cell is left. Repeated until
 *   stable. Then, as two suppressed cells per line are not always enough (two suppressed
 *   blocks joined by one cell leave that cell solvable), every suppressed cell that no
 *   cycle of suppressed cells passes through gets one more complement closing a cycle.
 *   Totals are shown unless they are small or one of these rules needs them.
 */

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

interface Line {
  /** Indexes into the flat value list; `total` is one of them. */
  cells: number[];
  total: number;
}

const cell = (value: number, suppressed: boolean): Cell => (suppressed ? { value: null, suppressed: true } : { value, suppressed: false });

/** Primary suppression: 1 … threshold − 1. */
export function isSmall(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/** Secondary suppression over lines: until every line with a suppressed cell has two. Changes `hidden` in place. */
function complementLines(values: readonly number[], lines: readonly Line[], hidden: boolean[]): void {
  const linesOf: number[][] = values.map(() => []);
  lines.forEach((line, l) => line.cells.forEach((k) => linesOf[k].push(l)));
  const hiddenIn = (l: number) => lines[l].cells.filter((k) => hidden[k]).length;
  for (let changed = true; changed;) {
    changed = false;
    for (const [l, line] of lines.entries()) {
      if (hiddenIn(l) !== 1) continue;
      const rank = (k: number) => [
        // Non-zero inner cells first, then a non-zero total, then zeros.
        (values[k] > 0 ? 0 : 2) + (k === line.total ? 1 : 0),
        // A cell whose other line also has a single suppressed cell fixes both.
        linesOf[k].some((o) => o !== l && hiddenIn(o) === 1) ? 0 : 1,
        values[k],
        k,
      ];
      const candidates = line.cells.filter((k) => !hidden[k]).sort((a, b) => compare(rank(a), rank(b)));
      if (!candidates.length) continue;
      hidden[candidates[0]] = true;
      changed = true;
    }
  }
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Suppresses a table of counts with its row totals, column totals and grand total (all sums of
 * the counts). See the module comment for the method.
 */
export function suppressTable(counts: number[][], threshold: number): { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; grandTotal: Cell } {
  const rows = counts.length;
  const cols = rows ? counts[0].length : 0;
  // The extended grid, (rows + 1) × (cols + 1): the last column holds the row totals, the last row the column totals.
  const width = cols + 1;
  const at = (i: number, j: number) => i * width + j;
  const values: number[] = [];
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= cols; j++) {
      if (i < rows && j < cols) values.push(counts[i][j]);
      else if (i < rows) values.push(counts[i].reduce((a, b) => a + b, 0));
      else if (j < cols) values.push(counts.reduce((a, r) => a + r[j], 0));
      else values.push(counts.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0));
    }
  }
  const lines: Line[] = [];
  for (let i = 0; i <= rows; i++) lines.push({ cells: Array.from({ length: width }, (_, j) => at(i, j)), total: at(i, cols) });
  for (let j = 0; j <= cols; j++) lines.push({ cells: Array.from({ length: rows + 1 }, (_, i) => at(i, j)), total: at(rows, j) });
  const hidden = values.map((v) => isSmall(v, threshold));
  complementLines(values, lines, hidden);
  // Close every suppressed cell into a cycle (a bridge in the graph of lines would be solvable).
  for (let guard = 0; guard < values.length; guard++) {
    const bridge = findBridge(rows + 1, width, hidden);
    if (!bridge) break;
    const [a, b] = bridge.sides;
    let best = -1;
    for (let i = 0; i <= rows; i++) {
      for (let j = 0; j <= cols; j++) {
        const k = at(i, j);
        if (hidden[k] || !((a.rows.has(i) && b.cols.has(j)) || (b.rows.has(i) && a.cols.has(j)))) continue;
        const key = (x: number) => [values[x] > 0 ? 0 : 1, x % width === cols || x >= rows * width ? 1 : 0, values[x], x];
        if (best < 0 || compare(key(k), key(best)) < 0) best = k;
      }
    }
    if (best < 0) break;
    hidden[best] = true;
    complementLines(values, lines, hidden);
  }
  const out = (i: number, j: number) => cell(values[at(i, j)], hidden[at(i, j)]);
  return {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => out(i, j))),
    rowTotals: Array.from({ length: rows }, (_, i) => out(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => out(rows, j)),
    grandTotal: out(rows, cols),
  };
}

interface Side {
  rows: Set<number>;
  cols: Set<number>;
}

/**
 * A suppressed cell that no cycle of suppressed cells passes through (a bridge of the bipartite
 * graph rows–columns), with the two parts it joins; null when there is none.
 */
function findBridge(rows: number, cols: number, hidden: readonly boolean[]): { sides: [Side, Side] } | null {
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (hidden[i * cols + j]) edges.push([i, j]);
  for (const [n, [ei, ej]] of edges.entries()) {
    const side = (startRow: number | null, startCol: number | null): Side => {
      const seen: Side = { rows: new Set(), cols: new Set() };
      const stack: Array<['r' | 'c', number]> = startRow !== null ? [['r', startRow]] : [['c', startCol!]];
      while (stack.length) {
        const [kind, x] = stack.pop()!;
        const set = kind === 'r' ? seen.rows : seen.cols;
        if (set.has(x)) continue;
        set.add(x);
        for (const [m, [i, j]] of edges.entries()) {
          if (m === n) continue;
          if (kind === 'r' && i === x) stack.push(['c', j]);
          if (kind === 'c' && j === x) stack.push(['r', i]);
        }
      }
      return seen;
    };
    const a = side(ei, null);
    if (a.cols.has(ej)) continue;
    return { sides: [a, side(null, ej)] };
  }
  return null;
}

/** Suppresses a series of counts with its total (their sum): primary, then a complement when a single cell is suppressed. */
export function suppressSeries(counts: number[], threshold: number): { cells: Cell[]; total: Cell } {
  const values = [...counts, counts.reduce((a, b) => a + b, 0)];
  const hidden = values.map((v) => isSmall(v, threshold));
  complementLines(values, [{ cells: values.map((_, k) => k), total: counts.length }], hidden);
  return { cells: counts.map((v, k) => cell(v, hidden[k])), total: cell(values[counts.length], hidden[counts.length]) };
}

/** A share: null and suppressed when either count it is made of is suppressed; null (not suppressed) when its base is 0. */
export function rateCell(part: Cell, rest: Cell): Cell {
  if (part.suppressed || rest.suppressed) return { value: null, suppressed: true };
  const base = part.value! + rest.value!;
  return base ? { value: part.value! / base, suppressed: false } : { value: null, suppressed: false };
}
