import { graphql } from '../gql';
import { apolloClient } from '../apollo';
import type { MemberSessionFragment, SecondFactorMethod } from '../gql/graphql';
import {
  applySession,
  clearSession,
  currentAccount,
  getAccessToken,
  isActive,
  isAuthenticated,
  mustAcceptPrivacyNotice,
  mustConfirmEmail,
  privacyNoticeDeclined,
  sessionReady,
  updateAccount,
} from '../auth/session';

const LoginDocument = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      accessToken
      refreshToken
      expiresIn
      account {
        ...MemberSession
      }
      secondFactor {
        token
        methods
        expiresIn
      }
    }
  }
`);

const LoginSecondFactorDocument = graphql(`
  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {
    loginSecondFactor(token: $token, method: $method, code: $code) {
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

const SessionAccountDocument = graphql(`
  query SessionAccount {
    me {
      ...MemberSession
    }
  }
`);

/** The password was right; the account also asks for a second factor before it is logged in. */
export interface SecondFactorChallenge {
  token: string;
  methods: readonly SecondFactorMethod[];
  expiresIn: number;
}

export type LoginOutcome =
  { kind: 'loggedIn'; account: MemberSessionFragment } | { kind: 'secondFactor'; challenge: SecondFactorChallenge };

interface Payload {
  accessToken?: string | null;
  refreshToken?: string | null;
  expiresIn?: number | null;
  account?: MemberSessionFragment | null;
}

/** The one place that starts and ends sessions; safe to call outside components. */
export function useAuth() {
  async function start(payload: Payload): Promise<MemberSessionFragment> {
    const { accessToken, refreshToken, expiresIn, account } = payload;
    if (!accessToken || !refreshToken || expiresIn == null || !account) throw new Error('login returned no session');
    applySession({ accessToken, refreshToken, expiresIn, account });
    // Anything cached while logged out (or as someone else) must not leak into this session.
    await apolloClient.clearStore();
    return account;
  }

  /** Step one: the login ID (or email address) and the password. */
  async function login(identifier: string, password: string): Promise<LoginOutcome> {
    const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { identifier, password } });
    if (!data) throw new Error('login returned no data');
    const challenge = data.login.secondFactor;
    if (challenge) return { kind: 'secondFactor', challenge };
    return { kind: 'loggedIn', account: await start(data.login) };
  }

  /** Step two, for members who turned on two-step login: a code from their app or a recovery code. */
  async function loginSecondFactor(token: string, method: SecondFactorMethod, code: string): Promise<MemberSessionFragment> {
    const { data } = await apolloClient.mutate({ mutation: LoginSecondFactorDocument, variables: { token, method, code } });
    if (!data) throw new Error('loginSecondFactor returned no data');
    return start(data.loginSecondFactor);
  }

  /** Reads the account again (e.g. after the address was confirmed) so the pending actions are current. */
  async function reloadAccount(): Promise<MemberSessionFragment | null> {
    if (!isAuthenticated.value) return null;
    const { data } = await apolloClient.query({ query: SessionAccountDocument, fetchPolicy: 'network-only' });
    if (data?.me) updateAccount(data.me);
    return data?.me ?? null;
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

  return {
    account: currentAccount,
    isAuthenticated,
    isActive,
    mustConfirmEmail,
    mustAcceptPrivacyNotice,
    privacyNoticeDeclined,
    ready: sessionReady,
    login,
    loginSecondFactor,
    reloadAccount,
    logout,
  };
}
