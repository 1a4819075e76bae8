import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { REASON_MAX } from './attendance-write';
import { NOT_BLANK } from '../../core/validation/rules';
import { ClassSessionKind } from './class-session.entity';

export const CLASS_SESSION_TEXT_MAX = 200;

@InputType()
export class ClassSessionInput {
  @Field(() => ID)
  cohortId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'Enter a title.', context: { key: 'validation.required' } })
  @MaxLength(CLASS_SESSION_TEXT_MAX, { message: `Too long (up to ${CLASS_SESSION_TEXT_MAX} characters).`, context: { key: 'validation.tooLong' } })
  title: string;

  @Field(() => String)
  @MaxLength(CLASS_SESSION_TEXT_MAX, { message: `Too long (up to ${CLASS_SESSION_TEXT_MAX} characters).`, context: { key: 'validation.tooLong' } })
  venue: string;

  @Field(() => ClassSessionKind)
  @IsEnum(ClassSessionKind)
  kind: ClassSessionKind;

  @Field(() => Boolean)
  @IsBoolean()
  countsTowardCompletion: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  @IsOptional()
  @IsBoolean()
  requiredForCompletion?: boolean | null;
}

/** A change of a planned session: only the fields given change. A new time or venue (a reschedule) needs a reason. */
@InputType()
export class ClassSessionUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'Enter a title.', context: { key: 'validation.required' } })
  @MaxLength(CLASS_SESSION_TEXT_MAX, { message: `Too long (up to ${CLASS_SESSION_TEXT_MAX} characters).`, context: { key: 'validation.tooLong' } })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CLASS_SESSION_TEXT_MAX, { message: `Too long (up to ${CLASS_SESSION_TEXT_MAX} characters).`, context: { key: 'validation.tooLong' } })
  venue?: string | null;

  @Field(() => ClassSessionKind, { nullable: true })
  @IsOptional()
  @IsEnum(ClassSessionKind)
  kind?: ClassSessionKind | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  countsTowardCompletion?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requiredForCompletion?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when the time or the venue changes; shown to the students in the notice.' })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `Too long (up to ${REASON_MAX} characters).`, context: { key: 'validation.tooLong' } })
  reason?: string | null;
}

/** The most sessions one pattern may produce. */
export const PATTERN_MAX = 200;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A weekly pattern of sessions: the given weekdays from `from` to `to` (Tokyo dates, within the cohort's period), at Tokyo wall-clock times. */
@InputType()
export class ClassSessionPatternInput {
  @Field(() => ID)
  cohortId: string;

  @Field(() => [Int], { description: '0 = Sunday … 6 = Saturday.' })
  @ArrayMinSize(1, { message: 'Choose at least one weekday.', context: { key: 'validation.required' } })
  @ArrayMaxSize(7, { message: 'At most seven weekdays.', context: { key: 'validation.range' } })
  @Min(0, { each: true, message: 'A weekday is 0 to 6.', context: { key: 'validation.range' } })
  @Max(6, { each: true, message: 'A weekday is 0 to 6.', context: { key: 'validation.range' } })
  weekdays: number[];

  @Field(() => String, { description: 'HH:MM in Tokyo.' })
  @Matches(TIME, { message: 'Give a time as HH:MM.', context: { key: 'validation.format' } })
  startTime: string;

  @Field(() => String, { description: 'HH:MM in Tokyo, after startTime.' })
  @Matches(TIME, { message: 'Give a time as HH:MM.', context: { key: 'validation.format' } })
  endTime: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first date; default the cohort’s first day.' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last date; default the cohort’s last day.' })
  to?: string | null;

  @Field(() => [LocalDateScalar], { nullable: true, description: 'Dates to leave out (holidays).' })
  @IsOptional()
  @ArrayMaxSize(400, { message: 'Too many dates.', context: { key: 'validation.range' } })
  skipDates?: string[] | null;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'Enter a title.', context: { key: 'validation.required' } })
  @MaxLength(CLASS_SESSION_TEXT_MAX, { message: `Too long (up to ${CLASS_SESSION_TEXT_MAX} characters).`, context: { key: 'validation.tooLong' } })
  title: string;

  @Field(() => String)
  @MaxLength(CLASS_SESSION_TEXT_MAX, { message: `Too long (up to ${CLASS_SESSION_TEXT_MAX} characters).`, context: { key: 'validation.tooLong' } })
  venue: string;

  @Field(() => ClassSessionKind)
  @IsEnum(ClassSessionKind)
  kind: ClassSessionKind;

  @Field(() => Boolean)
  @IsBoolean()
  countsTowardCompletion: boolean;
}
