import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission, permissionsOf, SELF } from '../permissions';
import { Account } from './account.entity';
import { Contractor } from './contractor.entity';
import { AuthPayload, ContractorInput, RegisterInput, RegisterPayload, StaffAccountInput, StaffAccountPayload } from './accounts.inputs';
import type { AccountService, IssuedSession } from './account.service';
import type { ContractorService } from './contractor.service';
import { accountsLoaders } from './accounts.loaders';

/** After login the caller is the new principal, so the payload's account resolves as "self". */
function signedIn(ctx: Ctx, issued: IssuedSession): AuthPayload {
  ctx.user = issued.principal;
  return { accessToken: issued.accessToken, refreshToken: issued.refreshToken, expiresIn: issued.expiresIn, account: issued.account };
}

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Public()
  @Query(() => Account, { nullable: true, description: 'The caller’s own account; null when not logged in.' })
  me(@Context() ctx: Ctx): Promise<Account | null> {
    return this.accounts.me(ctx);
  }

  @Public()
  @Mutation(() => RegisterPayload)
  register(@Arg('input', () => RegisterInput) input: RegisterInput, @Context() ctx: Ctx): Promise<RegisterPayload> {
    return this.accounts.register(ctx, input);
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

  @Allow(Permission.SelfUpdate)
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session.' })
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
  @Mutation(() => Contractor)
  updateContractor(@Arg('id', () => ID) id: string, @Arg('input', () => ContractorInput) input: ContractorInput, @Context() ctx: Ctx): Promise<Contractor> {
    return this.contractorService.update(ctx, id, input);
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
