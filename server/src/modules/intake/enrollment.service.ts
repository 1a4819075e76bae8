import { csvDocument } from '../../core/csv';
import { In, LessThanOrEqual } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import type { Config } from '../../config';
import type { SystemWork } from '../../core/system';
import { lockMode } from '../../core/tx';
import { badField, conflict, keepingWrites, notFound } from '../../core/errors';
import { REASON_MAX } from '../../core/validation/rules';
import { tokyoToday } from '../../core/graphql/scalars';
import { Cohort, CohortStatus, Course, FieldCode, type CatalogService } from '../catalog';
import { Account } from '../accounts';
import type { NoticeService } from '../notices';
import { Application, ApplicationStatus, SEAT_HOLDING } from './application.entity';
import { Enrollment, WithdrawalReason } from './enrollment.entity';
import { ROSTER_WORDS, RosterCsvFormat } from './roster-csv-format';
import { StudentNumberCounter } from './student-number-counter.entity';
import { recordMove, type ApplicationService } from './application.service';
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
    private readonly catalog: CatalogService,
    private readonly applications: ApplicationService,
    private readonly notices: NoticeService,
    private readonly system: SystemWork,
  ) {}

  /**
   * The next student number of a field and year. The counter row is locked and bumped in
   * the enrolling transaction: a rollback takes the number back, so numbers stay gapless.
   */
  private async nextStudentNumber(ctx: Ctx, field: FieldCode, year: number): Promise<string> {
    const counters = repo(ctx, StudentNumberCounter);
    await counters.createQueryBuilder().insert().values({ fieldCode: field, academicYear: year, lastNumber: 0 }).orIgnore().execute();
    const counter = await counters.findOneOrFail({ where: { fieldCode: field, academicYear: year }, ...lockMode(ctx.em) });
    await counters.update({ id: counter.id }, { lastNumber: counter.lastNumber + 1 });
    return formatStudentNumber(year, field, counter.lastNumber + 1);
  }

  /** Offers free seats to the waitlist, in order. The caller holds the cohort's lock. */
  async fillFromWaitlist(ctx: Ctx, cohort: Cohort, actorId: number | null): Promise<number> {
    const now = ctx.now;
    if (!seatsMovable(cohort, now)) return 0;
    const applications = repo(ctx, Application);
    const taken = await applications.countBy({ cohortId: cohort.id, status: In([...SEAT_HOLDING]) });
    const free = cohort.capacity - taken;
    if (free <= 0) return 0;
    const next = await applications.find({ where: { cohortId: cohort.id, status: ApplicationStatus.WAITLISTED }, order: { waitlistPosition: 'ASC', id: 'ASC' }, take: free });
    if (next.length === 0) return 0;
    const course = await repo(ctx, Course).findOneByOrFail({ id: cohort.courseId });
    const deadline = new Date(now.getTime() + this.config.offerResponseDays * 24 * 3600_000);
    for (const app of next) {
      app.status = ApplicationStatus.OFFERED;
      app.waitlistPosition = null;
      app.offerDeadline = deadline;
      await applications.update({ id: app.id, status: ApplicationStatus.WAITLISTED }, { status: app.status, waitlistPosition: null, offerDeadline: deadline, updatedAt: now });
      await recordMove(ctx, app, ApplicationStatus.WAITLISTED, 'waitlist_promoted', actorId);
    }
    await this.notices.notifyMembers(
      ctx,
      next.map((a) => ({ accountId: a.accountId, cohortId: cohort.id, mail: a.emailAlerts, ...offerNotice(course, cohort.academicYear, deadline) })),
    );
    return next.length;
  }

  /** Offers whose deadline passed lapse, and their seats move down the waitlist. The caller holds the cohort's lock. */
  async lapseOffers(ctx: Ctx, cohort: Cohort): Promise<number> {
    const now = ctx.now;
    const applications = repo(ctx, Application);
    const lapsed = await applications.find({ where: { cohortId: cohort.id, status: ApplicationStatus.OFFERED, offerDeadline: LessThanOrEqual(now) } });
    for (const app of lapsed) {
      app.status = ApplicationStatus.LAPSED;
      const moved = await applications.update({ id: app.id, status: ApplicationStatus.OFFERED }, { status: app.status, updatedAt: now });
      if (moved.affected) await recordMove(ctx, app, ApplicationStatus.OFFERED, 'offer_lapsed', null);
    }
    return lapsed.length;
  }

  /**
   * The background job (every instance, from time to time): each cohort with overdue offers
   * is handled in a transaction of its own under the cohort's lock, so instances never
   * lapse or promote twice.
   */
  async processDeadlines(now: Date): Promise<number> {
    const due = await this.system.read(
      (ctx) =>
        repo(ctx, Application)
          .createQueryBuilder('a')
          .select('DISTINCT a.cohortId', 'cohortId')
          .where('a.status = :offered AND a.offerDeadline <= :now', { offered: ApplicationStatus.OFFERED, now })
          .getRawMany<{ cohortId: number }>(),
      now,
    );
    let moved = 0;
    for (const { cohortId } of due) {
      moved += await this.system.transaction(now, async (ctx) => {
        const cohort = await repo(ctx, Cohort).findOne({ where: { id: Number(cohortId) }, ...lockMode(ctx.em) });
        if (!cohort) return 0;
        const lapsed = await this.lapseOffers(ctx, cohort);
        await this.fillFromWaitlist(ctx, cohort, null);
        return lapsed;
      });
    }
    return moved;
  }

  /** The member takes or declines an offered seat. */
  async respond(ctx: Ctx, applicationId: string, accept: boolean): Promise<Application> {
    const mine = await this.applications.mine(ctx, applicationId);
    const cohort = await repo(ctx, Cohort).findOne({ where: { id: mine.cohortId }, ...lockMode(ctx.em) });
    if (!cohort) throw notFound('cohort');
    const none = () => conflict('offer.none', 'There is no offer to answer on this application.');
    // Before the announcement every applicant gets the same answer, whatever the selection decided.
    if (!resultsAnnounced(cohort)) throw none();
    // Overdue offers lapse first; a refusal that follows keeps that lapse (keepWrites).
    if (await this.lapseOffers(ctx, cohort)) await this.fillFromWaitlist(ctx, cohort, null);
    const app = await repo(ctx, Application).findOneOrFail({ where: { id: mine.id }, ...lockMode(ctx.em) });
    if (app.status === ApplicationStatus.LAPSED) throw keepingWrites(conflict('offer.lapsed', 'The deadline to answer this offer has passed.'));
    if (app.status !== ApplicationStatus.OFFERED) throw keepingWrites(none());
    if (!seatsMovable(cohort, ctx.now)) throw keepingWrites(conflict('offer.closed', 'Offers for this cohort can no longer be answered.'));
    if (accept) {
      const studentNumber = await this.nextStudentNumber(ctx, cohort.fieldCode, cohort.academicYear);
      await repo(ctx, Enrollment).insert({ applicationId: app.id, cohortId: cohort.id, accountId: app.accountId, studentNumber, enrolledAt: ctx.now, withdrawnAt: null });
      app.status = ApplicationStatus.ENROLLED;
      await repo(ctx, Application).update({ id: app.id }, { status: app.status, offerDeadline: null, updatedAt: ctx.now });
      await recordMove(ctx, app, ApplicationStatus.OFFERED, 'offer_accepted', ctx.user!.accountId);
    } else {
      app.status = ApplicationStatus.DECLINED;
      await repo(ctx, Application).update({ id: app.id }, { status: app.status, offerDeadline: null, updatedAt: ctx.now });
      await recordMove(ctx, app, ApplicationStatus.OFFERED, 'offer_declined', ctx.user!.accountId);
    }
    await this.fillFromWaitlist(ctx, cohort, ctx.user!.accountId);
    ctx.audit.target('Application', app.id);
    return app;
  }

  /**
   * A student withdraws. Before the course starts the seat goes down the waitlist (the
   * application is cancelled). Once it has started this is a withdrawal (退学): it needs a reason
   * category (without one: CONFLICT enrollment.started, as before), keeps the application as it
   * is, and records the reason, the text and the date on the enrollment. After the end: refused.
   */
  async withdraw(ctx: Ctx, applicationId: string, reason: WithdrawalReason | null = null, text: string | null = null): Promise<Application> {
    const mine = await this.applications.mine(ctx, applicationId);
    const cohort = await repo(ctx, Cohort).findOne({ where: { id: mine.cohortId }, ...lockMode(ctx.em) });
    if (!cohort) throw notFound('cohort');
    const app = await repo(ctx, Application).findOneOrFail({ where: { id: mine.id }, ...lockMode(ctx.em) });
    if (app.status !== ApplicationStatus.ENROLLED) throw conflict('enrollment.none', 'You are not enrolled in this cohort.');
    if (tokyoToday(ctx.now) >= cohort.startsOn) {
      if (!reason) throw conflict('enrollment.started', 'The course has started; withdrawing now (退学) needs a reason category.');
      const enrollment = await repo(ctx, Enrollment).findOneByOrFail({ applicationId: app.id });
      await recordWithdrawal(ctx, cohort, enrollment, reason, text, ctx.user!.accountId);
      return app;
    }
    app.status = ApplicationStatus.CANCELLED;
    await repo(ctx, Application).update({ id: app.id }, { status: app.status, updatedAt: ctx.now });
    await repo(ctx, Enrollment).update(
      { applicationId: app.id },
      { withdrawnAt: ctx.now, withdrawnBy: ctx.user!.accountId, ...(reason ? { withdrawalReason: reason, withdrawalText: cleanText(text) } : {}) },
    );
    await recordMove(ctx, app, ApplicationStatus.ENROLLED, 'withdrew_before_start', ctx.user!.accountId);
    await this.lapseOffers(ctx, cohort);
    await this.fillFromWaitlist(ctx, cohort, ctx.user!.accountId);
    ctx.audit.target('Application', app.id);
    return app;
  }

  /** Staff trigger for the deadline sweep of one cohort (the background job does the same). */
  async processCohortDeadlines(ctx: Ctx, cohortId: string): Promise<Cohort> {
    const cohort = await this.catalog.getCohort(ctx, cohortId, { lock: 'write' });
    await this.lapseOffers(ctx, cohort);
    await this.fillFromWaitlist(ctx, cohort, ctx.user!.accountId);
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  async roster(ctx: Ctx, cohortId: string): Promise<Enrollment[]> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    return repo(ctx, Enrollment).find({ where: { cohortId: cohort.id }, order: { studentNumber: 'ASC' } });
  }

  /**
   * CSV of the roster, for the course's staff (UTF-8 with a BOM, for spreadsheet software). JAPANESE: Japanese headers and
   * status words, dates as 2026/04/10 (Tokyo); MACHINE: English keys and ISO dates. Each export is audited with the records it held.
   */
  async rosterCsv(ctx: Ctx, cohortId: string, format: RosterCsvFormat = RosterCsvFormat.JAPANESE): Promise<string> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const roster = await repo(ctx, Enrollment).find({ where: { cohortId: cohort.id }, order: { studentNumber: 'ASC' } });
    const accounts = roster.length ? await repo(ctx, Account).findBy({ id: In(roster.map((r) => r.accountId)) }) : [];
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const words = format === RosterCsvFormat.MACHINE ? null : ROSTER_WORDS[format];
    const day = (d: Date | null) => (d ? (words ? tokyoToday(d).replace(/-/g, '/') : tokyoToday(d)) : '');
    const today = tokyoToday(ctx.now);
    const status = (r: Enrollment): string => {
      if (!words) return r.withdrawnAt ? 'withdrawn' : 'enrolled';
      if (r.withdrawnAt) return tokyoToday(r.withdrawnAt) < cohort.startsOn ? words.cancelled : words.withdrew;
      return today < cohort.startsOn ? words.planned : today > cohort.endsOn ? words.finished : words.attending;
    };
    const header = words ? words.header : ['studentNumber', 'name', 'nameKana', 'status', 'enrolledOn', 'withdrawnOn'];
    const lines = [header];
    for (const r of roster) {
      const a = byId.get(r.accountId);
      lines.push([r.studentNumber, a?.name ?? '', a?.nameKana ?? '', status(r), day(r.enrolledAt), day(r.withdrawnAt)]);
    }
    ctx.audit.add({
      action: 'roster.export',
      outcome: 'success',
      targetType: 'Enrollment',
      targetIds: roster.map((r) => r.id),
      subjectIds: roster.map((r) => r.accountId),
      fields: ['studentNumber', 'name', 'nameKana'],
    });
    return csvDocument(lines);
  }
}

function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > REASON_MAX) throw badField('text', 'withdrawal.textTooLong', `Too long (up to ${REASON_MAX} characters).`);
  return trimmed || null;
}

/**
 * Withdrawal (退学) of a student whose course has started, by the student or by staff. The caller
 * holds the cohort's lock; the enrollment is written with a compare-and-set (withdrawnAt still
 * null), so two withdrawals never both count. Refused once the course has ended.
 */
export async function recordWithdrawal(
  ctx: Ctx,
  cohort: Cohort,
  enrollment: Enrollment,
  reason: WithdrawalReason,
  text: string | null | undefined,
  actorId: number | null,
): Promise<Enrollment> {
  const withdrawalText = cleanText(text);
  if (enrollment.withdrawnAt) throw conflict('withdrawal.already', 'This student has already withdrawn.');
  if (tokyoToday(ctx.now) < cohort.startsOn) throw conflict('withdrawal.notStarted', 'The course has not started: the student gives up the seat from my page.');
  if (cohort.status === CohortStatus.FINISHED || tokyoToday(ctx.now) > cohort.endsOn)
    throw conflict('withdrawal.ended', 'The course has ended; a withdrawal can no longer be recorded.');
  const values = { withdrawnAt: ctx.now, withdrawalReason: reason, withdrawalText, withdrawnBy: actorId };
  const written = await repo(ctx, Enrollment).createQueryBuilder().update().set(values).where('id = :id AND withdrawnAt IS NULL', { id: enrollment.id }).execute();
  if (!written.affected) throw conflict('withdrawal.already', 'This student has already withdrawn.');
  ctx.audit.target('Enrollment', enrollment.id);
  return Object.assign(enrollment, values);
}
