import { IsNull, LessThan } from 'typeorm';
import type { SystemWork } from '../../core/system';
import type { AppLogger } from '../../core/logger';
import type { Config } from '../../config';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { readRows } from '../../core/rows';
import { badField, conflict } from '../../core/errors';
import { charCount, EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../../core/validation/rules';
import type { PasswordHasher } from '../../core/auth/passwords';
import { Role } from '../permissions';
import { Account, AccountStatus, Residency } from './account.entity';
import { AccountToken, TokenPurpose } from './account-token.entity';
import { Session } from './session.entity';
import type { AccountHistory } from './account-history';
import type { AccountService } from './account.service';
import { isDuplicateKey, normaliseEmail } from './account.service';
import { consumeToken, findToken, issueToken, linkInvalid, retireTokens } from './one-time-tokens';
import { tooManyRequests, withinLimit } from './throttle';
import type { MyDetailsInput } from './accounts.inputs';
import { EmailConfirmationKind } from './login-steps';

/** How long after the answer a recovery request's lookup and mail run. */
const DEFERRED_MAIL_DELAY_MS = 50;

/** Days an unconfirmed registration is kept. */
export const UNCONFIRMED_DAYS = 7;

const SIMPLE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Proving and recovering: the confirmation of an address, the forgotten password or login ID,
 * the member's own details and a change of address. Every mail holds only a one-time link.
 * Requests by address answer the same whether or not the address is registered.
 */
export class AccountRecoveryService {
  constructor(
    private readonly config: Config,
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountService,
    private readonly history: AccountHistory,
    private readonly system: SystemWork,
    private readonly logger: AppLogger,
  ) {}

  async confirmEmail(ctx: Ctx, secret: string): Promise<{ loginId: string; kind: EmailConfirmationKind }> {
    const token = await findToken(ctx, secret, [TokenPurpose.CONFIRM_REGISTRATION, TokenPurpose.CONFIRM_EMAIL_CHANGE]);
    if (!token) throw linkInvalid();
    await consumeToken(ctx, token);
    const account = await repo(ctx, Account).findOneBy({ id: token.accountId });
    if (!account || account.status !== AccountStatus.ACTIVE) throw linkInvalid();
    ctx.audit.target('Account', account.id);
    if (token.purpose === TokenPurpose.CONFIRM_REGISTRATION) {
      if (!account.emailVerifiedAt) {
        await repo(ctx, Account).update({ id: account.id }, { emailVerifiedAt: ctx.now });
        await this.history.record(ctx, account.id, 'email_confirmed');
      }
      return { loginId: account.loginId, kind: EmailConfirmationKind.REGISTRATION };
    }
    const newEmail = token.email!;
    const oldEmail = account.email;
    try {
      await repo(ctx, Account).update({ id: account.id }, { email: newEmail, emailVerifiedAt: ctx.now, updatedAt: ctx.now });
    } catch (error) {
      // Someone registered the address meanwhile.
      if (isDuplicateKey(error)) throw linkInvalid();
      throw error;
    }
    await retireTokens(ctx, account.id, [TokenPurpose.CONFIRM_EMAIL_CHANGE]);
    // The old address is told, so a change the member did not make does not go unnoticed.
    const notice = await issueToken(ctx, account.id, TokenPurpose.MAIL_ADDRESS, 7 * 24 * 60, { mailed: true, email: oldEmail });
    await this.accounts.mailer().queue(ctx, { accountId: account.id, template: 'email-changed', tokenId: notice.id });
    await this.history.record(ctx, account.id, 'email', ['email']);
    return { loginId: account.loginId, kind: EmailConfirmationKind.EMAIL_CHANGE };
  }

  async resendConfirmation(ctx: Ctx): Promise<boolean> {
    const account = await repo(ctx, Account).findOneByOrFail({ id: ctx.user!.accountId });
    if (account.emailVerifiedAt) throw conflict('auth.alreadyConfirmed', 'This address is already confirmed.');
    if (!(await withinLimit(ctx, `confirm-resend:account:${account.id}`, this.config.mailRequestsPerAddressPerHour, 3600))) throw tooManyRequests();
    await retireTokens(ctx, account.id, [TokenPurpose.CONFIRM_REGISTRATION]);
    const token = await issueToken(ctx, account.id, TokenPurpose.CONFIRM_REGISTRATION, this.config.emailConfirmationMinutes, { mailed: true });
    await this.accounts.mailer().queue(ctx, { accountId: account.id, template: 'confirm-registration', tokenId: token.id });
    ctx.audit.target('Account', account.id);
    return true;
  }

  /** Mail work started after an answer and not finished yet: awaited by settled() (shutdown, tests). */
  private readonly inFlight = new Set<Promise<void>>();

  /** Resolves once the mail work of earlier answers is done. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  /**
   * "Forgot password" and "forgot login ID". The answer is the same whether or not the address
   * is registered, and so is the work done before it: the address is looked up, and the mail
   * queued, in a transaction of its own after the answer, so neither the reply nor its timing
   * tells the two apart. Throttled per IP here (an error), per account there (silently).
   * If the server stops in between, the request is lost and the person asks again.
   */
  async requestRecovery(ctx: Ctx, email: string, purpose: TokenPurpose.PASSWORD_RESET | TokenPurpose.LOGIN_ID_REMINDER): Promise<boolean> {
    if (typeof email !== 'string' || charCount(email) > EMAIL_MAX || !SIMPLE_EMAIL.test(email.trim())) {
      throw badField('email', 'validation.email', 'Enter a valid email address, e.g. taro@example.jp.');
    }
    if (!(await withinLimit(ctx, `recovery:ip:${ctx.ip}`, this.config.mailRequestsPerIpPerHour, 3600))) throw tooManyRequests();
    const address = normaliseEmail(email);
    ctx.afterCommit(() => this.later(() => this.sendRecovery(address, purpose)));
    return true;
  }

  private later(work: () => Promise<void>): void {
    // A moment later, so the answer (and its audit write) leaves first.
    const run: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, DEFERRED_MAIL_DELAY_MS))
      .then(work)
      .catch((error) => this.logger.warn({ err: { message: (error as Error).message } }, 'recovery mail not queued'))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private async sendRecovery(address: string, purpose: TokenPurpose.PASSWORD_RESET | TokenPurpose.LOGIN_ID_REMINDER): Promise<void> {
    await this.system.transaction(
      new Date(),
      async (ctx) => {
        const account = await repo(ctx, Account).findOneBy({ email: address });
        if (!account || account.status !== AccountStatus.ACTIVE) return;
        if (!(await withinLimit(ctx, `recovery:account:${account.id}`, this.config.mailRequestsPerAddressPerHour, 3600))) return;
        await retireTokens(ctx, account.id, [purpose]);
        const token = await issueToken(ctx, account.id, purpose, this.config.passwordResetMinutes, { mailed: true });
        await this.accounts
          .mailer()
          .queue(ctx, { accountId: account.id, template: purpose === TokenPurpose.PASSWORD_RESET ? 'password-reset' : 'login-id-reminder', tokenId: token.id });
        ctx.audit.add({ action: `${purpose}.mail_queued`, outcome: 'success', actorId: null, actorRole: Role.ANONYMOUS, targetType: 'Account', targetIds: [account.id] });
      },
      'accounts.recoveryMail',
    );
  }

  /** Sets a new password from a reset link; every session of the account ends. */
  async resetPassword(ctx: Ctx, secret: string, newPassword: string): Promise<{ loginId: string }> {
    const token = await findToken(ctx, secret, [TokenPurpose.PASSWORD_RESET]);
    if (!token) throw linkInvalid();
    const account = await repo(ctx, Account).findOneBy({ id: token.accountId });
    if (!account || account.status !== AccountStatus.ACTIVE) throw linkInvalid();
    // The password is checked before the link is used up, so a too-short password can be corrected.
    const length = charCount(newPassword);
    if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
      throw badField('newPassword', 'validation.password', `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
    }
    this.accounts.checkPassword(newPassword, [account.email, account.loginId], 'newPassword');
    await consumeToken(ctx, token);
    const passwordHash = await this.hasher.hash(newPassword);
    await repo(ctx, Account).update(
      { id: account.id },
      {
        passwordHash,
        passwordChangedAt: ctx.now,
        updatedAt: ctx.now,
        mustChangePassword: false,
        passwordExpiresAt: null,
        failedLoginCount: 0,
        lockedUntil: null,
        // Following the link proves the address, as the confirmation link would.
        emailVerifiedAt: account.emailVerifiedAt ?? ctx.now,
      },
    );
    await repo(ctx, Session).update({ accountId: account.id, revokedAt: IsNull() }, { revokedAt: ctx.now, revokedReason: 'password_reset' });
    await this.history.record(ctx, account.id, 'password_reset');
    ctx.audit.target('Account', account.id);
    return { loginId: account.loginId };
  }

  async recoverLoginId(ctx: Ctx, secret: string): Promise<{ loginId: string }> {
    const token = await findToken(ctx, secret, [TokenPurpose.LOGIN_ID_REMINDER]);
    if (!token) throw linkInvalid();
    await consumeToken(ctx, token);
    const account = await repo(ctx, Account).findOneBy({ id: token.accountId });
    if (!account || account.status !== AccountStatus.ACTIVE) throw linkInvalid();
    if (!account.emailVerifiedAt) await repo(ctx, Account).update({ id: account.id }, { emailVerifiedAt: ctx.now });
    ctx.audit.target('Account', account.id);
    return { loginId: account.loginId };
  }

  /** The member corrects their own details, with the rules of registration. Audited; the history names the fields. */
  async updateMyDetails(ctx: Ctx, input: MyDetailsInput): Promise<Account> {
    const account = await repo(ctx, Account).findOneByOrFail({ id: ctx.user!.accountId });
    if (account.role !== Role.MEMBER) throw conflict('account.detailsMembersOnly', 'Staff details are kept by a ward administrator.');
    const resident = input.residency === Residency.RESIDENT;
    const next = {
      name: input.name.trim(),
      nameKana: input.nameKana.trim(),
      phone: input.phone?.trim() || null,
      residency: input.residency,
      address: resident ? input.address!.trim() : input.address?.trim() || null,
      workplaceOrSchool: resident ? input.workplaceOrSchool?.trim() || null : input.workplaceOrSchool!.trim(),
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => (account[k] ?? null) !== next[k]);
    if (changed.length) {
      const set: Partial<Account> = { updatedAt: ctx.now };
      for (const k of changed) (set as Record<string, unknown>)[k] = next[k];
      await repo(ctx, Account).update({ id: account.id }, set);
      await this.history.record(ctx, account.id, 'details', changed);
    }
    ctx.audit.target('Account', account.id);
    return repo(ctx, Account).findOneByOrFail({ id: account.id });
  }

  /**
   * A new address takes effect only when the link sent to it is followed. An address that
   * belongs to another account gets the same answer and no mail.
   */
  async requestEmailChange(ctx: Ctx, newEmail: string, currentPassword: string): Promise<boolean> {
    if (typeof newEmail !== 'string' || charCount(newEmail) > EMAIL_MAX || !SIMPLE_EMAIL.test(newEmail.trim())) {
      throw badField('newEmail', 'validation.email', 'Enter a valid email address, e.g. taro@example.jp.');
    }
    const account = await this.accounts.ownAccountWithPassword(ctx, currentPassword);
    const email = normaliseEmail(newEmail);
    if (email === account.email) throw badField('newEmail', 'validation.emailSame', 'This is already your address.');
    if (!(await withinLimit(ctx, `email-change:account:${account.id}`, this.config.mailRequestsPerAddressPerHour, 3600))) throw tooManyRequests();
    await retireTokens(ctx, account.id, [TokenPurpose.CONFIRM_EMAIL_CHANGE]);
    const taken = await repo(ctx, Account).existsBy({ email });
    const token = await issueToken(ctx, account.id, TokenPurpose.CONFIRM_EMAIL_CHANGE, this.config.emailConfirmationMinutes, { mailed: true, email });
    if (!taken) await this.accounts.mailer().queue(ctx, { accountId: account.id, template: 'confirm-email-change', tokenId: token.id });
    ctx.audit.target('Account', account.id);
    return true;
  }

  /**
   * Registrations never confirmed are deleted after a week: they hold personal data nobody
   * has proved is theirs, and they keep the address from being registered by its owner.
   */
  async purgeUnconfirmed(system: SystemWork, now: Date): Promise<number> {
    const before = new Date(now.getTime() - UNCONFIRMED_DAYS * 24 * 3600_000);
    return system.transaction(
      now,
      async (ctx) => {
        const stale = await repo(ctx, Account).find({ select: { id: true }, where: { role: Role.MEMBER, emailVerifiedAt: IsNull(), createdAt: LessThan(before) }, take: 500 });
        if (!stale.length) return 0;
        // Consent, sessions and tokens go with it (foreign keys cascade); queued mail to it finds no
        // address and is dropped; the audit keeps only the id.
        for (const { id } of stale) await repo(ctx, Account).delete({ id, emailVerifiedAt: IsNull() });
        ctx.audit.add({
          action: 'account.purge_unconfirmed',
          outcome: 'success',
          actorId: null,
          actorRole: Role.ANONYMOUS,
          targetType: 'Account',
          targetIds: stale.map((a) => a.id),
        });
        return stale.length;
      },
      'accounts.purgeUnconfirmed',
    );
  }

  /** The address waiting for its confirmation link, if any. */
  async pendingEmail(ctx: Ctx, accountId: number): Promise<string | null> {
    // On my page's every load: the service's own SQL (core/rows.ts), not the query builder, and never the token's hash.
    const [token] = await readRows(
      ctx.em,
      AccountToken,
      't',
      'WHERE t.accountId = ? AND t.purpose = ? AND t.usedAt IS NULL AND t.expiresAt > ? ORDER BY t.id DESC LIMIT 1',
      [accountId, TokenPurpose.CONFIRM_EMAIL_CHANGE, ctx.now],
      ['tokenHash'],
    );
    return token?.email ?? null;
  }
}
