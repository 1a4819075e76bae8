import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { StaffAccountInput, StaffAccountUpdateInput } from '../gql/graphql';

const StaffAccountsDocument = graphql(`
  query StaffAccounts {
    staffAccounts {
      ...StaffAccountRow
    }
  }
`);

const CreateStaffAccountDocument = graphql(`
  mutation CreateStaffAccount($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      account {
        ...StaffAccountRow
      }
      temporaryPassword
    }
  }
`);

export function useStaffAccounts() {
  const { result, loading, error } = useQuery(StaffAccountsDocument, null, { fetchPolicy: 'cache-and-network' });
  const accounts = computed(() => result.value?.staffAccounts ?? []);
  return { accounts, loading, error };
}

export function useCreateStaffAccount() {
  const { mutate, loading } = useMutation(CreateStaffAccountDocument, {
    throws: 'always',
    refetchQueries: ['StaffAccounts'],
  });
  /** The temporary password is returned only here, once; it is never stored client-side. */
  async function createStaffAccount(input: StaffAccountInput) {
    const res = await mutate({ input });
    if (!res?.data) throw new Error('createStaffAccount returned no data');
    return res.data.createStaffAccount;
  }
  return { createStaffAccount, loading };
}

const ResetStaffPasswordDocument = graphql(`
  mutation ResetStaffPassword($accountId: ID!) {
    resetStaffPassword(accountId: $accountId) {
      account {
        ...StaffAccountRow
      }
      temporaryPassword
    }
  }
`);

const UnlockAccountDocument = graphql(`
  mutation UnlockAccount($accountId: ID!) {
    unlockAccount(accountId: $accountId) {
      ...StaffAccountRow
    }
  }
`);

const SetAccountStatusDocument = graphql(`
  mutation SetAccountStatus($accountId: ID!, $status: AccountStatus!) {
    setAccountStatus(accountId: $accountId, status: $status) {
      ...StaffAccountRow
    }
  }
`);

const ResetSecondFactorDocument = graphql(`
  mutation ResetSecondFactor($accountId: ID!) {
    resetSecondFactor(accountId: $accountId) {
      ...StaffAccountRow
    }
  }
`);

/** What a ward administrator can do to another staff account; each is confirmed on screen first. */
export type StaffAction = 'resetPassword' | 'unlock' | 'disable' | 'enable' | 'resetSecondFactor';

export function useStaffAccountActions() {
  const opts = { throws: 'always' as const, refetchQueries: ['StaffAccounts'] };
  const resetPw = useMutation(ResetStaffPasswordDocument, opts);
  const unlock = useMutation(UnlockAccountDocument, opts);
  const setStatus = useMutation(SetAccountStatusDocument, opts);
  const resetTwoFactor = useMutation(ResetSecondFactorDocument, opts);

  /** Runs the action; for a password reset, returns the new temporary password (shown once, never stored). */
  async function run(action: StaffAction, accountId: string): Promise<{ temporaryPassword?: string }> {
    switch (action) {
      case 'resetPassword': {
        const res = await resetPw.mutate({ accountId });
        if (!res?.data) throw new Error('resetStaffPassword returned no data');
        return { temporaryPassword: res.data.resetStaffPassword.temporaryPassword };
      }
      case 'unlock':
        await unlock.mutate({ accountId });
        return {};
      case 'disable':
      case 'enable':
        await setStatus.mutate({ accountId, status: action === 'disable' ? 'DISABLED' : 'ACTIVE' });
        return {};
      case 'resetSecondFactor':
        await resetTwoFactor.mutate({ accountId });
        return {};
    }
  }

  const busy = computed(() => resetPw.loading.value || unlock.loading.value || setStatus.loading.value || resetTwoFactor.loading.value);
  return { run, busy };
}

const UpdateStaffAccountDocument = graphql(`
  mutation UpdateStaffAccount($input: StaffAccountUpdateInput!) {
    updateStaffAccount(input: $input) {
      ...StaffAccountRow
    }
  }
`);

/** Name, kana and e-mail of a staff account (ward administrators; the server audits it). */
export function useUpdateStaffAccount() {
  const { mutate, loading } = useMutation(UpdateStaffAccountDocument, { throws: 'always' });
  async function updateStaffAccount(input: StaffAccountUpdateInput) {
    const res = await mutate({ input });
    return res?.data?.updateStaffAccount ?? null;
  }
  return { updateStaffAccount, loading };
}
