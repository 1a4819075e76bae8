import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ActivityInput, ConsoleMemberActivityQuery } from '../gql/graphql';

const MemberActivityDocument = graphql(`
  query ConsoleMemberActivity($id: ID!) {
    member(id: $id) {
      id
      activityRecords {
        id
        current {
          id
          version
          fieldCodes
          groupName
          role
          startedOn
          endedOn
          hoursPerMonth
          source
          enteredAt
        }
        history {
          id
          version
          groupName
          role
          startedOn
          endedOn
          source
          enteredAt
        }
      }
    }
  }
`);

const RecordAlumnusActivityDocument = graphql(`
  mutation ConsoleRecordAlumnusActivity($accountId: ID!, $input: ActivityInput!) {
    recordAlumnusActivity(accountId: $accountId, input: $input) {
      id
    }
  }
`);

export type MemberActivityRecord = ConsoleMemberActivityQuery['member']['activityRecords'][number];

/** An alumnus' activity records on the member page (reads are audited), and a staff note from a group. */
export function useMemberActivity(id: MaybeRefOrGetter<string | null>) {
  const { result, loading, error, refetch } = useQuery(
    MemberActivityDocument,
    () => ({ id: toValue(id) ?? '' }),
    () => ({ enabled: !!toValue(id), fetchPolicy: 'cache-and-network' }),
  );
  const records = computed(() => result.value?.member.activityRecords ?? []);
  const { mutate, loading: saving } = useMutation(RecordAlumnusActivityDocument);
  const record = async (input: ActivityInput) => {
    await mutate({ accountId: toValue(id)!, input });
    await refetch();
  };
  return { records, loading, error, saving, record };
}
