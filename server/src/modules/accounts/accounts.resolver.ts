import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission, permissionsOf, SELF } from '../permissions';
import { Account, AccountStatus, PendingAction } from './account.entity';
import { Contractor } from './contractor.entity';
import { AccountChange } from './account-change.entity';
import { Passkey } from './passkey.entity';
import {
  AuthPayload,
  ContractorInput,
  EmailConfirmation,
  MyDetailsInput,
  PasskeyRegistration,
  RecoveryCodes,
  RecoveryResult,
  RegisterInput,
  SecondFactorStatus,
  StaffAccountInput,
  StaffAccountPayload,
  StaffAccountUpdateInput,
  ContractorUpdateInput,
  TotpEnrolment,
} from './accounts.inputs';
import type { MemberService } from './member.service';
import { MemberPage } from './member.types';
import { pendingActionsOf, type AccountService, type IssuedSession, type SecondFactorStep } from './account.service';
import type { AccountRecoveryService } from './account-recovery.service';
import type { SecondFactorService } from './second-factor.service';
import type { StaffAdminService } from './staff-admin.service';
import type { AccountHistory } from './account-history';
import { SecondFactorMethod } from './login-steps';
import { TokenPurpose } from './account-token.entity';
import { conflict } from '../../core/errors';
import { Role } from '../permissions';
import type { ContractorService } from './contractor.service';
import { accountsLoaders } from './accounts.loaders';

/** After login the caller is the new principal, so the payload's account resolves as "self". */
function signedIn(ctx: Ctx, issued: IssuedSession | SecondFactorStep): AuthPayload {
  if (!('principal' in issued)) return { accessToken: null, refreshToken: null, expiresIn: null, account: null, secondFactor: issued };
  ctx.user = issued.principal;
  return { accessToken: issued.accessToken, refreshToken: issued.refreshToken, expiresIn: issued.expiresIn, account: issued.account, secondFactor: null };
}

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly recovery: AccountRecoveryService,
    private readonly factors: SecondFactorService,
    private readonly staffAdmin: StaffAdminService,
    private readonly history: AccountHistory,
    private readonly memberService: MemberService,
  ) {}

  @Allow(Permission.MemberRead)
  @Query(() => MemberPage, {
    description:
      'Members by login ID (prefix, any case), name or reading (contains; hiragana, katakana and full or half width alike, spaces ignored) or email (contains); ' +
      'at least 2 characters. Contractor staff find only members who applied in their field. Ordered by reading. Each search is audited with the members found.',
  })
  members(
    @Arg('search', () => String) search: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 20, description: '1 to 100.' }) limit: number,
    @Context() ctx: Ctx,
  ): Promise<MemberPage> {
    return this.memberService.search(ctx, search, offset, limit);
  }

  @Allow(Permission.MemberRead)
  @Query(() => Account, { description: 'One member; not found outside the caller’s scope (contractor staff: members who applied in their field).' })
  member(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Account> {
    return this.memberService.get(ctx, id);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => Account, { description: 'Corrects a staff account’s name, reading or email address.' })
  updateStaffAccount(@Arg('input', () => StaffAccountUpdateInput) input: StaffAccountUpdateInput, @Context() ctx: Ctx): Promise<Account> {
    return this.staffAdmin.updateDetails(ctx, input);
  }

  @Public()
  @Query(() => Account, { nullable: true, description: 'The caller’s own account; null when not logged in.' })
  me(@Context() ctx: Ctx): Promise<Account | null> {
    return this.accounts.me(ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Always true, for a new address and for one already registered: the address gets a confirmation link, or a mail saying someone tried.',
  })
  register(@Arg('input', () => RegisterInput) input: RegisterInput, @Context() ctx: Ctx): Promise<boolean> {
    return this.accounts.register(ctx, input);
  }

  @Public()
  @Mutation(() => EmailConfirmation, { description: 'Follows the link in a confirmation mail (registration or a new address).' })
  confirmEmail(@Arg('token', () => String) token: string, @Context() ctx: Ctx): Promise<EmailConfirmation> {
    return this.recovery.confirmEmail(ctx, token);
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => Boolean, { description: 'Sends a new confirmation link (throttled).' })
  resendEmailConfirmation(@Context() ctx: Ctx): Promise<boolean> {
    return this.recovery.resendConfirmation(ctx);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true; a registered address gets a one-time reset link.' })
  requestPasswordReset(@Arg('email', () => String) email: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.recovery.requestRecovery(ctx, email, TokenPurpose.PASSWORD_RESET);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true; a registered address gets a one-time link that shows the login ID on screen.' })
  requestLoginIdReminder(@Arg('email', () => String) email: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.recovery.requestRecovery(ctx, email, TokenPurpose.LOGIN_ID_REMINDER);
  }

  @Public()
  @Mutation(() => RecoveryResult, { description: 'Sets a new password from a reset link and ends every session of the account.' })
  resetPassword(@Arg('token', () => String) token: string, @Arg('newPassword', () => String) newPassword: string, @Context() ctx: Ctx): Promise<RecoveryResult> {
    return this.recovery.resetPassword(ctx, token, newPassword);
  }

  @Public()
  @Mutation(() => RecoveryResult)
  recoverLoginId(@Arg('token', () => String) token: string, @Context() ctx: Ctx): Promise<RecoveryResult> {
    return this.recovery.recoverLoginId(ctx, token);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'The second step of login, with the token from login’s secondFactor.' })
  async loginSecondFactor(
    @Arg('token', () => String) token: string,
    @Arg('method', () => SecondFactorMethod) method: SecondFactorMethod,
    @Arg('code', () => String) code: string,
    @Context() ctx: Ctx,
  ): Promise<AuthPayload> {
    return signedIn(ctx, await this.accounts.loginSecondFactor(ctx, token, method, code));
  }

  @Public()
  @Mutation(() => String, { description: 'WebAuthn options (JSON) for answering the login step with a passkey.' })
  passkeyLoginOptions(@Arg('token', () => String) token: string, @Context() ctx: Ctx): Promise<string> {
    return this.accounts.passkeyLoginOptions(ctx, token);
  }

  @Allow(Permission.SelfUpdate)
  @Mutation(() => Account, { description: 'The member corrects their own details.' })
  updateMyDetails(@Arg('input', () => MyDetailsInput) input: MyDetailsInput, @Context() ctx: Ctx): Promise<Account> {
    return this.recovery.updateMyDetails(ctx, input);
  }

  @Allow(Permission.SelfUpdate)
  @Mutation(() => Boolean, { description: 'Sends a confirmation link to the new address; the old one stays until it is followed.' })
  requestEmailChange(@Arg('newEmail', () => String) newEmail: string, @Arg('currentPassword', () => String) currentPassword: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.recovery.requestEmailChange(ctx, newEmail, currentPassword);
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => TotpEnrolment, { description: 'A new TOTP secret to scan; confirmTotpEnrolment makes it active.' })
  startTotpEnrolment(@Context() ctx: Ctx): Promise<TotpEnrolment> {
    return this.factors.startTotp(ctx);
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => RecoveryCodes, { description: 'Activates TOTP with a code from the app; returns ten recovery codes, shown once.' })
  async confirmTotpEnrolment(@Arg('code', () => String) code: string, @Context() ctx: Ctx): Promise<RecoveryCodes> {
    return { codes: await this.factors.confirmTotp(ctx, code) };
  }

  @Allow(Permission.SelfUpdate)
  @Mutation(() => RecoveryCodes, { description: 'Ten new recovery codes; the old ones stop working.' })
  async regenerateRecoveryCodes(@Arg('currentPassword', () => String) currentPassword: string, @Context() ctx: Ctx): Promise<RecoveryCodes> {
    const account = await this.accounts.ownAccountWithPassword(ctx, currentPassword);
    return { codes: await this.factors.regenerateRecoveryCodes(ctx, account) };
  }

  @Allow(Permission.SelfUpdate)
  @Mutation(() => Boolean, { description: 'Members only: turns the optional second factor off. Staff must keep one.' })
  async disableSecondFactor(@Arg('currentPassword', () => String) currentPassword: string, @Context() ctx: Ctx): Promise<boolean> {
    const account = await this.accounts.ownAccountWithPassword(ctx, currentPassword);
    if (account.role !== Role.MEMBER) throw conflict('secondFactor.requiredForStaff', 'Staff accounts must keep a second factor.');
    await this.factors.clear(ctx, account.id);
    await this.history.record(ctx, account.id, 'second_factor', ['disabled']);
    ctx.audit.target('Account', account.id);
    return true;
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => PasskeyRegistration)
  startPasskeyRegistration(@Context() ctx: Ctx): Promise<PasskeyRegistration> {
    return this.factors.startPasskeyRegistration(ctx);
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => Passkey)
  finishPasskeyRegistration(
    @Arg('token', () => String) token: string,
    @Arg('responseJson', () => String) responseJson: string,
    @Arg('name', () => String) name: string,
    @Context() ctx: Ctx,
  ): Promise<Passkey> {
    return this.factors.finishPasskeyRegistration(ctx, token, responseJson, name);
  }

  @Allow(Permission.SelfUpdate)
  @Mutation(() => Boolean)
  removePasskey(@Arg('passkeyId', () => ID) passkeyId: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.factors.removePasskey(ctx, passkeyId);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => StaffAccountPayload, { description: 'A new temporary password (shown once); the staff member must change it at next login.' })
  resetStaffPassword(@Arg('accountId', () => ID) accountId: string, @Context() ctx: Ctx): Promise<StaffAccountPayload> {
    return this.staffAdmin.resetPassword(ctx, accountId);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => Account)
  unlockAccount(@Arg('accountId', () => ID) accountId: string, @Context() ctx: Ctx): Promise<Account> {
    return this.staffAdmin.unlock(ctx, accountId);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => Account, { description: 'Disables or re-enables a staff account; disabling ends its sessions.' })
  setAccountStatus(@Arg('accountId', () => ID) accountId: string, @Arg('status', () => AccountStatus) status: AccountStatus, @Context() ctx: Ctx): Promise<Account> {
    return this.staffAdmin.setStatus(ctx, accountId, status);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => Account, { description: 'Removes the second factor; the staff member must enrol again.' })
  resetSecondFactor(@Arg('accountId', () => ID) accountId: string, @Context() ctx: Ctx): Promise<Account> {
    return this.staffAdmin.resetSecondFactor(ctx, accountId);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Log in with a login ID or an email address.' })
  async login(@Arg('identifier', () => String) identifier: string, @Arg('password', () => String) password: string, @Context() ctx: Ctx): Promise<AuthPayload> {
    // Passed on whole: AccountService.login bounds over-long values explicitly (the generic failure).
    return signedIn(ctx, await this.accounts.login(ctx, identifier, password));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Context() ctx: Ctx): Promise<AuthPayload> {
    return signedIn(ctx, await this.accounts.refresh(ctx, refreshToken));
  }

  @Allow(Permission.SelfRead)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  logout(@Context() ctx: Ctx): Promise<boolean> {
    return this.accounts.logout(ctx);
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session; also how a temporary password is replaced.' })
  changePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Context() ctx: Ctx): Promise<boolean> {
    // Passed on whole: AccountService.changePassword checks both lengths with the shared rules.
    return this.accounts.changePassword(ctx, currentPassword, newPassword);
  }

  @Allow(Permission.StaffRead)
  @Query(() => [Account], { description: 'Staff accounts of the ward and contractors.' })
  staffAccounts(@Context() ctx: Ctx): Promise<Account[]> {
    return this.accounts.listStaff(ctx);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => StaffAccountPayload, { description: 'Ward administrators only.' })
  createStaffAccount(@Arg('input', () => StaffAccountInput) input: StaffAccountInput, @Context() ctx: Ctx): Promise<StaffAccountPayload> {
    return this.accounts.createStaff(ctx, input);
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => [String], { description: 'Permission codes of this account’s role, for the clients to shape their menus.' })
  permissions(@Root() account: Account): string[] {
    return [...permissionsOf(account.role)].sort();
  }

  @Allow(SELF)
  @FieldResolver(() => [PendingAction], { nullable: true, description: 'Steps the account must take before anything else; the session can do nothing else meanwhile.' })
  pendingActions(@Root() account: Account, @Context() ctx: Ctx): PendingAction[] {
    const pending = pendingActionsOf(account);
    // The privacy notice's step is decided with the session (the principal); the account row alone does not tell.
    if (ctx.user?.accountId === account.id && ctx.user.pending?.includes(PendingAction.ACCEPT_PRIVACY_NOTICE)) pending.push(PendingAction.ACCEPT_PRIVACY_NOTICE);
    return pending;
  }

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @FieldResolver(() => Boolean)
  emailConfirmed(@Root() account: Account): boolean {
    return Boolean(account.emailVerifiedAt);
  }

  @Allow(SELF)
  @FieldResolver(() => String, { nullable: true, description: 'A new address waiting for its confirmation link.' })
  pendingEmail(@Root() account: Account, @Context() ctx: Ctx): Promise<string | null> {
    return this.recovery.pendingEmail(ctx, account.id);
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => Boolean, { nullable: true, description: 'Locked after too many failed logins.' })
  locked(@Root() account: Account, @Context() ctx: Ctx): boolean {
    return Boolean(account.lockedUntil && account.lockedUntil > ctx.now);
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => SecondFactorStatus, { nullable: true })
  async secondFactor(@Root() account: Account, @Context() ctx: Ctx): Promise<SecondFactorStatus> {
    const loaders = accountsLoaders(ctx);
    const [totp, passkeys, recoveryCodesLeft] = await Promise.all([
      loaders.totpEnrolled.load(account.id),
      loaders.passkeyCount.load(account.id),
      loaders.recoveryCodesLeft.load(account.id),
    ]);
    return { accountId: account.id, totp, passkeys, recoveryCodesLeft };
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => [Passkey], { nullable: true })
  passkeys(@Root() account: Account, @Context() ctx: Ctx): Promise<Passkey[]> {
    return this.factors.passkeysOf(ctx, account.id);
  }

  @Allow(SELF, Permission.MemberRead)
  @FieldResolver(() => [AccountChange], { nullable: true, description: 'Changes to this account, newest first: what and when, never the values.' })
  async changes(@Root() account: Account, @Context() ctx: Ctx): Promise<AccountChange[] | null> {
    // Staff see a member's history only inside their scope (contractor staff: their field's applicants).
    if (ctx.user?.accountId !== account.id && !(await this.memberService.inScope(ctx, account.id))) return null;
    return this.history.list(ctx, account.id);
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => Contractor, { nullable: true })
  contractor(@Root() account: Account, @Context() ctx: Ctx): Promise<Contractor | null> | null {
    return account.contractorId ? accountsLoaders(ctx).contractorById.load(account.contractorId) : null;
  }
}

@Resolver(() => Contractor)
export class ContractorResolver {
  constructor(private readonly contractorService: ContractorService) {}

  @Allow(Permission.ContractorRead)
  @Query(() => [Contractor])
  contractors(@Context() ctx: Ctx): Promise<Contractor[]> {
    return this.contractorService.list(ctx);
  }

  @Allow(Permission.ContractorManage)
  @Mutation(() => Contractor)
  createContractor(@Arg('input', () => ContractorInput) input: ContractorInput, @Context() ctx: Ctx): Promise<Contractor> {
    return this.contractorService.create(ctx, input);
  }

  @Allow(Permission.ContractorManage)
  @Mutation(() => Contractor, { description: 'Renames a contractor (and its dates or networks when given); an ended contract cannot be changed.' })
  updateContractor(@Arg('input', () => ContractorUpdateInput) input: ContractorUpdateInput, @Context() ctx: Ctx): Promise<Contractor> {
    return this.contractorService.update(ctx, input);
  }

  @Allow(Permission.ContractorManage)
  @Mutation(() => Contractor, { description: 'Ends the contract now: its staff are cut off at once.' })
  endContractor(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Contractor> {
    return this.contractorService.end(ctx, id);
  }

  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @FieldResolver(() => Boolean, { description: 'Within the contract period and not ended.' })
  active(@Root() contractor: Contractor, @Context() ctx: Ctx): boolean {
    return this.contractorService.isActive(contractor, ctx.now);
  }
}
