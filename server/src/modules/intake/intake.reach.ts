import type { Ctx } from '../../core/context';
import { placeholders } from '../../core/rows';
import type { MemberScope } from '../accounts';
import type { NoticeReach } from '../notices';

/**
 * Who applied where, as other modules need it without depending on intake: which members a
 * contractor's staff may see (accounts), and how many members read a group notice (notices).
 * Any application counts, withdrawn ones too, as in AlumniAudiences.placesOf.
 */
export class IntakeReach implements MemberScope, NoticeReach {
  appliedInFieldSql(accountIdColumn: string, fieldCode: string): { sql: string; params: unknown[] } {
    return {
      sql: `EXISTS (SELECT 1 FROM application ms_a INNER JOIN cohort ms_h ON ms_h.id = ms_a.cohortId WHERE ms_a.accountId = ${accountIdColumn} AND ms_h.fieldCode = ?)`,
      params: [fieldCode],
    };
  }

  async readersOfCohorts(ctx: Ctx, cohortIds: readonly number[]): Promise<Map<number, number>> {
    const rows = (await ctx.em.query(
      `SELECT a.cohortId AS k, COUNT(DISTINCT a.accountId) AS n FROM application a WHERE a.cohortId IN (${placeholders(cohortIds)}) GROUP BY a.cohortId`,
      [...cohortIds],
    )) as { k: number; n: number | string }[];
    return new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
  }

  async readersOfFields(ctx: Ctx, fieldCodes: readonly string[]): Promise<Map<string, number>> {
    const rows = (await ctx.em.query(
      `SELECT h.fieldCode AS k, COUNT(DISTINCT a.accountId) AS n FROM application a INNER JOIN cohort h ON h.id = a.cohortId WHERE h.fieldCode IN (${placeholders(fieldCodes)}) GROUP BY h.fieldCode`,
      [...fieldCodes],
    )) as { k: string; n: number | string }[];
    return new Map(rows.map((r) => [r.k, Number(r.n)]));
  }
}
