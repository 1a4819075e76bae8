import { Field, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Consent } from '../accounts';
import { SELF } from '../permissions';

/** My follow-up consent: whether I am asked (alumni only), the current notice, my choice and its history. */
@Allow(SELF)
@ObjectType()
export class FollowUpConsentState {
  /** The member (the subject of SELF). */
  accountId: number;

  @Field(() => Boolean, { description: 'Whether I completed a course: only alumni are asked.' })
  alumnus: boolean;

  @Field(() => String, { description: 'The current follow-up notice; a choice is made under it.' })
  noticeVersion: string;

  @Field(() => Consent, { nullable: true, description: 'My latest choice; null: never asked or never answered (no consent).' })
  current: Consent | null;

  @Field(() => [Consent], { description: 'Every choice, newest first.' })
  history: Consent[];
}
