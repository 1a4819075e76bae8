// `npm run bench` (learning part): the attendance grid of 40 students × 40 sessions (load and save),
// progress over a cohort of 1,000 students, and 200 certificates (time per certificate, peak
// memory). The service layer in process, in one request's transaction each, as a resolver calls
// it: figures, not pass/fail. SQLite by default; DATABASE_URL=mysql://… benches MySQL/MariaDB.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../config';
import { createScratchDatabase } from '../../db/scratch-database';
import { createApp, type App } from '../../app';
import { Course, Eligibility, FieldCode } from '../../modules/catalog';
import { Attendance } from '../../modules/learning';
import { renderCertificates, type CertificateSheet } from '../../modules/learning/certificate-pdf';
import { cohortWith, mb, ms, timed } from './cohorts';

async function main(): Promise<void> {
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, 'cp_bench_learning') : { url: undefined, drop: async () => {} };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-learning-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    ...(scratch.url ? { DATABASE_URL: scratch.url } : {}),
  });
  const app = await createApp(config);
  await app.dataSource.runMigrations();
  console.log(`\nLearning bench — ${app.dataSource.options.type}, Node ${process.version}, ${os.cpus().length} cores`);
  const course = await app.dataSource.getRepository(Course).save(
    app.dataSource.getRepository(Course).create({
      fieldCode: FieldCode.WELFARE,
      title: 'ベンチ講座',
      titleEn: null,
      description: 'bench',
      years: 1,
      eligibilityRule: Eligibility.RESIDENT,
      motivationRequired: false,
      minAttendanceRate: 80,
    }),
  );
  const { schedule, completion } = app.services.learning;
  const inTx = <T>(fn: Parameters<App['system']['transaction']>[1]) => app.system.transaction(new Date(), fn) as Promise<T>;

  // 1. The grid, 40 × 40: load, then save every cell (first records, then a change of each).
  const grid = await cohortWith(app, course, 2030, 40, 40);
  const cells = (status: string) => grid.sessions.flatMap((s) => grid.enrollments.map((e) => ({ classSessionId: String(s.id), enrollmentId: String(e.id), statusCode: status })));
  const t0 = performance.now();
  await inTx(async (ctx) => schedule.attendance.saveGrid(ctx, String(grid.cohort.id), cells('present'), null));
  console.log(`grid 40×40: first save of 1,600 cells ${ms(performance.now() - t0)}`);
  await timed('grid 40×40: load', 10, () => inTx(async (ctx) => schedule.attendance.grid(ctx, String(grid.cohort.id))));
  let flip = false;
  await timed('grid 40×40: save changing all 1,600 cells (with their change rows)', 5, () => {
    flip = !flip;
    return inTx(async (ctx) => schedule.attendance.saveGrid(ctx, String(grid.cohort.id), cells(flip ? 'late' : 'present'), 'bench'));
  });

  // 2. Progress of 1,000 students over 30 sessions, three quarters attended.
  const big = await cohortWith(app, course, 2031, 1000, 30);
  const marks = big.sessions.flatMap((s, k) =>
    big.enrollments.map((e, i) => ({
      classSessionId: s.id,
      enrollmentId: e.id,
      accountId: e.accountId,
      statusCode: (i + k) % 4 === 0 ? 'absent' : 'present',
      source: 'entry',
      recordedBy: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    })),
  );
  for (let i = 0; i < marks.length; i += 1000) await app.dataSource.getRepository(Attendance).insert(marks.slice(i, i + 1000));
  await timed('progress of 1,000 students (30 sessions, 30,000 records)', 5, () => inTx(async (ctx) => completion.service.cohortProgress(ctx, String(big.cohort.id))));

  // 3. 200 certificates: one PDF of 200 pages (the bulk print), and single certificates.
  const sheet = (i: number): CertificateSheet => ({
    name: '練馬 花子',
    studentNumber: `2030-WEL-${String(i + 1).padStart(3, '0')}`,
    courseTitle: '地域福祉コース',
    fieldName: '地域福祉',
    startsOn: '2030-04-10',
    endsOn: '2032-03-15',
    completedOn: '2032-03-15',
    number: `PCN-2030-WEL-${String(i + 1).padStart(4, '0')}`,
    issuedOn: '2032-03-20',
    reissued: false,
    verifyUrl: `https://college.example.jp/verify/PCN-2030-WEL-${String(i + 1).padStart(4, '0')}?c=abcdefghijk`,
  });
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let t1 = performance.now();
  const bulk = await renderCertificates(Array.from({ length: 200 }, (_, i) => sheet(i)));
  const bulkMs = performance.now() - t1;
  clearInterval(sampler);
  console.log(
    `200 certificates in one PDF: ${ms(bulkMs)} (${ms(bulkMs / 200)} a certificate), ${(bulk.length / 1024 / 1024).toFixed(1)} MiB, peak RSS ${mb(peak)} (+${mb(peak - rssBefore)})`,
  );
  t1 = performance.now();
  for (let i = 0; i < 5; i++) await renderCertificates([sheet(i)]);
  console.log(`a single certificate (its own PDF, as my page downloads it): ${ms((performance.now() - t1) / 5)} (mean of 5)`);

  await app.stop();
  await scratch.drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
