import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const root = path.resolve(__dirname, '..', '..');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const DEMO = {
  admin: { loginId: 'S00000001', password: 'demo-admin-2026' },
  staff: { loginId: 'S00000002', password: 'demo-staff-2026' },
  greenery: { loginId: 'S00000003', password: 'demo-green-2026' },
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A mail the server sent, as the local SMTP server received it (decoded). */
export interface CapturedMail {
  /** Envelope recipients and the To: header's addresses, lower-cased. */
  to: string[];
  subject: string;
  text: string;
}

export interface MailWait {
  /** Only mail received after this many mails in all (take `e.mails.length` before the action). */
  after?: number;
  timeoutMs?: number;
}

export interface E2E {
  url: string;
  browser: Browser;
  /** A new page in its own context, in Japanese and Tokyo time; a phone (390 px) unless a width is given. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<any>;
  /** Every mail sent so far, oldest first (empty when `env.SMTP_URL` sends it elsewhere). */
  mails: CapturedMail[];
  /** Waits for a mail to `to` that `match` accepts (default: any). */
  waitForMail(to: string, match?: (mail: CapturedMail) => boolean, options?: MailWait): Promise<CapturedMail>;
  /**
   * Waits for a mail to `to` carrying a link to `path` (e.g. "/confirm-email") and returns the
   * link on this server's URL (the mail names the configured public URL), token fragment included.
   */
  mailLink(to: string, path: string, options?: MailWait): Promise<string>;
  /** A member registered through the API confirms the address via the mailed link; returns the login ID. */
  confirmRegistration(email: string, options?: MailWait): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server, e.g. { BACKGROUND_INTERVAL_MS: '200' }; SMTP_URL replaces the mail capture. */
  env?: Record<string, string>;
}

/** A local SMTP server that keeps every mail it receives, decoded. */
async function startMailCapture(mails: CapturedMail[]): Promise<{ port: number; close(): Promise<void> }> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            const toList = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
            const to = [...session.envelope.rcptTo.map((r) => r.address), ...toList.flatMap((a) => a.value.map((v) => v.address ?? ''))];
            mails.push({ to: [...new Set(to.filter(Boolean).map((a) => a.toLowerCase()))], subject: mail.subject ?? '', text: mail.text ?? '' });
            callback();
          },
          (error) => callback(error),
        );
      });
    },
  });
  const port = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as net.AddressInfo).port)));
  return { port, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The built server on a fresh embedded database with the demo seed, as `npm start` runs it. */
export async function startE2E(options: StartOptions = {}): Promise<E2E> {
  const main = path.join(root, 'server', 'dist', 'main.js');
  for (const built of [main, path.join(root, 'member-client/dist/index.html'), path.join(root, 'admin-client/dist/index.html')]) {
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: run "npm run build" (npm run test:e2e does)`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-e2e-'));
  const port = await freePort();
  // Mail goes to a local SMTP server, so tests can follow the links it carries.
  const mails: CapturedMail[] = [];
  const capture = options.env?.SMTP_URL ? null : await startMailCapture(mails);
  const server: ChildProcess = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      ...(capture ? { SMTP_URL: `smtp://127.0.0.1:${capture.port}` } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  // Whatever fails from here on, the server and the mail capture must not outlive the suite.
  const cleanUp = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    await capture?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let browser: Browser;
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch {
        /* not yet listening */
      }
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  async function waitForMail(to: string, match: (mail: CapturedMail) => boolean = () => true, { after = 0, timeoutMs = 20_000 }: MailWait = {}) {
    const address = to.toLowerCase();
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = mails.slice(after).find((m) => m.to.includes(address) && match(m));
      if (found) return found;
      if (Date.now() > until) {
        const seen = mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('\n  ');
        throw new Error(`no mail to ${to} within ${timeoutMs} ms; received:\n  ${seen || '(none)'}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const linkPattern = (p: string) => new RegExp(`https?://[^\\s/]+${escapeRegExp(p)}#[A-Za-z0-9_~.%-]+`);
  async function mailLink(to: string, linkPath: string, wait?: MailWait): Promise<string> {
    const pattern = linkPattern(linkPath);
    const mail = await waitForMail(to, (m) => pattern.test(m.text), wait);
    const link = new URL(mail.text.match(pattern)![0]);
    return `${url}${link.pathname}${link.hash}`;
  }
  async function gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  }
  return {
    url,
    browser,
    mails,
    waitForMail,
    mailLink,
    async confirmRegistration(email, wait) {
      const token = new URL(await mailLink(email, '/confirm-email', wait)).hash.slice(1);
      const res = await gql('mutation($t: String!) { confirmEmail(token: $t) { loginId kind } }', { t: token });
      if (!res.data?.confirmEmail) throw new Error(`confirmEmail failed: ${JSON.stringify(res.errors)}`);
      return res.data.confirmEmail.loginId;
    },
    async newPage({ width = 390, height = width >= 1000 ? 900 : 844 } = {}) {
      const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width, height } });
      return context.newPage();
    },
    gql,
    async stop() {
      await browser.close();
      await cleanUp();
    },
  };
}

/** axe-core on the current page; returns violations as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Dialogs and toasts fade in: measure colour contrast once they have arrived (spinners run forever, so they are left out).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }
    ).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** The two widths every page is tried at: a desktop and a phone. */
export const WIDTHS = [1280, 390] as const;

/**
 * Visible text on the page that reads as an English sentence: two or more Latin words with no
 * Japanese in the same text node. Codes (login IDs, application codes, hashes), numbers, e-mail
 * addresses and the language switch (marked lang="en") are allowed.
 */
export async function englishSentences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[lang="en"], script, style, code, kbd, samp, [data-allow-latin]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      const text = (node.textContent ?? '').trim();
      if (!text || japanese.test(text)) continue;
      // Drop things that are not words: e-mail addresses, URLs, codes with digits, hex.
      const words = text.split(/\s+/).filter((w) => !/[@\d/:#_]/.test(w) && /^[A-Za-z][A-Za-z'’.,!?;()-]*$/.test(w) && w.replace(/[^A-Za-z]/g, '').length > 1);
      if (words.length >= 2) found.push(text.slice(0, 120));
    }
    return found;
  });
}

/** How far the page is wider than the viewport, in CSS pixels (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}
