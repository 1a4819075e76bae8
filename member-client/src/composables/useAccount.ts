import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { useRegenerateRecoveryCodes, useTotpEnrolment } from '@college-portal/client-shared/composables/useSecondFactor';
import { graphql } from '../gql';
import type { MyAccountFieldsFragment, MyDetailsFieldsFragment, MyDetailsInput } from '../gql/graphql';
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
  }
`);

// The details page also shows two-step login and the history of changes; my page does not, so
// only the details page asks for them.
graphql(`
  fragment MyDetailsFields on Account {
    ...MyAccountFields
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

const MyDetailsDocument = graphql(`
  query MyDetails {
    me {
      ...MyDetailsFields
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
      ...MyDetailsFields
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
export type MyDetails = MyDetailsFieldsFragment;
export type AccountChange = NonNullable<MyDetailsFieldsFragment['changes']>[number];

const REFETCH_ME = [{ query: MyAccountDocument }];
const REFETCH_DETAILS = [{ query: MyDetailsDocument }];

/** The member's own registration details; always fresh from the server (personal data is not kept in cache longer than needed). */
export function useMyAccount() {
  const { result, loading, error } = useQuery(MyAccountDocument, null, { fetchPolicy: 'network-only' });
  const me = computed(() => result.value?.me ?? null);
  return { me, loading, error };
}

/** The same for the details page, with two-step login and the history of changes. */
export function useMyDetails() {
  const { result, loading, error, refetch } = useQuery(MyDetailsDocument, null, { fetchPolicy: 'network-only' });
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
    refetchQueries: REFETCH_DETAILS,
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
  const enrolment = useTotpEnrolment({ start: StartTotpEnrolmentDocument, confirm: ConfirmTotpEnrolmentDocument });
  const regenerate = useRegenerateRecoveryCodes(RegenerateRecoveryCodesDocument);
  const disable = useMutation(DisableSecondFactorDocument, {
    throws: 'always',
    refetchQueries: REFETCH_DETAILS,
    awaitRefetchQueries: true,
  });

  async function disableSecondFactor(currentPassword: string): Promise<boolean> {
    const res = await disable.mutate({ currentPassword });
    return !!res?.data?.disableSecondFactor;
  }

  return {
    startTotpEnrolment: enrolment.startTotpEnrolment,
    confirmTotpEnrolment: enrolment.confirmTotpEnrolment,
    regenerateRecoveryCodes: regenerate.regenerateRecoveryCodes,
    disableSecondFactor,
    starting: enrolment.starting,
    confirming: enrolment.confirming,
    regenerating: regenerate.loading,
    disabling: disable.loading,
  };
}
