// `npm run bench`: figures, not pass/fail. SQLite by default; DATABASE_URL=mysql://… benches MySQL/MariaDB
// (a scratch database is created next to the one named and dropped afterwards).
process.env.TZ = 'UTC';
import 'reflect-metadata';
import { generateSync } from 'otplib';
import { demoTotpSecret } from '../core/auth/demo-totp';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { createScratchDatabase } from '../db/scratch-database';
import { createApp, type App } from '../app';
import { Role } from '../core/auth/roles';
import { draw } from '../modules/intake/lottery';
import { Account, AccountStatus, Residency } from '../modules/accounts/account.entity';
import { Session } from '../modules/accounts/session.entity';
import { Application, ApplicationStatus, ContactMethod } from '../modules/intake/application.entity';
import { Cohort, CohortStatus, SelectionMethod } from '../modules/catalog/cohort.entity';
import { Course, Eligibility } from '../modules/catalog/course.entity';
import { FieldCode } from '../modules/catalog/field.entity';
import { newCode } from '../modules/intake/application.service';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (t: number) => `${t.toFixed(1)} ms`;

async function scratchDatabase(): Promise<{ url?: string; drop(): Promise<void> }> {
  return process.env.DATABASE_URL ? createScratchDatabase(process.env.DATABASE_URL, 'cp_bench') : { drop: async () => {} };
}

/** Members with sessions and access tokens, inserted directly: hashing 10,000 passwords is not what we measure. */
async function members(app: App, count: number): Promise<Array<{ id: number; token: string }>> {
  const hash = await app.services.hasher.hash('bench-password');
  const out: Array<{ id: number; token: string }> = [];
  const now = new Date();
  for (let i = 0; i < count; i += 500) {
    const batch = Array.from({ length: Math.min(500, count - i) }, (_, k) => ({
      loginId: `B${String(i + k).padStart(8, '0')}`,
      role: Role.MEMBER,
      name: 'ベンチ 利用者',
      nameKana: 'ベンチ リヨウシャ',
      email: `bench${i + k}@example.jp`,
      phone: null,
      residency: Residency.RESIDENT,
      address: '練馬区',
      workplaceOrSchool: null,
      passwordHash: hash,
      contractorId: null,
      status: AccountStatus.ACTIVE,
      failedLoginCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
    await app.dataSource.getRepository(Account).insert(batch);
  }
  const accounts = await app.dataSource.getRepository(Account).find({ select: { id: true }, where: { role: Role.MEMBER }, order: { id: 'ASC' } });
  const sessions = accounts.map((a) => ({
    id: crypto.randomUUID(),
    accountId: a.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 3600_000),
    revokedAt: null,
    revokedReason: null,
  }));
  for (let i = 0; i < sessions.length; i += 500) await app.dataSource.getRepository(Session).insert(sessions.slice(i, i + 500));
  for (const s of sessions) out.push({ id: s.accountId, token: app.services.tokens.signAccess({ sub: String(s.accountId), sid: s.id, role: Role.MEMBER }) });
  return out;
}

async function main(): Promise<void> {
  const scratch = await scratchDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    ...(scratch.url ? { DATABASE_URL: scratch.url } : {}),
  });
  const app = await createApp(config);
  await app.dataSource.runMigrations();
  const driver = app.dataSource.options.type;
  console.log(`College Portal bench — ${driver}, Node ${process.version}, ${os.cpus().length} cores\n`);

  // 1. The lottery itself, in memory: 10,000 applicants.
  const codes = Array.from({ length: 10_000 }, () => newCode());
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const result = draw(codes, 300, 'bench-seed-2026');
  const drawMs = performance.now() - t0;
  console.log(
    `lottery, pure (10,000 applicants, capacity 300): ${ms(drawMs)}, heap +${mb(process.memoryUsage().heapUsed - heapBefore)}, commitment ${result.commitment.slice(0, 12)}…`,
  );

  // 2. The lottery through the API: freeze and draw over 10,000 stored applications.
  const course = await app.dataSource.getRepository(Course).save(
    app.dataSource.getRepository(Course).create({
      fieldCode: FieldCode.DISASTER,
      title: 'Bench',
      titleEn: null,
      description: 'bench',
      years: 1,
      eligibilityRule: Eligibility.RESIDENT,
      motivationRequired: false,
      minAttendanceRate: 80,
    }),
  );
  const now = new Date();
  const cohortRepo = app.dataSource.getRepository(Cohort);
  const mkCohort = (status: CohortStatus) =>
    cohortRepo.save(
      cohortRepo.create({
        courseId: course.id,
        fieldCode: course.fieldCode,
        academicYear: 2027,
        capacity: 300,
        applicationOpensAt: new Date(now.getTime() - 86400_000),
        applicationClosesAt: new Date(now.getTime() + 86400_000 * 30),
        startsOn: '2030-04-01',
        endsOn: '2031-03-01',
        selectionMethod: SelectionMethod.LOTTERY,
        status,
      }),
    );
  const big = await mkCohort(CohortStatus.CLOSED);
  t0 = performance.now();
  const people = await members(app, 10_000);
  console.log(`setup: 10,000 members with sessions in ${ms(performance.now() - t0)}`);
  for (let i = 0; i < people.length; i += 500) {
    await app.dataSource.getRepository(Application).insert(
      people.slice(i, i + 500).map((p) => ({
        code: newCode(),
        cohortId: big.id,
        accountId: p.id,
        eligibilityBasis: Eligibility.RESIDENT,
        workplaceOrSchool: null,
        motivation: null,
        preferredContact: ContactMethod.EMAIL,
        emailAlerts: true,
        eligible: true,
        ineligibleReason: null,
        status: ApplicationStatus.SUBMITTED,
        decision: null,
        decisionReason: null,
        waitlistPosition: null,
        offerDeadline: null,
        submittedAt: now,
        updatedAt: now,
      })),
    );
  }
  const staff = await app.services.accounts.createStaffWithPassword(
    app.dataSource.manager,
    { role: Role.WARD_STAFF, name: '職員', nameKana: 'ショクイン', email: 'bench-staff@example.jp' },
    'bench-staff-password',
  );
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const gql = async (query: string, variables: object, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as { errors?: unknown[]; data?: unknown } };
  };
  const login = await gql('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { secondFactor { token } } }', { i: staff.loginId, p: 'bench-staff-password' });
  // Staff log in with a second factor: the seeded account's TOTP secret is the demo one.
  const code = generateSync({ secret: demoTotpSecret(staff.loginId), epoch: Math.floor(Date.now() / 1000), period: config.totpPeriodSeconds });
  const second = await gql('mutation($t: String!, $c: String!) { loginSecondFactor(token: $t, method: TOTP, code: $c) { accessToken } }', {
    t: (login.body.data as { login: { secondFactor: { token: string } } }).login.secondFactor.token,
    c: code,
  });
  const staffToken = (second.body.data as { loginSecondFactor: { accessToken: string } }).loginSecondFactor.accessToken;
  const rss0 = process.memoryUsage().rss;
  t0 = performance.now();
  const frozen = await gql('mutation($c: ID!) { freezeLottery(cohortId: $c) { entries } }', { c: big.id }, staffToken);
  const freezeMs = performance.now() - t0;
  t0 = performance.now();
  const drawn = await gql('mutation($c: ID!) { drawLottery(cohortId: $c, seed: "20261128") { seed } }', { c: big.id }, staffToken);
  const drawApiMs = performance.now() - t0;
  if (frozen.body.errors || drawn.body.errors) throw new Error(JSON.stringify([frozen.body.errors, drawn.body.errors]));
  console.log(
    `lottery, via API (10,000 stored applications): freeze ${ms(freezeMs)}, draw ${ms(drawApiMs)} (writes 10,000 results and events), RSS ${mb(rss0)} → ${mb(process.memoryUsage().rss)}, max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );

  // 3. Application throughput over HTTP: 20 members at a time, each applying once.
  const open = await mkCohort(CohortStatus.OPEN);
  const applicants = people.slice(0, 2000);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const q = 'mutation($i: ApplyInput!) { applyToCohort(input: $i) { id } }';
  t0 = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < applicants.length) {
        const p = applicants[next++];
        const s = performance.now();
        const r = await gql(q, { i: { cohortId: String(open.id), eligibilityBasis: 'RESIDENT', preferredContact: 'EMAIL', emailAlerts: true } }, p.token);
        latencies.push(performance.now() - s);
        if (r.status >= 400 || r.body.errors) errors++;
      }
    }),
  );
  const total = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(
    `applications over HTTP (20 concurrent members, ${applicants.length} requests): ${(applicants.length / (total / 1000)).toFixed(0)} req/s, p50 ${ms(pct(50))}, p95 ${ms(pct(95))}, p99 ${ms(pct(99))}, errors ${errors}`,
  );
  console.log('  (the load generator runs in the same Node process as the server, so these figures are a floor for one instance)');

  server.close();
  await app.stop();
  await scratch.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
