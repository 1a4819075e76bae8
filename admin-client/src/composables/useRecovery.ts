import { useMutation } from '@vue/apollo-composable';
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

/** "Forgot your password / login ID": the answer is the same whether or not the address is known. */
export function useRecoveryRequests() {
  const reset = useMutation(RequestPasswordResetDocument, { throws: 'always' });
  const reminder = useMutation(RequestLoginIdReminderDocument, { throws: 'always' });
  return {
    requestPasswordReset: async (email: string) => !!(await reset.mutate({ email }))?.data?.requestPasswordReset,
    requestLoginIdReminder: async (email: string) => !!(await reminder.mutate({ email }))?.data?.requestLoginIdReminder,
    sendingReset: reset.loading,
    sendingReminder: reminder.loading,
  };
}

export function useResetPassword() {
  const { mutate, loading } = useMutation(ResetPasswordDocument, { throws: 'always' });
  /** Returns the login ID of the account whose password was set; every session of it has ended. */
  async function resetPassword(token: string, newPassword: string): Promise<string> {
    const res = await mutate({ token, newPassword });
    if (!res?.data) throw new Error('resetPassword returned no data');
    return res.data.resetPassword.loginId;
  }
  return { resetPassword, loading };
}

export function useRecoverLoginId() {
  const { mutate, loading } = useMutation(RecoverLoginIdDocument, { throws: 'always' });
  async function recoverLoginId(token: string): Promise<string> {
    const res = await mutate({ token });
    if (!res?.data) throw new Error('recoverLoginId returned no data');
    return res.data.recoverLoginId.loginId;
  }
  return { recoverLoginId, loading };
}
