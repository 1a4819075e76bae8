import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
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
