import { computed, ref } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

// My data (開示) and my access history (閲覧履歴). The export is fetched only when asked for and
// never cached: it holds everything about the member.

const MyPersonalDataDocument = graphql(`
  query MyPersonalData {
    myPersonalData {
      fileName
      json
      html
    }
  }
`);

const MyAccessHistoryDocument = graphql(`
  query MyAccessHistory($offset: Int, $limit: Int) {
    myAccessHistory(offset: $offset, limit: $limit) {
      total
      items {
        at
        dataKinds
        action
        organisation
        contractor
        staffCode
      }
    }
  }
`);

const MyErasureRequestDocument = graphql(`
  query MyErasureRequest {
    myErasureRequest {
      id
      status
      requestedAt
      executableFrom
    }
  }
`);

const RequestErasureDocument = graphql(`
  mutation RequestErasure {
    requestErasure(confirm: true) {
      id
      status
      requestedAt
      executableFrom
    }
  }
`);

const CancelErasureDocument = graphql(`
  mutation CancelErasureRequest($requestId: ID!) {
    cancelErasureRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export const ACCESS_HISTORY_PAGE = 20;

/** My erasure request (削除の申出): the one waiting, asking, cancelling. */
export function useMyErasureRequest() {
  const { result, loading, refetch } = useQuery(MyErasureRequestDocument, null, { fetchPolicy: 'network-only' });
  const request = computed(() => result.value?.myErasureRequest ?? null);
  const { mutate: ask, loading: asking } = useMutation(RequestErasureDocument, { throws: 'always' });
  const { mutate: cancelIt, loading: cancelling } = useMutation(CancelErasureDocument, { throws: 'always' });
  async function requestErasure(): Promise<void> {
    await ask();
    await refetch();
  }
  async function cancel(id: string): Promise<void> {
    await cancelIt({ requestId: id });
    await refetch();
  }
  return { request, loading, busy: computed(() => asking.value || cancelling.value), requestErasure, cancel };
}

/** Downloads my data as JSON or as the readable document. */
export function useMyPersonalData() {
  const { resolveClient } = useApolloClient();
  async function fetchExport(): Promise<{ fileName: string; json: string; html: string }> {
    const res = await resolveClient().query({ query: MyPersonalDataDocument, fetchPolicy: 'no-cache' });
    return res.data.myPersonalData;
  }
  return { fetchExport };
}

/** My access history, newest first, a page at a time; always fresh. */
export function useMyAccessHistory() {
  const offset = ref(0);
  // The offset of the page on screen: it follows `offset` only once that page has arrived, so the count never runs ahead of the list.
  const shownOffset = ref(0);
  const { result, loading, error, onResult } = useQuery(
    MyAccessHistoryDocument,
    () => ({ offset: offset.value, limit: ACCESS_HISTORY_PAGE }),
    {
      fetchPolicy: 'network-only',
    },
  );
  onResult((r) => {
    if (!r.loading && r.data) shownOffset.value = offset.value;
  });
  const items = computed(() => result.value?.myAccessHistory.items ?? []);
  const total = computed(() => result.value?.myAccessHistory.total ?? 0);
  return { items, total, offset, shownOffset, loading, error };
}
