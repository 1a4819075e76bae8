// Shared by the bench scripts: cohorts of students inserted directly, and timing.
import { performance } from 'node:perf_hooks';
import type { App } from '../../app';
import { Role } from '../../core/auth/roles';
import { Account, AccountStatus, Residency } from '../../modules/accounts';
import { Cohort, CohortStatus, Course, Eligibility, SelectionMethod } from '../../modules/catalog';
import { Application, ApplicationStatus, ContactMethod, Enrollment, newCode } from '../../modules/intake';
import { ClassSession, ClassSessionKind } from '../../modules/learning';

export const ms = (t: number) => `${t.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** A running cohort with `students` enrolled students and `sessions` past sessions, inserted directly. */
export async function cohortWith(
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

export async function timed<T>(label: string, runs: number, fn: () => Promise<T>): Promise<void> {
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
