import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

// Counts only: the home page shows how many students of each running cohort are at risk, never who
// (the names are one click away, on the cohort's progress list, where reading them is audited).
const AtRiskOverviewDocument = graphql(`
  query ConsoleAtRiskOverview {
    atRiskOverview {
      cohortId
      studentCount
      atRisk
      notAchievable
      cohort {
        id
        academicYear
        course {
          ...CourseTitle
        }
      }
    }
  }
`);

/** Running cohorts in the caller's field scope, with their students at risk and no longer able to complete. */
export function useAtRiskOverview(enabled: MaybeRefOrGetter<boolean>) {
  const { result, loading, error } = useQuery(AtRiskOverviewDocument, null, () => ({
    enabled: toValue(enabled),
    fetchPolicy: 'cache-and-network',
  }));
  const cohorts = computed(() => result.value?.atRiskOverview ?? []);
  const watched = computed(() => cohorts.value.filter((c) => c.atRisk + c.notAchievable > 0));
  return { cohorts, watched, loading, error };
}
