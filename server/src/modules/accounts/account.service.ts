import crypto from 'node:crypto';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import type { Config } from '../../config';
import type { Ctx, Principal } from '../../core/context';
import { AppError, badField, badInput, conflict, keepingWrites, unauthenticated } from '../../core/errors';
import { repo } from '../../core/context';
import { lockMode } from '../../core/tx';
import { hydrateJoined, joinedColumns, readRows } from '../../core/rows';
import { NOTICE_DECLINED_PERMISSIONS, PENDING_PERMISSIONS, permissionsOf, Role, STAFF_ROLES } from '../permissions';
import type { PasswordHasher } from '../../core/auth/passwords';
import { newRefreshToken, sha256, type TokenService } from '../../core/auth/tokens';
import { Account, AccountStatus, PendingAction, Residency } from './account.entity';
import { TokenPurpose } from './account-token.entity';
import { consumeToken, findToken, issueToken } from './one-time-tokens';
import type { AccountMail } from './account-mail';
import type { AccountHistory } from './account-history';
import { secondFactorFailed, type SecondFactorService } from './second-factor.service';
import { serialiseOn, tooManyRequests, withinLimit } from './throttle';
import { SecondFactorMethod } from './login-steps';
import { Consent, ConsentKind } from './consent.entity';
import { Contractor } from './contractor.entity';
import { Session } from './session.entity';
import { RefreshToken } from './refresh-token.entity';
import { LoginFailure } from './login-failure.entity';
import { contractorRefusal } from './contractor.service';
import type { RegisterInput, StaffAccountInput } from './accounts.inputs';
import { demoTotpSecret } from '../../core/auth/demo-totp';
import { charCount, LOGIN_IDENTIFIER_MAX, normaliseLoginIdentifier, PASSWORD_MAX, PASSWORD_MIN } from '../../core/validation/rules';

const LOGIN_FAILED_MESSAGE = 'The login ID or password is incorrect, or this account cannot log in now.';
// The failure is counted in the database: the refusal keeps that write (see AppError.keepWrites).
const loginFailed = () => keepingWrites(new AppError('UNAUTHENTICATED', 'auth.loginFailed', LOGIN_FAILED_MESSAGE));

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  account: Account;
  principal: Principal;
}

/** The password was right; the second factor is asked for next. No session exists yet. */
export interface SecondFactorStep {
  token: string;
  methods: SecondFactorMethod[];
  expiresIn: number;
}

/** Minutes between the password and the second factor at login. */
const SECOND_FACTOR_MINUTES = 5;

/**
 * A member's standing towards the privacy notice: the version in force (the privacy module's
 * table privacy_notice_version: the latest version whose effectiveFrom has passed) and their
 * latest answer in the consent ledger (null: no answer recorded, e.g. accounts made outside
 * registration; they are not asked).
 */
export interface NoticeStanding {
  current: string | null;
  answered: string | null;
  granted: boolean | null;
}

/** Asked to accept the notice in force: the latest answer names another version, or declined this one. */
function noticeAsked(n: NoticeStanding | null | undefined): boolean {
  return !!n && n.current !== null && n.answered !== null && !(n.answered === n.current && n.granted === true);
}

/** Declined the notice in force: the session is limited to export and erasure until the member accepts. */
function noticeDeclined(n: NoticeStanding | null | undefined): boolean {
  return !!n && n.current !== null && n.answered === n.current && n.granted === false;
}

/**
 * The version in force, as one SQL expression (one `?`: the request's clock). Before the first
 * version takes effect, the first one. The privacy module owns the table and its rules
 * (PrivacyNoticeService.current); accounts reads it here so the session lookup stays one statement.
 */
const CURRENT_NOTICE_SQL =
  'COALESCE((SELECT v.version FROM privacy_notice_version v WHERE v.effectiveFrom <= ? ORDER BY v.effectiveFrom DESC, v.id DESC LIMIT 1), ' +
  '(SELECT v.version FROM privacy_notice_version v ORDER BY v.effectiveFrom ASC, v.id ASC LIMIT 1))';
/** The member's latest answer (account alias a) and the version in force, as select-list items (one `?`: the clock). */
const NOTICE_STANDING_SQL =
  `(SELECT c.version FROM consent c WHERE c.accountId = a.id AND c.kind = '${ConsentKind.PRIVACY_NOTICE}' ORDER BY c.id DESC LIMIT 1) AS n_answered, ` +
  `(SELECT c.granted FROM consent c WHERE c.accountId = a.id AND c.kind = '${ConsentKind.PRIVACY_NOTICE}' ORDER BY c.id DESC LIMIT 1) AS n_granted, ` +
  `${CURRENT_NOTICE_SQL} AS n_current`;

/** A date as the driver compares it in raw SQL (SQLite stores UTC text; MySQL is given UTC: timezone 'Z'). */
const sqlDate = (em: EntityManager, date: Date): Date | string => (em.connection.options.type === 'better-sqlite3' ? DateUtils.mixedDateToUtcDatetimeString(date) : date);

function standingOf(row: Record<string, unknown>): NoticeStanding {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return { current: text(row.n_current), answered: text(row.n_answered), granted: row.n_granted === null || row.n_granted === undefined ? null : Boolean(Number(row.n_granted)) };
}

/** The member's standing towards the privacy notice, in one statement (login and refresh; the session lookup folds it in). */
export async function noticeStandingOf(em: EntityManager, accountId: number, now: Date): Promise<NoticeStanding> {
  const [row] = (await em.query(`SELECT ${NOTICE_STANDING_SQL} FROM account a WHERE a.id = ?`, [sqlDate(em, now), accountId])) as Record<string, unknown>[];
  return row ? standingOf(row) : { current: null, answered: null, granted: null };
}

/** The version of the privacy notice in force (what registration must accept). */
export async function currentNoticeVersion(em: EntityManager, now: Date): Promise<string | null> {
  const [row] = (await em.query(`SELECT ${CURRENT_NOTICE_SQL} AS v`, [sqlDate(em, now)])) as Array<{ v: string | null }>;
  return row?.v ?? null;
}

/**
 * What the account must do before anything else (see PendingAction). Without the member's
 * standing towards the privacy notice, ACCEPT_PRIVACY_NOTICE is not decided here (the session's
 * principal carries it: Principal.pending).
 */
export function pendingActionsOf(account: Pick<Account, 'role' | 'emailVerifiedAt' | 'mustChangePassword' | 'secondFactorAt'>, notice?: NoticeStanding | null): PendingAction[] {
  const pending: PendingAction[] = [];
  if (account.role === Role.MEMBER && !account.emailVerifiedAt) pending.push(PendingAction.CONFIRM_EMAIL);
  if (account.mustChangePassword) pending.push(PendingAction.CHANGE_PASSWORD);
  if (STAFF_ROLES.includes(account.role) && !account.secondFactorAt) pending.push(PendingAction.ENROL_SECOND_FACTOR);
  // Staff are never asked: only members answer the notice.
  if (account.role === Role.MEMBER && noticeAsked(notice)) pending.push(PendingAction.ACCEPT_PRIVACY_NOTICE);
  return pending;
}

/** What a session may do: everything its role may with nothing pending; after declining the notice, export and erasure; else only the pending steps. */
function sessionPermissions(role: Role, pending: PendingAction[], notice: NoticeStanding | null | undefined) {
  if (!pending.length) return permissionsOf(role);
  if (pending.length === 1 && pending[0] === PendingAction.ACCEPT_PRIVACY_NOTICE && noticeDeclined(notice)) return NOTICE_DECLINED_PERMISSIONS;
  return PENDING_PERMISSIONS;
}

export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Columns a principal never needs; the session lookup leaves them in the database. */
export const SECRET_COLUMNS: (keyof Account)[] = ['passwordHash', 'failedLoginCount', 'lockedUntil', 'passwordChangedAt', 'totpSecret', 'totpPendingSecret', 'totpLastStep'];

export class AccountService {
  /** Built once: the same for every request (both drivers use ? placeholders). */
  private sessionSql: string | undefined;

  private mail: AccountMail | null = null;

  constructor(
    private readonly config: Config,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly history: AccountHistory,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /** The outbox lives in the notices module, which depends on this one: wired in modules/index.ts. */
  useMail(mail: AccountMail): void {
    this.mail = mail;
  }

  mailer(): AccountMail {
    if (!this.mail) throw new Error('account mail is not wired (modules/index.ts)');
    return this.mail;
  }

  /**
   * Resolves an access token's claims to a principal, checking the session, the account
   * and, for contractor staff, the contract and the caller's address. Null means refuse.
   */
  async principalFor(em: EntityManager, claims: { sub: string; sid: string }, ip: string, now: Date): Promise<{ principal: Principal | null; reason?: string }> {
    // One statement on every logged-in request: session, account (without its secrets), contractor,
    // and the member's standing towards the privacy notice (two indexed subqueries).
    this.sessionSql ??=
      `SELECT ${joinedColumns(em, Session, 's', 's_')}, ${joinedColumns(em, Account, 'a', 'a_', SECRET_COLUMNS)}, ${joinedColumns(em, Contractor, 'k', 'k_')}, ${NOTICE_STANDING_SQL} ` +
      'FROM session s INNER JOIN account a ON a.id = s.accountId LEFT JOIN contractor k ON k.id = a.contractorId WHERE s.id = ?';
    const [row] = (await em.query(this.sessionSql, [sqlDate(em, now), claims.sid])) as Record<string, unknown>[];
    if (!row) return { principal: null, reason: 'unknown_session' };
    const session = hydrateJoined(em, Session, row, 's_');
    const account = hydrateJoined(em, Account, row, 'a_', SECRET_COLUMNS);
    account.contractor = row.k_id === null || row.k_id === undefined ? null : hydrateJoined(em, Contractor, row, 'k_');
    if (String(session.accountId) !== claims.sub) return { principal: null, reason: 'unknown_session' };
    if (session.revokedAt || session.expiresAt <= now) return { principal: null, reason: 'session_revoked' };
    return this.checkAccount(account, session.id, ip, now, standingOf(row));
  }

  private checkAccount(account: Account, sessionId: string, ip: string, now: Date, notice: NoticeStanding | null): { principal: Principal | null; reason?: string } {
    if (account.status !== AccountStatus.ACTIVE) return { principal: null, reason: 'account_disabled' };
    if (account.mustChangePassword && account.passwordExpiresAt && account.passwordExpiresAt <= now) return { principal: null, reason: 'temporary_password_expired' };
    let contractor: Principal['contractor'];
    if (account.role === Role.CONTRACTOR_STAFF) {
      if (!account.contractor) return { principal: null, reason: 'contractor_missing' };
      const refusal = contractorRefusal(account.contractor, ip, now);
      if (refusal) return { principal: null, reason: refusal };
      contractor = { id: account.contractor.id, fieldCode: account.contractor.fieldCode };
    }
    const pending = pendingActionsOf(account, notice);
    const permissions = sessionPermissions(account.role, pending, notice);
    return { principal: { accountId: account.id, role: account.role, sessionId, permissions, pending, contractor } };
  }

  /**
   * Registration answers the same for a new address and for one already registered: the new
   * address gets a confirmation link, the registered one a mail saying someone tried. Both
   * paths hash the password, so they also take about the same time.
   */
  async register(ctx: Ctx, input: RegisterInput): Promise<boolean> {
    if (input.privacyNoticeVersion !== (await currentNoticeVersion(ctx.em, ctx.now))) {
      throw badField('privacyNoticeVersion', 'validation.consentOutdated', 'The privacy notice has changed. Please read the current notice and agree again.');
    }
    const email = normaliseEmail(input.email);
    this.checkPassword(input.password, [email]);
    if (!(await withinLimit(ctx, `register:ip:${ctx.ip}`, this.config.mailRequestsPerIpPerHour, 3600))) throw tooManyRequests();
    const passwordHash = await this.hasher.hash(input.password);
    const resident = input.residency === Residency.RESIDENT;
    const existing = await repo(ctx, Account).findOneBy({ email });
    if (existing) return this.registrationAttempt(ctx, existing);
    let account: Account;
    try {
      account = await this.insertWithLoginId(ctx.em, 'M', {
        role: Role.MEMBER,
        name: input.name.trim(),
        nameKana: input.nameKana.trim(),
        email,
        phone: input.phone?.trim() || null,
        residency: input.residency,
        address: resident ? input.address!.trim() : input.address?.trim() || null,
        workplaceOrSchool: resident ? input.workplaceOrSchool?.trim() || null : input.workplaceOrSchool!.trim(),
        passwordHash,
        contractorId: null,
        status: AccountStatus.ACTIVE,
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: ctx.now,
        emailVerifiedAt: null,
        mustChangePassword: false,
        passwordExpiresAt: null,
        secondFactorAt: null,
        totpSecret: null,
        totpPendingSecret: null,
        totpLastStep: null,
      });
    } catch (error) {
      // Registered at the same moment by another request: the same answer as for any registered address.
      if (!isDuplicateKey(error)) throw error;
      const winner = await repo(ctx, Account).findOneBy({ email });
      if (!winner) throw error;
      return this.registrationAttempt(ctx, winner);
    }
    await repo(ctx, Consent).insert({ accountId: account.id, kind: ConsentKind.PRIVACY_NOTICE, version: input.privacyNoticeVersion, acceptedAt: ctx.now });
    const token = await issueToken(ctx, account.id, TokenPurpose.CONFIRM_REGISTRATION, this.config.emailConfirmationMinutes, { mailed: true });
    await this.mailer().queue(ctx, { accountId: account.id, template: 'confirm-registration', tokenId: token.id });
    await this.history.record(ctx, account.id, 'registered');
    ctx.audit.target('Account', account.id);
    return true;
  }

  private async registrationAttempt(ctx: Ctx, existing: Account): Promise<boolean> {
    // At most a few such mails an hour per account, so nobody can flood an owner's inbox.
    if (await withinLimit(ctx, `register-attempt:account:${existing.id}`, this.config.mailRequestsPerAddressPerHour, 3600)) {
      await this.mailer().queue(ctx, { accountId: existing.id, template: 'registration-attempt' });
    }
    ctx.audit.add({ action: 'register.existing_address', outcome: 'success', actorId: null, actorRole: Role.ANONYMOUS, targetType: 'Account', targetIds: [existing.id] });
    return true;
  }

  async login(ctx: Ctx, identifier: string, password: string): Promise<IssuedSession | SecondFactorStep> {
    const since = new Date(ctx.now.getTime() - this.config.loginIpWindowSeconds * 1000);
    const ipKey = `ip:${ctx.ip}`.slice(0, 80);
    const fail = async (reason: string, account?: Account): Promise<never> => {
      await repo(ctx, LoginFailure).insert({ throttleKey: ipKey, at: ctx.now });
      ctx.audit.add({
        action: 'login.failure',
        outcome: 'failure',
        reason,
        actorId: account?.id ?? null,
        actorRole: account?.role ?? Role.ANONYMOUS,
        targetType: account ? 'Account' : null,
        targetIds: account ? [account.id] : [],
      });
      throw loginFailed();
    };

    // Attempts from one address take turns (every instance): the count includes every earlier attempt's failure.
    await serialiseOn(ctx, `login-${ipKey}`);
    const recentFailures = await repo(ctx, LoginFailure).countBy({ throttleKey: ipKey, at: MoreThan(since) });
    if (recentFailures >= this.config.loginMaxFailuresPerIp) return fail('ip_throttled');
    // An explicit bound rather than cutting the values and using what is left: no login identifier
    // is longer than an email address, and no password set through the API is longer than
    // PASSWORD_MAX, so such an attempt cannot succeed. It gets the same generic failure (counted and
    // audited like any other, revealing nothing), and no hash is computed over an unbounded value.
    if (charCount(identifier.trim()) > LOGIN_IDENTIFIER_MAX || charCount(password) > PASSWORD_MAX) return fail('input_too_long');

    // Trimmed; a login ID typed in full width (Ｍ１２３…) is made ASCII.
    const id = normaliseLoginIdentifier(identifier);
    const account = await repo(ctx, Account).findOne({
      where: id.includes('@') ? { email: normaliseEmail(id) } : { loginId: id.toUpperCase() },
      relations: { contractor: true },
    });
    if (!account) {
      await this.hasher.burn(password);
      return fail('unknown_account');
    }
    // Attempts on one account take turns, on every instance: the lock is read (and the failure
    // counted) under the account's row lock, so a burst cannot check more passwords than the limit.
    const current = await repo(ctx, Account).findOne({ select: { id: true, lockedUntil: true }, where: { id: account.id }, ...lockMode(ctx.em) });
    if (current) account.lockedUntil = current.lockedUntil;
    if (account.lockedUntil && account.lockedUntil > ctx.now) {
      await this.hasher.burn(password);
      return fail('locked', account);
    }
    if (!(await this.hasher.verify(account.passwordHash, password))) {
      await this.recordBadPassword(ctx, account);
      return fail('bad_password', account);
    }
    const sessionId = crypto.randomUUID();
    const checked = this.checkAccount(account, sessionId, ctx.ip, ctx.now, await this.standing(ctx.em, account, ctx.now));
    if (checked.reason === 'temporary_password_expired') {
      ctx.audit.add({
        action: 'login.failure',
        outcome: 'failure',
        reason: checked.reason,
        actorId: account.id,
        actorRole: account.role,
        targetType: 'Account',
        targetIds: [account.id],
      });
      throw keepingWrites(new AppError('UNAUTHENTICATED', 'auth.temporaryPasswordExpired', 'The temporary password has expired. Ask a ward administrator for a new one.'));
    }
    if (!checked.principal) return fail(checked.reason ?? 'refused', account);

    if (account.secondFactorAt) {
      // The failure count is reset only once the second factor is right too.
      const step = await issueToken(ctx, account.id, TokenPurpose.SECOND_FACTOR, SECOND_FACTOR_MINUTES);
      const methods = [SecondFactorMethod.RECOVERY_CODE];
      if (account.totpSecret) methods.unshift(SecondFactorMethod.TOTP);
      if ((await this.secondFactor.passkeysOf(ctx, account.id)).length) methods.push(SecondFactorMethod.PASSKEY);
      ctx.audit.add({ action: 'login.password', outcome: 'success', actorId: account.id, actorRole: account.role, targetType: 'Account', targetIds: [account.id] });
      return { token: step.secret!, methods, expiresIn: SECOND_FACTOR_MINUTES * 60 };
    }
    return this.completeLogin(ctx, account, checked.principal);
  }

  /** Only members answer the privacy notice: staff logins read nothing more. */
  private standing(em: EntityManager, account: Account, now: Date): Promise<NoticeStanding | null> {
    return account.role === Role.MEMBER ? noticeStandingOf(em, account.id, now) : Promise.resolve(null);
  }

  private async completeLogin(ctx: Ctx, account: Account, principal: Principal): Promise<IssuedSession> {
    await repo(ctx, Account).update({ id: account.id }, { failedLoginCount: 0, lockedUntil: null });
    const issued = await this.startSession(ctx, account, principal);
    ctx.audit.add({ action: 'login.success', outcome: 'success', actorId: account.id, actorRole: account.role, targetType: 'Account', targetIds: [account.id] });
    return issued;
  }

  /** The second step of login: a TOTP code, a recovery code or a passkey. Failures count toward the lockout. */
  async loginSecondFactor(ctx: Ctx, token: string, method: SecondFactorMethod, code: string): Promise<IssuedSession> {
    const since = new Date(ctx.now.getTime() - this.config.loginIpWindowSeconds * 1000);
    const ipKey = `ip:${ctx.ip}`.slice(0, 80);
    const expired = () => keepingWrites(new AppError('UNAUTHENTICATED', 'auth.secondFactorExpired', 'This login step has expired. Please start again with your password.'));
    await serialiseOn(ctx, `login-${ipKey}`);
    const recentFailures = await repo(ctx, LoginFailure).countBy({ throttleKey: ipKey, at: MoreThan(since) });
    if (recentFailures >= this.config.loginMaxFailuresPerIp) throw loginFailed();
    const step = await findToken(ctx, token, [TokenPurpose.SECOND_FACTOR]);
    if (!step) throw expired();
    const account = await repo(ctx, Account).findOne({ where: { id: step.accountId }, relations: { contractor: true } });
    if (!account) throw expired();
    // As at the password step: the lock is read under the account's row lock, so a burst of codes cannot pass the limit.
    const current = await repo(ctx, Account).findOne({ select: { id: true, lockedUntil: true }, where: { id: account.id }, ...lockMode(ctx.em) });
    if (current) account.lockedUntil = current.lockedUntil;
    const failed = async (reason: string): Promise<never> => {
      await repo(ctx, LoginFailure).insert({ throttleKey: ipKey, at: ctx.now });
      ctx.audit.add({ action: 'login.failure', outcome: 'failure', reason, actorId: account.id, actorRole: account.role, targetType: 'Account', targetIds: [account.id] });
      throw keepingWrites(secondFactorFailed());
    };
    if (account.lockedUntil && account.lockedUntil > ctx.now) {
      // Locked meanwhile (by failures at this step): start again once the lock ends.
      await consumeToken(ctx, step);
      return failed('locked');
    }
    const ok =
      method === SecondFactorMethod.TOTP
        ? await this.secondFactor.verifyTotp(ctx, account, code)
        : method === SecondFactorMethod.RECOVERY_CODE
          ? await this.secondFactor.useRecoveryCode(ctx, account, code)
          : method === SecondFactorMethod.PASSKEY
            ? await this.secondFactor.verifyPasskey(ctx, account, token, code)
            : false;
    if (!ok) {
      await this.recordBadPassword(ctx, account);
      return failed(`bad_${method}`);
    }
    await consumeToken(ctx, step);
    const checked = this.checkAccount(account, crypto.randomUUID(), ctx.ip, ctx.now, await this.standing(ctx.em, account, ctx.now));
    if (!checked.principal) return failed(checked.reason ?? 'refused');
    return this.completeLogin(ctx, account, checked.principal);
  }

  /** WebAuthn options for the second step of login, bound to that step's token. */
  async passkeyLoginOptions(ctx: Ctx, token: string): Promise<string> {
    const step = await findToken(ctx, token, [TokenPurpose.SECOND_FACTOR]);
    if (!step) throw new AppError('UNAUTHENTICATED', 'auth.secondFactorExpired', 'This login step has expired. Please start again with your password.');
    return this.secondFactor.passkeyLoginOptions(ctx, step, token);
  }

  /** Counts a failure in the database (shared by all instances) and locks the account at the limit. */
  async recordBadPassword(ctx: Ctx, account: Account): Promise<void> {
    const accounts = repo(ctx, Account);
    await accounts.increment({ id: account.id }, 'failedLoginCount', 1);
    const fresh = await accounts.findOneByOrFail({ id: account.id });
    if (fresh.failedLoginCount >= this.config.loginMaxFailuresPerAccount) {
      await accounts.update({ id: account.id }, { failedLoginCount: 0, lockedUntil: new Date(ctx.now.getTime() + this.config.loginLockoutSeconds * 1000) });
    }
  }

  private async startSession(ctx: Ctx, account: Account, principal: Principal): Promise<IssuedSession> {
    const refreshToken = newRefreshToken();
    {
      const em = ctx.em;
      await em.getRepository(Session).insert({
        id: principal.sessionId,
        accountId: account.id,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
        revokedAt: null,
        revokedReason: null,
      });
      await em.getRepository(RefreshToken).insert({ sessionId: principal.sessionId, tokenHash: sha256(refreshToken), createdAt: ctx.now, usedAt: null });
    }
    return this.issue(account, principal, refreshToken);
  }

  private issue(account: Account, principal: Principal, refreshToken: string): IssuedSession {
    const accessToken = this.tokens.signAccess({ sub: String(account.id), sid: principal.sessionId, role: account.role });
    return { accessToken, refreshToken, expiresIn: this.tokens.ttlSeconds, account, principal };
  }

  /** Rotates a refresh token. A token used twice means it was stolen: the whole session ends. */
  async refresh(ctx: Ctx, presented: string): Promise<IssuedSession> {
    const refused = (reason: string, accountId?: number) => {
      ctx.audit.add({ action: 'session.refresh', outcome: 'denied', reason, actorId: accountId ?? null, actorRole: Role.ANONYMOUS });
      // A revocation made on the way stands (keepWrites).
      return keepingWrites(unauthenticated('auth.sessionExpired', 'Your session has ended. Please log in again.'));
    };
    if (typeof presented !== 'string' || presented.length > 200) throw refused('malformed');
    const token = await repo(ctx, RefreshToken).findOne({ where: { tokenHash: sha256(presented) }, relations: { session: { account: { contractor: true } } } });
    if (!token?.session?.account) throw refused('unknown_token');
    const session = token.session;
    const account = session.account!;
    if (session.revokedAt || session.expiresAt <= ctx.now) throw refused('session_revoked', account.id);

    // Compare-and-set, so two servers cannot both accept the same token.
    const claimed = await repo(ctx, RefreshToken).update({ id: token.id, usedAt: IsNull() }, { usedAt: ctx.now });
    if (!claimed.affected) {
      await this.revokeSession(ctx.em, session.id, 'refresh_reuse', ctx.now);
      throw refused('refresh_reuse', account.id);
    }
    const checked = this.checkAccount(account, session.id, ctx.ip, ctx.now, await this.standing(ctx.em, account, ctx.now));
    if (!checked.principal) {
      await this.revokeSession(ctx.em, session.id, checked.reason ?? 'refused', ctx.now);
      throw refused(checked.reason ?? 'refused', account.id);
    }
    const next = newRefreshToken();
    await repo(ctx, RefreshToken).insert({ sessionId: session.id, tokenHash: sha256(next), createdAt: ctx.now, usedAt: null });
    return this.issue(account, checked.principal, next);
  }

  async logout(ctx: Ctx): Promise<boolean> {
    if (!ctx.user) return false;
    await this.revokeSession(ctx.em, ctx.user.sessionId, 'logout', ctx.now);
    ctx.audit.target('Session', ctx.user.sessionId);
    return true;
  }

  /** The caller's own account, once the current password typed is right (field currentPassword otherwise). */
  async ownAccountWithPassword(ctx: Ctx, currentPassword: unknown): Promise<Account> {
    const account = await repo(ctx, Account).findOneByOrFail({ id: ctx.user!.accountId });
    // No password set through the API is longer than PASSWORD_MAX: a longer one is wrong without hashing it.
    if (typeof currentPassword !== 'string' || charCount(currentPassword) > PASSWORD_MAX || !(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw badField('currentPassword', 'validation.currentPassword', 'The current password is incorrect.');
    }
    return account;
  }

  async changePassword(ctx: Ctx, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = ctx.user!;
    const account = await this.ownAccountWithPassword(ctx, currentPassword);
    // Counted as at registration (class-validator's Length): characters, not UTF-16 code units.
    const length = charCount(newPassword);
    if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
      throw badField('newPassword', 'validation.password', `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
    }
    this.checkPassword(newPassword, [account.email, account.loginId], 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    {
      const em = ctx.em;
      await em
        .getRepository(Account)
        .update({ id: account.id }, { passwordHash, passwordChangedAt: ctx.now, updatedAt: ctx.now, mustChangePassword: false, passwordExpiresAt: null });
      // Every other session ends; this one stays so the member is not thrown out mid-task.
      await em
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: ctx.now, revokedReason: 'password_changed' })
        .where('accountId = :id AND id <> :sid AND revokedAt IS NULL', { id: account.id, sid: user.sessionId })
        .execute();
    }
    await this.history.record(ctx, account.id, 'password');
    ctx.audit.target('Account', account.id);
    return true;
  }

  async me(ctx: Ctx): Promise<Account | null> {
    if (!ctx.user) return null;
    const [account] = await readRows(ctx.em, Account, 'a', 'WHERE a.id = ?', [ctx.user.accountId], SECRET_COLUMNS);
    return account ?? null;
  }

  listStaff(ctx: Ctx): Promise<Account[]> {
    return repo(ctx, Account)
      .createQueryBuilder('a')
      .where('a.role IN (:...roles)', { roles: [...STAFF_ROLES, Role.REPORTING] })
      .orderBy('a.id', 'ASC')
      .getMany();
  }

  async createStaff(ctx: Ctx, input: StaffAccountInput): Promise<{ account: Account; temporaryPassword: string }> {
    let contractorId: number | null = null;
    if (input.role === Role.CONTRACTOR_STAFF) {
      if (!input.contractorId) throw badField('contractorId', 'validation.contractorRequired', 'Choose the contractor this staff member works for.');
      const requested = /^\d{1,10}$/.test(input.contractorId) ? Number(input.contractorId) : 0;
      const contractor = requested ? await repo(ctx, Contractor).findOneBy({ id: requested }) : null;
      if (!contractor) throw badField('contractorId', 'validation.contractorRequired', 'Choose the contractor this staff member works for.');
      if (contractor.endedAt) throw conflict('contractor.ended', 'This contractor’s contract has ended.');
      contractorId = contractor.id;
    } else if (input.contractorId) {
      throw badField('contractorId', 'validation.contractorOnlyForContractorStaff', 'Only contractor staff belong to a contractor.');
    }
    const email = normaliseEmail(input.email);
    const temporaryPassword = this.newTemporaryPassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    try {
      if (await repo(ctx, Account).existsBy({ email })) throw emailTaken();
      const account = await this.insertWithLoginId(ctx.em, 'S', {
        role: input.role,
        name: input.name.trim(),
        nameKana: input.nameKana.trim(),
        email,
        phone: null,
        residency: null,
        address: null,
        workplaceOrSchool: null,
        passwordHash,
        contractorId,
        status: AccountStatus.ACTIVE,
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: ctx.now,
        // The administrator typed the address; the temporary password must be changed at first login.
        emailVerifiedAt: ctx.now,
        mustChangePassword: true,
        passwordExpiresAt: this.temporaryPasswordExpiry(ctx.now),
        secondFactorAt: null,
        totpSecret: null,
        totpPendingSecret: null,
        totpLastStep: null,
      });
      await this.history.record(ctx, account.id, 'temporary_password');
      ctx.audit.target('Account', account.id);
      return { account, temporaryPassword };
    } catch (error) {
      if (isDuplicateKey(error)) throw emailTaken();
      throw error;
    }
  }

  temporaryPasswordExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.temporaryPasswordHours * 3600_000);
  }

  newTemporaryPassword(): string {
    return crypto.randomBytes(12).toString('base64url');
  }

  /** Used by the demo seed and tests: a staff account with a known password and a known TOTP secret (db/demo-totp.ts). */
  async createStaffWithPassword(
    em: EntityManager,
    values: { role: Role; name: string; nameKana: string; email: string; contractorId?: number | null },
    password: string,
    loginId?: string,
    now = new Date(),
  ): Promise<Account> {
    const passwordHash = await this.hasher.hash(password);
    const base = {
      ...values,
      email: normaliseEmail(values.email),
      contractorId: values.contractorId ?? null,
      phone: null,
      residency: null,
      address: null,
      workplaceOrSchool: null,
      passwordHash,
      status: AccountStatus.ACTIVE,
      failedLoginCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      emailVerifiedAt: now,
      mustChangePassword: false,
      passwordExpiresAt: null,
      secondFactorAt: null,
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
    };
    const account = loginId ? await em.getRepository(Account).save(em.getRepository(Account).create({ ...base, loginId })) : await this.insertWithLoginId(em, 'S', base);
    await this.secondFactor.enrolKnownTotp(em, account.id, demoTotpSecret(account.loginId), now);
    return em.getRepository(Account).findOneByOrFail({ id: account.id });
  }

  private async insertWithLoginId(em: EntityManager, prefix: 'M' | 'S', values: Omit<Partial<Account>, 'loginId'>): Promise<Account> {
    const repo = em.getRepository(Account);
    for (let attempt = 0; attempt < 8; attempt++) {
      const loginId = prefix + String(crypto.randomInt(0, 100_000_000)).padStart(8, '0');
      if (await repo.existsBy({ loginId })) continue;
      return repo.save(repo.create({ ...values, loginId }));
    }
    throw new Error('could not allocate a login ID');
  }

  checkPassword(password: string, personal: string[], field = 'password'): void {
    const lower = password.toLowerCase();
    if (personal.some((p) => p && lower.includes(p.toLowerCase()))) {
      throw badInput([{ field, messageKey: 'validation.passwordPersonal', message: 'The password must not contain your email address or login ID.' }]);
    }
  }

  async revokeSession(em: EntityManager, sessionId: string, reason: string, now: Date): Promise<void> {
    await em.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const emailTaken = () => badInput([{ field: 'email', messageKey: 'validation.emailTaken', message: 'This email address is already registered. Log in, or use another address.' }]);
