import { computed } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { RosterCsvFormat } from '../gql/graphql';

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
  query RosterCsv($cohortId: ID!, $format: RosterCsvFormat!) {
    rosterCsv(cohortId: $cohortId, format: $format)
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

/**
 * The CSV export (audited by the server on every call), never cached: JAPANESE for people
 * (Japanese headers, status words, 2026/04/10), MACHINE for other systems (English keys, ISO dates).
 */
export function useRosterCsv() {
  const { resolveClient } = useApolloClient();
  return async (cohortId: string, format: RosterCsvFormat): Promise<string> => {
    const res = await resolveClient().query({ query: RosterCsvDocument, variables: { cohortId, format }, fetchPolicy: 'no-cache' });
    return res.data.rosterCsv;
  };
}
