import crypto from 'node:crypto';
import type { Ctx } from './context';
import type { AppLogger } from './logger';
import { DEADLOCK_ATTEMPTS, isDeadlock, type Database } from './tx';
import { RequestAudit, type AuditSink } from './audit';

/**
 * Work the system does on its own (background jobs, the demo seed): the same Ctx a request
 * has, with no caller, so services need no second code path. A transaction here is owned the
 * same way a mutation's is: afterCommit work runs only after the commit, the audit after that.
 */
export class SystemWork {
  constructor(
    private readonly database: Database,
    private readonly logger: AppLogger,
    private readonly auditSink: AuditSink,
  ) {}

  private context(now: Date): Ctx {
    const requestId = `system-${crypto.randomUUID()}`;
    return {
      requestId,
      ip: 'system',
      user: null,
      now,
      em: this.database.readManager,
      audit: new RequestAudit(this.auditSink, { requestId, ip: 'system', now }, () => null),
      afterCommit: (work) => void Promise.resolve().then(work),
      memo: new Map(),
    };
  }

  /** Reads on the read connection. */
  read<T>(work: (ctx: Ctx) => Promise<T>, now = new Date()): Promise<T> {
    return work(this.context(now));
  }

  /** One transaction; afterCommit work and the audit follow the commit. */
  async transaction<T>(now: Date, work: (ctx: Ctx) => Promise<T>, operation = 'system'): Promise<T> {
    const ctx = this.context(now);
    const queued: Array<() => void | Promise<void>> = [];
    let value: T;
    // A deadlock victim is run again, like a mutation (core/graphql/mutation.ts).
    for (let attempt = 1; ; attempt++) {
      const mark = ctx.audit.mark();
      queued.length = 0;
      try {
        value = await this.database.transaction(async (em) => {
          if (em.queryRunner) em.queryRunner.data = { now };
          ctx.em = em;
          ctx.afterCommit = (w) => void queued.push(w);
          return work(ctx);
        });
        break;
      } catch (error) {
        ctx.em = this.database.readManager;
        if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
        ctx.audit.restore(mark);
        this.logger.warn({ attempt, operation }, 'system transaction was a deadlock victim; running it again');
      }
    }
    ctx.em = this.database.readManager;
    for (const w of queued) {
      try {
        await w();
      } catch (error) {
        this.logger.warn({ err: { message: (error as Error).message } }, 'after-commit work failed');
      }
    }
    await ctx.audit.flush(operation);
    return value;
  }
}
