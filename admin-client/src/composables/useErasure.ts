import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ErasureStatus } from '../gql/graphql';

// Erasure requests (削除の申出): the list for ward staff, recording one made at the counter,
// cancelling, and carrying one out (ward administrators, after the cooling-off period).

const ErasureRequestsDocument = graphql(`
  query ConsoleErasureRequests($status: ErasureStatus) {
    erasureRequests(status: $status) {
      id
      accountId
      channel
      reason
      status
      requestedAt
      requestedBy
      executableFrom
      cancelledAt
      executedAt
    }
  }
`);

const RecordErasureDocument = graphql(`
  mutation ConsoleRecordErasureRequest($accountId: ID!, $channel: ErasureChannel!, $reason: ErasureReason!, $identityChecked: Boolean!) {
    recordErasureRequest(accountId: $accountId, channel: $channel, reason: $reason, identityChecked: $identityChecked) {
      id
      status
      executableFrom
    }
  }
`);

const ExecuteErasureDocument = graphql(`
  mutation ConsoleExecuteErasure($requestId: ID!) {
    executeErasure(requestId: $requestId) {
      id
      status
      executedAt
    }
  }
`);

const CancelErasureDocument = graphql(`
  mutation ConsoleCancelErasureRequest($requestId: ID!) {
    cancelErasureRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export function useErasureRequests(status: Ref<ErasureStatus | ''>) {
  const { result, loading, error, refetch } = useQuery(ErasureRequestsDocument, () => ({ status: status.value || null }), {
    fetchPolicy: 'cache-and-network',
  });
  const requests = computed(() => result.value?.erasureRequests ?? []);
  return { requests, loading, error, refetch };
}

export function useErasureMutations() {
  const record = useMutation(RecordErasureDocument, { throws: 'always' });
  const execute = useMutation(ExecuteErasureDocument, { throws: 'always' });
  const cancel = useMutation(CancelErasureDocument, { throws: 'always' });
  return {
    recordRequest: (v: {
      accountId: string;
      channel: 'COUNTER' | 'POST' | 'REPRESENTATIVE';
      reason: 'MEMBER_REQUEST' | 'PURPOSE_ENDED' | 'CONSENT_WITHDRAWN';
      identityChecked: boolean;
    }) => record.mutate(v),
    executeRequest: (requestId: string) => execute.mutate({ requestId }),
    cancelRequest: (requestId: string) => cancel.mutate({ requestId }),
    busy: computed(() => record.loading.value || execute.loading.value || cancel.loading.value),
  };
}
