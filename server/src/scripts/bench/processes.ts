// The processes of the HTTP benches: a server started as in production in a process of its own,
// and autocannon in a third (load.ts), so that neither shares a core's event loop with the other.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../../db/scratch-database';
import type { LoadJob, LoadResult } from './load';

let jobFile = '';

/** Where load jobs are written: a list of tokens is too long for a command line. */
export function useJobFile(file: string): void {
  jobFile = file;
}

/**
 * A bench's servers' setting: a data directory of its own (with the load generator's job file),
 * a scratch MySQL database when DATABASE_URL is set, and the production environment the servers
 * start with. The caller drops the database and removes the directory at the end.
 */
export async function benchEnvironment(name: string, extra: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cp-bench-${name}-`));
  useJobFile(path.join(dataDir, 'load-job.json'));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, `cp_bench_${name}`) : null;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    BACKGROUND_INTERVAL_MS: '0',
    ...extra,
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  };
  return { dataDir, scratch, env };
}

export function load(job: LoadJob): Promise<LoadResult> {
  fs.writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'load.js'), jobFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load generator exited ${code}`))));
  });
}

/** Starts `script` on `port` and waits until it answers `probe` (a GraphQL request body). */
export async function startServer(script: string, env: Record<string, string>, port: number, probe: string, nodeArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, script], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe });
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`${script} did not start`);
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface Comparison {
  A: { rps: number; p50: number; p99: number; failed: number };
  B: { rps: number; p50: number; p99: number; failed: number };
  ratio: number;
  min: number;
  max: number;
}

/**
 * Saturated throughput of A (GraphQL) and B (baseline) on the same job, alternating AB BA AB…
 * so that the machine's drift falls on both; the ratio is A / B per round, its median and spread.
 */
export async function compare(urls: { A: string; B: string }, job: (run: number) => Omit<LoadJob, 'url'>, rounds: number): Promise<Comparison> {
  const results: Record<'A' | 'B', LoadResult[]> = { A: [], B: [] };
  let run = 0;
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      results[side].push(await load({ url: urls[side], ...job(run++) }));
    }
  }
  const ratios = results.A.map((a, i) => a.rps / results.B[i].rps);
  const summary = (rs: LoadResult[]) => ({
    rps: median(rs.map((r) => r.rps)),
    p50: median(rs.map((r) => r.p50)),
    p99: median(rs.map((r) => r.p99)),
    failed: rs.reduce((n, r) => n + r.errors, 0),
  });
  return { A: summary(results.A), B: summary(results.B), ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}
