import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { fieldClause, placeholders, readRows } from '../../core/rows';
import { Cohort, CohortStatus, canSeeDrafts } from '../catalog';
import { Application, ApplicationStatus, SEAT_HOLDING } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { Enrollment } from './enrollment.entity';
import { LotteryDraw } from './lottery-draw.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

async function countBy(ctx: Ctx, cohortIds: readonly number[], statuses?: readonly string[]): Promise<number[]> {
  const qb = repo(ctx, Application)
    .createQueryBuilder('a')
    .select('a.cohortId', 'cohortId')
    .addSelect('COUNT(*)', 'n')
    .where('a.cohortId IN (:...ids)', { ids: [...cohortIds] });
  if (statuses) qb.andWhere('a.status IN (:...statuses)', { statuses: [...statuses] });
  const rows = await qb.groupBy('a.cohortId').getRawMany<{ cohortId: number; n: string | number }>();
  const map = new Map(rows.map((r) => [Number(r.cohortId), Number(r.n)]));
  return cohortIds.map((id) => map.get(id) ?? 0);
}

export const intakeLoaders = defineLoaders((ctx) => ({
  cohortById: new DataLoader<number, Cohort | null>(async (ids) => {
    const scope = fieldClause(ctx, 'h.fieldCode');
    const drafts = canSeeDrafts(ctx) ? '' : ' AND h.status <> ?';
    const rows = await readRows(ctx.em, Cohort, 'h', `WHERE h.id IN (${placeholders(ids)})${drafts}${scope.sql}`, [
      ...ids,
      ...(drafts ? [CohortStatus.DRAFT] : []),
      ...scope.params,
    ]);
    return byKey(ids, rows, (h) => h.id);
  }),
  enrollmentByApplication: new DataLoader<number, Enrollment | null>(async (ids) =>
    byKey(ids, await readRows(ctx.em, Enrollment, 'e', `WHERE e.applicationId IN (${placeholders(ids)})`, [...ids]), (e) => e.applicationId),
  ),
  eventsByApplication: new DataLoader<number, ApplicationEvent[]>(async (ids) =>
    groupBy(ids, await repo(ctx, ApplicationEvent).find({ where: { applicationId: In([...ids]) }, order: { id: 'ASC' } }), (e) => e.applicationId),
  ),
  lotteryByCohort: new DataLoader<number, LotteryDraw | null>(async (ids) =>
    byKey(ids, await readRows(ctx.em, LotteryDraw, 'd', `WHERE d.cohortId IN (${placeholders(ids)})`, [...ids]), (d) => d.cohortId),
  ),
  myApplicationByCohort: new DataLoader<number, Application | null>(async (ids) => {
    if (!ctx.user) return ids.map(() => null);
    return byKey(ids, await repo(ctx, Application).findBy({ cohortId: In([...ids]), accountId: ctx.user.accountId }), (a) => a.cohortId);
  }),
  /** Current place on the waitlist (1 = next), as people ahead move up. */
  waitlistRankByApplication: new DataLoader<number, number | null>(async (ids) => {
    // One statement: everyone waiting in the cohorts of these applications, in waitlist order.
    const waiting = (await ctx.em.query(
      `SELECT w.id AS id, w.cohortId AS cohortId FROM application w WHERE w.status = ? AND w.cohortId IN (SELECT a.cohortId FROM application a WHERE a.id IN (${placeholders(ids)})) ORDER BY w.waitlistPosition ASC, w.id ASC`,
      [ApplicationStatus.WAITLISTED, ...ids],
    )) as Array<{ id: unknown; cohortId: unknown }>;
    const rank = new Map<number, number>();
    const seen = new Map<number, number>();
    for (const w of waiting) {
      const cohortId = Number(w.cohortId);
      const n = (seen.get(cohortId) ?? 0) + 1;
      seen.set(cohortId, n);
      rank.set(Number(w.id), n);
    }
    return ids.map((id) => rank.get(id) ?? null);
  }),
  applicationCountByCohort: new DataLoader<number, number>((ids) => countBy(ctx, ids)),
  seatsTakenByCohort: new DataLoader<number, number>((ids) => countBy(ctx, ids, SEAT_HOLDING)),
}));
