import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';

/** Where a version stands: in force now, published for later, or replaced by a newer one. */
export enum PrivacyNoticeState {
  CURRENT = 'current',
  SCHEDULED = 'scheduled',
  SUPERSEDED = 'superseded',
}
registerEnumType(PrivacyNoticeState, { name: 'PrivacyNoticeState' });

/** One published version of the privacy notice, with how many members answered it (ward administrators). */
@Allow(Permission.PrivacyNotice)
@ObjectType('PrivacyNoticeVersion')
export class PrivacyNoticeVersionView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  version: string;

  @Field(() => String)
  textJa: string;

  @Field(() => String)
  textEn: string;

  @Field(() => Date)
  effectiveFrom: Date;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The ward administrator who published it; null for the version the system was installed with.' })
  publishedBy: string | null;

  @Field(() => PrivacyNoticeState)
  state: PrivacyNoticeState;

  @Field(() => Int, { description: 'Members who accepted this version (at registration or when asked again).' })
  acceptedCount: number;

  @Field(() => Int, {
    description:
      'Members who declined this version at some time (some may have accepted it since); while declining is their answer, their accounts are limited to export and erasure.',
  })
  declinedCount: number;
}

/** A new version of the notice: its code, its text in both languages and when it takes effect. */
@InputType()
export class PrivacyNoticeInput {
  @Field(() => String, { description: 'YYYY-MM, optionally followed by a hyphen and up to 8 lower-case letters or digits (e.g. 2027-04, 2027-04-b). Unique.' })
  version: string;

  @Field(() => String)
  textJa: string;

  @Field(() => String)
  textEn: string;

  @Field(() => Date, { description: 'When members start to be asked to accept it: not in the past, and after every version already published.' })
  effectiveFrom: Date;
}
