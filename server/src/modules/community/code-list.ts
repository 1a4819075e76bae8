/** Codes kept in one column, comma-separated, in their enum's order (fields, days, items…). */
export function codeList<T extends string>(order: readonly T[], values: readonly T[] | null | undefined): string {
  return order.filter((v) => (values ?? []).includes(v)).join(',');
}

/** The codes of such a column. */
export function codesOf(column: string): string[] {
  return column ? column.split(',') : [];
}
