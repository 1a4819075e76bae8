import { apolloClient } from '../apollo';

/**
 * Names of the given queries that some component is watching now. Asking Apollo to refetch a
 * query nobody shows only earns a warning; the next page to show it reads it afresh anyway.
 */
export function activeQueries(...names: string[]): string[] {
  const active = new Set<string>();
  for (const q of apolloClient.getObservableQueries('active').values()) {
    if (q.queryName) active.add(q.queryName);
  }
  return names.filter((n) => active.has(n));
}
