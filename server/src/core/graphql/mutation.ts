import type { Ctx } from '../context';
import type { AppLogger } from '../logger';
import { DEADLOCK_ATTEMPTS, isDeadlock, type Database } from '../tx';
import { AppError } from '../errors';

/**
 * One transaction per mutation, owned by the framework: the resolver and every service it
 * calls work through ctx.em, the open transaction. Work queued with ctx.afterCommit runs only
 * once the transaction has committed; a rollback drops it.
 */
export async function runMutation(database: Database, logger: AppLogger, ctx: Ctx, resolve: () => unknown): Promise<unknown> {
  // A deadlock victim was rolled back whole (InnoDB picks one of two transactions that lock the
  // same rows in opposite orders, e.g. by primary key and through a secondary index): run it again.
  for (let attempt = 1; ; attempt++) {
    const mark = ctx.audit.mark();
    try {
      return await attemptMutation(database, logger, ctx, resolve);
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      ctx.audit.restore(mark);
      logger.warn({ attempt }, 'mutation was a deadlock victim; running it again');
    }
  }
}

async function attemptMutation(database: Database, logger: AppLogger, ctx: Ctx, resolve: () => unknown): Promise<unknown> {
  const readManager = ctx.em;
  const queued: Array<() => void | Promise<void>> = [];
  let kept: AppError | null = null;
  const value = await database.transaction(async (em) => {
    ctx.em = em;
    // Timestamps written in this transaction come from the request's clock (core/timestamped.ts).
    if (em.queryRunner) em.queryRunner.data = { now: ctx.now };
    ctx.afterCommit = (work) => void queued.push(work);
    try {
      return await resolve();
    } catch (error) {
      if (error instanceof AppError && error.keepWrites) {
        kept = error;
        return undefined;
      }
      // Rolled back: the records it named were not changed after all.
      ctx.audit.takeTargets();
      throw error;
    } finally {
      // The returned object's fields resolve after the commit, on the read connection.
      ctx.em = readManager;
      ctx.afterCommit = runNow(logger);
    }
  });
  for (const work of queued) await runSafely(logger, work);
  if (kept) throw kept;
  return value;
}

async function runSafely(logger: AppLogger, work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.warn({ err: { message: (error as Error).message } }, 'after-commit work failed');
  }
}

/** Outside a transaction there is nothing to wait for. */
export function runNow(logger: AppLogger): Ctx['afterCommit'] {
  return (work) => void runSafely(logger, work);
}
