import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { tokyoToday } from '../../core/graphql/scalars';
import type { SystemWork } from '../../core/system';
import { FieldCode } from '../catalog';
import { CommunityGroup, GroupStatus } from './community-group.entity';
import { District } from './district.entity';
import { ContactFlag, PostingReview, PostingStatus, RecruitmentPosting, PostingDecision } from './posting.entity';
import type { PostingInput, PostingReviewInput } from './posting.inputs';
import type { PublicPosting } from './posting.types';
import { publicGroup } from './community-group.service';
import { codeList } from './code-list';

/**
 * Contact details in a posting's text. The text is folded first (full-width digits and letters,
 * hyphen-like marks), so 「０３ー１２３４ー５６７８」 is found as well as 03-1234-5678.
 */
export function contactFlagsIn(...texts: string[]): ContactFlag[] {
  let text = texts
    .join('\n')
    .normalize('NFKC')
    .replace(/[‐‑‒–—―ー－]/g, '-');
  const flags: ContactFlag[] = [];
  // An address, also written to dodge filters: taro [at] example.jp, taro(at)example.jp.
  const email = /[a-z0-9._%+-]+\s*(?:@|\[at\]|\(at\)|\sat\s)\s*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
  if (email.test(text)) flags.push(ContactFlag.EMAIL);
  text = text.replace(email, ' ');
  // A number: 10 or 11 digits from a leading 0, or +81 and 9 or 10 digits, with - . ( ) or spaces between groups.
  for (const m of text.matchAll(/(?:\+\s?81|0)[\d\s().-]{8,20}\d/g)) {
    const digits = m[0].replace(/\D/g, '');
    const national = m[0].startsWith('+') ? digits.slice(2) : digits.slice(1);
    if (national.length >= 9 && national.length <= 10) {
      flags.push(ContactFlag.PHONE);
      break;
    }
  }
  if (/https?:\/\/|www\.|\b[a-z0-9-]+\.(?:jp|com|net|org|info|biz)\b/i.test(text)) flags.push(ContactFlag.URL);
  return flags.sort((x, y) => Object.values(ContactFlag).indexOf(x) - Object.values(ContactFlag).indexOf(y));
}

/**
 * Recruitment postings (募集): staff write a posting for a group as a draft, send it for review,
 * and a second staff member, never the author, approves it (the check is recorded with the
 * contact flags shown) or returns it. Published postings leave the public page on their own at
 * the end of their expiry day; a background job marks them expired on every instance.
 */
export class PostingService {
  constructor(private readonly system: SystemWork) {}

  private async fields(ctx: Ctx, input: PostingInput): Promise<Partial<RecruitmentPosting>> {
    const group = await repo(ctx, CommunityGroup).findOne({ select: { id: true, status: true }, where: { id: parseId(input.groupId, 'group') } });
    if (!group || group.status !== GroupStatus.ACTIVE) throw badField('groupId', 'posting.groupInactive', 'Choose an active registered group.');
    if (!(await repo(ctx, District).existsBy({ code: input.districtCode }))) throw badField('districtCode', 'group.district', 'Choose one of the ward’s districts.');
    if (input.expiresOn < tokyoToday(ctx.now)) throw badField('expiresOn', 'posting.expiresInPast', 'The expiry day has passed.');
    const title = input.title.trim();
    const roleDescription = input.roleDescription.trim();
    const schedule = input.schedule.trim();
    return {
      groupId: group.id,
      title,
      roleDescription,
      fieldCodeList: codeList(Object.values(FieldCode), input.fieldCodes),
      districtCode: input.districtCode,
      schedule,
      headcount: input.headcount ?? null,
      alumniWelcomeList: codeList(Object.values(FieldCode), input.alumniWelcome),
      expiresOn: input.expiresOn,
      contactFlagList: contactFlagsIn(title, roleDescription, schedule).join(','),
    };
  }

  async create(ctx: Ctx, input: PostingInput): Promise<RecruitmentPosting> {
    const row = await this.fields(ctx, input);
    const inserted = await repo(ctx, RecruitmentPosting).insert({
      ...row,
      status: PostingStatus.DRAFT,
      authorId: ctx.user!.accountId,
      submittedAt: null,
      publishedAt: null,
      closedAt: null,
      closeReason: null,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const id = Number(inserted.identifiers[0].id);
    ctx.audit.target('RecruitmentPosting', id);
    return repo(ctx, RecruitmentPosting).findOneByOrFail({ id });
  }

  private async locked(ctx: Ctx, idArg: string, expectedVersion: number): Promise<RecruitmentPosting> {
    const posting = await repo(ctx, RecruitmentPosting).findOne({ where: { id: parseId(idArg, 'posting') }, ...lockMode(ctx.em) });
    if (!posting) throw notFound('posting');
    if (posting.version !== expectedVersion) throw conflict('posting.changed', 'This posting was changed meanwhile. Please look at it again.', { version: posting.version });
    return posting;
  }

  /** Moves a posting from one status to the next by compare-and-set of its version. */
  private async move(ctx: Ctx, posting: RecruitmentPosting, patch: Partial<RecruitmentPosting>): Promise<RecruitmentPosting> {
    const moved = await repo(ctx, RecruitmentPosting).update({ id: posting.id, version: posting.version }, { ...patch, version: posting.version + 1, updatedAt: ctx.now });
    if (!moved.affected) throw conflict('posting.changed', 'This posting was changed meanwhile. Please look at it again.');
    ctx.audit.target('RecruitmentPosting', posting.id);
    return repo(ctx, RecruitmentPosting).findOneByOrFail({ id: posting.id });
  }

  /** Corrections are made on a draft (a posting in review is returned first). */
  async update(ctx: Ctx, idArg: string, expectedVersion: number, input: PostingInput): Promise<RecruitmentPosting> {
    const posting = await this.locked(ctx, idArg, expectedVersion);
    if (posting.status !== PostingStatus.DRAFT) throw conflict('posting.notDraft', 'Only a draft can be changed; a posting in review is returned first.');
    return this.move(ctx, posting, await this.fields(ctx, input));
  }

  async submit(ctx: Ctx, idArg: string, expectedVersion: number): Promise<RecruitmentPosting> {
    const posting = await this.locked(ctx, idArg, expectedVersion);
    if (posting.status !== PostingStatus.DRAFT) throw conflict('posting.notDraft', 'Only a draft can be sent for review.');
    if (posting.expiresOn < tokyoToday(ctx.now)) throw badField('expiresOn', 'posting.expiresInPast', 'The expiry day has passed.');
    return this.move(ctx, posting, { status: PostingStatus.IN_REVIEW, submittedAt: ctx.now });
  }

  /** The pre-publication check by a second staff member: approve (publish) or return as a draft. */
  async review(ctx: Ctx, input: PostingReviewInput): Promise<RecruitmentPosting> {
    const posting = await this.locked(ctx, input.id, input.expectedVersion);
    if (posting.status !== PostingStatus.IN_REVIEW) throw conflict('posting.notInReview', 'This posting is not waiting for review.');
    if (posting.authorId === ctx.user!.accountId) throw conflict('posting.ownReview', 'Another staff member reviews a posting; its author cannot.');
    const note = input.note?.trim() || null;
    if (!input.approve && !note) throw badField('note', 'posting.noteRequired', 'Say what the author should change.');
    if (input.approve && posting.contactFlagList && !input.acknowledgeFlags)
      throw badField('acknowledgeFlags', 'posting.flagsUnacknowledged', 'The text holds contact details: confirm that you have checked them.');
    if (input.approve) {
      const group = await repo(ctx, CommunityGroup).findOne({ select: { id: true, status: true }, where: { id: posting.groupId } });
      if (group?.status !== GroupStatus.ACTIVE) throw conflict('posting.groupInactive', 'The group is no longer active.');
      if (posting.expiresOn < tokyoToday(ctx.now)) throw badField('expiresOn', 'posting.expiresInPast', 'The expiry day has passed.');
    }
    await repo(ctx, PostingReview).insert({
      postingId: posting.id,
      version: posting.version,
      decision: input.approve ? PostingDecision.APPROVED : PostingDecision.RETURNED,
      reviewerId: ctx.user!.accountId,
      note,
      contactFlagList: posting.contactFlagList,
      reviewedAt: ctx.now,
    });
    return this.move(ctx, posting, input.approve ? { status: PostingStatus.PUBLISHED, publishedAt: ctx.now } : { status: PostingStatus.DRAFT, submittedAt: null });
  }

  async close(ctx: Ctx, idArg: string, expectedVersion: number, reason: string | null): Promise<RecruitmentPosting> {
    const posting = await this.locked(ctx, idArg, expectedVersion);
    if (posting.status !== PostingStatus.PUBLISHED) throw conflict('posting.notPublished', 'Only a published posting can be closed.');
    return this.move(ctx, posting, { status: PostingStatus.CLOSED, closedAt: ctx.now, closeReason: reason?.trim() || null });
  }

  async list(ctx: Ctx, status?: PostingStatus | null, groupId?: string | null): Promise<RecruitmentPosting[]> {
    return repo(ctx, RecruitmentPosting).find({
      where: { ...(status ? { status } : {}), ...(groupId ? { groupId: parseId(groupId, 'group') } : {}) },
      order: { updatedAt: 'DESC', id: 'DESC' },
    });
  }

  async get(ctx: Ctx, idArg: string): Promise<RecruitmentPosting> {
    const posting = await repo(ctx, RecruitmentPosting).findOneBy({ id: parseId(idArg, 'posting') });
    if (!posting) throw notFound('posting');
    return posting;
  }

  async reviewsOf(ctx: Ctx, ids: readonly number[]): Promise<PostingReview[][]> {
    const rows = await repo(ctx, PostingReview).find({ where: { postingId: In([...ids]) }, order: { id: 'DESC' } });
    return ids.map((id) => rows.filter((r) => r.postingId === id));
  }

  /** The public page: published, not past the expiry day (whether or not the job has run), of an active group. */
  async published(ctx: Ctx, filter: { fieldCode?: FieldCode | null; districtCode?: string | null; id?: number }): Promise<PublicPosting[]> {
    const qb = repo(ctx, RecruitmentPosting)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.group', 'g', 'g.status = :active', { active: GroupStatus.ACTIVE })
      .where('p.status = :published AND p.expiresOn >= :today', { published: PostingStatus.PUBLISHED, today: tokyoToday(ctx.now) });
    if (filter.id) qb.andWhere('p.id = :id', { id: filter.id });
    if (filter.districtCode) qb.andWhere('p.districtCode = :district', { district: filter.districtCode });
    const rows = await qb.orderBy('p.publishedAt', 'DESC').addOrderBy('p.id', 'DESC').getMany();
    return rows
      .filter((p) => !filter.fieldCode || p.fieldCodes.includes(filter.fieldCode))
      .map((p) => ({
        id: p.id,
        title: p.title,
        roleDescription: p.roleDescription,
        fieldCodes: p.fieldCodes,
        districtCode: p.districtCode,
        schedule: p.schedule,
        headcount: p.headcount,
        alumniWelcome: p.alumniWelcome,
        expiresOn: p.expiresOn,
        publishedAt: p.publishedAt!,
        group: publicGroup(p.group!),
      }));
  }

  /** The job: published postings past their expiry day become expired (compare-and-set on the status). */
  async expire(now: Date): Promise<number> {
    return this.system.transaction(
      now,
      async (ctx) => {
        const result = await repo(ctx, RecruitmentPosting)
          .createQueryBuilder()
          .update()
          .set({ status: PostingStatus.EXPIRED, updatedAt: now, version: () => 'version + 1' })
          .where('status = :published AND expiresOn < :today', { published: PostingStatus.PUBLISHED, today: tokyoToday(now) })
          .execute();
        return result.affected ?? 0;
      },
      'community.expirePostings',
    );
  }
}
