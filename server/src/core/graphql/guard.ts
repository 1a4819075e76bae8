import type { MiddlewareFn } from 'type-graphql';
import type { Ctx } from '../context';
import { forbidden } from '../errors';
import { Role } from '../auth/permissions';
import type { PersonalMark } from '../personal';
import { exclusive } from '../tx';

const MEMBER_SIDE: ReadonlySet<string> = new Set([Role.ANONYMOUS, Role.MEMBER]);

/**
 * Runs on every field. Deny by default: a field without an access rule in the schema
 * is refused even if someone forgot the coverage test. Staff reads of personal fields
 * are collected for the audit log.
 */
export const AccessGuard: MiddlewareFn<Ctx> = async ({ info, context, root }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  const extensions = field?.extensions as { access?: string[]; personal?: PersonalMark } | undefined;
  if (!extensions?.access?.length) {
    context.audit.add({ action: 'auth.denied', outcome: 'denied', operation: `${info.parentType.name}.${info.fieldName}`, reason: 'no_rule' });
    throw forbidden();
  }
  // Embedded SQLite: mutations take turns on the shared connection (see core/tx.ts); MySQL runs them side by side.
  const value = info.parentType.name === 'Mutation' ? await exclusive(context.db, () => next()) : await next();
  if (extensions.personal && context.user && !MEMBER_SIDE.has(context.user.role) && value !== null && value !== undefined) {
    const id = (root as { id?: unknown })?.id;
    if (id !== undefined && Number(id) !== context.user.accountId) context.audit.piiRead(info.parentType.name, String(id), info.fieldName);
  }
  return value;
};
