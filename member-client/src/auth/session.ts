import { createSession } from '@college-portal/client-shared/auth/session';
import { graphql } from '../gql';
import type { MemberSessionFragment } from '../gql/graphql';

/** The member portal's session (token handling: client-shared/src/auth/session.ts). */
export const REFRESH_KEY = 'cp.member.refresh';

graphql(`
  fragment MemberSession on Account {
    id
    loginId
    name
    role
  }
`);

const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresIn
      account {
        ...MemberSession
      }
    }
  }
`);

export const session = createSession<MemberSessionFragment>({
  storageKey: REFRESH_KEY,
  refreshDocument: RefreshSessionDocument,
});

export const {
  applySession,
  clearSession,
  getAccessToken,
  hasRefreshToken,
  refreshSession,
  sessionReady,
  currentAccount,
  isAuthenticated,
} = session;
