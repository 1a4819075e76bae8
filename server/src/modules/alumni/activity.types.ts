import { Field, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';
import { ActivityRecordVersion } from './activity-record.entity';

/** An alumnus' activity record: what it says now, and every version with its source and who entered it. */
@Allow(SELF, Permission.FollowUpManage)
@ObjectType('ActivityRecord')
export class ActivityRecordView {
  @Field(() => ID)
  id: number;

  /** The alumnus (the subject of SELF). */
  accountId: number;

  @Field(() => ActivityRecordVersion, { description: 'The latest version.' })
  current: ActivityRecordVersion;

  @Field(() => [ActivityRecordVersion], { description: 'Every version, newest first (the first is current).' })
  history: ActivityRecordVersion[];
}
