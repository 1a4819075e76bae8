import DataLoader from 'dataloader';
import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { notFound } from '../../core/errors';
import { Permission, SELF } from '../permissions';
import { Account } from '../accounts';
import { Cohort } from '../catalog';
import { fieldClause, placeholders, readRows } from '../../core/rows';
import { Enrollment, WithdrawalReason } from '../intake';
import { Completion, CompletionOutcome } from './completion.entity';
import { CompletionRuleInput } from './completion.inputs';
import { CohortAtRisk, CompletionPreview, CompletionRuleInfo, CompletionRunResult, StudentProgress } from './completion.types';
import type { CompletionService } from './completion.service';

/** The cohort of each completion, one statement for a list; scoped to the contractor's field. */
const completionLoaders = defineLoaders((ctx) => ({
  cohortById: new DataLoader<number, Cohort | null>(async (ids) => {
    const scope = fieldClause(ctx, 'h.fieldCode');
    const rows = await readRows(ctx.em, Cohort, 'h', `WHERE h.id IN (${placeholders(ids)})${scope.sql}`, [...ids, ...scope.params]);
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }),
}));

/** Completion rules, live progress, the completion run, overrides and staff-recorded withdrawal. */
@Resolver(() => Completion)
export class CompletionResolver {
  constructor(private readonly completion: CompletionService) {}

  @Allow(Permission.CompletionDecide, Permission.CatalogManage)
  @Query(() => CompletionRuleInfo, { description: 'The course’s current completion rule (version 0: the field’s default).' })
  completionRule(@Arg('courseId', () => ID) courseId: string, @Context() ctx: Ctx): Promise<CompletionRuleInfo> {
    return this.completion.completionRule(ctx, courseId);
  }

  @Allow(Permission.CompletionDecide, Permission.CatalogManage)
  @Mutation(() => CompletionRuleInfo, { description: 'A new version of the course’s completion rule; decisions record the version they used.' })
  setCompletionRule(@Arg('input', () => CompletionRuleInput) input: CompletionRuleInput, @Context() ctx: Ctx): Promise<CompletionRuleInfo> {
    return this.completion.setCompletionRule(ctx, input);
  }

  @Allow(Permission.CompletionDecide, Permission.AttendanceRecord)
  @Query(() => [StudentProgress], { description: 'Each student’s live progress: rates over all planned sessions, the best rate still reachable and the state.' })
  cohortProgress(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<StudentProgress[]> {
    return this.completion.cohortProgress(ctx, cohortId);
  }

  @Allow(Permission.CompletionDecide, Permission.AttendanceRecord)
  @Query(() => [StudentProgress], { description: 'Students AT_RISK or NOT_ACHIEVABLE.' })
  atRiskStudents(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<StudentProgress[]> {
    return this.completion.atRiskStudents(ctx, cohortId);
  }

  @Allow(Permission.CompletionDecide, Permission.AttendanceRecord)
  @Query(() => [CohortAtRisk], {
    description: 'Every running cohort in the caller’s field scope with its students AT_RISK or NOT_ACHIEVABLE; a fixed number of statements however many cohorts.',
  })
  atRiskOverview(@Context() ctx: Ctx): Promise<CohortAtRisk[]> {
    return this.completion.atRiskOverview(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Query(() => StudentProgress, { description: 'My progress in a cohort I am enrolled in.' })
  myProgress(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<StudentProgress> {
    return this.completion.myProgress(ctx, cohortId);
  }

  @Allow(Permission.CompletionDecide)
  @Query(() => CompletionPreview, { description: 'What the completion run would decide, for each non-withdrawn student, and why.' })
  previewCompletion(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<CompletionPreview> {
    return this.completion.previewCompletion(ctx, cohortId);
  }

  @Allow(Permission.CompletionDecide)
  @Mutation(() => CompletionRunResult, { description: 'Decide completion once the cohort has ended; once per cohort (CONFLICT completion.alreadyRun after that).' })
  runCompletion(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<CompletionRunResult> {
    return this.completion.runCompletion(ctx, cohortId);
  }

  @Allow(Permission.CompletionDecide)
  @Mutation(() => Completion, { description: 'Decide against the rule; the reason is required and the change audited.' })
  overrideCompletion(
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Arg('outcome', () => CompletionOutcome) outcome: CompletionOutcome,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Context() ctx: Ctx,
  ): Promise<Completion> {
    return this.completion.overrideCompletion(ctx, enrollmentId, outcome, reason);
  }

  @Allow(Permission.AttendanceRecord, Permission.CompletionDecide)
  @Mutation(() => Enrollment, { description: 'Record a student’s withdrawal (退学) after the start, with a reason category and optional text.' })
  recordWithdrawal(
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Arg('reason', () => WithdrawalReason) reason: WithdrawalReason,
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Context() ctx: Ctx,
  ): Promise<Enrollment> {
    return this.completion.recordWithdrawal(ctx, enrollmentId, reason, text);
  }

  @Allow(Permission.StudyOwn)
  @Query(() => [Completion], { description: 'My completion decisions: a completed one makes me an alumnus of that course and year.' })
  myCompletions(@Context() ctx: Ctx): Promise<Completion[]> {
    return this.completion.myCompletions(ctx);
  }

  @Allow(SELF, Permission.CompletionDecide)
  @FieldResolver(() => Cohort, { description: 'The cohort (course and year).' })
  async cohort(@Root() completion: Completion, @Context() ctx: Ctx): Promise<Cohort> {
    const cohort = await completionLoaders(ctx).cohortById.load(completion.cohortId);
    if (!cohort) throw notFound('cohort');
    return cohort;
  }
}

/** Completed students are alumni: their completions on the account, for themselves and for staff (scoped). */
@Resolver(() => Account)
export class AccountCompletionsResolver {
  private readonly loaders: (ctx: Ctx) => { byAccount: DataLoader<number, Completion[]> };

  constructor(completion: CompletionService) {
    this.loaders = defineLoaders((ctx) => ({ byAccount: new DataLoader<number, Completion[]>((ids) => completion.completionsOfAccounts(ctx, ids)) }));
  }

  @Allow(SELF, Permission.CompletionDecide)
  @FieldResolver(() => [Completion], { description: 'Completion decisions of this member; contractor staff see their field’s only.' })
  completions(@Root() account: Account, @Context() ctx: Ctx): Promise<Completion[]> {
    return this.loaders(ctx).byAccount.load(account.id);
  }
}
