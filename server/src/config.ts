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
  privacyNoticeVersion: string;
  /** Express "trust proxy" setting: which hops may set X-Forwarded-For. */
  trustProxy: string | false;
  /** Where servers and backups are located; the ward requires Japan. */
  dataLocation: string;
  logLevel: string;
  seedDemo: boolean;
  /** Serve built clients from these folders (absent folders are skipped). */
  memberClientDir: string;
  adminClientDir: string;
  /** argon2id cost; the minimum is 19 MiB, t=2 (OWASP). */
  argon2MemoryKiB: number;
  argon2TimeCost: number;
  loginMaxFailuresPerAccount: number;
  loginLockoutSeconds: number;
  loginMaxFailuresPerIp: number;
  loginIpWindowSeconds: number;
  /** Days an applicant has to take or decline an offered seat. */
  offerResponseDays: number;
  /** How often each instance sends queued mail and expires lapsed offers (0 = never, e.g. in tests). */
  backgroundIntervalMs: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer >= ${min}`);
  return value;
}

const repoRoot = path.resolve(__dirname, '..', '..');

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
    privacyNoticeVersion: env.PRIVACY_NOTICE_VERSION ?? '2026-04',
    trustProxy: trustProxyRaw === '' || trustProxyRaw === 'false' ? false : trustProxyRaw,
    dataLocation: env.DATA_LOCATION ?? 'JP',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !databaseUrl && nodeEnv !== 'production',
    memberClientDir: path.resolve(env.MEMBER_CLIENT_DIR ?? path.join(repoRoot, 'member-client', 'dist')),
    adminClientDir: path.resolve(env.ADMIN_CLIENT_DIR ?? path.join(repoRoot, 'admin-client', 'dist')),
    argon2MemoryKiB: Math.max(int(env, 'ARGON2_MEMORY_KIB', 19456), 19456),
    argon2TimeCost: Math.max(int(env, 'ARGON2_TIME_COST', 2), 2),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1),
    loginLockoutSeconds: int(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 50, 1),
    loginIpWindowSeconds: int(env, 'LOGIN_IP_WINDOW_SECONDS', 900, 1),
    offerResponseDays: int(env, 'OFFER_RESPONSE_DAYS', 14, 1),
    backgroundIntervalMs: int(env, 'BACKGROUND_INTERVAL_MS', nodeEnv === 'test' ? 0 : 30_000),
  };
}

/** A development-only secret kept beside the embedded database, so sessions survive restarts. */
function devSecret(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'dev-jwt-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(48).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}
