import { computed, ref } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { RetentionDryRunQuery } from '../gql/graphql';

const RetentionRulesDocument = graphql(`
  query RetentionRules {
    retentionRules {
      id
      descriptionJa
      setting
      value
      unit
    }
  }
`);

const RetentionDryRunDocument = graphql(`
  query RetentionDryRun {
    retentionDryRun {
      ruleId
      rows
      people
    }
  }
`);

export type RetentionDryRunRow = RetentionDryRunQuery['retentionDryRun'][number];

/** The retention rules with their configured periods (the server's settings). */
export function useRetentionRules() {
  const { result, loading, error } = useQuery(RetentionRulesDocument, null, { fetchPolicy: 'cache-and-network' });
  const rules = computed(() => result.value?.retentionRules ?? []);
  return { rules, loading, error };
}

/**
 * The dry run: what the purge would trim, delete or announce now, by rule. Asked for on demand
 * (a button), always from the server: counts only, never a personal value.
 */
export function useRetentionDryRun() {
  const { resolveClient } = useApolloClient();
  const counts = ref<Map<string, RetentionDryRunRow> | null>(null);
  const checkedAt = ref<Date | null>(null);
  const checking = ref(false);
  const failed = ref(false);

  async function check(): Promise<void> {
    checking.value = true;
    failed.value = false;
    try {
      const { data } = await resolveClient().query({ query: RetentionDryRunDocument, fetchPolicy: 'network-only' });
      counts.value = new Map(data.retentionDryRun.map((r) => [r.ruleId, r]));
      checkedAt.value = new Date();
    } catch {
      failed.value = true;
    } finally {
      checking.value = false;
    }
  }
  return { counts, checkedAt, checking, failed, check };
}
