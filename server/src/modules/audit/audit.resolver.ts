import { Arg, Ctx as Context, ID, Int, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { parseId } from '../../core/errors';
import { AuditEntry } from './audit-entry.entity';

@Resolver(() => AuditEntry)
export class AuditResolver {
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
