import { computed, ref } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { CertificateBundleFormat, CompletionOutcome, ReissueReason, WithdrawalReason } from '../gql/graphql';

const CompletionCohortDocument = graphql(`
  query CompletionCohort($id: ID!) {
    cohort(id: $id) {
      id
      academicYear
      status
      startsOn
      endsOn
      course {
        ...CourseTitle
      }
    }
  }
`);

const CohortProgressDocument = graphql(`
  query CohortProgress($cohortId: ID!, $decisions: Boolean!) {
    cohortProgress(cohortId: $cohortId) {
      attended
      planned
      absences
      future
      requiredMissed
      rateSoFar
      bestReachableRate
      minRatePercent
      state
      enrollment {
        id
        studentNumber
        withdrawnAt
        withdrawalReason
        student {
          id
          name
          completions @include(if: $decisions) {
            id
            enrollmentId
            outcome
            overridden
            overrideReason
          }
        }
      }
    }
  }
`);

const AtRiskStudentsDocument = graphql(`
  query AtRiskStudents($cohortId: ID!) {
    atRiskStudents(cohortId: $cohortId) {
      enrollment {
        id
      }
    }
  }
`);

const CompletionRuleDocument = graphql(`
  query CompletionRule($courseId: ID!) {
    completionRule(courseId: $courseId) {
      courseId
      version
      minRatePercent
      requireMarkedSessions
      maxAbsences
      createdAt
    }
  }
`);

const SetCompletionRuleDocument = graphql(`
  mutation SetCompletionRule($input: CompletionRuleInput!) {
    setCompletionRule(input: $input) {
      courseId
      version
      minRatePercent
      requireMarkedSessions
      maxAbsences
      createdAt
    }
  }
`);

const PreviewCompletionDocument = graphql(`
  query PreviewCompletion($cohortId: ID!) {
    previewCompletion(cohortId: $cohortId) {
      alreadyRun
      completed
      notCompleted
      withdrawn
      rule {
        version
        minRatePercent
        requireMarkedSessions
        maxAbsences
      }
      students {
        outcome
        attended
        planned
        rate
        absences
        requiredMissed
        reasons
        enrollment {
          id
          studentNumber
          student {
            id
            name
          }
        }
      }
    }
  }
`);

const RunCompletionDocument = graphql(`
  mutation RunCompletion($cohortId: ID!) {
    runCompletion(cohortId: $cohortId) {
      completed
      notCompleted
      withdrawn
    }
  }
`);

const OverrideCompletionDocument = graphql(`
  mutation OverrideCompletion($enrollmentId: ID!, $outcome: CompletionOutcome!, $reason: String) {
    overrideCompletion(enrollmentId: $enrollmentId, outcome: $outcome, reason: $reason) {
      id
      outcome
      overridden
      overrideReason
    }
  }
`);

const RecordWithdrawalDocument = graphql(`
  mutation RecordWithdrawal($enrollmentId: ID!, $reason: WithdrawalReason!, $text: String) {
    recordWithdrawal(enrollmentId: $enrollmentId, reason: $reason, text: $text) {
      id
      withdrawnAt
      withdrawalReason
    }
  }
`);

const CohortCertificatesDocument = graphql(`
  query CohortCertificates($cohortId: ID!) {
    cohortCertificates(cohortId: $cohortId) {
      id
      number
      studentNumber
      holderName
      issuedAt
      revokedAt
      revokeReason
      copies {
        id
        reason
        issuedAt
      }
    }
  }
`);

const IssueCertificatesDocument = graphql(`
  mutation IssueCertificates($cohortId: ID!) {
    issueCertificates(cohortId: $cohortId) {
      id
    }
  }
`);

const RevokeCertificateDocument = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      id
      revokedAt
      revokeReason
    }
  }
`);

const ReissueCertificateDocument = graphql(`
  mutation ReissueCertificate($input: ReissueCertificateInput!) {
    reissueCertificate(input: $input) {
      id
      issuedAt
    }
  }
`);

const CertificatePdfDocument = graphql(`
  query CertificatePdf($certificateId: ID!) {
    certificatePdf(certificateId: $certificateId) {
      base64
      contentType
      fileName
      count
    }
  }
`);

const CertificatesBundleDocument = graphql(`
  query CohortCertificatesBundle($cohortId: ID!, $format: CertificateBundleFormat!) {
    cohortCertificatesBundle(cohortId: $cohortId, format: $format) {
      base64
      contentType
      fileName
      count
    }
  }
`);

export function useCompletionCohort(id: () => string) {
  const { result, loading, error } = useQuery(
    CompletionCohortDocument,
    () => ({ id: id() }),
    () => ({ enabled: !!id(), fetchPolicy: 'cache-and-network' }),
  );
  return { cohort: computed(() => result.value?.cohort ?? null), loading, error };
}

/** `decisions`: also the completion decisions (completion:decide reads them). */
export function useCohortProgress(cohortId: () => string, enabled: () => boolean, decisions: () => boolean) {
  const vars = () => ({ cohortId: cohortId() });
  const opts = () => ({ enabled: enabled() && !!cohortId(), fetchPolicy: 'cache-and-network' as const });
  const progress = useQuery(CohortProgressDocument, () => ({ ...vars(), decisions: decisions() }), opts);
  const atRisk = useQuery(AtRiskStudentsDocument, vars, opts);
  return {
    rows: computed(() => progress.result.value?.cohortProgress ?? []),
    atRiskIds: computed(() => new Set((atRisk.result.value?.atRiskStudents ?? []).map((s) => s.enrollment.id))),
    loading: progress.loading,
    error: progress.error,
    refetch: async () => {
      await Promise.all([progress.refetch(), atRisk.refetch()]);
    },
  };
}
export type ProgressRow = ReturnType<typeof useCohortProgress>['rows']['value'][number];

export function useCompletionRule(courseId: () => string) {
  const { result, loading, error } = useQuery(
    CompletionRuleDocument,
    () => ({ courseId: courseId() }),
    () => ({ enabled: !!courseId(), fetchPolicy: 'cache-and-network' }),
  );
  const { mutate, loading: saving } = useMutation(SetCompletionRuleDocument);
  return {
    rule: computed(() => result.value?.completionRule ?? null),
    loading,
    error,
    saving,
    save: (input: { courseId: string; minRatePercent: number; requireMarkedSessions: boolean; maxAbsences: number | null }) =>
      mutate({ input }, { refetchQueries: ['CompletionRule', 'CohortProgress', 'AtRiskStudents'], awaitRefetchQueries: true }),
  };
}

export type CompletionPreviewData = NonNullable<Awaited<ReturnType<ReturnType<typeof useCompletionRun>['preview']>>>;

export function useCompletionRun() {
  const { resolveClient } = useApolloClient();
  const run = useMutation(RunCompletionDocument);
  const override = useMutation(OverrideCompletionDocument);
  const withdraw = useMutation(RecordWithdrawalDocument);
  const after = {
    refetchQueries: ['CohortProgress', 'AtRiskStudents', 'CohortCertificates', 'CompletionCohort'],
    awaitRefetchQueries: true,
  };
  return {
    preview: async (cohortId: string) =>
      (await resolveClient().query({ query: PreviewCompletionDocument, variables: { cohortId }, fetchPolicy: 'no-cache' })).data
        .previewCompletion,
    run: async (cohortId: string) => (await run.mutate({ cohortId }, after))?.data?.runCompletion ?? null,
    override: (enrollmentId: string, outcome: CompletionOutcome, reason: string) =>
      override.mutate({ enrollmentId, outcome, reason }, after),
    withdraw: (enrollmentId: string, reason: WithdrawalReason, text: string | null) =>
      withdraw.mutate({ enrollmentId, reason, text }, after),
    busy: computed(() => run.loading.value || override.loading.value || withdraw.loading.value),
  };
}

/** Saves a base64 file the API returned (a Blob URL on a temporary <a download>). */
export function saveBase64File(fileName: string, base64: string, type: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useCohortCertificates(cohortId: () => string, enabled: () => boolean) {
  const { resolveClient } = useApolloClient();
  const { result, loading, error } = useQuery(
    CohortCertificatesDocument,
    () => ({ cohortId: cohortId() }),
    () => ({ enabled: enabled() && !!cohortId(), fetchPolicy: 'cache-and-network' }),
  );
  const after = { refetchQueries: ['CohortCertificates'], awaitRefetchQueries: true };
  const issue = useMutation(IssueCertificatesDocument);
  const revoke = useMutation(RevokeCertificateDocument);
  const reissue = useMutation(ReissueCertificateDocument);
  /** The bundle being generated, if any (it can take seconds per certificate). */
  const generating = ref<CertificateBundleFormat | null>(null);
  return {
    certificates: computed(() => result.value?.cohortCertificates ?? []),
    loading,
    error,
    generating,
    busy: computed(() => issue.loading.value || revoke.loading.value || reissue.loading.value),
    issue: async () => (await issue.mutate({ cohortId: cohortId() }, after))?.data?.issueCertificates ?? [],
    revoke: (id: string, reason: string) => revoke.mutate({ input: { id, reason } }, after),
    reissue: (id: string, reason: ReissueReason) => reissue.mutate({ input: { id, reason } }, after),
    pdf: async (certificateId: string) =>
      (await resolveClient().query({ query: CertificatePdfDocument, variables: { certificateId }, fetchPolicy: 'no-cache' })).data
        .certificatePdf,
    bundle: async (format: CertificateBundleFormat) => {
      generating.value = format;
      try {
        return (
          await resolveClient().query({
            query: CertificatesBundleDocument,
            variables: { cohortId: cohortId(), format },
            fetchPolicy: 'no-cache',
          })
        ).data.cohortCertificatesBundle;
      } finally {
        generating.value = null;
      }
    },
  };
}
export type CertificateRow = ReturnType<typeof useCohortCertificates>['certificates']['value'][number];
