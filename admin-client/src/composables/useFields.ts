import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { graphql } from '../gql';
import type { FieldCode } from '../gql/graphql';

const FieldsDocument = graphql(`
  query AdminFields {
    fields {
      code
      nameJa
      nameEn
      years
    }
  }
`);

export const FIELD_CODES: readonly FieldCode[] = ['WELFARE', 'DISASTER', 'AGRICULTURE', 'GREENERY', 'RECYCLING'];

/** Field names come from the API; the code is shown only until they have loaded. */
export function useFields() {
  const { locale } = useI18n();
  const { result, loading, error } = useQuery(FieldsDocument, null, { fetchPolicy: 'cache-first' });
  const fields = computed(() => result.value?.fields ?? []);
  function fieldName(code: string | null | undefined): string {
    if (!code) return '';
    const f = fields.value.find((x) => x.code === code);
    if (!f) return code;
    return locale.value === 'en' ? f.nameEn : f.nameJa;
  }
  return { fields, fieldName, loading, error };
}
