import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { FieldsQuery, OpenCohortsQuery } from '../gql/graphql';

const FieldsDocument = graphql(`
  query Fields {
    fields {
      ...FieldName
      years
    }
  }
`);

const OpenCohortsDocument = graphql(`
  query OpenCohorts {
    openCohorts {
      ...CohortSchedule
      course {
        ...CourseHeading
        years
      }
    }
  }
`);

/** Public catalogue data for the top page; separate queries so one failure doesn't hide the other. */
export function useFields() {
  const { result, loading, error } = useQuery(FieldsDocument);
  const fields = computed(() => result.value?.fields ?? []);
  return { fields, loading, error };
}

export function useOpenCohorts() {
  const { result, loading, error } = useQuery(OpenCohortsDocument);
  const cohorts = computed(() => result.value?.openCohorts ?? []);
  return { cohorts, loading, error };
}

export type OpenCohort = OpenCohortsQuery['openCohorts'][number];
export type PortalField = FieldsQuery['fields'][number];
