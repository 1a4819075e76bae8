// `npm run bench -- http`: the GraphQL server as in production, in its own process, against a
// minimal baseline (baseline.ts) on the same data, with autocannon in a third process. Each
// scenario alternates A and B three times (AB BA AB); the ratio is GraphQL / baseline with its
// spread over the rounds. Then open-loop latency at 100 req/s and at 70% of each server's own
// saturated rate. SQLite by default; on MySQL/MariaDB when DATABASE_URL is set.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config';
import { createApp } from '../../app';
import { seedBench, staffListVariables, type BenchFixture } from './seed';
import type { LoadResult } from './load';
import { benchEnvironment, load, median, startServer } from './processes';
import operations from './operations.json';

const dist = path.resolve(__dirname, '..', '..');
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

/** Not a client operation: the fixed cost of one request, with no field to resolve. */
const TYPENAME = 'query Typename { __typename }';

const body = (operationName: keyof typeof operations | 'Typename', variables?: Record<string, unknown>) =>
  JSON.stringify({ operationName, query: operationName === 'Typename' ? TYPENAME : operations[operationName], variables: variables ?? {} });

interface Scenario {
  name: string;
  bodies: (round: number) => string[];
  token?: (f: BenchFixture) => string;
  tokens?: (f: BenchFixture) => string[];
  openLoop: boolean;
}

function scenarios(f: BenchFixture, openCohortIds: number[]): Scenario[] {
  return [
    { name: 'fixed cost: { __typename }', bodies: () => [body('Typename')], openLoop: false },
    { name: 'top page (Fields + OpenCohorts + PublicNotices)', bodies: () => [body('Fields'), body('OpenCohorts'), body('PublicNotices')], openLoop: true },
    { name: 'OpenCohorts alone (20 open cohorts)', bodies: () => [body('OpenCohorts')], openLoop: true },
    {
      name: 'my page (MyAccount + UnreadNoticeCount + MyApplications)',
      bodies: () => [body('MyAccount'), body('UnreadNoticeCount'), body('MyApplications')],
      token: (x) => x.member.token,
      openLoop: true,
    },
    {
      name: 'staff: CohortApplications, a page of 100 of 300 applications',
      bodies: () => [body('CohortApplications', staffListVariables(f.bigCohortId))],
      token: (x) => x.staff.token,
      openLoop: true,
    },
    {
      name: 'staff: roster with attendance (ConsoleAttendanceGrid, 40 students × 30 sessions)',
      bodies: () => [body('ConsoleAttendanceGrid', { cohortId: String(f.rosterCohortId) })],
      token: (x) => x.staff.token,
      openLoop: true,
    },
    {
      name: 'mutation: applyToCohort',
      // A cohort of its own for every run, so no member applies twice.
      bodies: (run) => [
        body('ApplyToCohort', {
          input: { cohortId: String(openCohortIds[(run + 1) % openCohortIds.length]), eligibilityBasis: 'RESIDENT', preferredContact: 'EMAIL', emailAlerts: false },
        }),
      ],
      tokens: (x) => x.applicants,
      openLoop: false,
    },
    { name: 'login (argon2id verify)', bodies: () => [body('Login', { identifier: f.member.loginId, password: f.member.password })], openLoop: false },
  ];
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(7);

async function main(): Promise<void> {
  const { dataDir, scratch, env } = await benchEnvironment('http');

  const config = loadConfig(env);
  const seedApp = await createApp(config, {});
  await seedApp.dataSource.runMigrations();
  const fixture = await seedBench(seedApp);
  const openCohortIds = (await seedApp.dataSource.query(`SELECT id FROM cohort WHERE status = 'open' ORDER BY id`)).map((r: { id: number }) => Number(r.id));
  await seedApp.stop();

  const driver = scratch ? 'MySQL/MariaDB' : 'SQLite';
  console.log(`\nHTTP bench — ${driver}, Node ${process.version}, ${os.cpus().length} cores; ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds (AB BA AB)\n`);
  // BENCH_PROFILE=dir writes a CPU profile of the GraphQL server; BENCH_ONLY=text runs the scenarios whose name holds it.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const graphql = await startServer(path.join(dist, 'main.js'), env, 4701, body('Fields'), profile);
  // BENCH_AGAINST=<another build's server/dist/main.js> puts that build in B's place: what a change bought, A/B in one run.
  const against = process.env.BENCH_AGAINST ? path.resolve(process.env.BENCH_AGAINST) : null;
  const baseline = await startServer(against ?? path.join(__dirname, 'baseline-main.js'), env, 4702, body('Fields'));
  if (against) console.log(`B is the build at ${against}, not the baseline\n`);
  const servers = { A: 'http://127.0.0.1:4701', B: 'http://127.0.0.1:4702' } as const;
  let run = 0;
  try {
    console.log('scenario'.padEnd(58) + '   GraphQL req/s  p50  p99 |  baseline req/s  p50  p99 |  ratio (min–max)');
    for (const s of scenarios(fixture, openCohortIds).filter((x) => !process.env.BENCH_ONLY || x.name.includes(process.env.BENCH_ONLY))) {
      const results: Record<'A' | 'B', LoadResult[]> = { A: [], B: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
          results[side].push(
            await load({ url: servers[side], bodies: s.bodies(run++), token: s.token?.(fixture), tokens: s.tokens?.(fixture), connections: CONNECTIONS, seconds: SECONDS }),
          );
        }
      }
      const ratios = results.A.map((a, i) => a.rps / results.B[i].rps);
      const failedA = results.A.reduce((n, r) => n + r.errors, 0);
      const failedB = results.B.reduce((n, r) => n + r.errors, 0);
      const A = { rps: median(results.A.map((r) => r.rps)), p50: median(results.A.map((r) => r.p50)), p99: median(results.A.map((r) => r.p99)) };
      const B = { rps: median(results.B.map((r) => r.rps)), p50: median(results.B.map((r) => r.p50)), p99: median(results.B.map((r) => r.p99)) };
      console.log(
        `${s.name.padEnd(58)} ${fmt(A.rps)} ${fmt(A.p50)} ${fmt(A.p99)} | ${fmt(B.rps)} ${fmt(B.p50)} ${fmt(B.p99)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})${failedA || failedB ? `  failed: GraphQL ${failedA}, baseline ${failedB}` : ''}`,
      );
      if (!s.openLoop) continue;
      const open: string[] = [];
      for (const [label, side, rate] of [
        ['GraphQL @100/s', 'A', 100],
        ['baseline @100/s', 'B', 100],
        ['GraphQL @70%', 'A', Math.max(1, Math.round(A.rps * 0.7))],
        ['baseline @70%', 'B', Math.max(1, Math.round(B.rps * 0.7))],
      ] as const) {
        const r = await load({ url: servers[side], bodies: s.bodies(run++), token: s.token?.(fixture), connections: 50, seconds: SECONDS, rate });
        open.push(`${label} (${rate}/s): p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors ? `, ${r.errors} failed` : ''}`);
      }
      console.log(`   open loop, 50 connections: ${open.join('; ')}`);
    }
    // Saturation with many connections: nothing may fail.
    const r = await load({ url: servers.A, bodies: scenarios(fixture, openCohortIds)[0].bodies(0), connections: 50, seconds: SECONDS });
    console.log(`\nGraphQL at 50 connections, top page: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.errors} failed of ${r.total}`);
  } finally {
    // SIGINT lets the profiled process write its profile on the way out.
    graphql.kill('SIGINT');
    await new Promise((r) => graphql.once('exit', r));
    baseline.kill();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
