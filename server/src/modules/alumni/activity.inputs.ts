import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { NOT_BLANK } from '../../core/validation/rules';
import { FieldCode } from '../catalog';

export const GROUP_NAME_MAX = 200;
export const ROLE_MAX = 100;
export const HOURS_MAX = 744;

/** What an activity record says; a correction gives all of it again. */
@InputType()
export class ActivityInput {
  @Field(() => [FieldCode], { description: 'One or more of the five fields.' })
  @ArrayMinSize(1, { message: 'Choose at least one field.', context: { key: 'activity.fieldRequired' } })
  @ArrayMaxSize(5, { message: 'Choose at most five fields.', context: { key: 'activity.fieldRequired' } })
  @IsEnum(FieldCode, { each: true })
  fieldCodes: FieldCode[];

  @Field(() => ID, { nullable: true, description: 'A registered group (the directory lists them); its registered name is used.' })
  @IsOptional()
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: `A group not in the registry, as named (up to ${GROUP_NAME_MAX} characters); needed without groupId.` })
  @ValidateIf((o: ActivityInput) => !o.groupId)
  @Length(1, GROUP_NAME_MAX, { message: `Enter the group (up to ${GROUP_NAME_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter the group.', context: { key: 'validation.blank' } })
  groupName?: string | null;

  @Field(() => String, { nullable: true, description: `The role in the group (up to ${ROLE_MAX} characters).` })
  @IsOptional()
  @MaxLength(ROLE_MAX, { message: `Up to ${ROLE_MAX} characters.`, context: { key: 'validation.length' } })
  role?: string | null;

  @Field(() => LocalDateScalar)
  startedOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: still active.' })
  @IsOptional()
  endedOn?: string | null;

  @Field(() => Int, { nullable: true, description: `Hours a month, 0–${HOURS_MAX}.` })
  @IsOptional()
  @IsInt({ message: `From 0 to ${HOURS_MAX}.`, context: { key: 'activity.hours' } })
  @Min(0, { message: `From 0 to ${HOURS_MAX}.`, context: { key: 'activity.hours' } })
  @Max(HOURS_MAX, { message: `From 0 to ${HOURS_MAX}.`, context: { key: 'activity.hours' } })
  hoursPerMonth?: number | null;
}

@InputType()
export class ActivityCorrectionInput extends ActivityInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the change was made from: CONFLICT activity.changed if the record has moved on since.' })
  expectedVersion: number;
}
