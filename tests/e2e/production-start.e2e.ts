import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Data residency on the real path (issue 13): the built server, started as in production, refuses
 * to start when the database, the backups or the mail relay is outside Japan, and says which
 * setting; with every location in Japan the same command starts and answers /healthz with them.
 * It runs in the post-build suite because it starts server/dist/main.js.
 */
const MAIN = path.join(__dirname, '..', '..', 'server', 'dist', 'main.js');

function start(env: Record<string, string>): { exit: Promise<{ code: number | null; stderr: string; stdout: string }>; kill: () => void } {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdout.on('data', (d) => (stdout += String(d)));
  const exit = new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr, stdout })));
  return { exit, kill: () => child.kill('SIGTERM') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const production = (dataDir: string, port: number) => ({
  NODE_ENV: 'production',
  JWT_SECRET: 'p'.repeat(48),
  DATA_DIR: dataDir,
  PORT: String(port),
  LOG_LEVEL: 'warn',
  MEMBER_CLIENT_DIR: path.join(dataDir, 'none'),
  ADMIN_CLIENT_DIR: path.join(dataDir, 'none'),
});

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-production-start-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test.each([
  ['DATABASE_LOCATION', 'us-east-1'],
  ['BACKUP_LOCATION', 'ap-northeast-2'],
  ['MAIL_RELAY_LOCATION', 'eu-west-1'],
])('production start is refused with %s=%s, naming the setting', async (setting, value) => {
  const run = start({ ...production(dataDir, await freePort()), DATABASE_LOCATION: 'JP', BACKUP_LOCATION: 'ap-northeast-1', MAIL_RELAY_LOCATION: 'japaneast', [setting]: value });
  const timer = setTimeout(run.kill, 20_000);
  const { code, stderr } = await run.exit;
  clearTimeout(timer);
  expect(code).toBe(1);
  expect(stderr).toContain('College Portal failed to start');
  expect(stderr).toContain(`${setting} is ${value}`);
});

test('with every location in Japan the same start succeeds and /healthz names them', async () => {
  const port = await freePort();
  const run = start({ ...production(dataDir, port), DATABASE_LOCATION: 'ap-northeast-1', BACKUP_LOCATION: 'ap-northeast-3', MAIL_RELAY_LOCATION: 'JP' });
  try {
    let health: any = null;
    for (let i = 0; i < 100 && !health; i++) {
      await new Promise((r) => setTimeout(r, 200));
      health = await fetch(`http://127.0.0.1:${port}/healthz`)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null);
    }
    expect(health).toMatchObject({ status: 'ok', residency: { database: 'ap-northeast-1', backups: 'ap-northeast-3', mailRelay: 'JP' } });
  } finally {
    run.kill();
    await run.exit;
  }
});
