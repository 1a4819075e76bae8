import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { Principal } from './principal';

export type { Principal } from './principal';
import type { RequestAudit } from './audit';

/** Request state only: who, from where, when, and the database handle of this moment. */
export interface Ctx {
  requestId: string;
  ip: string;
  user: Principal | null;
  /** The clock used for every rule and every timestamp in this request. */
  now: Date;
  /**
   * During a mutation: the mutation's one transaction, opened by the framework. Otherwise the
   * read connection (on the embedded database a separate connection that sees only committed data).
   */
  em: EntityManager;
  audit: RequestAudit;
  /** Work to run once the mutation's transaction has committed; never after a rollback. */
  afterCommit(work: () => void | Promise<void>): void;
  /** Per-request memo (DataLoader sets); see core/loaders.ts. */
  readonly memo: Map<unknown, unknown>;
}

/** A repository on whatever this request is working in: the mutation's transaction, or the read connection. */
export function repo<T extends ObjectLiteral>(ctx: Pick<Ctx, 'em'>, entity: EntityTarget<T>): Repository<T> {
  return ctx.em.getRepository(entity);
}
