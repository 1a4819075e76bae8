import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { AppError } from '../../core/errors';
import { ThrottleBucket } from './throttle-bucket.entity';

export const tooManyRequests = () => new AppError('TOO_MANY_REQUESTS', 'auth.tooManyRequests', 'Too many requests. Please wait a while and try again.');

/**
 * Counts this request against a limit per key and window, kept in one database row per key.
 * Each step is a single conditional UPDATE (or an INSERT that only one request can win), so
 * parallel requests on several server instances cannot pass the limit together.
 * A refused request is not counted.
 */
export async function withinLimit(ctx: Ctx, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const throttleKey = key.slice(0, 100);
  const since = new Date(ctx.now.getTime() - windowSeconds * 1000);
  const buckets = repo(ctx, ThrottleBucket);
  for (let attempt = 0; attempt < 2; attempt++) {
    const counted = await buckets
      .createQueryBuilder()
      .update()
      .set({ count: () => 'count + 1' })
      .where('throttleKey = :throttleKey AND windowStartedAt > :since AND count < :limit', { throttleKey, since, limit })
      .execute();
    if (counted.affected) return true;
    const restarted = await buckets
      .createQueryBuilder()
      .update()
      .set({ count: 1, windowStartedAt: ctx.now })
      .where('throttleKey = :throttleKey AND windowStartedAt <= :since', { throttleKey, since })
      .execute();
    if (restarted.affected) return true;
    if (attempt > 0) return false;
    // No row yet: make an empty one (only one request's insert counts), then count as above.
    await buckets.createQueryBuilder().insert().values({ throttleKey, windowStartedAt: ctx.now, count: 0 }).orIgnore().execute();
  }
  return false;
}
