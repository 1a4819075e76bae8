import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { MyCourseQuery, WithdrawalReason } from '../gql/graphql';

// My course (受講中の講座): the cohort's schedule, my attendance with its corrections, my
// progress toward completion, and withdrawal (退学) once the course has started. The check-in
// page (the URL of the QR code shown in class) records my attendance for one class session.

const MyCourseDocument = graphql(`
  query MyCourse($cohortId: ID!) {
    cohort(id: $cohortId) {
      id
      academicYear
      startsOn
      endsOn
      status
      course {
        ...CourseHeading
      }
      myApplication {
        id
        status
        enrollment {
          ...EnrollmentFields
          withdrawalReason
        }
      }
      classSessions {
        id
        title
        venue
        kind
        startsAt
        endsAt
        countsTowardCompletion
        requiredForCompletion
        cancelledAt
        cancelReason
      }
    }
    myAttendance(cohortId: $cohortId) {
      cohortId
      statuses {
        code
        label
        labelEn
      }
      sessions {
        statusCode
        session {
          id
        }
        attendance {
          id
          source
          updatedAt
          changes {
            id
            at
            fromStatus
            toStatus
            reason
            source
          }
        }
      }
    }
    myProgress(cohortId: $cohortId) {
      attended
      planned
      past
      future
      absences
      rateSoFar
      bestReachableRate
      minRatePercent
      achievable
      state
    }
    myCompletions {
      id
      cohortId
      outcome
      completedOn
    }
  }
`);

const WithdrawFromCourseDocument = graphql(`
  mutation WithdrawFromCourse($applicationId: ID!, $reason: WithdrawalReason!, $text: String) {
    withdrawEnrollment(applicationId: $applicationId, reason: $reason, text: $text) {
      id
      status
      enrollment {
        ...EnrollmentFields
        withdrawalReason
      }
    }
  }
`);

const CheckInDocument = graphql(`
  mutation CheckIn($classSessionId: ID!, $code: String!) {
    checkIn(classSessionId: $classSessionId, code: $code) {
      classSessionId
      recorded
      statusCode
    }
  }
`);

const CheckInSessionDocument = graphql(`
  query CheckInSession($id: ID!) {
    classSession(id: $id) {
      id
      cohortId
      title
      venue
      startsAt
      endsAt
      cancelledAt
    }
  }
`);

/**
 * The class session the check-in page is for (its title, time and venue), when I am its
 * cohort's student; null otherwise (the check-in itself then says why).
 */
export function useCheckInSession(id: Ref<string>) {
  const { result, loading } = useQuery(CheckInSessionDocument, () => ({ id: id.value }), {
    fetchPolicy: 'network-only',
    errorPolicy: 'all',
  });
  const session = computed(() => result.value?.classSession ?? null);
  return { session, loading };
}

/** Everything my course page shows, always fresh (attendance and progress change on the server). */
export function useMyCourse(cohortId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(MyCourseDocument, () => ({ cohortId: cohortId.value }), {
    fetchPolicy: 'network-only',
  });
  const cohort = computed(() => result.value?.cohort ?? null);
  const attendance = computed(() => result.value?.myAttendance ?? null);
  const progress = computed(() => result.value?.myProgress ?? null);
  const completion = computed(() => result.value?.myCompletions.find((c) => c.cohortId === cohortId.value) ?? null);
  return { cohort, attendance, progress, completion, loading, error, refetch };
}

/** Withdraw (退学) from a course that has started: a reason category, optional text. */
export function useWithdrawFromCourse() {
  const { mutate, loading } = useMutation(WithdrawFromCourseDocument, { throws: 'always' });
  async function withdraw(applicationId: string, reason: WithdrawalReason, text: string | null) {
    const res = await mutate({ applicationId, reason, text });
    if (!res?.data) throw new Error('withdrawEnrollment returned no data');
    return res.data.withdrawEnrollment;
  }
  return { withdraw, loading };
}

export function useCheckIn() {
  const { mutate, loading } = useMutation(CheckInDocument, { throws: 'always' });
  async function checkIn(classSessionId: string, code: string) {
    const res = await mutate({ classSessionId, code });
    if (!res?.data) throw new Error('checkIn returned no data');
    return res.data.checkIn;
  }
  return { checkIn, loading };
}

/** In the order the form offers them. */
export const WITHDRAWAL_REASONS: WithdrawalReason[] = ['HEALTH', 'WORK', 'FAMILY', 'MOVED_AWAY', 'OTHER'];

export type MyCourseCohort = NonNullable<MyCourseQuery['cohort']>;
export type MyCourseSession = MyCourseCohort['classSessions'][number];
export type MyAttendanceRow = MyCourseQuery['myAttendance']['sessions'][number];
export type MyCourseProgress = MyCourseQuery['myProgress'];
