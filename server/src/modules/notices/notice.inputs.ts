import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { FieldCode } from '../catalog/field.entity';
import { NoticeAudience } from './notice.entity';

@InputType()
export class NoticeInput {
  @Field(() => NoticeAudience)
  @IsEnum(NoticeAudience)
  audience: NoticeAudience;

  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title (up to 200 characters).', context: { key: 'validation.length' } })
  @Matches(/\S/, { message: 'Enter a title.', context: { key: 'validation.blank' } })
  title: string;

  @Field(() => String)
  @Length(1, 4000, { message: 'Enter the text (up to 4000 characters).', context: { key: 'validation.length' } })
  @Matches(/\S/, { message: 'Enter the text.', context: { key: 'validation.blank' } })
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
