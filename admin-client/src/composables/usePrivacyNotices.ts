import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { PrivacyNoticeInput } from '../gql/graphql';

// The versions of the privacy notice (個人情報の取扱い) and publishing a new one: ward administrators.

const PrivacyNoticeVersionsDocument = graphql(`
  query ConsolePrivacyNoticeVersions {
    privacyNoticeVersions {
      id
      version
      textJa
      textEn
      effectiveFrom
      publishedAt
      state
      acceptedCount
      declinedCount
    }
  }
`);

const PublishPrivacyNoticeDocument = graphql(`
  mutation ConsolePublishPrivacyNotice($input: PrivacyNoticeInput!) {
    publishPrivacyNotice(input: $input) {
      id
      version
      state
      effectiveFrom
    }
  }
`);

export function usePrivacyNoticeVersions() {
  const { result, loading, error, refetch } = useQuery(PrivacyNoticeVersionsDocument, null, { fetchPolicy: 'cache-and-network' });
  const versions = computed(() => result.value?.privacyNoticeVersions ?? []);
  return { versions, loading, error, refetch };
}

export function usePublishPrivacyNotice() {
  const { mutate, loading } = useMutation(PublishPrivacyNoticeDocument, { throws: 'always' });
  return {
    publish: async (input: PrivacyNoticeInput) => (await mutate({ input }))?.data?.publishPrivacyNotice ?? null,
    publishing: loading,
  };
}
