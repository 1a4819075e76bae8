import type { UiMessage } from '@college-portal/client-shared/lib/errors';

export { collect, type Errors } from '@college-portal/client-shared/lib/forms';

export function requiredText(v: string): UiMessage | null {
  return v.trim() ? null : { key: 'validation.required' };
}

/** Parses an integer input; the server checks ranges, this only catches blanks and non-numbers. */
export function integer(v: string | number): UiMessage | null {
  const s = String(v).trim();
  if (!s) return { key: 'validation.required' };
  return /^-?\d+$/.test(s) ? null : { key: 'validation.integer' };
}
