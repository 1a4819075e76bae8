import { computed, ref } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
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

export const ACCESS_HISTORY_PAGE = 20;

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
  const { result, loading, error } = useQuery(MyAccessHistoryDocument, () => ({ offset: offset.value, limit: ACCESS_HISTORY_PAGE }), {
    fetchPolicy: 'network-only',
  });
  const items = computed(() => result.value?.myAccessHistory.items ?? []);
  const total = computed(() => result.value?.myAccessHistory.total ?? 0);
  return { items, total, offset, loading, error };
}
