import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { NOT_BLANK, REASON_MAX } from '../../core/validation/rules';
import { FieldCode } from '../catalog';

export const POSTING_TITLE_MAX = 200;
export const POSTING_ROLE_MAX = 2000;
export const POSTING_SCHEDULE_MAX = 300;
export const HEADCOUNT_MAX = 1000;
const key = (k: string) => ({ context: { key: k } });

/** A posting as staff write or correct it (every field again). */
@InputType()
export class PostingInput {
  @Field(() => ID, { description: 'An active registered group.' })
  groupId: string;

  @Field(() => String)
  @Length(1, POSTING_TITLE_MAX, { message: `Enter a title (up to ${POSTING_TITLE_MAX} characters).`, ...key('validation.length') })
  @Matches(NOT_BLANK, { message: 'Enter a title.', ...key('validation.blank') })
  title: string;

  @Field(() => String, { description: 'What the role is.' })
  @Length(1, POSTING_ROLE_MAX, { message: `Describe the role (up to ${POSTING_ROLE_MAX} characters).`, ...key('validation.length') })
  @Matches(NOT_BLANK, { message: 'Describe the role.', ...key('validation.blank') })
  roleDescription: string;

  @Field(() => [FieldCode])
  @ArrayMinSize(1, { message: 'Choose at least one field.', ...key('posting.fieldRequired') })
  @ArrayMaxSize(5, { message: 'Choose at most five fields.', ...key('posting.fieldRequired') })
  @IsEnum(FieldCode, { each: true })
  fieldCodes: FieldCode[];

  @Field(() => String, { description: 'Where: a district code.' })
  @Length(1, 30)
  districtCode: string;

  @Field(() => String, { description: 'The schedule or frequency.' })
  @Length(1, POSTING_SCHEDULE_MAX, { message: `Enter the schedule (up to ${POSTING_SCHEDULE_MAX} characters).`, ...key('validation.length') })
  @Matches(NOT_BLANK, { message: 'Enter the schedule.', ...key('validation.blank') })
  schedule: string;

  @Field(() => Int, { nullable: true, description: 'How many people; left out: not fixed.' })
  @IsOptional()
  @IsInt({ message: `From 1 to ${HEADCOUNT_MAX}.`, ...key('posting.headcount') })
  @Min(1, { message: `From 1 to ${HEADCOUNT_MAX}.`, ...key('posting.headcount') })
  @Max(HEADCOUNT_MAX, { message: `From 1 to ${HEADCOUNT_MAX}.`, ...key('posting.headcount') })
  headcount?: number | null;

  @Field(() => [FieldCode], { nullable: true, description: 'Alumni of these fields are especially welcome; left out: none named.' })
  @IsOptional()
  @IsEnum(FieldCode, { each: true })
  alumniWelcome?: FieldCode[] | null;

  @Field(() => LocalDateScalar, { description: 'The last day on the public page.' })
  expiresOn: string;
}

@InputType()
export class PostingReviewInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version reviewed.' })
  expectedVersion: number;

  @Field(() => Boolean, { description: 'true: publish; false: return to the author as a draft.' })
  approve: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Approving a posting with contact flags needs this: the reviewer saw them.' })
  @IsOptional()
  acknowledgeFlags?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Needed to return it; optional to approve.' })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `Up to ${REASON_MAX} characters.`, ...key('validation.length') })
  note?: string | null;
}
