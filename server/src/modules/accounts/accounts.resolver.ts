import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission, permissionsOf, SELF } from '../../core/auth/permissions';
import { Account } from './account.entity';
import { Contractor } from './contractor.entity';
import { AuthPayload, ContractorInput, PrivacyNotice, RegisterInput, RegisterPayload, StaffAccountInput, StaffAccountPayload } from './accounts.inputs';
import type { IssuedSession } from './account.service';

/** After login the caller is the new principal, so the payload's account resolves as "self". */
function signedIn(ctx: Ctx, issued: IssuedSession): AuthPayload {
  ctx.user = issued.principal;
  return { accessToken: issued.accessToken, refreshToken: issued.refreshToken, expiresIn: issued.expiresIn, account: issued.account };
}

@Resolver(() => Account)
export class AccountResolver {
  @Public()
  @Query(() => Account, { nullable: true, description: 'The caller’s own account; null when not logged in.' })
  me(@Context() ctx: Ctx): Promise<Account | null> {
    return ctx.services.accounts.me(ctx);
  }

  @Public()
  @Query(() => PrivacyNotice, { description: 'The current privacy notice, which registration must accept.' })
  privacyNotice(@Context() ctx: Ctx): PrivacyNotice {
    return ctx.services.privacy.currentNotice();
  }

  @Public()
  @Mutation(() => RegisterPayload)
  register(@Arg('input', () => RegisterInput) input: RegisterInput, @Context() ctx: Ctx): Promise<RegisterPayload> {
    return ctx.services.accounts.register(ctx, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Log in with a login ID or an email address.' })
  async login(@Arg('identifier', () => String) identifier: string, @Arg('password', () => String) password: string, @Context() ctx: Ctx): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.accounts.login(ctx, identifier.slice(0, 254), password.slice(0, 256)));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Context() ctx: Ctx): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.accounts.refresh(ctx, refreshToken));
  }

  @Allow(Permission.SelfRead)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  logout(@Context() ctx: Ctx): Promise<boolean> {
    return ctx.services.accounts.logout(ctx);
  }

  @Allow(Permission.SelfUpdate)
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session.' })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Context() ctx: Ctx,
  ): Promise<boolean> {
    return ctx.services.accounts.changePassword(ctx, currentPassword.slice(0, 256), newPassword.slice(0, 256));
  }

  @Allow(Permission.StaffRead)
  @Query(() => [Account], { description: 'Staff accounts of the ward and contractors.' })
  staffAccounts(@Context() ctx: Ctx): Promise<Account[]> {
    return ctx.services.accounts.listStaff(ctx);
  }

  @Allow(Permission.StaffManage)
  @Mutation(() => StaffAccountPayload, { description: 'Ward administrators only.' })
  createStaffAccount(@Arg('input', () => StaffAccountInput) input: StaffAccountInput, @Context() ctx: Ctx): Promise<StaffAccountPayload> {
    return ctx.services.accounts.createStaff(ctx, input);
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => [String], { description: 'Permission codes of this account’s role, for the clients to shape their menus.' })
  permissions(@Root() account: Account): string[] {
    return [...permissionsOf(account.role)].sort();
  }

  @Allow(SELF, Permission.StaffRead)
  @FieldResolver(() => Contractor, { nullable: true })
  contractor(@Root() account: Account, @Context() ctx: Ctx): Promise<Contractor | null> | null {
    return account.contractorId ? ctx.loaders.contractorById.load(account.contractorId) : null;
  }
}

@Resolver(() => Contractor)
export class ContractorResolver {
  @Allow(Permission.ContractorRead)
  @Query(() => [Contractor])
  contractors(@Context() ctx: Ctx): Promise<Contractor[]> {
    return ctx.services.contractors.list(ctx);
  }

  @Allow(Permission.ContractorManage)
  @Mutation(() => Contractor)
  createContractor(@Arg('input', () => ContractorInput) input: ContractorInput, @Context() ctx: Ctx): Promise<Contractor> {
    return ctx.services.contractors.create(ctx, input);
  }

  @Allow(Permission.ContractorManage)
  @Mutation(() => Contractor)
  updateContractor(@Arg('id', () => ID) id: string, @Arg('input', () => ContractorInput) input: ContractorInput, @Context() ctx: Ctx): Promise<Contractor> {
    return ctx.services.contractors.update(ctx, id, input);
  }

  @Allow(Permission.ContractorManage)
  @Mutation(() => Contractor, { description: 'Ends the contract now: its staff are cut off at once.' })
  endContractor(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Contractor> {
    return ctx.services.contractors.end(ctx, id);
  }

  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @FieldResolver(() => Boolean, { description: 'Within the contract period and not ended.' })
  active(@Root() contractor: Contractor, @Context() ctx: Ctx): boolean {
    return ctx.services.contractors.isActive(contractor, ctx.now);
  }
}
