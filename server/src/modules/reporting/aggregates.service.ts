import { DateUtils } from 'typeorm/util/DateUtils';
import type { Ctx } from '../../core/context';
import { tokyoToday } from '../../core/graphql/scalars';
import { Eligibility, FieldCode } from '../catalog';
import { IntroductionStatus } from '../community';
import { fieldScope } from '../../core/scope';
import { ApplicationStatus, WithdrawalReason } from '../intake';
import { CompletionOutcome } from '../learning';
import { rateCell, suppressSeries, suppressTable, type Cell } from './suppression';
import type {
  ActivityMatrix,
  AlumniActivityFigures,
  BasisTable,
  CohortFiguresReport,
  EligibilityFigures,
  EnrollmentFigures,
  IntroductionFigures,
  MatrixCell,
  ReasonFigure,
  StatusCell,
  SurveyFieldFigures,
  SurveyResponseFigures,
} from './reporting.types';

/** The five fields in catalogue order. */
const FIELDS: readonly FieldCode[] = [FieldCode.WELFARE, FieldCode.DISASTER, FieldCode.AGRICULTURE, FieldCode.GREENERY, FieldCode.RECYCLING];
const REASONS: readonly WithdrawalReason[] = Object.values(WithdrawalReason);
/** Offered a seat at some point: the statuses an offer leads to (an application is withdrawn only before selection). */
const ACCEPTED: readonly ApplicationStatus[] = [
  ApplicationStatus.OFFERED,
  ApplicationStatus.ENROLLED,
  ApplicationStatus.DECLINED,
  ApplicationStatus.LAPSED,
  ApplicationStatus.CANCELLED,
];
/** The matrix columns: the fields by their GraphQL names, then no current activity, then an activity in none of the five. */
const FIELD_NAME = new Map(Object.entries(FieldCode).map(([name, value]) => [value as string, name]));
const COLUMNS: readonly string[] = [...FIELDS.map((f) => FIELD_NAME.get(f)!), 'NONE', 'OTHER'];

const COUNTS = ['applications', 'eligible', 'accepted', 'enrolled', 'withdrawn', 'completed', 'notCompleted'] as const;
type CountName = (typeof COUNTS)[number];

/** One year's counts by row key (a field code or a cohort id), before suppression. */
type Tally = { counts: Map<string, Record<CountName, number>>; attendance: Map<string, { sum: number; n: number }>; reasons: Map<WithdrawalReason, number> };
/** The cells of one row of the intake and completion figures. */
type FigureCells = Record<CountName, Cell> & { completionRate: Cell; meanAttendanceRate: Cell };

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const STATUSES: readonly IntroductionStatus[] = [IntroductionStatus.PLANNED, IntroductionStatus.PENDING, IntroductionStatus.JOINED, IntroductionStatus.NOT_A_FIT];
const BASES: readonly Eligibility[] = [Eligibility.RESIDENT, Eligibility.WORKER, Eligibility.STUDENT];
/** The most years one trend request may span: its statements do not grow with it, its answer does. */
export const MAX_TREND_YEARS = 10;

/**
 * The fields a caller's figures cover: contractor staff see their own field only (the rows
 * and the totals are over that field), everyone else the five. The SQL filter that goes with it.
 */
function fieldsOf(ctx: Ctx): { fields: readonly FieldCode[]; sql: (column: string) => string; params: string[] } {
  const scoped = fieldScope(ctx) as FieldCode | null;
  if (!scoped) return { fields: FIELDS, sql: () => '', params: [] };
  return { fields: FIELDS.filter((f) => f === scoped), sql: (column) => ` AND ${column} = ?`, params: [scoped] };
}

/** The instants an academic year (April to March, Tokyo) starts and ends, as stored (UTC text, which both dialects compare with a DATETIME). */
function academicYearRange(year: number): [string, string] {
  return [DateUtils.mixedDateToUtcDatetimeString(new Date(Date.UTC(year, 2, 31, 15))), DateUtils.mixedDateToUtcDatetimeString(new Date(Date.UTC(year + 1, 2, 31, 15)))];
}

/**
 * The reporting aggregates: a few grouped statements per report, whatever the number of
 * cohorts or people, then suppression (./suppression.ts) before anything leaves the server.
 */
export class AggregatesService {
  constructor(private readonly threshold: number) {}

  async enrollmentFigures(ctx: Ctx, academicYear: number): Promise<EnrollmentFigures> {
    return (await this.enrollmentTrend(ctx, academicYear, academicYear))[0];
  }

  /** The figures of each academic year from fromYear to toYear, in the same three statements as one year. */
  async enrollmentTrend(ctx: Ctx, fromYear: number, toYear: number): Promise<EnrollmentFigures[]> {
    const scope = fieldsOf(ctx);
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
    const tallies = await this.tally(
      ctx,
      'c.fieldCode',
      `c.academicYear BETWEEN ? AND ?${scope.sql('c.fieldCode')}`,
      [fromYear, toYear, ...scope.params],
      years,
      () => scope.fields,
    );
    return years.map((academicYear) => {
      const { rows, total, withdrawnByReason } = this.suppressed(scope.fields, tallies.get(academicYear)!);
      return {
        academicYear,
        threshold: this.threshold,
        fields: rows.map((cells, i) => ({ fieldCode: scope.fields[i], ...cells })),
        total: { fieldCode: null, ...total },
        withdrawnByReason,
      };
    });
  }

  /**
   * The same figures per cohort of the year (a cohort's own intake, withdrawals and completions),
   * each count suppressed as a series across the cohorts and their total. Four statements.
   */
  async cohortFigures(ctx: Ctx, academicYear: number): Promise<CohortFiguresReport> {
    const scope = fieldsOf(ctx);
    const cohorts = (await ctx.em.query(
      `SELECT c.id AS id, c.fieldCode AS fieldCode, c.startsOn AS startsOn, k.title AS title FROM cohort c JOIN course k ON k.id = c.courseId
         WHERE c.academicYear = ?${scope.sql('c.fieldCode')} ORDER BY c.startsOn, c.id`,
      [academicYear, ...scope.params],
    )) as Array<{ id: unknown; fieldCode: FieldCode; startsOn: unknown; title: string }>;
    // Catalogue order of the fields, then the start day.
    cohorts.sort((a, b) => FIELDS.indexOf(a.fieldCode) - FIELDS.indexOf(b.fieldCode));
    const keys = cohorts.map((c) => String(c.id));
    const tallies = await this.tally(ctx, 'c.id', `c.academicYear = ?${scope.sql('c.fieldCode')}`, [academicYear, ...scope.params], [academicYear], () => keys);
    const { rows, total, withdrawnByReason } = this.suppressed(keys, tallies.get(academicYear)!);
    return {
      academicYear,
      threshold: this.threshold,
      cohorts: rows.map((cells, i) => ({
        cohortId: keys[i],
        fieldCode: cohorts[i].fieldCode,
        courseTitle: cohorts[i].title,
        // mysql2 gives a DATE as a Date at UTC midnight (the connection's time zone is Z); SQLite as text.
        startsOn: ((cohorts[i].startsOn as unknown) instanceof Date ? (cohorts[i].startsOn as Date).toISOString() : String(cohorts[i].startsOn)).slice(0, 10),
        ...cells,
      })),
      total,
      withdrawnByReason,
    };
  }

  /** The three grouped statements behind the intake and completion figures, by year and by `group` (a field or a cohort). */
  private async tally(
    ctx: Ctx,
    group: 'c.fieldCode' | 'c.id',
    where: string,
    params: unknown[],
    years: number[],
    keysOf: (year: number) => readonly string[],
  ): Promise<Map<number, Tally>> {
    const byYear = new Map<number, Tally>(
      years.map((y) => [
        y,
        {
          counts: new Map(keysOf(y).map((k) => [k, Object.fromEntries(COUNTS.map((c) => [c, 0])) as Record<CountName, number>])),
          attendance: new Map(),
          reasons: new Map(REASONS.map((r) => [r, 0])),
        },
      ]),
    );
    const applications = (await ctx.em.query(
      `SELECT c.academicYear AS academicYear, ${group} AS groupKey, COUNT(*) AS applications, SUM(CASE WHEN a.eligible = 1 THEN 1 ELSE 0 END) AS eligible,
           SUM(CASE WHEN a.status IN (${ACCEPTED.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) AS accepted
         FROM application a JOIN cohort c ON c.id = a.cohortId WHERE ${where} GROUP BY c.academicYear, ${group}`,
      [...ACCEPTED, ...params],
    )) as Array<Record<string, unknown>>;
    const enrollments = (await ctx.em.query(
      `SELECT c.academicYear AS academicYear, ${group} AS groupKey, e.withdrawalReason AS reason, COUNT(*) AS enrolled, SUM(CASE WHEN e.withdrawnAt IS NOT NULL THEN 1 ELSE 0 END) AS withdrawn
         FROM enrollment e JOIN cohort c ON c.id = e.cohortId WHERE ${where} GROUP BY c.academicYear, ${group}, e.withdrawalReason`,
      params,
    )) as Array<Record<string, unknown>>;
    const completions = (await ctx.em.query(
      `SELECT c.academicYear AS academicYear, ${group} AS groupKey, SUM(CASE WHEN p.outcome = ? THEN 1 ELSE 0 END) AS completed, SUM(CASE WHEN p.outcome = ? THEN 1 ELSE 0 END) AS notCompleted,
           SUM(CASE WHEN p.planned > 0 THEN 1.0 * p.attended / p.planned ELSE 0 END) AS rateSum, SUM(CASE WHEN p.planned > 0 THEN 1 ELSE 0 END) AS rated
         FROM completion p JOIN cohort c ON c.id = p.cohortId WHERE ${where} GROUP BY c.academicYear, ${group}`,
      [CompletionOutcome.COMPLETED, CompletionOutcome.NOT_COMPLETED, ...params],
    )) as Array<Record<string, unknown>>;
    const at = (r: Record<string, unknown>) => {
      const y = byYear.get(num(r.academicYear));
      const c = y?.counts.get(String(r.groupKey));
      return y && c ? { y, c } : null;
    };
    for (const r of applications) {
      const hit = at(r);
      if (!hit) continue;
      hit.c.applications += num(r.applications);
      hit.c.eligible += num(r.eligible);
      hit.c.accepted += num(r.accepted);
    }
    for (const r of enrollments) {
      const hit = at(r);
      if (!hit) continue;
      hit.c.enrolled += num(r.enrolled);
      hit.c.withdrawn += num(r.withdrawn);
      const reason = REASONS.includes(r.reason as WithdrawalReason) ? (r.reason as WithdrawalReason) : WithdrawalReason.OTHER;
      hit.y.reasons.set(reason, hit.y.reasons.get(reason)! + num(r.withdrawn));
    }
    for (const r of completions) {
      const hit = at(r);
      if (!hit) continue;
      hit.c.completed += num(r.completed);
      hit.c.notCompleted += num(r.notCompleted);
      hit.y.attendance.set(String(r.groupKey), { sum: num(r.rateSum), n: num(r.rated) });
    }
    return byYear;
  }

  /** One year's counts as cells: each count suppressed as a series across the rows and their total; rates over them. */
  private suppressed(keys: readonly string[], { counts, attendance, reasons }: Tally): { rows: FigureCells[]; total: FigureCells; withdrawnByReason: ReasonFigure[] } {
    const columns = Object.fromEntries(
      COUNTS.map((name) => [
        name,
        suppressSeries(
          keys.map((k) => counts.get(k)![name]),
          this.threshold,
        ),
      ]),
    ) as Record<CountName, { cells: Cell[]; total: Cell }>;
    const attendanceTotal = [...attendance.values()].reduce((a, b) => ({ sum: a.sum + b.sum, n: a.n + b.n }), { sum: 0, n: 0 });
    const row = (pick: (s: { cells: Cell[]; total: Cell }) => Cell, rate: { sum: number; n: number } | undefined): FigureCells => {
      const cells = Object.fromEntries(COUNTS.map((name) => [name, pick(columns[name])])) as Record<CountName, Cell>;
      const hidden = cells.completed.suppressed || cells.notCompleted.suppressed;
      return {
        ...cells,
        completionRate: rateCell(cells.completed, cells.notCompleted),
        meanAttendanceRate: hidden ? { value: null, suppressed: true } : { value: rate && rate.n ? rate.sum / rate.n : null, suppressed: false },
      };
    };
    const withdrawn = suppressSeries(
      REASONS.map((r) => reasons.get(r)!),
      this.threshold,
    );
    return {
      rows: keys.map((k, i) => row((s) => s.cells[i], attendance.get(k))),
      total: row((s) => s.total, attendanceTotal),
      withdrawnByReason: REASONS.map((reason, i) => ({ reason, count: withdrawn.cells[i] })),
    };
  }

  /**
   * Alumni (an account with a completed completion) by the field of the cohort they completed ×
   * the fields of their current activity: the latest version of each of their activity records,
   * not ended or ending after today. People, not records: one statement, counted here.
   */
  async studiedActiveMatrix(ctx: Ctx, academicYear: number | null): Promise<ActivityMatrix> {
    const scope = fieldsOf(ctx);
    const rows = (await ctx.em.query(
      `SELECT DISTINCT c.fieldCode AS studied, p.accountId AS accountId, act.fieldCodeList AS active
       FROM completion p JOIN cohort c ON c.id = p.cohortId
       LEFT JOIN (
         SELECT v.accountId AS accountId, v.fieldCodeList AS fieldCodeList
         FROM activity_record r JOIN activity_record_version v ON v.recordId = r.id AND v.version = r.version
         WHERE v.endedOn IS NULL OR v.endedOn > ?
       ) act ON act.accountId = p.accountId
       WHERE p.outcome = ?${academicYear === null ? '' : ' AND c.academicYear = ?'}${scope.sql('c.fieldCode')}`,
      [tokyoToday(ctx.now), CompletionOutcome.COMPLETED, ...(academicYear === null ? [] : [academicYear]), ...scope.params],
    )) as Array<{ studied: string; accountId: unknown; active: string | null }>;
    // Per studied field and column, the people in it.
    const people = new Map<string, Set<string>>();
    const activeOf = new Map<string, Set<string>>();
    const studiedOf = new Map<string, Set<string>>();
    for (const r of rows) {
      const id = String(r.accountId);
      if (!studiedOf.has(id)) studiedOf.set(id, new Set());
      studiedOf.get(id)!.add(r.studied);
      if (!activeOf.has(id)) activeOf.set(id, new Set());
      if (r.active === null) continue;
      const codes = r.active.split(',').filter((c) => FIELD_NAME.has(c));
      if (!codes.length) activeOf.get(id)!.add('OTHER');
      for (const code of codes) activeOf.get(id)!.add(FIELD_NAME.get(code)!);
    }
    for (const [id, studied] of studiedOf) {
      const active = activeOf.get(id)!;
      const columns = active.size ? [...active] : ['NONE'];
      for (const s of studied) {
        for (const col of columns) {
          const key = `${s}|${col}`;
          if (!people.has(key)) people.set(key, new Set());
          people.get(key)!.add(id);
        }
      }
    }
    const counts = scope.fields.map((f) => COLUMNS.map((col) => people.get(`${f}|${col}`)?.size ?? 0));
    const table = suppressTable(counts, this.threshold);
    const cells = (list: Cell[]): MatrixCell[] => list.map((count, j) => ({ activeField: COLUMNS[j], count }));
    return {
      academicYear,
      threshold: this.threshold,
      rows: scope.fields.map((studiedField, i) => ({ studiedField, cells: cells(table.cells[i]), total: table.rowTotals[i] })),
      columnTotals: cells(table.columnTotals),
      grandTotal: table.grandTotal,
    };
  }

  /** The matrix's column totals: the same suppressed cells, so that the two answers agree. */
  async alumniActivity(ctx: Ctx, academicYear: number | null): Promise<AlumniActivityFigures> {
    const matrix = await this.studiedActiveMatrix(ctx, academicYear);
    return { academicYear, threshold: this.threshold, byActiveField: matrix.columnTotals, total: matrix.grandTotal };
  }

  /**
   * Invitations of the waves sent to the cohorts of a year, by offset and field: one grouped
   * statement. Each offset is one table (fields × answered / not answered, with totals).
   */
  async surveyResponseRates(ctx: Ctx, academicYear: number): Promise<SurveyResponseFigures> {
    const scope = fieldsOf(ctx);
    const rows = (await ctx.em.query(
      `SELECT w.offsetMonths AS offsetMonths, c.fieldCode AS fieldCode, SUM(CASE WHEN i.status = ? THEN 1 ELSE 0 END) AS answered, COUNT(*) AS invited
         FROM survey_invitation i JOIN survey_wave w ON w.id = i.waveId JOIN cohort c ON c.id = w.cohortId
         WHERE c.academicYear = ?${scope.sql('c.fieldCode')} GROUP BY w.offsetMonths, c.fieldCode`,
      ['answered', academicYear, ...scope.params],
    )) as Array<Record<string, unknown>>;
    const offsets = [...new Set(rows.map((r) => num(r.offsetMonths)))].sort((a, b) => a - b);
    const waves = offsets.map((offsetMonths) => {
      const of = (f: FieldCode) => rows.find((r) => num(r.offsetMonths) === offsetMonths && r.fieldCode === f);
      const counts = scope.fields.map((f) => {
        const r = of(f);
        const answered = num(r?.answered);
        return [answered, num(r?.invited) - answered];
      });
      const table = suppressTable(counts, this.threshold);
      const figures = (fieldCode: FieldCode | null, [answered, notAnswered]: Cell[], invited: Cell): SurveyFieldFigures => ({
        fieldCode,
        invited,
        answered,
        notAnswered,
        responseRate: rateCell(answered, notAnswered),
      });
      return {
        offsetMonths,
        fields: scope.fields.map((f, i) => figures(f, table.cells[i], table.rowTotals[i])),
        total: figures(null, table.columnTotals, table.grandTotal),
      };
    });
    return { academicYear, threshold: this.threshold, waves };
  }

  /**
   * Introductions made in the academic year by the field the alumnus completed × their status
   * now. An introduction of an alumnus of two fields counts in both rows; of a member with no
   * completed course, in the last row. One statement.
   */
  async introductionOutcomes(ctx: Ctx, academicYear: number): Promise<IntroductionFigures> {
    const scope = fieldsOf(ctx);
    const [from, to] = academicYearRange(academicYear);
    // Contractor staff: introductions of their field's alumni only (no "no course" row).
    const rows = (await ctx.em.query(
      `SELECT s.fieldCode AS fieldCode, n.status AS status, COUNT(*) AS n
         FROM introduction n
         LEFT JOIN (SELECT DISTINCT p.accountId AS accountId, c.fieldCode AS fieldCode FROM completion p JOIN cohort c ON c.id = p.cohortId WHERE p.outcome = ?) s ON s.accountId = n.accountId
         WHERE n.createdAt >= ? AND n.createdAt < ?${scope.sql('s.fieldCode')} GROUP BY s.fieldCode, n.status`,
      [CompletionOutcome.COMPLETED, from, to, ...scope.params],
    )) as Array<Record<string, unknown>>;
    const rowKeys: Array<FieldCode | null> = fieldScope(ctx) ? [...scope.fields] : [...scope.fields, null];
    const counts = rowKeys.map((f) => STATUSES.map((st) => num(rows.find((r) => (r.fieldCode ?? null) === f && r.status === st)?.n)));
    const table = suppressTable(counts, this.threshold);
    const cells = (list: Cell[]): StatusCell[] => list.map((count, j) => ({ status: STATUSES[j], count }));
    const totals = cells(table.columnTotals);
    const pick = (st: IntroductionStatus) => totals.find((c) => c.status === st)!.count;
    return {
      academicYear,
      threshold: this.threshold,
      rows: rowKeys.map((studiedField, i) => ({ studiedField, cells: cells(table.cells[i]), total: table.rowTotals[i] })),
      columnTotals: totals,
      grandTotal: table.grandTotal,
      joinedRate: rateCell(pick(IntroductionStatus.JOINED), pick(IntroductionStatus.NOT_A_FIT)),
    };
  }

  /** Applications and completions of a year by field × eligibility basis: two grouped statements. */
  async eligibilityFigures(ctx: Ctx, academicYear: number): Promise<EligibilityFigures> {
    const scope = fieldsOf(ctx);
    const applications = (await ctx.em.query(
      `SELECT c.fieldCode AS fieldCode, a.eligibilityBasis AS basis, COUNT(*) AS n FROM application a JOIN cohort c ON c.id = a.cohortId
         WHERE c.academicYear = ?${scope.sql('c.fieldCode')} GROUP BY c.fieldCode, a.eligibilityBasis`,
      [academicYear, ...scope.params],
    )) as Array<Record<string, unknown>>;
    const completions = (await ctx.em.query(
      `SELECT c.fieldCode AS fieldCode, a.eligibilityBasis AS basis, COUNT(*) AS n FROM completion p JOIN cohort c ON c.id = p.cohortId
         JOIN enrollment e ON e.id = p.enrollmentId JOIN application a ON a.id = e.applicationId
         WHERE p.outcome = ? AND c.academicYear = ?${scope.sql('c.fieldCode')} GROUP BY c.fieldCode, a.eligibilityBasis`,
      [CompletionOutcome.COMPLETED, academicYear, ...scope.params],
    )) as Array<Record<string, unknown>>;
    const tableOf = (list: Array<Record<string, unknown>>): BasisTable => {
      const table = suppressTable(
        scope.fields.map((f) => BASES.map((b) => num(list.find((r) => r.fieldCode === f && r.basis === b)?.n))),
        this.threshold,
      );
      const cells = (row: Cell[]) => row.map((count, j) => ({ basis: BASES[j], count }));
      return {
        rows: scope.fields.map((fieldCode, i) => ({ fieldCode, cells: cells(table.cells[i]), total: table.rowTotals[i] })),
        columnTotals: cells(table.columnTotals),
        grandTotal: table.grandTotal,
      };
    };
    return { academicYear, threshold: this.threshold, applications: tableOf(applications), completions: tableOf(completions) };
  }
}
