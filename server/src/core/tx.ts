import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();
const holder = new AsyncLocalStorage<DataSource>();

export const isEmbedded = (db: DataSource) => db.options.type === 'better-sqlite3';

/**
 * The embedded SQLite driver shares one connection between all requests, so a statement
 * of one request would otherwise land inside another request's open transaction (and be
 * rolled back with it). There, work that writes runs one at a time; code already inside
 * such a turn runs straight on. MySQL needs none of this: each transaction has its own
 * pooled connection and rows are locked with FOR UPDATE.
 */
export function exclusive<T>(db: DataSource, fn: () => Promise<T>): Promise<T> {
  if (!isEmbedded(db) || holder.getStore() === db) return fn();
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => holder.run(db, fn));
  queues.set(db, run.catch(() => undefined));
  return run;
}

/** Runs fn in one transaction. */
export function inTransaction<T>(db: DataSource, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return exclusive(db, () => db.transaction(fn));
}

/** Row lock on MySQL/MariaDB (FOR UPDATE, or FOR SHARE with 'read'); SQLite transactions are already serial. */
export function lockMode(em: EntityManager, kind: 'write' | 'read' = 'write'): { lock?: { mode: 'pessimistic_write' | 'pessimistic_read' } } {
  return em.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: kind === 'write' ? 'pessimistic_write' : 'pessimistic_read' } };
}
