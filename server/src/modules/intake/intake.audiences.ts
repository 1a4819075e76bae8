import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { Cohort } from '../catalog';
import type { NoticeAudiences } from '../notices';
import { Application, ApplicationStatus } from './application.entity';

/** Every application a member still has a stake in (all but withdrawn). */
const LIVE_APPLICATION = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.OFFERED,
  ApplicationStatus.WAITLISTED,
  ApplicationStatus.ENROLLED,
  ApplicationStatus.REJECTED,
  ApplicationStatus.DECLINED,
  ApplicationStatus.LAPSED,
  ApplicationStatus.CANCELLED,
];

/** Tells the notices module who applied where; wired in modules/index.ts (the alumni module adds who completed where). */
export class IntakeAudiences implements Omit<NoticeAudiences, 'placesOf' | 'mailRecipientsOfAlumni'> {
  async mailRecipientsOfCohort(ctx: Ctx, cohortId: number): Promise<number[]> {
    const rows = await repo(ctx, Application).find({ select: { accountId: true }, where: { cohortId, status: In(LIVE_APPLICATION), emailAlerts: true } });
    return [...new Set(rows.map((r) => r.accountId))];
  }

  async mailRecipientsOfField(ctx: Ctx, fieldCode: string): Promise<number[]> {
    const rows = await repo(ctx, Application)
      .createQueryBuilder('a')
      .select('DISTINCT a.accountId', 'accountId')
      .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
      .where('h.fieldCode = :field AND a.emailAlerts = :yes', { field: fieldCode, yes: true })
      .getRawMany<{ accountId: number }>();
    return rows.map((r) => Number(r.accountId));
  }

  async appliedInField(ctx: Ctx, accountId: number, fieldCode: string): Promise<boolean> {
    const n = await repo(ctx, Application)
      .createQueryBuilder('a')
      .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
      .where('a.accountId = :accountId AND h.fieldCode = :fieldCode', { accountId, fieldCode })
      .getCount();
    return n > 0;
  }
}
