import { useMutation } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@apollo/client/core';

// Setting up an authenticator app (TOTP) and making new recovery codes: the same in both clients.
// Each client passes its own documents (typed by its codegen from the shared schema).

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export interface TotpEnrolmentDocuments {
  start: TypedDocumentNode<{ startTotpEnrolment: TotpEnrolment }, Record<string, never>>;
  confirm: TypedDocumentNode<{ confirmTotpEnrolment: { codes: string[] } }, { code: string }>;
}

export type RegenerateRecoveryCodesDocument = TypedDocumentNode<
  { regenerateRecoveryCodes: { codes: string[] } },
  { currentPassword: string }
>;

/** A fresh secret (and its QR code), then the first code from the app; that answers with the recovery codes. */
export function useTotpEnrolment(documents: TotpEnrolmentDocuments) {
  const start = useMutation(documents.start, { throws: 'always' });
  const confirm = useMutation(documents.confirm, { throws: 'always' });
  async function startTotpEnrolment(): Promise<TotpEnrolment> {
    const res = await start.mutate();
    if (!res?.data) throw new Error('startTotpEnrolment returned no data');
    return res.data.startTotpEnrolment;
  }
  /** The ten recovery codes, returned only here, once. */
  async function confirmTotpEnrolment(code: string): Promise<string[]> {
    const res = await confirm.mutate({ code });
    if (!res?.data) throw new Error('confirmTotpEnrolment returned no data');
    return res.data.confirmTotpEnrolment.codes;
  }
  return { startTotpEnrolment, confirmTotpEnrolment, starting: start.loading, confirming: confirm.loading };
}

/** New recovery codes (the old ones stop working); asks for the password. `refetchQueries`: what shows the codes left. */
export function useRegenerateRecoveryCodes(document: RegenerateRecoveryCodesDocument, refetchQueries?: string[]) {
  const { mutate, loading } = useMutation(document, { throws: 'always', ...(refetchQueries ? { refetchQueries } : {}) });
  async function regenerateRecoveryCodes(currentPassword: string): Promise<string[]> {
    const res = await mutate({ currentPassword });
    if (!res?.data) throw new Error('regenerateRecoveryCodes returned no data');
    return res.data.regenerateRecoveryCodes.codes;
  }
  return { regenerateRecoveryCodes, loading };
}
