import { createSession } from '@college-portal/client-shared/auth/session';
import { graphql } from '../gql';
import type { PendingAction, StaffSessionFragment } from '../gql/graphql';

/** The staff console's session (token handling: client-shared/src/auth/session.ts). */
export const REFRESH_KEY = 'cp.admin.refresh';

graphql(`
  fragment StaffSession on Account {
    id
    loginId
    name
    role
    permissions
    contractor {
      id
      name
      fieldCode
    }
    pendingActions
    passwordExpiresAt
  }
`);

const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresIn
      account {
        ...StaffSession
      }
    }
  }
`);

export const session = createSession<StaffSessionFragment>({
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
  updateAccount, // keeps the header in step after `me` is re-read (e.g. a role change since login)
} = session;

/** What the signed-in staff member must do before anything else (change the temporary password, enrol a second factor). */
export function pendingActions(): readonly PendingAction[] {
  return currentAccount.value?.pendingActions ?? [];
}

/** Permission check for menus and route guards; the server enforces the same codes. */
export function hasPermission(code: string): boolean {
  return !!currentAccount.value?.permissions.includes(code);
}
