import { computed } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ClassSessionInput, ClassSessionPatternInput, ClassSessionUpdateInput, SessionAttendanceEntryInput } from '../gql/graphql';

const ClassSessionFieldsFragment = graphql(`
  fragment ConsoleClassSession on ClassSession {
    id
    cohortId
    title
    kind
    venue
    startsAt
    endsAt
    countsTowardCompletion
    requiredForCompletion
    cancelledAt
    cancelReason
    changes {
      id
      at
      kind
      fromStartsAt
      fromEndsAt
      fromVenue
      toStartsAt
      toEndsAt
      toVenue
      reason
    }
  }
`);

const CohortSessionsDocument = graphql(`
  query ConsoleCohortSessions($id: ID!) {
    cohort(id: $id) {
      id
      academicYear
      startsOn
      endsOn
      courseId
      course {
        id
        title
        titleEn
      }
      classSessions {
        ...ConsoleClassSession
      }
    }
  }
`);

const CreateClassSessionDocument = graphql(`
  mutation ConsoleCreateClassSession($input: ClassSessionInput!) {
    createClassSession(input: $input) {
      ...ConsoleClassSession
    }
  }
`);

const PreviewClassSessionsDocument = graphql(`
  query ConsolePreviewClassSessions($pattern: ClassSessionPatternInput!) {
    previewClassSessions(pattern: $pattern) {
      date
      startsAt
      endsAt
      title
      venue
      kind
      countsTowardCompletion
    }
  }
`);

const CreateClassSessionsDocument = graphql(`
  mutation ConsoleCreateClassSessions($pattern: ClassSessionPatternInput!) {
    createClassSessions(pattern: $pattern) {
      ...ConsoleClassSession
    }
  }
`);

const UpdateClassSessionDocument = graphql(`
  mutation ConsoleUpdateClassSession($input: ClassSessionUpdateInput!) {
    updateClassSession(input: $input) {
      ...ConsoleClassSession
    }
  }
`);

const CancelClassSessionDocument = graphql(`
  mutation ConsoleCancelClassSession($id: ID!, $reason: String!) {
    cancelClassSession(id: $id, reason: $reason) {
      ...ConsoleClassSession
    }
  }
`);

/** A cohort with its class sessions, by start. */
export function useCohortSessions(cohortId: () => string) {
  const { result, loading, error, refetch } = useQuery(
    CohortSessionsDocument,
    () => ({ id: cohortId() }),
    () => ({ enabled: !!cohortId(), fetchPolicy: 'cache-and-network' }),
  );
  const cohort = computed(() => result.value?.cohort ?? null);
  const sessions = computed(() => cohort.value?.classSessions ?? []);
  return { cohort, sessions, loading, error, refetch };
}

export function useClassSessionActions(refetch: () => unknown) {
  const { resolveClient } = useApolloClient();
  const { mutate: create } = useMutation(CreateClassSessionDocument);
  const { mutate: createMany } = useMutation(CreateClassSessionsDocument);
  const { mutate: update } = useMutation(UpdateClassSessionDocument);
  const { mutate: cancel } = useMutation(CancelClassSessionDocument);
  const after = async <T>(p: Promise<T>) => {
    const r = await p;
    await refetch();
    return r;
  };
  return {
    create: (input: ClassSessionInput) => after(create({ input })),
    createMany: (pattern: ClassSessionPatternInput) => after(createMany({ pattern })),
    update: (input: ClassSessionUpdateInput) => after(update({ input })),
    cancel: (id: string, reason: string) => after(cancel({ id, reason })),
    preview: async (pattern: ClassSessionPatternInput) => {
      const res = await resolveClient().query({ query: PreviewClassSessionsDocument, variables: { pattern }, fetchPolicy: 'no-cache' });
      return res.data.previewClassSessions;
    },
  };
}

const SessionAttendanceDocument = graphql(`
  query ConsoleSessionAttendance($id: ID!) {
    sessionAttendance(classSessionId: $id) {
      session {
        ...ConsoleClassSession
      }
      rows {
        recorded
        statusCode
        enrollment {
          id
          studentNumber
          withdrawnAt
          student {
            id
            name
            nameKana
          }
        }
      }
    }
  }
`);

const SessionCohortDocument = graphql(`
  query ConsoleSessionCohort($id: ID!) {
    cohort(id: $id) {
      id
      academicYear
      courseId
      course {
        id
        title
        titleEn
      }
    }
  }
`);

const AttendanceStatusesDocument = graphql(`
  query ConsoleAttendanceStatuses($courseId: ID!) {
    attendanceStatuses(courseId: $courseId) {
      code
      countsAsAttended
      sortOrder
      label
      labelEn
    }
  }
`);

const SaveSessionAttendanceDocument = graphql(`
  mutation ConsoleSaveSessionAttendance($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) {
    saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) {
      rows {
        recorded
        statusCode
        enrollment {
          id
        }
      }
    }
  }
`);

/** A cohort (with its course's title) and the course's attendance statuses, in their order: the attendance pages' header and choices. */
export function useCohortStatuses(cohortId: () => string) {
  const cohortQuery = useQuery(
    SessionCohortDocument,
    () => ({ id: cohortId() }),
    () => ({ enabled: !!cohortId(), fetchPolicy: 'cache-first' }),
  );
  const cohort = computed(() => cohortQuery.result.value?.cohort ?? null);
  const statusQuery = useQuery(
    AttendanceStatusesDocument,
    () => ({ courseId: cohort.value?.courseId ?? '' }),
    () => ({ enabled: !!cohort.value?.courseId, fetchPolicy: 'cache-and-network' }),
  );
  const statuses = computed(() => [...(statusQuery.result.value?.attendanceStatuses ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  return { cohort, statuses };
}

/** A session's attendance sheet, its cohort and the course's statuses. */
export function useSessionAttendance(sessionId: () => string) {
  const sheet = useQuery(
    SessionAttendanceDocument,
    () => ({ id: sessionId() }),
    () => ({ enabled: !!sessionId(), fetchPolicy: 'network-only' }),
  );
  const session = computed(() => sheet.result.value?.sessionAttendance.session ?? null);
  const rows = computed(() => sheet.result.value?.sessionAttendance.rows ?? []);
  const { cohort, statuses } = useCohortStatuses(() => session.value?.cohortId ?? '');
  const { mutate } = useMutation(SaveSessionAttendanceDocument);
  const save = async (entries: SessionAttendanceEntryInput[], reason: string | null) => {
    const r = await mutate({ id: sessionId(), entries, reason });
    await sheet.refetch();
    return r;
  };
  return { session, rows, cohort, statuses, loading: sheet.loading, error: sheet.error, save };
}

const CheckInStateDocument = graphql(`
  query ConsoleCheckInState($id: ID!) {
    classSessionCheckIn(classSessionId: $id) {
      classSessionId
      openedAt
      closedAt
    }
  }
`);

const CheckInCodeDocument = graphql(`
  query ConsoleCheckInCode($id: ID!) {
    checkInCode(classSessionId: $id) {
      code
      expiresAt
      qrDataUrl
      url
    }
  }
`);

const OpenCheckInDocument = graphql(`
  mutation ConsoleOpenCheckIn($id: ID!) {
    openCheckIn(classSessionId: $id) {
      classSessionId
      openedAt
      closedAt
    }
  }
`);

const CloseCheckInDocument = graphql(`
  mutation ConsoleCloseCheckIn($id: ID!) {
    closeCheckIn(classSessionId: $id) {
      classSessionId
      openedAt
      closedAt
    }
  }
`);

export function useCheckIn(sessionId: () => string, enabled: () => boolean) {
  const { resolveClient } = useApolloClient();
  const state = useQuery(
    CheckInStateDocument,
    () => ({ id: sessionId() }),
    () => ({ enabled: enabled() && !!sessionId(), fetchPolicy: 'network-only' }),
  );
  const checkIn = computed(() => state.result.value?.classSessionCheckIn ?? null);
  const open = computed(() => !!checkIn.value && !checkIn.value.closedAt);
  const { mutate: openMutate } = useMutation(OpenCheckInDocument);
  const { mutate: closeMutate } = useMutation(CloseCheckInDocument);
  const fetchCode = async () => {
    const res = await resolveClient().query({ query: CheckInCodeDocument, variables: { id: sessionId() }, fetchPolicy: 'no-cache' });
    return res.data.checkInCode;
  };
  return {
    checkIn,
    open,
    fetchCode,
    openCheckIn: async () => {
      await openMutate({ id: sessionId() });
      await state.refetch();
    },
    closeCheckIn: async () => {
      await closeMutate({ id: sessionId() });
      await state.refetch();
    },
  };
}

export { ClassSessionFieldsFragment };
