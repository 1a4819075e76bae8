import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { inFieldScope } from '../../core/scope';
import { badField, badInput, notFound, parseId } from '../../core/errors';
import { tokyoToday, toTokyoIso } from '../../core/graphql/scalars';
import type { CatalogService } from '../catalog';
import { Enrollment } from '../intake';
import { ClassSession } from './class-session.entity';
import { effectiveStatuses } from './attendance-write';
import type { AttendanceEntry, RecordAttendance } from './learning.contract';
import type { AttendanceImportError, AttendanceImportPreview, AttendanceImportResult } from './attendance-import.types';

/** Limits of one file: its size once decoded from base64, and its cells (rows × columns below the header). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_CELLS = 5000;

/** The status words on Excel sheets; codes (present, late, …) are accepted as well. */
export const STATUS_LABELS: Readonly<Record<string, string>> = { 出席: 'present', 遅刻: 'late', 早退: 'leftEarly', 欠席: 'absent', 届出欠席: 'excused' };
const STUDENT_NUMBER_HEADERS = ['学籍番号', 'studentnumber'];
const STATUS_HEADERS = ['状態', '出欠', 'status'];
/** Columns a sheet may carry for people, ignored on import. */
const IGNORED_HEADERS = ['氏名', 'ふりがな', 'フリガナ', 'name', 'namekana'];

const norm = (cell: string | undefined): string => (cell ?? '').normalize('NFKC').trim();
const headerKey = (cell: string) => norm(cell).replace(/\s+/g, '').toLowerCase();

/** UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else Shift_JIS as Excel writes it (CP932). */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'cp932');
  }
  return text.replace(/^\uFEFF/, '');
}

export interface CsvLine {
  /** The line number in the file (1 = the first line). */
  line: number;
  cells: string[];
}

/** Parses the text; throws a file-level BAD_USER_INPUT when it is not CSV. */
export function readCsv(text: string): CsvLine[] {
  try {
    const records = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: false }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    return records.map((r) => ({ line: r.info.lines, cells: r.record })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  } catch {
    throw badField('fileBase64', 'import.badFile', 'The file could not be read as CSV.');
  }
}

/** The bytes of a base64 file, within the size limit. */
export function fileBytes(fileBase64: string): Buffer {
  const clean = fileBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (clean.length > Math.ceil(IMPORT_MAX_BYTES / 3) * 4) throw badField('fileBase64', 'import.tooLarge', 'The file is larger than 2 MB.');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw badField('fileBase64', 'import.badFile', 'The file could not be read as CSV.');
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > IMPORT_MAX_BYTES) throw badField('fileBase64', 'import.tooLarge', 'The file is larger than 2 MB.');
  if (bytes.length === 0) throw badField('fileBase64', 'import.empty', 'The file is empty.');
  return bytes;
}

/** A column heading that names a session: its id, or its Tokyo date with an optional start time. */
export type SessionHeading = { id: number } | { date: string; time: string | null } | null;

export function parseSessionHeading(cell: string): SessionHeading {
  const v = norm(cell);
  if (/^\d{1,10}$/.test(v)) return { id: Number(v) };
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:\s*(?:\s|T)\s*(\d{1,2}):(\d{2}))?$/.exec(v);
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return { date, time: m[4] ? `${m[4].padStart(2, '0')}:${m[5]}` : null };
}

const tokyoDate = (at: Date) => tokyoToday(at);
const tokyoTime = (at: Date) => toTokyoIso(at).slice(11, 16);

interface Column {
  index: number;
  label: string;
  sessionId: number;
}

interface Parsed {
  entries: Array<AttendanceEntry & { row: number; column: string; enrollment: Enrollment }>;
  errors: AttendanceImportError[];
  layout: 'session' | 'grid';
  sessionIds: number[];
}

/**
 * Attendance from a CSV file, in one of two layouts: the per-session sheet (columns 学籍番号 and
 * 状態, for the session given) or the cohort grid (学籍番号 first, then one column per session headed
 * by its date 'YYYY/MM/DD' or 'YYYY-MM-DD', with 'HH:MM' when a day has two, or by its id). A preview
 * names every error by row and column; applying writes everything in the mutation's one
 * transaction through recordAttendance, or nothing when any error remains.
 */
export class AttendanceImportService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly record: RecordAttendance,
  ) {}

  async preview(ctx: Ctx, cohortId: string, fileBase64: string, classSessionId: string | null): Promise<AttendanceImportPreview> {
    const parsed = await this.parse(ctx, cohortId, fileBase64, classSessionId);
    return {
      layout: parsed.layout,
      classSessionIds: parsed.sessionIds,
      entries: parsed.entries.map((e) => ({
        row: e.row,
        column: e.column,
        enrollmentId: e.enrollmentId,
        enrollment: e.enrollment,
        classSessionId: e.classSessionId,
        statusCode: e.statusCode,
      })),
      errors: parsed.errors,
      entryCount: parsed.entries.length,
      errorCount: parsed.errors.length,
    };
  }

  async apply(ctx: Ctx, cohortId: string, fileBase64: string, classSessionId: string | null, reason: string | null): Promise<AttendanceImportResult> {
    const parsed = await this.parse(ctx, cohortId, fileBase64, classSessionId);
    if (parsed.errors.length > 0) {
      const error = badInput(parsed.errors.map((e) => ({ field: `rows.${e.row}.${e.column}`, messageKey: e.code, message: `Row ${e.row}, column ${e.column}: ${e.code}` })));
      (error.extensions as Record<string, unknown>).importErrors = parsed.errors;
      throw error;
    }
    const { created, changed } = await this.record(ctx, parsed.entries, { source: 'csv', reason });
    return { entryCount: parsed.entries.length, created, changed };
  }

  private async parse(ctx: Ctx, cohortIdArg: string, fileBase64: string, classSessionIdArg: string | null): Promise<Parsed> {
    // The cohort first, in the caller's scope: a contractor reads nothing of another field.
    const cohort = await this.catalog.getCohort(ctx, cohortIdArg);
    const lines = readCsv(decodeCsv(fileBytes(fileBase64)));
    if (lines.length === 0) throw badField('fileBase64', 'import.empty', 'The file is empty.');
    const [header, ...rows] = lines;
    const width = Math.max(...lines.map((l) => l.cells.length));
    if (rows.length * width > IMPORT_MAX_CELLS) throw badField('fileBase64', 'import.tooManyCells', `The file has more than ${IMPORT_MAX_CELLS} cells.`);

    const sessions = await repo(ctx, ClassSession).find({ where: { cohortId: cohort.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const errors: AttendanceImportError[] = [];
    const keys = header.cells.map(headerKey);
    const studentCol = keys.findIndex((k) => STUDENT_NUMBER_HEADERS.includes(k));
    let columns: Column[];
    let layout: Parsed['layout'];

    if (classSessionIdArg) {
      layout = 'session';
      const id = parseId(classSessionIdArg, 'class session');
      const session = sessions.find((s) => s.id === id);
      if (!session) {
        // Another cohort's session is named only when the caller may see it: another field's is simply not found.
        const other = await repo(ctx, ClassSession).findOne({ where: { id }, relations: { cohort: true } });
        if (other?.cohort && inFieldScope(ctx, other.cohort.fieldCode))
          throw badField('classSessionId', 'import.otherCohortSession', 'This class session belongs to another cohort.');
        throw notFound('class session');
      }
      if (session.cancelledAt) throw badField('classSessionId', 'import.cancelledSession', 'This class session was cancelled.');
      const statusCol = keys.findIndex((k) => STATUS_HEADERS.includes(k));
      if (studentCol < 0) throw badField('fileBase64', 'import.missingColumn', 'The first line must name the columns 学籍番号 and 状態.');
      if (statusCol < 0) throw badField('fileBase64', 'import.missingColumn', 'The first line must name the columns 学籍番号 and 状態.');
      columns = [{ index: statusCol, label: norm(header.cells[statusCol]), sessionId: session.id }];
    } else {
      layout = 'grid';
      if (studentCol !== 0) throw badField('fileBase64', 'import.missingColumn', 'The first column must be 学籍番号.');
      columns = [];
      const byId = new Map(sessions.map((s) => [s.id, s]));
      const heading = headingResolver(sessions);
      const seen = new Set<number>();
      const foreign: AttendanceImportError[] = [];
      header.cells.forEach((cell, index) => {
        if (index === 0 || IGNORED_HEADERS.includes(headerKey(cell)) || norm(cell) === '') return;
        const label = norm(cell);
        const found = heading(label);
        if (typeof found === 'string') return void errors.push({ row: header.line, column: label, columnNumber: index + 1, code: found, value: label });
        if (!byId.has(found)) return void foreign.push({ row: header.line, column: label, columnNumber: index + 1, code: 'import.unknownSession', value: String(found) });
        if (seen.has(found)) return void errors.push({ row: header.line, column: label, columnNumber: index + 1, code: 'import.duplicate', value: label });
        seen.add(found);
        if (byId.get(found)!.cancelledAt) return void errors.push({ row: header.line, column: label, columnNumber: index + 1, code: 'import.cancelledSession', value: label });
        columns.push({ index, label, sessionId: found });
      });
      if (foreign.length > 0) {
        // Ids of sessions that exist but belong to another cohort are named as such (one query).
        const elsewhere = new Set((await repo(ctx, ClassSession).find({ select: { id: true }, where: { id: In(foreign.map((f) => Number(f.value))) } })).map((s) => s.id));
        for (const f of foreign) errors.push({ ...f, code: elsewhere.has(Number(f.value)) ? 'import.otherCohortSession' : 'import.unknownSession', value: f.column });
      }
      if (columns.length === 0 && errors.length === 0) throw badField('fileBase64', 'import.missingColumn', 'The first line must name at least one class session after 学籍番号.');
    }

    // Students of the cohort, by student number (one query).
    const numbers = [...new Set(rows.map((r) => norm(r.cells[studentCol]).toUpperCase()).filter(Boolean))];
    const found = numbers.length > 0 ? await repo(ctx, Enrollment).find({ where: { cohortId: cohort.id, studentNumber: In(numbers) } }) : [];
    const enrollments = new Map(found.map((e) => [e.studentNumber.toUpperCase(), e]));
    const statuses = (await effectiveStatuses(ctx.em, [cohort.courseId])).get(cohort.courseId) ?? [];
    const codes = new Map(statuses.map((s) => [s.code.toLowerCase(), s.code]));
    // A course's own codes are read by their names too.
    const labels: Record<string, string> = { ...STATUS_LABELS, ...Object.fromEntries(statuses.flatMap((s) => (s.label ? [[s.label.normalize('NFKC'), s.code]] : []))) };
    const statusOf = (cell: string): string | null => {
      const v = norm(cell);
      const code = labels[v] ?? v;
      return codes.get(code.toLowerCase()) ?? null;
    };
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const studentLabel = norm(header.cells[studentCol]);

    const entries: Parsed['entries'] = [];
    const seenStudents = new Set<string>();
    for (const row of rows) {
      const number = norm(row.cells[studentCol]).toUpperCase();
      if (!number) {
        if (columns.some((c) => norm(row.cells[c.index]) !== ''))
          errors.push({ row: row.line, column: studentLabel, columnNumber: studentCol + 1, code: 'import.unknownStudent', value: '' });
        continue;
      }
      if (seenStudents.has(number)) {
        errors.push({ row: row.line, column: studentLabel, columnNumber: studentCol + 1, code: 'import.duplicate', value: number });
        continue;
      }
      seenStudents.add(number);
      const enrollment = enrollments.get(number);
      if (!enrollment) {
        errors.push({ row: row.line, column: studentLabel, columnNumber: studentCol + 1, code: 'import.unknownStudent', value: number });
        continue;
      }
      for (const column of columns) {
        const cell = norm(row.cells[column.index]);
        if (cell === '') continue;
        const statusCode = statusOf(cell);
        if (!statusCode) {
          errors.push({ row: row.line, column: column.label, columnNumber: column.index + 1, code: 'import.unknownStatus', value: cell });
          continue;
        }
        const session = sessionById.get(column.sessionId)!;
        if (enrollment.withdrawnAt && enrollment.withdrawnAt.getTime() <= session.startsAt.getTime()) {
          errors.push({ row: row.line, column: column.label, columnNumber: column.index + 1, code: 'import.withdrawnStudent', value: cell });
          continue;
        }
        entries.push({ row: row.line, column: column.label, enrollment, classSessionId: column.sessionId, enrollmentId: enrollment.id, statusCode });
      }
    }
    errors.sort((a, b) => a.row - b.row || a.columnNumber - b.columnNumber);
    return { entries, errors, layout, sessionIds: columns.map((c) => c.sessionId) };
  }
}

/** Resolves a grid heading to a session id (of this cohort, or an id to look up), or to the code of why not. */
function headingResolver(sessions: ClassSession[]): (label: string) => number | string {
  const byDate = new Map<string, ClassSession[]>();
  for (const s of sessions) byDate.set(tokyoDate(s.startsAt), [...(byDate.get(tokyoDate(s.startsAt)) ?? []), s]);
  return (label) => {
    const h = parseSessionHeading(label);
    if (!h) return 'import.unknownSession';
    if ('id' in h) return h.id;
    const day = (byDate.get(h.date) ?? []).filter((s) => !h.time || tokyoTime(s.startsAt) === h.time);
    if (day.length === 1) return day[0].id;
    return day.length === 0 ? 'import.unknownSession' : 'import.ambiguousSession';
  };
}
