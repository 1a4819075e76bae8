import { Arg, Ctx as Context, ID, Int, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { parseId } from '../../core/errors';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter, AuditPage } from './audit.types';
import type { AuditLogService } from './audit-log.service';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Allow(Permission.AuditRead)
  @Query(() => AuditPage, { description: 'Newest first, filtered (every filter given must hold; from inclusive, to exclusive), at most 200 a page.' })
  auditEntries(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Context() ctx: Ctx,
  ): Promise<AuditPage> {
    return this.log.page(ctx, filter, offset, limit);
  }

  @Allow(Permission.AuditRead)
  @Query(() => [String], { description: 'Every action name in the log, for the filter menu.' })
  auditActions(@Context() ctx: Ctx): Promise<string[]> {
    return this.log.actions(ctx);
  }

  @Allow(Permission.AuditRead)
  @Query(() => [AuditEntry], { description: 'Newest first. Page with "before" (an entry id).' })
  auditLog(
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
    @Context() ctx: Ctx,
  ): Promise<AuditEntry[]> {
    const qb = repo(ctx, AuditEntry)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .take(Math.min(Math.max(limit, 1), 200));
    if (before) qb.where('e.id < :before', { before: parseId(before, 'audit entry') });
    return qb.getMany();
  }
}
