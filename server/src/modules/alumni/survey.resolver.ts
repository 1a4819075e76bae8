import DataLoader from 'dataloader';
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { defineLoaders } from '../../core/loaders';
import { Account } from '../accounts';
import { SurveyInvitation } from './survey.entity';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';
import { FieldCode } from '../catalog';
import { MySurvey, SurveyInfo, SurveyQuestionInput } from './survey.types';
import { DEFAULT_WAVES, type SurveyService } from './survey.service';
import { SurveyResults } from './survey-results.types';
import type { SurveyResultsService } from './survey-results.service';

@InputType()
export class SurveyScheduleInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => ID)
  cohortId: string;

  @Field(() => [Int], { nullable: true, description: 'Months after completion; left out: 12 and 24.' })
  offsets?: number[] | null;

  @Field(() => Int, { nullable: true, description: 'Days the answer window stays open; left out: 30.' })
  windowDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'The reminder, this many days before the close; left out: 7; 0: none.' })
  remindDaysBefore?: number | null;
}

@Resolver()
export class SurveyResolver {
  constructor(
    private readonly service: SurveyService,
    private readonly results: SurveyResultsService,
  ) {}

  @Allow(Permission.FollowUpManage)
  @Query(() => SurveyResults, { description: 'A survey’s results per question (counts, means), over every wave or one; no one’s answers.' })
  surveyResults(@Arg('surveyId', () => ID) surveyId: string, @Arg('waveId', () => ID, { nullable: true }) waveId: string | null, @Context() ctx: Ctx): Promise<SurveyResults> {
    return this.results.results(ctx, surveyId, waveId);
  }

  @Allow(Permission.FollowUpManage)
  @Query(() => String, {
    description:
      'The answers as CSV (UTF-8 with BOM, Japanese headings): pseudonymous by default (an alumnus code, cohort, field); withNames adds student number, name and kana and needs followup:names. Audited.',
  })
  surveyAnswersCsv(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('waveId', () => ID, { nullable: true }) waveId: string | null,
    @Arg('withNames', () => Boolean, { nullable: true }) withNames: boolean | null,
    @Context() ctx: Ctx,
  ): Promise<string> {
    return this.results.answersCsv(ctx, surveyId, waveId, !!withNames);
  }

  @Allow(Permission.FollowUpManage)
  @Query(() => [SurveyInfo], { description: 'Follow-up surveys within the field scope, newest first, with their waves and response counts.' })
  surveys(@Context() ctx: Ctx): Promise<SurveyInfo[]> {
    return this.service.list(ctx);
  }

  @Allow(Permission.FollowUpManage)
  @Query(() => SurveyInfo)
  survey(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<SurveyInfo> {
    return this.service.info(ctx, id);
  }

  @Allow(Permission.FollowUpManage)
  @Mutation(() => SurveyInfo, { description: 'A new survey with its questions (contractor staff: of their own field).' })
  createSurvey(
    @Arg('title', () => String) title: string,
    @Arg('fieldCode', () => FieldCode, { nullable: true }) fieldCode: FieldCode | null,
    @Arg('questions', () => [SurveyQuestionInput]) questions: SurveyQuestionInput[],
    @Context() ctx: Ctx,
  ): Promise<SurveyInfo> {
    return this.service.create(ctx, title, fieldCode ?? null, questions);
  }

  @Allow(Permission.FollowUpManage)
  @Mutation(() => SurveyInfo, { description: 'Replace the questions: in place while nobody has answered, else as a new version.' })
  setSurveyQuestions(@Arg('id', () => ID) id: string, @Arg('questions', () => [SurveyQuestionInput]) questions: SurveyQuestionInput[], @Context() ctx: Ctx): Promise<SurveyInfo> {
    return this.service.setQuestions(ctx, id, questions);
  }

  @Allow(Permission.FollowUpManage)
  @Mutation(() => SurveyInfo, { description: 'Schedule a survey’s waves for a cohort at offsets from its completion.' })
  scheduleSurvey(@Arg('input', () => SurveyScheduleInput) input: SurveyScheduleInput, @Context() ctx: Ctx): Promise<SurveyInfo> {
    const remind = input.remindDaysBefore ?? DEFAULT_WAVES.remindDaysBefore;
    return this.service.schedule(ctx, input.surveyId, input.cohortId, {
      offsets: input.offsets ?? DEFAULT_WAVES.offsets,
      windowDays: input.windowDays ?? DEFAULT_WAVES.windowDays,
      remindDaysBefore: remind === 0 ? null : remind,
    });
  }

  @Allow(Permission.StudyOwn)
  @Query(() => [MySurvey], { description: 'Surveys waiting for my answer (follow-up, with my consent), with my drafts.' })
  mySurveys(@Context() ctx: Ctx): Promise<MySurvey[]> {
    return this.service.mine(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => MySurvey, { description: 'Save my answers so far as a draft (required questions may still be empty).' })
  saveSurveyDraft(@Arg('id', () => ID) id: string, @Arg('answers', () => String) answers: string, @Context() ctx: Ctx): Promise<MySurvey> {
    return this.service.saveDraft(ctx, id, answers);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => Boolean, { description: 'Send my answers (JSON { questionKey: value }); once. Required questions must be answered.' })
  submitSurveyAnswers(@Arg('id', () => ID) id: string, @Arg('answers', () => String) answers: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.service.submit(ctx, id, answers);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => Boolean, { description: 'Decline the survey: recorded with no answers.' })
  declineSurvey(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<boolean> {
    return this.service.decline(ctx, id);
  }
}

/** An alumnus' survey invitations with their answers, for follow-up staff (each read audited) and themselves. */
@Resolver(() => Account)
export class AccountSurveysResolver {
  private readonly loaders: (ctx: Ctx) => { byAccount: DataLoader<number, SurveyInvitation[]> };

  constructor(service: SurveyService) {
    this.loaders = defineLoaders((ctx) => ({ byAccount: new DataLoader<number, SurveyInvitation[]>((ids) => service.invitationsOf(ctx, ids)) }));
  }

  @Allow(SELF, Permission.FollowUpManage)
  @FieldResolver(() => [SurveyInvitation], { description: 'Follow-up survey invitations with their answers, newest first; contractor staff see their field’s only.' })
  surveyInvitations(@Root() account: Account, @Context() ctx: Ctx): Promise<SurveyInvitation[]> {
    return this.loaders(ctx).byAccount.load(account.id);
  }
}
