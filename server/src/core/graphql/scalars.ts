import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../errors';

const bad = (message: string) => new AppError('BAD_USER_INPUT', 'validation.format', message);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Presents instants in Asia/Tokyo (+09:00); the database stores UTC. */
export function toTokyoIso(date: Date): string {
  // Japan keeps no summer time: +9 h, then ISO 8601 without its ".sssZ" (always the last 5 characters).
  return new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, -5) + '+09:00';
}

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40 || !ISO_WITH_OFFSET.test(value)) {
    throw bad('Give a date and time in ISO 8601 with a time zone, e.g. 2026-04-01T09:00:00+09:00.');
  }
  const date = new Date(value);
  // Date() rolls 30 February over into March; refuse instead of moving the date.
  const [, y, mo, d, h, mi, s] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value)!;
  const day = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (
    Number.isNaN(date.getTime()) ||
    Number.isNaN(day.getTime()) ||
    day.toISOString().slice(0, 10) !== `${y}-${mo}-${d}` ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s ?? 0) > 59
  ) {
    throw bad('This date and time does not exist.');
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, written in ISO 8601 with an offset. The API presents Asia/Tokyo (+09:00).',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    return toTokyoIso(date);
  },
  parseValue: parseInstant,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw bad('A date and time must be a string.');
    return parseInstant(ast.value);
  },
});

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw bad('Give a date as YYYY-MM-DD.');
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw bad('This date does not exist.');
  return value;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date in Japan, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value).slice(0, 10);
  },
  parseValue: parseLocalDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw bad('A date must be a string.');
    return parseLocalDate(ast.value);
  },
});

/** Today's date in Japan, for contract periods and similar calendar rules. */
export function tokyoToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
