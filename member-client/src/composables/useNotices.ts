import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { MyNoticesQuery, PublicNoticesQuery } from '../gql/graphql';

const PublicNoticesDocument = graphql(`
  query PublicNotices {
    publicNotices {
      id
      title
      body
      createdAt
    }
  }
`);

const MyNoticesDocument = graphql(`
  query MyNotices {
    myNotices {
      messageKey
      params {
        name
        value
      }
      id
      title
      body
      createdAt
      read
      kind
    }
  }
`);

const UnreadNoticeCountDocument = graphql(`
  query UnreadNoticeCount {
    unreadNoticeCount
  }
`);

const MarkNoticeReadDocument = graphql(`
  mutation MarkNoticeRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      read
    }
  }
`);

/** Public announcements for the top page (no personal information). */
export function usePublicNotices() {
  const { result, loading, error } = useQuery(PublicNoticesDocument);
  const notices = computed(() => result.value?.publicNotices ?? []);
  return { notices, loading, error };
}

/** Notices on my page, newest first; always fresh from the server. */
export function useMyNotices() {
  const { result, loading, error, refetch } = useQuery(MyNoticesDocument, null, { fetchPolicy: 'network-only' });
  const notices = computed(() => result.value?.myNotices ?? []);
  return { notices, loading, error, refetch };
}

/** The unread count for the header badge and my page; only asked for while logged in. */
export function useUnreadNoticeCount(enabled: Readonly<Ref<boolean>>) {
  const { result, error, refetch } = useQuery(UnreadNoticeCountDocument, null, () => ({
    enabled: enabled.value,
    fetchPolicy: 'cache-and-network',
  }));
  const count = computed<number | null>(() => (enabled.value ? (result.value?.unreadNoticeCount ?? null) : null));
  function refresh() {
    if (enabled.value) void refetch()?.catch(() => undefined);
  }
  return { count, error, refresh };
}

export function useMarkNoticeRead() {
  const { mutate } = useMutation(MarkNoticeReadDocument, {
    throws: 'always',
    // The server is the judge of the count (notices may also have arrived meanwhile).
    refetchQueries: [{ query: UnreadNoticeCountDocument }],
  });
  async function markRead(id: string): Promise<boolean> {
    const res = await mutate({ id });
    return !!res?.data?.markNoticeRead.read;
  }
  return { markRead };
}

export type PublicNotice = PublicNoticesQuery['publicNotices'][number];
export type MyNotice = MyNoticesQuery['myNotices'][number];
