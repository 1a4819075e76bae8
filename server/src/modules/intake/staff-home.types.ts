import { Field, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Cohort } from '../catalog';

/** What a cohort is waiting for from staff. */
@Allow(Permission.CatalogReadInternal)
@ObjectType()
export class CohortWork {
  @Field(() => Cohort)
  cohort: Cohort;

  @Field(() => Int, { description: 'Review cohorts, open or closed: eligible applications still without a decision.' })
  applicationsToReview: number;

  @Field(() => Boolean, { description: 'A closed lottery cohort with more eligible applications than places, whose list is not frozen yet.' })
  lotteryToFreeze: boolean;

  @Field(() => Boolean, { description: 'The lottery list is frozen but not drawn.' })
  lotteryToDraw: boolean;

  @Field(() => Boolean, { description: 'The selection is fixed (or drawn) but the results are not announced.' })
  resultsToAnnounce: boolean;

  @Field(() => Int, { description: 'Offers still unanswered whose deadline falls within the next 3 days.' })
  offersLapsingSoon: number;

  @Field(() => Date, { nullable: true, description: 'The next of: the application close (while open), the earliest unanswered offer deadline.' })
  nextDeadline: Date | null;
}

/** The staff home page: pending work by cohort and two counts, within the caller's field scope. */
@Allow(Permission.CatalogReadInternal)
@ObjectType()
export class StaffHome {
  @Field(() => [CohortWork], { description: 'Only cohorts with something to do, soonest deadline first.' })
  work: CohortWork[];

  @Field(() => Int, { description: 'Cohorts open for applications now.' })
  openCohorts: number;

  @Field(() => Int, { description: 'Applications (not withdrawn) to cohorts of the current academic year (April to March).' })
  applicationsThisYear: number;
}
