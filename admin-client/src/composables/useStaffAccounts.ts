import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { StaffAccountInput } from '../gql/graphql';

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
