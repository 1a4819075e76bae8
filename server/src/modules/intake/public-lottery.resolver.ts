import { Arg, Ctx as Context, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Public } from '../../core/auth/access';
import type { PublicLotteryView, SelectionService } from './selection.service';

/**
 * A cohort's lottery as the public page shows it: only anonymous application codes, never
 * anything about the people behind them.
 */
@Public()
@ObjectType()
export class PublicLottery {
  @Field(() => ID)
  cohortId: number;

  @Field(() => ID, { description: 'The course, for a link back to its page.' })
  courseId: number;

  @Field(() => String)
  courseTitle: string;

  @Field(() => Int)
  academicYear: number;

  @Field(() => Int, { description: 'The capacity the list was frozen with.' })
  capacity: number;

  @Field(() => Int, { description: 'Number of eligible entries frozen.' })
  entries: number;

  @Field(() => Date)
  frozenAt: Date;

  @Field(() => String, { description: 'SHA-256 over the frozen, sorted list of anonymous codes; public from the freeze on, before the seed is known.' })
  commitment: string;

  @Field(() => Date, { nullable: true, description: 'When the lottery was drawn; only once the results are announced.' })
  drawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The public seed of the draw; only once the results are announced.' })
  seed: string | null;

  @Field(() => Boolean, { description: 'The results have been announced.' })
  announced: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The transcript as JSON (anonymous codes only), once the results are announced: check it with `npm run verify-lottery -- transcript.json`.',
  })
  transcript: string | null;
}

@Resolver(() => PublicLottery)
export class PublicLotteryResolver {
  constructor(private readonly selection: SelectionService) {}

  @Public()
  @Query(() => PublicLottery, {
    nullable: true,
    description: 'The public lottery page of a cohort, for anyone: null before the list is frozen (and for review or unpublished cohorts).',
  })
  publicLottery(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<PublicLotteryView | null> {
    return this.selection.publicLottery(ctx, cohortId);
  }
}
