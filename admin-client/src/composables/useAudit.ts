import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { AuditEntriesQuery, AuditFilter } from '../gql/graphql';

const AuditEntriesDocument = graphql(`
  query AuditEntries($filter: AuditFilter, $offset: Int!, $limit: Int!) {
    auditEntries(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        at
        actorId
        actorRole
        action
        operation
        targetType
        targetIds
        fields
        outcome
        reason
      }
    }
  }
`);

const AuditActionsDocument = graphql(`
  query AuditActions {
    auditActions
  }
`);

export type AuditEntryRow = AuditEntriesQuery['auditEntries']['items'][number];

/** One page of the audit log, newest first, filtered on the server. */
export function useAuditEntries(filter: MaybeRefOrGetter<AuditFilter>, offset: MaybeRefOrGetter<number>, limit: MaybeRefOrGetter<number>) {
  const { result, loading, error, refetch } = useQuery(
    AuditEntriesDocument,
    () => ({ filter: toValue(filter), offset: toValue(offset), limit: toValue(limit) }),
    { fetchPolicy: 'network-only' },
  );
  const entries = computed(() => result.value?.auditEntries.items ?? []);
  const total = computed(() => result.value?.auditEntries.total ?? 0);
  return { entries, total, loading, error, refetch };
}

/** The action names the log holds, for the filter menu. */
export function useAuditActions() {
  const { result } = useQuery(AuditActionsDocument, null, { fetchPolicy: 'cache-and-network' });
  return computed(() => result.value?.auditActions ?? []);
}
