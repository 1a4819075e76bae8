import DataLoader from 'dataloader';
import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { Permission, SELF } from '../permissions';
import { Account } from '../accounts';
import { ActivityCorrectionInput, ActivityInput } from './activity.inputs';
import { ActivityRecordView } from './activity.types';
import type { ActivityRecordView as View, ActivityService } from './activity.service';

@Resolver()
export class ActivityResolver {
  constructor(private readonly activity: ActivityService) {}

  @Allow(Permission.StudyOwn)
  @Query(() => [ActivityRecordView], { description: 'My activity records with every version and its source, newest first.' })
  myActivityRecords(@Context() ctx: Ctx): Promise<View[]> {
    return this.activity.mine(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => ActivityRecordView, { description: 'Report an activity of my own (alumni; source SELF_REPORT).' })
  addMyActivity(@Arg('input', () => ActivityInput) input: ActivityInput, @Context() ctx: Ctx): Promise<View> {
    return this.activity.addMine(ctx, input);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => ActivityRecordView, { description: 'Correct or end one of my records: a new version; the earlier ones are kept.' })
  correctMyActivity(@Arg('input', () => ActivityCorrectionInput) input: ActivityCorrectionInput, @Context() ctx: Ctx): Promise<View> {
    return this.activity.correct(ctx, input, true);
  }

  @Allow(Permission.FollowUpManage)
  @Mutation(() => ActivityRecordView, { description: 'Record an alumnus’ activity from what a group said (source STAFF_NOTE), within the field scope.' })
  recordAlumnusActivity(@Arg('accountId', () => ID) accountId: string, @Arg('input', () => ActivityInput) input: ActivityInput, @Context() ctx: Ctx): Promise<View> {
    return this.activity.addStaffNote(ctx, accountId, input);
  }

  @Allow(Permission.FollowUpManage)
  @Mutation(() => ActivityRecordView, { description: 'Correct an alumnus’ record as staff (a new version, source STAFF_NOTE), within the field scope.' })
  correctAlumnusActivity(@Arg('input', () => ActivityCorrectionInput) input: ActivityCorrectionInput, @Context() ctx: Ctx): Promise<View> {
    return this.activity.correct(ctx, input, false);
  }
}

/** An alumnus' activity records on their account, for themselves and for follow-up staff; staff reads are audited. */
@Resolver(() => Account)
export class AccountActivityResolver {
  private readonly loaders: (ctx: Ctx) => { byAccount: DataLoader<number, View[]> };

  constructor(activity: ActivityService) {
    this.loaders = defineLoaders((ctx) => ({ byAccount: new DataLoader<number, View[]>((ids) => activity.recordsOf(ctx, ids)) }));
  }

  @Allow(SELF, Permission.FollowUpManage)
  @FieldResolver(() => [ActivityRecordView], { description: 'Activity records (活動状況), newest first, each with its versions.' })
  activityRecords(@Root() account: Account, @Context() ctx: Ctx): Promise<View[]> {
    return this.loaders(ctx).byAccount.load(account.id);
  }
}
