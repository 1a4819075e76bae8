import DataLoader from 'dataloader';
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { placeholders, readRows } from '../../core/rows';
import { fieldScope } from '../../core/scope';
import { Permission } from '../permissions';
import { Account } from '../accounts';
import { Application } from './application.entity';

/** A page of members with their applications costs one statement for all of them; contractors get their field's only. */
const memberApplicationLoaders = defineLoaders((ctx) => ({
  byAccount: new DataLoader<number, Application[]>(async (ids) => {
    const field = fieldScope(ctx);
    const join = field ? ' INNER JOIN cohort ma_h ON ma_h.id = a.cohortId AND ma_h.fieldCode = ?' : '';
    const rows = await readRows(ctx.em, Application, 'a', `${join} WHERE a.accountId IN (${placeholders(ids)}) ORDER BY a.submittedAt DESC, a.id DESC`, [
      ...(field ? [field] : []),
      ...ids,
    ]);
    const byAccount = new Map<number, Application[]>(ids.map((id) => [id, []]));
    for (const row of rows) byAccount.get(row.accountId)?.push(row);
    return ids.map((id) => byAccount.get(id)!);
  }),
}));

/** A member's applications as staff see them when they open the member (members keep myApplications). */
@Resolver(() => Account)
export class MemberApplicationsResolver {
  @Allow(Permission.ApplicationReview)
  @FieldResolver(() => [Application], { nullable: true, description: 'Staff: this member’s applications, newest first; contractor staff see their field’s only.' })
  applications(@Root() account: Account, @Context() ctx: Ctx): Promise<Application[]> {
    return memberApplicationLoaders(ctx).byAccount.load(account.id);
  }
}
