import { computed, ref, watch } from 'vue';

export type SortOrder = 'ascending' | 'descending' | null;

const collator = new Intl.Collator('ja', { numeric: true });

function compare(a: unknown, b: unknown): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * Sorting and paging of a list the page already holds in full (courses, cohorts, staff, one
 * cohort's applications): the whole list is sorted before it is cut into pages, so a sort
 * never reorders just the page on screen.
 */
export function useClientList<T>(rows: () => T[], options: { pageSize?: number; sortValue?: (row: T, key: string) => unknown } = {}) {
  const page = ref(1);
  const pageSize = ref(options.pageSize ?? 20);
  const sort = ref<{ key: string; order: SortOrder }>({ key: '', order: null });
  const valueOf = options.sortValue ?? ((row: T, key: string) => (row as Record<string, unknown>)[key]);

  const sorted = computed(() => {
    const list = [...rows()];
    const { key, order } = sort.value;
    if (!key || !order) return list;
    const dir = order === 'ascending' ? 1 : -1;
    return list.sort((a, b) => compare(valueOf(a, key), valueOf(b, key)) * dir);
  });
  const total = computed(() => sorted.value.length);
  // After a filter or a refetch the list may be shorter than the page shown: go back to a page that exists.
  watch([total, pageSize], () => {
    const last = Math.max(1, Math.ceil(total.value / pageSize.value));
    if (page.value > last) page.value = last;
  });
  const paged = computed(() => sorted.value.slice((page.value - 1) * pageSize.value, page.value * pageSize.value));
  function onSort(next: { key: string; order: SortOrder }) {
    sort.value = next;
    page.value = 1;
  }
  return { page, pageSize, total, paged, onSort, resetPage: () => (page.value = 1) };
}

/** Search text matches when every word is in the haystack (case-insensitive, width-insensitive). */
export function matchesSearch(search: string, ...haystack: Array<string | null | undefined>): boolean {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase();
  const words = norm(search).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = norm(haystack.filter(Boolean).join(' '));
  return words.every((w) => text.includes(w));
}
