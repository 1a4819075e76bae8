import { Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../core/auth/access';
import { FieldCode } from '../catalog';
import { GroupKind } from './community-group.entity';

/** What anyone may read about an active group: never the representative, never the interview. */
@Public()
@ObjectType({ description: 'A registered group’s public part, for the directory (地域団体の一覧).' })
export class PublicGroup {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  name: string;

  @Field(() => GroupKind)
  kind: GroupKind;

  @Field(() => [FieldCode])
  fieldCodes: FieldCode[];

  @Field(() => String)
  districtCode: string;

  @Field(() => String)
  publicDescription: string;

  @Field(() => String)
  publicContact: string;
}
