import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { CohortInput, CohortUpdateInput } from '../gql/graphql';

const CohortDocument = graphql(`
  query AdminCohort($id: ID!) {
    cohort(id: $id) {
      ...CohortFields
      course {
        ...CourseTitle
      }
    }
  }
`);

const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CohortInput!) {
    createCohort(input: $input) {
      ...CohortFields
    }
  }
`);

const UpdateCohortDocument = graphql(`
  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {
    updateCohort(id: $id, input: $input) {
      ...CohortFields
    }
  }
`);

export function useCohort(id: () => string | null) {
  const { result, loading, error } = useQuery(
    CohortDocument,
    () => ({ id: id() ?? '' }),
    () => ({
      enabled: !!id(),
      fetchPolicy: 'network-only',
    }),
  );
  const cohort = computed(() => (id() ? (result.value?.cohort ?? null) : null));
  return { cohort, loading, error };
}

export function useSaveCohort() {
  // No refetchQueries: the cohort lists are on other pages and re-read with cache-and-network
  // when shown; an updated cohort is also merged into the normalised cache by id.
  const create = useMutation(CreateCohortDocument, { throws: 'always' });
  const update = useMutation(UpdateCohortDocument, { throws: 'always' });
  const saving = computed(() => create.loading.value || update.loading.value);

  async function createCohort(input: CohortInput): Promise<string> {
    const res = await create.mutate({ input });
    if (!res?.data) throw new Error('createCohort returned no data');
    return res.data.createCohort.id;
  }
  async function updateCohort(id: string, input: CohortUpdateInput): Promise<string> {
    const res = await update.mutate({ id, input });
    return res?.data?.updateCohort.id ?? id;
  }
  return { createCohort, updateCohort, saving };
}
