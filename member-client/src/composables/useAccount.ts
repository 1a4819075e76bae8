import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { MyAccountFieldsFragment, MyDetailsInput } from '../gql/graphql';
import { updateAccount, currentAccount } from '../auth/session';

// The member's own account as my page and the details page show it. Every mutation that
// changes the account answers with the same selection, so the cache (Account by id) and the
// pages follow without a second request.
graphql(`
  fragment MyAccountFields on Account {
    id
    loginId
    name
    nameKana
    email
    pendingEmail
    emailConfirmed
    phone
    residency
    address
    workplaceOrSchool
    createdAt
    secondFactor {
      totp
      recoveryCodesLeft
    }
    changes {
      id
      at
      kind
      fields
      byAdministrator
    }
  }
`);

const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      ...MyAccountFields
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const UpdateMyDetailsDocument = graphql(`
  mutation UpdateMyDetails($input: MyDetailsInput!) {
    updateMyDetails(input: $input) {
      ...MyAccountFields
    }
  }
`);

const RequestEmailChangeDocument = graphql(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
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

const DisableSecondFactorDocument = graphql(`
  mutation DisableSecondFactor($currentPassword: String!) {
    disableSecondFactor(currentPassword: $currentPassword)
  }
`);

export type MyAccount = MyAccountFieldsFragment;
export type AccountChange = NonNullable<MyAccountFieldsFragment['changes']>[number];

const REFETCH_ME = [{ query: MyAccountDocument }];

/** The member's own registration details; always fresh from the server (personal data is not kept in cache longer than needed). */
export function useMyAccount() {
  const { result, loading, error, refetch } = useQuery(MyAccountDocument, null, { fetchPolicy: 'network-only' });
  const me = computed(() => result.value?.me ?? null);
  function reload() {
    return refetch()?.catch(() => undefined);
  }
  return { me, loading, error, reload };
}

export function useChangePassword() {
  const { mutate, loading } = useMutation(ChangePasswordDocument, { throws: 'always', refetchQueries: REFETCH_ME });
  async function changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    const res = await mutate({ currentPassword, newPassword });
    return !!res?.data?.changePassword;
  }
  return { changePassword, loading };
}

export function useUpdateMyDetails() {
  const { mutate, loading } = useMutation(UpdateMyDetailsDocument, { throws: 'always' });
  async function updateMyDetails(input: MyDetailsInput): Promise<MyAccount> {
    const res = await mutate({ input });
    if (!res?.data) throw new Error('updateMyDetails returned no data');
    const next = res.data.updateMyDetails;
    // The session's copy of the account carries the name too.
    if (currentAccount.value)
      updateAccount({ ...currentAccount.value, pendingActions: [...(currentAccount.value.pendingActions ?? [])], name: next.name });
    return next;
  }
  return { updateMyDetails, loading };
}

export function useRequestEmailChange() {
  const { mutate, loading } = useMutation(RequestEmailChangeDocument, {
    throws: 'always',
    refetchQueries: REFETCH_ME,
    awaitRefetchQueries: true,
  });
  async function requestEmailChange(newEmail: string, currentPassword: string): Promise<boolean> {
    const res = await mutate({ newEmail, currentPassword });
    return !!res?.data?.requestEmailChange;
  }
  return { requestEmailChange, loading };
}

/** Two-step login with an authenticator app (optional for members), and its recovery codes. */
export function useSecondFactor() {
  const start = useMutation(StartTotpEnrolmentDocument, { throws: 'always' });
  const confirm = useMutation(ConfirmTotpEnrolmentDocument, { throws: 'always' });
  const regenerate = useMutation(RegenerateRecoveryCodesDocument, { throws: 'always' });
  const disable = useMutation(DisableSecondFactorDocument, { throws: 'always', refetchQueries: REFETCH_ME, awaitRefetchQueries: true });

  async function startTotpEnrolment() {
    const res = await start.mutate();
    if (!res?.data) throw new Error('startTotpEnrolment returned no data');
    return res.data.startTotpEnrolment;
  }

  async function confirmTotpEnrolment(code: string): Promise<string[]> {
    const res = await confirm.mutate({ code });
    if (!res?.data) throw new Error('confirmTotpEnrolment returned no data');
    return res.data.confirmTotpEnrolment.codes;
  }

  async function regenerateRecoveryCodes(currentPassword: string): Promise<string[]> {
    const res = await regenerate.mutate({ currentPassword });
    if (!res?.data) throw new Error('regenerateRecoveryCodes returned no data');
    return res.data.regenerateRecoveryCodes.codes;
  }

  async function disableSecondFactor(currentPassword: string): Promise<boolean> {
    const res = await disable.mutate({ currentPassword });
    return !!res?.data?.disableSecondFactor;
  }

  return {
    startTotpEnrolment,
    confirmTotpEnrolment,
    regenerateRecoveryCodes,
    disableSecondFactor,
    starting: start.loading,
    confirming: confirm.loading,
    regenerating: regenerate.loading,
    disabling: disable.loading,
  };
}
