import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { FieldCode } from '../catalog';
import { NoticeAudience } from './notice.entity';
import { NOT_BLANK, NOTICE_BODY_MAX, NOTICE_TITLE_MAX } from '../../core/validation/rules';

@InputType()
export class NoticeInput {
  @Field(() => NoticeAudience)
  @IsEnum(NoticeAudience)
  audience: NoticeAudience;

  @Field(() => String)
  @Length(1, NOTICE_TITLE_MAX, { message: `Enter a title (up to ${NOTICE_TITLE_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter a title.', context: { key: 'validation.blank' } })
  title: string;

  @Field(() => String)
  @Length(1, NOTICE_BODY_MAX, { message: `Enter the text (up to ${NOTICE_BODY_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter the text.', context: { key: 'validation.blank' } })
  body: string;

  @Field(() => ID, { nullable: true, description: 'For MEMBER notices.' })
  @IsOptional()
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For COHORT notices.' })
  @IsOptional()
  cohortId?: string | null;

  @Field(() => FieldCode, { nullable: true, description: 'For FIELD notices.' })
  @IsOptional()
  @IsEnum(FieldCode)
  fieldCode?: FieldCode | null;
}

@InputType()
export class NoticeUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @Length(1, NOTICE_TITLE_MAX, { message: `Enter a title (up to ${NOTICE_TITLE_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter a title.', context: { key: 'validation.blank' } })
  title: string;

  @Field(() => String)
  @Length(1, NOTICE_BODY_MAX, { message: `Enter the text (up to ${NOTICE_BODY_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter the text.', context: { key: 'validation.blank' } })
  body: string;

  @Field(() => String, { nullable: true, description: 'Why it changed; required once the notice is published.' })
  @IsOptional()
  @MaxLength(300, { message: 'Up to 300 characters.', context: { key: 'validation.length' } })
  reason?: string | null;
}
