import type { UiMessage } from './errors';

/** Client-side checks mirroring the server's rules, so people get feedback before a round trip. */
export type Errors = Record<string, UiMessage>;

const KANA = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE \u3000]+$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9-]{10,13}$/;

export function required(value: string): UiMessage | null {
  return value.trim() ? null : { key: 'validation.required' };
}

export function lengthBetween(value: string, min: number, max: number): UiMessage | null {
  const n = [...value.trim()].length;
  if (n < min) return min <= 1 ? { key: 'validation.required' } : { key: 'validation.minLength', params: { min } };
  if (n > max) return { key: 'validation.maxLength', params: { max } };
  return null;
}

export function kana(value: string): UiMessage | null {
  return lengthBetween(value, 1, 100) ?? (KANA.test(value.trim()) ? null : { key: 'validation.kana' });
}

export function email(value: string): UiMessage | null {
  const v = value.trim();
  if (!v) return { key: 'validation.required' };
  if (v.length > 254) return { key: 'validation.maxLength', params: { max: 254 } };
  return EMAIL.test(v) ? null : { key: 'validation.email' };
}

export function phone(value: string): UiMessage | null {
  const v = value.trim();
  if (!v) return null; // optional
  return PHONE.test(v) ? null : { key: 'validation.phone' };
}

export function password(value: string): UiMessage | null {
  if (!value) return { key: 'validation.required' };
  if (value.length < 10 || value.length > 128) return { key: 'validation.passwordLength', params: { min: 10, max: 128 } };
  return null;
}

/** Collects the non-null results into an Errors map. */
export function collect(checks: Record<string, UiMessage | null>): Errors {
  const out: Errors = {};
  for (const [k, v] of Object.entries(checks)) if (v) out[k] = v;
  return out;
}
