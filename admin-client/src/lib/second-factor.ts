import type { UiMessage } from '@college-portal/client-shared/lib/errors';

/** What people type for an authenticator code: full-width digits made ASCII, spaces and hyphens dropped. */
export function normaliseTotpCode(value: string): string {
  return value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000-]/g, '');
}

/** The six digits an authenticator app shows. */
export function totpCode(value: string): UiMessage | null {
  const v = normaliseTotpCode(value);
  if (!v) return { key: 'validation.required' };
  return /^\d{6}$/.test(v) ? null : { key: 'validation.totpCode' };
}

/** The shared secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
