import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import { activeQueries } from '../lib/refetch';
import type { AdminCohortDetailQuery, CohortStatus } from '../gql/graphql';

// Counts need application:review; without it they are left out (@include) rather than refused.
const CohortDetailDocument = graphql(`
  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {
    cohort(id: $id) {
      ...CohortFields
      applicationCount @include(if: $withCounts)
      seatsTaken @include(if: $withCounts)
      course {
        ...CourseTitle
      }
      lottery {
        ...LotteryFields
      }
    }
  }
`);

const ChangeCohortStatusDocument = graphql(`
  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {
    changeCohortStatus(id: $id, status: $status) {
      ...CohortStatusChange
    }
  }
`);

export type CohortDetail = NonNullable<AdminCohortDetailQuery['cohort']>;

export function useCohortDetail(id: () => string, withCounts: () => boolean) {
  const { result, loading, error, refetch } = useQuery(
    CohortDetailDocument,
    () => ({ id: id(), withCounts: withCounts() }),
    () => ({ enabled: !!id(), fetchPolicy: 'cache-and-network' }),
  );
  const cohort = computed(() => result.value?.cohort ?? null);
  return { cohort, loading, error, refetch };
}

/** Open, close, reopen, start or finish; the server refuses invalid moves with CONFLICT. */
export function useChangeCohortStatus() {
  const { mutate, loading } = useMutation(ChangeCohortStatusDocument, {
    throws: 'always',
    // Reopening or closing changes which actions apply to the applications below.
    refetchQueries: () => activeQueries('AdminCohortDetail', 'CohortApplications'),
  });
  async function changeStatus(id: string, status: CohortStatus) {
    const res = await mutate({ id, status });
    return res?.data?.changeCohortStatus ?? null;
  }
  return { changeStatus, changing: loading };
}
