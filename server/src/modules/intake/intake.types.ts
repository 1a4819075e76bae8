import { Field, Int, ObjectType } from 'type-graphql';
import { Public } from '../../core/auth/access';

/** What anyone may know about a cohort's lottery: the commitment before the draw, the seed after. */
@ObjectType()
export class LotteryInfo {
  @Public()
  @Field(() => String, { description: 'SHA-256 over the frozen, sorted list of anonymous application codes.' })
  commitment: string;

  @Public()
  @Field(() => Int)
  entries: number;

  @Public()
  @Field(() => Int)
  capacity: number;

  @Public()
  @Field(() => Date)
  frozenAt: Date;

  @Public()
  @Field(() => String, { nullable: true })
  seed: string | null;

  @Public()
  @Field(() => Date, { nullable: true })
  drawnAt: Date | null;
}

@ObjectType()
export class PublicNotice {
  @Public()
  @Field(() => String)
  id: string;

  @Public()
  @Field(() => String)
  title: string;

  @Public()
  @Field(() => String)
  body: string;

  @Public()
  @Field(() => Date)
  createdAt: Date;
}
