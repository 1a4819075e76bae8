import { Field, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';

@InputType()
export class SessionAttendanceEntryInput {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => String)
  @MaxLength(30, { message: 'Unknown attendance status.', context: { key: 'attendance.unknownStatus' } })
  statusCode: string;
}

/** One cell of the grid to save. */
@InputType()
export class AttendanceGridCellInput {
  @Field(() => ID)
  classSessionId: string;

  @Field(() => ID)
  enrollmentId: string;

  @Field(() => String)
  @MaxLength(30, { message: 'Unknown attendance status.', context: { key: 'attendance.unknownStatus' } })
  statusCode: string;
}
