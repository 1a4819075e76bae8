import type { AuthCheckerFn } from 'type-graphql';
import type { Ctx } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { SELF } from './permissions';

/** The subject of a record, for SELF rules: an Account is its own subject, other records name theirs. */
function subjectOf(root: unknown): number | null {
  if (!root || typeof root !== 'object') return null;
  const r = root as { constructor?: { name?: string }; id?: unknown; accountId?: unknown };
  if (r.constructor?.name === 'Account') return Number(r.id);
  if (r.accountId !== undefined) return Number(r.accountId);
  return null;
}

export const authChecker: AuthCheckerFn<Ctx, string> = ({ root, context, info }, codes) => {
  const user = context.user;
  if (user) {
    for (const code of codes) {
      if (code === SELF ? subjectOf(root) === user.accountId : user.permissions.has(code as never)) return true;
    }
  }
  const coordinate = `${info.parentType.name}.${info.fieldName}`;
  context.audit.add({ action: 'auth.denied', outcome: 'denied', operation: coordinate, reason: user ? 'missing_permission' : 'anonymous' });
  throw user ? forbidden() : unauthenticated();
};
