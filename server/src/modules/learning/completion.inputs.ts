import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ATTENDANCE_RATE_MAX, ATTENDANCE_RATE_MIN } from '../../core/validation/rules';

/** A new version of a course's completion rule. */
@InputType()
export class CompletionRuleInput {
  @Field(() => ID)
  courseId: string;

  @Field(() => Int, { description: `Minimum attendance rate in percent (${ATTENDANCE_RATE_MIN}–${ATTENDANCE_RATE_MAX}).` })
  @IsInt({ context: { key: 'completion.minRatePercent' } })
  @Min(ATTENDANCE_RATE_MIN, { message: `From ${ATTENDANCE_RATE_MIN} to ${ATTENDANCE_RATE_MAX}.`, context: { key: 'completion.minRatePercent' } })
  @Max(ATTENDANCE_RATE_MAX, { message: `From ${ATTENDANCE_RATE_MIN} to ${ATTENDANCE_RATE_MAX}.`, context: { key: 'completion.minRatePercent' } })
  minRatePercent: number;

  @Field(() => Boolean)
  @IsBoolean()
  requireMarkedSessions: boolean;

  @Field(() => Int, { nullable: true, description: 'The most absences allowed; null: no limit.' })
  @IsOptional()
  @IsInt({ context: { key: 'completion.maxAbsences' } })
  @Min(0, { message: 'Zero or more.', context: { key: 'completion.maxAbsences' } })
  @Max(1000, { message: 'Up to 1000.', context: { key: 'completion.maxAbsences' } })
  maxAbsences?: number | null;
}
