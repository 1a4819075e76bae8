import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client/core';
import type { FetchResult, InMemoryCacheConfig } from '@apollo/client/core';
import { GRAPHQL_URL } from './auth/session';

// Operations that must never trigger a refresh-and-retry (they are the auth flow itself).
const NO_RETRY = new Set(['Login', 'RefreshSession', 'Register']);

/** What the link needs from the client's session (see createSession). */
export interface TokenSource {
  getAccessToken(): string | null;
  hasRefreshToken(): boolean;
  refreshSession(): Promise<boolean>;
}

export interface AppApolloOptions {
  session: TokenSource;
  /** The client's cache set-up (e.g. typePolicies); defaults to a plain InMemoryCache. */
  cache?: InMemoryCacheConfig;
  /** Defaults to GRAPHQL_URL. */
  uri?: string;
}

function isUnauthenticated(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): boolean {
  return !!errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Adds the bearer token and, when the API answers UNAUTHENTICATED (expired access token),
 * refreshes the session once and replays the operation with the new token.
 */
function createAuthLink({ getAccessToken, hasRefreshToken, refreshSession }: TokenSource): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const baseHeaders = (operation.getContext().headers ?? {}) as Record<string, string>;
    return new Observable<FetchResult>((observer) => {
      let sub: { unsubscribe(): void } | undefined;
      let retrying = false;
      let closed = false;

      const run = (mayRetry: boolean) => {
        const token = getAccessToken();
        operation.setContext({ headers: token ? { ...baseHeaders, authorization: `Bearer ${token}` } : baseHeaders });
        const canRetry = mayRetry && !!token && !NO_RETRY.has(operation.operationName) && hasRefreshToken();

        const retry = (giveUp: () => void) => {
          retrying = true;
          sub?.unsubscribe();
          void refreshSession().then((ok) => {
            if (closed) return;
            retrying = false;
            // Refreshed: replay with the new token. Refresh rejected: the session was cleared, so
            // replay once anonymously (public data still loads; private data reports UNAUTHENTICATED).
            if (ok || !getAccessToken()) run(false);
            else giveUp();
          });
        };

        sub = forward(operation).subscribe({
          next(result) {
            if (canRetry && isUnauthenticated(result.errors)) {
              retry(() => {
                observer.next(result);
                observer.complete();
              });
              return;
            }
            observer.next(result);
          },
          error(err: { statusCode?: number; result?: { errors?: { extensions?: Record<string, unknown> }[] } }) {
            if (canRetry && (err?.statusCode === 401 || isUnauthenticated(err?.result?.errors))) {
              retry(() => observer.error(err));
              return;
            }
            observer.error(err);
          },
          complete() {
            if (!retrying) observer.complete();
          },
        });
      };

      run(true);
      return () => {
        closed = true;
        sub?.unsubscribe();
      };
    });
  });
}

/** Where file operations go (an attendance CSV): the same API with a larger body limit. */
export const FILES_URL = `${GRAPHQL_URL}/files`;

export type UploadProgress = (loaded: number, total: number) => void;

/**
 * The operation context that sends an operation to FILES_URL and reports the upload's progress:
 * `useMutation(doc, { context: fileOperation(onProgress) })`.
 */
export function fileOperation(onProgress?: UploadProgress) {
  return { uri: FILES_URL, fetchOptions: { onUploadProgress: onProgress } };
}

function responseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/** fetch, or XMLHttpRequest when the context asks for upload progress, which fetch cannot report. */
function progressFetch(uri: RequestInfo | URL, options: RequestInit & { onUploadProgress?: UploadProgress } = {}): Promise<Response> {
  const { onUploadProgress, ...init } = options;
  if (!onUploadProgress) return fetch(uri, init);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'POST', String(uri));
    new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onUploadProgress(e.loaded, e.total);
    };
    xhr.onload = () =>
      resolve(
        new Response(xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: responseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    init.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(init.body as XMLHttpRequestBodyInit | null);
  });
}

/** The Apollo client both apps use: auth link with refresh-and-retry, then HTTP. */
export function createApolloClient({ session, cache, uri = GRAPHQL_URL }: AppApolloOptions) {
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(session), new HttpLink({ uri, fetch: progressFetch as typeof fetch })]),
    cache: new InMemoryCache(cache),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
