import { Arg, Ctx as Context, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Account, PendingAction } from '../accounts';
import { NOTICE_DECLINED_PERMISSIONS, Permission, SELF } from '../permissions';
import type { PrivacyNoticeService } from './privacy-notice.service';
import { PrivacyNoticeInput, PrivacyNoticeVersionView } from './privacy-notice.types';

@Resolver()
export class PrivacyNoticeResolver {
  constructor(private readonly notices: PrivacyNoticeService) {}

  @Allow(Permission.PrivacyNotice)
  @Query(() => [PrivacyNoticeVersionView], { description: 'Every version of the privacy notice, newest first, with how many members accepted and declined each.' })
  privacyNoticeVersions(@Context() ctx: Ctx): Promise<PrivacyNoticeVersionView[]> {
    return this.notices.list(ctx);
  }

  @Allow(Permission.PrivacyNotice)
  @Mutation(() => PrivacyNoticeVersionView, {
    description:
      'Publishes a new version of the privacy notice (ward administrators). From its effectiveFrom, members who answered an older version are asked to accept it before they continue. Versions are never edited or removed.',
  })
  publishPrivacyNotice(@Arg('input', () => PrivacyNoticeInput) input: PrivacyNoticeInput, @Context() ctx: Ctx): Promise<PrivacyNoticeVersionView> {
    return this.notices.publish(ctx, input);
  }

  // SelfSecure: what a session with pending steps may do, so the member asked again (or one who declined) can answer.
  @Allow(Permission.SelfSecure)
  @Mutation(() => Boolean, {
    description: 'The member accepts the privacy notice in force (version as shown; CONFLICT privacyRenewal.notCurrent if it has changed). Accepting it again writes nothing.',
  })
  acceptPrivacyNotice(@Arg('version', () => String) version: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.notices.accept(ctx, version);
  }

  @Allow(Permission.SelfSecure)
  @Mutation(() => Boolean, {
    description: 'The member declines the privacy notice in force: the account is kept, limited to reading itself, the data export and erasure, until they accept.',
  })
  declinePrivacyNotice(@Arg('version', () => String) version: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.notices.decline(ctx, version);
  }
}

@Resolver(() => Account)
export class AccountNoticeResolver {
  @Allow(SELF)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'The member declined the privacy notice in force: the session is limited to export and erasure, and ACCEPT_PRIVACY_NOTICE stays offered.',
  })
  privacyNoticeDeclined(@Root() account: Account, @Context() ctx: Ctx): boolean {
    const user = ctx.user;
    if (!user || user.accountId !== account.id) return false;
    // The session's own standing, as the principal was resolved for this request (accounts module).
    const limited = user.permissions.size === NOTICE_DECLINED_PERMISSIONS.size && [...NOTICE_DECLINED_PERMISSIONS].every((p) => user.permissions.has(p));
    return Boolean(user.pending?.includes(PendingAction.ACCEPT_PRIVACY_NOTICE)) && limited;
  }
}
