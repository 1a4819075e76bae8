import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Notice } from './notice.entity';
import { NoticeInput, NoticeUpdateInput } from './notice.inputs';
import { NoticeRevision } from './notice-revision.entity';
import { MessageParam, PublicNotice } from './notice.types';
import type { NoticeService } from './notice.service';
import { noticesLoaders, noticeStaffLoaders } from './notices.loaders';

@Resolver(() => Notice)
export class NoticeResolver {
  private readonly staffLoaders: ReturnType<typeof noticeStaffLoaders>;

  constructor(private readonly notices: NoticeService) {
    this.staffLoaders = noticeStaffLoaders(notices);
  }

  @Public()
  @Query(() => [PublicNotice], { description: 'Public notices for the top page.' })
  async publicNotices(@Context() ctx: Ctx): Promise<PublicNotice[]> {
    return (await this.notices.publicNotices(ctx)).map((n) => ({ id: String(n.id), title: n.title ?? '', body: n.body ?? '', createdAt: n.publishedAt ?? n.createdAt }));
  }

  @Allow(Permission.NoticeRead)
  @Query(() => [Notice], { description: 'My notices, newest first.' })
  myNotices(@Arg('limit', () => Int, { defaultValue: 50 }) limit: number, @Context() ctx: Ctx): Promise<Notice[]> {
    return this.notices.forMember(ctx, limit);
  }

  @Allow(Permission.NoticeRead)
  @Query(() => Int)
  unreadNoticeCount(@Context() ctx: Ctx): Promise<number> {
    return this.notices.unreadCount(ctx);
  }

  @Allow(Permission.NoticeRead)
  @Mutation(() => Notice)
  markNoticeRead(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Notice> {
    return this.notices.markRead(ctx, id);
  }

  @Allow(Permission.NoticeWrite)
  @Query(() => [Notice], { description: 'Notices to cohorts, fields, all members or the public, drafts and withdrawn ones included, newest first, within the field scope.' })
  staffNotices(@Context() ctx: Ctx): Promise<Notice[]> {
    return this.notices.forStaff(ctx);
  }

  @Allow(Permission.NoticeWrite)
  @Mutation(() => Notice, {
    description: 'Write a notice; members targeted get a mail saying only that a notice is waiting. With draft: true it is saved unpublished (no mail, seen by staff only).',
  })
  createNotice(@Arg('input', () => NoticeInput) input: NoticeInput, @Arg('draft', () => Boolean, { defaultValue: false }) draft: boolean, @Context() ctx: Ctx): Promise<Notice> {
    return this.notices.create(ctx, input, draft);
  }

  @Allow(Permission.NoticeWrite)
  @Mutation(() => Notice, { description: 'Publishes a draft now; its mails go out once, however many times this is called.' })
  publishNotice(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Notice> {
    return this.notices.publish(ctx, id);
  }

  @Allow(Permission.NoticeWrite)
  @Mutation(() => Notice, { description: 'Corrects a notice staff wrote (no mail); a published one needs a reason. Each edit is kept in revisions.' })
  updateNotice(@Arg('input', () => NoticeUpdateInput) input: NoticeUpdateInput, @Context() ctx: Ctx): Promise<Notice> {
    return this.notices.update(ctx, input);
  }

  @Allow(Permission.NoticeWrite)
  @Mutation(() => Notice, { description: 'Hides a notice from members and the public page (no mail); system notices too.' })
  withdrawNotice(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Context() ctx: Ctx): Promise<Notice> {
    return this.notices.withdraw(ctx, id, reason);
  }

  @Allow(Permission.NoticeWrite)
  @FieldResolver(() => [NoticeRevision], { nullable: true, description: 'Its history, oldest first.' })
  revisions(@Root() notice: Notice, @Context() ctx: Ctx): Promise<NoticeRevision[]> {
    return this.staffLoaders(ctx).revisions.load(notice.id);
  }

  @Allow(Permission.NoticeWrite)
  @FieldResolver(() => Int, { nullable: true, description: 'Accounts it reaches now: 1 for a member, the readers of a cohort or field, every member; null for the public page.' })
  recipientCount(@Root() notice: Notice, @Context() ctx: Ctx): Promise<number | null> {
    return this.staffLoaders(ctx).recipientCount.load(notice);
  }

  @Allow(Permission.NoticeRead, Permission.NoticeWrite)
  @FieldResolver(() => Boolean, { description: 'Whether I have read it.' })
  read(@Root() notice: Notice, @Context() ctx: Ctx): Promise<boolean> {
    return noticesLoaders(ctx).readByMe.load(notice.id);
  }

  @Allow(Permission.NoticeRead, Permission.NoticeWrite)
  @FieldResolver(() => [MessageParam], { description: 'The parameters of messageKey (empty for notices staff wrote).' })
  params(@Root() notice: Notice): MessageParam[] {
    const params = notice.messageParams ? (JSON.parse(notice.messageParams) as Record<string, string>) : {};
    return Object.entries(params).map(([name, value]) => ({ name, value }));
  }
}
