import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { RegisterInput } from '../gql/graphql';

const PrivacyNoticeDocument = graphql(`
  query PrivacyNotice {
    privacyNotice {
      version
      purposeJa
      purposeEn
    }
  }
`);

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`);

export function usePrivacyNotice() {
  const { result, loading, error, refetch } = useQuery(PrivacyNoticeDocument, null, { fetchPolicy: 'network-only' });
  const notice = computed(() => result.value?.privacyNotice ?? null);
  return { notice, loading, error, refetch };
}

export function useRegister() {
  const { mutate, loading } = useMutation(RegisterDocument, { throws: 'always' });
  /** Always true when it does not throw, for a new and an already-registered address alike. */
  async function register(input: RegisterInput): Promise<boolean> {
    const res = await mutate({ input });
    if (!res?.data) throw new Error('register returned no data');
    return res.data.register;
  }
  return { register, loading };
}
