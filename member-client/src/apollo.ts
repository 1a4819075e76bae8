import { createApolloClient } from '@college-portal/client-shared/apollo';
import { session } from './auth/session';

export const apolloClient = createApolloClient({ session });

/**
 * For the mailed links (confirm the address, reset the password, recover the login ID): the
 * link's token is the only proof, so these go without the session of whoever is logged in in
 * this tab, and its cache is never shared with the member's own data.
 */
export const anonymousClient = createApolloClient({
  session: { getAccessToken: () => null, hasRefreshToken: () => false, refreshSession: async () => false },
});
