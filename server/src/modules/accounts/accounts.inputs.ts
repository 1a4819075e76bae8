import { Field, ID, InputType, ObjectType, Int, registerEnumType } from 'type-graphql';
import { Equals, IsEmail, IsEnum, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf, ArrayMaxSize, IsNotEmpty } from 'class-validator';
import { Public, Allow } from '../../core/auth/access';
import { Permission, Role, SELF } from '../permissions';
import { EmailConfirmationKind, SecondFactorMethod } from './login-steps';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { Account, Residency } from './account.entity';
import { Normalize } from '../../core/graphql/validate';
import {
  ADDRESS_MAX,
  ADDRESS_RANGE_MAX,
  ADDRESS_RANGES_MAX,
  CONTRACTOR_NAME_MAX,
  EMAIL_MAX,
  KANA,
  NAME_KANA_MAX,
  NAME_MAX,
  NOT_BLANK,
  normalisePhone,
  PASSWORD_MAX,
  PASSWORD_MIN,
  PHONE,
  PHONE_MAX,
  PRIVACY_NOTICE_VERSION_MAX,
  WORKPLACE_MAX,
} from '../../core/validation/rules';

// Limits and patterns come from core/validation/rules.ts, which the clients check with too.
const key = (k: string) => ({ context: { key: k } });
/** Text must hold something besides spaces (including the full-width space). */
export const NotBlank = (message: string, messageKey: string) => Matches(NOT_BLANK, { message, ...key(messageKey) });

/** What a member may correct on their own: the rules of registration. */
@InputType()
export class MyDetailsInput {
  @Field(() => String)
  @IsString()
  @Length(1, NAME_MAX, { message: `Enter your name (up to ${NAME_MAX} characters).`, ...key('validation.name') })
  @NotBlank('Enter your name.', 'validation.name')
  name: string;

  @Field(() => String)
  @Length(1, NAME_KANA_MAX, { message: `Enter the reading of your name (up to ${NAME_KANA_MAX} characters).`, ...key('validation.nameKana') })
  @NotBlank('Enter the reading of your name.', 'validation.nameKana')
  @Matches(KANA, { message: 'Write the reading in katakana or hiragana.', ...key('validation.kana') })
  nameKana: string;

  @Field(() => String, { nullable: true })
  // Full-width digits, "ー" or "－" for hyphens, brackets and spaces are normalised first: the
  // service stores 03-1234-5678 however it was typed.
  @Normalize(normalisePhone)
  @IsOptional()
  @MaxLength(PHONE_MAX, { message: 'Enter a phone number such as 03-1234-5678.', ...key('validation.phone') })
  @Matches(PHONE, { message: 'Enter a phone number such as 03-1234-5678.', ...key('validation.phone') })
  phone?: string | null;

  @Field(() => Residency)
  @IsEnum(Residency, { message: 'Choose whether you live, work or study in the ward.', ...key('validation.residency') })
  residency: Residency;

  @Field(() => String, { nullable: true, description: 'Home address; required for residents.' })
  @ValidateIf((o: MyDetailsInput) => o.residency === Residency.RESIDENT || (o.address !== undefined && o.address !== null))
  @IsNotEmpty({ message: 'Enter your address in the ward.', ...key('validation.address') })
  @NotBlank('Enter your address in the ward.', 'validation.address')
  @MaxLength(ADDRESS_MAX, { message: `The address is too long (up to ${ADDRESS_MAX} characters).`, ...key('validation.address') })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Workplace or school in the ward; required for workers and students.' })
  @ValidateIf((o: MyDetailsInput) => o.residency !== Residency.RESIDENT || (o.workplaceOrSchool !== undefined && o.workplaceOrSchool !== null))
  @IsNotEmpty({ message: 'Enter your workplace or school in the ward.', ...key('validation.workplaceOrSchool') })
  @NotBlank('Enter your workplace or school in the ward.', 'validation.workplaceOrSchool')
  @MaxLength(WORKPLACE_MAX, { message: `Too long (up to ${WORKPLACE_MAX} characters).`, ...key('validation.workplaceOrSchool') })
  workplaceOrSchool?: string | null;
}

@InputType()
export class RegisterInput extends MyDetailsInput {
  @Field(() => String)
  @MaxLength(EMAIL_MAX, { message: 'The email address is too long.', ...key('validation.email') })
  @IsEmail({}, { message: 'Enter a valid email address, e.g. taro@example.jp.', ...key('validation.email') })
  email: string;

  @Field(() => String)
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`, ...key('validation.password') })
  password: string;

  @Field(() => String)
  @Length(1, PRIVACY_NOTICE_VERSION_MAX)
  privacyNoticeVersion: string;

  @Field(() => Boolean)
  @Equals(true, { message: 'You need to agree to the privacy notice to register.', ...key('validation.consentRequired') })
  acceptPrivacyNotice: boolean;
}

/** A staff member's name, reading and address: the same rules when an account is created and when it is corrected. */
@InputType()
abstract class StaffIdentityInput {
  @Field(() => String)
  @Length(1, NAME_MAX, { message: `Enter the name (up to ${NAME_MAX} characters).`, ...key('validation.name') })
  @NotBlank('Enter the name.', 'validation.name')
  name: string;

  @Field(() => String)
  @Length(1, NAME_KANA_MAX, { message: `Enter the reading (up to ${NAME_KANA_MAX} characters).`, ...key('validation.nameKana') })
  @NotBlank('Enter the reading.', 'validation.nameKana')
  @Matches(KANA, { message: 'Write the reading in katakana or hiragana.', ...key('validation.kana') })
  nameKana: string;

  @Field(() => String)
  @MaxLength(EMAIL_MAX, { message: 'The email address is too long.', ...key('validation.email') })
  @IsEmail({}, { message: 'Enter a valid email address.', ...key('validation.email') })
  email: string;
}

@InputType()
export class StaffAccountInput extends StaffIdentityInput {
  @Field(() => Role)
  @IsIn([Role.CONTRACTOR_STAFF, Role.WARD_STAFF, Role.WARD_ADMIN, Role.AUDITOR, Role.REPORTING], {
    message: 'Choose a staff role.',
    ...key('validation.staffRole'),
  })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for contractor staff.' })
  @IsOptional()
  contractorId?: string | null;
}

@InputType()
export class ContractorInput {
  @Field(() => String)
  @Length(1, CONTRACTOR_NAME_MAX, { message: `Enter the organisation’s name (up to ${CONTRACTOR_NAME_MAX} characters).`, ...key('validation.length') })
  @NotBlank('Enter the organisation’s name.', 'validation.blank')
  name: string;

  @Field(() => FieldCode)
  @IsEnum(FieldCode)
  fieldCode: FieldCode;

  @Field(() => LocalDateScalar)
  contractStartsOn: string;

  @Field(() => LocalDateScalar)
  contractEndsOn: string;

  @Field(() => [String], { description: 'CIDR ranges such as 203.0.113.0/24 or 2001:db8::/48.' })
  @ArrayMaxSize(ADDRESS_RANGES_MAX)
  @MaxLength(ADDRESS_RANGE_MAX, { each: true })
  allowedAddressRanges: string[];
}

registerEnumType(SecondFactorMethod, { name: 'SecondFactorMethod' });
registerEnumType(EmailConfirmationKind, { name: 'EmailConfirmationKind' });

/** The password was right; the second factor comes next. */
@Public()
@ObjectType()
export class SecondFactorChallenge {
  @Field(() => String, { description: 'Single use, valid for a few minutes: pass it to loginSecondFactor.' })
  token: string;

  @Field(() => [SecondFactorMethod])
  methods: SecondFactorMethod[];

  @Field(() => Int, { description: 'Seconds until this step expires.' })
  expiresIn: number;
}

@Public()
@ObjectType({ description: 'Tokens of a new session; or, for an account with a second factor, only `secondFactor`.' })
export class AuthPayload {
  @Field(() => String, { nullable: true })
  accessToken: string | null;

  @Field(() => String, { nullable: true, description: 'Single use: each refresh returns a new one. Reuse ends the session.' })
  refreshToken: string | null;

  @Field(() => Int, { nullable: true, description: 'Seconds until the access token expires.' })
  expiresIn: number | null;

  @Field(() => Account, { nullable: true })
  account: Account | null;

  @Field(() => SecondFactorChallenge, { nullable: true })
  secondFactor: SecondFactorChallenge | null;
}

@Public()
@ObjectType()
export class EmailConfirmation {
  @Field(() => String, { description: 'Shown on screen once the address is confirmed; never sent by mail.' })
  loginId: string;

  @Field(() => EmailConfirmationKind)
  kind: EmailConfirmationKind;
}

@Public()
@ObjectType()
export class RecoveryResult {
  @Field(() => String, { description: 'Shown on screen; never sent by mail.' })
  loginId: string;
}

// Returned only to the caller, about their own account.
@Allow(Permission.SelfSecure)
@ObjectType()
export class TotpEnrolment {
  @Field(() => String, { description: 'Base32, for typing into an app that cannot scan.' })
  secret: string;

  @Field(() => String)
  otpauthUri: string;

  @Field(() => String, { description: 'The otpauth URI as a PNG data URL.' })
  qrCodeDataUrl: string;
}

// Returned only to the caller, about their own account.
@Allow(Permission.SelfSecure)
@ObjectType()
export class RecoveryCodes {
  @Field(() => [String], { description: 'Shown once; each works once in place of the second factor.' })
  codes: string[];
}

// Returned only to the caller, about their own account.
@Allow(Permission.SelfSecure)
@ObjectType()
export class PasskeyRegistration {
  @Field(() => String)
  token: string;

  @Field(() => String, { description: 'PublicKeyCredentialCreationOptionsJSON for @simplewebauthn/browser startRegistration.' })
  optionsJson: string;
}

@ObjectType()
export class SecondFactorStatus {
  /** Whose status this is: SELF rules compare it with the caller. */
  accountId: number;

  @Allow(SELF, Permission.StaffRead)
  @Field(() => Boolean)
  totp: boolean;

  @Allow(SELF, Permission.StaffRead)
  @Field(() => Int)
  passkeys: number;

  @Allow(SELF)
  @Field(() => Int)
  recoveryCodesLeft: number;
}

@ObjectType()
export class StaffAccountPayload {
  @Allow(Permission.StaffManage)
  @Field(() => Account)
  account: Account;

  @Allow(Permission.StaffManage)
  @Field(() => String, { description: 'Shown once to the administrator, to hand over in person; the staff member changes it at first login.' })
  temporaryPassword: string;
}

/** An administrator corrects a staff account's name, reading or address. */
@InputType()
export class StaffAccountUpdateInput extends StaffIdentityInput {
  @Field(() => ID)
  id: string;
}

/** A contractor's new name; the contract dates and network ranges too when given (omitted: unchanged). */
@InputType()
export class ContractorUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @Length(1, CONTRACTOR_NAME_MAX, { message: `Enter the organisation’s name (up to ${CONTRACTOR_NAME_MAX} characters).`, ...key('validation.length') })
  @NotBlank('Enter the organisation’s name.', 'validation.blank')
  name: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  contractStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  contractEndsOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'CIDR ranges such as 203.0.113.0/24 or 2001:db8::/48.' })
  @IsOptional()
  @ArrayMaxSize(ADDRESS_RANGES_MAX)
  @MaxLength(ADDRESS_RANGE_MAX, { each: true })
  allowedAddressRanges?: string[] | null;
}
