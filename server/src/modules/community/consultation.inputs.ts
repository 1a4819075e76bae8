import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { REASON_MAX } from '../../core/validation/rules';
import { FieldCode } from '../catalog';
import { ConsultationStatus, TimeOfDay, Weekday } from './consultation.entity';

export const CONSULTATION_TEXT_MAX = 2000;
const key = (k: string) => ({ context: { key: k } });

/** What an alumnus would like to do. */
@InputType()
export class ConsultationInput {
  @Field(() => [FieldCode], { description: 'The fields they would like to be active in (may be empty: "not sure yet").' })
  @ArrayMaxSize(5)
  @IsEnum(FieldCode, { each: true })
  fieldCodes: FieldCode[];

  @Field(() => String, { nullable: true, description: 'A district code; left out: anywhere.' })
  @IsOptional()
  @MaxLength(30)
  districtCode?: string | null;

  @Field(() => [Weekday], { description: 'The days of the week they are free.' })
  @ArrayMaxSize(7)
  @IsEnum(Weekday, { each: true })
  days: Weekday[];

  @Field(() => [TimeOfDay], { description: 'The times of day they are free.' })
  @ArrayMaxSize(3)
  @IsEnum(TimeOfDay, { each: true })
  times: TimeOfDay[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CONSULTATION_TEXT_MAX, { message: `Up to ${CONSULTATION_TEXT_MAX} characters.`, ...key('validation.length') })
  text?: string | null;
}

@InputType()
export class ConsultationStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => ConsultationStatus)
  @IsEnum(ConsultationStatus)
  status: ConsultationStatus;

  @Field(() => String, { nullable: true, description: 'Required to close.' })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `Up to ${REASON_MAX} characters.`, ...key('validation.length') })
  reason?: string | null;
}
