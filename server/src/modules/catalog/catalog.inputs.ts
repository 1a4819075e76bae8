import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, Length, Matches, Max, Min,
  ValidateIf, registerDecorator, type ValidationArguments,
} from 'class-validator';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from './field.entity';
import { Eligibility } from './course.entity';
import { CohortStatus, SelectionMethod } from './cohort.entity';

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

/** Length limits on text that must also hold something besides spaces. */
const trimmed = (max: number, min = 1): PropertyDecorator => (target, key) => {
  Length(min, max, { message: `Enter between ${min} and ${max} characters.`, context: { key: 'validation.length' } })(target, key as string);
  Matches(/\S/, { message: 'This cannot be blank.', context: { key: 'validation.blank' } })(target, key as string);
};

@InputType()
export class CourseInput {
  @Field(() => FieldCode)
  @IsEnum(FieldCode)
  fieldCode: FieldCode;

  @Field(() => String)
  @trimmed(200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @trimmed(200)
  titleEn?: string | null;

  @Field(() => String)
  @trimmed(4000)
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
  @Min(0, { message: 'The attendance rate is a percentage from 0 to 100.', context: { key: 'validation.percent' } })
  @Max(100, { message: 'The attendance rate is a percentage from 0 to 100.', context: { key: 'validation.percent' } })
  minAttendanceRate: number;
}

@InputType()
export class CohortUpdateInput {
  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: 'Enter an academic year such as 2026.', context: { key: 'validation.academicYear' } })
  @Max(2100, { message: 'Enter an academic year such as 2026.', context: { key: 'validation.academicYear' } })
  academicYear: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Capacity must be at least 1.', context: { key: 'validation.capacity' } })
  @Max(10000, { message: 'Capacity can be at most 10000.', context: { key: 'validation.capacity' } })
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
