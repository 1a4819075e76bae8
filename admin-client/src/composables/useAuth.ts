import { graphql } from '../gql';
import { apolloClient } from '../apollo';
import { applySession, clearSession, currentAccount, getAccessToken, hasPermission, isAuthenticated, sessionReady } from '../auth/session';

const LoginDocument = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      accessToken
      refreshToken
      expiresIn
      account {
        ...StaffSession
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** Thrown when a member account tries to use the staff console. */
export class StaffOnlyError extends Error {
  constructor() {
    super('staff only');
    this.name = 'StaffOnlyError';
  }
}

/** The one place that starts and ends staff sessions; safe to call outside components. */
export function useAuth() {
  async function login(identifier: string, password: string) {
    const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { identifier, password } });
    if (!data) throw new Error('login returned no data');
    const payload = data.login;
    if (payload.account.role === 'MEMBER') {
      // Members have no business here: end the session the server just opened, and never store it.
      try {
        await apolloClient.mutate({
          mutation: LogoutDocument,
          context: { headers: { authorization: `Bearer ${payload.accessToken}` } },
        });
      } catch {
        /* nothing more we can do client-side; the token was never stored */
      }
      throw new StaffOnlyError();
    }
    applySession(payload);
    await apolloClient.clearStore();
    return payload.account;
  }

  async function logout() {
    try {
      if (getAccessToken()) await apolloClient.mutate({ mutation: LogoutDocument });
    } catch {
      /* the server may already consider us logged out; clear locally regardless */
    } finally {
      clearSession();
      await apolloClient.clearStore();
    }
  }

  return { account: currentAccount, isAuthenticated, ready: sessionReady, hasPermission, login, logout };
}
