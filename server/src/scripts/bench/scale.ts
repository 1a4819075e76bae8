// `npm run bench` (scale part): the ward's scale. SCALE_MEMBERS members (100,000 by default) with
// five years of history (bench/scale/generate.ts), then, over HTTP against the server as in
// production in its own process:
//   1. each report's time, sent as the ward's reporting tool sends it (trusted document, token);
//   2. the canonical pages (the catalogue, my page, a cohort's roster with attendance) against the
//      raw-SQL baseline on the same data, alternating AB BA AB, with the ratio and its spread;
//   3. the SQL statement count of each, counted in process on the same data.
// SQLite by default; on MySQL/MariaDB when DATABASE_URL is set (a scratch database of its own).
process.env.TZ = 'UTC';
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../config';
import { createApp } from '../../app';
import { StatementCounter } from '../../db/statement-counter';
import { Role } from '../../core/auth/roles';
import { REPORT_OPERATIONS, reportDocuments, variablesFor, type ReportOperation } from '../report/api';
import { generateScale, type ScaleFixture } from './scale/generate';
import { sessionToken } from './scale/tokens';
import { benchEnvironment, compare, median, startServer } from './processes';
import operations from './operations.json';

const MEMBERS = Number(process.env.SCALE_MEMBERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const CONNECTIONS = 10;
/** Each report is timed this many times after one warm-up call. */
const REPORT_RUNS = 5;

type Canonical = keyof typeof operations;
const body = (operationName: Canonical, variables: Record<string, unknown> = {}) => JSON.stringify({ operationName, query: operations[operationName], variables });

interface Page {
  name: string;
  bodies: string[];
  token?: string;
}

function pages(f: ScaleFixture, tokens: { member: string; staff: string }): Page[] {
  return [
    { name: 'catalogue, anonymous (Fields + OpenCohorts + PublicNotices)', bodies: [body('Fields'), body('OpenCohorts'), body('PublicNotices')] },
    {
      name: 'my page, member (MyAccount + UnreadNoticeCount + MyApplications)',
      bodies: [body('MyAccount'), body('UnreadNoticeCount'), body('MyApplications')],
      token: tokens.member,
    },
    {
      name: 'roster with attendance, staff (ConsoleAttendanceGrid)',
      bodies: [body('ConsoleAttendanceGrid', { cohortId: String(f.rosterCohortId) })],
      token: tokens.staff,
    },
  ];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(7);

async function post(url: string, text: string, token?: string): Promise<{ status: number; json: { data?: unknown; errors?: Array<{ message: string }> } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: text,
  });
  return { status: res.status, json: (await res.json()) as never };
}

async function answered(url: string, text: string, token?: string): Promise<void> {
  const { status, json } = await post(url, text, token);
  if (status !== 200 || json.errors?.length) throw new Error(`${JSON.parse(text).operationName}: HTTP ${status} ${JSON.stringify(json.errors ?? '').slice(0, 300)}`);
}

async function main(): Promise<void> {
  const { dataDir, scratch, env } = await benchEnvironment('scale', { LOG_LEVEL: 'warn' });

  const driver = scratch ? 'MySQL/MariaDB' : 'SQLite';
  console.log(`\nScale bench — ${driver}, Node ${process.version}, ${os.cpus().length} cores; ${MEMBERS.toLocaleString('en')} members`);
  let graphql: import('node:child_process').ChildProcess | undefined;
  let baseline: import('node:child_process').ChildProcess | undefined;
  try {
    // 1. The data, and the statement counts in process (the counter sees every statement).
    const counter = new StatementCounter();
    counter.paused = true;
    const config = loadConfig(env);
    const app = await createApp(config, { sqlLogger: counter });
    await app.dataSource.runMigrations();
    const now = new Date();
    let t0 = performance.now();
    const fixture = await generateScale(app.dataSource, { members: MEMBERS, now, passwordHash: await app.services.hasher.hash(crypto.randomBytes(12).toString('hex')) });
    const rows = Object.entries(fixture.counts)
      .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
      .join(', ');
    console.log(`generated in ${ms(performance.now() - t0)}: ${rows}`);
    const tokens = {
      member: await sessionToken(app, fixture.member.accountId, Role.MEMBER, now),
      staff: await sessionToken(app, fixture.staff.accountId, Role.WARD_STAFF, now),
      admin: await sessionToken(app, fixture.admin.accountId, Role.WARD_ADMIN, now),
    };
    const inProcess: Server = await new Promise((resolve) => {
      const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
    });
    const local = `http://127.0.0.1:${(inProcess.address() as AddressInfo).port}`;
    counter.paused = false;
    // The last academic year whose cohorts have finished: the one with completions, surveys and alumni.
    const year = Math.max(...fixture.academicYears) - 1;
    const documents = reportDocuments();
    const reportBody = (name: ReportOperation, variables: Record<string, unknown>) => JSON.stringify({ operationName: name, query: documents.get(name)!.document, variables });
    // The reports a tool runs for the latest year, and the alumni's activity over all years (the widest join).
    const reports: Array<{ label: string; text: string }> = [
      ...REPORT_OPERATIONS.map((name) => ({ label: `${name} ${JSON.stringify(variablesFor(name, year))}`, text: reportBody(name, variablesFor(name, year)) })),
      { label: 'AlumniActivity, all years', text: reportBody('AlumniActivity', { academicYear: null }) },
    ];
    const created = await post(
      local,
      JSON.stringify({
        query: 'mutation($input: ReportingClientInput!) { createReportingClient(input: $input) { token } }',
        variables: {
          input: { name: 'ベンチ', purpose: '規模の計測', allowedOperations: [...REPORT_OPERATIONS], expiresAt: new Date(now.getTime() + 7 * 24 * 3600_000).toISOString() },
        },
      }),
      tokens.admin,
    );
    if (created.json.errors) throw new Error(`createReportingClient: ${JSON.stringify(created.json.errors)}`);
    const reportingToken = (created.json.data as { createReportingClient: { token: string } }).createReportingClient.token;
    const statements = async (text: string, token?: string) => {
      await answered(local, text, token); // warm: caches and first-use work are not what we count
      counter.reset();
      await answered(local, text, token);
      // The audit of a read is written as the answer leaves: let it land before counting.
      await new Promise((r) => setTimeout(r, 100));
      return counter.count;
    };
    const reportStatements = new Map<string, number>();
    for (const r of reports) reportStatements.set(r.label, await statements(r.text, reportingToken));
    const pageStatements = new Map<string, number>();
    for (const p of pages(fixture, tokens)) {
      let n = 0;
      for (const b of p.bodies) n += await statements(b, p.token);
      pageStatements.set(p.name, n);
    }
    counter.paused = true;
    await new Promise((resolve) => inProcess.close(resolve));
    await app.stop();

    // 2. The server as in production, and the baseline, each in a process of its own.
    graphql = await startServer(path.resolve(__dirname, '..', '..', 'main.js'), env, 4711, body('Fields'));
    baseline = await startServer(path.join(__dirname, 'baseline-main.js'), env, 4712, body('Fields'));
    const urls = { A: 'http://127.0.0.1:4711', B: 'http://127.0.0.1:4712' };

    console.log(`\nreports, academic year ${year}, as the reporting tool sends them (median and worst of ${REPORT_RUNS}, after one warm-up)`);
    for (const r of reports) {
      await answered(urls.A, r.text, reportingToken);
      const times: number[] = [];
      for (let i = 0; i < REPORT_RUNS; i++) {
        t0 = performance.now();
        await answered(urls.A, r.text, reportingToken);
        times.push(performance.now() - t0);
      }
      console.log(`  ${r.label.padEnd(58)} ${ms(median(times)).padStart(8)}  worst ${ms(Math.max(...times)).padStart(8)}   ${reportStatements.get(r.label)} statements`);
    }

    console.log(`\ncanonical pages, ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds (AB BA AB)`);
    console.log('page'.padEnd(66) + ' GraphQL req/s  p50  p99 | baseline req/s  p50  p99 | ratio (min–max) | statements');
    for (const p of pages(fixture, tokens)) {
      for (const b of p.bodies) {
        await answered(urls.A, b, p.token);
        await answered(urls.B, b, p.token);
      }
      const c = await compare(urls, () => ({ bodies: p.bodies, token: p.token, connections: CONNECTIONS, seconds: SECONDS }), ROUNDS);
      const failed = c.A.failed || c.B.failed ? `  failed: GraphQL ${c.A.failed}, baseline ${c.B.failed}` : '';
      console.log(
        `${p.name.padEnd(66)} ${fmt(c.A.rps)} ${fmt(c.A.p50)} ${fmt(c.A.p99)} | ${fmt(c.B.rps)} ${fmt(c.B.p50)} ${fmt(c.B.p99)} | ${c.ratio.toFixed(2)} (${c.min.toFixed(2)}–${c.max.toFixed(2)}) | ${pageStatements.get(p.name)}${failed}`,
      );
    }
  } finally {
    graphql?.kill();
    baseline?.kill();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
