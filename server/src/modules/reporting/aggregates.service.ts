import type { Ctx } from '../../core/context';
import { tokyoToday } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { ApplicationStatus, WithdrawalReason } from '../intake';
import { CompletionOutcome } from '../learning';
import { rateCell, suppressSeries, suppressTable, type Cell } from './suppression';
import type { ActivityMatrix, EnrollmentFigures, FieldFigures, MatrixCell } from './reporting.types';

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

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The reporting aggregates: a few grouped statements per report, whatever the number of
 * cohorts or people, then suppression (./suppression.ts) before anything leaves the server.
 */
export class AggregatesService {
  constructor(private readonly threshold: number) {}

  async enrollmentFigures(ctx: Ctx, academicYear: number): Promise<EnrollmentFigures> {
    const counts = new Map<FieldCode, Record<CountName, number>>(FIELDS.map((f) => [f, Object.fromEntries(COUNTS.map((c) => [c, 0])) as Record<CountName, number>]));
    const attendance = new Map<FieldCode, { sum: number; n: number }>();
    const reasons = new Map<WithdrawalReason, number>(REASONS.map((r) => [r, 0]));
    const applications = (await ctx.em.query(
      `SELECT c.fieldCode AS fieldCode, COUNT(*) AS applications, SUM(CASE WHEN a.eligible = 1 THEN 1 ELSE 0 END) AS eligible,
           SUM(CASE WHEN a.status IN (${ACCEPTED.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) AS accepted
         FROM application a JOIN cohort c ON c.id = a.cohortId WHERE c.academicYear = ? GROUP BY c.fieldCode`,
      [...ACCEPTED, academicYear],
    )) as Array<Record<string, unknown>>;
    const enrollments = (await ctx.em.query(
      `SELECT c.fieldCode AS fieldCode, e.withdrawalReason AS reason, COUNT(*) AS enrolled, SUM(CASE WHEN e.withdrawnAt IS NOT NULL THEN 1 ELSE 0 END) AS withdrawn
         FROM enrollment e JOIN cohort c ON c.id = e.cohortId WHERE c.academicYear = ? GROUP BY c.fieldCode, e.withdrawalReason`,
      [academicYear],
    )) as Array<Record<string, unknown>>;
    const completions = (await ctx.em.query(
      `SELECT c.fieldCode AS fieldCode, SUM(CASE WHEN p.outcome = ? THEN 1 ELSE 0 END) AS completed, SUM(CASE WHEN p.outcome = ? THEN 1 ELSE 0 END) AS notCompleted,
           SUM(CASE WHEN p.planned > 0 THEN 1.0 * p.attended / p.planned ELSE 0 END) AS rateSum, SUM(CASE WHEN p.planned > 0 THEN 1 ELSE 0 END) AS rated
         FROM completion p JOIN cohort c ON c.id = p.cohortId WHERE c.academicYear = ? GROUP BY c.fieldCode`,
      [CompletionOutcome.COMPLETED, CompletionOutcome.NOT_COMPLETED, academicYear],
    )) as Array<Record<string, unknown>>;
    for (const r of applications) {
      const c = counts.get(r.fieldCode as FieldCode);
      if (!c) continue;
      c.applications += num(r.applications);
      c.eligible += num(r.eligible);
      c.accepted += num(r.accepted);
    }
    for (const r of enrollments) {
      const c = counts.get(r.fieldCode as FieldCode);
      if (!c) continue;
      c.enrolled += num(r.enrolled);
      c.withdrawn += num(r.withdrawn);
      const reason = REASONS.includes(r.reason as WithdrawalReason) ? (r.reason as WithdrawalReason) : WithdrawalReason.OTHER;
      reasons.set(reason, reasons.get(reason)! + num(r.withdrawn));
    }
    for (const r of completions) {
      const c = counts.get(r.fieldCode as FieldCode);
      if (!c) continue;
      c.completed += num(r.completed);
      c.notCompleted += num(r.notCompleted);
      attendance.set(r.fieldCode as FieldCode, { sum: num(r.rateSum), n: num(r.rated) });
    }

    // Each count across the five fields with its total: a series, suppressed on its own.
    const columns = Object.fromEntries(
      COUNTS.map((name) => [
        name,
        suppressSeries(
          FIELDS.map((f) => counts.get(f)![name]),
          this.threshold,
        ),
      ]),
    ) as Record<CountName, { cells: Cell[]; total: Cell }>;
    const attendanceTotal = [...attendance.values()].reduce((a, b) => ({ sum: a.sum + b.sum, n: a.n + b.n }), { sum: 0, n: 0 });
    const row = (fieldCode: FieldCode | null, pick: (s: { cells: Cell[]; total: Cell }) => Cell, rate: { sum: number; n: number } | undefined): FieldFigures => {
      const cells = Object.fromEntries(COUNTS.map((name) => [name, pick(columns[name])])) as Record<CountName, Cell>;
      const completionRate = rateCell(cells.completed, cells.notCompleted);
      const hidden = cells.completed.suppressed || cells.notCompleted.suppressed;
      return {
        fieldCode,
        ...cells,
        completionRate,
        meanAttendanceRate: hidden ? { value: null, suppressed: true } : { value: rate && rate.n ? rate.sum / rate.n : null, suppressed: false },
      };
    };
    const withdrawn = suppressSeries(
      REASONS.map((r) => reasons.get(r)!),
      this.threshold,
    );
    return {
      academicYear,
      threshold: this.threshold,
      fields: FIELDS.map((f, i) => row(f, (s) => s.cells[i], attendance.get(f))),
      total: row(null, (s) => s.total, attendanceTotal),
      withdrawnByReason: REASONS.map((reason, i) => ({ reason, count: withdrawn.cells[i] })),
    };
  }

  /**
   * Alumni (an account with a completed completion) by the field of the cohort they completed ×
   * the fields of their current activity: the latest version of each of their activity records,
   * not ended or ending after today. People, not records: one statement, counted here.
   */
  async studiedActiveMatrix(ctx: Ctx, academicYear: number | null): Promise<ActivityMatrix> {
    const rows = (await ctx.em.query(
      `SELECT DISTINCT c.fieldCode AS studied, p.accountId AS accountId, act.fieldCodeList AS active
       FROM completion p JOIN cohort c ON c.id = p.cohortId
       LEFT JOIN (
         SELECT v.accountId AS accountId, v.fieldCodeList AS fieldCodeList
         FROM activity_record r JOIN activity_record_version v ON v.recordId = r.id AND v.version = r.version
         WHERE v.endedOn IS NULL OR v.endedOn > ?
       ) act ON act.accountId = p.accountId
       WHERE p.outcome = ?${academicYear === null ? '' : ' AND c.academicYear = ?'}`,
      [tokyoToday(ctx.now), CompletionOutcome.COMPLETED, ...(academicYear === null ? [] : [academicYear])],
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
    const counts = FIELDS.map((f) => COLUMNS.map((col) => people.get(`${f}|${col}`)?.size ?? 0));
    const table = suppressTable(counts, this.threshold);
    const cells = (list: Cell[]): MatrixCell[] => list.map((count, j) => ({ activeField: COLUMNS[j], count }));
    return {
      academicYear,
      threshold: this.threshold,
      rows: FIELDS.map((studiedField, i) => ({ studiedField, cells: cells(table.cells[i]), total: table.rowTotals[i] })),
      columnTotals: cells(table.columnTotals),
      grandTotal: table.grandTotal,
    };
  }
}
