import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsEnum, Length, Matches, MaxLength } from 'class-validator';
import { NAME_MAX, NOT_BLANK, REASON_MAX } from '../../core/validation/rules';

export enum ReissueReason {
  LOST = 'lost',
  DAMAGED = 'damaged',
}
registerEnumType(ReissueReason, { name: 'ReissueReason' });

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @Length(1, REASON_MAX, { message: `Give the reason for the revocation (up to ${REASON_MAX} characters).`, context: { key: 'validation.reason' } })
  @Matches(NOT_BLANK, { message: 'Give the reason for the revocation.', context: { key: 'validation.reason' } })
  reason: string;
}

@InputType()
export class ReissueCertificateInput {
  @Field(() => ID)
  id: string;

  @Field(() => ReissueReason)
  @IsEnum(ReissueReason, { message: 'Choose why the certificate is reissued.', context: { key: 'validation.reason' } })
  reason: ReissueReason;
}

/** A verifier's check of the name printed on a certificate. */
@InputType()
export class CertificateNameCheckInput {
  @Field(() => String)
  @MaxLength(30, { message: 'Not a certificate number.', context: { key: 'certificate.numberInvalid' } })
  number: string;

  @Field(() => String)
  @MaxLength(20, { message: 'Not a check code.', context: { key: 'certificate.numberInvalid' } })
  check: string;

  @Field(() => String)
  @Length(1, NAME_MAX, { message: `Enter the name as printed (up to ${NAME_MAX} characters).`, context: { key: 'validation.name' } })
  name: string;
}
