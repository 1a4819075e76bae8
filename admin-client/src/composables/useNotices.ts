import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { NoticeInput } from '../gql/graphql';

const StaffNoticesDocument = graphql(`
  query StaffNotices {
    staffNotices {
      id
      audience
      kind
      title
      body
      cohortId
      fieldCode
      createdAt
    }
  }
`);

const CreateNoticeDocument = graphql(`
  mutation CreateNotice($input: NoticeInput!) {
    createNotice(input: $input) {
      id
      audience
      title
    }
  }
`);

/** Notices to groups (not to single members), within the writer's field scope. */
export function useStaffNotices() {
  const { result, loading, error } = useQuery(StaffNoticesDocument, null, { fetchPolicy: 'cache-and-network' });
  const notices = computed(() => result.value?.staffNotices ?? []);
  return { notices, loading, error };
}

export function useCreateNotice() {
  const { mutate, loading } = useMutation(CreateNoticeDocument, {
    throws: 'always',
    refetchQueries: ['StaffNotices'],
    // The success message and the list that shows the new notice arrive together.
    awaitRefetchQueries: true,
  });
  async function createNotice(input: NoticeInput) {
    const res = await mutate({ input });
    if (!res?.data) throw new Error('createNotice returned no data');
    return res.data.createNotice;
  }
  return { createNotice, creating: loading };
}
