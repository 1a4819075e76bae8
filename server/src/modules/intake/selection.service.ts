import { In, type EntityManager } from 'typeorm';
import type { Ctx } from '../../core/context';
import { inTransaction, lockMode } from '../../core/tx';
import { badField, conflict, notFound } from '../../core/errors';
import { Cohort, CohortStatus, SelectionMethod } from '../catalog/cohort.entity';
import { Course } from '../catalog/course.entity';
import { NoticeKind } from '../notices/notice.entity';
import type { MemberNotice } from '../notices/notice.service';
import { toTokyoIso } from '../../core/graphql/scalars';
import { Application, ApplicationEvent, ApplicationStatus, LotteryDraw, LotteryEntry, ReviewDecision } from './application.entity';
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

const RESULT_VISIBLE: readonly CohortStatus[] = [CohortStatus.ANNOUNCED, CohortStatus.RUNNING, CohortStatus.FINISHED];
export const resultsAnnounced = (cohort: Pick<Cohort, 'status'>) => RESULT_VISIBLE.includes(cohort.status);

export class SelectionService {
  /** Locks the cohort row (in scope) for the rest of the transaction. */
  async lockCohort(ctx: Ctx, em: EntityManager, cohortId: string | number): Promise<Cohort> {
    const visible = await ctx.services.catalog.getCohort(ctx, cohortId);
    const cohort = await em.getRepository(Cohort).findOne({ where: { id: visible.id }, ...lockMode(em) });
    if (!cohort) throw notFound('cohort');
    return cohort;
  }

  /** Checks a manual move; explains a refused one. */
  assertMove(cohort: Cohort, to: CohortStatus, hasApplications: boolean, lotteryFrozen: boolean): void {
    if (cohort.status === to) return;
    if (!MANUAL_MOVES[cohort.status].includes(to)) {
      const how =
        to === CohortStatus.SELECTED ? ' Run the selection (or the lottery) to fix the results.'
        : to === CohortStatus.ANNOUNCED ? ' Announce the results to do this.'
        : '';
      throw conflict('cohort.invalidTransition', `A cohort cannot move from ${cohort.status} to ${to}.${how}`, { from: cohort.status, to });
    }
    if (to === CohortStatus.DRAFT && hasApplications) throw conflict('cohort.hasApplications', 'This cohort already has applications; it cannot go back to draft.');
    if (to === CohortStatus.OPEN && cohort.status === CohortStatus.CLOSED && lotteryFrozen) throw conflict('lottery.frozen', 'The lottery list is frozen; the cohort cannot reopen.');
  }

  async changeStatus(ctx: Ctx, cohortId: string, to: CohortStatus): Promise<Cohort> {
    const cohort = await inTransaction(ctx.db, async (em) => {
      const cohort = await this.lockCohort(ctx, em, cohortId);
      const hasApplications = await em.getRepository(Application).existsBy({ cohortId: cohort.id });
      const frozen = await em.getRepository(LotteryDraw).existsBy({ cohortId: cohort.id });
      this.assertMove(cohort, to, hasApplications, frozen);
      cohort.status = to;
      return em.getRepository(Cohort).save(cohort);
    });
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  /**
   * Fixes the results: everyone eligible when they fit; otherwise the staff's review
   * decisions. Lottery cohorts over capacity go through freeze and draw instead.
   */
  async runSelection(ctx: Ctx, cohortId: string): Promise<Cohort> {
    const cohort = await inTransaction(ctx.db, async (em) => {
      const cohort = await this.lockCohort(ctx, em, cohortId);
      if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'Close the cohort before running the selection.');
      const pending = await em.getRepository(Application).find({ where: { cohortId: cohort.id, status: ApplicationStatus.SUBMITTED }, order: { id: 'ASC' } });
      const eligible = pending.filter((a) => a.eligible);
      const actor = ctx.user!.accountId;
      let outcome: Map<number, { status: ApplicationStatus; reason: string; position?: number }>;
      if (eligible.length <= cohort.capacity) {
        outcome = new Map(eligible.map((a) => [a.id, { status: ApplicationStatus.OFFERED, reason: 'within_capacity' }]));
      } else if (cohort.selectionMethod === SelectionMethod.LOTTERY) {
        throw conflict('selection.useLottery', `${eligible.length} eligible applications for ${cohort.capacity} places: freeze the list and draw the lottery.`, { eligible: eligible.length, capacity: cohort.capacity });
      } else {
        const undecided = eligible.filter((a) => !a.decision);
        if (undecided.length) throw conflict('selection.undecided', `${undecided.length} eligible applications still need a decision.`, { undecided: undecided.length });
        const accepted = eligible.filter((a) => a.decision === ReviewDecision.ACCEPT);
        if (accepted.length > cohort.capacity) throw conflict('selection.overCapacity', `${accepted.length} accepted, but the capacity is ${cohort.capacity}.`, { accepted: accepted.length, capacity: cohort.capacity });
        let position = 0;
        outcome = new Map(
          eligible.map((a) => [
            a.id,
            a.decision === ReviewDecision.ACCEPT ? { status: ApplicationStatus.OFFERED, reason: 'review_accepted' }
            : a.decision === ReviewDecision.WAITLIST ? { status: ApplicationStatus.WAITLISTED, reason: 'review_waitlisted', position: ++position }
            : { status: ApplicationStatus.REJECTED, reason: 'review_rejected' },
          ]),
        );
      }
      await this.applyOutcome(em, pending, outcome, actor, ctx.now);
      cohort.status = CohortStatus.SELECTED;
      return em.getRepository(Cohort).save(cohort);
    });
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  /** Writes results in batches: a 10,000-entry lottery is a few dozen statements, not 20,000. */
  private async applyOutcome(em: EntityManager, pending: Application[], outcome: Map<number, { status: ApplicationStatus; reason: string; position?: number }>, actor: number | null, now: Date): Promise<void> {
    const events: Array<Partial<ApplicationEvent>> = [];
    const groups = new Map<string, Application[]>();
    for (const app of pending) {
      const result = outcome.get(app.id) ?? { status: ApplicationStatus.REJECTED, reason: app.eligible ? 'not_selected' : 'ineligible' };
      app.status = result.status;
      app.waitlistPosition = result.position ?? null;
      const keepsReason = !app.eligible && !app.decisionReason;
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
          for (const a of chunk) await em.getRepository(Application).update({ id: a.id }, { status: a.status, waitlistPosition: null, decisionReason: a.decisionReason, updatedAt: now });
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
    const frozen = await inTransaction(ctx.db, async (em) => {
      const cohort = await this.lockCohort(ctx, em, cohortId);
      if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'Close the cohort before freezing the lottery list.');
      if (cohort.selectionMethod !== SelectionMethod.LOTTERY) throw conflict('selection.notLottery', 'This cohort selects by review, not by lottery.');
      if (await em.getRepository(LotteryDraw).existsBy({ cohortId: cohort.id })) throw conflict('lottery.frozen', 'The lottery list is already frozen.');
      const eligible = await em.getRepository(Application).find({ where: { cohortId: cohort.id, status: ApplicationStatus.SUBMITTED, eligible: true } });
      if (eligible.length <= cohort.capacity) throw conflict('lottery.notNeeded', 'All eligible applicants fit within the capacity; run the selection without a lottery.');
      const codes = sortCodes(eligible.map((a) => a.code));
      const lottery = await em.getRepository(LotteryDraw).save(
        em.getRepository(LotteryDraw).create({ cohortId: cohort.id, entryCount: codes.length, capacity: cohort.capacity, commitment: commitmentOf(codes), frozenAt: ctx.now, seed: null, drawnAt: null }),
      );
      for (let i = 0; i < codes.length; i += 500) {
        await em.getRepository(LotteryEntry).insert(codes.slice(i, i + 500).map((code) => ({ drawId: lottery.id, code, place: null })));
      }
      return lottery;
    });
    ctx.audit.target('Cohort', frozen.cohortId);
    return frozen;
  }

  /** Step 2: the seed, fixed after the commitment, decides the order. */
  async drawLottery(ctx: Ctx, cohortId: string, seed: string): Promise<LotteryDraw> {
    const trimmed = seed.trim();
    if (trimmed.length < 1 || trimmed.length > 100) throw badField('seed', 'validation.seed', 'Enter the public number announced for this draw (up to 100 characters).');
    const result = await inTransaction(ctx.db, async (em) => {
      const cohort = await this.lockCohort(ctx, em, cohortId);
      const lottery = await em.getRepository(LotteryDraw).findOneBy({ cohortId: cohort.id });
      if (!lottery) throw conflict('lottery.notFrozen', 'Freeze the list and publish the commitment before the draw.');
      if (lottery.drawnAt) throw conflict('lottery.drawn', 'This lottery has already been drawn.');
      if (cohort.status !== CohortStatus.CLOSED) throw conflict('selection.notClosed', 'The cohort must be closed for the draw.');
      const entries = await em.getRepository(LotteryEntry).find({ where: { drawId: lottery.id } });
      const outcome = draw(entries.map((e) => e.code), lottery.capacity, trimmed);
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
        em,
        pending,
        new Map(
          pending
            .filter((a) => byCode.has(a.code))
            .map((a) => {
              const place = byCode.get(a.code)!;
              return [a.id, place < lottery.capacity ? { status: ApplicationStatus.OFFERED, reason: 'lottery_drawn' } : { status: ApplicationStatus.WAITLISTED, reason: 'lottery_waitlisted', position: place - lottery.capacity + 1 }];
            }),
        ),
        ctx.user!.accountId,
        ctx.now,
      );
      lottery.seed = trimmed;
      lottery.drawnAt = ctx.now;
      cohort.status = CohortStatus.SELECTED;
      await em.getRepository(Cohort).save(cohort);
      return em.getRepository(LotteryDraw).save(lottery);
    });
    ctx.audit.target('Cohort', result.cohortId);
    return result;
  }

  async lotteryFor(ctx: Ctx, cohortId: string): Promise<LotteryDraw | null> {
    const cohort = await ctx.services.catalog.getCohort(ctx, cohortId);
    return ctx.db.getRepository(LotteryDraw).findOneBy({ cohortId: cohort.id });
  }

  /** The transcript anyone can check: staff once drawn, everyone once announced. */
  async transcript(ctx: Ctx, cohortId: string, staff: boolean): Promise<LotteryTranscript | null> {
    const cohort = await ctx.services.catalog.getCohort(ctx, cohortId);
    const lottery = await ctx.db.getRepository(LotteryDraw).findOneBy({ cohortId: cohort.id });
    if (!lottery?.drawnAt || !lottery.seed) return null;
    if (!staff && !resultsAnnounced(cohort)) return null;
    const entries = await ctx.db.getRepository(LotteryEntry).find({ where: { drawId: lottery.id } });
    const codes = sortCodes(entries.map((e) => e.code));
    const order = [...entries].sort((a, b) => (a.place ?? 0) - (b.place ?? 0)).map((e) => e.code);
    return {
      algorithm: LOTTERY_ALGORITHM,
      cohortId: cohort.id,
      capacity: lottery.capacity,
      codes,
      commitment: lottery.commitment,
      frozenAt: toTokyoIso(lottery.frozenAt),
      seed: lottery.seed,
      drawnAt: toTokyoIso(lottery.drawnAt),
      order,
      accepted: order.slice(0, lottery.capacity),
      waitlisted: order.slice(lottery.capacity),
    };
  }

  /** Results become visible, each applicant gets a notice on my page (and a mail saying only that). */
  async announce(ctx: Ctx, cohortId: string): Promise<Cohort> {
    const cohort = await inTransaction(ctx.db, async (em) => {
      const cohort = await this.lockCohort(ctx, em, cohortId);
      if (cohort.status !== CohortStatus.SELECTED) throw conflict('cohort.invalidTransition', 'Only a cohort whose selection is fixed can be announced.', { from: cohort.status, to: CohortStatus.ANNOUNCED });
      const course = await em.getRepository(Course).findOneByOrFail({ id: cohort.courseId });
      const deadline = new Date(ctx.now.getTime() + ctx.services.config.offerResponseDays * 24 * 3600_000);
      await em.getRepository(Application).update({ cohortId: cohort.id, status: ApplicationStatus.OFFERED }, { offerDeadline: deadline });
      const apps = await em.getRepository(Application).find({ where: { cohortId: cohort.id, status: In([ApplicationStatus.OFFERED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED]) } });
      const notices: MemberNotice[] = apps.map((a) => ({ accountId: a.accountId, cohortId: cohort.id, mail: a.emailAlerts, ...resultNotice(course.title, cohort.academicYear, a, deadline) }));
      await ctx.services.notices.notifyMembers(em, notices, ctx.user!.accountId, ctx.now);
      cohort.status = CohortStatus.ANNOUNCED;
      return em.getRepository(Cohort).save(cohort);
    });
    ctx.audit.target('Cohort', cohort.id);
    ctx.services.kickMail(ctx.db);
    return cohort;
  }
}

const tokyoDateTime = (d: Date) => toTokyoIso(d).slice(0, 16).replace('T', ' ');

export function resultNotice(courseTitle: string, year: number, app: Application, deadline: Date | null): { kind: NoticeKind; title: string; body: string } {
  const course = `${courseTitle}（${year}年度）`;
  switch (app.status) {
    case ApplicationStatus.OFFERED:
      return {
        kind: NoticeKind.RESULT,
        title: `${course} 受講決定のお知らせ`,
        body: `${course}の受講が決定しました。マイページの「申込状況」から、${deadline ? tokyoDateTime(deadline) : '期限'}までに受講するかどうかを回答してください。期限までに回答がない場合は辞退とみなします。\nYou have been offered a place. Please answer on My Page before the deadline.`,
      };
    case ApplicationStatus.WAITLISTED:
      return {
        kind: NoticeKind.RESULT,
        title: `${course} 選考結果のお知らせ（補欠）`,
        body: `${course}の選考の結果、補欠 ${app.waitlistPosition} 番となりました。欠員が出た場合は順番にご案内します。\nYou are on the waitlist, position ${app.waitlistPosition}. We will offer you a place if one becomes free.`,
      };
    default:
      return {
        kind: NoticeKind.RESULT,
        title: `${course} 選考結果のお知らせ`,
        body: `${course}にお申し込みいただきありがとうございました。選考の結果、今回は受講いただけないこととなりました。\nThank you for applying. We are unable to offer you a place this time.`,
      };
  }
}

export function offerNotice(courseTitle: string, year: number, deadline: Date): { kind: NoticeKind; title: string; body: string } {
  const course = `${courseTitle}（${year}年度）`;
  return {
    kind: NoticeKind.OFFER,
    title: `${course} 繰り上げ受講のご案内`,
    body: `${course}に欠員が出たため、受講いただけることになりました。マイページの「申込状況」から、${tokyoDateTime(deadline)}までに受講するかどうかを回答してください。\nA place has become free for you. Please answer on My Page before the deadline.`,
  };
}
