import { createRecovery, withLoading } from '@college-portal/client-shared/composables/useRecovery';
import { apolloClient } from '../apollo';
import { graphql } from '../gql';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      loginId
    }
  }
`);

const RequestLoginIdReminderDocument = graphql(`
  mutation RequestLoginIdReminder($email: String!) {
    requestLoginIdReminder(email: $email)
  }
`);

const RecoverLoginIdDocument = graphql(`
  mutation RecoverLoginId($token: String!) {
    recoverLoginId(token: $token) {
      loginId
    }
  }
`);

/**
 * The token of a mailed link: it sits in the URL fragment (never sent to a server). Read once when
 * the page opens; `forget` takes it out of the address bar once it has been used.
 */
export function linkToken(): { token: string; forget: () => void } {
  const raw = window.location.hash.slice(1);
  let token: string;
  try {
    token = decodeURIComponent(raw).trim();
  } catch {
    token = raw.trim();
  }
  return {
    token,
    forget() {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    },
  };
}

const recovery = createRecovery(apolloClient, {
  requestPasswordReset: RequestPasswordResetDocument,
  requestLoginIdReminder: RequestLoginIdReminderDocument,
  resetPassword: ResetPasswordDocument,
  recoverLoginId: RecoverLoginIdDocument,
});

/** "Forgot your password / login ID": the answer is the same whether or not the address is known. */
export function useRecoveryRequests() {
  const reset = withLoading(recovery.requestPasswordReset);
  const reminder = withLoading(recovery.requestLoginIdReminder);
  return {
    requestPasswordReset: reset.run,
    requestLoginIdReminder: reminder.run,
    sendingReset: reset.loading,
    sendingReminder: reminder.loading,
  };
}

export function useResetPassword() {
  const { run: resetPassword, loading } = withLoading(recovery.resetPassword);
  return { resetPassword, loading };
}

export function useRecoverLoginId() {
  const { run: recoverLoginId, loading } = withLoading(recovery.recoverLoginId);
  return { recoverLoginId, loading };
}
