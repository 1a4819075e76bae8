import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig, type Config } from '../../server/src/config';
import { createScratchDatabase } from '../../server/src/db/scratch-database';
import { StatementCounter } from '../../server/src/db/statement-counter';
import { createApp, type App } from '../../server/src/app';
import type { AppLogger } from '../../server/src/core/logger';
import { seedDemo, type DemoCredential } from '../../server/src/db/demo-seed';
import { Role } from '../../server/src/modules/permissions';
import { seedFixture } from './fixture';
import { simpleParser } from 'mailparser';
import { generateSync } from 'otplib';
import { demoTotpSecret } from '../../server/src/core/auth/demo-totp';

export { StatementCounter };

/** A mail the server wrote (no SMTP_URL: data/mail/*.eml), decoded. */
export interface WrittenMail {
  to: string;
  subject: string;
  text: string;
  /** The first link in the body, if any. */
  link: string | null;
}

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions: Record<string, any> }>;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  /** Sent as X-Forwarded-For; the test server trusts loopback proxies. */
  ip?: string;
}

export interface TestServer {
  url: string;
  config: Config;
  app: App;
  sql: StatementCounter;
  credentials: Record<'admin' | 'staff' | 'greenery', DemoCredential>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<GqlResult<T>>;
  /** Logs in; for an account with TOTP (seeded staff: the demo secret) it answers the second step too. */
  login(identifier: string, password: string, ip?: string): Promise<{ accessToken: string; refreshToken: string; account: any }>;
  /** A TOTP code for a seeded staff account that this server has not accepted yet (waits for the next step if it must). */
  totpCode(loginId: string, secret?: string): Promise<string>;
  /** Mail written so far (sends what the outbox holds first), oldest first; optionally only to one address. */
  mails(to?: string): Promise<WrittenMail[]>;
  /** Waits until the mail started by earlier answers has run, so statement counts see only the request measured. */
  settle(): Promise<void>;
  /** The one-time token in the newest mail to this address (the part after '#'). */
  mailedToken(to: string): Promise<string>;
  /** Access tokens for the seeded staff accounts. */
  tokenFor(who: 'admin' | 'staff' | 'greenery'): Promise<string>;
  registerMember(overrides?: Record<string, unknown>): Promise<{ loginId: string; email: string; password: string; token: string }>;
  close(): Promise<void>;
}

/**
 * What a test server starts with:
 * - `'fixture'` (the default, also `true`): the tests' own fixture (tests/helpers/fixture.ts): five courses with
 *   one open cohort each (ids 1…5), the greenery contractor and the three staff accounts;
 * - `'demo'`: the demo seed (server/src/db/demo-seed.ts), which adds a drawn, announced lottery with twelve members;
 * - `false`: nothing but what the migrations insert (the five fields).
 */
export type TestSeed = 'fixture' | 'demo' | boolean;

/**
 * Password hashing cost. `'cheap'` (the default) is argon2id at m=1024 KiB, t=1, which config.ts
 * allows only under NODE_ENV=test, so that tests which log in a lot stay fast. `'production'` keeps
 * the configured defaults (the OWASP minimums, m=19456, t=2): for tests about the hash parameters.
 * ARGON2_* values in `env` win over either.
 */
export type TestHashing = 'cheap' | 'production';

/** Retention periods far beyond the years a test's moved clock jumps (runAll also runs the retention purge). */
export const RETENTION_BEYOND_THESE_TESTS: Readonly<Record<string, string>> = {
  RETENTION_FOLLOW_UP_YEARS: '50',
  RETENTION_INACTIVE_ACCOUNT_YEARS: '50',
  RETENTION_NOT_ENROLLED_MONTHS: '600',
};

/** The cheap argon2id settings the harness uses by default (see TestHashing). */
export const CHEAP_HASHING_ENV: Readonly<Record<string, string>> = { ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' };

export interface TestServerOptions {
  env?: Record<string, string>;
  seed?: TestSeed;
  hashing?: TestHashing;
  /** e.g. a pino logger writing into a buffer */
  logger?: AppLogger;
}

/** A real server on a fresh database (SQLite file, or a new MySQL database), migrated and seeded with the test fixture (see TestSeed). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-test-'));
  const mysqlDb = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, `cp_t_${process.pid}`) : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: 'silent',
    ...(mysqlDb ? { DATABASE_URL: mysqlDb.url } : {}),
    MEMBER_CLIENT_DIR: path.join(dataDir, 'no-client'),
    ADMIN_CLIENT_DIR: path.join(dataDir, 'no-client'),
    ...(options.hashing === 'production' ? {} : CHEAP_HASHING_ENV),
    // Tests register and recover from one address; throttling tests set their own limits.
    MAIL_REQUESTS_PER_IP_PER_HOUR: '100000',
    // A short TOTP step, so a test can log the same staff account in again soon (a code is good once).
    TOTP_PERIOD_SECONDS: '2',
    ...options.env,
  });
  const sql = new StatementCounter();
  const app = await createApp(config, { sqlLogger: sql, logger: options.logger });
  await app.dataSource.runMigrations({ transaction: 'each' });
  const seed = options.seed ?? 'fixture';
  const creds = seed === false ? [] : seed === 'demo' ? await seedDemo(app) : await seedFixture(app);
  const credentials = {
    admin: creds.find((c) => c.role === Role.WARD_ADMIN)!,
    staff: creds.find((c) => c.role === Role.WARD_STAFF)!,
    greenery: creds.find((c) => c.role === Role.CONTRACTOR_STAFF)!,
  };
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, call: CallOptions = {}): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.ip) headers['x-forwarded-for'] = call.ip;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };

  const tokens = new Map<string, string>();
  const lastStep = new Map<string, number>();
  const totpCode: TestServer['totpCode'] = async (loginId, secret) => {
    const period = config.totpPeriodSeconds;
    const current = () => Math.floor(Date.now() / 1000 / period);
    // The server takes the step before, this one and the next, each once per account. Never the
    // step before: the server may already be one step further when the request arrives.
    let step = Math.max(current(), (lastStep.get(loginId) ?? -Infinity) + 1);
    if (step > current() + 1) {
      await new Promise((r) => setTimeout(r, (step - 1) * period * 1000 - Date.now() + 50));
      step = Math.max(current(), step);
    }
    lastStep.set(loginId, step);
    return generateSync({ secret: secret ?? demoTotpSecret(loginId), epoch: step * period, period });
  };
  const LOGIN_FIELDS = 'accessToken refreshToken account { id loginId role } secondFactor { token methods }';
  const login: TestServer['login'] = async (identifier, password, ip) => {
    const res = await gql<any>(`mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { ${LOGIN_FIELDS} } }`, { i: identifier, p: password }, { ip });
    if (res.errors) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    if (!res.data.login.secondFactor) return res.data.login;
    const [row] = await app.dataSource.query('SELECT loginId FROM account WHERE loginId = ? OR email = ?', [identifier.trim().toUpperCase(), identifier.trim().toLowerCase()]);
    const second = await gql<any>(
      `mutation($t: String!, $c: String!) { loginSecondFactor(token: $t, method: TOTP, code: $c) { ${LOGIN_FIELDS} } }`,
      { t: res.data.login.secondFactor.token, c: await totpCode(row.loginId) },
      { ip },
    );
    if (second.errors) {
      const [state] = await app.dataSource.query('SELECT lockedUntil, totpLastStep, failedLoginCount FROM account WHERE loginId = ?', [row.loginId]);
      throw new Error(
        `second factor failed: ${JSON.stringify(second.errors)} ${JSON.stringify(state)} step ${lastStep.get(row.loginId)} now ${Math.floor(Date.now() / 1000 / config.totpPeriodSeconds)}`,
      );
    }
    return second.data.loginSecondFactor;
  };
  const settle: TestServer['settle'] = async () => {
    await app.services.recovery.settled();
    // A wake timer set by an earlier mutation (mailer.ts, 50 ms) expires before this one, so its run has begun.
    await new Promise((resolve) => setTimeout(resolve, 120));
    await app.services.mailer.dispatch();
  };
  const parsedMail = new Map<string, WrittenMail>();
  const mails: TestServer['mails'] = async (to) => {
    // Recovery mail is queued just after the answer (account-recovery.service.ts).
    await app.services.recovery.settled();
    // Twice: a run a wake timer began before the last rows were committed may end without them
    // (concurrent calls share that run); the second call is a run of its own, begun after it.
    await app.services.mailer.dispatch();
    await app.services.mailer.dispatch();
    const dir = path.join(dataDir, 'mail');
    if (!fs.existsSync(dir)) return [];
    const all: WrittenMail[] = [];
    for (const file of fs.readdirSync(dir).sort()) {
      if (!parsedMail.has(file)) {
        const parsed = await simpleParser(fs.readFileSync(path.join(dir, file)));
        const address = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
        const text = parsed.text ?? '';
        parsedMail.set(file, { to: address ?? '', subject: parsed.subject ?? '', text, link: /https?:\/\/\S+/.exec(text)?.[0] ?? null });
      }
      all.push(parsedMail.get(file)!);
    }
    return to ? all.filter((m) => m.to.toLowerCase() === to.toLowerCase()) : all;
  };
  const mailedToken: TestServer['mailedToken'] = async (to) => {
    const withLink = (await mails(to)).filter((m) => m.link?.includes('#'));
    const last = withLink[withLink.length - 1];
    if (!last) throw new Error(`no mail with a link to ${to}`);
    return last.link!.split('#')[1];
  };

  let memberSeq = 0;
  return {
    url,
    config,
    app,
    sql,
    credentials,
    gql,
    login,
    totpCode,
    mails,
    settle,
    mailedToken,
    async tokenFor(who) {
      if (!tokens.has(who)) tokens.set(who, (await login(credentials[who].loginId, credentials[who].password)).accessToken);
      return tokens.get(who)!;
    },
    async registerMember(overrides = {}) {
      memberSeq++;
      const email = `member${memberSeq}.${crypto.randomBytes(3).toString('hex')}@example.jp`;
      const password = 'correct horse battery';
      const input = {
        name: '練馬 花子',
        nameKana: 'ネリマ ハナコ',
        email,
        phone: '03-1234-5678',
        residency: 'RESIDENT',
        address: '東京都練馬区豊玉北6-12-1',
        password,
        privacyNoticeVersion: config.privacyNoticeVersion,
        acceptPrivacyNotice: true,
        ...overrides,
      };
      const res = await gql<any>('mutation($input: RegisterInput!) { register(input: $input) }', { input });
      if (res.errors) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
      // The address is confirmed by the link in the mail, as a member would; the login ID is shown then.
      const confirmed = await gql<any>('mutation($t: String!) { confirmEmail(token: $t) { loginId } }', { t: await mailedToken(input.email as string) });
      if (confirmed.errors) throw new Error(`confirmEmail failed: ${JSON.stringify(confirmed.errors)}`);
      const loginId = confirmed.data.confirmEmail.loginId;
      const token = (await login(loginId, password)).accessToken;
      return { loginId, email: input.email as string, password, token };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await mysqlDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function codes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
