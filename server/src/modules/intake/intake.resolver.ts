import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';
import { notFound } from '../../core/errors';
import { Cohort, CohortStatus } from '../catalog';
import { Account, accountsLoaders } from '../accounts';
import { Application, ApplicationStatus } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { Enrollment, WithdrawalReason } from './enrollment.entity';
import type { LotteryDraw } from './lottery-draw.entity';
import { ApplicationFilter, ApplicationInput, ApplicationOrder, ApplyInput, DecisionInput } from './intake.inputs';
import { ApplicationPage, LotteryInfo } from './intake.types';
import { resultsAnnounced, type SelectionService } from './selection.service';
import type { ApplicationService } from './application.service';
import type { EnrollmentService } from './enrollment.service';
import { RosterCsvFormat } from './roster-csv-format';
import { intakeLoaders } from './intake.loaders';

const HIDDEN_UNTIL_ANNOUNCED: readonly ApplicationStatus[] = [ApplicationStatus.OFFERED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED];

function lotteryInfo(d: LotteryDraw): LotteryInfo {
  return { commitment: d.commitment, entries: d.entryCount, capacity: d.capacity, frozenAt: d.frozenAt, seed: d.seed, drawnAt: d.drawnAt };
}

/** Nothing about results reaches an applicant before staff announce them. */
function visibleToCaller(ctx: Ctx, app: Application): boolean | Promise<boolean> {
  // Decided without waiting wherever it can be: a staff list of 300 then costs no promise per row.
  if (ctx.user?.permissions.has(Permission.ApplicationReview)) return true;
  if (!HIDDEN_UNTIL_ANNOUNCED.includes(app.status)) return true;
  return intakeLoaders(ctx)
    .cohortById.load(app.cohortId)
    .then((cohort) => !!cohort && resultsAnnounced(cohort));
}

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(
    private readonly applications: ApplicationService,
    private readonly enrollments: EnrollmentService,
  ) {}

  @Allow(Permission.ApplicationApply)
  @Query(() => [Application], { description: 'My applications, newest first.' })
  myApplications(@Context() ctx: Ctx): Promise<Application[]> {
    return this.applications.listMine(ctx);
  }

  @Allow(Permission.ApplicationApply)
  @Mutation(() => Application)
  applyToCohort(@Arg('input', () => ApplyInput) input: ApplyInput, @Context() ctx: Ctx): Promise<Application> {
    return this.applications.apply(ctx, input);
  }

  @Allow(Permission.ApplicationApply)
  @Mutation(() => Application, { description: 'Change my application while the cohort is open.' })
  updateApplication(@Arg('id', () => ID) id: string, @Arg('input', () => ApplicationInput) input: ApplicationInput, @Context() ctx: Ctx): Promise<Application> {
    return this.applications.update(ctx, id, input);
  }

  @Allow(Permission.ApplicationApply)
  @Mutation(() => Application, { description: 'Withdraw my application while the cohort is open.' })
  withdrawApplication(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Application> {
    return this.applications.withdraw(ctx, id);
  }

  @Allow(Permission.ApplicationApply)
  @Mutation(() => Application, { description: 'Take (accept: true) or decline an offered seat before its deadline.' })
  respondToOffer(@Arg('applicationId', () => ID) applicationId: string, @Arg('accept', () => Boolean) accept: boolean, @Context() ctx: Ctx): Promise<Application> {
    return this.enrollments.respond(ctx, applicationId, accept);
  }

  @Allow(Permission.ApplicationApply)
  @Mutation(() => Application, {
    description:
      'Give up my seat before the course starts (it goes to the next person waiting), or withdraw (退学) once it has started: then a reason category is required, the text is optional.',
  })
  withdrawEnrollment(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reason', () => WithdrawalReason, { nullable: true }) reason: WithdrawalReason | null,
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Context() ctx: Ctx,
  ): Promise<Application> {
    return this.enrollments.withdraw(ctx, applicationId, reason ?? null, text ?? null);
  }

  @Allow(Permission.ApplicationReview)
  @Query(() => Application)
  application(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Application> {
    return this.applications.forStaff(ctx, id);
  }

  @Allow(Permission.ApplicationReview)
  @Query(() => [Application], { description: 'A cohort’s applications with eligibility and motivation. Every read is audited.' })
  cohortApplications(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter: ApplicationFilter | null,
    @Context() ctx: Ctx,
  ): Promise<Application[]> {
    return this.applications.listForCohort(ctx, cohortId, filter);
  }

  @Allow(Permission.ApplicationReview)
  @Query(() => ApplicationPage, {
    description:
      'A page of a cohort’s applications for the review table: filtered, searched by code (prefix) or the applicant’s name or reading (contains; ' +
      'hiragana and katakana alike), ordered on the server. Every read is audited, as with cohortApplications.',
  })
  applicationPage(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter: ApplicationFilter | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('orderBy', () => ApplicationOrder, { defaultValue: ApplicationOrder.SUBMITTED }) orderBy: ApplicationOrder,
    @Arg('descending', () => Boolean, { defaultValue: false }) descending: boolean,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: '1 to 200.' }) limit: number,
    @Context() ctx: Ctx,
  ): Promise<ApplicationPage> {
    return this.applications.pageForCohort(ctx, cohortId, { filter, search, orderBy, descending, offset, limit });
  }

  @Allow(Permission.ApplicationReview)
  @Mutation(() => Application, { description: 'Mark an application eligible or not, with a reason, before selection.' })
  setApplicationEligibility(
    @Arg('id', () => ID) id: string,
    @Arg('eligible', () => Boolean) eligible: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Context() ctx: Ctx,
  ): Promise<Application> {
    return this.applications.setEligibility(ctx, id, eligible, reason);
  }

  @Allow(Permission.ApplicationReview)
  @Mutation(() => Application, { description: 'Review selection: accept, waitlist or reject, with a reason.' })
  decideApplication(@Arg('input', () => DecisionInput) input: DecisionInput, @Context() ctx: Ctx): Promise<Application> {
    return this.applications.decide(ctx, input);
  }

  @Allow(SELF, Permission.ApplicationReview)
  @FieldResolver(() => ApplicationStatus, { description: 'Before announcement, applicants see SUBMITTED whatever the selection has decided.' })
  status(@Root() app: Application, @Context() ctx: Ctx): ApplicationStatus | Promise<ApplicationStatus> {
    const visible = visibleToCaller(ctx, app);
    if (typeof visible === 'boolean') return visible ? app.status : ApplicationStatus.SUBMITTED;
    return visible.then((v) => (v ? app.status : ApplicationStatus.SUBMITTED));
  }

  @Allow(SELF, Permission.ApplicationReview)
  @FieldResolver(() => Int, { nullable: true, description: 'Current place on the waitlist (1 = next), once announced.' })
  waitlistPosition(@Root() app: Application, @Context() ctx: Ctx): null | Promise<number | null> {
    if (app.status !== ApplicationStatus.WAITLISTED) return null;
    const visible = visibleToCaller(ctx, app);
    const rank = () => intakeLoaders(ctx).waitlistRankByApplication.load(app.id);
    return typeof visible === 'boolean' ? (visible ? rank() : null) : visible.then((v) => (v ? rank() : null));
  }

  @Allow(SELF, Permission.ApplicationReview)
  @FieldResolver(() => Cohort)
  async cohort(@Root() app: Application, @Context() ctx: Ctx): Promise<Cohort> {
    const cohort = await intakeLoaders(ctx).cohortById.load(app.cohortId);
    if (!cohort) throw notFound('cohort');
    return cohort;
  }

  @Allow(Permission.ApplicationReview)
  @FieldResolver(() => Account, { description: 'The applicant; reading their marked fields is audited.' })
  async applicant(@Root() app: Application, @Context() ctx: Ctx): Promise<Account> {
    const account = await accountsLoaders(ctx).accountById.load(app.accountId);
    if (!account) throw notFound('applicant');
    return account;
  }

  @Allow(SELF, Permission.ApplicationReview)
  @FieldResolver(() => Enrollment, { nullable: true })
  enrollment(@Root() app: Application, @Context() ctx: Ctx): Promise<Enrollment | null> {
    return intakeLoaders(ctx).enrollmentByApplication.load(app.id);
  }

  @Allow(Permission.ApplicationReview)
  @FieldResolver(() => [ApplicationEvent], { description: 'Every move of this application.' })
  events(@Root() app: Application, @Context() ctx: Ctx): Promise<ApplicationEvent[]> {
    return intakeLoaders(ctx).eventsByApplication.load(app.id);
  }
}

@Resolver(() => Cohort)
export class CohortIntakeResolver {
  constructor(
    private readonly selection: SelectionService,
    private readonly enrollments: EnrollmentService,
  ) {}

  @Allow(Permission.SelectionRun)
  @Mutation(() => Cohort, { description: 'Open, close, reopen, start or finish a cohort. Invalid moves get CONFLICT with the reason.' })
  changeCohortStatus(@Arg('id', () => ID) id: string, @Arg('status', () => CohortStatus) status: CohortStatus, @Context() ctx: Ctx): Promise<Cohort> {
    return this.selection.changeStatus(ctx, id, status);
  }

  @Allow(Permission.SelectionRun)
  @Mutation(() => Cohort, { description: 'Fix the results: all eligible when they fit, otherwise the review decisions.' })
  runSelection(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<Cohort> {
    return this.selection.runSelection(ctx, cohortId);
  }

  @Allow(Permission.SelectionRun)
  @Mutation(() => LotteryInfo, { description: 'Freeze the eligible list and publish its commitment, before the seed is known.' })
  async freezeLottery(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<LotteryInfo> {
    return lotteryInfo(await this.selection.freezeLottery(ctx, cohortId));
  }

  @Allow(Permission.SelectionRun)
  @Mutation(() => LotteryInfo, { description: 'Draw with the public seed announced in advance.' })
  async drawLottery(@Arg('cohortId', () => ID) cohortId: string, @Arg('seed', () => String) seed: string, @Context() ctx: Ctx): Promise<LotteryInfo> {
    return lotteryInfo(await this.selection.drawLottery(ctx, cohortId, seed));
  }

  @Allow(Permission.SelectionRun)
  @Mutation(() => Cohort, { description: 'Publish the results: each applicant gets a notice on my page.' })
  announceCohort(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<Cohort> {
    return this.selection.announce(ctx, cohortId);
  }

  @Allow(Permission.SelectionRun)
  @Mutation(() => Cohort, { description: 'Lapse overdue offers and offer their seats down the waitlist now (also runs in the background).' })
  processOfferDeadlines(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<Cohort> {
    return this.enrollments.processCohortDeadlines(ctx, cohortId);
  }

  @Public()
  @Query(() => String, { nullable: true, description: 'The lottery transcript as JSON: for staff once drawn, for everyone once announced.' })
  async lotteryTranscript(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<string | null> {
    const transcript = await this.selection.transcript(ctx, cohortId, !!ctx.user?.permissions.has(Permission.SelectionRun));
    return transcript ? JSON.stringify(transcript, null, 2) : null;
  }

  @Allow(Permission.RosterRead)
  @Query(() => [Enrollment], { description: 'Students of a cohort with their student numbers.' })
  cohortRoster(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<Enrollment[]> {
    return this.enrollments.roster(ctx, cohortId);
  }

  @Allow(Permission.RosterRead)
  @Query(() => String, { description: 'The roster as CSV (UTF-8 with BOM, for spreadsheet software). Each export is audited.' })
  rosterCsv(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('format', () => RosterCsvFormat, { defaultValue: RosterCsvFormat.JAPANESE }) format: RosterCsvFormat,
    @Context() ctx: Ctx,
  ): Promise<string> {
    return this.enrollments.rosterCsv(ctx, cohortId, format);
  }

  @Public()
  @FieldResolver(() => LotteryInfo, {
    nullable: true,
    description: 'The lottery’s public commitment; its seed and draw time once drawn (for anyone but reviewing staff, once the results are announced, as on publicLottery).',
  })
  async lottery(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<LotteryInfo | null> {
    const d = await intakeLoaders(ctx).lotteryByCohort.load(cohort.id);
    if (!d) return null;
    const info = lotteryInfo(d);
    if (ctx.user?.permissions.has(Permission.ApplicationReview) || resultsAnnounced(cohort)) return info;
    return { ...info, seed: null, drawnAt: null };
  }

  @Allow(Permission.ApplicationApply)
  @FieldResolver(() => Application, { nullable: true, description: 'My application to this cohort, if any.' })
  myApplication(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<Application | null> {
    return intakeLoaders(ctx).myApplicationByCohort.load(cohort.id);
  }

  @Allow(Permission.ApplicationReview)
  @FieldResolver(() => Int)
  applicationCount(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<number> {
    return intakeLoaders(ctx).applicationCountByCohort.load(cohort.id);
  }

  @Allow(Permission.ApplicationReview)
  @FieldResolver(() => Int, { description: 'Seats offered or taken (never more than the capacity).' })
  seatsTaken(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<number> {
    return intakeLoaders(ctx).seatsTakenByCohort.load(cohort.id);
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Allow(SELF, Permission.ApplicationReview, Permission.RosterRead)
  @FieldResolver(() => Account, { nullable: true, description: 'The student; reading their marked fields is audited.' })
  student(@Root() enrollment: Enrollment, @Context() ctx: Ctx): Promise<Account | null> {
    return accountsLoaders(ctx).accountById.load(enrollment.accountId);
  }
}
