import { In, LessThanOrEqual, type EntityManager, type DataSource } from 'typeorm';
import type { Ctx } from '../../core/context';
import type { Config } from '../../config';
import type { NoticeService } from '../notices/notice.service';
import { inTransaction, lockMode } from '../../core/tx';
import { conflict, notFound } from '../../core/errors';
import { tokyoToday } from '../../core/graphql/scalars';
import { Cohort, CohortStatus } from '../catalog/cohort.entity';
import { Course } from '../catalog/course.entity';
import { FieldCode } from '../catalog/field.entity';
import { Account } from '../accounts/account.entity';
import { Application, ApplicationStatus, Enrollment, SEAT_HOLDING, StudentNumberCounter } from './application.entity';
import { recordMove } from './application.service';
import { offerNotice, resultsAnnounced } from './selection.service';

const FIELD_ABBREVIATION: Record<FieldCode, string> = {
  [FieldCode.WELFARE]: 'WEL',
  [FieldCode.DISASTER]: 'DIS',
  [FieldCode.AGRICULTURE]: 'AGR',
  [FieldCode.GREENERY]: 'GRN',
  [FieldCode.RECYCLING]: 'REC',
};

export function formatStudentNumber(year: number, field: FieldCode, n: number): string {
  return `${year}-${FIELD_ABBREVIATION[field]}-${String(n).padStart(3, '0')}`;
}

/** Seats are offered only while results are out and the course has not started. */
function seatsMovable(cohort: Cohort, now: Date): boolean {
  return [CohortStatus.ANNOUNCED, CohortStatus.RUNNING].includes(cohort.status) && tokyoToday(now) < cohort.startsOn;
}

export class EnrollmentService {
  constructor(
    private readonly config: Config,
    private readonly notices: NoticeService,
    private readonly kickMail: (db: DataSource) => void,
  ) {}

  /**
   * The next student number of a field and year. The counter row is locked and bumped in
   * the enrolling transaction: a rollback takes the number back, so numbers stay gapless.
   */
  private async nextStudentNumber(em: EntityManager, field: FieldCode, year: number): Promise<string> {
    const repo = em.getRepository(StudentNumberCounter);
    await repo.createQueryBuilder().insert().values({ fieldCode: field, academicYear: year, lastNumber: 0 }).orIgnore().execute();
    const counter = await repo.findOneOrFail({ where: { fieldCode: field, academicYear: year }, ...lockMode(em) });
    await repo.update({ id: counter.id }, { lastNumber: counter.lastNumber + 1 });
    return formatStudentNumber(year, field, counter.lastNumber + 1);
  }

  /** Offers free seats to the waitlist, in order. The caller holds the cohort's lock. */
  async fillFromWaitlist(em: EntityManager, cohort: Cohort, now: Date, actorId: number | null): Promise<number> {
    if (!seatsMovable(cohort, now)) return 0;
    const repo = em.getRepository(Application);
    const taken = await repo.countBy({ cohortId: cohort.id, status: In([...SEAT_HOLDING]) });
    const free = cohort.capacity - taken;
    if (free <= 0) return 0;
    const next = await repo.find({ where: { cohortId: cohort.id, status: ApplicationStatus.WAITLISTED }, order: { waitlistPosition: 'ASC', id: 'ASC' }, take: free });
    if (next.length === 0) return 0;
    const course = await em.getRepository(Course).findOneByOrFail({ id: cohort.courseId });
    const deadline = new Date(now.getTime() + this.config.offerResponseDays * 24 * 3600_000);
    for (const app of next) {
      app.status = ApplicationStatus.OFFERED;
      app.waitlistPosition = null;
      app.offerDeadline = deadline;
      await repo.update({ id: app.id }, { status: app.status, waitlistPosition: null, offerDeadline: deadline, updatedAt: now });
      await recordMove(em, app, ApplicationStatus.WAITLISTED, 'waitlist_promoted', actorId, now);
    }
    await this.notices.notifyMembers(
      em,
      next.map((a) => ({ accountId: a.accountId, cohortId: cohort.id, mail: a.emailAlerts, ...offerNotice(course.title, cohort.academicYear, deadline) })),
      actorId,
      now,
    );
    return next.length;
  }

  /** Offers whose deadline passed lapse, and their seats move down the waitlist. The caller holds the cohort's lock. */
  async lapseOffers(em: EntityManager, cohort: Cohort, now: Date): Promise<number> {
    const repo = em.getRepository(Application);
    const lapsed = await repo.find({ where: { cohortId: cohort.id, status: ApplicationStatus.OFFERED, offerDeadline: LessThanOrEqual(now) } });
    for (const app of lapsed) {
      app.status = ApplicationStatus.LAPSED;
      await repo.update({ id: app.id }, { status: app.status, updatedAt: now });
      await recordMove(em, app, ApplicationStatus.OFFERED, 'offer_lapsed', null, now);
    }
    return lapsed.length;
  }

  /** Runs on every instance from time to time; each cohort is handled under its own lock. */
  async processDeadlines(db: DataSource, now = new Date()): Promise<number> {
    const due = await db
      .getRepository(Application)
      .createQueryBuilder('a')
      .select('DISTINCT a.cohortId', 'cohortId')
      .where('a.status = :offered AND a.offerDeadline <= :now', { offered: ApplicationStatus.OFFERED, now })
      .getRawMany<{ cohortId: number }>();
    let moved = 0;
    for (const { cohortId } of due) {
      moved += await inTransaction(db, async (em) => {
        const cohort = await em.getRepository(Cohort).findOne({ where: { id: Number(cohortId) }, ...lockMode(em) });
        if (!cohort) return 0;
        const lapsed = await this.lapseOffers(em, cohort, now);
        await this.fillFromWaitlist(em, cohort, now, null);
        return lapsed;
      });
    }
    if (moved) this.kickMail(db);
    return moved;
  }

  /** Lapses overdue offers of one cohort in a transaction of its own, so a refusal afterwards cannot roll it back. */
  private async settleDeadlines(db: DataSource, cohortId: number, now: Date): Promise<void> {
    const moved = await inTransaction(db, async (em) => {
      const cohort = await em.getRepository(Cohort).findOne({ where: { id: cohortId }, ...lockMode(em) });
      if (!cohort) return 0;
      const lapsed = await this.lapseOffers(em, cohort, now);
      if (lapsed) await this.fillFromWaitlist(em, cohort, now, null);
      return lapsed;
    });
    if (moved) this.kickMail(db);
  }

  /** The member takes or declines an offered seat. */
  async respond(ctx: Ctx, applicationId: string, accept: boolean): Promise<Application> {
    const mine = await ctx.services.applications.mine(ctx, applicationId);
    await this.settleDeadlines(ctx.db, mine.cohortId, ctx.now);
    const result = await inTransaction(ctx.db, async (em) => {
      const cohort = await em.getRepository(Cohort).findOne({ where: { id: mine.cohortId }, ...lockMode(em) });
      if (!cohort) throw notFound('cohort');
      const none = () => conflict('offer.none', 'There is no offer to answer on this application.');
      // Before the announcement every applicant gets the same answer, whatever the selection decided.
      if (!resultsAnnounced(cohort)) throw none();
      const app = await em.getRepository(Application).findOneByOrFail({ id: mine.id });
      if (app.status === ApplicationStatus.LAPSED) throw conflict('offer.lapsed', 'The deadline to answer this offer has passed.');
      if (app.status !== ApplicationStatus.OFFERED) throw none();
      if (!seatsMovable(cohort, ctx.now)) throw conflict('offer.closed', 'Offers for this cohort can no longer be answered.');
      if (accept) {
        const course = await em.getRepository(Course).findOneByOrFail({ id: cohort.courseId });
        const studentNumber = await this.nextStudentNumber(em, course.fieldCode, cohort.academicYear);
        await em.getRepository(Enrollment).insert({ applicationId: app.id, cohortId: cohort.id, accountId: app.accountId, studentNumber, enrolledAt: ctx.now, withdrawnAt: null });
        app.status = ApplicationStatus.ENROLLED;
        await em.getRepository(Application).update({ id: app.id }, { status: app.status, offerDeadline: null, updatedAt: ctx.now });
        await recordMove(em, app, ApplicationStatus.OFFERED, 'offer_accepted', ctx.user!.accountId, ctx.now);
      } else {
        app.status = ApplicationStatus.DECLINED;
        await em.getRepository(Application).update({ id: app.id }, { status: app.status, offerDeadline: null, updatedAt: ctx.now });
        await recordMove(em, app, ApplicationStatus.OFFERED, 'offer_declined', ctx.user!.accountId, ctx.now);
      }
      await this.fillFromWaitlist(em, cohort, ctx.now, ctx.user!.accountId);
      return app;
    });
    ctx.audit.target('Application', result.id);
    ctx.services.kickMail(ctx.db);
    return result;
  }

  /** A student withdraws before the course starts; the seat goes down the waitlist. */
  async withdraw(ctx: Ctx, applicationId: string): Promise<Application> {
    const mine = await ctx.services.applications.mine(ctx, applicationId);
    const result = await inTransaction(ctx.db, async (em) => {
      const cohort = await em.getRepository(Cohort).findOne({ where: { id: mine.cohortId }, ...lockMode(em) });
      if (!cohort) throw notFound('cohort');
      const app = await em.getRepository(Application).findOneByOrFail({ id: mine.id });
      if (app.status !== ApplicationStatus.ENROLLED) throw conflict('enrollment.none', 'You are not enrolled in this cohort.');
      if (tokyoToday(ctx.now) >= cohort.startsOn) throw conflict('enrollment.started', 'The course has started; please contact the ward office to withdraw (退学).');
      app.status = ApplicationStatus.CANCELLED;
      await em.getRepository(Application).update({ id: app.id }, { status: app.status, updatedAt: ctx.now });
      await em.getRepository(Enrollment).update({ applicationId: app.id }, { withdrawnAt: ctx.now });
      await recordMove(em, app, ApplicationStatus.ENROLLED, 'withdrew_before_start', ctx.user!.accountId, ctx.now);
      await this.lapseOffers(em, cohort, ctx.now);
      await this.fillFromWaitlist(em, cohort, ctx.now, ctx.user!.accountId);
      return app;
    });
    ctx.audit.target('Application', result.id);
    ctx.services.kickMail(ctx.db);
    return result;
  }

  /** Staff trigger for the deadline sweep of one cohort (the background job does the same). */
  async processCohortDeadlines(ctx: Ctx, cohortId: string): Promise<Cohort> {
    const cohort = await inTransaction(ctx.db, async (em) => {
      const cohort = await ctx.services.selection.lockCohort(ctx, em, cohortId);
      await this.lapseOffers(em, cohort, ctx.now);
      await this.fillFromWaitlist(em, cohort, ctx.now, ctx.user!.accountId);
      return cohort;
    });
    ctx.audit.target('Cohort', cohort.id);
    ctx.services.kickMail(ctx.db);
    return cohort;
  }

  async roster(ctx: Ctx, cohortId: string): Promise<Enrollment[]> {
    const cohort = await ctx.services.catalog.getCohort(ctx, cohortId);
    return ctx.db.getRepository(Enrollment).find({ where: { cohortId: cohort.id }, order: { studentNumber: 'ASC' } });
  }

  /** CSV of the roster, for the course's staff. Each export is audited with the records it held. */
  async rosterCsv(ctx: Ctx, cohortId: string): Promise<string> {
    const roster = await this.roster(ctx, cohortId);
    const accounts = roster.length ? await ctx.db.getRepository(Account).findBy({ id: In(roster.map((r) => r.accountId)) }) : [];
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const cell = (v: string) => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : v);
    const lines = [['学籍番号 student number', '氏名 name', 'フリガナ kana', '受講決定日 enrolled', '状態 status'].join(',')];
    for (const r of roster) {
      const a = byId.get(r.accountId);
      lines.push([r.studentNumber, a?.name ?? '', a?.nameKana ?? '', tokyoToday(r.enrolledAt), r.withdrawnAt ? 'withdrawn' : 'enrolled'].map(cell).join(','));
    }
    ctx.audit.add({ action: 'roster.export', outcome: 'success', targetType: 'Enrollment', targetIds: roster.map((r) => r.id), fields: ['studentNumber', 'name', 'nameKana'] });
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }
}
