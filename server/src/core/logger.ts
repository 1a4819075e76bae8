import pino from 'pino';

/** Paths that could carry personal information are redacted, whatever a caller passes. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'body',
  'variables',
  '*.password',
  '*.email',
  '*.name',
  '*.nameKana',
  '*.phone',
  '*.address',
  '*.workplaceOrSchool',
  '*.refreshToken',
  '*.accessToken',
];

export function createLogger(level: string) {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'college-portal' } });
}

export type AppLogger = ReturnType<typeof createLogger>;
