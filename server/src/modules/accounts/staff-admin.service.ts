import { IsNull } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { conflict, notFound, parseId } from '../../core/errors';
import { isDuplicateKey, normaliseEmail } from './account.service';
import type { StaffAccountUpdateInput } from './accounts.inputs';
import type { PasswordHasher } from '../../core/auth/passwords';
import { Role, STAFF_ROLES } from '../permissions';
import { Account, AccountStatus } from './account.entity';
import { Session } from './session.entity';
import type { AccountHistory } from './account-history';
import type { AccountService } from './account.service';
import type { SecondFactorService } from './second-factor.service';

const MANAGED_STAFF: readonly Role[] = [...STAFF_ROLES, Role.REPORTING];

/** What a ward administrator does for other accounts: new temporary password, unlock, disable, reset the second factor. All audited. */
export class StaffAdminService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountService,
    private readonly secondFactor: SecondFactorService,
    private readonly history: AccountHistory,
  ) {}

  /** The account to act on (never the administrator's own); each action writes only its own columns, and the status change is a compare-and-set. */
  private async target(ctx: Ctx, id: string, staffOnly: boolean): Promise<Account> {
    const accountId = parseId(id, 'account');
    if (accountId === ctx.user!.accountId) throw conflict('staff.notSelf', 'You cannot do this to your own account.');
    const account = await repo(ctx, Account).findOneBy({ id: accountId });
    if (!account || (staffOnly && !MANAGED_STAFF.includes(account.role))) throw notFound('account');
    ctx.audit.target('Account', account.id);
    return account;
  }

  private async endSessions(ctx: Ctx, accountId: number, reason: string): Promise<void> {
    await repo(ctx, Session).update({ accountId, revokedAt: IsNull() }, { revokedAt: ctx.now, revokedReason: reason });
  }

  async resetPassword(ctx: Ctx, id: string): Promise<{ account: Account; temporaryPassword: string }> {
    const account = await this.target(ctx, id, true);
    const temporaryPassword = this.accounts.newTemporaryPassword();
    await repo(ctx, Account).update(
      { id: account.id },
      {
        passwordHash: await this.hasher.hash(temporaryPassword),
        passwordChangedAt: ctx.now,
        mustChangePassword: true,
        passwordExpiresAt: this.accounts.temporaryPasswordExpiry(ctx.now),
        failedLoginCount: 0,
        lockedUntil: null,
      },
    );
    await this.endSessions(ctx, account.id, 'password_reset_by_admin');
    await this.history.record(ctx, account.id, 'temporary_password');
    return { account: await repo(ctx, Account).findOneByOrFail({ id: account.id }), temporaryPassword };
  }

  async unlock(ctx: Ctx, id: string): Promise<Account> {
    const account = await this.target(ctx, id, false);
    await repo(ctx, Account).update({ id: account.id }, { failedLoginCount: 0, lockedUntil: null });
    await this.history.record(ctx, account.id, 'unlock');
    return repo(ctx, Account).findOneByOrFail({ id: account.id });
  }

  async setStatus(ctx: Ctx, id: string, status: AccountStatus): Promise<Account> {
    const account = await this.target(ctx, id, true);
    if (account.status !== status) {
      // Compare-and-set: two administrators acting at once change it once.
      const changed = await repo(ctx, Account).update({ id: account.id, status: account.status }, { status, updatedAt: ctx.now });
      if (changed.affected) {
        if (status === AccountStatus.DISABLED) await this.endSessions(ctx, account.id, 'account_disabled');
        await this.history.record(ctx, account.id, 'status', [status]);
      }
    }
    return repo(ctx, Account).findOneByOrFail({ id: account.id });
  }

  async resetSecondFactor(ctx: Ctx, id: string): Promise<Account> {
    const account = await this.target(ctx, id, false);
    await this.secondFactor.clear(ctx, account.id);
    await this.endSessions(ctx, account.id, 'second_factor_reset');
    await this.history.record(ctx, account.id, 'second_factor', ['reset']);
    return repo(ctx, Account).findOneByOrFail({ id: account.id });
  }

  /** Corrects a staff account's name, reading or address (one's own too); the address stays unique. */
  async updateDetails(ctx: Ctx, input: StaffAccountUpdateInput): Promise<Account> {
    const accountId = parseId(input.id, 'account');
    const account = await repo(ctx, Account).findOneBy({ id: accountId });
    if (!account || !MANAGED_STAFF.includes(account.role)) throw notFound('account');
    ctx.audit.target('Account', account.id);
    const values = { name: input.name.trim(), nameKana: input.nameKana.trim(), email: normaliseEmail(input.email) };
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== account[k]);
    if (changed.length === 0) return account;
    const taken = () => conflict('account.emailTaken', 'Another account already uses this email address.');
    if (
      changed.includes('email') &&
      (await repo(ctx, Account).createQueryBuilder('a').where('a.email = :email AND a.id <> :id', { email: values.email, id: account.id }).getCount())
    ) {
      throw taken();
    }
    const update = Object.fromEntries(changed.map((k) => [k, values[k]])) as Partial<Account>;
    try {
      await repo(ctx, Account).update({ id: account.id }, { ...update, updatedAt: ctx.now });
    } catch (error) {
      // Two edits racing to the same address: the unique index decides.
      if (isDuplicateKey(error)) throw taken();
      throw error;
    }
    await this.history.record(ctx, account.id, 'details', changed);
    return repo(ctx, Account).findOneByOrFail({ id: account.id });
  }
}
