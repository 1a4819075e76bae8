import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import { activeQueries } from '../lib/refetch';
import type { ApplicationFilter, CohortApplicationsQuery, ReviewDecision } from '../gql/graphql';

// Every read of these lists is audited by the server (they carry personal information).
const CohortApplicationsDocument = graphql(`
  query CohortApplications($cohortId: ID!, $filter: ApplicationFilter) {
    cohortApplications(cohortId: $cohortId, filter: $filter) {
      ...ApplicationReviewFields
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

export type ApplicationRow = CohortApplicationsQuery['cohortApplications'][number];

export function useCohortApplications(cohortId: () => string, filter: () => ApplicationFilter, enabled: () => boolean = () => true) {
  const { result, loading, error } = useQuery(
    CohortApplicationsDocument,
    () => ({ cohortId: cohortId(), filter: filter() }),
    () => ({ enabled: enabled() && !!cohortId(), fetchPolicy: 'cache-and-network' }),
  );
  const applications = computed(() => result.value?.cohortApplications ?? []);
  return { applications, loading, error };
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
