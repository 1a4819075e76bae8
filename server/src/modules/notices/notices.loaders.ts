import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { NoticeRead } from './notice-read.entity';
import type { Notice } from './notice.entity';
import type { NoticeRevision } from './notice-revision.entity';
import type { NoticeService } from './notice.service';

export const noticesLoaders = defineLoaders((ctx) => ({
  readByMe: new DataLoader<number, boolean>(async (ids) => {
    if (!ctx.user) return ids.map(() => false);
    const rows = await repo(ctx, NoticeRead).findBy({ accountId: ctx.user.accountId, noticeId: In([...ids]) });
    const read = new Set(rows.map((r) => r.noticeId));
    return ids.map((id) => read.has(id));
  }),
}));

/** Loaders that need the notice service (revisions, reach), one set per request. */
export const noticeStaffLoaders = (service: NoticeService) =>
  defineLoaders((ctx) => ({
    revisions: new DataLoader<number, NoticeRevision[]>(async (ids) => {
      const rows = await service.revisionsOf(ctx, ids);
      return ids.map((id) => rows.filter((r) => r.noticeId === id));
    }),
    recipientCount: new DataLoader<Notice, number | null, number>((notices) => service.recipientCounts(ctx, notices), { cacheKeyFn: (n) => n.id }),
  }));
