/** Client-side checks with the server's rules (one copy: @college-portal/client-shared/rules), so people get feedback before a round trip. */
import type { UiMessage } from '@college-portal/client-shared/lib/errors';
import { lengthBetween } from '@college-portal/client-shared/lib/forms';
import { ADDRESS_MAX, charCount, MOTIVATION_MAX, MOTIVATION_MIN, NAME_MAX, WORKPLACE_MAX } from '@college-portal/client-shared/rules';

export { collect, email, kana, lengthBetween, password, phone, required, type Errors } from '@college-portal/client-shared/lib/forms';
export { charCount, MOTIVATION_MAX, MOTIVATION_MIN, normalisePhone, WORKPLACE_MAX } from '@college-portal/client-shared/rules';

/** How the three ways of belonging to the ward are listed on screen. */
export const ELIGIBILITY_ORDER = ['RESIDENT', 'WORKER', 'STUDENT'] as const;

export function name(value: string): UiMessage | null {
  return lengthBetween(value, 1, NAME_MAX);
}

/** Home address in the ward (required for residents). */
export function address(value: string): UiMessage | null {
  return lengthBetween(value, 1, ADDRESS_MAX);
}

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
  return lengthBetween(value, 1, WORKPLACE_MAX);
}
