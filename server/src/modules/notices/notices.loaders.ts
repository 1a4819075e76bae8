import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { NoticeRead } from './notice-read.entity';

export const noticesLoaders = defineLoaders((ctx) => ({
  readByMe: new DataLoader<number, boolean>(async (ids) => {
    if (!ctx.user) return ids.map(() => false);
    const rows = await repo(ctx, NoticeRead).findBy({ accountId: ctx.user.accountId, noticeId: In([...ids]) });
    const read = new Set(rows.map((r) => r.noticeId));
    return ids.map((id) => read.has(id));
  }),
}));
