import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { AppLogger } from '../logger';
import { AppError } from '../errors';

const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS']);
const REQUEST_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'request.parseFailed',
  GRAPHQL_VALIDATION_FAILED: 'request.invalid',
  BAD_REQUEST: 'request.invalid',
  PERSISTED_QUERY_NOT_FOUND: 'request.invalid',
  PERSISTED_QUERY_NOT_SUPPORTED: 'request.invalid',
  OPERATION_RESOLUTION_FAILURE: 'request.invalid',
};

/** graphql-js names the bad variable field in its message: `… at "input.capacity"; …`. */
function fieldFromCoercionMessage(message: string): string | null {
  const at = /at "([\w.[\]]+)"/.exec(message);
  if (at) return at[1].split('.').slice(1).join('.') || at[1];
  const variable = /Variable "\$(\w+)"/.exec(message);
  const field = /Field "(\w+)"/.exec(message);
  return field?.[1] ?? variable?.[1] ?? null;
}

/**
 * Errors leave the server with a stable code and a message key; anything unexpected is
 * masked and logged with the request id (never with variables, which may hold personal data).
 */
/** "Did you mean …?" would reveal field and enum names that introspection hides in production. */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean .*$/s, '');

export function createFormatError(logger: AppLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError || (original instanceof GraphQLError && KNOWN_CODES.has(String(original.extensions?.code)))) {
      const { http: _http, ...extensions } = (original as GraphQLError).extensions ?? {};
      const code = String(extensions.code);
      if (code === 'BAD_USER_INPUT' && !extensions.fieldErrors) {
        const field = fieldFromCoercionMessage(formatted.message);
        extensions.messageKey ??= 'validation.failed';
        if (field) extensions.fieldErrors = [{ field, messageKey: extensions.messageKey, message: withoutSuggestions((original as GraphQLError).message) }];
      }
      return { ...base, extensions: { messageKey: 'error.generic', ...extensions } };
    }

    const code = String(formatted.extensions?.code ?? '');
    if (code === 'BAD_USER_INPUT') {
      const field = fieldFromCoercionMessage(formatted.message);
      return {
        ...base,
        extensions: { code, messageKey: 'validation.failed', ...(field ? { fieldErrors: [{ field, messageKey: 'validation.type', message: base.message }] } : {}) },
      };
    }
    const cause = original instanceof GraphQLError ? original.originalError : original;
    if (REQUEST_CODES[code] && !(cause && !(cause instanceof GraphQLError))) {
      if (code === 'GRAPHQL_PARSE_FAILED' && /tokens/i.test(formatted.message)) {
        return { message: 'The query is too large.', extensions: { code, messageKey: 'request.tooLarge' } };
      }
      return { ...base, extensions: { code, messageKey: REQUEST_CODES[code] } };
    }
    if (!formatted.path && original instanceof GraphQLError && !original.originalError && !REQUEST_CODES[code]) {
      // A validation-phase error (e.g. from a query limit) without a code of its own.
      return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageKey: 'request.invalid' } };
    }

    const failure = cause instanceof Error ? cause : original;
    logger.error(
      { error: failure instanceof Error ? { name: failure.name, message: failure.message, stack: failure.stack } : String(failure), path: formatted.path },
      'unexpected error',
    );
    return {
      message: 'Something went wrong on our side. Please try again later.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' },
    };
  };
}
