import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs fn in one transaction. The embedded SQLite driver shares a single connection, so
 * its transactions are queued here rather than interleaved; MySQL gets a pooled
 * connection per transaction and row locks (see lockForUpdate).
 */
export function inTransaction<T>(db: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(fn);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => db.transaction(fn));
  queues.set(db, run.catch(() => undefined));
  return run;
}

/** Pessimistic write lock on MySQL/MariaDB; SQLite transactions are already serial. */
export function lockMode(em: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return em.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' } };
}
