import { graphql } from '../gql';
import { apolloClient } from '../apollo';
import { applySession, clearSession, currentAccount, getAccessToken, isAuthenticated, sessionReady } from '../auth/session';

const LoginDocument = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      accessToken
      refreshToken
      expiresIn
      account {
        ...MemberSession
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** The one place that starts and ends sessions; safe to call outside components. */
export function useAuth() {
  async function login(identifier: string, password: string) {
    const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { identifier, password } });
    if (!data) throw new Error('login returned no data');
    applySession(data.login);
    // Anything cached while logged out (or as someone else) must not leak into this session.
    await apolloClient.clearStore();
    return data.login.account;
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

  return { account: currentAccount, isAuthenticated, ready: sessionReady, login, logout };
}
