import { GraphQLError } from 'graphql';

/** The stable codes clients switch on. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** Input path, e.g. "email" or "input.capacity" without the "input." prefix. */
  field: string;
  /** i18n key the clients translate, e.g. "validation.email". */
  messageKey: string;
  message: string;
}

const httpStatus: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, TOO_MANY_REQUESTS: 429 };

export class AppError extends GraphQLError {
  /**
   * A refusal that must not undo what the mutation did before it (a recorded login failure, an
   * offer that lapsed on the way): the framework commits the transaction, then sends the error.
   */
  keepWrites = false;

  constructor(code: ErrorCode, messageKey: string, message: string, extra: Record<string, unknown> = {}) {
    super(message, {
      extensions: { code, messageKey, ...extra, ...(httpStatus[code] ? { http: { status: httpStatus[code] } } : {}) },
    });
  }
}

export const unauthenticated = (messageKey = 'auth.required', message = 'Please log in to continue.') => new AppError('UNAUTHENTICATED', messageKey, message);

export const forbidden = (message = 'You do not have permission to do this.') => new AppError('FORBIDDEN', 'auth.forbidden', message);

export const notFound = (what: string) => new AppError('NOT_FOUND', 'error.notFound', `The ${what} was not found, or you cannot see it.`, { params: { what } });

export const conflict = (messageKey: string, message: string, params?: Record<string, unknown>) => new AppError('CONFLICT', messageKey, message, params ? { params } : {});

export function badInput(fieldErrors: FieldError[]): AppError {
  const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new AppError('BAD_USER_INPUT', 'validation.failed', `Please correct the input. ${summary}`, { fieldErrors });
}

export const badField = (field: string, messageKey: string, message: string) => badInput([{ field, messageKey, message }]);

/** GraphQL IDs are strings; ours are positive integers. Anything else is simply not found. */
export function parseId(id: string | number, what: string): number {
  const n = typeof id === 'number' ? id : /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0 || n > 2147483647) throw notFound(what);
  return n;
}

/** Marks a refusal whose earlier writes stand; see AppError.keepWrites. */
export function keepingWrites<E extends AppError>(error: E): E {
  error.keepWrites = true;
  return error;
}
