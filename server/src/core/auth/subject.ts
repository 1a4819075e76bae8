const SUBJECT_KEY = Symbol('subjectKey');

/**
 * Names the property that holds the account a record is about ("its subject"). An account is
 * its own subject (`@Subject('id')`); most records name theirs in `accountId`, the default.
 */
export function Subject(property: string): ClassDecorator {
  return (target) => {
    (target as unknown as Record<symbol, string>)[SUBJECT_KEY] = property;
  };
}

/** The account a record is about, or null for records that are about nobody. */
export function subjectOf(root: unknown): number | null {
  if (!root || typeof root !== 'object') return null;
  const key = (root.constructor as unknown as Record<symbol, string> | undefined)?.[SUBJECT_KEY] ?? 'accountId';
  const value = (root as Record<string, unknown>)[key];
  return value === undefined || value === null ? null : Number(value);
}

/**
 * "Is this record the caller's own": the one test used both by SELF rules and by the audit,
 * which skips a reader's own records and records every other staff read.
 */
export function isOwnRecord(root: unknown, accountId: number | undefined): boolean {
  return accountId !== undefined && subjectOf(root) === accountId;
}
