import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

// The state both the query and the mutation return, named once.
graphql(`
  fragment MyFollowUpConsent on FollowUpConsentState {
    alumnus
    noticeVersion
    current {
      ...MyConsentChoice
    }
    history {
      ...MyConsentChoice
    }
  }
`);
graphql(`
  fragment MyConsentChoice on Consent {
    id
    granted
    version
    source
    acceptedAt
  }
`);

const FollowUpConsentDocument = graphql(`
  query MyFollowUpConsent {
    myFollowUpConsent {
      ...MyFollowUpConsent
    }
  }
`);

const SetFollowUpConsentDocument = graphql(`
  mutation SetFollowUpConsent($granted: Boolean!, $noticeVersion: String!) {
    setFollowUpConsent(granted: $granted, noticeVersion: $noticeVersion) {
      ...MyFollowUpConsent
    }
  }
`);

/** My consent to follow-up surveys (asked of alumni): the current notice, my choice and its history. */
export function useFollowUpConsent() {
  const { result, loading, error, refetch } = useQuery(FollowUpConsentDocument, null, { fetchPolicy: 'cache-and-network' });
  const state = computed(() => result.value?.myFollowUpConsent ?? null);
  const { mutate, loading: saving } = useMutation(SetFollowUpConsentDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: FollowUpConsentDocument, data: { myFollowUpConsent: data.setFollowUpConsent } });
    },
  });
  const choose = (granted: boolean) => mutate({ granted, noticeVersion: state.value!.noticeVersion });
  return { state, loading, error, saving, choose, refetch };
}
