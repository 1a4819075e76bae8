import type { UiMessage } from '@college-portal/client-shared/lib/errors';
import { password as passwordLength } from '@college-portal/client-shared/lib/forms';

export { email, kana, lengthBetween, maxLength } from '@college-portal/client-shared/lib/forms';

/** The server's rule (PASSWORD_MIN to PASSWORD_MAX characters), in the console's wording. */
export function password(value: string): UiMessage | null {
  return passwordLength(value, 'validation.password');
}

export { collect } from './forms';
