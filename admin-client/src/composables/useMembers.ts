import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { MemberQuery, MembersQuery } from '../gql/graphql';

/** The server's rule: a search needs at least this many characters (after trimming). */
export const MEMBER_SEARCH_MIN = 2;

// Every search is audited (the ids found, never the text), and so is every read of the personal fields.
const MembersDocument = graphql(`
  query Members($search: String!, $offset: Int!, $limit: Int!) {
    members(search: $search, offset: $offset, limit: $limit) {
      total
      items {
        id
        loginId
        name
        nameKana
        email
      }
    }
  }
`);

const MemberDocument = graphql(`
  query Member($id: ID!, $withApplications: Boolean!) {
    member(id: $id) {
      id
      loginId
      name
      nameKana
      email
      phone
      residency
      address
      workplaceOrSchool
      status
      createdAt
      changes {
        id
        at
        kind
        fields
        byAdministrator
      }
      applications @include(if: $withApplications) {
        id
        code
        status
        submittedAt
        cohort {
          id
          academicYear
          status
          course {
            id
            title
            titleEn
            fieldCode
          }
        }
      }
    }
  }
`);

export type MemberRow = MembersQuery['members']['items'][number];
export type MemberDetail = MemberQuery['member'];

/** A page of members matching `search` (login ID, name, kana or e-mail); nothing is asked until it is long enough. */
export function useMemberSearch(search: MaybeRefOrGetter<string>, offset: MaybeRefOrGetter<number>, limit: MaybeRefOrGetter<number>) {
  const text = computed(() => toValue(search).trim());
  const enabled = computed(() => text.value.length >= MEMBER_SEARCH_MIN);
  const { result, loading, error } = useQuery(
    MembersDocument,
    () => ({ search: text.value, offset: toValue(offset), limit: toValue(limit) }),
    () => ({ enabled: enabled.value, fetchPolicy: 'network-only' }),
  );
  const members = computed(() => (enabled.value ? (result.value?.members.items ?? []) : []));
  const total = computed(() => (enabled.value ? (result.value?.members.total ?? 0) : 0));
  return { members, total, loading, error, enabled };
}

/** One member with their history, and their applications when the caller may review applications. */
export function useMember(id: MaybeRefOrGetter<string | null>, withApplications: MaybeRefOrGetter<boolean>) {
  const { result, loading, error } = useQuery(
    MemberDocument,
    () => ({ id: toValue(id) ?? '', withApplications: toValue(withApplications) }),
    () => ({ enabled: !!toValue(id), fetchPolicy: 'network-only' }),
  );
  const member = computed(() => result.value?.member ?? null);
  return { member, loading, error };
}
