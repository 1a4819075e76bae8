import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { SurveyQuestionKind } from './survey.types';

// Counts over many alumni, never one person's answer: follow-up staff read them unaudited.
@Allow(Permission.FollowUpManage)
@ObjectType({ description: 'How many answers chose one value (a choice key, a field, a scale point, a range of hours, a group).' })
export class SurveyResultCount {
  @Field(() => String, { description: 'The stable key: a choice key, a field (WELFARE…, NONE, OTHER), 1–5, an hours range (0, 1-4…), or a group as named.' })
  key: string;

  @Field(() => String, { nullable: true, description: 'The choice’s label where the question has one; null: the client names the key.' })
  label: string | null;

  @Field(() => Int)
  count: number;
}

@Allow(Permission.FollowUpManage)
@ObjectType({ description: 'The answers to one question, summarised.' })
export class SurveyQuestionResult {
  @Field(() => String)
  key: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field(() => String)
  label: string;

  @Field(() => Int, { description: 'Answers that answered this question.' })
  answered: number;

  @Field(() => [SurveyResultCount], { description: 'Counts per value, in the question’s order (groups: most named first, up to 20); empty for numbers and text.' })
  counts: SurveyResultCount[];

  @Field(() => Float, { nullable: true, description: 'Scale, number and hours: the mean; null without answers.' })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  median: number | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;
}

@Allow(Permission.FollowUpManage)
@ObjectType({ description: 'A survey’s results over its waves (or one wave): counts only, no one’s answers.' })
export class SurveyResults {
  @Field(() => ID)
  surveyId: number;

  @Field(() => ID, { nullable: true, description: 'The wave summarised; null: every wave of the survey.' })
  waveId: number | null;

  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  declined: number;

  @Field(() => [SurveyQuestionResult], { description: 'The current version’s questions, then questions only earlier versions asked (by key).' })
  questions: SurveyQuestionResult[];
}
