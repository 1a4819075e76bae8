/** Helpers for the account tests (accounts-security, accounts-mail): raw requests, TOTP, QR codes, staff accounts, a second instance. */
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import jsQR from 'jsqr';
import { generateSync } from 'otplib';
import { createApp, type App } from '../../server/src/app';
import type { GqlResult, TestServer } from './server';

export const sha256hex = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RawResult {
  status: number;
  /** The response body exactly as sent. */
  text: string;
  headers: Headers;
  json: any;
}

/** A POST to /graphql, keeping the body text (for "the same answer, byte for byte"). */
export async function rawGql(url: string, query: string, variables: Record<string, unknown> = {}, options: { token?: string; ip?: string } = {}): Promise<RawResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, text, headers: res.headers, json };
}

export const asGql = (raw: RawResult): GqlResult => ({ status: raw.status, data: raw.json?.data, errors: raw.json?.errors, headers: raw.headers });

export function messageKey(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.messageKey;
}

export function errorCode(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export function fieldsOf(res: GqlResult): string[] {
  return (res.errors ?? []).flatMap((e) => (e.extensions?.fieldErrors ?? []).map((f: { field: string }) => f.field));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------
// TOTP
// ---------------------------------------------------------------------------

/**
 * TOTP codes for secrets the tests enrolled themselves, computed with otplib. The server takes
 * a step once per account (and the one either side of now), so each code comes from a step
 * later than the last one handed out for that secret; it waits for the next step if it must.
 */
export class TotpDevice {
  private last = -Infinity;

  constructor(
    readonly secret: string,
    private readonly period: number,
  ) {}

  private current(): number {
    return Math.floor(Date.now() / 1000 / this.period);
  }

  /** The code of a given step (no bookkeeping). */
  codeAt(step: number): string {
    return generateSync({ secret: this.secret, epoch: step * this.period, period: this.period });
  }

  /** A code this server has not accepted yet. */
  async next(): Promise<string> {
    let step = Math.max(this.current(), this.last + 1);
    if (step > this.current() + 1) {
      await sleep((step - 1) * this.period * 1000 - Date.now() + 50);
      step = Math.max(this.current(), step);
    }
    this.last = step;
    return this.codeAt(step);
  }

  /** Six digits that match none of the steps the server could accept now. */
  wrong(): string {
    const now = this.current();
    const near = new Set([-2, -1, 0, 1, 2].map((d) => this.codeAt(now + d)));
    for (let n = 0; ; n++) {
      const candidate = String((123456 + n * 7919) % 1_000_000).padStart(6, '0');
      if (!near.has(candidate)) return candidate;
    }
  }
}

// ---------------------------------------------------------------------------
// QR codes
// ---------------------------------------------------------------------------

interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}
// pngjs comes with qrcode (the server's QR encoder) and has no type declarations of its own.
const { PNG } = createRequire(__filename)('pngjs') as { PNG: { sync: { read(buffer: Buffer): DecodedPng } } };

/** Decodes a `data:image/png;base64,…` QR code and returns the text it holds. */
export function decodeQrDataUrl(dataUrl: string): string | null {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) throw new Error(`not a PNG data URL: ${dataUrl.slice(0, 40)}…`);
  const png = PNG.sync.read(Buffer.from(match[1], 'base64'));
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return code?.data ?? null;
}

// ---------------------------------------------------------------------------
// Staff accounts
// ---------------------------------------------------------------------------

export const CREATE_STAFF = 'mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { account { id loginId role passwordExpiresAt } temporaryPassword } }';
export const LOGIN =
  'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken refreshToken expiresIn account { id loginId pendingActions } secondFactor { token methods expiresIn } } }';
export const SECOND_FACTOR =
  'mutation($t: String!, $m: SecondFactorMethod!, $c: String!) { loginSecondFactor(token: $t, method: $m, code: $c) { accessToken refreshToken account { id loginId pendingActions } secondFactor { token } } }';
export const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
export const START_TOTP = 'mutation { startTotpEnrolment { secret otpauthUri qrCodeDataUrl } }';
export const CONFIRM_TOTP = 'mutation($c: String!) { confirmTotpEnrolment(code: $c) { codes } }';

export interface NewStaff {
  id: string;
  loginId: string;
  email: string;
  role: string;
  temporaryPassword: string;
  passwordExpiresAt: string | null;
}

let staffSeq = 0;

/** createStaffAccount as the given administrator; contractor staff go to the fixture's contractor (loopback allowed) unless told otherwise. */
export async function createStaff(t: TestServer, adminToken: string, role: string, contractorId?: string): Promise<NewStaff> {
  const email = `staff${++staffSeq}.${crypto.randomBytes(3).toString('hex')}@example.jp`;
  const input: Record<string, unknown> = { name: '試験 職員', nameKana: 'シケン ショクイン', email, role };
  if (role === 'CONTRACTOR_STAFF') input.contractorId = contractorId ?? '1';
  const res = await t.gql(CREATE_STAFF, { input }, { token: adminToken });
  if (res.errors) throw new Error(`createStaffAccount failed: ${JSON.stringify(res.errors)}`);
  const { account, temporaryPassword } = res.data.createStaffAccount;
  return { id: account.id, loginId: account.loginId, email, role: account.role, temporaryPassword, passwordExpiresAt: account.passwordExpiresAt };
}

export interface EnrolledStaff extends NewStaff {
  password: string;
  device: TotpDevice;
  recoveryCodes: string[];
  /** The session that enrolled. */
  token: string;
}

/** A new staff member through the whole first login: temporary password, new password, TOTP. */
export async function enrolledStaff(t: TestServer, adminToken: string, role: string, ip?: string): Promise<EnrolledStaff> {
  const staff = await createStaff(t, adminToken, role);
  const first = await t.gql(LOGIN, { i: staff.loginId, p: staff.temporaryPassword }, { ip });
  if (first.errors) throw new Error(`first login failed: ${JSON.stringify(first.errors)}`);
  const token = first.data.login.accessToken;
  const password = `new passphrase ${crypto.randomBytes(4).toString('hex')}`;
  const changed = await t.gql(CHANGE_PASSWORD, { c: staff.temporaryPassword, n: password }, { token, ip });
  if (changed.errors) throw new Error(`changePassword failed: ${JSON.stringify(changed.errors)}`);
  const started = await t.gql(START_TOTP, {}, { token, ip });
  if (started.errors) throw new Error(`startTotpEnrolment failed: ${JSON.stringify(started.errors)}`);
  const device = new TotpDevice(started.data.startTotpEnrolment.secret, t.config.totpPeriodSeconds);
  const confirmed = await t.gql(CONFIRM_TOTP, { c: await device.next() }, { token, ip });
  if (confirmed.errors) throw new Error(`confirmTotpEnrolment failed: ${JSON.stringify(confirmed.errors)}`);
  return { ...staff, password, device, recoveryCodes: confirmed.data.confirmTotpEnrolment.codes, token };
}

/** Both login steps for an enrolled account; returns the second step's payload. */
export async function loginWithTotp(t: TestServer, loginId: string, password: string, device: TotpDevice, ip?: string): Promise<any> {
  const first = await t.gql(LOGIN, { i: loginId, p: password }, { ip });
  if (first.errors) throw new Error(`login failed: ${JSON.stringify(first.errors)}`);
  const second = await t.gql(SECOND_FACTOR, { t: first.data.login.secondFactor.token, m: 'TOTP', c: await device.next() }, { ip });
  if (second.errors) throw new Error(`second factor failed: ${JSON.stringify(second.errors)}`);
  return second.data.loginSecondFactor;
}

// ---------------------------------------------------------------------------
// A second instance on the same database
// ---------------------------------------------------------------------------

export interface Instance {
  app: App;
  url: string;
  close(): Promise<void>;
}

/**
 * Another server instance on the test server's database, as behind a load balancer: the same
 * configuration (on SQLite, the same DATA_DIR and so the same file; on MySQL/MariaDB the same
 * scratch database), its own connections. No migrations: the first instance ran them.
 */
export async function anotherInstance(t: TestServer): Promise<Instance> {
  const app = await createApp(t.config);
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    },
  };
}
