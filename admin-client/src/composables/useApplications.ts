import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import { activeQueries } from '../lib/refetch';
import type { ApplicationFilter, ApplicationOrder, CohortApplicationsQuery, ReviewDecision } from '../gql/graphql';

// Every read of these pages is audited by the server (they carry personal information). Paged,
// searched and ordered there, so the table stays quick however many apply.
const CohortApplicationsDocument = graphql(`
  query CohortApplications(
    $cohortId: ID!
    $filter: ApplicationFilter
    $search: String
    $orderBy: ApplicationOrder
    $descending: Boolean
    $offset: Int
    $limit: Int
  ) {
    applicationPage(
      cohortId: $cohortId
      filter: $filter
      search: $search
      orderBy: $orderBy
      descending: $descending
      offset: $offset
      limit: $limit
    ) {
      total
      items {
        ...ApplicationReviewFields
      }
    }
  }
`);

const ApplicationDocument = graphql(`
  query AdminApplication($id: ID!) {
    application(id: $id) {
      ...ApplicationReviewFields
      preferredContact
      applicant {
        email
      }
      enrollment {
        id
        studentNumber
      }
      cohort {
        id
        academicYear
        status
        selectionMethod
        course {
          ...CourseTitle
        }
        lottery {
          frozenAt
        }
      }
      events {
        id
        at
        fromStatus
        toStatus
        reason
        actorId
      }
    }
  }
`);

const SetEligibilityDocument = graphql(`
  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {
    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {
      id
      eligible
      ineligibleReason
      ineligibleReasonCode
      status
    }
  }
`);

const DecideDocument = graphql(`
  mutation DecideApplication($input: DecisionInput!) {
    decideApplication(input: $input) {
      id
      decision
      decisionReason
      status
    }
  }
`);

export type ApplicationRow = CohortApplicationsQuery['applicationPage']['items'][number];

export interface ApplicationPageQuery {
  filter: ApplicationFilter;
  search: string;
  orderBy: ApplicationOrder;
  descending: boolean;
  offset: number;
  limit: number;
}

export function useCohortApplications(cohortId: () => string, query: () => ApplicationPageQuery) {
  const { result, loading, error } = useQuery(
    CohortApplicationsDocument,
    () => ({ cohortId: cohortId(), ...query(), search: query().search.trim() || null }),
    // While the next page loads, the last one stays on screen (no flash of an empty table).
    () => ({ enabled: !!cohortId(), fetchPolicy: 'cache-and-network', keepPreviousResult: true }),
  );
  const page = computed(() => result.value?.applicationPage ?? null);
  const applications = computed(() => page.value?.items ?? []);
  const total = computed(() => page.value?.total ?? 0);
  return { applications, total, loading, error };
}

export function useApplication(id: () => string) {
  const { result, loading, error } = useQuery(
    ApplicationDocument,
    () => ({ id: id() }),
    () => ({
      enabled: !!id(),
      fetchPolicy: 'cache-and-network',
    }),
  );
  const application = computed(() => result.value?.application ?? null);
  return { application, loading, error };
}

/** Eligibility and review decisions; the lists and the timeline are re-read afterwards. */
export function useReviewApplication() {
  const refetchQueries = () => activeQueries('CohortApplications', 'AdminApplication');
  const eligibility = useMutation(SetEligibilityDocument, { throws: 'always', refetchQueries });
  const decision = useMutation(DecideDocument, { throws: 'always', refetchQueries });

  async function setEligibility(id: string, eligible: boolean, reason: string | null) {
    const res = await eligibility.mutate({ id, eligible, reason });
    return res?.data?.setApplicationEligibility ?? null;
  }
  async function decide(applicationId: string, value: ReviewDecision, reason: string) {
    const res = await decision.mutate({ input: { applicationId, decision: value, reason } });
    return res?.data?.decideApplication ?? null;
  }
  return { setEligibility, decide, settingEligibility: eligibility.loading, deciding: decision.loading };
}
