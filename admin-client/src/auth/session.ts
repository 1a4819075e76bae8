import { computed, readonly, ref } from 'vue';
import { print } from 'graphql';
import { graphql } from '../gql';
import type { StaffSessionFragment } from '../gql/graphql';

/**
 * Token holder shared by the Apollo link and useAuth().
 * The access token lives only in memory (never in storage, so XSS-readable storage holds
 * nothing that grants access on its own); the refresh token sits in sessionStorage so a
 * reload in the same tab keeps the session, and it is rotated on every refresh.
 */
export const REFRESH_KEY = 'cp.admin.refresh';
export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

graphql(`
  fragment StaffSession on Account {
    id
    loginId
    name
    role
    permissions
    contractor {
      id
      name
      fieldCode
    }
  }
`);

const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresIn
      account {
        ...StaffSession
      }
    }
  }
`);

export interface SessionPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  account: StaffSessionFragment;
}

let accessToken: string | null = null;
const account = ref<StaffSessionFragment | null>(null);
let inflight: Promise<boolean> | null = null;

function readRefresh(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefresh(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(REFRESH_KEY, token);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    /* storage unavailable: the session simply ends with the page */
  }
}

export function applySession(payload: SessionPayload): void {
  accessToken = payload.accessToken;
  writeRefresh(payload.refreshToken);
  account.value = payload.account;
}

export function clearSession(): void {
  accessToken = null;
  writeRefresh(null);
  account.value = null;
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function hasRefreshToken(): boolean {
  return !!readRefresh();
}

async function doRefresh(): Promise<boolean> {
  const refreshToken = readRefresh();
  if (!refreshToken) return false;
  let body: { data?: { refreshSession?: SessionPayload | null } | null } | undefined;
  try {
    // Plain fetch, not Apollo: the Apollo link itself calls this on UNAUTHENTICATED.
    const res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: print(RefreshSessionDocument),
        variables: { refreshToken },
      }),
    });
    body = await res.json().catch(() => undefined);
  } catch {
    // Network failure: keep the refresh token, the next attempt may work.
    return false;
  }
  const payload = body?.data?.refreshSession;
  if (!payload) {
    // Rejected (expired, revoked or already rotated): the session is over.
    clearSession();
    return false;
  }
  applySession(payload);
  return true;
}

/** Refresh once; concurrent callers share the same request so the token rotates once. */
export function refreshSession(): Promise<boolean> {
  if (!inflight) {
    inflight = doRefresh().finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

/** Resolves when the startup refresh (if any) has finished; route guards await it. */
export const sessionReady: Promise<boolean> = hasRefreshToken() ? refreshSession() : Promise.resolve(false);

export const currentAccount = readonly(account);
export const isAuthenticated = computed(() => account.value !== null);

/** Permission check for menus and route guards; the server enforces the same codes. */
export function hasPermission(code: string): boolean {
  return !!account.value?.permissions.includes(code);
}

/** Keeps the header in step after `me` is re-read (e.g. a role change since login). */
export function updateAccount(next: StaffSessionFragment): void {
  if (account.value) account.value = next;
}
