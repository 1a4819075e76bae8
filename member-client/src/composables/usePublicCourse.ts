import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { CoursePageQuery, PublicLotteryPageQuery } from '../gql/graphql';

// Public pages: a course with the intakes the public may see, and a cohort's lottery record.
// Nothing personal is asked for here (my own applications come from MyApplications).
const CoursePageDocument = graphql(`
  query CoursePage($id: ID!) {
    course(id: $id) {
      ...CourseHeading
      years
      description
      scheduleOutline
      eligibility
      minAttendanceRate
      motivationRequired
      cohorts {
        ...CohortSchedule
        acceptingApplications
        resultsOn
        announcedAt
      }
    }
  }
`);

const PublicLotteryPageDocument = graphql(`
  query PublicLotteryPage($id: ID!) {
    cohort(id: $id) {
      id
      academicYear
      capacity
      selectionMethod
      status
      applicationClosesAt
      resultsOn
      course {
        ...CourseHeading
      }
    }
    publicLottery(cohortId: $id) {
      cohortId
      capacity
      entries
      frozenAt
      commitment
      drawnAt
      seed
      announced
      transcript
    }
  }
`);

export function useCoursePage(id: Ref<string>) {
  const { result, loading, error } = useQuery(CoursePageDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  const course = computed(() => result.value?.course ?? null);
  return { course, loading, error };
}

/** Always fresh: the freeze and the announcement change what this page may show. */
export function usePublicLottery(id: Ref<string>) {
  const { result, loading, error } = useQuery(PublicLotteryPageDocument, () => ({ id: id.value }), { fetchPolicy: 'network-only' });
  const cohort = computed(() => result.value?.cohort ?? null);
  const lottery = computed(() => result.value?.publicLottery ?? null);
  return { cohort, lottery, loading, error };
}

export type PublicCourse = NonNullable<CoursePageQuery['course']>;
export type PublicCohort = PublicCourse['cohorts'][number];
export type PublicLotteryInfo = NonNullable<PublicLotteryPageQuery['publicLottery']>;

/** How a cohort appears to the public, by its status and the server-given "accepting now". */
export type CohortPhase = 'open' | 'upcoming' | 'closed' | 'announced' | 'running' | 'hidden';

export function cohortPhase(
  c: Pick<PublicCohort, 'status' | 'acceptingApplications' | 'applicationOpensAt'>,
  now = Date.now(),
): CohortPhase {
  switch (c.status) {
    case 'OPEN':
      if (c.acceptingApplications) return 'open';
      return new Date(c.applicationOpensAt).getTime() > now ? 'upcoming' : 'closed';
    case 'CLOSED':
    case 'SELECTED':
      return 'closed';
    case 'ANNOUNCED':
      return 'announced';
    case 'RUNNING':
      return 'running';
    default:
      return 'hidden';
  }
}
