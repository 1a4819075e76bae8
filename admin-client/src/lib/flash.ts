/**
 * A one-shot message carried across a navigation (e.g. "Saved" after a create
 * redirects to the edit page), read once by the next page.
 */
let pending: string | null = null;

export function setFlash(key: string): void {
  pending = key;
}

export function takeFlash(): string | null {
  const key = pending;
  pending = null;
  return key;
}
