import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { AppError } from '../../core/errors';
import { ThrottleBucket } from './throttle-bucket.entity';

export const tooManyRequests = () => new AppError('TOO_MANY_REQUESTS', 'auth.tooManyRequests', 'Too many requests. Please wait a while and try again.');

/**
 * Counts this request against a limit per key and fixed window, kept in one database row per
 * key, and says whether it is within the limit. One upsert takes the row's write lock at once
 * (no shared lock to upgrade, so parallel requests queue instead of deadlocking), and the
 * count is read back under that lock: parallel requests on several server instances cannot
 * pass the limit together. A refusal that rolls back its transaction is not counted.
 */
export async function withinLimit(ctx: Ctx, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const throttleKey = key.slice(0, 100);
  const since = new Date(ctx.now.getTime() - windowSeconds * 1000);
  const driver = ctx.em.connection.driver;
  const mysql = ctx.em.connection.options.type === 'mysql' || ctx.em.connection.options.type === 'mariadb';
  // Both set clauses read the row's old values (MySQL evaluates left to right: count goes first).
  const upsert = mysql
    ? 'INSERT INTO throttle_bucket (throttleKey, windowStartedAt, count) VALUES (:key, :now, 1) ON DUPLICATE KEY UPDATE ' +
      'count = IF(windowStartedAt <= :since, 1, count + 1), windowStartedAt = IF(windowStartedAt <= :since, :now, windowStartedAt)'
    : 'INSERT INTO throttle_bucket (throttleKey, windowStartedAt, count) VALUES (:key, :now, 1) ON CONFLICT (throttleKey) DO UPDATE SET ' +
      'count = CASE WHEN windowStartedAt <= :since THEN 1 ELSE count + 1 END, windowStartedAt = CASE WHEN windowStartedAt <= :since THEN :now ELSE windowStartedAt END';
  const [sql, parameters] = driver.escapeQueryWithParameters(upsert, { key: throttleKey, now: ctx.now, since });
  await ctx.em.query(sql, parameters);
  const bucket = await repo(ctx, ThrottleBucket).findOneByOrFail({ throttleKey });
  return bucket.count <= limit;
}

/**
 * Takes the write lock of one throttle_bucket row for this transaction (creating the row if
 * needed), so that requests of one key take turns on every instance: a count read after it
 * sees every earlier request's committed writes. On SQLite transactions are serial already.
 */
export async function serialiseOn(ctx: Ctx, key: string): Promise<void> {
  const mysql = ctx.em.connection.options.type === 'mysql' || ctx.em.connection.options.type === 'mariadb';
  if (!mysql) return;
  await ctx.em.query('INSERT INTO throttle_bucket (throttleKey, windowStartedAt, count) VALUES (?, ?, 0) ON DUPLICATE KEY UPDATE count = count', [key.slice(0, 100), ctx.now]);
}
