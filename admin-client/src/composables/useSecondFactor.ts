import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import {
  useRegenerateRecoveryCodes as useSharedRegenerateRecoveryCodes,
  useTotpEnrolment as useSharedTotpEnrolment,
} from '@college-portal/client-shared/composables/useSecondFactor';
import { graphql } from '../gql';
import { isAuthenticated } from '../auth/session';

const MySecurityDocument = graphql(`
  query MySecurity {
    me {
      id
      secondFactor {
        totp
        passkeys
        recoveryCodesLeft
      }
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

const StartTotpEnrolmentDocument = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

const ConfirmTotpEnrolmentDocument = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code) {
      codes
    }
  }
`);

const RegenerateRecoveryCodesDocument = graphql(`
  mutation RegenerateRecoveryCodes($currentPassword: String!) {
    regenerateRecoveryCodes(currentPassword: $currentPassword) {
      codes
    }
  }
`);

const StartPasskeyRegistrationDocument = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration {
      token
      optionsJson
    }
  }
`);

const FinishPasskeyRegistrationDocument = graphql(`
  mutation FinishPasskeyRegistration($token: String!, $responseJson: String!, $name: String!) {
    finishPasskeyRegistration(token: $token, responseJson: $responseJson, name: $name) {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

const RemovePasskeyDocument = graphql(`
  mutation RemovePasskey($passkeyId: ID!) {
    removePasskey(passkeyId: $passkeyId)
  }
`);

/** The signed-in staff member's second factor: authenticator app, passkeys, recovery codes left. */
export function useMySecurity() {
  const { result, loading, error, refetch } = useQuery(MySecurityDocument, null, () => ({
    enabled: isAuthenticated.value,
    fetchPolicy: 'network-only',
  }));
  const status = computed(() => result.value?.me?.secondFactor ?? null);
  const passkeys = computed(() => result.value?.me?.passkeys ?? []);
  return { status, passkeys, loading, error, refetch: () => refetch() };
}

/** Setting up the authenticator app: a fresh secret (and its QR code), then the first code from the app. */
export function useTotpEnrolment() {
  return useSharedTotpEnrolment({ start: StartTotpEnrolmentDocument, confirm: ConfirmTotpEnrolmentDocument });
}

export function useRegenerateRecoveryCodes() {
  return useSharedRegenerateRecoveryCodes(RegenerateRecoveryCodesDocument, ['MySecurity']);
}

/** Thrown when the browser has no WebAuthn, or the person cancelled the passkey prompt. */
export class PasskeyCancelledError extends Error {
  constructor(cause?: unknown) {
    super('passkey cancelled', { cause });
    this.name = 'PasskeyCancelledError';
  }
}

export function usePasskeys() {
  const start = useMutation(StartPasskeyRegistrationDocument, { throws: 'always' });
  const finish = useMutation(FinishPasskeyRegistrationDocument, { throws: 'always', refetchQueries: ['MySecurity'] });
  const remove = useMutation(RemovePasskeyDocument, { throws: 'always', refetchQueries: ['MySecurity'] });

  /** Options from the server → the browser's passkey prompt → the server stores the new passkey. */
  async function registerPasskey(name: string) {
    const res = await start.mutate();
    if (!res?.data) throw new Error('startPasskeyRegistration returned no data');
    const { token, optionsJson } = res.data.startPasskeyRegistration;
    let response;
    try {
      response = await startRegistration({ optionsJSON: JSON.parse(optionsJson) as PublicKeyCredentialCreationOptionsJSON });
    } catch (e) {
      throw new PasskeyCancelledError(e);
    }
    const done = await finish.mutate({ token, responseJson: JSON.stringify(response), name });
    if (!done?.data) throw new Error('finishPasskeyRegistration returned no data');
    return done.data.finishPasskeyRegistration;
  }

  async function removePasskey(id: string): Promise<boolean> {
    const res = await remove.mutate({ passkeyId: id });
    return !!res?.data?.removePasskey;
  }

  const registering = computed(() => start.loading.value || finish.loading.value);
  return { registerPasskey, removePasskey, registering, removing: remove.loading };
}
