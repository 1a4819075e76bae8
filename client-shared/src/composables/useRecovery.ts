import { ref, type Ref } from 'vue';
import type { ApolloClient, TypedDocumentNode } from '@apollo/client/core';

// The mailed links that recover an account (reset the password, show the login ID) and the
// requests that send them, the same in both clients. Each client passes its own documents (typed
// by its codegen from the shared schema) and the Apollo client they go through.

export interface RecoveryDocuments {
  requestPasswordReset: TypedDocumentNode<{ requestPasswordReset: boolean }, { email: string }>;
  requestLoginIdReminder: TypedDocumentNode<{ requestLoginIdReminder: boolean }, { email: string }>;
  resetPassword: TypedDocumentNode<{ resetPassword: { loginId: string } }, { token: string; newPassword: string }>;
  recoverLoginId: TypedDocumentNode<{ recoverLoginId: { loginId: string } }, { token: string }>;
}

export interface Recovery {
  /** "Forgot your password": true whether or not the address is known (the answer never tells). */
  requestPasswordReset: (email: string) => Promise<boolean>;
  /** "Forgot your login ID": likewise. */
  requestLoginIdReminder: (email: string) => Promise<boolean>;
  /** Returns the login ID of the account whose password was set; every session of it has ended. */
  resetPassword: (token: string, newPassword: string) => Promise<string>;
  /** Returns the login ID the link is for. */
  recoverLoginId: (token: string) => Promise<string>;
}

export function createRecovery(client: ApolloClient<unknown>, documents: RecoveryDocuments): Recovery {
  return {
    async requestPasswordReset(email) {
      const { data } = await client.mutate({ mutation: documents.requestPasswordReset, variables: { email } });
      return !!data?.requestPasswordReset;
    },
    async requestLoginIdReminder(email) {
      const { data } = await client.mutate({ mutation: documents.requestLoginIdReminder, variables: { email } });
      return !!data?.requestLoginIdReminder;
    },
    async resetPassword(token, newPassword) {
      const { data } = await client.mutate({ mutation: documents.resetPassword, variables: { token, newPassword } });
      if (!data) throw new Error('resetPassword returned no data');
      return data.resetPassword.loginId;
    },
    async recoverLoginId(token) {
      const { data } = await client.mutate({ mutation: documents.recoverLoginId, variables: { token } });
      if (!data) throw new Error('recoverLoginId returned no data');
      return data.recoverLoginId.loginId;
    },
  };
}

/** `run` calls `action`; `loading` is true while a call is under way (for a button's "Sending…"). */
export function withLoading<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): { run: (...args: A) => Promise<R>; loading: Ref<boolean> } {
  const loading = ref(false);
  async function run(...args: A): Promise<R> {
    loading.value = true;
    try {
      return await action(...args);
    } finally {
      loading.value = false;
    }
  }
  return { run, loading };
}
