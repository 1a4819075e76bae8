import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ReportingClientInput } from '../gql/graphql';

// Reporting clients (集計用クライアント) and their tokens: ward administrators (report:clients).
// A token comes back only from create and rotate, and is shown once; the list never holds it.

graphql(`
  fragment ConsoleReportingClientFields on ReportingClient {
    id
    name
    purpose
    allowedOperations
    allowedAddressRanges
    expiresAt
    status
    createdAt
    tokenIssuedAt
    revokedAt
  }
`);

const ReportingClientsDocument = graphql(`
  query ConsoleReportingClients {
    reportingClients {
      ...ConsoleReportingClientFields
    }
    reportingOperations {
      name
      sha256
    }
  }
`);

const CreateReportingClientDocument = graphql(`
  mutation ConsoleCreateReportingClient($input: ReportingClientInput!) {
    createReportingClient(input: $input) {
      token
      client {
        ...ConsoleReportingClientFields
      }
    }
  }
`);

const RotateReportingClientTokenDocument = graphql(`
  mutation ConsoleRotateReportingClientToken($id: ID!) {
    rotateReportingClientToken(id: $id) {
      token
      client {
        ...ConsoleReportingClientFields
      }
    }
  }
`);

const RevokeReportingClientDocument = graphql(`
  mutation ConsoleRevokeReportingClient($id: ID!) {
    revokeReportingClient(id: $id) {
      ...ConsoleReportingClientFields
    }
  }
`);

export function useReportingClients() {
  const { result, loading, error, refetch } = useQuery(ReportingClientsDocument, null, { fetchPolicy: 'cache-and-network' });
  const clients = computed(() => result.value?.reportingClients ?? []);
  const operations = computed(() => result.value?.reportingOperations ?? []);
  return { clients, operations, loading, error, refetch };
}

export function useReportingClientMutations() {
  const create = useMutation(CreateReportingClientDocument, { throws: 'always' });
  const rotate = useMutation(RotateReportingClientTokenDocument, { throws: 'always' });
  const revoke = useMutation(RevokeReportingClientDocument, { throws: 'always' });
  return {
    createClient: async (input: ReportingClientInput) => (await create.mutate({ input }))!.data!.createReportingClient,
    rotateToken: async (id: string) => (await rotate.mutate({ id }))!.data!.rotateReportingClientToken,
    revokeClient: async (id: string) => (await revoke.mutate({ id }))!.data!.revokeReportingClient,
    creating: create.loading,
    busy: computed(() => rotate.loading.value || revoke.loading.value),
  };
}
