import { In, IsNull } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { toTokyoIso, tokyoToday } from '../../core/graphql/scalars';
import { lockMode } from '../../core/tx';
import { Permission } from '../permissions';
import { Application, Enrollment } from '../intake';
import { Cohort, Course, type CatalogService } from '../catalog';
import { NoticeKind, type MemberNotice, type NoticeService } from '../notices';
import { ClassSession } from './class-session.entity';
import { ClassSessionChange, ClassSessionChangeKind } from './class-session-change.entity';
import { PATTERN_MAX, type ClassSessionInput, type ClassSessionPatternInput, type ClassSessionUpdateInput } from './class-session.inputs';
import type { ClassSessionDraft } from './class-session.types';

const DAY_MS = 24 * 3600_000;

/** A Tokyo wall-clock date and time as an instant (Tokyo has no daylight saving: always +09:00). */
export const tokyoInstant = (date: string, time: string): Date => new Date(`${date}T${time}:00+09:00`);

const trimmedReason = (reason: string | null | undefined): string | null => (reason?.trim() ? reason.trim() : null);

/** Class sessions of a cohort: reading one within the caller's reach, planning, rescheduling and cancelling. */
export class ClassSessionService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly notices: NoticeService,
  ) {}

  /**
   * One session the caller may see: staff with AttendanceRecord within their field (the
   * cohort is read through catalog.getCohort, which scopes), a member only of a cohort they are
   * enrolled in. NOT_FOUND otherwise, the same as for a session that does not exist.
   */
  async get(ctx: Ctx, id: string | number, options: { lock?: boolean } = {}): Promise<ClassSession> {
    const sessionId = parseId(id, 'class session');
    const session = await repo(ctx, ClassSession).findOne({ where: { id: sessionId }, ...(options.lock ? lockMode(ctx.em) : {}) });
    if (!session) throw notFound('class session');
    if (ctx.user?.permissions.has(Permission.AttendanceRecord)) {
      await this.catalog.getCohort(ctx, session.cohortId).catch(() => {
        throw notFound('class session');
      });
      return session;
    }
    if (ctx.user?.permissions.has(Permission.StudyOwn)) {
      const enrolled = await repo(ctx, Enrollment).exists({ where: { cohortId: session.cohortId, accountId: ctx.user.accountId } });
      if (enrolled) return session;
    }
    throw notFound('class session');
  }

  private checkTimes(cohort: Pick<Cohort, 'startsOn' | 'endsOn'>, startsAt: Date, endsAt: Date): void {
    if (endsAt.getTime() <= startsAt.getTime()) throw badField('endsAt', 'validation.dateOrder', 'The end must be after the start.');
    const day = tokyoToday(startsAt);
    if (day < cohort.startsOn || day > cohort.endsOn) {
      throw badField('startsAt', 'classSession.outsideCohort', 'A class session must fall within the cohort’s period.');
    }
  }

  async create(ctx: Ctx, input: ClassSessionInput): Promise<ClassSession> {
    const cohort = await this.catalog.getCohort(ctx, input.cohortId, { lock: 'read' });
    this.checkTimes(cohort, input.startsAt, input.endsAt);
    const sessions = repo(ctx, ClassSession);
    return sessions.save(
      sessions.create({
        cohortId: cohort.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        title: input.title.trim(),
        venue: input.venue.trim(),
        kind: input.kind,
        countsTowardCompletion: input.countsTowardCompletion,
        requiredForCompletion: input.requiredForCompletion ?? false,
        cancelledAt: null,
        cancelReason: null,
      }),
    );
  }

  /**
   * Changes a planned session. A new time or venue is a reschedule: it needs a reason, is kept
   * as a class_session_change row and tells the students. Other edits are kept as EDITED.
   * A cancelled session cannot be changed ('classSession.cancelled').
   */
  async update(ctx: Ctx, input: ClassSessionUpdateInput): Promise<ClassSession> {
    const session = await this.get(ctx, input.id, { lock: true });
    if (session.cancelledAt) throw conflict('classSession.cancelled', 'This class session was cancelled and can no longer be changed.');
    const cohort = await this.catalog.getCohort(ctx, session.cohortId);
    const startsAt = input.startsAt ?? session.startsAt;
    const endsAt = input.endsAt ?? session.endsAt;
    const venue = input.venue != null ? input.venue.trim() : session.venue;
    this.checkTimes(cohort, startsAt, endsAt);
    const rescheduled = startsAt.getTime() !== session.startsAt.getTime() || endsAt.getTime() !== session.endsAt.getTime() || venue !== session.venue;
    const next = {
      title: input.title != null ? input.title.trim() : session.title,
      kind: input.kind ?? session.kind,
      countsTowardCompletion: input.countsTowardCompletion ?? session.countsTowardCompletion,
      requiredForCompletion: input.requiredForCompletion ?? session.requiredForCompletion,
    };
    const edited = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== session[k]);
    if (!rescheduled && !edited) return session;
    const reason = trimmedReason(input.reason);
    if (rescheduled && !reason) throw badField('reason', 'classSession.reasonRequired', 'Give a reason for moving the class session; the students are told.');
    await repo(ctx, ClassSessionChange).insert({
      classSessionId: session.id,
      at: ctx.now,
      actorId: ctx.user?.accountId ?? null,
      kind: rescheduled ? ClassSessionChangeKind.RESCHEDULED : ClassSessionChangeKind.EDITED,
      fromStartsAt: session.startsAt,
      toStartsAt: startsAt,
      fromEndsAt: session.endsAt,
      toEndsAt: endsAt,
      fromVenue: session.venue,
      toVenue: venue,
      reason,
    });
    const before = { startsAt: session.startsAt, venue: session.venue };
    Object.assign(session, next, { startsAt, endsAt, venue, updatedAt: ctx.now });
    await repo(ctx, ClassSession).update({ id: session.id }, { ...next, startsAt, endsAt, venue, updatedAt: ctx.now });
    if (rescheduled) {
      await this.tellStudents(ctx, cohort, session, 'notice.classSessionRescheduled', {
        fromStartsAt: toTokyoIso(before.startsAt),
        fromVenue: before.venue,
        reason: reason!,
      });
    }
    ctx.audit.target('ClassSession', session.id);
    return session;
  }

  /** Cancels a session (with a reason): it stays, leaves the completion denominator, and the students are told. */
  async cancel(ctx: Ctx, id: string, reasonText: string): Promise<ClassSession> {
    const session = await this.get(ctx, id, { lock: true });
    const reason = trimmedReason(reasonText);
    if (!reason) throw badField('reason', 'validation.required', 'Give the reason for the cancellation; the students are told.');
    if (reason.length > 300) throw badField('reason', 'validation.tooLong', 'Write at most 300 characters.');
    if (session.cancelledAt) throw conflict('classSession.alreadyCancelled', 'This class session has already been cancelled.');
    const cohort = await this.catalog.getCohort(ctx, session.cohortId);
    await repo(ctx, ClassSession).update({ id: session.id }, { cancelledAt: ctx.now, cancelReason: reason, updatedAt: ctx.now });
    await repo(ctx, ClassSessionChange).insert({
      classSessionId: session.id,
      at: ctx.now,
      actorId: ctx.user?.accountId ?? null,
      kind: ClassSessionChangeKind.CANCELLED,
      fromStartsAt: session.startsAt,
      toStartsAt: session.startsAt,
      fromEndsAt: session.endsAt,
      toEndsAt: session.endsAt,
      fromVenue: session.venue,
      toVenue: session.venue,
      reason,
    });
    Object.assign(session, { cancelledAt: ctx.now, cancelReason: reason, updatedAt: ctx.now });
    await this.tellStudents(ctx, cohort, session, 'notice.classSessionCancelled', { reason });
    ctx.audit.target('ClassSession', session.id);
    return session;
  }

  /** A system notice (a message key with parameters) to each student of the cohort not withdrawn, with a mail when their application asked for mails. */
  private async tellStudents(ctx: Ctx, cohort: Cohort, session: ClassSession, messageKey: string, extra: Record<string, string>): Promise<void> {
    const course = await repo(ctx, Course).findOneByOrFail({ id: cohort.courseId });
    const students = await repo(ctx, Enrollment).find({ where: { cohortId: cohort.id, withdrawnAt: IsNull() }, select: { id: true, accountId: true, applicationId: true } });
    if (students.length === 0) return;
    const apps = await repo(ctx, Application).find({ where: { id: In(students.map((s) => s.applicationId)) }, select: { id: true, emailAlerts: true } });
    const mailOf = new Map(apps.map((a) => [a.id, a.emailAlerts]));
    const params = {
      courseTitle: course.title,
      courseTitleEn: course.titleEn ?? course.title,
      academicYear: String(cohort.academicYear),
      sessionTitle: session.title,
      startsAt: toTokyoIso(session.startsAt),
      endsAt: toTokyoIso(session.endsAt),
      venue: session.venue,
      ...extra,
    };
    const notices: MemberNotice[] = students.map((s) => ({
      accountId: s.accountId,
      cohortId: cohort.id,
      kind: NoticeKind.GENERAL,
      messageKey,
      params,
      mail: mailOf.get(s.applicationId) ?? true,
    }));
    await this.notices.notifyMembers(ctx, notices);
  }

  /** The sessions a weekly pattern gives, checked against the cohort's period; nothing is saved. */
  async preview(ctx: Ctx, pattern: ClassSessionPatternInput, options: { lock?: boolean } = {}): Promise<{ cohort: Cohort; drafts: ClassSessionDraft[] }> {
    const cohort = await this.catalog.getCohort(ctx, pattern.cohortId, options.lock ? { lock: 'read' } : {});
    const from = pattern.from ?? cohort.startsOn;
    const to = pattern.to ?? cohort.endsOn;
    if (to < from) throw badField('to', 'validation.dateOrder', 'The last date must not be before the first.');
    if (from < cohort.startsOn) throw badField('from', 'classSession.outsideCohort', 'A class session must fall within the cohort’s period.');
    if (to > cohort.endsOn) throw badField('to', 'classSession.outsideCohort', 'A class session must fall within the cohort’s period.');
    if (pattern.endTime <= pattern.startTime) throw badField('endTime', 'validation.dateOrder', 'The end must be after the start.');
    const weekdays = new Set(pattern.weekdays);
    const skip = new Set(pattern.skipDates ?? []);
    const drafts: ClassSessionDraft[] = [];
    const last = new Date(`${to}T00:00:00Z`).getTime();
    for (let t = new Date(`${from}T00:00:00Z`).getTime(); t <= last; t += DAY_MS) {
      const day = new Date(t);
      const date = day.toISOString().slice(0, 10);
      if (!weekdays.has(day.getUTCDay()) || skip.has(date)) continue;
      if (drafts.length === PATTERN_MAX) {
        throw badField('to', 'classSession.tooMany', `A pattern may create at most ${PATTERN_MAX} class sessions.`);
      }
      drafts.push({
        date,
        startsAt: tokyoInstant(date, pattern.startTime),
        endsAt: tokyoInstant(date, pattern.endTime),
        title: pattern.title.trim(),
        venue: pattern.venue.trim(),
        kind: pattern.kind,
        countsTowardCompletion: pattern.countsTowardCompletion,
      });
    }
    if (drafts.length === 0) throw badField('weekdays', 'classSession.noDates', 'The pattern gives no class session.');
    return { cohort, drafts };
  }

  /** Creates every session of a pattern, in the mutation's one transaction. */
  async createFromPattern(ctx: Ctx, pattern: ClassSessionPatternInput): Promise<ClassSession[]> {
    const { cohort, drafts } = await this.preview(ctx, pattern, { lock: true });
    const sessions = repo(ctx, ClassSession);
    const rows = drafts.map((d) =>
      sessions.create({
        cohortId: cohort.id,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        title: d.title,
        venue: d.venue,
        kind: d.kind,
        countsTowardCompletion: d.countsTowardCompletion,
        requiredForCompletion: false,
        cancelledAt: null,
        cancelReason: null,
      }),
    );
    return sessions.save(rows, { chunk: 50 });
  }

  /** Whether any cohort of the course has a session that has started (attendance statuses are then fixed). */
  async courseHasStarted(ctx: Ctx, courseId: number): Promise<boolean> {
    return repo(ctx, ClassSession)
      .createQueryBuilder('s')
      .innerJoin(Cohort, 'c', 'c.id = s.cohortId')
      .where('c.courseId = :courseId', { courseId })
      .andWhere('s.startsAt <= :now', { now: ctx.now })
      .getExists();
  }
}
