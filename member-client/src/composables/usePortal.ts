import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
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

const DistrictsDocument = graphql(`
  query PortalDistricts {
    districts {
      code
      nameJa
      nameEn
    }
  }
`);

/** The fields and the ward's districts with their names in the reader's language (filters and cards of postings and groups). */
export function usePlaces() {
  const { locale } = useI18n();
  const { fields } = useFields();
  const { result } = useQuery(DistrictsDocument, null, { fetchPolicy: 'cache-first' });
  const districts = computed(() => result.value?.districts ?? []);
  const fieldName = (code: string) => {
    const f = fields.value.find((x) => x.code === code);
    return f ? (locale.value === 'en' ? f.nameEn : f.nameJa) : '';
  };
  const districtName = (code: string) => {
    const d = districts.value.find((x) => x.code === code);
    return d ? (locale.value === 'en' ? d.nameEn : d.nameJa) : '';
  };
  return { fields, districts, fieldName, districtName };
}

export type OpenCohort = OpenCohortsQuery['openCohorts'][number];
export type PortalField = FieldsQuery['fields'][number];
