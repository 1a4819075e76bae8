import { safeRedirect } from '@college-portal/client-shared/router';

// Registration goes through a mailed link, often opened in a new tab: the page the visitor was
// going to (e.g. an application form) is kept in this browser so the confirmation page can lead
// back there. Only same-app paths are kept, and only for a while (the link's lifetime is short).
const KEY = 'cp.member.returnTo';
const MAX_AGE_MS = 48 * 3600_000;

/** The ?redirect= of the current route, if it is a safe same-app path. */
export function redirectOf(value: unknown): string | null {
  const path = safeRedirect(value, '');
  return path || null;
}

export function rememberReturn(path: string | null): void {
  try {
    if (path) localStorage.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the visitor simply starts from my page */
  }
}

export function rememberedReturn(): string | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const { path, at } = JSON.parse(raw) as { path?: unknown; at?: unknown };
    if (typeof at !== 'number' || Date.now() - at > MAX_AGE_MS) return null;
    return redirectOf(path);
  } catch {
    return null;
  }
}

/** Why the visitor was sent to log in, as a message key. */
export function loginReasonKey(redirect: string | null): string | null {
  if (!redirect) return null;
  if (/^\/cohorts\/[^/]+\/(apply|application\/edit)/.test(redirect)) return 'login.reason.apply';
  if (redirect.startsWith('/mypage/notices')) return 'login.reason.notices';
  if (redirect.startsWith('/check-in/')) return 'checkInPage.loginReason';
  return 'login.reason.generic';
}
