import { computed } from 'vue';
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
    pendingActions
    privacyNoticeDeclined
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
  updateAccount,
  clearSession,
  getAccessToken,
  hasRefreshToken,
  refreshSession,
  sessionReady,
  currentAccount,
  isAuthenticated,
} = session;

/** What the account must do before anything else (e.g. confirm its email address); empty when logged out. */
export const pendingActions = computed(() => currentAccount.value?.pendingActions ?? []);

/** Whether the address still has to be confirmed: then only the "confirm your address" page is shown. */
export const mustConfirmEmail = computed(() => pendingActions.value.includes('CONFIRM_EMAIL'));

/** A new privacy notice to accept (and not declined yet): the portal shows it before anything else. */
export const mustAcceptPrivacyNotice = computed(
  () => pendingActions.value.includes('ACCEPT_PRIVACY_NOTICE') && !currentAccount.value?.privacyNoticeDeclined,
);

/** Declined the privacy notice in force: only the data export and the erasure request are open (and accepting later). */
export const privacyNoticeDeclined = computed(
  () => pendingActions.value.includes('ACCEPT_PRIVACY_NOTICE') && !!currentAccount.value?.privacyNoticeDeclined,
);

/** Logged in with nothing pending: the member's own data may be asked for. */
export const isActive = computed(() => isAuthenticated.value && pendingActions.value.length === 0);
