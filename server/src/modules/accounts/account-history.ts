import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { AccountChange } from './account-change.entity';

/** The member's own history of changes to their account: what and when, never the values. */
export class AccountHistory {
  async record(ctx: Ctx, accountId: number, kind: string, fields: string[] = []): Promise<void> {
    const byAdministrator = ctx.user !== null && ctx.user.accountId !== accountId;
    await repo(ctx, AccountChange).insert({ accountId, at: ctx.now, kind, fields, byAdministrator });
  }

  list(ctx: Ctx, accountId: number): Promise<AccountChange[]> {
    return repo(ctx, AccountChange).find({ where: { accountId }, order: { at: 'DESC', id: 'DESC' }, take: 100 });
  }
}
