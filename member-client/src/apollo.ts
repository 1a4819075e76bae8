import { createApolloClient } from '@college-portal/client-shared/apollo';
import { session } from './auth/session';

export const apolloClient = createApolloClient({ session });
