import { computed, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import { currentAccount, isAuthenticated, updateAccount } from '../auth/session';

export const MeDocument = graphql(`
  query Me {
    me {
      ...StaffSession
    }
  }
`);

/**
 * The logged-in staff member as the server sees them now (role, permissions, contractor
 * scope); falls back to the login payload until `me` has answered.
 */
export function useCurrentStaff() {
  const { result } = useQuery(MeDocument, null, () => ({
    enabled: isAuthenticated.value,
    fetchPolicy: 'network-only',
  }));
  watch(
    () => result.value?.me,
    (me) => {
      if (me) updateAccount(me);
    },
  );
  const staff = computed(() => (isAuthenticated.value ? (result.value?.me ?? currentAccount.value) : null));
  const permissions = computed(() => staff.value?.permissions ?? []);
  const can = (code: string) => permissions.value.includes(code);
  /** Contractor staff are confined to their contractor's field. */
  const scopedFieldCode = computed(() => (staff.value?.role === 'CONTRACTOR_STAFF' ? (staff.value.contractor?.fieldCode ?? null) : null));
  return { staff, permissions, can, scopedFieldCode };
}
