import DataLoader from 'dataloader';
import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { Permission, SELF } from '../permissions';
import { Account, Consent } from '../accounts';
import { FollowUpConsentState } from './consent.types';
import { FOLLOW_UP_NOTICE_VERSION, type ConsentService } from './consent.service';

@Resolver()
export class ConsentResolver {
  constructor(private readonly consents: ConsentService) {}

  @Allow(Permission.StudyOwn)
  @Query(() => FollowUpConsentState, { description: 'My consent to follow-up surveys (alumni are asked): the current notice, my choice and its history.' })
  myFollowUpConsent(@Context() ctx: Ctx) {
    return this.consents.mine(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => FollowUpConsentState, {
    description:
      'Agree to or decline follow-up surveys, under the notice version shown (CONFLICT consent.noticeChanged if it is not the current one; consent.notAlumnus before completing). Withdrawing takes effect at once.',
  })
  setFollowUpConsent(@Arg('granted', () => Boolean) granted: boolean, @Arg('noticeVersion', () => String) noticeVersion: string, @Context() ctx: Ctx) {
    return this.consents.setMine(ctx, granted, noticeVersion);
  }

  @Allow(Permission.FollowUpManage)
  @Query(() => String, { description: 'The current version of the follow-up notice, which a paper form must name.' })
  followUpNoticeVersion(): string {
    return FOLLOW_UP_NOTICE_VERSION;
  }

  @Allow(Permission.FollowUpManage)
  @Mutation(() => [Consent], {
    description: 'Enter an alumnus’ choice from a signed paper form (within the field scope); the staff member is recorded. Returns the history, newest first.',
  })
  recordFollowUpConsent(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('granted', () => Boolean) granted: boolean,
    @Arg('noticeVersion', () => String) noticeVersion: string,
    @Context() ctx: Ctx,
  ): Promise<Consent[]> {
    return this.consents.recordPaperForm(ctx, accountId, granted, noticeVersion);
  }
}

/** An alumnus' follow-up consent history on their account, for themselves and for follow-up staff. */
@Resolver(() => Account)
export class AccountConsentResolver {
  private readonly loaders: (ctx: Ctx) => { byAccount: DataLoader<number, Consent[]> };

  constructor(consents: ConsentService) {
    this.loaders = defineLoaders((ctx) => ({ byAccount: new DataLoader<number, Consent[]>((ids) => consents.historiesOf(ctx, ids)) }));
  }

  @Allow(SELF, Permission.FollowUpManage)
  @FieldResolver(() => [Consent], { description: 'Follow-up consent choices, newest first (the first is the current one; none: no consent).' })
  followUpConsents(@Root() account: Account, @Context() ctx: Ctx): Promise<Consent[]> {
    return this.loaders(ctx).byAccount.load(account.id);
  }
}
