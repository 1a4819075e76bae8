import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { fieldScope, scopeByField } from '../../core/scope';
import { tokyoToday } from '../../core/graphql/scalars';
import { Cohort, CohortStatus, SelectionMethod } from '../catalog';
import { Application, ApplicationStatus } from './application.entity';
import { LotteryDraw } from './lottery-draw.entity';
import type { CohortWork, StaffHome } from './staff-home.types';

/** Cohorts that may still need staff: before the selection, or with offers out. */
const ACTIVE: readonly CohortStatus[] = [CohortStatus.OPEN, CohortStatus.CLOSED, CohortStatus.SELECTED, CohortStatus.ANNOUNCED, CohortStatus.RUNNING];
const LAPSING_WINDOW_MS = 3 * 24 * 3600_000;

/** April to March: the academic year of a Tokyo date. */
export function academicYearOf(now: Date): number {
  const [year, month] = tokyoToday(now).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** The staff home: a fixed number of statements whatever the number of cohorts (five, plus the nested cohort fields' loaders). */
export class StaffHomeService {
  async home(ctx: Ctx): Promise<StaffHome> {
    const field = fieldScope(ctx);
    const active = [...ACTIVE];
    // 1. The cohorts.
    const cohorts = await scopeByField(ctx, repo(ctx, Cohort).createQueryBuilder('h').where('h.status IN (:...active)', { active }), 'h.fieldCode').getMany();
    // 2. Application counts per cohort (integers only, so one raw statement serves both drivers).
    const scope = field ? ' AND h.fieldCode = ?' : '';
    const counts = (await ctx.em.query(
      `SELECT a.cohortId AS cohortId, ` +
        `SUM(CASE WHEN a.status = ? AND a.eligible = 1 AND a.decision IS NULL THEN 1 ELSE 0 END) AS undecided, ` +
        `SUM(CASE WHEN a.status = ? AND a.eligible = 1 THEN 1 ELSE 0 END) AS eligible ` +
        `FROM application a INNER JOIN cohort h ON h.id = a.cohortId WHERE h.status IN (?, ?)${scope} GROUP BY a.cohortId`,
      [ApplicationStatus.SUBMITTED, ApplicationStatus.SUBMITTED, CohortStatus.OPEN, CohortStatus.CLOSED, ...(field ? [field] : [])],
    )) as { cohortId: number; undecided: number | string | null; eligible: number | string | null }[];
    const countsBy = new Map(counts.map((c) => [Number(c.cohortId), { undecided: Number(c.undecided ?? 0), eligible: Number(c.eligible ?? 0) }]));
    // 3. Unanswered offers (their deadlines, through TypeORM for the date conversions).
    const offers = await scopeByField(
      ctx,
      repo(ctx, Application)
        .createQueryBuilder('a')
        .select(['a.id', 'a.cohortId', 'a.offerDeadline'])
        .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
        .where('a.status = :offered AND a.offerDeadline IS NOT NULL AND a.offerDeadline > :now', { offered: ApplicationStatus.OFFERED, now: ctx.now })
        .andWhere('h.status IN (:...active)', { active }),
      'h.fieldCode',
    ).getMany();
    // 4. Lottery lists of the closed cohorts.
    const draws = await scopeByField(
      ctx,
      repo(ctx, LotteryDraw)
        .createQueryBuilder('d')
        .select(['d.id', 'd.cohortId', 'd.drawnAt'])
        .innerJoin(Cohort, 'h', 'h.id = d.cohortId')
        .where('h.status = :closed', { closed: CohortStatus.CLOSED }),
      'h.fieldCode',
    ).getMany();
    const drawBy = new Map(draws.map((d) => [d.cohortId, d]));
    // 5. The two counts.
    const [totals] = (await ctx.em.query(
      `SELECT (SELECT COUNT(*) FROM cohort c WHERE c.status = ?${field ? ' AND c.fieldCode = ?' : ''}) AS openCohorts, ` +
        `(SELECT COUNT(*) FROM application a INNER JOIN cohort h ON h.id = a.cohortId WHERE h.academicYear = ? AND a.status <> ?${scope}) AS applications`,
      [CohortStatus.OPEN, ...(field ? [field] : []), academicYearOf(ctx.now), ApplicationStatus.WITHDRAWN, ...(field ? [field] : [])],
    )) as { openCohorts: number | string; applications: number | string }[];

    const soon = ctx.now.getTime() + LAPSING_WINDOW_MS;
    const offersBy = new Map<number, Date[]>();
    for (const o of offers) offersBy.set(o.cohortId, [...(offersBy.get(o.cohortId) ?? []), o.offerDeadline!]);
    const work: CohortWork[] = [];
    for (const cohort of cohorts) {
      const count = countsBy.get(cohort.id) ?? { undecided: 0, eligible: 0 };
      const draw = drawBy.get(cohort.id);
      const deadlines = offersBy.get(cohort.id) ?? [];
      const lottery = cohort.selectionMethod === SelectionMethod.LOTTERY;
      const beforeSelection = cohort.status === CohortStatus.OPEN || cohort.status === CohortStatus.CLOSED;
      const item: CohortWork = {
        cohort,
        applicationsToReview: !lottery && beforeSelection ? count.undecided : 0,
        lotteryToFreeze: lottery && cohort.status === CohortStatus.CLOSED && count.eligible > cohort.capacity && !draw,
        lotteryToDraw: lottery && cohort.status === CohortStatus.CLOSED && !!draw && !draw.drawnAt,
        resultsToAnnounce: cohort.status === CohortStatus.SELECTED,
        offersLapsingSoon: deadlines.filter((d) => d.getTime() <= soon).length,
        nextDeadline: null,
      };
      const candidates = [...deadlines, ...(cohort.status === CohortStatus.OPEN && cohort.applicationClosesAt > ctx.now ? [cohort.applicationClosesAt] : [])];
      item.nextDeadline = candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
      if (item.applicationsToReview || item.lotteryToFreeze || item.lotteryToDraw || item.resultsToAnnounce || item.offersLapsingSoon) work.push(item);
    }
    work.sort((a, b) => (a.nextDeadline?.getTime() ?? Infinity) - (b.nextDeadline?.getTime() ?? Infinity) || a.cohort.id - b.cohort.id);
    return { work, openCohorts: Number(totals.openCohorts), applicationsThisYear: Number(totals.applications) };
  }
}
