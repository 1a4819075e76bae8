import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ActivityInput, MyActivityRecordsQuery } from '../gql/graphql';

// Named once; the queries below spread it (codegen inlines it into each).
graphql(`
  fragment MyActivityVersion on ActivityRecordVersion {
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
`);

const MyActivityRecordsDocument = graphql(`
  query MyActivityRecords {
    myFollowUpConsent {
      alumnus
    }
    myActivityRecords {
      id
      current {
        ...MyActivityVersion
      }
      history {
        ...MyActivityVersion
      }
    }
  }
`);

const AddMyActivityDocument = graphql(`
  mutation AddMyActivity($input: ActivityInput!) {
    addMyActivity(input: $input) {
      id
    }
  }
`);

const CorrectMyActivityDocument = graphql(`
  mutation CorrectMyActivity($input: ActivityCorrectionInput!) {
    correctMyActivity(input: $input) {
      id
    }
  }
`);

export type MyActivityRecord = MyActivityRecordsQuery['myActivityRecords'][number];

/** My activity records (alumni): each with its versions and sources; adding and correcting (a correction is a new version). */
export function useMyActivity() {
  const { result, loading, error, refetch } = useQuery(MyActivityRecordsDocument, null, { fetchPolicy: 'cache-and-network' });
  const alumnus = computed(() => result.value?.myFollowUpConsent.alumnus ?? false);
  const records = computed(() => result.value?.myActivityRecords ?? []);
  const add = useMutation(AddMyActivityDocument);
  const correct = useMutation(CorrectMyActivityDocument);
  return {
    alumnus,
    records,
    loading,
    error,
    saving: computed(() => add.loading.value || correct.loading.value),
    async add(input: ActivityInput) {
      await add.mutate({ input });
      await refetch();
    },
    async correct(id: string, expectedVersion: number, input: ActivityInput) {
      try {
        await correct.mutate({ input: { ...input, id, expectedVersion } });
      } finally {
        await refetch();
      }
    },
  };
}
