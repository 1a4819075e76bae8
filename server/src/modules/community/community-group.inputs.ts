import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Normalize } from '../../core/graphql/validate';
import { EMAIL_MAX, NAME_MAX, NOT_BLANK, PHONE, PHONE_MAX, REASON_MAX, normalisePhone } from '../../core/validation/rules';
import { FieldCode } from '../catalog';
import { GroupKind, GroupStatus } from './community-group.entity';

export const GROUP_NAME_MAX = 200;
export const GROUP_DESCRIPTION_MAX = 2000;
export const GROUP_CONTACT_MAX = 300;
export const INTERVIEW_NOTES_MAX = 4000;
const key = (k: string) => ({ context: { key: k } });

/** A group as staff register or correct it: every field again. */
@InputType()
export class CommunityGroupInput {
  @Field(() => String)
  @Length(1, GROUP_NAME_MAX, { message: `Enter the group’s name (up to ${GROUP_NAME_MAX} characters).`, ...key('validation.length') })
  @Matches(NOT_BLANK, { message: 'Enter the group’s name.', ...key('validation.blank') })
  name: string;

  @Field(() => GroupKind)
  @IsEnum(GroupKind)
  kind: GroupKind;

  @Field(() => [FieldCode], { description: 'One or more of the five fields.' })
  @ArrayMinSize(1, { message: 'Choose at least one field.', ...key('group.fieldRequired') })
  @ArrayMaxSize(5, { message: 'Choose at most five fields.', ...key('group.fieldRequired') })
  @IsEnum(FieldCode, { each: true })
  fieldCodes: FieldCode[];

  @Field(() => String, { description: 'A district code (the districts query lists them).' })
  @Length(1, 30)
  districtCode: string;

  @Field(() => String)
  @Length(1, GROUP_DESCRIPTION_MAX, { message: `Enter what the public may read (up to ${GROUP_DESCRIPTION_MAX} characters).`, ...key('validation.length') })
  @Matches(NOT_BLANK, { message: 'Enter what the public may read.', ...key('validation.blank') })
  publicDescription: string;

  @Field(() => String, { description: 'How the public reaches the group, e.g. 「区役所 地域振興課 経由」.' })
  @Length(1, GROUP_CONTACT_MAX, { message: `Enter the public contact route (up to ${GROUP_CONTACT_MAX} characters).`, ...key('validation.length') })
  @Matches(NOT_BLANK, { message: 'Enter the public contact route.', ...key('validation.blank') })
  publicContact: string;

  @Field(() => String)
  @Length(1, NAME_MAX, { message: `Enter the representative’s name (up to ${NAME_MAX} characters).`, ...key('validation.name') })
  @Matches(NOT_BLANK, { message: 'Enter the representative’s name.', ...key('validation.name') })
  representativeName: string;

  @Field(() => String, { nullable: true })
  @Normalize(normalisePhone)
  @IsOptional()
  @MaxLength(PHONE_MAX, { message: 'Enter a phone number such as 03-1234-5678.', ...key('validation.phone') })
  @Matches(PHONE, { message: 'Enter a phone number such as 03-1234-5678.', ...key('validation.phone') })
  representativePhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EMAIL_MAX, { message: 'The email address is too long.', ...key('validation.email') })
  @IsEmail({}, { message: 'Enter a valid email address.', ...key('validation.email') })
  representativeEmail?: string | null;

  @Field(() => LocalDateScalar, { description: 'The day of the registration interview (ヒアリング).' })
  interviewedOn: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who held the interview; left out: the caller.' })
  @IsOptional()
  interviewedBy?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(INTERVIEW_NOTES_MAX, { message: `Up to ${INTERVIEW_NOTES_MAX} characters.`, ...key('validation.length') })
  interviewNotes?: string | null;
}

@InputType()
export class CommunityGroupStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the caller saw.' })
  expectedVersion: number;

  @Field(() => GroupStatus)
  @IsEnum(GroupStatus)
  status: GroupStatus;

  @Field(() => String, { nullable: true, description: 'Required to suspend or end a group.' })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `Up to ${REASON_MAX} characters.`, ...key('validation.length') })
  reason?: string | null;
}

/** A district of the ward's list (地区). */
@InputType()
export class DistrictInput {
  @Field(() => String, { description: 'A stable code: lower-case letters, digits and hyphens (e.g. nerima).' })
  @Length(2, 30)
  code: string;

  @Field(() => String)
  @Length(1, 100, { message: 'Enter the name (up to 100 characters).', ...key('validation.length') })
  nameJa: string;

  @Field(() => String)
  @Length(1, 100, { message: 'Enter the name (up to 100 characters).', ...key('validation.length') })
  nameEn: string;

  @Field(() => Int, { description: 'Its place in the list.' })
  sortOrder: number;

  @Field(() => [String], { description: 'The codes of neighbouring districts (proposals count a neighbouring district).' })
  @ArrayMaxSize(30)
  neighbourCodes: string[];
}
