import { createRecovery } from '@college-portal/client-shared/composables/useRecovery';
import { anonymousClient, apolloClient } from '../apollo';
import { graphql } from '../gql';
import type { EmailConfirmationKind } from '../gql/graphql';

// The mailed links (confirm the address, reset the password, recover the login ID) and the
// requests that send them. None of these needs a session; the link's token is the proof.

const ConfirmEmailDocument = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      loginId
      kind
    }
  }
`);

const ResendEmailConfirmationDocument = graphql(`
  mutation ResendEmailConfirmation {
    resendEmailConfirmation
  }
`);

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

export type { EmailConfirmationKind };

export async function confirmEmail(token: string): Promise<{ loginId: string; kind: EmailConfirmationKind }> {
  const { data } = await anonymousClient.mutate({ mutation: ConfirmEmailDocument, variables: { token } });
  if (!data) throw new Error('confirmEmail returned no data');
  return data.confirmEmail;
}

export async function resendEmailConfirmation(): Promise<boolean> {
  const { data } = await apolloClient.mutate({ mutation: ResendEmailConfirmationDocument });
  return !!data?.resendEmailConfirmation;
}

const recovery = createRecovery(anonymousClient, {
  requestPasswordReset: RequestPasswordResetDocument,
  requestLoginIdReminder: RequestLoginIdReminderDocument,
  resetPassword: ResetPasswordDocument,
  recoverLoginId: RecoverLoginIdDocument,
});

/** What the two "I forgot…" pages ask for; the answer is the same whether the address is known or not. */
export type RecoveryRequest = 'password' | 'loginId';

export function requestRecovery(kind: RecoveryRequest, email: string): Promise<boolean> {
  return kind === 'password' ? recovery.requestPasswordReset(email) : recovery.requestLoginIdReminder(email);
}

export const { resetPassword, recoverLoginId } = recovery;
