import { computed } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

const CohortRosterDocument = graphql(`
  query CohortRoster($cohortId: ID!) {
    cohortRoster(cohortId: $cohortId) {
      id
      studentNumber
      enrolledAt
      withdrawnAt
      student {
        id
        name
        nameKana
      }
    }
  }
`);

const RosterCsvDocument = graphql(`
  query RosterCsv($cohortId: ID!) {
    rosterCsv(cohortId: $cohortId)
  }
`);

export function useRoster(cohortId: () => string, enabled: () => boolean) {
  const { result, loading, error } = useQuery(
    CohortRosterDocument,
    () => ({ cohortId: cohortId() }),
    () => ({
      enabled: enabled() && !!cohortId(),
      fetchPolicy: 'cache-and-network',
    }),
  );
  const roster = computed(() => result.value?.cohortRoster ?? []);
  return { roster, loading, error };
}

/** The CSV export (audited by the server on every call), never cached. */
export function useRosterCsv() {
  const { resolveClient } = useApolloClient();
  return async (cohortId: string): Promise<string> => {
    const res = await resolveClient().query({ query: RosterCsvDocument, variables: { cohortId }, fetchPolicy: 'no-cache' });
    return res.data.rosterCsv;
  };
}
