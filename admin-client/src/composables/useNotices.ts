import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { NoticeInput, NoticeUpdateInput, StaffNoticesQuery } from '../gql/graphql';

graphql(`
  fragment StaffNoticeFields on Notice {
    id
    audience
    kind
    title
    body
    messageKey
    cohortId
    fieldCode
    createdAt
    publishedAt
    withdrawnAt
    withdrawReason
    updatedAt
    recipientCount
  }
`);

const StaffNoticesDocument = graphql(`
  query StaffNotices {
    staffNotices {
      ...StaffNoticeFields
    }
  }
`);

const NoticeRevisionsDocument = graphql(`
  query NoticeRevisions {
    staffNotices {
      id
      revisions {
        id
        at
        actorId
        kind
        title
        body
        reason
      }
    }
  }
`);

const CreateNoticeDocument = graphql(`
  mutation CreateNotice($input: NoticeInput!, $draft: Boolean!) {
    createNotice(input: $input, draft: $draft) {
      ...StaffNoticeFields
    }
  }
`);

const PublishNoticeDocument = graphql(`
  mutation PublishNotice($id: ID!) {
    publishNotice(id: $id) {
      ...StaffNoticeFields
    }
  }
`);

const UpdateNoticeDocument = graphql(`
  mutation UpdateNotice($input: NoticeUpdateInput!) {
    updateNotice(input: $input) {
      ...StaffNoticeFields
    }
  }
`);

const WithdrawNoticeDocument = graphql(`
  mutation WithdrawNotice($id: ID!, $reason: String!) {
    withdrawNotice(id: $id, reason: $reason) {
      ...StaffNoticeFields
    }
  }
`);

export type StaffNotice = StaffNoticesQuery['staffNotices'][number];
export type NoticeState = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';

export function noticeState(n: Pick<StaffNotice, 'publishedAt' | 'withdrawnAt'>): NoticeState {
  if (n.withdrawnAt) return 'WITHDRAWN';
  return n.publishedAt ? 'PUBLISHED' : 'DRAFT';
}

/** Notices staff and the system wrote, drafts and withdrawn ones included, within the writer's field scope; newest first. */
export function useStaffNotices() {
  const { result, loading, error } = useQuery(StaffNoticesDocument, null, { fetchPolicy: 'cache-and-network' });
  const notices = computed(() => result.value?.staffNotices ?? []);
  return { notices, loading, error };
}

/** The history of one notice (created, published, edited, withdrawn), oldest first; loaded when asked for. */
export function useNoticeRevisions(id: MaybeRefOrGetter<string | null>) {
  const { result, loading, error } = useQuery(NoticeRevisionsDocument, null, () => ({
    enabled: !!toValue(id),
    fetchPolicy: 'network-only',
  }));
  const revisions = computed(() => result.value?.staffNotices.find((n) => n.id === toValue(id))?.revisions ?? []);
  return { revisions, loading, error };
}

const mutationOptions = () => ({
  throws: 'always' as const,
  refetchQueries: ['StaffNotices'],
  // The toast and the list that shows the change arrive together.
  awaitRefetchQueries: true,
});

export function useNoticeActions() {
  const create = useMutation(CreateNoticeDocument, mutationOptions());
  const publish = useMutation(PublishNoticeDocument, mutationOptions());
  const update = useMutation(UpdateNoticeDocument, mutationOptions());
  const withdraw = useMutation(WithdrawNoticeDocument, mutationOptions());
  const busy = computed(() => create.loading.value || publish.loading.value || update.loading.value || withdraw.loading.value);

  async function createNotice(input: NoticeInput, draft: boolean) {
    const res = await create.mutate({ input, draft });
    if (!res?.data) throw new Error('createNotice returned no data');
    return res.data.createNotice;
  }
  async function publishNotice(id: string) {
    const res = await publish.mutate({ id });
    if (!res?.data) throw new Error('publishNotice returned no data');
    return res.data.publishNotice;
  }
  async function updateNotice(input: NoticeUpdateInput) {
    const res = await update.mutate({ input });
    if (!res?.data) throw new Error('updateNotice returned no data');
    return res.data.updateNotice;
  }
  async function withdrawNotice(id: string, reason: string) {
    const res = await withdraw.mutate({ id, reason });
    if (!res?.data) throw new Error('withdrawNotice returned no data');
    return res.data.withdrawNotice;
  }
  return { createNotice, publishNotice, updateNotice, withdrawNotice, busy };
}
