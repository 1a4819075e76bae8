import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { CourseListQuery } from '../gql/graphql';

// The public course list: every course, for the top page's field cards and the course list page.
const CourseListDocument = graphql(`
  query CourseList {
    courses {
      ...CourseHeading
      years
    }
  }
`);

export type ListedCourse = CourseListQuery['courses'][number];

/** Field code order as the ward lists them (the API's Field order). */
export function useCoursesByField() {
  const { result, loading, error } = useQuery(CourseListDocument);
  const courses = computed(() => result.value?.courses ?? []);
  const byField = computed(() => {
    const map = new Map<string, ListedCourse[]>();
    for (const c of courses.value) map.set(c.field.code, [...(map.get(c.field.code) ?? []), c]);
    return map;
  });
  return { courses, byField, loading, error };
}
