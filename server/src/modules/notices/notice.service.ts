import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { placeholders, readRows } from '../../core/rows';
import { badField, forbidden, notFound, parseId } from '../../core/errors';
import { fieldScope, assertFieldInScope } from '../../core/scope';
import { Role } from '../permissions';
import { Account } from '../accounts';
import { Cohort, type CatalogService, type FieldCode } from '../catalog';
import { Notice, NoticeAudience, NoticeKind } from './notice.entity';
import { NoticeRead } from './notice-read.entity';
import { MailOutbox } from './mail-outbox.entity';
import type { NoticeInput } from './notice.inputs';
import type { Mailer } from './mailer';

export interface MemberNotice {
  accountId: number;
  kind: NoticeKind;
  /** The message the clients render, e.g. notice.resultOffered, with its parameters. */
  messageKey: string;
  params: Record<string, string>;
  cohortId?: number | null;
  /** Queue a "notice waiting" mail too. */
  mail: boolean;
}

/**
 * Who a notice reaches, answered by the module that knows who applied where (intake). Notices
 * ask through this interface, so they do not depend on intake; modules/index.ts wires it.
 */
export interface NoticeAudiences {
  /** Members with a live application to the cohort who want mail. */
  mailRecipientsOfCohort(ctx: Ctx, cohortId: number): Promise<number[]>;
  /** Members who applied to a cohort of the field and want mail. */
  mailRecipientsOfField(ctx: Ctx, fieldCode: string): Promise<number[]>;
  /** The cohorts and fields a member applied to (which group notices they read). */
  placesOf(ctx: Ctx, accountId: number): Promise<{ cohortIds: number[]; fieldCodes: string[] }>;
  /** Whether the member applied to a cohort of the field (contractors write only to their own field's applicants). */
  appliedInField(ctx: Ctx, accountId: number, fieldCode: string): Promise<boolean>;
}

const mailRow = (accountId: number, now: Date) => ({
  accountId,
  template: 'notice-waiting',
  createdAt: now,
  claimToken: null,
  claimedAt: null,
  sentAt: null,
  attempts: 0,
  lastError: null,
});

export class NoticeService {
  private audiences: NoticeAudiences | null = null;

  constructor(
    private readonly catalog: CatalogService,
    private readonly mailer: Mailer,
  ) {}

  /** Wired by the module list once intake exists (intake depends on notices, not the other way round). */
  useAudiences(audiences: NoticeAudiences): void {
    this.audiences = audiences;
  }

  private get audience(): NoticeAudiences {
    if (!this.audiences) throw new Error('notice audiences are not wired');
    return this.audiences;
  }

  /** Notices to single members, with their mails, inside the caller's transaction; the sender wakes after the commit. */
  async notifyMembers(ctx: Ctx, items: MemberNotice[]): Promise<void> {
    if (items.length === 0) return;
    const createdById = ctx.user?.accountId ?? null;
    for (let i = 0; i < items.length; i += 200) {
      const chunk = items.slice(i, i + 200);
      await repo(ctx, Notice).insert(
        chunk.map((n) => ({
          audience: NoticeAudience.MEMBER,
          kind: n.kind,
          accountId: n.accountId,
          cohortId: n.cohortId ?? null,
          fieldCode: null,
          title: null,
          body: null,
          messageKey: n.messageKey,
          messageParams: JSON.stringify(n.params),
          createdById,
          createdAt: ctx.now,
        })),
      );
      const mails = chunk.filter((n) => n.mail).map((n) => mailRow(n.accountId, ctx.now));
      if (mails.length) await repo(ctx, MailOutbox).insert(mails);
    }
    ctx.afterCommit(() => this.mailer.wake());
  }

  async create(ctx: Ctx, input: NoticeInput): Promise<Notice> {
    const target = await this.resolveTarget(ctx, input);
    const notices = repo(ctx, Notice);
    const notice = await notices.save(
      notices.create({
        audience: input.audience,
        kind: NoticeKind.GENERAL,
        accountId: target.accountId,
        cohortId: target.cohortId,
        fieldCode: target.fieldCode,
        title: input.title.trim(),
        body: input.body.trim(),
        messageKey: null,
        messageParams: null,
        createdById: ctx.user!.accountId,
        createdAt: ctx.now,
      }),
    );
    const recipients = await this.recipients(ctx, notice);
    for (let i = 0; i < recipients.length; i += 500) await repo(ctx, MailOutbox).insert(recipients.slice(i, i + 500).map((id) => mailRow(id, ctx.now)));
    ctx.audit.target('Notice', notice.id);
    ctx.afterCommit(() => this.mailer.wake());
    return notice;
  }

  /** Checks the target exists and lies in the writer's scope. */
  private async resolveTarget(ctx: Ctx, input: NoticeInput): Promise<{ accountId: number | null; cohortId: number | null; fieldCode: FieldCode | null }> {
    const scoped = fieldScope(ctx);
    switch (input.audience) {
      case NoticeAudience.MEMBER: {
        if (!input.accountId) throw badField('accountId', 'validation.required', 'Choose the member to write to.');
        const accountId = parseId(input.accountId, 'member');
        const member = await repo(ctx, Account).findOneBy({ id: accountId, role: Role.MEMBER });
        if (!member) throw notFound('member');
        if (scoped && !(await this.audience.appliedInField(ctx, accountId, scoped))) throw notFound('member');
        return { accountId, cohortId: null, fieldCode: null };
      }
      case NoticeAudience.COHORT: {
        if (!input.cohortId) throw badField('cohortId', 'validation.required', 'Choose the cohort to write to.');
        const cohort = await this.catalog.getCohort(ctx, input.cohortId);
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

  private async recipients(ctx: Ctx, notice: Notice): Promise<number[]> {
    switch (notice.audience) {
      case NoticeAudience.MEMBER:
        return [notice.accountId!];
      case NoticeAudience.COHORT:
        return this.audience.mailRecipientsOfCohort(ctx, notice.cohortId!);
      case NoticeAudience.FIELD:
        return this.audience.mailRecipientsOfField(ctx, notice.fieldCode!);
      case NoticeAudience.ALL_MEMBERS: {
        const rows = await repo(ctx, Account).find({ select: { id: true }, where: { role: Role.MEMBER } });
        return rows.map((r) => r.id);
      }
      default:
        return [];
    }
  }

  /** Notices the member can read: their own, their cohorts', their fields', everyone's. */
  async forMember(ctx: Ctx, limit = 50): Promise<Notice[]> {
    const me = ctx.user!.accountId;
    const { cohortIds, fieldCodes } = await this.audience.placesOf(ctx, me);
    let where = 'WHERE (n.audience = ? AND n.accountId = ?) OR n.audience IN (?, ?)';
    const params: unknown[] = [NoticeAudience.MEMBER, me, NoticeAudience.ALL_MEMBERS, NoticeAudience.PUBLIC];
    if (cohortIds.length) {
      where += ` OR (n.audience = ? AND n.cohortId IN (${placeholders(cohortIds)}))`;
      params.push(NoticeAudience.COHORT, ...cohortIds);
    }
    if (fieldCodes.length) {
      where += ` OR (n.audience = ? AND n.fieldCode IN (${placeholders(fieldCodes)}))`;
      params.push(NoticeAudience.FIELD, ...fieldCodes);
    }
    const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), 200);
    return readRows(ctx.em, Notice, 'n', `${where} ORDER BY n.createdAt DESC, n.id DESC LIMIT ${take}`, params);
  }

  async unreadCount(ctx: Ctx): Promise<number> {
    const notices = await this.forMember(ctx, 200);
    if (notices.length === 0) return 0;
    const ids = notices.map((n) => n.id);
    const [row] = (await ctx.em.query(`SELECT COUNT(*) AS n FROM notice_read WHERE accountId = ? AND noticeId IN (${placeholders(ids)})`, [ctx.user!.accountId, ...ids])) as {
      n: number | string;
    }[];
    return notices.length - Number(row.n);
  }

  async markRead(ctx: Ctx, id: string): Promise<Notice> {
    const noticeId = parseId(id, 'notice');
    const notice = (await this.forMember(ctx, 200)).find((n) => n.id === noticeId);
    if (!notice) throw notFound('notice');
    await repo(ctx, NoticeRead).createQueryBuilder().insert().values({ noticeId, accountId: ctx.user!.accountId, readAt: ctx.now }).orIgnore().execute();
    return notice;
  }

  publicNotices(ctx: Ctx): Promise<Notice[]> {
    return readRows(ctx.em, Notice, 'n', 'WHERE n.audience = ? ORDER BY n.createdAt DESC, n.id DESC LIMIT 20', [NoticeAudience.PUBLIC]);
  }

  /** Staff list: notices to groups (not to single members), within the field scope. */
  async forStaff(ctx: Ctx): Promise<Notice[]> {
    const scoped = fieldScope(ctx);
    const qb = repo(ctx, Notice).createQueryBuilder('n').where('n.audience <> :member', { member: NoticeAudience.MEMBER });
    if (scoped) qb.leftJoin(Cohort, 'h', 'h.id = n.cohortId').andWhere('(n.fieldCode = :scoped OR h.fieldCode = :scoped)', { scoped });
    return qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').take(100).getMany();
  }
}
