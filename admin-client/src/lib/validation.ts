import type { UiMessage } from '@college-portal/client-shared/lib/errors';

/** Same rule as the server: 10 to 128 characters. */
export function password(value: string): UiMessage | null {
  if (!value) return { key: 'validation.required' };
  if (value.length < 10 || value.length > 128) return { key: 'validation.password' };
  return null;
}

export { collect } from './forms';
