import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { LocalDateScalar, tokyoToday } from '../../core/graphql/scalars';
import { FieldCode } from './field.entity';
import { Eligibility } from './course.entity';
import { CohortStatus, SelectionMethod } from './cohort.entity';
import {
  ACADEMIC_YEAR_MAX,
  ACADEMIC_YEAR_MIN,
  ATTENDANCE_RATE_MAX,
  ATTENDANCE_RATE_MIN,
  CAPACITY_MAX,
  CAPACITY_MIN,
  COURSE_DESCRIPTION_MAX,
  COURSE_TITLE_MAX,
  NOT_BLANK,
} from '../../core/validation/rules';

/** "<this> must come after <other>", reported on this field. */
function After(other: string, messageKey: string, message: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'after',
      target: target.constructor,
      propertyName,
      constraints: [other],
      options: { message, context: { key: messageKey } },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const before = (args.object as Record<string, unknown>)[other];
          if (value === undefined || value === null || before === undefined || before === null) return true;
          return value instanceof Date && before instanceof Date ? value > before : String(value) > String(before);
        },
      },
    });
}

/** The course page's schedule in outline: a short paragraph, not a timetable. */
export const COURSE_SCHEDULE_OUTLINE_MAX = 500;

/** A local date (YYYY-MM-DD) on or after the Tokyo date of the instant in `other`. */
function OnOrAfterDateOf(other: string, messageKey: string, message: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'onOrAfterDateOf',
      target: target.constructor,
      propertyName,
      constraints: [other],
      options: { message, context: { key: messageKey } },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const instant = (args.object as Record<string, unknown>)[other];
          if (value === undefined || value === null || !(instant instanceof Date) || Number.isNaN(instant.getTime())) return true;
          return String(value) >= tokyoToday(instant);
        },
      },
    });
}

/** Length limits on text that must also hold something besides spaces. */
const trimmed =
  (max: number, min = 1): PropertyDecorator =>
  (target, key) => {
    Length(min, max, { message: `Enter between ${min} and ${max} characters.`, context: { key: 'validation.length' } })(target, key as string);
    Matches(NOT_BLANK, { message: 'This cannot be blank.', context: { key: 'validation.blank' } })(target, key as string);
  };

@InputType()
export class CourseInput {
  @Field(() => FieldCode)
  @IsEnum(FieldCode)
  fieldCode: FieldCode;

  @Field(() => String)
  @trimmed(COURSE_TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @trimmed(COURSE_TITLE_MAX)
  titleEn?: string | null;

  @Field(() => String)
  @trimmed(COURSE_DESCRIPTION_MAX)
  description: string;

  @Field(() => [Eligibility])
  @ArrayMinSize(1, { message: 'Choose at least one group of people who may apply.', context: { key: 'validation.eligibilityRequired' } })
  @ArrayMaxSize(3)
  @ArrayUnique()
  eligibility: Eligibility[];

  @Field(() => Boolean)
  @IsBoolean()
  motivationRequired: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(ATTENDANCE_RATE_MIN, { message: `The attendance rate is a percentage from ${ATTENDANCE_RATE_MIN} to ${ATTENDANCE_RATE_MAX}.`, context: { key: 'validation.percent' } })
  @Max(ATTENDANCE_RATE_MAX, { message: `The attendance rate is a percentage from ${ATTENDANCE_RATE_MIN} to ${ATTENDANCE_RATE_MAX}.`, context: { key: 'validation.percent' } })
  minAttendanceRate: number;

  @Field(() => String, {
    nullable: true,
    description: `How the course runs (days, frequency, place), up to ${COURSE_SCHEDULE_OUTLINE_MAX} characters. Left out: unchanged; null or blank: none.`,
  })
  @IsOptional()
  @MaxLength(COURSE_SCHEDULE_OUTLINE_MAX, {
    message: `Keep the schedule outline within ${COURSE_SCHEDULE_OUTLINE_MAX} characters.`,
    context: { key: 'validation.scheduleOutline' },
  })
  scheduleOutline?: string | null;
}

@InputType()
export class CohortUpdateInput {
  @Field(() => Int)
  @IsInt()
  @Min(ACADEMIC_YEAR_MIN, { message: 'Enter an academic year such as 2026.', context: { key: 'validation.academicYear' } })
  @Max(ACADEMIC_YEAR_MAX, { message: 'Enter an academic year such as 2026.', context: { key: 'validation.academicYear' } })
  academicYear: number;

  @Field(() => Int)
  @IsInt()
  @Min(CAPACITY_MIN, { message: `Capacity must be at least ${CAPACITY_MIN}.`, context: { key: 'validation.capacity' } })
  @Max(CAPACITY_MAX, { message: `Capacity can be at most ${CAPACITY_MAX}.`, context: { key: 'validation.capacity' } })
  capacity: number;

  @Field(() => Date)
  applicationOpensAt: Date;

  @Field(() => Date)
  @After('applicationOpensAt', 'validation.windowOrder', 'The application window must end after it starts.')
  applicationClosesAt: Date;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar)
  @After('startsOn', 'validation.dateOrder', 'The end date must be after the start date.')
  endsOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the results are to be announced. Left out: unchanged; null: "as soon as they are decided".' })
  @OnOrAfterDateOf('applicationClosesAt', 'validation.resultsOnBeforeClose', 'The results date cannot be before the day applications close.')
  resultsOn?: string | null;

  @Field(() => SelectionMethod)
  @IsEnum(SelectionMethod)
  selectionMethod: SelectionMethod;

  @Field(() => CohortStatus)
  @IsIn([CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.CLOSED], {
    message: 'Here a cohort can be saved as draft, open or closed; later states come from selection.',
    context: { key: 'validation.cohortStatus' },
  })
  status: CohortStatus;
}

@InputType()
export class CohortInput extends CohortUpdateInput {
  @Field(() => ID)
  courseId: string;

  @Field(() => CohortStatus, { nullable: true, defaultValue: CohortStatus.DRAFT })
  @ValidateIf((o: CohortInput) => o.status !== undefined)
  @IsIn([CohortStatus.DRAFT, CohortStatus.OPEN], {
    message: 'A new cohort starts as draft or open.',
    context: { key: 'validation.cohortStatus' },
  })
  status: CohortStatus;
}
