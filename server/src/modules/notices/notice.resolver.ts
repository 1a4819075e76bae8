import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Notice } from './notice.entity';
import { NoticeInput } from './notice.inputs';
import { MessageParam, PublicNotice } from './notice.types';
import type { NoticeService } from './notice.service';
import { noticesLoaders } from './notices.loaders';

@Resolver(() => Notice)
export class NoticeResolver {
  constructor(private readonly notices: NoticeService) {}

  @Public()
  @Query(() => [PublicNotice], { description: 'Public notices for the top page.' })
  async publicNotices(@Context() ctx: Ctx): Promise<PublicNotice[]> {
    return (await this.notices.publicNotices(ctx)).map((n) => ({ id: String(n.id), title: n.title ?? '', body: n.body ?? '', createdAt: n.createdAt }));
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
  @Query(() => [Notice], { description: 'Notices to cohorts, fields, all members or the public, within the field scope.' })
  staffNotices(@Context() ctx: Ctx): Promise<Notice[]> {
    return this.notices.forStaff(ctx);
  }

  @Allow(Permission.NoticeWrite)
  @Mutation(() => Notice, { description: 'Write a notice; members targeted get a mail saying only that a notice is waiting.' })
  createNotice(@Arg('input', () => NoticeInput) input: NoticeInput, @Context() ctx: Ctx): Promise<Notice> {
    return this.notices.create(ctx, input);
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
