import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';

/** Environment read once, validated and typed. Nothing else reads process.env. */
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** mysql://… or undefined for the embedded SQLite database. */
  databaseUrl?: string;
  /** SQLite file when databaseUrl is unset. */
  sqlitePath: string;
  dataDir: string;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /** The privacy notice version the first migration seeds (versions themselves live in the database). */
  privacyNoticeVersion: string;
  /** Express "trust proxy" setting: which hops may set X-Forwarded-For. */
  trustProxy: string | false;
  /**
   * Where the database, its backups and the mail relay are located (DATABASE_LOCATION,
   * BACKUP_LOCATION, MAIL_RELAY_LOCATION; DATA_LOCATION is the default of all three). The ward
   * requires Japan: in production each must be one of JAPAN_LOCATIONS.
   */
  residency: Residency;
  /** How operations execute: compiled by graphql-jit (default) or interpreted by graphql-js. */
  graphqlExecutor: 'jit' | 'graphql-js';
  logLevel: string;
  seedDemo: boolean;
  /** Serve built clients from these folders (absent folders are skipped). */
  memberClientDir: string;
  adminClientDir: string;
  /**
   * argon2id cost; the minimum is 19 MiB, t=2 (OWASP), and lower values are raised to it.
   * Only under NODE_ENV=test may it be lower (the test suite's cheap setting), never in production.
   */
  argon2MemoryKiB: number;
  argon2TimeCost: number;
  loginMaxFailuresPerAccount: number;
  loginLockoutSeconds: number;
  loginMaxFailuresPerIp: number;
  loginIpWindowSeconds: number;
  /** Days an applicant has to take or decline an offered seat. */
  offerResponseDays: number;
  /** Days between a request to erase a member's data and the earliest moment staff may carry it out (0 under NODE_ENV=test unless set). */
  erasureCoolingOffDays: number;
  /** Minutes before a class session's start and after its end during which students may check in by QR code. */
  checkInMarginMinutes: number;
  /** Key for secrets kept at rest (TOTP secrets); derived from JWT_SECRET unless SECRETS_KEY is set. */
  secretsKey: Buffer;
  /** TOTP time step; 30 s (what authenticator apps use) except under NODE_ENV=test, where tests may shorten it. */
  totpPeriodSeconds: number;
  /** Hours a temporary staff password works before an administrator must issue another. */
  temporaryPasswordHours: number;
  /** Validity of mailed links, in minutes. */
  emailConfirmationMinutes: number;
  passwordResetMinutes: number;
  /** Mail-sending requests (recovery, resend) allowed per address or account, and per IP, per hour. */
  mailRequestsPerAddressPerHour: number;
  mailRequestsPerIpPerHour: number;
  /** The WebAuthn relying party: the host name passkeys are bound to. */
  webauthnRpId: string;
  /** How often each instance sends queued mail and expires lapsed offers (0 = never, e.g. in tests). */
  backgroundIntervalMs: number;
  /** The section members contact, shown in the portal's footer (SITE_CONTACT_*). */
  siteContact: { section: string; phone: string; email: string; hours: string };
  /** Retention periods (RETENTION_*): the purge job and the register read them (modules/privacy/retention-rules.ts). */
  retention: RetentionSettings;
  /** Reports suppress counts below this (秘匿; REPORT_SUPPRESSION_THRESHOLD, default 5, never below 3). */
  reportSuppressionThreshold: number;
}

/** How long personal information is kept, by rule (保存期間). */
export interface RetentionSettings {
  /** Applications of people never enrolled: months after the cohort's results were announced. */
  notEnrolledMonths: number;
  /** Follow-up data: years after completion, unless follow-up consent was renewed within them. */
  followUpYears: number;
  /** Member accounts with no login for this many years (and no ongoing enrollment) are erased. */
  inactiveAccountYears: number;
  /** Days before that erasure the member is told. */
  inactiveNoticeDays: number;
  /** The audit log's own period (never deleted automatically: the hash chain). */
  auditYears: number;
}

export const DEFAULT_RETENTION: Readonly<RetentionSettings> = { notEnrolledMonths: 12, followUpYears: 5, inactiveAccountYears: 5, inactiveNoticeDays: 60, auditYears: 10 };

export class ConfigError extends Error {}

/** Where personal data is stored and sent through, as configured. */
export interface Residency {
  database: string;
  backups: string;
  mailRelay: string;
}

/**
 * Locations accepted as Japan (compared case-insensitively): the country code, and the cloud
 * regions in Japan — AWS Tokyo and Osaka, Azure Japan East and West, GCP Tokyo and Osaka.
 * Not ap-northeast-2 (AWS Seoul).
 */
export const JAPAN_LOCATIONS: readonly string[] = ['JP', 'ap-northeast-1', 'ap-northeast-3', 'japaneast', 'japanwest', 'asia-northeast1', 'asia-northeast2'];

export function isInJapan(location: string): boolean {
  const value = location.trim().toLowerCase();
  return JAPAN_LOCATIONS.some((l) => l.toLowerCase() === value);
}

/** The residency settings; in production a location outside Japan stops the server from starting. */
function residency(env: NodeJS.ProcessEnv, nodeEnv: Config['env']): Residency {
  const fallback = env.DATA_LOCATION?.trim() || 'JP';
  const read = (name: string): string => {
    const own = env[name]?.trim();
    // The error names the setting the value came from: the specific one, or DATA_LOCATION.
    const source = own ? name : env.DATA_LOCATION?.trim() ? 'DATA_LOCATION' : name;
    const value = own || fallback;
    if (nodeEnv === 'production' && !isInJapan(value)) throw new ConfigError(`${source} is ${value}: personal data must stay in Japan (${JAPAN_LOCATIONS.join(', ')})`);
    return value;
  };
  return { database: read('DATABASE_LOCATION'), backups: read('BACKUP_LOCATION'), mailRelay: read('MAIL_RELAY_LOCATION') };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer >= ${min}`);
  return value;
}

const repoRoot = path.resolve(__dirname, '..', '..');

/** OWASP's minimum argon2id cost (19 MiB, two passes): the default, and the floor outside NODE_ENV=test. */
export const ARGON2_MIN_MEMORY_KIB = 19456;
export const ARGON2_MIN_TIME_COST = 2;

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (env.NODE_ENV ?? 'development') as Config['env'];
  if (!['development', 'test', 'production'].includes(nodeEnv)) throw new ConfigError('NODE_ENV must be development, test or production');
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data'));
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^(mysql|mariadb):\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must start with mysql:// (or mariadb://)');

  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET is required in production');
    jwtSecret = devSecret(dataDir);
  }
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');

  // OWASP minimums for argon2id, which are also the defaults. Outside NODE_ENV=test a lower
  // ARGON2_MEMORY_KIB / ARGON2_TIME_COST is raised to them; the test suite alone may go down to
  // argon2's own limits (8 KiB, t=1) so that tests which log in a lot stay fast.
  const argon2Floor = nodeEnv === 'test' ? { memoryKiB: 8, timeCost: 1 } : { memoryKiB: ARGON2_MIN_MEMORY_KIB, timeCost: ARGON2_MIN_TIME_COST };

  if (env.SECRETS_KEY && Buffer.from(env.SECRETS_KEY, 'base64').length !== 32) throw new ConfigError('SECRETS_KEY must be 32 bytes, base64-encoded');

  const trustProxyRaw = env.TRUST_PROXY ?? '';
  const port = int(env, 'PORT', 4000);
  return {
    env: nodeEnv,
    port,
    databaseUrl,
    sqlitePath: path.join(dataDir, 'college-portal.sqlite'),
    dataDir,
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER ?? 'college-portal',
    jwtAudience: env.JWT_AUDIENCE ?? 'college-portal-api',
    accessTokenTtlSeconds: Math.min(int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30), 900),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 14 * 24 * 3600, 60),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'noreply@college.example.jp',
    // Versions live in privacy_notice_version (published in the console); this is the one the first migration seeds.
    privacyNoticeVersion: '2026-04',
    trustProxy: trustProxyRaw === '' || trustProxyRaw === 'false' ? false : trustProxyRaw,
    residency: residency(env, nodeEnv),
    graphqlExecutor: oneOf(env.GRAPHQL_EXECUTOR ?? 'jit', ['jit', 'graphql-js'] as const, 'GRAPHQL_EXECUTOR'),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !databaseUrl && nodeEnv !== 'production',
    memberClientDir: path.resolve(env.MEMBER_CLIENT_DIR ?? path.join(repoRoot, 'member-client', 'dist')),
    adminClientDir: path.resolve(env.ADMIN_CLIENT_DIR ?? path.join(repoRoot, 'admin-client', 'dist')),
    argon2MemoryKiB: Math.max(int(env, 'ARGON2_MEMORY_KIB', ARGON2_MIN_MEMORY_KIB), argon2Floor.memoryKiB),
    argon2TimeCost: Math.max(int(env, 'ARGON2_TIME_COST', ARGON2_MIN_TIME_COST), argon2Floor.timeCost),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1),
    loginLockoutSeconds: int(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 50, 1),
    loginIpWindowSeconds: int(env, 'LOGIN_IP_WINDOW_SECONDS', 900, 1),
    offerResponseDays: int(env, 'OFFER_RESPONSE_DAYS', 14, 1),
    erasureCoolingOffDays: int(env, 'ERASURE_COOLING_OFF_DAYS', nodeEnv === 'test' ? 0 : 14),
    checkInMarginMinutes: int(env, 'CHECK_IN_MARGIN_MINUTES', 15),
    secretsKey: env.SECRETS_KEY ? Buffer.from(env.SECRETS_KEY, 'base64') : Buffer.from(crypto.hkdfSync('sha256', jwtSecret, 'college-portal', 'secrets-at-rest', 32)),
    totpPeriodSeconds: nodeEnv === 'test' ? int(env, 'TOTP_PERIOD_SECONDS', 30, 1) : 30,
    temporaryPasswordHours: int(env, 'TEMPORARY_PASSWORD_HOURS', 72, 1),
    emailConfirmationMinutes: int(env, 'EMAIL_CONFIRMATION_MINUTES', 24 * 60, 1),
    passwordResetMinutes: int(env, 'PASSWORD_RESET_MINUTES', 30, 1),
    mailRequestsPerAddressPerHour: int(env, 'MAIL_REQUESTS_PER_ADDRESS_PER_HOUR', 5, 1),
    mailRequestsPerIpPerHour: int(env, 'MAIL_REQUESTS_PER_IP_PER_HOUR', 30, 1),
    webauthnRpId: env.WEBAUTHN_RP_ID ?? new URL(env.PUBLIC_URL ?? `http://localhost:${port}`).hostname,
    backgroundIntervalMs: int(env, 'BACKGROUND_INTERVAL_MS', nodeEnv === 'test' ? 0 : 30_000),
    siteContact: {
      section: env.SITE_CONTACT_SECTION ?? '練馬区 地域文化部 協働推進課',
      phone: env.SITE_CONTACT_PHONE ?? '03-3993-1111',
      email: env.SITE_CONTACT_EMAIL ?? 'college@city.example.jp',
      hours: env.SITE_CONTACT_HOURS ?? '平日 8時30分から17時15分まで',
    },
    retention: {
      notEnrolledMonths: int(env, 'RETENTION_NOT_ENROLLED_MONTHS', DEFAULT_RETENTION.notEnrolledMonths, 1),
      followUpYears: int(env, 'RETENTION_FOLLOW_UP_YEARS', DEFAULT_RETENTION.followUpYears, 1),
      inactiveAccountYears: int(env, 'RETENTION_INACTIVE_ACCOUNT_YEARS', DEFAULT_RETENTION.inactiveAccountYears, 1),
      inactiveNoticeDays: int(env, 'RETENTION_INACTIVE_NOTICE_DAYS', DEFAULT_RETENTION.inactiveNoticeDays, 1),
      auditYears: int(env, 'RETENTION_AUDIT_YEARS', DEFAULT_RETENTION.auditYears, 1),
    },
    reportSuppressionThreshold: int(env, 'REPORT_SUPPRESSION_THRESHOLD', 5, 3),
  };
}

/** A development-only secret kept beside the embedded database, so sessions survive restarts. */
function devSecret(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'dev-jwt-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(48).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}
