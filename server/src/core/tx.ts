import type { DataSource, EntityManager } from 'typeorm';

/**
 * The application's database: one writer and, on the embedded SQLite file, a second
 * read-only connection. The embedded driver shares one connection between all requests, so
 * a write transaction of one request would otherwise be seen (and rolled back) by another's
 * statements: writes take turns there, and reads go to the reader connection, where WAL gives
 * each statement a snapshot of committed data only. MySQL needs none of this: each
 * transaction has its own pooled connection and rows are locked with FOR UPDATE.
 */
export class Database {
  readonly embedded: boolean;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly writer: DataSource,
    readonly reader: DataSource = writer,
  ) {
    this.embedded = writer.options.type === 'better-sqlite3';
  }

  /** The manager for reads outside any transaction. */
  get readManager(): EntityManager {
    return this.reader.manager;
  }

  /**
   * Runs work in one transaction (one writer at a time on the embedded database). On MySQL it
   * is READ COMMITTED: a row read after taking a lock shows what the lock holder committed, not
   * a snapshot from before the wait (REPEATABLE READ would keep the older one).
   */
  transaction<T>(work: (em: EntityManager) => Promise<T>, isolation: 'READ COMMITTED' | 'server default' = 'READ COMMITTED'): Promise<T> {
    if (this.embedded) return this.exclusive(() => this.writer.transaction(work));
    // 'server default' saves the SET TRANSACTION statement where only locking reads matter (they read the latest row anyway).
    return isolation === 'server default' ? this.writer.transaction(work) : this.writer.transaction('READ COMMITTED', work);
  }

  /**
   * Runs a write outside any transaction (audit rows, a job's claim) in the writers' turn.
   * Never call it from inside transaction(): on the embedded database that would wait for itself.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.embedded) return work();
    const run = this.turn.catch(() => undefined).then(work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  async destroy(): Promise<void> {
    if (this.reader !== this.writer && this.reader.isInitialized) await this.reader.destroy();
    if (this.writer.isInitialized) await this.writer.destroy();
  }
}

/** MySQL/MariaDB chose this transaction as a deadlock victim (ER_LOCK_DEADLOCK): it was rolled back and may simply run again. */
export function isDeadlock(error: unknown): boolean {
  const driver = (error as { driverError?: { errno?: number; code?: string } } | null)?.driverError;
  return driver?.errno === 1213 || driver?.code === 'ER_LOCK_DEADLOCK';
}

/** How many times a transaction chosen as a deadlock victim runs in all. */
export const DEADLOCK_ATTEMPTS = 3;

/**
 * Runs one self-contained write (a single statement, or a transaction it opens itself) again if
 * MySQL/MariaDB rolled it back as a deadlock victim: the rollback left nothing behind.
 */
export async function retryOnDeadlock<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
    }
  }
}

/**
 * Row lock on MySQL/MariaDB (FOR UPDATE, or FOR SHARE with 'read') inside a transaction;
 * SQLite transactions are already serial, and outside a transaction there is nothing to hold.
 */
export function lockMode(em: EntityManager, kind: 'write' | 'read' = 'write'): { lock?: { mode: 'pessimistic_write' | 'pessimistic_read' } } {
  if (em.connection.options.type === 'better-sqlite3' || !em.queryRunner?.isTransactionActive) return {};
  return { lock: { mode: kind === 'write' ? 'pessimistic_write' : 'pessimistic_read' } };
}
