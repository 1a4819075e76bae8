import type { Ctx } from '../../core/context';
import { STAFF_ROLES, Role } from '../permissions';

export interface AccessHistoryRow {
  at: Date;
  dataKinds: string[];
  action: string;
  operation: string | null;
  organisation: string;
  contractor: boolean;
  staffCode: string;
}

/** A staff code shown to members instead of a name: S00000002 (ward), C-0003 (contractor). */
export function staffCode(accountId: number, contractor: boolean): string {
  return contractor ? `C-${String(accountId).padStart(4, '0')}` : `S${String(accountId).padStart(8, '0')}`;
}

/**
 * A member's access history (閲覧履歴): every audit row by staff about them, newest first. Who is
 * given as the organisation and a staff code, never a name. Rows are only ever appended, so
 * staff can neither hide nor delete entries.
 */
export class AccessHistory {
  constructor(private readonly wardSection: string) {}

  async page(ctx: Ctx, accountId: number, offset: number, limit: number): Promise<{ items: AccessHistoryRow[]; total: number }> {
    const roles = [...STAFF_ROLES];
    const marks = roles.map(() => '?').join(',');
    const where = `FROM audit_subject s JOIN audit_log a ON a.id = s.auditId WHERE s.accountId = ? AND a.actorRole IN (${marks}) AND (a.actorId IS NULL OR a.actorId <> ?)`;
    const params = [accountId, ...roles, accountId];
    const [{ total }] = (await ctx.em.query(`SELECT COUNT(*) AS total ${where}`, params)) as Array<{ total: number | string }>;
    const rows = (await ctx.em.query(
      `SELECT a.at AS at, a.action AS action, a.operation AS operation, a.targetType AS targetType, a.actorId AS actorId, a.actorRole AS actorRole, c.name AS contractorName
       ${where.replace('WHERE', 'LEFT JOIN account acc ON acc.id = a.actorId LEFT JOIN contractor c ON c.id = acc.contractorId WHERE')}
       ORDER BY a.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    )) as Array<{
      at: Date | string;
      action: string;
      operation: string | null;
      targetType: string | null;
      actorId: number | null;
      actorRole: string;
      contractorName: string | null;
    }>;
    return {
      total: Number(total),
      items: rows.map((r) => {
        const contractor = r.actorRole === Role.CONTRACTOR_STAFF;
        return {
          at: r.at instanceof Date ? r.at : new Date(`${String(r.at).replace(' ', 'T')}Z`),
          dataKinds: r.targetType ? [r.targetType] : [],
          action: r.action,
          operation: r.operation,
          organisation: contractor ? (r.contractorName ?? '') : this.wardSection,
          contractor,
          staffCode: staffCode(r.actorId ?? 0, contractor),
        };
      }),
    };
  }
}
