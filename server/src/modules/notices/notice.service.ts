import { In, type EntityManager } from 'typeorm';
import type { Ctx } from '../../core/context';
import { inTransaction } from '../../core/tx';
import { badField, forbidden, notFound, parseId } from '../../core/errors';
import { fieldScope, assertFieldInScope } from '../../core/scope';
import { Role } from '../../core/auth/permissions';
import { Account } from '../accounts/account.entity';
import { Application, ApplicationStatus } from '../intake/application.entity';
import { Cohort } from '../catalog/cohort.entity';
import { Course } from '../catalog/course.entity';
import type { FieldCode } from '../catalog/field.entity';
import { MailOutbox, Notice, NoticeAudience, NoticeKind, NoticeRead } from './notice.entity';
import type { NoticeInput } from './notice.inputs';

export interface MemberNotice {
  accountId: number;
  kind: NoticeKind;
  title: string;
  body: string;
  cohortId?: number | null;
  /** Queue a "notice waiting" mail too. */
  mail: boolean;
}

const LIVE_APPLICATION = [ApplicationStatus.SUBMITTED, ApplicationStatus.OFFERED, ApplicationStatus.WAITLISTED, ApplicationStatus.ENROLLED, ApplicationStatus.REJECTED, ApplicationStatus.DECLINED, ApplicationStatus.LAPSED, ApplicationStatus.CANCELLED];

export class NoticeService {
  /** Notices to single members, with their mails, inside the caller's transaction. */
  async notifyMembers(em: EntityManager, items: MemberNotice[], createdById: number | null, now: Date): Promise<void> {
    if (items.length === 0) return;
    for (let i = 0; i < items.length; i += 200) {
      const chunk = items.slice(i, i + 200);
      await em.getRepository(Notice).insert(
        chunk.map((n) => ({ audience: NoticeAudience.MEMBER, kind: n.kind, accountId: n.accountId, cohortId: n.cohortId ?? null, fieldCode: null, title: n.title, body: n.body, createdById, createdAt: now })),
      );
      const mails = chunk.filter((n) => n.mail).map((n) => ({ accountId: n.accountId, template: 'notice-waiting', createdAt: now, claimToken: null, claimedAt: null, sentAt: null, attempts: 0, lastError: null }));
      if (mails.length) await em.getRepository(MailOutbox).insert(mails);
    }
  }

  async create(ctx: Ctx, input: NoticeInput): Promise<Notice> {
    const target = await this.resolveTarget(ctx, input);
    const notice = await inTransaction(ctx.db, async (em) => {
      const saved = await em.getRepository(Notice).save(
        em.getRepository(Notice).create({
          audience: input.audience, kind: NoticeKind.GENERAL, accountId: target.accountId, cohortId: target.cohortId, fieldCode: target.fieldCode,
          title: input.title.trim(), body: input.body.trim(), createdById: ctx.user!.accountId, createdAt: ctx.now,
        }),
      );
      const recipients = await this.recipients(em, saved);
      for (let i = 0; i < recipients.length; i += 500) {
        await em.getRepository(MailOutbox).insert(
          recipients.slice(i, i + 500).map((accountId) => ({ accountId, template: 'notice-waiting', createdAt: ctx.now, claimToken: null, claimedAt: null, sentAt: null, attempts: 0, lastError: null })),
        );
      }
      return saved;
    });
    ctx.audit.target('Notice', notice.id);
    ctx.services.kickMail(ctx.db);
    return notice;
  }

  /** Checks the target exists and lies in the writer's scope. */
  private async resolveTarget(ctx: Ctx, input: NoticeInput): Promise<{ accountId: number | null; cohortId: number | null; fieldCode: FieldCode | null }> {
    const scoped = fieldScope(ctx);
    switch (input.audience) {
      case NoticeAudience.MEMBER: {
        if (!input.accountId) throw badField('accountId', 'validation.required', 'Choose the member to write to.');
        const accountId = parseId(input.accountId, 'member');
        const member = await ctx.db.getRepository(Account).findOneBy({ id: accountId, role: Role.MEMBER });
        if (!member) throw notFound('member');
        if (scoped) {
          const inField = await ctx.db
            .getRepository(Application)
            .createQueryBuilder('a')
            .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
            .innerJoin(Course, 'c', 'c.id = h.courseId')
            .where('a.accountId = :accountId AND c.fieldCode = :scoped', { accountId, scoped })
            .getCount();
          if (!inField) throw notFound('member');
        }
        return { accountId, cohortId: null, fieldCode: null };
      }
      case NoticeAudience.COHORT: {
        if (!input.cohortId) throw badField('cohortId', 'validation.required', 'Choose the cohort to write to.');
        const cohort = await ctx.services.catalog.getCohort(ctx, input.cohortId);
        return { accountId: null, cohortId: cohort.id, fieldCode: null };
      }
      case NoticeAudience.FIELD: {
        if (!input.fieldCode) throw badField('fieldCode', 'validation.required', 'Choose the field to write to.');
        assertFieldInScope(ctx, input.fieldCode);
        return { accountId: null, cohortId: null, fieldCode: input.fieldCode };
      }
      default:
        // Ward-wide and public notices speak for the ward, not for one contractor.
        if (scoped) throw forbidden('Contractor staff write notices to their own field, its cohorts or its applicants.');
        return { accountId: null, cohortId: null, fieldCode: null };
    }
  }

  private async recipients(em: EntityManager, notice: Notice): Promise<number[]> {
    switch (notice.audience) {
      case NoticeAudience.MEMBER:
        return [notice.accountId!];
      case NoticeAudience.COHORT: {
        const rows = await em.getRepository(Application).find({ select: { accountId: true }, where: { cohortId: notice.cohortId!, status: In(LIVE_APPLICATION), emailAlerts: true } });
        return [...new Set(rows.map((r) => r.accountId))];
      }
      case NoticeAudience.FIELD: {
        const rows = await em
          .getRepository(Application)
          .createQueryBuilder('a')
          .select('DISTINCT a.accountId', 'accountId')
          .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
          .innerJoin(Course, 'c', 'c.id = h.courseId')
          .where('c.fieldCode = :field AND a.emailAlerts = :yes', { field: notice.fieldCode, yes: true })
          .getRawMany<{ accountId: number }>();
        return rows.map((r) => Number(r.accountId));
      }
      case NoticeAudience.ALL_MEMBERS: {
        const rows = await em.getRepository(Account).find({ select: { id: true }, where: { role: Role.MEMBER } });
        return rows.map((r) => r.id);
      }
      default:
        return [];
    }
  }

  /** Notices the member can read: their own, their cohorts', their fields', everyone's. */
  async forMember(ctx: Ctx, limit = 50): Promise<Notice[]> {
    const me = ctx.user!.accountId;
    const mine = await ctx.db
      .getRepository(Application)
      .createQueryBuilder('a')
      .select('a.cohortId', 'cohortId')
      .addSelect('c.fieldCode', 'fieldCode')
      .innerJoin(Cohort, 'h', 'h.id = a.cohortId')
      .innerJoin(Course, 'c', 'c.id = h.courseId')
      .where('a.accountId = :me', { me })
      .getRawMany<{ cohortId: number; fieldCode: string }>();
    const cohortIds = [...new Set(mine.map((r) => Number(r.cohortId)))];
    const fieldCodes = [...new Set(mine.map((r) => r.fieldCode))];
    const qb = ctx.db
      .getRepository(Notice)
      .createQueryBuilder('n')
      .where('(n.audience = :member AND n.accountId = :me)', { member: NoticeAudience.MEMBER, me })
      .orWhere('n.audience IN (:...everyone)', { everyone: [NoticeAudience.ALL_MEMBERS, NoticeAudience.PUBLIC] });
    if (cohortIds.length) qb.orWhere('(n.audience = :cohort AND n.cohortId IN (:...cohortIds))', { cohort: NoticeAudience.COHORT, cohortIds });
    if (fieldCodes.length) qb.orWhere('(n.audience = :field AND n.fieldCode IN (:...fieldCodes))', { field: NoticeAudience.FIELD, fieldCodes });
    return qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').take(Math.min(Math.max(limit, 1), 200)).getMany();
  }

  async unreadCount(ctx: Ctx): Promise<number> {
    const notices = await this.forMember(ctx, 200);
    if (notices.length === 0) return 0;
    const read = await ctx.db.getRepository(NoticeRead).countBy({ accountId: ctx.user!.accountId, noticeId: In(notices.map((n) => n.id)) });
    return notices.length - read;
  }

  async markRead(ctx: Ctx, id: string): Promise<Notice> {
    const noticeId = parseId(id, 'notice');
    const notice = (await this.forMember(ctx, 200)).find((n) => n.id === noticeId);
    if (!notice) throw notFound('notice');
    await ctx.db.getRepository(NoticeRead).createQueryBuilder().insert().values({ noticeId, accountId: ctx.user!.accountId, readAt: ctx.now }).orIgnore().execute();
    return notice;
  }

  publicNotices(ctx: Ctx): Promise<Notice[]> {
    return ctx.db.getRepository(Notice).find({ where: { audience: NoticeAudience.PUBLIC }, order: { createdAt: 'DESC', id: 'DESC' }, take: 20 });
  }

  /** Staff list: notices to groups (not to single members), within the field scope. */
  async forStaff(ctx: Ctx): Promise<Notice[]> {
    const scoped = fieldScope(ctx);
    const qb = ctx.db.getRepository(Notice).createQueryBuilder('n').where('n.audience <> :member', { member: NoticeAudience.MEMBER });
    if (scoped) {
      qb.leftJoin(Cohort, 'h', 'h.id = n.cohortId')
        .leftJoin(Course, 'c', 'c.id = h.courseId')
        .andWhere('(n.fieldCode = :scoped OR c.fieldCode = :scoped)', { scoped });
    }
    return qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').take(100).getMany();
  }
}
