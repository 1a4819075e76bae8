import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

const MemberFollowUpDocument = graphql(`
  query ConsoleMemberFollowUp($id: ID!) {
    followUpNoticeVersion
    member(id: $id) {
      id
      completions {
        id
        outcome
      }
      followUpConsents {
        id
        granted
        version
        source
        recordedBy
        acceptedAt
      }
    }
  }
`);

const RecordFollowUpConsentDocument = graphql(`
  mutation ConsoleRecordFollowUpConsent($accountId: ID!, $granted: Boolean!, $noticeVersion: String!) {
    recordFollowUpConsent(accountId: $accountId, granted: $granted, noticeVersion: $noticeVersion) {
      id
      granted
      version
      source
      recordedBy
      acceptedAt
    }
  }
`);

/** An alumnus' follow-up consent on the member page, and entering a paper form. */
export function useMemberFollowUp(id: MaybeRefOrGetter<string | null>, enabled: MaybeRefOrGetter<boolean>) {
  const { result, loading, error, refetch } = useQuery(
    MemberFollowUpDocument,
    () => ({ id: toValue(id) ?? '' }),
    () => ({ enabled: !!toValue(id) && toValue(enabled), fetchPolicy: 'cache-and-network' }),
  );
  const alumnus = computed(() => (result.value?.member.completions ?? []).some((c) => c.outcome === 'COMPLETED'));
  const consents = computed(() => result.value?.member.followUpConsents ?? []);
  const noticeVersion = computed(() => result.value?.followUpNoticeVersion ?? '');
  const { mutate, loading: saving } = useMutation(RecordFollowUpConsentDocument);
  const record = async (granted: boolean) => {
    await mutate({ accountId: toValue(id)!, granted, noticeVersion: noticeVersion.value });
    await refetch();
  };
  return { alumnus, consents, noticeVersion, loading, error, saving, record };
}
