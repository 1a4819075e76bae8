import type { UiMessage } from './errors';

export type Errors = Record<string, UiMessage>;

export function requiredText(v: string): UiMessage | null {
  return v.trim() ? null : { key: 'validation.required' };
}

/** Parses an integer input; the server checks ranges, this only catches blanks and non-numbers. */
export function integer(v: string | number): UiMessage | null {
  const s = String(v).trim();
  if (!s) return { key: 'validation.required' };
  return /^-?\d+$/.test(s) ? null : { key: 'validation.integer' };
}

export function collect(checks: Record<string, UiMessage | null>): Errors {
  const out: Errors = {};
  for (const [k, v] of Object.entries(checks)) if (v) out[k] = v;
  return out;
}
