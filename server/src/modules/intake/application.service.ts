import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../core/context';
import { inTransaction, lockMode } from '../../core/tx';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { scopeByField } from '../../core/scope';
import { Cohort, CohortStatus } from '../catalog/cohort.entity';
import { Course, Eligibility } from '../catalog/course.entity';
import { isDuplicateKey } from '../accounts/account.service';
import { Application, ApplicationEvent, ApplicationStatus, LotteryDraw, ReviewDecision } from './application.entity';
import type { ApplicationFilter, ApplicationInput, ApplyInput, DecisionInput } from './intake.inputs';

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random anonymous code such as A7K3Q9XM2: tells nothing about the applicant or the order of applying. */
export function newCode(): string {
  let code = 'A';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

export async function recordMove(em: EntityManager, app: Application, from: ApplicationStatus | null, reason: string, actorId: number | null, at: Date): Promise<void> {
  await em.getRepository(ApplicationEvent).insert({ applicationId: app.id, at, fromStatus: from, toStatus: app.status, actorId, reason });
}

export class ApplicationService {
  /** The rule of the course, evaluated and recorded at application time. */
  private evaluate(course: Course, basis: Eligibility): { eligible: boolean; reason: string | null } {
    return course.eligibility.includes(basis)
      ? { eligible: true, reason: null }
      : { eligible: false, reason: `This course is not open to people who ${basis === Eligibility.WORKER ? 'work' : basis === Eligibility.STUDENT ? 'study' : 'live'} in the ward.` };
  }

  private async openCohortFor(ctx: Ctx, cohortId: string | number): Promise<{ cohort: Cohort; course: Course }> {
    const cohort = await ctx.services.catalog.getCohort(ctx, cohortId);
    if (!cohort.isAcceptingApplications(ctx.now)) {
      throw conflict('application.closed', 'This cohort is not taking applications now.', { cohortId: String(cohort.id) });
    }
    const course = await ctx.db.getRepository(Course).findOneByOrFail({ id: cohort.courseId });
    return { cohort, course };
  }

  private values(course: Course, input: ApplicationInput) {
    const motivation = input.motivation?.trim() || null;
    if (course.motivationRequired && !motivation) {
      throw badField('motivation', 'validation.motivationRequired', 'This course asks for a motivation statement.');
    }
    const resident = input.eligibilityBasis === Eligibility.RESIDENT;
    return {
      eligibilityBasis: input.eligibilityBasis,
      workplaceOrSchool: resident ? null : input.workplaceOrSchool!.trim(),
      motivation,
      preferredContact: input.preferredContact,
      emailAlerts: input.emailAlerts,
    };
  }

  async apply(ctx: Ctx, input: ApplyInput): Promise<Application> {
    const { cohort, course } = await this.openCohortFor(ctx, input.cohortId);
    const values = this.values(course, input);
    const outcome = this.evaluate(course, input.eligibilityBasis);
    const accountId = ctx.user!.accountId;
    const duplicate = () => conflict('application.duplicate', 'You have already applied to this cohort. You can change or withdraw that application on my page.');
    try {
      const app = await inTransaction(ctx.db, async (em) => {
        // A shared lock: closing the cohort (FOR UPDATE) waits for applications in flight, and none slips in after.
        const current = await em.getRepository(Cohort).findOne({ where: { id: cohort.id }, ...lockMode(em, 'read') });
        if (!current?.isAcceptingApplications(ctx.now)) throw conflict('application.closed', 'This cohort is not taking applications now.', { cohortId: String(cohort.id) });
        if (await em.getRepository(Application).existsBy({ cohortId: cohort.id, accountId })) throw duplicate();
        const repo = em.getRepository(Application);
        let saved: Application | null = null;
        for (let attempt = 0; !saved && attempt < 5; attempt++) {
          const code = newCode();
          if (await repo.existsBy({ code })) continue;
          saved = await repo.save(
            repo.create({
              ...values, code, cohortId: cohort.id, accountId, eligible: outcome.eligible, ineligibleReason: outcome.reason,
              status: ApplicationStatus.SUBMITTED, decision: null, decisionReason: null, waitlistPosition: null, offerDeadline: null, submittedAt: ctx.now,
            }),
          );
        }
        if (!saved) throw new Error('could not allocate an application code');
        await recordMove(em, saved, null, 'applied', accountId, ctx.now);
        return saved;
      });
      ctx.audit.target('Application', app.id);
      return app;
    } catch (error) {
      if (isDuplicateKey(error)) throw duplicate();
      throw error;
    }
  }

  async mine(ctx: Ctx, id: string | number): Promise<Application> {
    const app = await ctx.db.getRepository(Application).findOneBy({ id: parseId(id, 'application'), accountId: ctx.user!.accountId });
    if (!app) throw notFound('application');
    return app;
  }

  listMine(ctx: Ctx): Promise<Application[]> {
    return ctx.db.getRepository(Application).find({ where: { accountId: ctx.user!.accountId }, order: { submittedAt: 'DESC', id: 'DESC' } });
  }

  async update(ctx: Ctx, id: string, input: ApplicationInput): Promise<Application> {
    const app = await this.mine(ctx, id);
    if (app.status !== ApplicationStatus.SUBMITTED) throw conflict('application.notEditable', 'This application can no longer be changed.');
    const { course } = await this.openCohortFor(ctx, app.cohortId);
    Object.assign(app, this.values(course, input));
    // A staff member's ineligibility mark stands; otherwise the rule is evaluated again.
    if (app.eligible || app.ineligibleReason?.startsWith('This course is not open')) {
      const outcome = this.evaluate(course, input.eligibilityBasis);
      app.eligible = outcome.eligible;
      app.ineligibleReason = outcome.reason;
    }
    ctx.audit.target('Application', app.id);
    return inTransaction(ctx.db, async (em) => {
      const saved = await em.getRepository(Application).save(app);
      await recordMove(em, saved, saved.status, 'edited', ctx.user!.accountId, ctx.now);
      return saved;
    });
  }

  /** Until the cohort closes, the member may withdraw. */
  async withdraw(ctx: Ctx, id: string): Promise<Application> {
    const app = await this.mine(ctx, id);
    const cohort = await ctx.db.getRepository(Cohort).findOneByOrFail({ id: app.cohortId });
    if (app.status !== ApplicationStatus.SUBMITTED || cohort.status !== CohortStatus.OPEN) {
      throw conflict('application.notWithdrawable', 'Applications can be withdrawn only until the cohort closes.');
    }
    ctx.audit.target('Application', app.id);
    return inTransaction(ctx.db, async (em) => {
      const claimed = await em.getRepository(Application).update({ id: app.id, status: ApplicationStatus.SUBMITTED }, { status: ApplicationStatus.WITHDRAWN });
      if (!claimed.affected) throw conflict('application.notWithdrawable', 'Applications can be withdrawn only until the cohort closes.');
      app.status = ApplicationStatus.WITHDRAWN;
      await recordMove(em, app, ApplicationStatus.SUBMITTED, 'withdrawn_by_member', ctx.user!.accountId, ctx.now);
      return app;
    });
  }

  /** Staff: one application, within the field scope. */
  async forStaff(ctx: Ctx, id: string | number): Promise<Application> {
    const qb = ctx.db
      .getRepository(Application)
      .createQueryBuilder('a')
      .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
      .innerJoin(Course, 'c', 'c.id = h.courseId')
      .where('a.id = :id', { id: parseId(id, 'application') });
    const app = await scopeByField(ctx, qb, 'c.fieldCode').getOne();
    if (!app) throw notFound('application');
    return app;
  }

  async listForCohort(ctx: Ctx, cohortId: string, filter?: ApplicationFilter | null): Promise<Application[]> {
    const cohort = await ctx.services.catalog.getCohort(ctx, cohortId);
    const qb = ctx.db.getRepository(Application).createQueryBuilder('a').where('a.cohortId = :cohortId', { cohortId: cohort.id });
    if (filter?.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter?.eligible !== undefined && filter?.eligible !== null) qb.andWhere('a.eligible = :eligible', { eligible: filter.eligible });
    return qb.orderBy('a.id', 'ASC').getMany();
  }

  /** Staff mark an application (in)eligible, with a reason, before selection is fixed. */
  async setEligibility(ctx: Ctx, id: string, eligible: boolean, reason: string | null): Promise<Application> {
    const app = await this.forStaff(ctx, id);
    const cohort = await ctx.db.getRepository(Cohort).findOneByOrFail({ id: app.cohortId });
    if (![CohortStatus.OPEN, CohortStatus.CLOSED].includes(cohort.status)) throw conflict('selection.fixed', 'Selection for this cohort is already fixed.');
    if (await ctx.db.getRepository(LotteryDraw).existsBy({ cohortId: cohort.id })) {
      throw conflict('lottery.frozen', 'The lottery list is frozen; eligibility can no longer change.');
    }
    if (!eligible && !reason?.trim()) throw badField('reason', 'validation.reason', 'Give the reason why the application is not eligible.');
    app.eligible = eligible;
    app.ineligibleReason = eligible ? null : reason!.trim().slice(0, 300);
    ctx.audit.target('Application', app.id);
    return inTransaction(ctx.db, async (em) => {
      const saved = await em.getRepository(Application).save(app);
      await recordMove(em, saved, saved.status, eligible ? 'marked_eligible' : 'marked_ineligible', ctx.user!.accountId, ctx.now);
      return saved;
    });
  }

  /** Review method: staff accept, waitlist or reject each application, with a reason. */
  async decide(ctx: Ctx, input: DecisionInput): Promise<Application> {
    const app = await this.forStaff(ctx, input.applicationId);
    const cohort = await ctx.db.getRepository(Cohort).findOneByOrFail({ id: app.cohortId });
    if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'Close the cohort before deciding on applications.');
    if (app.status !== ApplicationStatus.SUBMITTED) throw conflict('application.notPending', 'This application is not awaiting a decision.');
    if (!app.eligible && input.decision !== ReviewDecision.REJECT) throw conflict('application.ineligible', 'An ineligible application can only be rejected.');
    app.decision = input.decision;
    app.decisionReason = input.reason.trim();
    ctx.audit.target('Application', app.id);
    return ctx.db.getRepository(Application).save(app);
  }
}
