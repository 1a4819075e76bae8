import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Public } from '../../core/auth/access';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { PublicGroup } from './community-group.types';

/** A published posting as anyone reads it on the top page: the posting and its group's public part. */
@Public()
@ObjectType({ description: 'A published, unexpired recruitment posting (募集), with its group’s public part only.' })
export class PublicPosting {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  title: string;

  @Field(() => String)
  roleDescription: string;

  @Field(() => [FieldCode])
  fieldCodes: FieldCode[];

  @Field(() => String)
  districtCode: string;

  @Field(() => String)
  schedule: string;

  @Field(() => Int, { nullable: true })
  headcount: number | null;

  @Field(() => [FieldCode], { description: 'Alumni of these fields are especially welcome.' })
  alumniWelcome: FieldCode[];

  @Field(() => LocalDateScalar)
  expiresOn: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => PublicGroup)
  group: PublicGroup;
}
