import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      id
      loginId
      name
      nameKana
      email
      phone
      residency
      address
      workplaceOrSchool
      createdAt
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** The member's own registration details; always fresh from the server (personal data is not kept in cache longer than needed). */
export function useMyAccount() {
  const { result, loading, error } = useQuery(MyAccountDocument, null, { fetchPolicy: 'network-only' });
  const me = computed(() => result.value?.me ?? null);
  return { me, loading, error };
}

export function useChangePassword() {
  const { mutate, loading } = useMutation(ChangePasswordDocument, { throws: 'always' });
  async function changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    const res = await mutate({ currentPassword, newPassword });
    return !!res?.data?.changePassword;
  }
  return { changePassword, loading };
}
