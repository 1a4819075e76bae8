import { computed, readonly, ref, type ComputedRef, type DeepReadonly, type Ref } from 'vue';
import { print, type DocumentNode } from 'graphql';

/** The API endpoint: same-origin /graphql unless VITE_GRAPHQL_URL says otherwise. */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export interface SessionPayload<Account> {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  account: Account;
}

export interface SessionOptions {
  /** sessionStorage key of the refresh token, one per client (e.g. "cp.member.refresh"). */
  storageKey: string;
  /**
   * The client's own `mutation RefreshSession($refreshToken: String!)`, typed by its codegen and
   * answering `refreshSession { accessToken refreshToken expiresIn account { ... } }`.
   */
  refreshDocument: DocumentNode;
  /** Defaults to GRAPHQL_URL. */
  url?: string;
}

export interface Session<Account> {
  applySession(payload: SessionPayload<Account>): void;
  clearSession(): void;
  getAccessToken(): string | null;
  hasRefreshToken(): boolean;
  /** Refresh once; concurrent callers share the same request so the token rotates once. */
  refreshSession(): Promise<boolean>;
  /** Resolves when the startup refresh (if any) has finished; route guards await it. */
  sessionReady: Promise<boolean>;
  currentAccount: DeepReadonly<Ref<Account | null>>;
  isAuthenticated: ComputedRef<boolean>;
  /** Replaces the signed-in account (e.g. after `me` is re-read); no-op when signed out. */
  updateAccount(next: Account): void;
}

/**
 * Token holder shared by the Apollo link and useAuth(); a client creates one at startup.
 * The access token lives only in memory (never in storage, so XSS-readable storage holds
 * nothing that grants access on its own); the refresh token sits in sessionStorage so a
 * reload in the same tab keeps the session, and it is rotated on every refresh.
 */
export function createSession<Account>({ storageKey, refreshDocument, url = GRAPHQL_URL }: SessionOptions): Session<Account> {
  let accessToken: string | null = null;
  const account = ref<Account | null>(null) as Ref<Account | null>;
  let inflight: Promise<boolean> | null = null;

  function readRefresh(): string | null {
    try {
      return sessionStorage.getItem(storageKey);
    } catch {
      return null;
    }
  }

  function writeRefresh(token: string | null): void {
    try {
      if (token) sessionStorage.setItem(storageKey, token);
      else sessionStorage.removeItem(storageKey);
    } catch {
      /* storage unavailable: the session simply ends with the page */
    }
  }

  function applySession(payload: SessionPayload<Account>): void {
    accessToken = payload.accessToken;
    writeRefresh(payload.refreshToken);
    account.value = payload.account;
  }

  function clearSession(): void {
    accessToken = null;
    writeRefresh(null);
    account.value = null;
  }

  function getAccessToken(): string | null {
    return accessToken;
  }

  function hasRefreshToken(): boolean {
    return !!readRefresh();
  }

  async function doRefresh(): Promise<boolean> {
    const refreshToken = readRefresh();
    if (!refreshToken) return false;
    let body: { data?: { refreshSession?: SessionPayload<Account> | null } | null } | undefined;
    try {
      // Plain fetch, not Apollo: the Apollo link itself calls this on UNAUTHENTICATED.
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({
          operationName: 'RefreshSession',
          query: print(refreshDocument),
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

  function refreshSession(): Promise<boolean> {
    if (!inflight) {
      inflight = doRefresh().finally(() => {
        inflight = null;
      });
    }
    return inflight;
  }

  function updateAccount(next: Account): void {
    if (account.value) account.value = next;
  }

  return {
    applySession,
    clearSession,
    getAccessToken,
    hasRefreshToken,
    refreshSession,
    sessionReady: hasRefreshToken() ? refreshSession() : Promise.resolve(false),
    currentAccount: readonly(account),
    isAuthenticated: computed(() => account.value !== null),
    updateAccount,
  };
}
