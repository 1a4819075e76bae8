import { In, IsNull } from 'typeorm';
import type { Config } from '../../config';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound } from '../../core/errors';
import { fieldScope, inFieldScope } from '../../core/scope';
import { toTokyoIso } from '../../core/graphql/scalars';
import { LOTTERY_SEED_MAX } from '../../core/validation/rules';
import { Cohort, CohortStatus, Course, SelectionMethod, type CatalogService, type CohortEditRule } from '../catalog';
import { NoticeKind, type MemberNotice, type NoticeService } from '../notices';
import { Application, ApplicationStatus, ReviewDecision } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { LotteryDraw } from './lottery-draw.entity';
import { LotteryEntry } from './lottery-entry.entity';
import { commitmentOf, draw, LOTTERY_ALGORITHM, sortCodes, type LotteryTranscript } from './lottery';

/** Moves staff make by hand; SELECTED and ANNOUNCED come only from selection and announcement. */
const MANUAL_MOVES: Record<CohortStatus, readonly CohortStatus[]> = {
  [CohortStatus.DRAFT]: [CohortStatus.OPEN],
  [CohortStatus.OPEN]: [CohortStatus.DRAFT, CohortStatus.CLOSED],
  [CohortStatus.CLOSED]: [CohortStatus.OPEN],
  [CohortStatus.SELECTED]: [],
  [CohortStatus.ANNOUNCED]: [CohortStatus.RUNNING],
  [CohortStatus.RUNNING]: [CohortStatus.FINISHED],
  [CohortStatus.FINISHED]: [],
};

/** What the public lottery page shows (see SelectionService.publicLottery). */
export interface PublicLotteryView {
  cohortId: number;
  courseId: number;
  courseTitle: string;
  academicYear: number;
  capacity: number;
  entries: number;
  frozenAt: Date;
  commitment: string;
  announced: boolean;
  drawnAt: Date | null;
  seed: string | null;
  transcript: string | null;
}

const RESULT_VISIBLE: readonly CohortStatus[] = [CohortStatus.ANNOUNCED, CohortStatus.RUNNING, CohortStatus.FINISHED];
export const resultsAnnounced = (cohort: Pick<Cohort, 'status'>) => RESULT_VISIBLE.includes(cohort.status);

export class SelectionService implements CohortEditRule {
  constructor(
    private readonly config: Config,
    private readonly catalog: CatalogService,
    private readonly notices: NoticeService,
  ) {}

  /** Reads the cohort (in scope) FOR UPDATE: it stays locked until the mutation's transaction ends. */
  lockCohort(ctx: Ctx, cohortId: string | number): Promise<Cohort> {
    return this.catalog.getCohort(ctx, cohortId, { lock: 'write' });
  }

  /** Editing a cohort's intake details follows the lifecycle too (the catalog calls this with the row locked). */
  async checkCohortEdit(ctx: Ctx, cohort: Cohort, change: { status: CohortStatus; capacity: number }): Promise<void> {
    if (![CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.CLOSED].includes(cohort.status)) {
      throw conflict('cohort.locked', 'This cohort has passed selection; its intake details can no longer be edited.');
    }
    const hasApplications = await repo(ctx, Application).existsBy({ cohortId: cohort.id });
    const frozen = await repo(ctx, LotteryDraw).existsBy({ cohortId: cohort.id });
    if (hasApplications && frozen && change.capacity !== cohort.capacity) {
      throw conflict('lottery.frozen', 'The lottery list is frozen with this capacity; it can no longer change.');
    }
    this.assertMove(cohort, change.status, hasApplications, frozen);
  }

  /** Checks a manual move; explains a refused one. */
  assertMove(cohort: Cohort, to: CohortStatus, hasApplications: boolean, lotteryFrozen: boolean): void {
    if (cohort.status === to) return;
    if (!MANUAL_MOVES[cohort.status].includes(to)) {
      const how =
        to === CohortStatus.SELECTED ? ' Run the selection (or the lottery) to fix the results.' : to === CohortStatus.ANNOUNCED ? ' Announce the results to do this.' : '';
      throw conflict('cohort.invalidTransition', `A cohort cannot move from ${cohort.status} to ${to}.${how}`, { from: cohort.status, to });
    }
    if (to === CohortStatus.DRAFT && hasApplications) throw conflict('cohort.hasApplications', 'This cohort already has applications; it cannot go back to draft.');
    if (to === CohortStatus.OPEN && cohort.status === CohortStatus.CLOSED && lotteryFrozen)
      throw conflict('lottery.frozen', 'The lottery list is frozen; the cohort cannot reopen.');
  }

  async changeStatus(ctx: Ctx, cohortId: string, to: CohortStatus): Promise<Cohort> {
    const cohort = await this.lockCohort(ctx, cohortId);
    const hasApplications = await repo(ctx, Application).existsBy({ cohortId: cohort.id });
    const frozen = await repo(ctx, LotteryDraw).existsBy({ cohortId: cohort.id });
    this.assertMove(cohort, to, hasApplications, frozen);
    await this.setStatus(ctx, cohort, to);
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  /** Writes the status (and what comes with it, e.g. announcedAt) alone; the row is locked by the caller. */
  private async setStatus(ctx: Ctx, cohort: Cohort, status: CohortStatus, also: Partial<Pick<Cohort, 'announcedAt'>> = {}): Promise<void> {
    await repo(ctx, Cohort).update({ id: cohort.id }, { status, ...also, updatedAt: ctx.now });
    Object.assign(cohort, { status, ...also, updatedAt: ctx.now });
  }

  /**
   * Fixes the results: everyone eligible when they fit; otherwise the staff's review
   * decisions. Lottery cohorts over capacity go through freeze and draw instead.
   */
  async runSelection(ctx: Ctx, cohortId: string): Promise<Cohort> {
    const cohort = await this.lockCohort(ctx, cohortId);
    {
      if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'Close the cohort before running the selection.');
      const pending = await repo(ctx, Application).find({ where: { cohortId: cohort.id, status: ApplicationStatus.SUBMITTED }, order: { id: 'ASC' } });
      const eligible = pending.filter((a) => a.eligible);
      const actor = ctx.user!.accountId;
      let outcome: Map<number, { status: ApplicationStatus; reason: string; position?: number }>;
      if (eligible.length <= cohort.capacity) {
        outcome = new Map(eligible.map((a) => [a.id, { status: ApplicationStatus.OFFERED, reason: 'within_capacity' }]));
      } else if (cohort.selectionMethod === SelectionMethod.LOTTERY) {
        throw conflict('selection.useLottery', `${eligible.length} eligible applications for ${cohort.capacity} places: freeze the list and draw the lottery.`, {
          eligible: eligible.length,
          capacity: cohort.capacity,
        });
      } else {
        const undecided = eligible.filter((a) => !a.decision);
        if (undecided.length) throw conflict('selection.undecided', `${undecided.length} eligible applications still need a decision.`, { undecided: undecided.length });
        const accepted = eligible.filter((a) => a.decision === ReviewDecision.ACCEPT);
        if (accepted.length > cohort.capacity)
          throw conflict('selection.overCapacity', `${accepted.length} accepted, but the capacity is ${cohort.capacity}.`, {
            accepted: accepted.length,
            capacity: cohort.capacity,
          });
        let position = 0;
        outcome = new Map(
          eligible.map((a) => [
            a.id,
            a.decision === ReviewDecision.ACCEPT
              ? { status: ApplicationStatus.OFFERED, reason: 'review_accepted' }
              : a.decision === ReviewDecision.WAITLIST
                ? { status: ApplicationStatus.WAITLISTED, reason: 'review_waitlisted', position: ++position }
                : { status: ApplicationStatus.REJECTED, reason: 'review_rejected' },
          ]),
        );
      }
      await this.applyOutcome(ctx, pending, outcome, actor);
      await this.setStatus(ctx, cohort, CohortStatus.SELECTED);
    }
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  /** Writes results in batches: a 10,000-entry lottery is a few dozen statements, not 20,000. */
  private async applyOutcome(
    ctx: Ctx,
    pending: Application[],
    outcome: Map<number, { status: ApplicationStatus; reason: string; position?: number }>,
    actor: number | null,
  ): Promise<void> {
    const em = ctx.em;
    const now = ctx.now;
    const events: Array<Partial<ApplicationEvent>> = [];
    const groups = new Map<string, Application[]>();
    for (const app of pending) {
      const result = outcome.get(app.id) ?? { status: ApplicationStatus.REJECTED, reason: app.eligible ? 'not_selected' : 'ineligible' };
      app.status = result.status;
      app.waitlistPosition = result.position ?? null;
      // Staff's own ineligibility reason becomes the decision's reason; a rule's code stays on the application.
      const keepsReason = !app.eligible && !app.decisionReason && !!app.ineligibleReason;
      if (keepsReason) app.decisionReason = app.ineligibleReason;
      events.push({ applicationId: app.id, at: now, fromStatus: ApplicationStatus.SUBMITTED, toStatus: app.status, actorId: actor, reason: result.reason });
      const key = keepsReason ? `${app.status}:reason` : app.status;
      groups.set(key, [...(groups.get(key) ?? []), app]);
    }
    for (const [key, apps] of groups) {
      for (let i = 0; i < apps.length; i += 500) {
        const chunk = apps.slice(i, i + 500);
        const ids = chunk.map((a) => a.id);
        const qb = em.createQueryBuilder().update(Application).where('id IN (:...ids)', { ids });
        if (key.endsWith(':reason')) {
          // Ineligible applications carry their reason into the result, one by one (they are few).
          for (const a of chunk)
            await em.getRepository(Application).update({ id: a.id }, { status: a.status, waitlistPosition: null, decisionReason: a.decisionReason, updatedAt: now });
          continue;
        }
        const status = chunk[0].status;
        const positions = chunk.every((a) => a.waitlistPosition === null)
          ? () => 'NULL'
          : () => `CASE id ${chunk.map((a) => `WHEN ${Number(a.id)} THEN ${Number(a.waitlistPosition)}`).join(' ')} END`;
        await qb.set({ status, waitlistPosition: positions, updatedAt: now }).execute();
      }
    }
    for (let i = 0; i < events.length; i += 500) await em.getRepository(ApplicationEvent).insert(events.slice(i, i + 500));
  }

  /** Step 1 of the lottery: freeze the eligible list and publish its commitment. */
  async freezeLottery(ctx: Ctx, cohortId: string): Promise<LotteryDraw> {
    const em = ctx.em;
    const frozen = await (async () => {
      const cohort = await this.lockCohort(ctx, cohortId);
      if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'Close the cohort before freezing the lottery list.');
      if (cohort.selectionMethod !== SelectionMethod.LOTTERY) throw conflict('selection.notLottery', 'This cohort selects by review, not by lottery.');
      if (await em.getRepository(LotteryDraw).existsBy({ cohortId: cohort.id })) throw conflict('lottery.frozen', 'The lottery list is already frozen.');
      const eligible = await em.getRepository(Application).find({ where: { cohortId: cohort.id, status: ApplicationStatus.SUBMITTED, eligible: true } });
      if (eligible.length <= cohort.capacity) throw conflict('lottery.notNeeded', 'All eligible applicants fit within the capacity; run the selection without a lottery.');
      const codes = sortCodes(eligible.map((a) => a.code));
      const lottery = await em
        .getRepository(LotteryDraw)
        .save(
          em
            .getRepository(LotteryDraw)
            .create({ cohortId: cohort.id, entryCount: codes.length, capacity: cohort.capacity, commitment: commitmentOf(codes), frozenAt: ctx.now, seed: null, drawnAt: null }),
        );
      for (let i = 0; i < codes.length; i += 500) {
        await em.getRepository(LotteryEntry).insert(codes.slice(i, i + 500).map((code) => ({ drawId: lottery.id, code, place: null })));
      }
      return lottery;
    })();
    ctx.audit.target('Cohort', frozen.cohortId);
    return frozen;
  }

  /** Step 2: the seed, fixed after the commitment, decides the order. */
  async drawLottery(ctx: Ctx, cohortId: string, seed: string): Promise<LotteryDraw> {
    const trimmed = seed.trim();
    if (trimmed.length < 1 || trimmed.length > LOTTERY_SEED_MAX)
      throw badField('seed', 'validation.seed', 'Enter the public number announced for this draw (up to 100 characters).');
    const em = ctx.em;
    const result = await (async () => {
      const cohort = await this.lockCohort(ctx, cohortId);
      const lottery = await em.getRepository(LotteryDraw).findOneBy({ cohortId: cohort.id });
      if (!lottery) throw conflict('lottery.notFrozen', 'Freeze the list and publish the commitment before the draw.');
      if (lottery.drawnAt) throw conflict('lottery.drawn', 'This lottery has already been drawn.');
      if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'The cohort must be closed for the draw.');
      const entries = await em.getRepository(LotteryEntry).find({ where: { drawId: lottery.id } });
      const outcome = draw(
        entries.map((e) => e.code),
        lottery.capacity,
        trimmed,
      );
      if (outcome.commitment !== lottery.commitment) throw new Error('frozen lottery list no longer matches its commitment');
      const idOf = new Map(entries.map((e) => [e.code, e.id]));
      for (let i = 0; i < outcome.order.length; i += 500) {
        const chunk = outcome.order.slice(i, i + 500);
        await em
          .createQueryBuilder()
          .update(LotteryEntry)
          .set({ place: () => `CASE id ${chunk.map((code, k) => `WHEN ${Number(idOf.get(code))} THEN ${i + k + 1}`).join(' ')} END` })
          .where('id IN (:...ids)', { ids: chunk.map((code) => idOf.get(code)) })
          .execute();
      }
      const pending = await em.getRepository(Application).find({ where: { cohortId: cohort.id, status: ApplicationStatus.SUBMITTED } });
      const byCode = new Map(outcome.order.map((code, i) => [code, i]));
      await this.applyOutcome(
        ctx,
        pending,
        new Map(
          pending
            .filter((a) => byCode.has(a.code))
            .map((a) => {
              const place = byCode.get(a.code)!;
              return [
                a.id,
                place < lottery.capacity
                  ? { status: ApplicationStatus.OFFERED, reason: 'lottery_drawn' }
                  : { status: ApplicationStatus.WAITLISTED, reason: 'lottery_waitlisted', position: place - lottery.capacity + 1 },
              ];
            }),
        ),
        ctx.user!.accountId,
      );
      // Compare-and-set on "not drawn yet": a draw happens exactly once.
      const drawn = await em.getRepository(LotteryDraw).update({ id: lottery.id, drawnAt: IsNull() }, { seed: trimmed, drawnAt: ctx.now });
      if (!drawn.affected) throw conflict('lottery.drawn', 'This lottery has already been drawn.');
      Object.assign(lottery, { seed: trimmed, drawnAt: ctx.now });
      await this.setStatus(ctx, cohort, CohortStatus.SELECTED);
      return lottery;
    })();
    ctx.audit.target('Cohort', result.cohortId);
    return result;
  }

  /** The transcript anyone can check: staff once drawn, everyone once announced. */
  async transcript(ctx: Ctx, cohortId: string, staff: boolean): Promise<LotteryTranscript | null> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const lottery = await repo(ctx, LotteryDraw).findOneBy({ cohortId: cohort.id });
    if (!lottery?.drawnAt || !lottery.seed) return null;
    if (!staff && !resultsAnnounced(cohort)) return null;
    return this.transcriptOf(ctx, cohort, lottery);
  }

  /** The frozen codes and their drawn order; anonymous codes only, nothing about the people behind them. */
  private async transcriptOf(ctx: Ctx, cohort: Cohort, lottery: LotteryDraw): Promise<LotteryTranscript> {
    const entries = await repo(ctx, LotteryEntry).find({ where: { drawId: lottery.id } });
    const codes = sortCodes(entries.map((e) => e.code));
    const order = [...entries].sort((a, b) => (a.place ?? 0) - (b.place ?? 0)).map((e) => e.code);
    return {
      algorithm: LOTTERY_ALGORITHM,
      cohortId: cohort.id,
      capacity: lottery.capacity,
      codes,
      commitment: lottery.commitment,
      frozenAt: toTokyoIso(lottery.frozenAt),
      seed: lottery.seed!,
      drawnAt: toTokyoIso(lottery.drawnAt!),
      order,
      accepted: order.slice(0, lottery.capacity),
      waitlisted: order.slice(lottery.capacity),
    };
  }

  /**
   * The public lottery page, for anyone logged in or not: nothing
   * before the freeze; the commitment from the freeze on; the seed and the transcript once the
   * results are announced. Unknown, draft and review cohorts give null alike, so the answer says
   * nothing about cohorts the public cannot see. The same for every caller, except that contractor
   * staff get NOT_FOUND outside their field.
   */
  async publicLottery(ctx: Ctx, cohortId: string): Promise<PublicLotteryView | null> {
    const id = /^\d{1,10}$/.test(cohortId) ? Number(cohortId) : NaN;
    const cohort = Number.isSafeInteger(id) && id > 0 && id <= 2147483647 ? await repo(ctx, Cohort).findOneBy({ id }) : null;
    // Contractor staff are kept to their field on every path, as with cohort(id) and lotteryTranscript.
    if (fieldScope(ctx) && (!cohort || !inFieldScope(ctx, cohort.fieldCode))) throw notFound('cohort');
    if (!cohort) return null;
    if (cohort.status === CohortStatus.DRAFT || cohort.selectionMethod !== SelectionMethod.LOTTERY) return null;
    const lottery = await repo(ctx, LotteryDraw).findOneBy({ cohortId: cohort.id });
    if (!lottery) return null;
    const course = await repo(ctx, Course).findOneByOrFail({ id: cohort.courseId });
    const announced = resultsAnnounced(cohort);
    const drawn = announced && !!lottery.drawnAt && !!lottery.seed;
    const transcript = drawn ? await this.transcriptOf(ctx, cohort, lottery) : null;
    return {
      cohortId: cohort.id,
      courseId: course.id,
      courseTitle: course.title,
      academicYear: cohort.academicYear,
      capacity: lottery.capacity,
      entries: lottery.entryCount,
      frozenAt: lottery.frozenAt,
      commitment: lottery.commitment,
      announced,
      drawnAt: drawn ? lottery.drawnAt : null,
      seed: drawn ? lottery.seed : null,
      // Byte for byte what lotteryTranscript gives, so the downloaded file is what verify-lottery checks.
      transcript: transcript ? JSON.stringify(transcript, null, 2) : null,
    };
  }

  /** Results become visible, each applicant gets a notice on my page (and a mail saying only that). */
  async announce(ctx: Ctx, cohortId: string): Promise<Cohort> {
    const em = ctx.em;
    const cohort = await this.lockCohort(ctx, cohortId);
    {
      if (cohort.status !== CohortStatus.SELECTED)
        throw conflict('cohort.invalidTransition', 'Only a cohort whose selection is fixed can be announced.', { from: cohort.status, to: CohortStatus.ANNOUNCED });
      const course = await em.getRepository(Course).findOneByOrFail({ id: cohort.courseId });
      const deadline = new Date(ctx.now.getTime() + this.config.offerResponseDays * 24 * 3600_000);
      await em.getRepository(Application).update({ cohortId: cohort.id, status: ApplicationStatus.OFFERED }, { offerDeadline: deadline });
      const apps = await em
        .getRepository(Application)
        .find({ where: { cohortId: cohort.id, status: In([ApplicationStatus.OFFERED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED]) } });
      const notices: MemberNotice[] = apps.map((a) => ({
        accountId: a.accountId,
        cohortId: cohort.id,
        mail: a.emailAlerts,
        ...resultNotice(course, cohort.academicYear, a, deadline),
      }));
      await this.notices.notifyMembers(ctx, notices);
      await this.setStatus(ctx, cohort, CohortStatus.ANNOUNCED, { announcedAt: ctx.now });
    }
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }
}

/** Parameters every notice about a course names; the clients render them in the reader's language. */
function courseParams(course: Pick<Course, 'title' | 'titleEn'>, year: number): Record<string, string> {
  return { courseTitle: course.title, courseTitleEn: course.titleEn ?? course.title, academicYear: String(year) };
}

/** The result notice of one applicant: a message code with parameters, never a sentence. */
export function resultNotice(
  course: Pick<Course, 'title' | 'titleEn'>,
  year: number,
  app: Pick<Application, 'status' | 'waitlistPosition'>,
  deadline: Date | null,
): Pick<MemberNotice, 'kind' | 'messageKey' | 'params'> {
  const params = courseParams(course, year);
  switch (app.status) {
    case ApplicationStatus.OFFERED:
      return { kind: NoticeKind.RESULT, messageKey: 'notice.resultOffered', params: { ...params, deadline: deadline ? toTokyoIso(deadline) : '' } };
    case ApplicationStatus.WAITLISTED:
      return { kind: NoticeKind.RESULT, messageKey: 'notice.resultWaitlisted', params: { ...params, position: String(app.waitlistPosition ?? '') } };
    default:
      return { kind: NoticeKind.RESULT, messageKey: 'notice.resultNotAccepted', params };
  }
}

/** A seat freed up for someone on the waitlist. */
export function offerNotice(course: Pick<Course, 'title' | 'titleEn'>, year: number, deadline: Date): Pick<MemberNotice, 'kind' | 'messageKey' | 'params'> {
  return { kind: NoticeKind.OFFER, messageKey: 'notice.seatOffered', params: { ...courseParams(course, year), deadline: toTokyoIso(deadline) } };
}
