import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { AdminCoursesQuery, CourseInput, FieldCode } from '../gql/graphql';

const CoursesDocument = graphql(`
  query AdminCourses($fieldCode: FieldCode) {
    courses(fieldCode: $fieldCode) {
      ...CourseTitle
      years
      eligibility
      motivationRequired
      field {
        nameJa
        nameEn
      }
      cohorts {
        id
        academicYear
        status
        capacity
        applicationOpensAt
        applicationClosesAt
      }
    }
  }
`);

const CourseDocument = graphql(`
  query AdminCourse($id: ID!) {
    course(id: $id) {
      ...CourseFields
    }
  }
`);

const CreateCourseDocument = graphql(`
  mutation CreateCourse($input: CourseInput!) {
    createCourse(input: $input) {
      ...CourseFields
    }
  }
`);

const UpdateCourseDocument = graphql(`
  mutation UpdateCourse($id: ID!, $input: CourseInput!) {
    updateCourse(id: $id, input: $input) {
      ...CourseFields
    }
  }
`);

export type CourseRow = AdminCoursesQuery['courses'][number];

/** Courses (with their cohorts); the server already limits contractor staff to their field. */
export function useCourses(fieldCode: () => FieldCode | '' = () => '') {
  const { result, loading, error, refetch } = useQuery(CoursesDocument, () => ({ fieldCode: fieldCode() || null }), {
    fetchPolicy: 'cache-and-network',
  });
  const courses = computed(() => result.value?.courses ?? []);
  return { courses, loading, error, refetch };
}

export function useCourse(id: () => string | null) {
  const { result, loading, error } = useQuery(
    CourseDocument,
    () => ({ id: id() ?? '' }),
    () => ({
      enabled: !!id(),
      fetchPolicy: 'network-only',
    }),
  );
  const course = computed(() => (id() ? (result.value?.course ?? null) : null));
  return { course, loading, error };
}

export function useSaveCourse() {
  // No refetchQueries: the lists are on other pages and re-read with cache-and-network when shown.
  const create = useMutation(CreateCourseDocument, { throws: 'always' });
  const update = useMutation(UpdateCourseDocument, { throws: 'always' });
  const saving = computed(() => create.loading.value || update.loading.value);
  /** Returns the saved course's id. */
  async function save(id: string | null, input: CourseInput): Promise<string> {
    if (id) {
      const res = await update.mutate({ id, input });
      return res?.data?.updateCourse.id ?? id;
    }
    const res = await create.mutate({ input });
    if (!res?.data) throw new Error('createCourse returned no data');
    return res.data.createCourse.id;
  }
  return { save, saving };
}
