import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { Cohort, type CatalogService } from '../catalog';
import { Enrollment } from '../intake';
import { Attendance } from './attendance.entity';
import { AttendanceStatus, DEFAULT_ATTENDANCE_STATUSES } from './attendance-status.entity';
import { STATUS_LABELS } from './attendance-import.service';
import { effectiveStatuses, recordAttendance } from './attendance-write';
import { ClassSession } from './class-session.entity';
import type { ClassSessionService } from './class-session.service';
import type { AttendanceCell, AttendanceGrid, CourseAttendanceStatus, MyAttendance, SessionAttendance } from './attendance.types';

/** The status a roster student has on the sheet before anything is recorded. */
export const DEFAULT_STATUS = 'present';

/** Attendance of a class session: the sheet staff fill in, and saving it. */
export class AttendanceService {
  constructor(
    private readonly sessions: ClassSessionService,
    private readonly catalog: CatalogService,
  ) {}

  /** The session's students: enrollments of its cohort not withdrawn before it starts, by student number. */
  private async roster(ctx: Ctx, session: ClassSession): Promise<Enrollment[]> {
    return repo(ctx, Enrollment)
      .createQueryBuilder('e')
      .where('e.cohortId = :cohortId', { cohortId: session.cohortId })
      .andWhere('(e.withdrawnAt IS NULL OR e.withdrawnAt > :startsAt)', { startsAt: session.startsAt })
      .orderBy('e.studentNumber', 'ASC')
      .getMany();
  }

  async sessionAttendance(ctx: Ctx, classSessionId: string): Promise<SessionAttendance> {
    const session = await this.sessions.get(ctx, classSessionId);
    const roster = await this.roster(ctx, session);
    const records = new Map((await repo(ctx, Attendance).find({ where: { classSessionId: session.id } })).map((a) => [a.enrollmentId, a]));
    return {
      session,
      rows: roster.map((enrollment) => {
        const attendance = records.get(enrollment.id) ?? null;
        return { id: attendance?.id, accountId: enrollment.accountId, enrollment, attendance, recorded: !!attendance, statusCode: attendance?.statusCode ?? DEFAULT_STATUS };
      }),
    };
  }

  /**
   * Saves a session's sheet: each listed student gets the status given, every other roster
   * student is recorded `present`. All through recordAttendance, in the mutation's transaction.
   */
  async saveSessionAttendance(ctx: Ctx, classSessionId: string, entries: { enrollmentId: string; statusCode: string }[], reason?: string | null): Promise<SessionAttendance> {
    const session = await this.sessions.get(ctx, classSessionId);
    const roster = await this.roster(ctx, session);
    const given = new Map<number, string>();
    entries.forEach((entry, i) => {
      const id = /^\d{1,10}$/.test(entry.enrollmentId) ? Number(entry.enrollmentId) : NaN;
      if (!roster.some((e) => e.id === id)) throw badField(`entries.${i}.enrollmentId`, 'attendance.notStudent', 'This person is not a student of the class session’s cohort.');
      given.set(id, entry.statusCode);
    });
    await recordAttendance(
      ctx,
      roster.map((e) => ({ classSessionId: session.id, enrollmentId: e.id, statusCode: given.get(e.id) ?? DEFAULT_STATUS })),
      { source: 'entry', reason },
    );
    return this.sessionAttendance(ctx, String(session.id));
  }

  /** The effective attendance statuses of a course: the defaults, replaced per code by the course's own rows, ordered. */
  async statuses(ctx: Ctx, courseId: string): Promise<CourseAttendanceStatus[]> {
    const course = await this.catalog.getCourse(ctx, courseId);
    return this.effective(ctx, course.id);
  }

  private async effective(ctx: Ctx, courseId: number): Promise<CourseAttendanceStatus[]> {
    return ((await effectiveStatuses(ctx.em, [courseId])).get(courseId) ?? []).map((s) => ({
      courseId,
      code: s.code,
      countsAsAttended: s.countsAsAttended,
      sortOrder: s.sortOrder,
      courseOwn: s.courseId === courseId,
      label: s.label ?? null,
      labelEn: s.labelEn ?? null,
    }));
  }

  /**
   * Sets whether a status code counts as attended for one course (adding the code when it is new),
   * until a session of any cohort of the course has started: then CONFLICT 'attendance.statusesLocked'.
   */
  async setCourseStatus(
    ctx: Ctx,
    courseId: string,
    code: string,
    countsAsAttended: boolean,
    names: { label?: string | null; labelEn?: string | null } = {},
  ): Promise<CourseAttendanceStatus[]> {
    if (!/^[a-z][a-zA-Z]{0,29}$/.test(code)) throw badField('code', 'validation.format', 'A status code is a word of letters, starting lower-case (up to 30).');
    // The course first, in the caller's scope: another field's course is not found whatever the input.
    const course = await this.catalog.getCourse(ctx, courseId, true);
    const isDefault = DEFAULT_ATTENDANCE_STATUSES.some((s) => s.code === code);
    const label = names.label?.trim() || null;
    const labelEn = names.labelEn?.trim() || null;
    // A new code needs a name people read: the clients only know the defaults' names.
    if (!isDefault && !label) throw badField('label', 'validation.required', 'Give the name of the new status.');
    if (label && (label.length > 20 || (STATUS_LABELS[label] && STATUS_LABELS[label] !== code)))
      throw badField('label', 'validation.format', 'The name is up to 20 characters and not the name of another status.');
    if (labelEn && labelEn.length > 40) throw badField('labelEn', 'validation.format', 'The English name is up to 40 characters.');
    if (await this.sessions.courseHasStarted(ctx, course.id)) {
      throw conflict('attendance.statusesLocked', 'A class session of this course has already started, so its attendance statuses can no longer be changed.');
    }
    const current = (await effectiveStatuses(ctx.em, [course.id])).get(course.id) ?? [];
    const rows = repo(ctx, AttendanceStatus);
    const own = await rows.findOne({ where: { courseId: course.id, code } });
    if (label && current.some((s) => s.code !== code && s.label === label)) throw badField('label', 'validation.format', 'Another status of the course has this name.');
    if (own) await rows.update({ id: own.id }, { countsAsAttended, label: isDefault ? null : label, labelEn: isDefault ? null : labelEn });
    else {
      const existing = current.find((s) => s.code === code);
      const sortOrder = existing?.sortOrder ?? Math.max(0, ...current.map((s) => s.sortOrder)) + 1;
      await rows.insert({ courseId: course.id, code, countsAsAttended, sortOrder, label: isDefault ? null : label, labelEn: isDefault ? null : labelEn });
    }
    ctx.audit.target('Course', course.id);
    return this.effective(ctx, course.id);
  }

  /**
   * A cohort's grid in a fixed number of statements whatever its size: the cohort (scoped), its
   * sessions, its students and its attendance rows. Cells of students withdrawn before a session are null.
   */
  async grid(ctx: Ctx, cohortId: string): Promise<AttendanceGrid> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const sessions = await repo(ctx, ClassSession).find({ where: { cohortId: cohort.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const students = await repo(ctx, Enrollment).find({ where: { cohortId: cohort.id }, order: { studentNumber: 'ASC', id: 'ASC' } });
    const records = new Map<string, Attendance>();
    if (sessions.length > 0) {
      const rows = await repo(ctx, Attendance)
        .createQueryBuilder('a')
        .innerJoin(ClassSession, 's', 's.id = a.classSessionId')
        .where('s.cohortId = :cohortId', { cohortId: cohort.id })
        .getMany();
      for (const a of rows) records.set(`${a.classSessionId}:${a.enrollmentId}`, a);
    }
    const cells: AttendanceCell[] = [];
    for (const session of sessions) {
      for (const student of students) {
        const a = records.get(`${session.id}:${student.id}`);
        cells.push({ id: a?.id, accountId: student.accountId, classSessionId: session.id, enrollmentId: student.id, statusCode: a?.statusCode ?? null });
      }
    }
    return { cohortId: cohort.id, sessions, students, cells };
  }

  /** Saves grid cells of one cohort through recordAttendance (source `grid`), in one transaction. */
  async saveGrid(ctx: Ctx, cohortId: string, cells: { classSessionId: string; enrollmentId: string; statusCode: string }[], reason?: string | null): Promise<AttendanceGrid> {
    const cohort = await this.catalog.getCohort(ctx, cohortId, { lock: 'read' });
    const entries = cells.map((cell, i) => {
      const classSessionId = /^\d{1,10}$/.test(cell.classSessionId) ? Number(cell.classSessionId) : NaN;
      const enrollmentId = /^\d{1,10}$/.test(cell.enrollmentId) ? Number(cell.enrollmentId) : NaN;
      if (Number.isNaN(enrollmentId)) throw badField(`cells.${i}.enrollmentId`, 'attendance.notStudent', 'This person is not a student of the class session’s cohort.');
      if (Number.isNaN(classSessionId)) throw notFound('class session');
      return { classSessionId, enrollmentId, statusCode: cell.statusCode };
    });
    const sessionIds = [...new Set(entries.map((e) => e.classSessionId))];
    if (sessionIds.length > 0) {
      const found = await repo(ctx, ClassSession).find({ where: { id: In(sessionIds), cohortId: cohort.id }, select: { id: true } });
      // A session of another cohort is, for this grid, one that does not exist.
      if (found.length !== sessionIds.length) throw notFound('class session');
    }
    await recordAttendance(ctx, entries, { source: 'grid', reason });
    return this.grid(ctx, String(cohort.id));
  }

  /** The member's own attendance in a cohort they are enrolled in: every session with their status (null: not recorded). */
  async mine(ctx: Ctx, cohortId: string): Promise<MyAttendance> {
    const id = parseId(cohortId, 'cohort');
    const enrollment = await repo(ctx, Enrollment).findOne({ where: { cohortId: id, accountId: ctx.user!.accountId } });
    if (!enrollment) throw notFound('cohort');
    const sessions = await repo(ctx, ClassSession).find({ where: { cohortId: id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const records = new Map((await repo(ctx, Attendance).find({ where: { enrollmentId: enrollment.id } })).map((a) => [a.classSessionId, a]));
    return {
      cohortId: id,
      enrollment,
      statuses: await this.effective(ctx, (await repo(ctx, Cohort).findOneByOrFail({ id })).courseId),
      sessions: sessions.map((session) => {
        const attendance = records.get(session.id) ?? null;
        return { session, attendance, statusCode: attendance?.statusCode ?? null };
      }),
    };
  }
}
