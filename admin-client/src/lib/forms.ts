import type { UiMessage } from '@college-portal/client-shared/lib/errors';
import { lengthBetween } from '@college-portal/client-shared/lib/forms';

export { collect, maxLength, type Errors } from '@college-portal/client-shared/lib/forms';

/** Required text; with `max`, of at most that many characters (a limit from @college-portal/client-shared/rules). */
export function requiredText(v: string, max?: number): UiMessage | null {
  if (max !== undefined) return lengthBetween(v, 1, max);
  return v.trim() ? null : { key: 'validation.required' };
}

/** Parses an integer input; this only catches blanks and non-numbers. */
export function integer(v: string | number): UiMessage | null {
  const s = String(v).trim();
  if (!s) return { key: 'validation.required' };
  return /^-?\d+$/.test(s) ? null : { key: 'validation.integer' };
}

/** An integer from `min` to `max` (the server's range); out of range gives the server's message key for the field. */
export function integerBetween(v: string | number, min: number, max: number, messageKey: string): UiMessage | null {
  const bad = integer(v);
  if (bad) return bad;
  const n = Number(String(v).trim());
  return n < min || n > max ? { key: messageKey, params: { min, max } } : null;
}
