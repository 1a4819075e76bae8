import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * `npm run verify-audit` on the real path (issue 13): the built server writes audit rows, the
 * built command walks the chain and says OK; after a row is edited in SQL it names that row and
 * exits 1. (tests/audit-chain.test.ts covers the chain itself on SQLite and MariaDB; this file
 * runs in the post-build suite because it starts server/dist.)
 */
const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'server', 'dist', 'main.js');
const VERIFY = path.join(ROOT, 'server', 'dist', 'scripts', 'verify-audit.js');

let dataDir: string;
const env = () => ({ PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'v'.repeat(48), DATA_DIR: dataDir, SEED_DEMO: 'false' });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-verify-audit-'));
  const port = await freePort();
  const server = spawn(process.execPath, [MAIN], {
    env: { ...env(), PORT: String(port), MEMBER_CLIENT_DIR: path.join(dataDir, 'none'), ADMIN_CLIENT_DIR: path.join(dataDir, 'none') },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      await new Promise((r) => setTimeout(r, 200));
      up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    }
    expect(up).toBe(true);
    // Failed logins: each is an audit row.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(identifier: "NOBODY${i}", password: "not the password") { accessToken } }` }),
      });
      expect(res.status).toBeLessThan(500);
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}, 60_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const verify = () => spawnSync(process.execPath, [VERIFY], { encoding: 'utf8', env: env() });

test('the built command says OK on the log the built server wrote, and names an edited row', () => {
  const db = new Database(path.join(dataDir, 'college-portal.sqlite'));
  try {
    const rows = db.prepare('SELECT id, action FROM audit_log ORDER BY id').all() as Array<{ id: number; action: string }>;
    expect(rows.filter((r) => r.action === 'login.failure').length).toBeGreaterThanOrEqual(3);
    const good = verify();
    expect(good.stdout).toBe(`checked ${rows.length} rows: OK\n`);
    expect(good.status).toBe(0);

    const target = rows[Math.floor(rows.length / 2)];
    db.prepare('UPDATE audit_log SET action = ? WHERE id = ?').run('login.success', target.id);
    const bad = verify();
    expect(bad.stdout).toMatch(new RegExp(`^checked \\d+ rows: BROKEN at row ${target.id}: content changed`));
    expect(bad.status).toBe(1);
  } finally {
    db.close();
  }
});
