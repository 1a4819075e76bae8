import type { UiMessage } from './errors';
import { charCount, EMAIL_LOOSE, EMAIL_MAX, KANA, NAME_KANA_MAX, normalisePhone, PASSWORD_MAX, PASSWORD_MIN, PHONE } from './rules';

/** A form's problems, keyed by input name. */
export type Errors = Record<string, UiMessage>;

/** Collects the non-null results into an Errors map. */
export function collect(checks: Record<string, UiMessage | null>): Errors {
  const out: Errors = {};
  for (const [k, v] of Object.entries(checks)) if (v) out[k] = v;
  return out;
}

// Checks with the server's rules (./rules), so people get feedback before a round trip. Text is
// checked trimmed, as the forms send it, and counted as the server counts (charCount).

/** Something besides spaces (also the ideographic space). */
export function required(value: string): UiMessage | null {
  return value.trim() ? null : { key: 'validation.required' };
}

/** Required text of `min` to `max` characters. */
export function lengthBetween(value: string, min: number, max: number): UiMessage | null {
  const n = charCount(value.trim());
  if (n < min) return min <= 1 ? { key: 'validation.required' } : { key: 'validation.minLength', params: { min } };
  if (n > max) return { key: 'validation.maxLength', params: { max } };
  return null;
}

/** Optional text of at most `max` characters. */
export function maxLength(value: string, max: number): UiMessage | null {
  return charCount(value.trim()) > max ? { key: 'validation.maxLength', params: { max } } : null;
}

/** The reading of a name (フリガナ). */
export function kana(value: string): UiMessage | null {
  return lengthBetween(value, 1, NAME_KANA_MAX) ?? (KANA.test(value.trim()) ? null : { key: 'validation.kana' });
}

export function email(value: string): UiMessage | null {
  const v = value.trim();
  if (!v) return { key: 'validation.required' };
  if (charCount(v) > EMAIL_MAX) return { key: 'validation.maxLength', params: { max: EMAIL_MAX } };
  return EMAIL_LOOSE.test(v) ? null : { key: 'validation.email' };
}

/** An optional phone number, judged as it will be sent: normalised (full-width digits and so on). */
export function phone(value: string): UiMessage | null {
  if (!value.trim()) return null;
  return PHONE.test(normalisePhone(value)) ? null : { key: 'validation.phone' };
}

/** A new password's length; `messageKey` is the client's wording of the rule (given min and max). */
export function password(value: string, messageKey = 'validation.passwordLength'): UiMessage | null {
  if (!value) return { key: 'validation.required' };
  const n = charCount(value);
  if (n < PASSWORD_MIN || n > PASSWORD_MAX) return { key: messageKey, params: { min: PASSWORD_MIN, max: PASSWORD_MAX } };
  return null;
}
