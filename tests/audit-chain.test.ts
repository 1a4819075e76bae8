import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from './helpers/server';
import { ok } from './helpers/intake';
import { onMysql, secondInstance, type Instance } from './helpers/races';
import { AuditChainHead, AuditEntry, verifyAuditChain } from '../server/src/modules/audit';
import { chainHash, GENESIS_HASH } from '../server/src/modules/audit/audit-chain';
import { AuditChain1764900000600 } from '../server/src/modules/audit/migrations/1764900000600-AuditChain';

/**
 * The tamper-evident audit log: every row's hash covers its content and the row before, so an
 * edit, a removed row or a changed ip is found at that row, while an erased (NULL) ip is not
 * an edit; appends from two instances form one chain; `npm run verify-audit` says so too.
 */
let t: TestServer;
let admin: string;
let memberEmail: string;

const SEARCH = `query($s: String!) { members(search: $s, limit: 5) { total items { id name email } } }`;

const sql = (query: string, params: unknown[] = []) => t.app.dataSource.query(query, params);
const verify = () => verifyAuditChain(t.app.dataSource, { batchSize: 7 });
const count = async () => Number((await sql('SELECT COUNT(*) AS n FROM audit_log'))[0].n);

interface Link {
  id: number;
  prevHash: string | null;
  hash: string | null;
}
const links = async (): Promise<Link[]> =>
  ((await sql('SELECT id, prevHash, hash FROM audit_log ORDER BY id')) as Array<{ id: number | string; prevHash: string | null; hash: string | null }>).map((r) => ({
    id: Number(r.id),
    prevHash: r.prevHash,
    hash: r.hash,
  }));

/** Each row follows the one before; no two rows follow the same row. */
function expectOneChain(rows: Link[]): void {
  expect(rows.length).toBeGreaterThan(0);
  expect(rows[0].prevHash).toBe(GENESIS_HASH);
  for (let i = 1; i < rows.length; i++) expect([rows[i].id, rows[i].prevHash]).toEqual([rows[i].id, rows[i - 1].hash]);
  expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
  expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash ?? ''))).toBe(true);
}

/** A row from the middle of the log (not the first, not the last). */
async function middleRow(): Promise<AuditEntry> {
  const rows = await links();
  expect(rows.length).toBeGreaterThan(4);
  return t.app.dataSource.getRepository(AuditEntry).findOneByOrFail({ id: rows[Math.floor(rows.length / 2)].id });
}

async function nextId(id: number): Promise<number> {
  return Number((await sql('SELECT MIN(id) AS id FROM audit_log WHERE id > ?', [id]))[0].id);
}

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

test('after logins, a failed login and staff reads, the chain verifies and names the number of rows', async () => {
  const member = await t.registerMember();
  memberEmail = member.email;
  const wrong = await t.gql(`mutation($i: String!) { login(identifier: $i, password: "not the password") { accessToken } }`, { i: member.loginId }, { ip: '198.51.100.23' });
  expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  admin = await t.tokenFor('admin');
  const found = await ok(t, SEARCH, { s: memberEmail }, admin);
  expect(found.members.total).toBe(1);

  const actions = new Set((await sql('SELECT action FROM audit_log')).map((r: { action: string }) => r.action));
  expect([...actions]).toEqual(expect.arrayContaining(['login.success', 'login.failure', 'member.search', 'pii.read']));
  const n = await count();
  expect(n).toBeGreaterThanOrEqual(5);
  const report = await verify();
  expect(report).toEqual({ ok: true, checked: n, brokenId: null, problem: null, detail: null, lines: [`checked ${n} rows: OK`] });

  const rows = await links();
  expectOneChain(rows);
  // The head names the last row and its hash.
  const head = await t.app.dataSource.getRepository(AuditChainHead).findOneByOrFail({ id: 1 });
  expect(head).toEqual({ id: 1, lastId: rows[rows.length - 1].id, lastHash: rows[rows.length - 1].hash });
  // The ip is stored as it was, and covered through a salted digest that does not contain it.
  const [failure] = await sql(`SELECT ip, ipDigest FROM audit_log WHERE action = 'login.failure' AND ip = ?`, ['198.51.100.23']);
  expect(failure.ipDigest).toMatch(/^[0-9a-f]{32}:[0-9a-f]{64}$/);
  expect(failure.ipDigest).not.toContain('198.51.100.23');
  // Two rows with the same ip have different digests (a fresh salt each).
  const digests = (await sql('SELECT ipDigest FROM audit_log WHERE ip IS NOT NULL')).map((r: { ipDigest: string }) => r.ipDigest);
  expect(new Set(digests).size).toBe(digests.length);
  // Stored to the second, on both databases, so what is read back gives the same hash.
  const entries = await t.app.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
  expect(entries.every((e) => e.at.getMilliseconds() === 0)).toBe(true);
});

describe('tampering is found at the row', () => {
  test.each(['action', 'reason'] as const)('a row whose %s is edited in SQL fails at exactly that row; put back, it verifies again', async (column) => {
    const row = await middleRow();
    const before = row[column];
    await sql(`UPDATE audit_log SET ${column} = ? WHERE id = ?`, ['forged', row.id]);
    const report = await verify();
    expect(report).toMatchObject({ ok: false, brokenId: row.id, problem: 'content changed' });
    expect(report.lines).toEqual([`checked ${report.checked} rows: BROKEN at row ${row.id}: content changed (the content does not give its hash)`]);
    // The rows before it were checked and found intact.
    expect(report.checked).toBe(Number((await sql('SELECT COUNT(*) AS n FROM audit_log WHERE id < ?', [row.id]))[0].n));
    await sql(`UPDATE audit_log SET ${column} = ? WHERE id = ?`, [before, row.id]);
    expect((await verify()).ok).toBe(true);
  });

  test('a row edited with its hash recomputed fails at the next row: the chain is broken', async () => {
    const row = await middleRow();
    const forged = { ...row, action: 'x.forged' };
    await sql('UPDATE audit_log SET action = ?, hash = ? WHERE id = ?', ['x.forged', chainHash(forged, row.prevHash!), row.id]);
    expect(await verify()).toMatchObject({ ok: false, brokenId: await nextId(row.id), problem: 'chain broken' });
    await sql('UPDATE audit_log SET action = ?, hash = ? WHERE id = ?', [row.action, row.hash, row.id]);
    expect((await verify()).ok).toBe(true);
  });

  test('an ip set to NULL (pseudonymised) still verifies; an ip changed to another fails at that row', async () => {
    const row = await middleRow();
    expect(row.ip).not.toBeNull();
    await sql('UPDATE audit_log SET ip = NULL WHERE id = ?', [row.id]);
    expect(await verify()).toMatchObject({ ok: true, checked: await count() });
    await sql('UPDATE audit_log SET ip = ? WHERE id = ?', ['203.0.113.250', row.id]);
    expect(await verify()).toMatchObject({ ok: false, brokenId: row.id, problem: 'content changed', detail: 'the ip does not match its digest' });
    await sql('UPDATE audit_log SET ip = ? WHERE id = ?', [row.ip, row.id]);
    expect((await verify()).ok).toBe(true);
  });

  test('a row inserted around the audit log (no hash) is named', async () => {
    const row = await middleRow();
    await sql('UPDATE audit_log SET hash = NULL WHERE id = ?', [row.id]);
    expect(await verify()).toMatchObject({ ok: false, brokenId: row.id, problem: 'not chained' });
    await sql('UPDATE audit_log SET hash = ? WHERE id = ?', [row.hash, row.id]);
    expect((await verify()).ok).toBe(true);
  });
});

describe('parallel writers', () => {
  let second: Instance | null = null;
  beforeAll(async () => {
    // On MySQL/MariaDB a second instance with its own pool; the embedded file has one writer.
    if (onMysql) second = await secondInstance(t);
  });
  afterAll(async () => {
    await second?.close();
  });

  test('40 audited requests at once (over two instances on MySQL) form one chain: no fork, no lost row', async () => {
    const urls = second ? [t.url, second.url] : [t.url];
    const before = await count();
    const lastBefore = (await links()).pop()!.id;
    const responses = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const res = await fetch(`${urls[i % urls.length]}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
          body: JSON.stringify({ query: SEARCH, variables: { s: memberEmail } }),
        });
        const body = (await res.json()) as { data?: any; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data.members.total).toBe(1);
        return res.headers.get('x-request-id')!;
      }),
    );
    // Each request wrote its search and its personal read: none was lost.
    const requestIds = new Set(responses);
    expect(requestIds.size).toBe(40);
    const written = (await sql('SELECT requestId, action FROM audit_log WHERE id > ?', [lastBefore])) as Array<{ requestId: string; action: string }>;
    expect(written).toHaveLength(80);
    for (const id of requestIds)
      expect(
        written
          .filter((r) => r.requestId === id)
          .map((r) => r.action)
          .sort(),
      ).toEqual(['member.search', 'pii.read']);
    expect(await count()).toBe(before + 80);

    const rows = await links();
    expectOneChain(rows);
    expect(await verify()).toMatchObject({ ok: true, checked: rows.length });
  });
});

describe('npm run verify-audit', () => {
  const script = path.join(__dirname, '..', 'server', 'dist', 'scripts', 'verify-audit.js');
  const sources = ['server/src/scripts/verify-audit.ts', 'server/src/modules/audit/audit-chain.ts', 'server/src/modules/audit/audit-entry.entity.ts'].map((f) =>
    path.join(__dirname, '..', f),
  );
  // The command runs from the built server; without a build at least as new as these sources there is nothing to run.
  const built = fs.existsSync(script) && sources.every((f) => fs.statSync(f).mtimeMs <= fs.statSync(script).mtimeMs);
  const run = () =>
    spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        JWT_SECRET: t.config.jwtSecret,
        DATA_DIR: t.config.dataDir,
        ...(t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl } : {}),
      },
    });

  (built ? test : test.skip)('exits 0 with the row count on an intact log, 1 naming the row after tampering', async () => {
    const n = await count();
    const good = run();
    expect(good.stderr).toBe('');
    expect(good.stdout).toBe(`checked ${n} rows: OK\n`);
    expect(good.status).toBe(0);

    const row = await middleRow();
    await sql('UPDATE audit_log SET action = ? WHERE id = ?', ['x.forged', row.id]);
    try {
      const bad = run();
      expect(bad.stdout).toMatch(new RegExp(`^checked \\d+ rows: BROKEN at row ${row.id}: content changed`));
      expect(bad.status).toBe(1);
    } finally {
      await sql('UPDATE audit_log SET action = ? WHERE id = ?', [row.action, row.id]);
    }
  });
});

describe('removed rows', () => {
  test('a removed middle row breaks the chain at the next row; a removed last row is missed by the head', async () => {
    const repo = t.app.dataSource.getRepository(AuditEntry);
    const middle = await middleRow();
    await repo.delete({ id: middle.id });
    expect(await verify()).toMatchObject({ ok: false, brokenId: await nextId(middle.id), problem: 'chain broken' });
    await repo.insert({ ...middle });
    expect((await verify()).ok).toBe(true);

    const rows = await links();
    const last = await repo.findOneByOrFail({ id: rows[rows.length - 1].id });
    await repo.delete({ id: last.id });
    expect(await verify()).toMatchObject({ ok: false, brokenId: last.id, problem: 'row missing', checked: rows.length - 1 });
    await repo.insert({ ...last });
    expect(await verify()).toMatchObject({ ok: true, checked: rows.length });
  });
});

describe('upgrading a database with an audit log', () => {
  test('the migration chains the rows already there, in id order, and appends continue the chain', async () => {
    const migration = new AuditChain1764900000600();
    const runner = t.app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      // Rows from before the chain, one with milliseconds (SQLite kept them) and one without an ip.
      const at = onMysql ? '2026-01-02 03:04:05' : '2026-01-02 03:04:05.678';
      await runner.query(`INSERT INTO audit_log (at, actorId, actorRole, action, outcome, ip, requestId) VALUES (?, 7, 'ward_staff', 'x.legacy', 'success', '192.0.2.9', 'r1')`, [
        at,
      ]);
      await runner.query(`INSERT INTO audit_log (at, actorId, actorRole, action, outcome, ip, requestId) VALUES (?, NULL, 'anonymous', 'x.legacy', 'failure', NULL, 'r2')`, [at]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const n = await count();
    expectOneChain(await links());
    expect(await verify()).toMatchObject({ ok: true, checked: n });

    await ok(t, SEARCH, { s: memberEmail }, admin);
    expect(await count()).toBe(n + 2);
    expectOneChain(await links());
    expect(await verify()).toMatchObject({ ok: true, checked: n + 2 });
  });
});
