import { toCsv } from '../../composables/usePersonalDataRegister';

/** A count or a rate as the reports return it: null with suppressed: true is 秘匿. */
export interface FigureValue {
  value?: number | null;
  suppressed: boolean;
}

export type TableCell = { kind: 'count'; figure: FigureValue } | { kind: 'rate'; figure: FigureValue } | { kind: 'text'; text: string };

export interface TableRow {
  key: string;
  label: string;
  cells: TableCell[];
  /** A total row (drawn in bold). */
  total?: boolean;
}

/** A report table: row headings down the side, columns (optionally in groups) along the top. */
export interface FigureTableModel {
  caption: string;
  rowHeading: string;
  /** Column groups over the columns, in order (their spans add up to the number of columns). */
  groups?: { label: string; span: number }[];
  columns: string[];
  rows: TableRow[];
}

/** How a suppressed value is written, in the tables and in CSV (the e-Stat convention). */
export const SUPPRESSED_MARK = 'x';
/** A rate whose base is empty (nothing to divide by): not a figure, not suppressed. */
export const NO_VALUE_MARK = '-';

export const count = (figure: FigureValue): TableCell => ({ kind: 'count', figure });
export const rate = (figure: FigureValue): TableCell => ({ kind: 'rate', figure });

const numberFormats = new Map<string, Intl.NumberFormat>();
function format(locale: string, percent: boolean): Intl.NumberFormat {
  const key = `${locale}/${percent}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ja-JP', percent ? { style: 'percent', maximumFractionDigits: 1 } : {});
    numberFormats.set(key, f);
  }
  return f;
}

/** A cell's text on screen: counts with digit grouping, rates as %. */
export function cellText(cell: TableCell, locale: string): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.figure.suppressed) return SUPPRESSED_MARK;
  const v = cell.figure.value;
  if (v === null || v === undefined) return NO_VALUE_MARK;
  return format(locale, cell.kind === 'rate').format(v);
}

/** A cell's value in CSV: plain numbers (no digit grouping), rates in percent with one decimal. */
function csvCell(cell: TableCell): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.figure.suppressed) return SUPPRESSED_MARK;
  const v = cell.figure.value;
  if (v === null || v === undefined) return NO_VALUE_MARK;
  return cell.kind === 'rate' ? `${(Math.round(v * 1000) / 10).toFixed(1)}%` : String(v);
}

/** The column headings as one line: a group's label joined to each of its columns. */
export function flatColumns(model: FigureTableModel): string[] {
  if (!model.groups) return model.columns;
  const out: string[] = [];
  let i = 0;
  for (const g of model.groups) for (let k = 0; k < g.span; k++, i++) out.push(`${g.label} ${model.columns[i]}`);
  return out;
}

/**
 * The table as CSV (UTF-8 with BOM, CRLF): its caption, the headings, the rows, then the notes
 * (what "x" means).
 */
export function tableCsv(model: FigureTableModel, notes: readonly string[]): string {
  return toCsv([
    [model.caption],
    [model.rowHeading, ...flatColumns(model)],
    ...model.rows.map((r) => [r.label, ...r.cells.map(csvCell)]),
    ...notes.map((n) => [n]),
  ]);
}

/** A chart value: the number, or null when suppressed or empty (drawn as a gap, never as 0). */
export function chartValue(figure: FigureValue, asPercent = false): number | null {
  if (figure.suppressed || figure.value === null || figure.value === undefined) return null;
  return asPercent ? Math.round(figure.value * 1000) / 10 : figure.value;
}
