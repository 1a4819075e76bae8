import crypto from 'node:crypto';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { lockMode } from '../../core/tx';
import { readRows } from '../../core/rows';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { scopeByCohort } from '../../core/scope';
import { REASON_MAX } from '../../core/validation/rules';
import { Cohort, CohortStatus, Course, Eligibility, type CatalogService } from '../catalog';
import { isDuplicateKey, searchForm } from '../accounts';
import { Application, ApplicationStatus, ReviewDecision } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { LotteryDraw } from './lottery-draw.entity';
import { ApplicationOrder, type ApplicationFilter, type ApplicationInput, type ApplyInput, type DecisionInput } from './intake.inputs';

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random anonymous code such as A7K3Q9XM2: tells nothing about the applicant or the order of applying. */
export function newCode(): string {
  let code = 'A';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The course rule's finding when it refuses: a code; the basis it names is on the application. */
export const APPLICATION_PAGE_MAX = 200;

export interface ApplicationPageQuery {
  filter?: ApplicationFilter | null;
  search?: string | null;
  orderBy?: ApplicationOrder | null;
  descending?: boolean | null;
  offset: number;
  limit: number;
}

/** Statuses in the order of the workflow, so sorting by status groups them the way staff work. */
const STATUS_ORDER = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.OFFERED,
  ApplicationStatus.ENROLLED,
  ApplicationStatus.WAITLISTED,
  ApplicationStatus.DECLINED,
  ApplicationStatus.LAPSED,
  ApplicationStatus.REJECTED,
  ApplicationStatus.WITHDRAWN,
  ApplicationStatus.CANCELLED,
];
const DECISION_ORDER = [ReviewDecision.ACCEPT, ReviewDecision.WAITLIST, ReviewDecision.REJECT];

/** The WHERE of a cohort's applications under a filter (the list and the page share it). */
function filterSql(cohortId: number, filter?: ApplicationFilter | null): { where: string; params: unknown[] } {
  let where = 'WHERE a.cohortId = ?';
  const params: unknown[] = [cohortId];
  if (filter?.status) {
    where += ' AND a.status = ?';
    params.push(filter.status);
  }
  if (filter?.eligible !== undefined && filter?.eligible !== null) {
    where += ' AND a.eligible = ?';
    params.push(filter.eligible);
  }
  if (filter?.decision) {
    where += ' AND a.decision = ?';
    params.push(filter.decision);
  }
  if (filter?.decided !== undefined && filter?.decided !== null) where += filter.decided ? ' AND a.decision IS NOT NULL' : ' AND a.decision IS NULL';
  return { where, params };
}

const ORDER_SQL: Record<ApplicationOrder, (direction: string) => string> = {
  [ApplicationOrder.SUBMITTED]: (d) => `a.submittedAt ${d}`,
  [ApplicationOrder.CODE]: (d) => `a.code ${d}`,
  [ApplicationOrder.NAME_KANA]: (d) => `p.nameKana ${d}`,
  [ApplicationOrder.ELIGIBLE]: (d) => `a.eligible ${d}`,
  [ApplicationOrder.DECISION]: (d) => `CASE a.decision ${DECISION_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${DECISION_ORDER.length} END ${d}`,
  [ApplicationOrder.STATUS]: (d) => `CASE a.status ${STATUS_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${STATUS_ORDER.length} END ${d}`,
  // Those with no place on the list come last either way.
  [ApplicationOrder.WAITLIST]: (d) => `CASE WHEN a.waitlistPosition IS NULL THEN 1 ELSE 0 END ASC, a.waitlistPosition ${d}`,
};

export const BASIS_NOT_ACCEPTED = 'eligibility.basisNotAccepted';

export async function recordMove(
  ctx: Pick<Ctx, 'em' | 'now'>,
  app: Pick<Application, 'id' | 'status'>,
  from: ApplicationStatus | null,
  reason: string,
  actorId: number | null,
): Promise<void> {
  await repo(ctx, ApplicationEvent).insert({ applicationId: app.id, at: ctx.now, fromStatus: from, toStatus: app.status, actorId, reason });
}

/**
 * The refusal when a cohort is not taking applications; `window` says why, so the member portal
 * can say it plainly: NOT_YET_OPEN (before applicationOpensAt) or ENDED (past applicationClosesAt,
 * or closed by staff). Drafts never get here: members cannot see them.
 */
const closed = (cohort: Cohort, now: Date) =>
  conflict('application.closed', 'This cohort is not taking applications now.', {
    cohortId: String(cohort.id),
    window: cohort.status === CohortStatus.OPEN && now < cohort.applicationOpensAt ? 'NOT_YET_OPEN' : 'ENDED',
  });

export class ApplicationService {
  constructor(private readonly catalog: CatalogService) {}

  /** The rule of the course, evaluated and recorded at application time. */
  private evaluate(course: Course, basis: Eligibility): { eligible: boolean; ineligibleReasonCode: string | null } {
    return course.eligibility.includes(basis) ? { eligible: true, ineligibleReasonCode: null } : { eligible: false, ineligibleReasonCode: BASIS_NOT_ACCEPTED };
  }

  /**
   * The cohort, read under a shared lock and checked to be taking applications: closing the
   * cohort (FOR UPDATE) waits for applications in flight, and none slips in after it.
   */
  private async openCohort(ctx: Ctx, cohortId: string | number): Promise<{ cohort: Cohort; course: Course }> {
    const cohort = await this.catalog.getCohort(ctx, cohortId, { lock: 'read' });
    if (!cohort.isAcceptingApplications(ctx.now)) throw closed(cohort, ctx.now);
    const course = await repo(ctx, Course).findOneByOrFail({ id: cohort.courseId });
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
    const duplicate = () => conflict('application.duplicate', 'You have already applied to this cohort. You can change or withdraw that application on my page.');
    const { cohort, course } = await this.openCohort(ctx, input.cohortId);
    const values = this.values(course, input);
    const outcome = this.evaluate(course, input.eligibilityBasis);
    const accountId = ctx.user!.accountId;
    const applications = repo(ctx, Application);
    if (await applications.existsBy({ cohortId: cohort.id, accountId })) throw duplicate();
    try {
      let saved: Application | null = null;
      for (let attempt = 0; !saved && attempt < 5; attempt++) {
        const code = newCode();
        if (await applications.existsBy({ code })) continue;
        saved = await applications.save(
          applications.create({
            ...values,
            ...outcome,
            code,
            cohortId: cohort.id,
            accountId,
            ineligibleReason: null,
            status: ApplicationStatus.SUBMITTED,
            decision: null,
            decisionReason: null,
            waitlistPosition: null,
            offerDeadline: null,
            submittedAt: ctx.now,
            updatedAt: ctx.now,
          }),
        );
      }
      if (!saved) throw new Error('could not allocate an application code');
      await recordMove(ctx, saved, null, 'applied', accountId);
      ctx.audit.target('Application', saved.id);
      return saved;
    } catch (error) {
      if (isDuplicateKey(error)) throw duplicate();
      throw error;
    }
  }

  /** The caller's own application; with `lock`, read FOR UPDATE in the mutation's transaction. */
  async mine(ctx: Ctx, id: string | number, lock = false): Promise<Application> {
    const app = await repo(ctx, Application).findOne({ where: { id: parseId(id, 'application'), accountId: ctx.user!.accountId }, ...(lock ? lockMode(ctx.em) : {}) });
    if (!app) throw notFound('application');
    return app;
  }

  listMine(ctx: Ctx): Promise<Application[]> {
    return readRows(ctx.em, Application, 'a', 'WHERE a.accountId = ? ORDER BY a.submittedAt DESC, a.id DESC', [ctx.user!.accountId]);
  }

  async update(ctx: Ctx, id: string, input: ApplicationInput): Promise<Application> {
    const visible = await this.mine(ctx, id);
    // Cohort first (shared lock, as apply does), then the application row: closing waits for this edit.
    const { course } = await this.openCohort(ctx, visible.cohortId);
    const app = await this.mine(ctx, id, true);
    if (app.status !== ApplicationStatus.SUBMITTED) throw conflict('application.notEditable', 'This application can no longer be changed.');
    const changes: Partial<Application> = { ...this.values(course, input), updatedAt: ctx.now };
    // A staff member's ineligibility mark stands; otherwise the rule is evaluated again.
    if (app.eligible || app.ineligibleReasonCode) Object.assign(changes, this.evaluate(course, input.eligibilityBasis));
    const updated = await repo(ctx, Application).update({ id: app.id, status: ApplicationStatus.SUBMITTED }, changes);
    if (!updated.affected) throw conflict('application.notEditable', 'This application can no longer be changed.');
    Object.assign(app, changes);
    await recordMove(ctx, app, app.status, 'edited', ctx.user!.accountId);
    ctx.audit.target('Application', app.id);
    return app;
  }

  /** Until the cohort closes, the member may withdraw. */
  async withdraw(ctx: Ctx, id: string): Promise<Application> {
    const visible = await this.mine(ctx, id);
    const cohort = await repo(ctx, Cohort).findOneOrFail({ where: { id: visible.cohortId }, ...lockMode(ctx.em, 'read') });
    const refused = () => conflict('application.notWithdrawable', 'Applications can be withdrawn only until the cohort closes.');
    if (cohort.status !== CohortStatus.OPEN) throw refused();
    const claimed = await repo(ctx, Application).update({ id: visible.id, status: ApplicationStatus.SUBMITTED }, { status: ApplicationStatus.WITHDRAWN, updatedAt: ctx.now });
    if (!claimed.affected) throw refused();
    const app = Object.assign(visible, { status: ApplicationStatus.WITHDRAWN, updatedAt: ctx.now });
    await recordMove(ctx, app, ApplicationStatus.SUBMITTED, 'withdrawn_by_member', ctx.user!.accountId);
    ctx.audit.target('Application', app.id);
    return app;
  }

  /** Staff: one application, within the field scope; with `lock`, read FOR UPDATE. */
  async forStaff(ctx: Ctx, id: string | number, lock = false): Promise<Application> {
    const qb = repo(ctx, Application)
      .createQueryBuilder('a')
      .where('a.id = :id', { id: parseId(id, 'application') });
    if (lock && lockMode(ctx.em).lock) qb.setLock('pessimistic_write');
    const app = await scopeByCohort(ctx, qb, 'cohort').getOne();
    if (!app) throw notFound('application');
    return app;
  }

  async listForCohort(ctx: Ctx, cohortId: string, filter?: ApplicationFilter | null): Promise<Application[]> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const { where, params } = filterSql(cohort.id, filter);
    return readRows(ctx.em, Application, 'a', `${where} ORDER BY a.id ASC`, params);
  }

  /**
   * One page of a cohort's applications for the review table: filtered, searched by code (prefix)
   * or the applicant's name or reading (contains, in the search form members are found by), and
   * ordered on the server, so the table stays fast however many apply. Two statements at most:
   * the page and, when the page does not tell it, the total.
   */
  async pageForCohort(ctx: Ctx, cohortId: string, query: ApplicationPageQuery): Promise<{ items: Application[]; total: number }> {
    const { offset, limit } = query;
    if (!Number.isInteger(offset) || offset < 0) throw badField('offset', 'validation.range', 'The offset must be 0 or more.');
    if (!Number.isInteger(limit) || limit < 1 || limit > APPLICATION_PAGE_MAX) throw badField('limit', 'validation.range', `Ask for 1 to ${APPLICATION_PAGE_MAX} applications.`);
    const text = (query.search ?? '').normalize('NFKC').trim();
    if (text.length > 100) throw badField('search', 'validation.length', 'Enter up to 100 characters.');
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const filtered = filterSql(cohort.id, query.filter);
    let where = filtered.where;
    const params = filtered.params;
    let join = '';
    if (text) {
      const escaped = (v: string) => v.replace(/[!%_]/g, (c) => `!${c}`);
      const exact = ctx.em.connection.options.type === 'better-sqlite3' ? '' : ' COLLATE utf8mb4_bin';
      const form = escaped(searchForm(text));
      join = ' INNER JOIN account p ON p.id = a.accountId';
      where += ` AND (UPPER(a.code) LIKE ? ESCAPE '!' OR p.searchName LIKE ?${exact} ESCAPE '!' OR p.searchKana LIKE ?${exact} ESCAPE '!')`;
      params.push(`${escaped(text.replace(/\s+/gu, '').toUpperCase())}%`, `%${form}%`, `%${form}%`);
    }
    const direction = query.descending ? 'DESC' : 'ASC';
    const order = ORDER_SQL[query.orderBy ?? ApplicationOrder.SUBMITTED](direction);
    if (query.orderBy === ApplicationOrder.NAME_KANA && !join) join = ' INNER JOIN account p ON p.id = a.accountId';
    const items = await readRows(ctx.em, Application, 'a', `${join} ${where} ORDER BY ${order}, a.id ${direction} LIMIT ${limit} OFFSET ${offset}`, params);
    const total =
      items.length < limit && (items.length > 0 || offset === 0)
        ? offset + items.length
        : Number(
            (
              (await ctx.em.query(`SELECT COUNT(*) AS n FROM application a${text ? ' INNER JOIN account p ON p.id = a.accountId' : ''} ${where}`, params)) as {
                n: number | string;
              }[]
            )[0].n,
          );
    return { items, total };
  }

  /**
   * Staff mark an application (in)eligible, with a reason, before selection is fixed. The
   * cohort row is locked first, the way freezing the lottery locks it, so a mark can never
   * land after the list is frozen.
   */
  async setEligibility(ctx: Ctx, id: string, eligible: boolean, reason: string | null): Promise<Application> {
    const visible = await this.forStaff(ctx, id);
    const text = reason?.trim() ?? '';
    if (!eligible && !text) throw badField('reason', 'validation.reason', 'Give the reason why the application is not eligible.');
    if (text.length > REASON_MAX) throw badField('reason', 'validation.tooLong', `Keep the reason within ${REASON_MAX} characters.`);
    const cohort = await this.catalog.getCohort(ctx, visible.cohortId, { lock: 'write' });
    if (![CohortStatus.OPEN, CohortStatus.CLOSED].includes(cohort.status)) throw conflict('selection.fixed', 'Selection for this cohort is already fixed.');
    if (await repo(ctx, LotteryDraw).existsBy({ cohortId: cohort.id })) throw conflict('lottery.frozen', 'The lottery list is frozen; eligibility can no longer change.');
    const app = await this.forStaff(ctx, id, true);
    const changes = { eligible, ineligibleReason: eligible ? null : text, ineligibleReasonCode: null, updatedAt: ctx.now };
    await repo(ctx, Application).update({ id: app.id }, changes);
    Object.assign(app, changes);
    await recordMove(ctx, app, app.status, eligible ? 'marked_eligible' : 'marked_ineligible', ctx.user!.accountId);
    ctx.audit.target('Application', app.id);
    return app;
  }

  /**
   * Review method: staff accept, waitlist or reject each application, with a reason. The
   * cohort is read under a shared lock (fixing the selection takes it FOR UPDATE), and the
   * decision is a compare-and-set on a still-pending application: a decision can neither be
   * lost nor put a selected application back.
   */
  async decide(ctx: Ctx, input: DecisionInput): Promise<Application> {
    const visible = await this.forStaff(ctx, input.applicationId);
    const cohort = await this.catalog.getCohort(ctx, visible.cohortId, { lock: 'read' });
    if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'Close the cohort before deciding on applications.');
    const app = await this.forStaff(ctx, input.applicationId, true);
    if (app.status !== ApplicationStatus.SUBMITTED) throw conflict('application.notPending', 'This application is not awaiting a decision.');
    if (!app.eligible && input.decision !== ReviewDecision.REJECT) throw conflict('application.ineligible', 'An ineligible application can only be rejected.');
    const changes = { decision: input.decision, decisionReason: input.reason.trim(), updatedAt: ctx.now };
    const decided = await repo(ctx, Application).update({ id: app.id, status: ApplicationStatus.SUBMITTED }, changes);
    if (!decided.affected) throw conflict('application.notPending', 'This application is not awaiting a decision.');
    Object.assign(app, changes);
    ctx.audit.target('Application', app.id);
    return app;
  }
}
