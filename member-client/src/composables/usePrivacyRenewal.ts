import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

// A new version of the privacy notice (個人情報の取扱い) that the member is asked to accept:
// the text in force, and the member's answer (accept, or decline: then only the data export and
// the erasure request stay available, and they may accept later).

const PrivacyRenewalNoticeDocument = graphql(`
  query PrivacyRenewalNotice {
    privacyNotice {
      version
      purposeJa
      purposeEn
      effectiveFrom
    }
  }
`);

const AcceptPrivacyNoticeDocument = graphql(`
  mutation AcceptPrivacyNotice($version: String!) {
    acceptPrivacyNotice(version: $version)
  }
`);

const DeclinePrivacyNoticeDocument = graphql(`
  mutation DeclinePrivacyNotice($version: String!) {
    declinePrivacyNotice(version: $version)
  }
`);

export function usePrivacyRenewal() {
  const { result, loading, error, refetch } = useQuery(PrivacyRenewalNoticeDocument, null, { fetchPolicy: 'network-only' });
  const notice = computed(() => result.value?.privacyNotice ?? null);
  const accept = useMutation(AcceptPrivacyNoticeDocument, { throws: 'always' });
  const decline = useMutation(DeclinePrivacyNoticeDocument, { throws: 'always' });
  return {
    notice,
    loading,
    error,
    refetch,
    accept: (version: string) => accept.mutate({ version }),
    decline: (version: string) => decline.mutate({ version }),
    busy: computed(() => accept.loading.value || decline.loading.value),
  };
}
