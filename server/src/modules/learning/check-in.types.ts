import { Field, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';

/** What the console shows for an open check-in: the current code, its link and a QR code of the link. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class CheckInCode {
  @Field(() => String, { description: 'The code of the current 30-second step (the previous step’s code is still accepted).' })
  code: string;

  @Field(() => String, { description: 'The member portal’s check-in page with the code.' })
  url: string;

  @Field(() => Date, { description: 'When the console should fetch the next code.' })
  expiresAt: Date;

  @Field(() => String, { description: 'A QR code of the url, as a data: URL (PNG).' })
  qrDataUrl: string;
}

/** The answer to a student's check-in. */
@Allow(Permission.StudyOwn)
@ObjectType()
export class CheckInResult {
  @Field(() => ID)
  classSessionId: number;

  @Field(() => String, { description: 'The attendance status now recorded (present, or what staff had already recorded).' })
  statusCode: string;

  @Field(() => Boolean, { description: 'True when this check-in recorded the attendance; false when staff had already recorded it (then it was not changed).' })
  recorded: boolean;
}
