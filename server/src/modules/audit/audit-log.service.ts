import type { SelectQueryBuilder } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField } from '../../core/errors';
import { AuditEntry } from './audit-entry.entity';
import type { AuditFilter } from './audit.types';

export const AUDIT_PAGE_MAX = 200;

/** Reading the audit log: filtered pages with their total, and the action names for the filter menu. */
export class AuditLogService {
  async page(ctx: Ctx, filter: AuditFilter | null | undefined, offset: number, limit: number): Promise<{ items: AuditEntry[]; total: number }> {
    if (!Number.isInteger(offset) || offset < 0) throw badField('offset', 'validation.range', 'The offset must be 0 or more.');
    if (!Number.isInteger(limit) || limit < 1) throw badField('limit', 'validation.range', 'Ask for at least one entry.');
    const qb = this.filtered(ctx, filter ?? {});
    const [items, total] = await qb.orderBy('e.id', 'DESC').skip(offset).take(Math.min(limit, AUDIT_PAGE_MAX)).getManyAndCount();
    return { items, total };
  }

  async actions(ctx: Ctx): Promise<string[]> {
    const rows = await repo(ctx, AuditEntry).createQueryBuilder('e').select('DISTINCT e.action', 'action').orderBy('e.action', 'ASC').getRawMany<{ action: string }>();
    return rows.map((r) => r.action);
  }

  private filtered(ctx: Ctx, f: AuditFilter): SelectQueryBuilder<AuditEntry> {
    const qb = repo(ctx, AuditEntry).createQueryBuilder('e');
    // An unknown actor or target id simply matches nothing (parseId would say "not found").
    const idOf = (v: string) => (/^\d{1,10}$/.test(v) ? Number(v) : -1);
    if (f.actorId) qb.andWhere('e.actorId = :actorId', { actorId: idOf(f.actorId) });
    if (f.action) qb.andWhere('e.action = :action', { action: f.action });
    if (f.targetType) qb.andWhere('e.targetType = :targetType', { targetType: f.targetType });
    if (f.targetId) {
      // targetIdList is "1,2,3": match the whole id at the start, the end, the middle or alone.
      const id = String(idOf(f.targetId));
      qb.andWhere('(e.targetIdList = :tid OR e.targetIdList LIKE :tidStart OR e.targetIdList LIKE :tidEnd OR e.targetIdList LIKE :tidMiddle)', {
        tid: id,
        tidStart: `${id},%`,
        tidEnd: `%,${id}`,
        tidMiddle: `%,${id},%`,
      });
    }
    if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.at < :to', { to: f.to });
    return qb;
  }
}
