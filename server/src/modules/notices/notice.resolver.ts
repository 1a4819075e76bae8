import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../../core/auth/permissions';
import { Notice } from './notice.entity';
import { NoticeInput } from './notice.inputs';
import { PublicNotice } from '../intake/intake.types';

@Resolver(() => Notice)
export class NoticeResolver {
  @Public()
  @Query(() => [PublicNotice], { description: 'Public notices for the top page.' })
  async publicNotices(@Context() ctx: Ctx): Promise<PublicNotice[]> {
    return (await ctx.services.notices.publicNotices(ctx)).map((n) => ({ id: String(n.id), title: n.title, body: n.body, createdAt: n.createdAt }));
  }

  @Allow(Permission.NoticeRead)
  @Query(() => [Notice], { description: 'My notices, newest first.' })
  myNotices(@Arg('limit', () => Int, { defaultValue: 50 }) limit: number, @Context() ctx: Ctx): Promise<Notice[]> {
    return ctx.services.notices.forMember(ctx, limit);
  }

  @Allow(Permission.NoticeRead)
  @Query(() => Int)
  unreadNoticeCount(@Context() ctx: Ctx): Promise<number> {
    return ctx.services.notices.unreadCount(ctx);
  }

  @Allow(Permission.NoticeRead)
  @Mutation(() => Notice)
  markNoticeRead(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Notice> {
    return ctx.services.notices.markRead(ctx, id);
  }

  @Allow(Permission.NoticeWrite)
  @Query(() => [Notice], { description: 'Notices to cohorts, fields, all members or the public, within the field scope.' })
  staffNotices(@Context() ctx: Ctx): Promise<Notice[]> {
    return ctx.services.notices.forStaff(ctx);
  }

  @Allow(Permission.NoticeWrite)
  @Mutation(() => Notice, { description: 'Write a notice; members targeted get a mail saying only that a notice is waiting.' })
  createNotice(@Arg('input', () => NoticeInput) input: NoticeInput, @Context() ctx: Ctx): Promise<Notice> {
    return ctx.services.notices.create(ctx, input);
  }

  @Allow(Permission.NoticeRead, Permission.NoticeWrite)
  @FieldResolver(() => Boolean, { description: 'Whether I have read it.' })
  read(@Root() notice: Notice, @Context() ctx: Ctx): Promise<boolean> {
    return ctx.loaders.intake.noticeReadByMe.load(notice.id);
  }
}
