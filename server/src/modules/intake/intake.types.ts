import { Field, Int, ObjectType } from 'type-graphql';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Application } from './application.entity';

/** What anyone may know about a cohort's lottery: the commitment before the draw, the seed after. */
@Public()
@ObjectType()
export class LotteryInfo {
  @Field(() => String, { description: 'SHA-256 over the frozen, sorted list of anonymous application codes.' })
  commitment: string;

  @Field(() => Int)
  entries: number;

  @Field(() => Int)
  capacity: number;

  @Field(() => Date)
  frozenAt: Date;

  @Field(() => String, { nullable: true })
  seed: string | null;

  @Field(() => Date, { nullable: true })
  drawnAt: Date | null;
}

/** One page of a cohort's applications, with the number of all that match. */
@Allow(Permission.ApplicationReview)
@ObjectType()
export class ApplicationPage {
  @Field(() => [Application])
  items: Application[];

  @Field(() => Int)
  total: number;
}
