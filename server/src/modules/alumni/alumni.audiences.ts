import type { Ctx } from '../../core/context';
import { placeholders } from '../../core/rows';
import type { AlumniReach, MemberPlaces, NoticeAudiences } from '../notices';
import type { IntakeAudiences } from '../intake';
import { CompletionOutcome } from '../learning';

const COMPLETED = CompletionOutcome.COMPLETED;

/**
 * Who reads which notices: where a member applied (group notices) and, from their completions,
 * where they are an alumnus (alumni notices). Alumni rights are decided here from the completion
 * rows the completion run and overrides write, never from a flag set by hand.
 */
export class AlumniAudiences implements NoticeAudiences, AlumniReach {
  constructor(private readonly intake: IntakeAudiences) {}

  mailRecipientsOfCohort(ctx: Ctx, cohortId: number): Promise<number[]> {
    return this.intake.mailRecipientsOfCohort(ctx, cohortId);
  }

  mailRecipientsOfField(ctx: Ctx, fieldCode: string): Promise<number[]> {
    return this.intake.mailRecipientsOfField(ctx, fieldCode);
  }

  appliedInField(ctx: Ctx, accountId: number, fieldCode: string): Promise<boolean> {
    return this.intake.appliedInField(ctx, accountId, fieldCode);
  }

  async placesOf(ctx: Ctx, accountId: number): Promise<MemberPlaces> {
    // One plain statement: every my-page request asks this (docs/performance.md).
    const rows = (await ctx.em.query(
      'SELECT a.cohortId AS cohortId, h.fieldCode AS fieldCode, c.outcome AS outcome FROM application a INNER JOIN cohort h ON h.id = a.cohortId' +
        ' LEFT JOIN completion c ON c.accountId = a.accountId AND c.cohortId = a.cohortId WHERE a.accountId = ?',
      [accountId],
    )) as { cohortId: number; fieldCode: string; outcome: string | null }[];
    const alumni = rows.filter((r) => r.outcome === COMPLETED);
    return {
      cohortIds: [...new Set(rows.map((r) => Number(r.cohortId)))],
      fieldCodes: [...new Set(rows.map((r) => r.fieldCode))],
      alumniCohortIds: [...new Set(alumni.map((r) => Number(r.cohortId)))],
      alumniFieldCodes: [...new Set(alumni.map((r) => r.fieldCode))],
    };
  }

  /** Alumni of the target who asked for mail on the application that made them alumni. */
  async mailRecipientsOfAlumni(ctx: Ctx, target: { cohortId?: number; fieldCode?: string }): Promise<number[]> {
    const where = target.cohortId ? ' AND c.cohortId = ?' : target.fieldCode ? ' AND h.fieldCode = ?' : '';
    const rows = (await ctx.em.query(
      'SELECT DISTINCT c.accountId AS accountId FROM completion c INNER JOIN cohort h ON h.id = c.cohortId' +
        ' INNER JOIN enrollment e ON e.id = c.enrollmentId INNER JOIN application a ON a.id = e.applicationId' +
        ` WHERE c.outcome = ? AND a.emailAlerts = ?${where}`,
      [COMPLETED, true, ...(target.cohortId ? [target.cohortId] : target.fieldCode ? [target.fieldCode] : [])],
    )) as { accountId: number }[];
    return rows.map((r) => Number(r.accountId));
  }

  async alumniOf(ctx: Ctx, cohortIds: readonly number[], fieldCodes: readonly string[], all: boolean) {
    const cohorts = new Map<number, number>();
    const fields = new Map<string, number>();
    let everyone = 0;
    if (cohortIds.length) {
      const rows = (await ctx.em.query(
        `SELECT c.cohortId AS k, COUNT(DISTINCT c.accountId) AS n FROM completion c WHERE c.outcome = ? AND c.cohortId IN (${placeholders(cohortIds)}) GROUP BY c.cohortId`,
        [COMPLETED, ...cohortIds],
      )) as { k: number; n: number | string }[];
      for (const r of rows) cohorts.set(Number(r.k), Number(r.n));
    }
    if (fieldCodes.length) {
      const rows = (await ctx.em.query(
        `SELECT h.fieldCode AS k, COUNT(DISTINCT c.accountId) AS n FROM completion c INNER JOIN cohort h ON h.id = c.cohortId WHERE c.outcome = ? AND h.fieldCode IN (${placeholders(fieldCodes)}) GROUP BY h.fieldCode`,
        [COMPLETED, ...fieldCodes],
      )) as { k: string; n: number | string }[];
      for (const r of rows) fields.set(r.k, Number(r.n));
    }
    if (all) {
      const [row] = (await ctx.em.query('SELECT COUNT(DISTINCT c.accountId) AS n FROM completion c WHERE c.outcome = ?', [COMPLETED])) as { n: number | string }[];
      everyone = Number(row.n);
    }
    return { cohorts, fields, all: everyone };
  }
}
