import { useMutation } from '@vue/apollo-composable';
import { graphql } from '../gql';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Staff replace the temporary password they were handed with their own. */
export function useChangePassword() {
  const { mutate, loading } = useMutation(ChangePasswordDocument, { throws: 'always' });
  async function changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    const res = await mutate({ currentPassword, newPassword });
    return !!res?.data?.changePassword;
  }
  return { changePassword, loading };
}
