import { Field, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Permission } from '../permissions';
import { ClassSessionKind } from './class-session.entity';

/** One session a pattern would create (previewClassSessions): nothing is saved. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class ClassSessionDraft {
  @Field(() => LocalDateScalar, { description: 'The Tokyo date.' })
  date: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  title: string;

  @Field(() => String)
  venue: string;

  @Field(() => ClassSessionKind)
  kind: ClassSessionKind;

  @Field(() => Boolean)
  countsTowardCompletion: boolean;
}
