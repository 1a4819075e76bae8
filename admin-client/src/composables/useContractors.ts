import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ContractorInput, ContractorUpdateInput } from '../gql/graphql';

const ContractorsDocument = graphql(`
  query Contractors {
    contractors {
      ...ContractorFields
    }
  }
`);

const CreateContractorDocument = graphql(`
  mutation CreateContractor($input: ContractorInput!) {
    createContractor(input: $input) {
      ...ContractorFields
    }
  }
`);

const EndContractorDocument = graphql(`
  mutation EndContractor($id: ID!) {
    endContractor(id: $id) {
      id
      endedAt
      active
    }
  }
`);

const UpdateContractorDocument = graphql(`
  mutation UpdateContractor($input: ContractorUpdateInput!) {
    updateContractor(input: $input) {
      ...ContractorFields
    }
  }
`);

export function useContractors(enabled: () => boolean = () => true) {
  const { result, loading, error } = useQuery(ContractorsDocument, null, () => ({
    enabled: enabled(),
    fetchPolicy: 'cache-and-network',
  }));
  const contractors = computed(() => result.value?.contractors ?? []);
  return { contractors, loading, error };
}

export function useContractorMutations() {
  const create = useMutation(CreateContractorDocument, { throws: 'always', refetchQueries: ['Contractors'] });
  const end = useMutation(EndContractorDocument, { throws: 'always' });
  const update = useMutation(UpdateContractorDocument, { throws: 'always' });
  async function createContractor(input: ContractorInput) {
    const res = await create.mutate({ input });
    if (!res?.data) throw new Error('createContractor returned no data');
    return res.data.createContractor;
  }
  async function endContractor(id: string) {
    const res = await end.mutate({ id });
    return res?.data?.endContractor ?? null;
  }
  /** Renames a contractor (an ended contract cannot change: CONFLICT contractor.ended). */
  async function updateContractor(input: ContractorUpdateInput) {
    const res = await update.mutate({ input });
    return res?.data?.updateContractor ?? null;
  }
  return { createContractor, endContractor, updateContractor, creating: create.loading, ending: end.loading, updating: update.loading };
}
