import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { tokyoToday } from '../../core/graphql/scalars';
import { placeholders, readRows } from '../../core/rows';
import { fieldScope } from '../../core/scope';
import { NOT_BLANK, REASON_MAX } from '../../core/validation/rules';
import type { SystemWork } from '../../core/system';
import { Cohort, CohortStatus, Course, type CatalogService } from '../catalog';
import { Application, Enrollment, recordWithdrawal, type WithdrawalReason } from '../intake';
import { NoticeKind, type MemberNotice, type NoticeService } from '../notices';
import { isDuplicateKey } from '../accounts';
import { ClassSession } from './class-session.entity';
import { AttendanceStatus } from './attendance-status.entity';
import { Completion, CompletionOutcome } from './completion.entity';
import { CompletionRule } from './completion-rule.entity';
import { defaultRule, type RuleTerms } from './completion-rule.defaults';
import { ProgressNotice, ProgressNoticeKind } from './progress-notice.entity';
import { completionReasons, computeProgress, ProgressState, type SessionFacts } from './progress';
import type { CertificateIssuer } from './learning.contract';
import type { CompletionRuleInput } from './completion.inputs';
import type { CohortAtRisk, CompletionPreview, CompletionPreviewRow, CompletionRuleInfo, CompletionRunResult, StudentProgress } from './completion.types';

/** Everything progress needs of one cohort, read in a fixed number of statements whatever its size. */
interface CohortFacts {
  cohort: Cohort;
  rule: CompletionRuleInfo;
  sessions: SessionFacts[];
  enrollments: Enrollment[];
  /** enrollmentId → classSessionId → status code */
  marks: Map<number, Map<number, string>>;
  countsAsAttended: (code: string) => boolean;
}

/** The system notices of progress (member-client locales: notice.<key>.title / .body). */
export const PROGRESS_AT_RISK_KEY = 'notice.progressAtRisk';
export const PROGRESS_NOT_ACHIEVABLE_KEY = 'notice.progressNotAchievable';
const NOTICE_KEY: Record<ProgressNoticeKind, string> = {
  [ProgressNoticeKind.AT_RISK]: PROGRESS_AT_RISK_KEY,
  [ProgressNoticeKind.NOT_ACHIEVABLE]: PROGRESS_NOT_ACHIEVABLE_KEY,
};

export class CompletionService {
  private issuer: CertificateIssuer | null = null;
  /** Progress notices another round had already claimed (a duplicate key on progress_notice): for monitoring, and the race test. */
  claimsLost = 0;

  constructor(
    private readonly catalog: CatalogService,
    private readonly notices: NoticeService,
    private readonly system: SystemWork,
  ) {}

  /** Wired in learning/index.ts: issues the certificates of the completed. */
  useCertificates(issuer: CertificateIssuer): void {
    this.issuer = issuer;
  }

  // ── rules ────────────────────────────────────────────────────────────────

  /** The course's current rule: its newest version, or version 0 (the course's own minimum rate). */
  async ruleOf(ctx: Ctx, course: Pick<Course, 'id'> & Partial<Pick<Course, 'minAttendanceRate'>>): Promise<CompletionRuleInfo> {
    const [row] = await readRows(ctx.em, CompletionRule, 'r', 'WHERE r.courseId = ? ORDER BY r.version DESC LIMIT 1', [course.id]);
    if (row) return ruleInfo(row);
    const minAttendanceRate =
      course.minAttendanceRate ??
      Number(((await ctx.em.query('SELECT c.minAttendanceRate AS rate FROM course c WHERE c.id = ?', [course.id])) as { rate: number | string }[])[0].rate);
    return { courseId: course.id, ...defaultRule({ minAttendanceRate }), createdAt: null, createdBy: null };
  }

  async completionRule(ctx: Ctx, courseId: string): Promise<CompletionRuleInfo> {
    return this.ruleOf(ctx, await this.catalog.getCourse(ctx, courseId));
  }

  /** A new version each time; the course row is locked so versions never collide. */
  async setCompletionRule(ctx: Ctx, input: CompletionRuleInput): Promise<CompletionRuleInfo> {
    const course = await this.catalog.getCourse(ctx, input.courseId, true);
    const current = await this.ruleOf(ctx, course);
    const row = {
      courseId: course.id,
      version: current.version + 1,
      minRatePercent: input.minRatePercent,
      requireMarkedSessions: input.requireMarkedSessions,
      maxAbsences: input.maxAbsences ?? null,
      createdAt: ctx.now,
      createdBy: ctx.user?.accountId ?? null,
    };
    await repo(ctx, CompletionRule).insert(row);
    ctx.audit.target('Course', course.id);
    return { ...row };
  }

  // ── progress ─────────────────────────────────────────────────────────────

  /** Sessions, students, attendance, statuses and rule of a cohort: five statements. */
  private async facts(ctx: Ctx, cohort: Cohort, onlyEnrollment?: Enrollment): Promise<CohortFacts> {
    const sessions = await readRows(ctx.em, ClassSession, 's', 'WHERE s.cohortId = ? ORDER BY s.startsAt ASC, s.id ASC', [cohort.id]);
    const enrollments = onlyEnrollment ? [onlyEnrollment] : await readRows(ctx.em, Enrollment, 'e', 'WHERE e.cohortId = ? ORDER BY e.studentNumber ASC', [cohort.id]);
    const marks = new Map<number, Map<number, string>>(enrollments.map((e) => [e.id, new Map()]));
    const rows: { classSessionId: number; enrollmentId: number; statusCode: string }[] = await ctx.em.query(
      onlyEnrollment
        ? 'SELECT a.classSessionId AS classSessionId, a.enrollmentId AS enrollmentId, a.statusCode AS statusCode FROM attendance a WHERE a.enrollmentId = ?'
        : 'SELECT a.classSessionId AS classSessionId, a.enrollmentId AS enrollmentId, a.statusCode AS statusCode FROM attendance a INNER JOIN class_session s ON s.id = a.classSessionId WHERE s.cohortId = ?',
      [onlyEnrollment ? onlyEnrollment.id : cohort.id],
    );
    for (const r of rows) marks.get(Number(r.enrollmentId))?.set(Number(r.classSessionId), r.statusCode);
    const statuses = await readRows(ctx.em, AttendanceStatus, 'st', 'WHERE st.courseId IS NULL OR st.courseId = ?', [cohort.courseId]);
    // The course's own row of a code replaces the default row.
    const effective = new Map<string, boolean>();
    for (const s of statuses.filter((x) => x.courseId === null)) effective.set(s.code, s.countsAsAttended);
    for (const s of statuses.filter((x) => x.courseId !== null)) effective.set(s.code, s.countsAsAttended);
    const rule = await this.ruleOf(ctx, { id: cohort.courseId });
    return { cohort, rule, sessions, enrollments, marks, countsAsAttended: (code) => effective.get(code) ?? false };
  }

  private progressOf(f: CohortFacts, e: Enrollment, now: Date): StudentProgress {
    const marks = f.marks.get(e.id) ?? new Map<number, string>();
    const p = computeProgress(f.sessions, (id) => marks.get(id), f.countsAsAttended, f.rule, now, !!e.withdrawnAt);
    return {
      id: e.id,
      accountId: e.accountId,
      enrollment: e,
      state: p.state,
      achievable: p.state === ProgressState.ON_TRACK || p.state === ProgressState.AT_RISK,
      planned: p.planned,
      attended: p.attended,
      past: p.past,
      future: p.future,
      absences: p.absences,
      requiredMissed: p.requiredMissed,
      rateSoFar: p.rateSoFar,
      bestReachableRate: p.bestReachable,
      minRatePercent: f.rule.minRatePercent,
      ruleVersion: f.rule.version,
    };
  }

  /** Staff: every student of the cohort (withdrawn ones as WITHDRAWN), in student-number order. */
  async cohortProgress(ctx: Ctx, cohortId: string): Promise<StudentProgress[]> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const f = await this.facts(ctx, cohort);
    return f.enrollments.map((e) => this.progressOf(f, e, ctx.now));
  }

  async atRiskStudents(ctx: Ctx, cohortId: string): Promise<StudentProgress[]> {
    return (await this.cohortProgress(ctx, cohortId)).filter((p) => p.state === ProgressState.AT_RISK || p.state === ProgressState.NOT_ACHIEVABLE);
  }

  /**
   * Every running cohort in the caller's field scope with its students at risk or no longer able
   * to complete, in a fixed number of statements however many cohorts and students (one read of
   * each table for all cohorts). Cohorts with nobody at risk are listed too, with empty lists.
   */
  async atRiskOverview(ctx: Ctx): Promise<CohortAtRisk[]> {
    const field = fieldScope(ctx);
    const cohorts = await readRows(ctx.em, Cohort, 'c', `WHERE c.status = ?${field ? ' AND c.fieldCode = ?' : ''} ORDER BY c.startsOn ASC, c.id ASC`, [
      CohortStatus.RUNNING,
      ...(field ? [field] : []),
    ]);
    if (!cohorts.length) return [];
    const ids = cohorts.map((c) => c.id);
    const courseIds = [...new Set(cohorts.map((c) => c.courseId))];
    const sessions = await readRows(ctx.em, ClassSession, 's', `WHERE s.cohortId IN (${placeholders(ids)}) ORDER BY s.startsAt ASC, s.id ASC`, ids);
    const enrollments = await readRows(ctx.em, Enrollment, 'e', `WHERE e.cohortId IN (${placeholders(ids)}) ORDER BY e.studentNumber ASC`, ids);
    const marks = new Map<number, Map<number, string>>(enrollments.map((e) => [e.id, new Map()]));
    const rows: { classSessionId: number; enrollmentId: number; statusCode: string }[] = await ctx.em.query(
      `SELECT a.classSessionId AS classSessionId, a.enrollmentId AS enrollmentId, a.statusCode AS statusCode FROM attendance a INNER JOIN class_session s ON s.id = a.classSessionId WHERE s.cohortId IN (${placeholders(ids)})`,
      ids,
    );
    for (const r of rows) marks.get(Number(r.enrollmentId))?.set(Number(r.classSessionId), r.statusCode);
    const statuses = await readRows(ctx.em, AttendanceStatus, 'st', `WHERE st.courseId IS NULL OR st.courseId IN (${placeholders(courseIds)})`, courseIds);
    const ruleRows = await readRows(ctx.em, CompletionRule, 'r', `WHERE r.courseId IN (${placeholders(courseIds)}) ORDER BY r.version ASC`, courseIds);
    const rates: { id: number; rate: number | string }[] = await ctx.em.query(
      `SELECT c.id AS id, c.minAttendanceRate AS rate FROM course c WHERE c.id IN (${placeholders(courseIds)})`,
      courseIds,
    );
    const latest = new Map(ruleRows.map((r) => [r.courseId, r]));
    const ruleOfCourse = (courseId: number): CompletionRuleInfo => {
      const row = latest.get(courseId);
      if (row) return ruleInfo(row);
      const rate = Number(rates.find((r) => Number(r.id) === courseId)?.rate ?? 0);
      return { courseId, ...defaultRule({ minAttendanceRate: rate }), createdAt: null, createdBy: null };
    };
    return cohorts.map((cohort) => {
      const effective = new Map<string, boolean>();
      for (const s of statuses.filter((x) => x.courseId === null)) effective.set(s.code, s.countsAsAttended);
      for (const s of statuses.filter((x) => x.courseId === cohort.courseId)) effective.set(s.code, s.countsAsAttended);
      const own = enrollments.filter((e) => e.cohortId === cohort.id);
      const f: CohortFacts = {
        cohort,
        rule: ruleOfCourse(cohort.courseId),
        sessions: sessions.filter((s) => s.cohortId === cohort.id),
        enrollments: own,
        marks,
        countsAsAttended: (code) => effective.get(code) ?? false,
      };
      const progress = own.map((e) => this.progressOf(f, e, ctx.now));
      const students = progress.filter((p) => p.state === ProgressState.AT_RISK || p.state === ProgressState.NOT_ACHIEVABLE);
      return {
        cohortId: cohort.id,
        cohort,
        studentCount: progress.filter((p) => p.state !== ProgressState.WITHDRAWN).length,
        atRisk: students.filter((p) => p.state === ProgressState.AT_RISK).length,
        notAchievable: students.filter((p) => p.state === ProgressState.NOT_ACHIEVABLE).length,
        students,
      };
    });
  }

  /** The member's own progress in a cohort they are enrolled in (NOT_FOUND otherwise). */
  async myProgress(ctx: Ctx, cohortId: string): Promise<StudentProgress> {
    const id = parseId(cohortId, 'cohort');
    const [enrollment] = await readRows(ctx.em, Enrollment, 'e', 'WHERE e.cohortId = ? AND e.accountId = ?', [id, ctx.user!.accountId]);
    if (!enrollment) throw notFound('enrollment');
    const cohort = await repo(ctx, Cohort).findOneBy({ id });
    if (!cohort) throw notFound('cohort');
    const f = await this.facts(ctx, cohort, enrollment);
    return this.progressOf(f, enrollment, ctx.now);
  }

  /**
   * The job: for each running cohort, each student who has become AT_RISK or NOT_ACHIEVABLE gets
   * that notice once. The claim is the insert into progress_notice (unique per enrollment and
   * kind) in the same transaction as the notice: a duplicate key means another round sent it.
   */
  async sendProgressNotices(now: Date): Promise<number> {
    const cohorts = await this.system.read((ctx) => readRows(ctx.em, Cohort, 'h', 'WHERE h.status = ? ORDER BY h.id ASC', [CohortStatus.RUNNING]), now);
    let sent = 0;
    for (const cohort of cohorts) {
      const due = await this.system.read(async (ctx) => {
        const f = await this.facts(ctx, cohort);
        const wanted: { progress: StudentProgress; kind: ProgressNoticeKind }[] = [];
        for (const e of f.enrollments) {
          const p = this.progressOf(f, e, now);
          if (p.state === ProgressState.AT_RISK) wanted.push({ progress: p, kind: ProgressNoticeKind.AT_RISK });
          if (p.state === ProgressState.NOT_ACHIEVABLE) wanted.push({ progress: p, kind: ProgressNoticeKind.NOT_ACHIEVABLE });
        }
        if (!wanted.length) return [];
        const ids = wanted.map((w) => w.progress.id);
        const done: { enrollmentId: number; kind: string }[] = await ctx.em.query(
          `SELECT enrollmentId, kind FROM progress_notice WHERE enrollmentId IN (${placeholders(ids)})`,
          ids,
        );
        const already = new Set(done.map((d) => `${Number(d.enrollmentId)} ${d.kind}`));
        return wanted.filter((w) => !already.has(`${w.progress.id} ${w.kind}`));
      }, now);
      if (!due.length) continue;
      const course = await this.system.read((ctx) => repo(ctx, Course).findOneByOrFail({ id: cohort.courseId }), now);
      const apps = await this.system.read(
        (ctx) => repo(ctx, Application).find({ where: { id: In(due.map((d) => d.progress.enrollment.applicationId)) }, select: { id: true, emailAlerts: true } }),
        now,
      );
      const mailOf = new Map(apps.map((a) => [a.id, a.emailAlerts]));
      for (const { progress, kind } of due) {
        const notice: MemberNotice = {
          accountId: progress.accountId,
          cohortId: cohort.id,
          kind: NoticeKind.GENERAL,
          messageKey: NOTICE_KEY[kind],
          params: {
            courseTitle: course.title,
            courseTitleEn: course.titleEn ?? course.title,
            academicYear: String(cohort.academicYear),
            rate: String(progress.rateSoFar),
            minRate: String(progress.minRatePercent),
          },
          mail: mailOf.get(progress.enrollment.applicationId) ?? true,
        };
        try {
          await this.system.transaction(
            now,
            async (ctx) => {
              await repo(ctx, ProgressNotice).insert({ enrollmentId: progress.id, kind, createdAt: now });
              await this.notices.notifyMembers(ctx, [notice]);
            },
            'learning.progressNotices',
          );
          sent++;
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          this.claimsLost++;
        }
      }
    }
    return sent;
  }

  // ── the completion run ───────────────────────────────────────────────────

  private decisions(f: CohortFacts): CompletionPreviewRow[] {
    return f.enrollments
      .filter((e) => !e.withdrawnAt)
      .map((e) => {
        const marks = f.marks.get(e.id) ?? new Map<number, string>();
        const d = completionReasons(f.sessions, (id) => marks.get(id), f.countsAsAttended, f.rule);
        return {
          id: e.id,
          accountId: e.accountId,
          enrollment: e,
          outcome: d.reasons.length ? CompletionOutcome.NOT_COMPLETED : CompletionOutcome.COMPLETED,
          reasons: d.reasons,
          attended: d.attended,
          planned: d.planned,
          absences: d.absences,
          requiredMissed: d.requiredMissed,
          rate: d.planned ? Math.round((1000 * d.attended) / d.planned) / 10 : 0,
        };
      });
  }

  private summary(f: CohortFacts, rows: CompletionPreviewRow[]) {
    return {
      completed: rows.filter((r) => r.outcome === CompletionOutcome.COMPLETED).length,
      notCompleted: rows.filter((r) => r.outcome === CompletionOutcome.NOT_COMPLETED).length,
      withdrawn: f.enrollments.filter((e) => !!e.withdrawnAt).length,
    };
  }

  /** Who completes, who does not and why, with each student's figures; withdrawn students only counted. */
  async previewCompletion(ctx: Ctx, cohortId: string): Promise<CompletionPreview> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const f = await this.facts(ctx, cohort);
    const students = this.decisions(f);
    const alreadyRun = await repo(ctx, Completion).existsBy({ cohortId: cohort.id });
    return { rule: f.rule, students, ...this.summary(f, students), alreadyRun };
  }

  /**
   * Decides completion once the cohort has ended (Tokyo) or is FINISHED: one Completion row per
   * non-withdrawn student, with the rule version and figures; the cohort moves to FINISHED; the
   * completed get their certificates. Done once per cohort: a second run is CONFLICT completion.alreadyRun.
   */
  async runCompletion(ctx: Ctx, cohortId: string): Promise<CompletionRunResult> {
    const cohort = await this.catalog.getCohort(ctx, cohortId, { lock: 'write' });
    const today = tokyoToday(ctx.now);
    if (!(today > cohort.endsOn || cohort.status === CohortStatus.FINISHED)) throw conflict('completion.notEnded', 'The cohort has not ended yet.', { endsOn: cohort.endsOn });
    if (await repo(ctx, Completion).existsBy({ cohortId: cohort.id })) throw conflict('completion.alreadyRun', 'Completion has already been decided for this cohort.');
    const f = await this.facts(ctx, cohort);
    const rows = this.decisions(f);
    const completedOn = today < cohort.endsOn ? today : cohort.endsOn;
    const values = rows.map((r) => ({
      enrollmentId: r.id,
      cohortId: cohort.id,
      accountId: r.accountId,
      outcome: r.outcome,
      completedOn,
      ruleVersion: f.rule.version,
      attended: r.attended,
      planned: r.planned,
      overridden: false,
      overrideReason: null,
      decidedBy: ctx.user?.accountId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }));
    for (let i = 0; i < values.length; i += 200) await repo(ctx, Completion).insert(values.slice(i, i + 200));
    if (cohort.status === CohortStatus.RUNNING) {
      await repo(ctx, Cohort).update({ id: cohort.id, status: CohortStatus.RUNNING }, { status: CohortStatus.FINISHED, updatedAt: ctx.now });
      cohort.status = CohortStatus.FINISHED;
    }
    const completedIds = rows.filter((r) => r.outcome === CompletionOutcome.COMPLETED).map((r) => r.id);
    if (completedIds.length && this.issuer) await this.issuer.issueFor(ctx, completedIds);
    ctx.audit.target('Cohort', cohort.id);
    const completions = values.length ? await repo(ctx, Completion).find({ where: { cohortId: cohort.id }, order: { id: 'ASC' } }) : [];
    return { completions, ...this.summary(f, rows) };
  }

  /** Complete despite the rule, or not despite meeting it: a reason is required, and the change is audited. */
  async overrideCompletion(ctx: Ctx, enrollmentId: string, outcome: CompletionOutcome, reason: string | null | undefined): Promise<Completion> {
    const text = reason?.trim() ?? '';
    if (!NOT_BLANK.test(text) || text.length > REASON_MAX) throw badField('reason', 'validation.reason', `Give the reason (up to ${REASON_MAX} characters).`);
    const id = parseId(enrollmentId, 'completion');
    const found = await repo(ctx, Completion).findOneBy({ enrollmentId: id });
    if (!found) throw notFound('completion');
    await this.catalog.getCohort(ctx, found.cohortId, { lock: 'write' });
    const completion = await repo(ctx, Completion).findOneOrFail({ where: { id: found.id }, ...lockMode(ctx.em) });
    const before = completion.outcome;
    const values = { outcome, overridden: true, overrideReason: text, decidedBy: ctx.user?.accountId ?? null, updatedAt: ctx.now };
    await repo(ctx, Completion).update({ id: completion.id }, values);
    Object.assign(completion, values);
    if (before !== outcome && this.issuer) {
      // A certificate follows the decision: issued (or valid again) on completed, revoked on not completed.
      if (outcome === CompletionOutcome.COMPLETED) await this.issuer.reinstateFor(ctx, [completion.enrollmentId]);
      else await this.issuer.revokeFor(ctx, [completion.enrollmentId], `修了判定の変更: ${text}`);
    }
    ctx.audit.add({ action: 'completion.override', outcome: 'success', targetType: 'Completion', targetIds: [completion.id], reason: `${before}->${outcome}` });
    ctx.audit.target('Completion', completion.id);
    return completion;
  }

  // ── withdrawal by staff ──────────────────────────────────────────────────

  /** Staff record a student's withdrawal (退学) after the start, scoped to their field. */
  async recordWithdrawal(ctx: Ctx, enrollmentId: string, reason: WithdrawalReason, text: string | null | undefined): Promise<Enrollment> {
    const id = parseId(enrollmentId, 'enrollment');
    const found = await repo(ctx, Enrollment).findOneBy({ id });
    if (!found) throw notFound('enrollment');
    const cohort = await this.catalog.getCohort(ctx, found.cohortId, { lock: 'write' });
    if (await repo(ctx, Completion).existsBy({ enrollmentId: id })) throw conflict('withdrawal.decided', 'Completion has already been decided for this student.');
    const enrollment = await repo(ctx, Enrollment).findOneOrFail({ where: { id }, ...lockMode(ctx.em) });
    return recordWithdrawal(ctx, cohort, enrollment, reason, text, ctx.user?.accountId ?? null);
  }

  // ── alumni ───────────────────────────────────────────────────────────────

  /** Completion decisions of these accounts, batched (Account.completions); contractors see their field's only. */
  async completionsOfAccounts(ctx: Ctx, accountIds: readonly number[]): Promise<Completion[][]> {
    const field = fieldScope(ctx);
    const join = field ? ' INNER JOIN cohort c_h ON c_h.id = c.cohortId AND c_h.fieldCode = ?' : '';
    const rows = await readRows(ctx.em, Completion, 'c', `${join} WHERE c.accountId IN (${placeholders(accountIds)}) ORDER BY c.completedOn DESC, c.id DESC`, [
      ...(field ? [field] : []),
      ...accountIds,
    ]);
    return accountIds.map((a) => rows.filter((r) => r.accountId === a));
  }

  myCompletions(ctx: Ctx): Promise<Completion[]> {
    return readRows(ctx.em, Completion, 'c', 'WHERE c.accountId = ? ORDER BY c.completedOn DESC, c.id DESC', [ctx.user!.accountId]);
  }
}

function ruleInfo(row: CompletionRule): CompletionRuleInfo & RuleTerms {
  return {
    courseId: row.courseId,
    version: row.version,
    minRatePercent: row.minRatePercent,
    requireMarkedSessions: row.requireMarkedSessions,
    maxAbsences: row.maxAbsences,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}
