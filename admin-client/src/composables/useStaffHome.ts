import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { StaffHomeQuery } from '../gql/graphql';

const StaffHomeDocument = graphql(`
  query StaffHome {
    staffHome {
      openCohorts
      applicationsThisYear
      work {
        cohort {
          id
          academicYear
          status
          selectionMethod
          applicationClosesAt
          course {
            ...CourseTitle
          }
        }
        applicationsToReview
        lotteryToFreeze
        lotteryToDraw
        resultsToAnnounce
        offersLapsingSoon
        nextDeadline
      }
    }
  }
`);

export type CohortWork = StaffHomeQuery['staffHome']['work'][number];

/** Pending work by cohort (field-scoped on the server), soonest deadline first, with the counts. */
export function useStaffHome(enabled: MaybeRefOrGetter<boolean>) {
  const { result, loading, error } = useQuery(StaffHomeDocument, null, () => ({
    enabled: toValue(enabled),
    fetchPolicy: 'cache-and-network',
  }));
  const home = computed(() => result.value?.staffHome ?? null);
  return { home, loading, error };
}
