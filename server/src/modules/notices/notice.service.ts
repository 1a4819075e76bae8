import { In, IsNull } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { placeholders, readRows } from '../../core/rows';
import { badField, conflict, forbidden, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { fieldScope, assertFieldInScope } from '../../core/scope';
import { Role } from '../permissions';
import { Account } from '../accounts';
import { Cohort, type CatalogService, type FieldCode } from '../catalog';
import { Notice, NoticeAudience, NoticeKind } from './notice.entity';
import { NoticeRead } from './notice-read.entity';
import { MailOutbox } from './mail-outbox.entity';
import type { NoticeInput, NoticeUpdateInput } from './notice.inputs';
import { NoticeRevision, NoticeRevisionKind } from './notice-revision.entity';
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
  /** The mail to queue; by default the one that says a notice is waiting. */
  mailTemplate?: 'notice-waiting' | 'survey-waiting' | 'disclosure-waiting' | 'erasure-requested' | 'account-inactive';
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
  /**
   * The cohorts and fields a member applied to (which group notices they read), and those they
   * completed as alumni (which alumni notices they read), decided from their completions.
   */
  placesOf(ctx: Ctx, accountId: number): Promise<MemberPlaces>;
  /** Alumni of the cohort, of the field, or all (neither given) who want mail. */
  mailRecipientsOfAlumni(ctx: Ctx, target: { cohortId?: number; fieldCode?: string }): Promise<number[]>;
  /** Whether the member applied to a cohort of the field (contractors write only to their own field's applicants). */
  appliedInField(ctx: Ctx, accountId: number, fieldCode: string): Promise<boolean>;
}

export interface MemberPlaces {
  cohortIds: number[];
  fieldCodes: string[];
  alumniCohortIds: number[];
  alumniFieldCodes: string[];
}

/** How many members read group notices (any application counts, as in placesOf), batched; answered by intake, wired in modules/index.ts. */
export interface NoticeReach {
  readersOfCohorts(ctx: Ctx, cohortIds: readonly number[]): Promise<Map<number, number>>;
  readersOfFields(ctx: Ctx, fieldCodes: readonly string[]): Promise<Map<string, number>>;
}

/** How many alumni read alumni notices, batched (key 0 / '' in the maps: all alumni); answered by the alumni module. */
export interface AlumniReach {
  alumniOf(
    ctx: Ctx,
    cohortIds: readonly number[],
    fieldCodes: readonly string[],
    all: boolean,
  ): Promise<{ cohorts: Map<number, number>; fields: Map<string, number>; all: number }>;
}

/** What members and the public may see: published and not withdrawn. */
const VISIBLE = 'n.publishedAt IS NOT NULL AND n.withdrawnAt IS NULL';
export const WITHDRAW_REASON_MAX = 300;

const mailRow = (accountId: number, now: Date, template = 'notice-waiting') => ({
  accountId,
  template,
  createdAt: now,
  claimToken: null,
  claimedAt: null,
  sentAt: null,
  attempts: 0,
  lastError: null,
});

export class NoticeService {
  private audiences: NoticeAudiences | null = null;
  private reachOf: NoticeReach | null = null;
  private alumniReach: AlumniReach | null = null;

  constructor(
    private readonly catalog: CatalogService,
    private readonly mailer: Mailer,
  ) {}

  /** Wired by the module list once intake exists (intake depends on notices, not the other way round). */
  useAudiences(audiences: NoticeAudiences): void {
    this.audiences = audiences;
  }

  useReach(reach: NoticeReach, alumni: AlumniReach): void {
    this.reachOf = reach;
    this.alumniReach = alumni;
  }

  get reach(): NoticeReach {
    if (!this.reachOf) throw new Error('notice reach is not wired');
    return this.reachOf;
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
          // System notices go out at once: they are never drafts.
          publishedAt: ctx.now,
          withdrawnAt: null,
          withdrawReason: null,
          updatedAt: ctx.now,
        })),
      );
      const mails = chunk.filter((n) => n.mail).map((n) => mailRow(n.accountId, ctx.now, n.mailTemplate));
      if (mails.length) await repo(ctx, MailOutbox).insert(mails);
    }
    ctx.afterCommit(() => this.mailer.wake());
  }

  /** Writes a notice; unless it is a draft it is published at once, with its mails. */
  async create(ctx: Ctx, input: NoticeInput, draft = false): Promise<Notice> {
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
        publishedAt: draft ? null : ctx.now,
        withdrawnAt: null,
        withdrawReason: null,
        updatedAt: ctx.now,
      }),
    );
    await this.revise(ctx, notice.id, NoticeRevisionKind.CREATED, { title: notice.title, body: notice.body });
    if (!draft) await this.announce(ctx, notice);
    ctx.audit.target('Notice', notice.id);
    return notice;
  }

  /** A draft goes out now. Compare-and-set on publishedAt IS NULL: concurrent calls publish (and mail) once. */
  async publish(ctx: Ctx, id: string): Promise<Notice> {
    const notice = await this.staffNotice(ctx, id);
    const published = await repo(ctx, Notice).update({ id: notice.id, publishedAt: IsNull(), withdrawnAt: IsNull() }, { publishedAt: ctx.now, updatedAt: ctx.now });
    if (!published.affected) {
      const now = await repo(ctx, Notice).findOneByOrFail({ id: notice.id });
      if (now.withdrawnAt) throw conflict('notice.withdrawn', 'This notice has been withdrawn.');
      throw conflict('notice.alreadyPublished', 'This notice has already been published.');
    }
    Object.assign(notice, { publishedAt: ctx.now, updatedAt: ctx.now });
    await this.announce(ctx, notice);
    ctx.audit.target('Notice', notice.id);
    return notice;
  }

  /** Staff correct what they wrote; once published a reason is required. System notices are never edited. */
  async update(ctx: Ctx, input: NoticeUpdateInput): Promise<Notice> {
    const notice = await this.staffNotice(ctx, input.id, true);
    if (notice.messageKey) throw conflict('notice.systemNotice', 'A notice the system wrote cannot be edited; withdraw it instead.');
    if (notice.withdrawnAt) throw conflict('notice.withdrawn', 'This notice has been withdrawn.');
    const reason = input.reason?.trim() || null;
    if (notice.publishedAt && !reason) throw badField('reason', 'validation.reason', 'Say why a published notice is changed.');
    const values = { title: input.title.trim(), body: input.body.trim() };
    await repo(ctx, Notice).update({ id: notice.id }, { ...values, updatedAt: ctx.now });
    await this.revise(ctx, notice.id, NoticeRevisionKind.EDITED, { ...values, reason });
    ctx.audit.target('Notice', notice.id);
    return Object.assign(notice, values, { updatedAt: ctx.now });
  }

  /** Hides it from members and the public page (no mail). Compare-and-set on withdrawnAt IS NULL. */
  async withdraw(ctx: Ctx, id: string, reasonText: string): Promise<Notice> {
    const reason = reasonText.trim();
    if (!reason) throw badField('reason', 'validation.reason', 'Say why the notice is withdrawn.');
    if (reason.length > WITHDRAW_REASON_MAX) throw badField('reason', 'validation.length', `Up to ${WITHDRAW_REASON_MAX} characters.`);
    const notice = await this.staffNotice(ctx, id);
    const withdrawn = await repo(ctx, Notice).update({ id: notice.id, withdrawnAt: IsNull() }, { withdrawnAt: ctx.now, withdrawReason: reason, updatedAt: ctx.now });
    if (!withdrawn.affected) throw conflict('notice.withdrawn', 'This notice has already been withdrawn.');
    await this.revise(ctx, notice.id, NoticeRevisionKind.WITHDRAWN, { reason });
    ctx.audit.target('Notice', notice.id);
    return Object.assign(notice, { withdrawnAt: ctx.now, withdrawReason: reason, updatedAt: ctx.now });
  }

  /** The published notice's mails and its PUBLISHED revision; the sender wakes after the commit. */
  private async announce(ctx: Ctx, notice: Notice): Promise<void> {
    await this.revise(ctx, notice.id, NoticeRevisionKind.PUBLISHED, {});
    const recipients = await this.recipients(ctx, notice);
    for (let i = 0; i < recipients.length; i += 500) await repo(ctx, MailOutbox).insert(recipients.slice(i, i + 500).map((id) => mailRow(id, ctx.now)));
    ctx.afterCommit(() => this.mailer.wake());
  }

  private async revise(ctx: Ctx, noticeId: number, kind: NoticeRevisionKind, text: { title?: string | null; body?: string | null; reason?: string | null }): Promise<void> {
    await repo(ctx, NoticeRevision).insert({
      noticeId,
      at: ctx.now,
      actorId: ctx.user?.accountId ?? null,
      kind,
      title: text.title ?? null,
      body: text.body ?? null,
      reason: text.reason ?? null,
    });
  }

  /**
   * A notice staff may change, in the caller's scope: contractor staff reach notices to their field or its cohorts, and
   * notices to single members that their own contractor wrote (or that belong to a cohort of their field).
   */
  private async staffNotice(ctx: Ctx, id: string, lock = false): Promise<Notice> {
    const notice = await repo(ctx, Notice).findOne({ where: { id: parseId(id, 'notice') }, ...(lock ? lockMode(ctx.em) : {}) });
    if (!notice) throw notFound('notice');
    const scoped = fieldScope(ctx);
    if (!scoped) return notice;
    let inScope = false;
    if (notice.cohortId) {
      const cohort = await repo(ctx, Cohort).findOneBy({ id: notice.cohortId });
      inScope = cohort?.fieldCode === scoped;
    } else if (notice.audience === NoticeAudience.FIELD || notice.audience === NoticeAudience.ALUMNI_FIELD) {
      inScope = notice.fieldCode === scoped;
    } else if (notice.audience === NoticeAudience.MEMBER && notice.createdById) {
      const writer = await repo(ctx, Account).findOne({ select: { id: true, contractorId: true }, where: { id: notice.createdById } });
      inScope = writer?.contractorId === ctx.user!.contractor!.id;
    }
    if (!inScope) throw notFound('notice');
    return notice;
  }

  /** Accounts a notice reaches now: one member, the readers of a cohort or field, every member; null for the public page. */
  async recipientCounts(ctx: Ctx, notices: readonly Notice[]): Promise<(number | null)[]> {
    const cohortIds = [...new Set(notices.filter((n) => n.audience === NoticeAudience.COHORT).map((n) => n.cohortId!))];
    const fieldCodes = [...new Set(notices.filter((n) => n.audience === NoticeAudience.FIELD).map((n) => n.fieldCode!))];
    const alumniCohorts = [...new Set(notices.filter((n) => n.audience === NoticeAudience.ALUMNI_COHORT).map((n) => n.cohortId!))];
    const alumniFields = [...new Set(notices.filter((n) => n.audience === NoticeAudience.ALUMNI_FIELD).map((n) => n.fieldCode!))];
    const allAlumni = notices.some((n) => n.audience === NoticeAudience.ALUMNI);
    const [byCohort, byField, members, alumni] = await Promise.all([
      cohortIds.length ? this.reach.readersOfCohorts(ctx, cohortIds) : new Map<number, number>(),
      fieldCodes.length ? this.reach.readersOfFields(ctx, fieldCodes) : new Map<string, number>(),
      notices.some((n) => n.audience === NoticeAudience.ALL_MEMBERS) ? repo(ctx, Account).countBy({ role: Role.MEMBER }) : Promise.resolve(0),
      alumniCohorts.length || alumniFields.length || allAlumni
        ? this.alumniReach!.alumniOf(ctx, alumniCohorts, alumniFields, allAlumni)
        : Promise.resolve({ cohorts: new Map<number, number>(), fields: new Map<string, number>(), all: 0 }),
    ]);
    return notices.map((n) => {
      switch (n.audience) {
        case NoticeAudience.MEMBER:
          return 1;
        case NoticeAudience.COHORT:
          return byCohort.get(n.cohortId!) ?? 0;
        case NoticeAudience.FIELD:
          return byField.get(n.fieldCode!) ?? 0;
        case NoticeAudience.ALL_MEMBERS:
          return members;
        case NoticeAudience.ALUMNI_COHORT:
          return alumni.cohorts.get(n.cohortId!) ?? 0;
        case NoticeAudience.ALUMNI_FIELD:
          return alumni.fields.get(n.fieldCode!) ?? 0;
        case NoticeAudience.ALUMNI:
          return alumni.all;
        default:
          return null;
      }
    });
  }

  revisionsOf(ctx: Ctx, noticeIds: readonly number[]): Promise<NoticeRevision[]> {
    return repo(ctx, NoticeRevision).find({ where: { noticeId: In([...noticeIds]) }, order: { id: 'ASC' } });
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
      case NoticeAudience.COHORT:
      case NoticeAudience.ALUMNI_COHORT: {
        if (!input.cohortId) throw badField('cohortId', 'validation.required', 'Choose the cohort to write to.');
        const cohort = await this.catalog.getCohort(ctx, input.cohortId);
        return { accountId: null, cohortId: cohort.id, fieldCode: null };
      }
      case NoticeAudience.FIELD:
      case NoticeAudience.ALUMNI_FIELD: {
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
      case NoticeAudience.ALUMNI_COHORT:
        return this.audience.mailRecipientsOfAlumni(ctx, { cohortId: notice.cohortId! });
      case NoticeAudience.ALUMNI_FIELD:
        return this.audience.mailRecipientsOfAlumni(ctx, { fieldCode: notice.fieldCode! });
      case NoticeAudience.ALUMNI:
        return this.audience.mailRecipientsOfAlumni(ctx, {});
      default:
        return [];
    }
  }

  /** Notices the member can read: their own, their cohorts', their fields', everyone's. */
  async forMember(ctx: Ctx, limit = 50): Promise<Notice[]> {
    const me = ctx.user!.accountId;
    const { cohortIds, fieldCodes, alumniCohortIds, alumniFieldCodes } = await this.audience.placesOf(ctx, me);
    let where = 'WHERE ((n.audience = ? AND n.accountId = ?) OR n.audience IN (?, ?)';
    const params: unknown[] = [NoticeAudience.MEMBER, me, NoticeAudience.ALL_MEMBERS, NoticeAudience.PUBLIC];
    if (cohortIds.length) {
      where += ` OR (n.audience = ? AND n.cohortId IN (${placeholders(cohortIds)}))`;
      params.push(NoticeAudience.COHORT, ...cohortIds);
    }
    if (fieldCodes.length) {
      where += ` OR (n.audience = ? AND n.fieldCode IN (${placeholders(fieldCodes)}))`;
      params.push(NoticeAudience.FIELD, ...fieldCodes);
    }
    // Alumni notices: from the member's completions, never from a flag.
    if (alumniCohortIds.length) {
      where += ` OR n.audience = ? OR (n.audience = ? AND n.cohortId IN (${placeholders(alumniCohortIds)})) OR (n.audience = ? AND n.fieldCode IN (${placeholders(alumniFieldCodes)}))`;
      params.push(NoticeAudience.ALUMNI, NoticeAudience.ALUMNI_COHORT, ...alumniCohortIds, NoticeAudience.ALUMNI_FIELD, ...alumniFieldCodes);
    }
    where += `) AND ${VISIBLE}`;
    const take = Math.min(Math.max(Math.trunc(limit) || 1, 1), 200);
    return readRows(ctx.em, Notice, 'n', `${where} ORDER BY n.publishedAt DESC, n.id DESC LIMIT ${take}`, params);
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
    return readRows(ctx.em, Notice, 'n', `WHERE n.audience = ? AND ${VISIBLE} ORDER BY n.publishedAt DESC, n.id DESC LIMIT 20`, [NoticeAudience.PUBLIC]);
  }

  /** Staff list: notices to groups (not to single members), drafts and withdrawn ones too, newest first, within the field scope. */
  async forStaff(ctx: Ctx): Promise<Notice[]> {
    const scoped = fieldScope(ctx);
    const qb = repo(ctx, Notice).createQueryBuilder('n').where('n.audience <> :member', { member: NoticeAudience.MEMBER });
    if (scoped) qb.leftJoin(Cohort, 'h', 'h.id = n.cohortId').andWhere('(n.fieldCode = :scoped OR h.fieldCode = :scoped)', { scoped });
    return qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').take(100).getMany();
  }
}
