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
import { Role } from '../../core/auth/roles';
import { Account, AccountStatus, Residency } from '../../modules/accounts';
import { Cohort, CohortStatus, Course, Eligibility, FieldCode, SelectionMethod } from '../../modules/catalog';
import { Application, ApplicationStatus, ContactMethod, Enrollment, newCode } from '../../modules/intake';
import { Attendance, ClassSession, ClassSessionKind } from '../../modules/learning';
import { renderCertificates, type CertificateSheet } from '../../modules/learning/certificate-pdf';

const ms = (t: number) => `${t.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** A running cohort with `students` enrolled students and `sessions` past sessions, inserted directly. */
async function cohortWith(
  app: App,
  course: Course,
  year: number,
  students: number,
  sessions: number,
): Promise<{ cohort: Cohort; enrollments: Enrollment[]; sessions: ClassSession[] }> {
  const db = app.dataSource;
  const now = new Date();
  const cohort = await db.getRepository(Cohort).save(
    db.getRepository(Cohort).create({
      courseId: course.id,
      fieldCode: course.fieldCode,
      academicYear: year,
      capacity: students,
      applicationOpensAt: new Date(now.getTime() - 400 * 86400_000),
      applicationClosesAt: new Date(now.getTime() - 380 * 86400_000),
      startsOn: new Date(now.getTime() - 300 * 86400_000).toISOString().slice(0, 10),
      endsOn: new Date(now.getTime() + 60 * 86400_000).toISOString().slice(0, 10),
      selectionMethod: SelectionMethod.REVIEW,
      status: CohortStatus.RUNNING,
    }),
  );
  const accounts = Array.from({ length: students }, (_, i) => ({
    loginId: `L${year}${String(i).padStart(5, '0')}`,
    role: Role.MEMBER,
    name: 'ベンチ 受講生',
    nameKana: 'ベンチ ジュコウセイ',
    email: `learn${year}-${i}@example.jp`,
    phone: null,
    residency: Residency.RESIDENT,
    address: '練馬区',
    workplaceOrSchool: null,
    passwordHash: 'not used',
    contractorId: null,
    status: AccountStatus.ACTIVE,
    failedLoginCount: 0,
    lockedUntil: null,
    passwordChangedAt: now,
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < accounts.length; i += 500) await db.getRepository(Account).insert(accounts.slice(i, i + 500));
  const ids = ((await db.query('SELECT id FROM account WHERE loginId LIKE ? ORDER BY id', [`L${year}%`])) as { id: number }[]).map((a) => Number(a.id));
  const apps = ids.map((accountId) => ({
    code: newCode(),
    cohortId: cohort.id,
    accountId,
    eligibilityBasis: Eligibility.RESIDENT,
    workplaceOrSchool: null,
    motivation: null,
    preferredContact: ContactMethod.EMAIL,
    emailAlerts: false,
    eligible: true,
    ineligibleReason: null,
    ineligibleReasonCode: null,
    status: ApplicationStatus.ENROLLED,
    decision: null,
    decisionReason: null,
    waitlistPosition: null,
    offerDeadline: null,
    submittedAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < apps.length; i += 500) await db.getRepository(Application).insert(apps.slice(i, i + 500));
  const stored = await db.getRepository(Application).find({ where: { cohortId: cohort.id }, order: { id: 'ASC' } });
  const rows = stored.map((a, i) => ({
    applicationId: a.id,
    cohortId: cohort.id,
    accountId: a.accountId,
    studentNumber: `${year}-BEN-${String(i + 1).padStart(4, '0')}`,
    enrolledAt: now,
    withdrawnAt: null,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.getRepository(Enrollment).insert(rows.slice(i, i + 500));
  const enrollments = await db.getRepository(Enrollment).find({ where: { cohortId: cohort.id }, order: { id: 'ASC' } });
  const planned = Array.from({ length: sessions }, (_, i) => ({
    cohortId: cohort.id,
    startsAt: new Date(now.getTime() - (sessions - i) * 7 * 86400_000),
    endsAt: new Date(now.getTime() - (sessions - i) * 7 * 86400_000 + 7200_000),
    title: `第${i + 1}回`,
    venue: '研修室',
    kind: ClassSessionKind.LECTURE,
    countsTowardCompletion: true,
    requiredForCompletion: false,
    cancelledAt: null,
    cancelReason: null,
    createdAt: now,
    updatedAt: now,
  }));
  await db.getRepository(ClassSession).insert(planned);
  const stored2 = await db.getRepository(ClassSession).find({ where: { cohortId: cohort.id }, order: { id: 'ASC' } });
  return { cohort, enrollments, sessions: stored2 };
}

async function timed<T>(label: string, runs: number, fn: () => Promise<T>): Promise<void> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${ms(times[Math.floor(times.length / 2)])}, best ${ms(times[0])} (${runs} runs)`);
}

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
