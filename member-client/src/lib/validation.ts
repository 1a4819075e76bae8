/** Client-side checks mirroring the server's rules, so people get feedback before a round trip. */
import type { UiMessage } from '@college-portal/client-shared/lib/errors';

export { collect, type Errors } from '@college-portal/client-shared/lib/forms';

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

/**
 * Characters as the server counts them (validator.js isLength): code points, with emoji
 * presentation selectors (U+FE0E/U+FE0F) not counted.
 */
export function charCount(value: string): number {
  return [...value].filter((c) => c !== '\uFE0E' && c !== '\uFE0F').length;
}

/** How the three ways of belonging to the ward are listed on screen. */
export const ELIGIBILITY_ORDER = ['RESIDENT', 'WORKER', 'STUDENT'] as const;

/** Limits of an application, the same as the server's (intake.inputs.ts). */
export const MOTIVATION_MIN = 20;
export const MOTIVATION_MAX = 2000;
export const WORKPLACE_MAX = 200;

/** Motivation: optional unless the course asks for it; when given, 20–2000 characters (after trimming, as sent). */
export function motivation(value: string, isRequired: boolean): UiMessage | null {
  const v = value.trim();
  if (!v) return isRequired ? { key: 'validation.motivationRequired' } : null;
  const n = charCount(v);
  if (n < MOTIVATION_MIN) return { key: 'validation.minLength', params: { min: MOTIVATION_MIN } };
  if (n > MOTIVATION_MAX) return { key: 'validation.maxLength', params: { max: MOTIVATION_MAX } };
  return null;
}

/** Workplace or school: required for people who work or study in the ward, up to 200 characters. */
export function workplaceOrSchool(value: string): UiMessage | null {
  const v = value.trim();
  if (!v) return { key: 'validation.required' };
  if (charCount(v) > WORKPLACE_MAX) return { key: 'validation.maxLength', params: { max: WORKPLACE_MAX } };
  return null;
}
