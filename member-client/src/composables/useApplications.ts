import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import { apolloClient } from '../apollo';
import type { ApplicationInput, CohortForApplicationQuery, MyApplicationsQuery } from '../gql/graphql';

const CohortForApplicationDocument = graphql(`
  query CohortForApplication($id: ID!) {
    cohort(id: $id) {
      ...CohortSchedule
      acceptingApplications
      course {
        ...CourseHeading
        years
        motivationRequired
        eligibility
      }
      myApplication {
        ...MyApplicationFields
      }
    }
    me {
      id
      residency
      workplaceOrSchool
    }
  }
`);

const MyApplicationsDocument = graphql(`
  query MyApplications {
    myApplications {
      id
      code
      status
      waitlistPosition
      offerDeadline
      submittedAt
      cohort {
        id
        academicYear
        startsOn
        endsOn
        status
        acceptingApplications
        course {
          ...CourseHeading
        }
        lottery {
          commitment
          seed
        }
      }
      enrollment {
        ...EnrollmentFields
      }
    }
  }
`);

const ApplyToCohortDocument = graphql(`
  mutation ApplyToCohort($input: ApplyInput!) {
    applyToCohort(input: $input) {
      id
      code
      status
    }
  }
`);

const UpdateApplicationDocument = graphql(`
  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {
    updateApplication(id: $id, input: $input) {
      ...MyApplicationFields
    }
  }
`);

const WithdrawApplicationDocument = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) {
      id
      status
    }
  }
`);

const RespondToOfferDocument = graphql(`
  mutation RespondToOffer($applicationId: ID!, $accept: Boolean!) {
    respondToOffer(applicationId: $applicationId, accept: $accept) {
      id
      status
      offerDeadline
      enrollment {
        ...EnrollmentFields
      }
    }
  }
`);

const WithdrawEnrollmentDocument = graphql(`
  mutation WithdrawEnrollment($applicationId: ID!) {
    withdrawEnrollment(applicationId: $applicationId) {
      id
      status
      enrollment {
        ...EnrollmentFields
      }
    }
  }
`);

const LotteryTranscriptDocument = graphql(`
  query LotteryTranscript($cohortId: ID!) {
    lotteryTranscript(cohortId: $cohortId)
  }
`);

/**
 * One cohort with what the application form needs, my application to it (if any) and the
 * eligibility details of my registration (to pre-fill the form). Always fresh: whether the
 * cohort takes applications depends on the server clock, and the rest is personal data.
 */
export function useCohortForApplication(cohortId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(CohortForApplicationDocument, () => ({ id: cohortId.value }), {
    fetchPolicy: 'network-only',
  });
  const cohort = computed(() => result.value?.cohort ?? null);
  const me = computed(() => result.value?.me ?? null);
  return { cohort, me, loading, error, refetch };
}

/**
 * My applications, newest first; always fresh (results and offers change on the server).
 * `enabled`: only asked for when it returns true (the top page asks only when logged in).
 */
export function useMyApplications(enabled: () => boolean = () => true) {
  const { result, loading, error, refetch } = useQuery(MyApplicationsDocument, null, () => ({
    fetchPolicy: 'network-only',
    enabled: enabled(),
  }));
  const applications = computed(() => result.value?.myApplications ?? []);
  return { applications, loading, error, refetch };
}

/** cohort id -> my application's status, for marking "applied" on cohort lists. */
export function useMyApplicationStatuses(enabled: () => boolean) {
  const { applications } = useMyApplications(enabled);
  const byCohort = computed(() => new Map(applications.value.map((a) => [a.cohort.id, a.status])));
  return { statusOf: (cohortId: string) => (enabled() ? (byCohort.value.get(cohortId) ?? null) : null) };
}

export function useApply() {
  const { mutate, loading } = useMutation(ApplyToCohortDocument, { throws: 'always' });
  async function apply(cohortId: string, input: ApplicationInput) {
    const res = await mutate({ input: { cohortId, ...input } });
    if (!res?.data) throw new Error('applyToCohort returned no data');
    return res.data.applyToCohort;
  }
  return { apply, loading };
}

export function useUpdateApplication() {
  const { mutate, loading } = useMutation(UpdateApplicationDocument, { throws: 'always' });
  async function update(id: string, input: ApplicationInput) {
    const res = await mutate({ id, input });
    if (!res?.data) throw new Error('updateApplication returned no data');
    return res.data.updateApplication;
  }
  return { update, loading };
}

/** The member's moves on one application: withdraw it, answer an offer, give up a seat. */
export function useApplicationActions() {
  const withdrawM = useMutation(WithdrawApplicationDocument, { throws: 'always' });
  const respondM = useMutation(RespondToOfferDocument, { throws: 'always' });
  const withdrawEnrollmentM = useMutation(WithdrawEnrollmentDocument, { throws: 'always' });
  const busy = computed(() => withdrawM.loading.value || respondM.loading.value || withdrawEnrollmentM.loading.value);

  async function withdrawApplication(id: string) {
    const res = await withdrawM.mutate({ id });
    return res?.data?.withdrawApplication ?? null;
  }
  async function respondToOffer(applicationId: string, accept: boolean) {
    const res = await respondM.mutate({ applicationId, accept });
    return res?.data?.respondToOffer ?? null;
  }
  async function withdrawEnrollment(applicationId: string) {
    const res = await withdrawEnrollmentM.mutate({ applicationId });
    return res?.data?.withdrawEnrollment ?? null;
  }
  return { withdrawApplication, respondToOffer, withdrawEnrollment, busy };
}

/** The public lottery transcript (JSON text), or null while it is not published. */
export function useLotteryTranscript() {
  async function fetchTranscript(cohortId: string): Promise<string | null> {
    const { data } = await apolloClient.query({
      query: LotteryTranscriptDocument,
      variables: { cohortId },
      fetchPolicy: 'network-only',
    });
    return data?.lotteryTranscript ?? null;
  }
  return { fetchTranscript };
}

export type ApplyCohort = NonNullable<CohortForApplicationQuery['cohort']>;
export type MyApplicationInfo = NonNullable<ApplyCohort['myApplication']>;
export type MyApplication = MyApplicationsQuery['myApplications'][number];
