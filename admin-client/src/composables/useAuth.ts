import { graphql } from '../gql';
import { apolloClient } from '../apollo';
import type { SecondFactorMethod, StaffSessionFragment } from '../gql/graphql';
import { applySession, clearSession, currentAccount, getAccessToken, hasPermission, isAuthenticated, sessionReady } from '../auth/session';

graphql(`
  fragment StaffAuthPayload on AuthPayload {
    accessToken
    refreshToken
    expiresIn
    account {
      ...StaffSession
    }
    secondFactor {
      token
      methods
      expiresIn
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      ...StaffAuthPayload
    }
  }
`);

const LoginSecondFactorDocument = graphql(`
  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {
    loginSecondFactor(token: $token, method: $method, code: $code) {
      ...StaffAuthPayload
    }
  }
`);

const PasskeyLoginOptionsDocument = graphql(`
  mutation PasskeyLoginOptions($token: String!) {
    passkeyLoginOptions(token: $token)
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

/** The password was right; the server now asks for the second factor before it opens a session. */
export interface SecondFactorChallenge {
  token: string;
  methods: SecondFactorMethod[];
  /** Seconds the challenge stays valid. */
  expiresIn: number;
}

export type LoginOutcome = { kind: 'signedIn'; account: StaffSessionFragment } | { kind: 'secondFactor'; challenge: SecondFactorChallenge };

interface AuthPayloadLike {
  accessToken?: string | null;
  refreshToken?: string | null;
  expiresIn?: number | null;
  account?: StaffSessionFragment | null;
  secondFactor?: { token: string; methods: SecondFactorMethod[]; expiresIn: number } | null;
}

/** The one place that starts and ends staff sessions; safe to call outside components. */
export function useAuth() {
  /** Opens the session the payload carries (or, for a member account, ends it at once). */
  async function open(payload: AuthPayloadLike): Promise<LoginOutcome> {
    if (payload.secondFactor) {
      const { token, methods, expiresIn } = payload.secondFactor;
      return { kind: 'secondFactor', challenge: { token, methods: [...methods], expiresIn } };
    }
    const { accessToken, refreshToken, expiresIn, account } = payload;
    if (!accessToken || !refreshToken || expiresIn == null || !account) throw new Error('login returned no session');
    if (account.role === 'MEMBER') {
      // Members have no business here: end the session the server just opened, and never store it.
      try {
        await apolloClient.mutate({
          mutation: LogoutDocument,
          context: { headers: { authorization: `Bearer ${accessToken}` } },
        });
      } catch {
        /* nothing more we can do client-side; the token was never stored */
      }
      throw new StaffOnlyError();
    }
    applySession({ accessToken, refreshToken, expiresIn, account });
    await apolloClient.clearStore();
    return { kind: 'signedIn', account };
  }

  async function login(identifier: string, password: string): Promise<LoginOutcome> {
    const { data } = await apolloClient.mutate({ mutation: LoginDocument, variables: { identifier, password } });
    if (!data) throw new Error('login returned no data');
    return open(data.login);
  }

  /** The code (or, for a passkey, the JSON of the WebAuthn assertion) for a challenge from `login`. */
  async function loginSecondFactor(token: string, method: SecondFactorMethod, code: string): Promise<LoginOutcome> {
    const { data } = await apolloClient.mutate({ mutation: LoginSecondFactorDocument, variables: { token, method, code } });
    if (!data) throw new Error('loginSecondFactor returned no data');
    return open(data.loginSecondFactor);
  }

  /** WebAuthn request options (JSON) for signing in with a passkey under this challenge. */
  async function passkeyLoginOptions(token: string): Promise<string> {
    const { data } = await apolloClient.mutate({ mutation: PasskeyLoginOptionsDocument, variables: { token } });
    if (!data) throw new Error('passkeyLoginOptions returned no data');
    return data.passkeyLoginOptions;
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
    ready: sessionReady,
    hasPermission,
    login,
    loginSecondFactor,
    passkeyLoginOptions,
    logout,
  };
}
