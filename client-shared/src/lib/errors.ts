/**
 * Normalises whatever Apollo throws into the API's error contract:
 * extensions.code, extensions.messageKey, extensions.fieldErrors.
 */
export interface ApiFieldError {
  field: string;
  messageKey: string;
  message: string;
  params?: Record<string, unknown>;
}

export interface AppError {
  code: string;
  messageKey?: string;
  message: string;
  params?: Record<string, unknown>;
  fieldErrors: ApiFieldError[];
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

function firstGraphQLError(e: unknown): GraphQLErrorLike | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const err = e as {
    graphQLErrors?: readonly GraphQLErrorLike[];
    networkError?: { result?: { errors?: GraphQLErrorLike[] } } | null;
    result?: { errors?: GraphQLErrorLike[] };
    extensions?: Record<string, unknown>;
  };
  if (err.graphQLErrors?.length) return err.graphQLErrors[0];
  // UNAUTHENTICATED (401) and TOO_MANY_REQUESTS (429) arrive as HTTP errors whose body still
  // carries the GraphQL errors.
  const fromNetwork = err.networkError?.result?.errors?.[0] ?? err.result?.errors?.[0];
  if (fromNetwork) return fromNetwork;
  if (err.extensions) return err as GraphQLErrorLike;
  return undefined;
}

export function errorCodeOf(e: unknown): string | undefined {
  return firstGraphQLError(e)?.extensions?.code as string | undefined;
}

/**
 * Map an API field path to the input it belongs to: "input.email" -> "email",
 * "allowedAddressRanges[0]" or "input.allowedAddressRanges.0" -> "allowedAddressRanges".
 */
export function fieldName(path: string): string {
  const withoutInput = path.replace(/^input\./, '');
  return withoutInput.split(/[.[]/)[0] || path;
}

export function toAppError(e: unknown): AppError {
  const gql = firstGraphQLError(e);
  if (gql) {
    const ext = gql.extensions ?? {};
    const rawFieldErrors = Array.isArray(ext.fieldErrors) ? (ext.fieldErrors as ApiFieldError[]) : [];
    return {
      code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
      messageKey: typeof ext.messageKey === 'string' ? ext.messageKey : undefined,
      message: gql.message ?? '',
      params: (ext.params as Record<string, unknown> | undefined) ?? undefined,
      fieldErrors: rawFieldErrors.map((f) => ({ ...f, field: fieldName(String(f.field ?? '')) })),
    };
  }
  const status = (e as { networkError?: { statusCode?: number } } | undefined)?.networkError?.statusCode;
  if (status === 429) return { code: 'TOO_MANY_REQUESTS', message: '', fieldErrors: [] };
  return { code: 'NETWORK_ERROR', message: e instanceof Error ? e.message : '', fieldErrors: [] };
}

/** A message to show, kept untranslated so it follows later language switches. */
export interface UiMessage {
  key: string;
  params?: Record<string, unknown>;
  /** Shown when the key has no translation (e.g. a new server messageKey). */
  fallback?: string;
}

export function messageOf(err: AppError): UiMessage {
  if (err.messageKey) return { key: err.messageKey, params: err.params, fallback: err.message || undefined };
  return { key: `errors.code.${err.code}`, fallback: err.message || undefined };
}

/** Server field errors keyed by input name. */
export function fieldMessagesOf(err: AppError): Record<string, UiMessage> {
  const out: Record<string, UiMessage> = {};
  for (const f of err.fieldErrors) {
    if (!out[f.field]) out[f.field] = { key: f.messageKey, params: f.params, fallback: f.message };
  }
  return out;
}
