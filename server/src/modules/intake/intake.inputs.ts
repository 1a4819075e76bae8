import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, Length, Matches, MaxLength, ValidateIf, IsNotEmpty } from 'class-validator';
import { Eligibility } from '../catalog';
import { ApplicationStatus, ContactMethod, ReviewDecision } from './application.entity';

import { MOTIVATION_MAX, MOTIVATION_MIN, NOT_BLANK, REASON_MAX, WORKPLACE_MAX } from '../../core/validation/rules';

/** Limits shared with the member portal's form (one copy: core/validation/rules.ts). */
export { MOTIVATION_MAX, MOTIVATION_MIN };

@InputType()
export class ApplicationInput {
  @Field(() => Eligibility, { description: 'Lives, works or studies in the ward.' })
  @IsEnum(Eligibility, { message: 'Choose whether you live, work or study in the ward.', context: { key: 'validation.residency' } })
  eligibilityBasis: Eligibility;

  @Field(() => String, { nullable: true, description: 'Required when working or studying in the ward.' })
  @ValidateIf((o: ApplicationInput) => o.eligibilityBasis !== Eligibility.RESIDENT || (o.workplaceOrSchool !== undefined && o.workplaceOrSchool !== null))
  @IsNotEmpty({ message: 'Enter your workplace or school in the ward.', context: { key: 'validation.workplaceOrSchool' } })
  // As at registration (and in the member portal's form): spaces alone are no workplace.
  @Matches(NOT_BLANK, { message: 'Enter your workplace or school in the ward.', context: { key: 'validation.workplaceOrSchool' } })
  @MaxLength(WORKPLACE_MAX, { message: `Too long (up to ${WORKPLACE_MAX} characters).`, context: { key: 'validation.workplaceOrSchool' } })
  workplaceOrSchool?: string | null;

  @Field(() => String, { nullable: true, description: `Motivation statement, ${MOTIVATION_MIN}–${MOTIVATION_MAX} characters; required when the course asks for it.` })
  @IsOptional()
  @Length(MOTIVATION_MIN, MOTIVATION_MAX, { message: `Write your motivation in ${MOTIVATION_MIN} to ${MOTIVATION_MAX} characters.`, context: { key: 'validation.motivation' } })
  motivation?: string | null;

  @Field(() => ContactMethod)
  @IsEnum(ContactMethod, { message: 'Choose how we should contact you.', context: { key: 'validation.contact' } })
  preferredContact: ContactMethod;

  @Field(() => Boolean)
  @IsBoolean()
  emailAlerts: boolean;
}

@InputType()
export class ApplyInput extends ApplicationInput {
  @Field(() => ID)
  cohortId: string;
}

@InputType()
export class ApplicationFilter {
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  eligible?: boolean | null;

  @Field(() => ReviewDecision, { nullable: true, description: 'Only applications with this review decision.' })
  @IsOptional()
  @IsEnum(ReviewDecision)
  decision?: ReviewDecision | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only those with a review decision; false: only those without.' })
  @IsOptional()
  @IsBoolean()
  decided?: boolean | null;
}

/** How a page of a cohort's applications is ordered. */
export enum ApplicationOrder {
  SUBMITTED = 'submitted',
  CODE = 'code',
  NAME_KANA = 'nameKana',
  ELIGIBLE = 'eligible',
  STATUS = 'status',
  DECISION = 'decision',
  WAITLIST = 'waitlist',
}
registerEnumType(ApplicationOrder, { name: 'ApplicationOrder', description: 'Ties fall back to the submission order.' });

@InputType()
export class DecisionInput {
  @Field(() => ID)
  applicationId: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String)
  @Length(1, REASON_MAX, { message: `Give the reason for the decision (up to ${REASON_MAX} characters).`, context: { key: 'validation.reason' } })
  @Matches(NOT_BLANK, { message: 'Give the reason for the decision.', context: { key: 'validation.reason' } })
  reason: string;
}
