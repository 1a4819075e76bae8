import type { RouteLocationRaw } from 'vue-router';
import { apolloClient } from '../apollo';
import { MeDocument } from '../composables/useCurrentStaff';
import type { PendingAction } from '../gql/graphql';
import { pendingActions, updateAccount } from './session';

/**
 * The pages of the steps a staff member must take before anything else, in the order they
 * are taken: first replace the temporary password, then enrol a second factor.
 */
export const PENDING_PAGES: readonly { action: PendingAction; route: string }[] = [
  { action: 'CHANGE_PASSWORD', route: 'required-password' },
  { action: 'ENROL_SECOND_FACTOR', route: 'enrol-second-factor' },
];

/** The route name of the first step still to take, or null when there is none. */
export function pendingRoute(): string | null {
  const pending = pendingActions();
  return PENDING_PAGES.find((p) => pending.includes(p.action))?.route ?? null;
}

/** Reads `me` afresh (after each step) so the header and the route guard see what is still pending. */
export async function refreshMe(): Promise<void> {
  const { data } = await apolloClient.query({ query: MeDocument, fetchPolicy: 'network-only' });
  if (data.me) updateAccount(data.me);
}

/** Where to go once a step is done: the guard sends the staff member on to the next step, if any. */
export function afterStep(redirect: unknown): RouteLocationRaw {
  return typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : { name: 'home' };
}
