import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

const CourseStatusesDocument = graphql(`
  query ConsoleCourseAttendanceStatuses($courseId: ID!) {
    attendanceStatuses(courseId: $courseId) {
      courseId
      code
      countsAsAttended
      sortOrder
      courseOwn
      label
      labelEn
    }
  }
`);

const SetCourseStatusDocument = graphql(`
  mutation ConsoleSetCourseAttendanceStatus($courseId: ID!, $code: String!, $countsAsAttended: Boolean!, $label: String, $labelEn: String) {
    setCourseAttendanceStatus(courseId: $courseId, code: $code, countsAsAttended: $countsAsAttended, label: $label, labelEn: $labelEn) {
      courseId
      code
      countsAsAttended
      sortOrder
      courseOwn
      label
      labelEn
    }
  }
`);

/** A course's attendance statuses (出席・遅刻 … and its own), and changing them before its first session. */
export function useCourseAttendanceStatuses(courseId: () => string | null) {
  const query = useQuery(
    CourseStatusesDocument,
    () => ({ courseId: courseId() ?? '' }),
    () => ({ enabled: !!courseId(), fetchPolicy: 'cache-and-network' }),
  );
  const statuses = computed(() => [...(query.result.value?.attendanceStatuses ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  const { mutate, loading: saving } = useMutation(SetCourseStatusDocument);
  const set = async (code: string, countsAsAttended: boolean, label: string | null, labelEn: string | null) => {
    await mutate({ courseId: courseId()!, code, countsAsAttended, label, labelEn });
    await query.refetch();
  };
  return { statuses, loading: query.loading, error: query.error, saving, set };
}

/** A code for a course's own status: from its English name when it makes one, else "own" and letters. */
export function statusCodeFor(labelEn: string, taken: readonly string[]): string {
  const words =
    labelEn
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  let code = words
    .map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1)))
    .join('')
    .slice(0, 30);
  if (!/^[a-z][a-zA-Z]{0,29}$/.test(code)) code = 'own';
  let candidate = code;
  for (let n = 0; taken.includes(candidate); n++)
    candidate = `${code}${String.fromCharCode(65 + (n % 26)).repeat(1 + Math.floor(n / 26))}`.slice(0, 30);
  return candidate;
}
