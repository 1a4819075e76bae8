import { createApolloClient } from '@college-portal/client-shared/apollo';
import { session } from './auth/session';

export const apolloClient = createApolloClient({
  session,
  cache: {
    typePolicies: {
      // One lottery per cohort and no id of its own: merge what different queries ask of it.
      LotteryInfo: { merge: true },
    },
  },
});
