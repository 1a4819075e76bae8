/**
 * Writes the report's tables: an .xlsx workbook (exceljs; a 説明 sheet first, then one sheet per
 * table) or one CSV file per sheet (UTF-8 with BOM, CRLF, `<base>-<sheet>.csv`). Suppressed cells
 * are "x" and rates without a base "-" (e-Stat's symbols). Files are written under a temporary
 * name and renamed, so a failed run leaves no half-written report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Workbook, type Cell as XlsxCell } from 'exceljs';
import { NOT_APPLICABLE_MARK, NOT_APPLICABLE_NOTE, SUPPRESSED_MARK, SUPPRESSED_NOTE } from './labels';
import type { Table, Value } from './sheets';

export interface ReportMeta {
  year: number;
  threshold: number | null;
  producedAt: Date;
  /** The API's URL without credentials or query. */
  apiUrl: string;
  operations: Array<{ name: string; sha256: string }>;
}

export const GUIDE_SHEET = '説明';
const TITLE = 'パワーアップカレッジねりま 年次評価の集計';

/** Tokyo time as "2026-12-08 09:30（日本時間）" (Japan has no daylight saving time). */
export function tokyoTime(date: Date): string {
  return `${new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')}（日本時間）`;
}

function suppressionMethod(threshold: number | null): string[] {
  const t = threshold ?? 5;
  return [
    `一次秘匿：1以上${t}未満の人数・件数は、個人が特定されないよう「${SUPPRESSED_MARK}」と表示し、数を示していません。0 はそのまま示しています（0 は特定の人について何も示さないため）。`,
    `二次秘匿：合計などから引き算で秘匿した数が分からないよう、秘匿した数を含む行・列（合計を含む）には秘匿した数が必ず2つ以上あるようにし、足りない場合は最も小さい0でない数（それでも足りない場合に限り合計）も「${SUPPRESSED_MARK}」としています。秘匿した数どうしの関係から求められることのないよう、さらに秘匿を加えることがあります。`,
    `割合：もとになる数のいずれかが秘匿されている場合は「${SUPPRESSED_MARK}」、分母が0の場合は「${NOT_APPLICABLE_MARK}」（該当なし）です。`,
    '各表の秘匿はサーバーで行っており、このファイルには秘匿した数は含まれていません。',
  ];
}

/** The rows of the 説明 sheet: item, content. */
export function guideRows(meta: ReportMeta, tables: Table[], csv: boolean): string[][] {
  const method = suppressionMethod(meta.threshold);
  return [
    ['報告書', TITLE],
    ['年度', `${meta.year}年度（${meta.year}年4月〜${meta.year + 1}年3月）`],
    ['秘匿の基準', meta.threshold === null ? '' : `1以上${meta.threshold}未満の数を秘匿（しきい値 ${meta.threshold}）`],
    ['作成日時', tokyoTime(meta.producedAt)],
    ['API の URL', meta.apiUrl],
    ['秘匿の方法', method[0]],
    ...method.slice(1).map((m) => ['', m]),
    ['記号', `${SUPPRESSED_MARK}：秘匿、${NOT_APPLICABLE_MARK}：該当なし、0：該当者なし`],
    ['割合の表し方', csv ? '0〜1 の小数（例：0.75 は 75%）' : 'パーセント（小数第1位まで表示）'],
    [],
    ['シート', '内容'],
    ...tables.map((t) => [t.name, t.description]),
    [],
    ['実行した操作', 'SHA-256（登録済みの操作の文書）'],
    ...meta.operations.map((o) => [o.name, o.sha256]),
  ];
}

/** A URL fit to print: no user name, password, query or fragment. */
export function publicUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

const COUNT_FORMAT = '#,##0';
const RATE_FORMAT = '0.0%';

function setCell(cell: XlsxCell, value: Value): void {
  switch (value.kind) {
    case 'text':
      cell.value = value.text;
      return;
    case 'int':
      cell.value = value.value;
      return;
    case 'blank':
      return;
    case 'count':
    case 'rate': {
      const c = value.cell;
      if (c.suppressed) {
        cell.value = SUPPRESSED_MARK;
        cell.note = SUPPRESSED_NOTE;
        cell.alignment = { horizontal: 'right' };
      } else if (c.value === null) {
        cell.value = NOT_APPLICABLE_MARK;
        cell.note = NOT_APPLICABLE_NOTE;
        cell.alignment = { horizontal: 'right' };
      } else {
        cell.value = c.value;
        cell.numFmt = value.kind === 'rate' ? RATE_FORMAT : COUNT_FORMAT;
      }
    }
  }
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } } as const;

function buildWorkbook(tables: Table[], meta: ReportMeta): Workbook {
  const wb = new Workbook();
  wb.creator = TITLE;
  wb.title = `${TITLE}（${meta.year}年度）`;
  wb.created = meta.producedAt;
  wb.modified = meta.producedAt;

  const guide = wb.addWorksheet(GUIDE_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  guide.columns = [
    { header: '項目', width: 22 },
    { header: '内容', width: 110 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const values of guideRows(meta, tables, false)) {
    const row = guide.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (values[0] === 'シート' || values[0] === '実行した操作') row.font = { bold: true };
  }

  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', xSplit: table.labelColumns, ySplit: 1 }] });
    ws.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    table.columns.forEach((c, j) => {
      const cell = header.getCell(j + 1);
      cell.fill = HEADER_FILL;
      if (c.note) cell.note = c.note;
    });
    for (const values of table.rows) {
      const row = ws.addRow([]);
      values.forEach((v, j) => setCell(row.getCell(j + 1), v));
      if (values[table.labelColumns - 1]?.kind === 'text' && (values[table.labelColumns - 1] as { text: string }).text === '合計') row.font = { bold: true };
    }
  }
  return wb;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break. */
const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function csvValue(value: Value): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'int':
      return String(value.value);
    case 'blank':
      return '';
    case 'count':
    case 'rate': {
      const c = value.cell;
      if (c.suppressed) return SUPPRESSED_MARK;
      if (c.value === null) return NOT_APPLICABLE_MARK;
      return value.kind === 'rate' ? String(Math.round(c.value * 10_000) / 10_000) : String(c.value);
    }
  }
}

const csvText = (rows: string[][]): string => `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;

/** The CSV files of an --out path ending in .csv: `<dir>/<base>-<sheet>.csv`, 説明 first. */
export function csvPaths(out: string, tables: Array<Pick<Table, 'name'>>): string[] {
  const base = out.replace(/\.csv$/i, '');
  return [GUIDE_SHEET, ...tables.map((t) => t.name)].map((name) => `${base}-${name}.csv`);
}

/** Writes the report; answers the files written. */
export async function writeReport(out: string, tables: Table[], meta: ReportMeta): Promise<string[]> {
  const tmp = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  if (/\.csv$/i.test(out)) {
    const files = csvPaths(out, tables);
    const contents = [
      csvText([['項目', '内容'], ...guideRows(meta, tables, true)]),
      ...tables.map((t) => csvText([t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(csvValue))])),
    ];
    try {
      files.forEach((f, i) => fs.writeFileSync(tmp(f), contents[i], { encoding: 'utf8', mode: 0o644 }));
      files.forEach((f) => fs.renameSync(tmp(f), f));
    } finally {
      for (const f of files) fs.rmSync(tmp(f), { force: true });
    }
    return files;
  }
  const wb = buildWorkbook(tables, meta);
  try {
    await wb.xlsx.writeFile(tmp(out));
    fs.renameSync(tmp(out), out);
  } finally {
    fs.rmSync(tmp(out), { force: true });
  }
  return [out];
}
