import crypto from 'node:crypto';
import { In, IsNull } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import type { Config } from '../../config';
import { AppError, conflict, notFound, parseId } from '../../core/errors';
import { fieldScope } from '../../core/scope';
import { lockMode } from '../../core/tx';
import { tokyoToday } from '../../core/graphql/scalars';
import { Cohort, Course, FieldCode, StudyField, type CatalogService } from '../catalog';
import { Account } from '../accounts';
import { Enrollment } from '../intake';
import { Completion, CompletionOutcome } from './completion.entity';
import type { CertificateIssuer } from './learning.contract';
import { Certificate } from './certificate.entity';
import { CertificateIssue, CertificateIssueReason } from './certificate-issue.entity';
import { CertificateNumberCounter } from './certificate-number-counter.entity';
import { renderCertificates, verifyUrl, type CertificateSheet } from './certificate-pdf';
import { zipFiles } from './certificate-zip';
import { CertificateBundleFormat, CertificateStatus, CertificateView, NameCheckResult, type CertificateFile, type CertificateVerification } from './certificate.types';
import { ReissueReason } from './certificate.inputs';

const FIELD_ABBREVIATION: Record<FieldCode, string> = {
  [FieldCode.WELFARE]: 'WEL',
  [FieldCode.DISASTER]: 'DIS',
  [FieldCode.AGRICULTURE]: 'AGR',
  [FieldCode.GREENERY]: 'GRN',
  [FieldCode.RECYCLING]: 'REC',
};

export function formatCertificateNumber(year: number, field: FieldCode, n: number): string {
  return `PCN-${year}-${FIELD_ABBREVIATION[field]}-${String(n).padStart(4, '0')}`;
}

/** Width and spaces do not matter: NFKC (full-width to half-width), then no whitespace at all. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/** Name checks allowed per minute, per client address and per certificate. */
export const NAME_CHECKS_PER_MINUTE = 10;

export type Throttle = (ctx: Ctx, key: string, limit: number, windowSeconds: number) => Promise<boolean>;

function sameSecret(a: string, b: string): boolean {
  const x = crypto.createHash('sha256').update(a).digest();
  const y = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(x, y);
}

interface Loaded {
  certs: Certificate[];
  cohorts: Map<number, Cohort>;
  courses: Map<number, Course>;
  fields: Map<string, StudyField>;
  enrollments: Map<number, Enrollment>;
  completions: Map<number, Completion>;
  names: Map<number, string>;
  issues: Map<number, CertificateIssue[]>;
}

export class CertificateService implements CertificateIssuer {
  constructor(
    private readonly config: Config,
    private readonly catalog: CatalogService,
    private readonly throttle: Throttle,
    private readonly tooManyRequests: () => AppError,
  ) {}

  // ---------------------------------------------------------------- issuing

  /**
   * Issues the certificate of each given enrollment that is COMPLETED and not withdrawn and has
   * none yet; idempotent. Numbers come from a counter row per field and academic year, locked
   * and bumped in the caller's transaction (a rollback takes the numbers back: gapless). The
   * existence check runs after the lock, so parallel calls cannot issue twice.
   */
  async issueFor(ctx: Ctx, enrollmentIds: number[]): Promise<void> {
    await this.issue(ctx, enrollmentIds);
  }

  async revokeFor(ctx: Ctx, enrollmentIds: number[], reason: string): Promise<void> {
    const certs = await repo(ctx, Certificate).find({ where: { enrollmentId: In(enrollmentIds), revokedAt: IsNull() }, ...lockMode(ctx.em) });
    if (!certs.length) return;
    await repo(ctx, Certificate).update(
      { id: In(certs.map((c) => c.id)) },
      { revokedAt: ctx.now, revokeReason: reason.slice(0, 300), revokedBy: ctx.user?.accountId ?? null, updatedAt: ctx.now },
    );
    for (const c of certs) ctx.audit.target('Certificate', c.id);
  }

  async reinstateFor(ctx: Ctx, enrollmentIds: number[]): Promise<void> {
    const certs = await repo(ctx, Certificate).find({ where: { enrollmentId: In(enrollmentIds) }, ...lockMode(ctx.em) });
    const revoked = certs.filter((c) => c.revokedAt);
    if (revoked.length) {
      const ids = revoked.map((c) => c.id);
      await repo(ctx, Certificate).update({ id: In(ids) }, { revokedAt: null, revokeReason: null, revokedBy: null, updatedAt: ctx.now });
      // The copy printed before the revocation stays superseded; the reinstated one is a new copy.
      await repo(ctx, CertificateIssue).update({ certificateId: In(ids), supersededAt: IsNull() }, { supersededAt: ctx.now });
      await repo(ctx, CertificateIssue).insert(
        ids.map((certificateId) => ({ certificateId, issuedAt: ctx.now, supersededAt: null, reason: CertificateIssueReason.REINSTATED, issuedBy: ctx.user?.accountId ?? null })),
      );
      for (const id of ids) ctx.audit.target('Certificate', id);
    }
    await this.issue(ctx, enrollmentIds);
  }

  private async issue(ctx: Ctx, enrollmentIds: number[]): Promise<number> {
    const ids = [...new Set(enrollmentIds.map(Number))];
    if (!ids.length) return 0;
    const completions = await repo(ctx, Completion).findBy({ enrollmentId: In(ids), outcome: CompletionOutcome.COMPLETED });
    if (!completions.length) return 0;
    const enrollments = await repo(ctx, Enrollment).findBy({ id: In(completions.map((c) => c.enrollmentId)), withdrawnAt: IsNull() });
    if (!enrollments.length) return 0;
    const cohorts = new Map((await repo(ctx, Cohort).findBy({ id: In([...new Set(enrollments.map((e) => e.cohortId))]) })).map((c) => [c.id, c]));
    const groups = new Map<string, Enrollment[]>();
    for (const e of enrollments) {
      const cohort = cohorts.get(e.cohortId)!;
      const key = `${cohort.fieldCode}:${cohort.academicYear}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    let issued = 0;
    // Counters are locked in one order, so two runs over several fields cannot deadlock.
    for (const key of [...groups.keys()].sort()) {
      const [field, year] = [key.split(':')[0] as FieldCode, Number(key.split(':')[1])];
      const counters = repo(ctx, CertificateNumberCounter);
      // On MySQL an upsert takes the row's write lock at once: INSERT IGNORE would take a shared
      // lock first, and two runs upgrading it to FOR UPDATE deadlock.
      const mysql = ctx.em.connection.options.type === 'mysql' || ctx.em.connection.options.type === 'mariadb';
      if (mysql)
        await ctx.em.query('INSERT INTO certificate_number_counter (fieldCode, academicYear, lastNumber) VALUES (?, ?, 0) ON DUPLICATE KEY UPDATE lastNumber = lastNumber', [
          field,
          year,
        ]);
      else await counters.createQueryBuilder().insert().values({ fieldCode: field, academicYear: year, lastNumber: 0 }).orIgnore().execute();
      const counter = await counters.findOneOrFail({ where: { fieldCode: field, academicYear: year }, ...lockMode(ctx.em) });
      const group = groups.get(key)!.sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
      const existing = new Set(
        (await repo(ctx, Certificate).find({ select: { enrollmentId: true }, where: { enrollmentId: In(group.map((e) => e.id)) } })).map((c) => c.enrollmentId),
      );
      let last = counter.lastNumber;
      for (const e of group) {
        if (existing.has(e.id)) continue;
        last += 1;
        const cert = await repo(ctx, Certificate).save(
          repo(ctx, Certificate).create({
            enrollmentId: e.id,
            cohortId: e.cohortId,
            accountId: e.accountId,
            number: formatCertificateNumber(year, field, last),
            checkCode: crypto.randomBytes(8).toString('base64url'),
            issuedAt: ctx.now,
            revokedAt: null,
            revokeReason: null,
            revokedBy: null,
          }),
        );
        await repo(ctx, CertificateIssue).insert({ certificateId: cert.id, issuedAt: ctx.now, supersededAt: null, reason: CertificateIssueReason.FIRST, issuedBy: null });
        ctx.audit.target('Certificate', cert.id);
        issued++;
      }
      if (last !== counter.lastNumber) await counters.update({ id: counter.id }, { lastNumber: last });
    }
    return issued;
  }

  /** Staff: issue the missing certificates of a cohort's completed students. */
  async issueForCohort(ctx: Ctx, cohortId: string): Promise<CertificateView[]> {
    const cohort = await this.catalog.getCohort(ctx, cohortId, { lock: 'write' });
    const completions = await repo(ctx, Completion).find({ select: { enrollmentId: true }, where: { cohortId: cohort.id, outcome: CompletionOutcome.COMPLETED } });
    await this.issue(
      ctx,
      completions.map((c) => c.enrollmentId),
    );
    return this.views(ctx, await repo(ctx, Certificate).find({ where: { cohortId: cohort.id }, order: { number: 'ASC' } }));
  }

  // ---------------------------------------------------------------- reading

  private async load(ctx: Ctx, certs: Certificate[]): Promise<Loaded> {
    const uniq = <T>(xs: T[]) => [...new Set(xs)];
    const none = certs.length === 0;
    const cohorts = none ? [] : await repo(ctx, Cohort).findBy({ id: In(uniq(certs.map((c) => c.cohortId))) });
    const courses = cohorts.length ? await repo(ctx, Course).findBy({ id: In(uniq(cohorts.map((c) => c.courseId))) }) : [];
    const fields = none ? [] : await repo(ctx, StudyField).find();
    const enrollments = none ? [] : await repo(ctx, Enrollment).findBy({ id: In(certs.map((c) => c.enrollmentId)) });
    const completions = none ? [] : await repo(ctx, Completion).findBy({ enrollmentId: In(certs.map((c) => c.enrollmentId)) });
    const accounts = none ? [] : await repo(ctx, Account).find({ select: { id: true, name: true }, where: { id: In(uniq(certs.map((c) => c.accountId))) } });
    const issues = none ? [] : await repo(ctx, CertificateIssue).find({ where: { certificateId: In(certs.map((c) => c.id)) }, order: { id: 'ASC' } });
    const byCert = new Map<number, CertificateIssue[]>();
    for (const i of issues) byCert.set(i.certificateId, [...(byCert.get(i.certificateId) ?? []), i]);
    return {
      certs,
      cohorts: new Map(cohorts.map((c) => [c.id, c])),
      courses: new Map(courses.map((c) => [c.id, c])),
      fields: new Map(fields.map((f) => [f.code, f])),
      enrollments: new Map(enrollments.map((e) => [e.id, e])),
      completions: new Map(completions.map((c) => [c.enrollmentId, c])),
      names: new Map(accounts.map((a) => [a.id, a.name])),
      issues: byCert,
    };
  }

  private toView(l: Loaded, c: Certificate): CertificateView {
    const cohort = l.cohorts.get(c.cohortId)!;
    const copies = l.issues.get(c.id) ?? [];
    const current = copies.find((i) => !i.supersededAt) ?? copies[copies.length - 1];
    return Object.assign(new CertificateView(), {
      accountId: c.accountId,
      id: c.id,
      number: c.number,
      cohortId: c.cohortId,
      enrollmentId: c.enrollmentId,
      courseTitle: l.courses.get(cohort.courseId)?.title ?? '',
      fieldCode: cohort.fieldCode,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      completedOn: l.completions.get(c.enrollmentId)?.completedOn ?? cohort.endsOn,
      issuedAt: current?.issuedAt ?? c.issuedAt,
      firstIssuedAt: c.issuedAt,
      revokedAt: c.revokedAt,
      revokeReason: c.revokeReason,
      studentNumber: l.enrollments.get(c.enrollmentId)?.studentNumber ?? '',
      holderName: l.names.get(c.accountId) ?? '',
      copies: copies.map((i) => ({ accountId: c.accountId, id: i.id, issuedAt: i.issuedAt, supersededAt: i.supersededAt, reason: i.reason })),
    });
  }

  private async views(ctx: Ctx, certs: Certificate[]): Promise<CertificateView[]> {
    const l = await this.load(ctx, certs);
    return certs.map((c) => this.toView(l, c));
  }

  async listMine(ctx: Ctx): Promise<CertificateView[]> {
    return this.views(ctx, await repo(ctx, Certificate).find({ where: { accountId: ctx.user!.accountId }, order: { issuedAt: 'DESC', id: 'DESC' } }));
  }

  async listCohort(ctx: Ctx, cohortId: string): Promise<CertificateView[]> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    return this.views(ctx, await repo(ctx, Certificate).find({ where: { cohortId: cohort.id }, order: { number: 'ASC' } }));
  }

  /** One certificate within the staff member's field scope (another field's is simply not found). */
  private async staffCertificate(ctx: Ctx, id: string, lock = false): Promise<Certificate> {
    const qb = repo(ctx, Certificate)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: parseId(id, 'certificate') });
    const scoped = fieldScope(ctx);
    if (scoped) qb.innerJoin(Cohort, 'scope_cohort', 'scope_cohort.id = c.cohortId').andWhere('scope_cohort.fieldCode = :scopeField', { scopeField: scoped });
    if (lock && lockMode(ctx.em).lock) qb.setLock('pessimistic_write');
    const cert = await qb.getOne();
    if (!cert) throw notFound('certificate');
    return cert;
  }

  // ---------------------------------------------------------------- files

  private sheets(l: Loaded): CertificateSheet[] {
    return l.certs.map((c) => {
      const v = this.toView(l, c);
      const cohort = l.cohorts.get(c.cohortId)!;
      return {
        name: v.holderName,
        studentNumber: v.studentNumber,
        courseTitle: v.courseTitle,
        fieldName: l.fields.get(cohort.fieldCode)?.nameJa ?? cohort.fieldCode,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        completedOn: v.completedOn,
        number: c.number,
        issuedOn: tokyoToday(v.issuedAt),
        reissued: v.copies.length > 1,
        verifyUrl: verifyUrl(this.config.publicUrl, c.number, c.checkCode),
      };
    });
  }

  private async pdfFile(ctx: Ctx, cert: Certificate): Promise<CertificateFile> {
    if (cert.revokedAt) throw conflict('certificate.revoked', 'This certificate has been revoked.');
    const pdf = await renderCertificates(this.sheets(await this.load(ctx, [cert])));
    return { fileName: `${cert.number}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64'), count: 1 };
  }

  /** The member's own certificate; anyone else's is not found. */
  async myPdf(ctx: Ctx, id: string): Promise<CertificateFile> {
    const cert = await repo(ctx, Certificate).findOneBy({ id: parseId(id, 'certificate'), accountId: ctx.user!.accountId });
    if (!cert) throw notFound('certificate');
    return this.pdfFile(ctx, cert);
  }

  async staffPdf(ctx: Ctx, id: string): Promise<CertificateFile> {
    const cert = await this.staffCertificate(ctx, id);
    const file = await this.pdfFile(ctx, cert);
    ctx.audit.add({
      action: 'certificate.download',
      outcome: 'success',
      targetType: 'Certificate',
      targetIds: [cert.id],
      subjectIds: [cert.accountId],
      fields: ['holderName', 'studentNumber'],
    });
    return file;
  }

  /** A cohort's valid certificates for printing: one PDF (a page each) or a ZIP (a PDF each). Audited. */
  async bundle(ctx: Ctx, cohortId: string, format: CertificateBundleFormat): Promise<CertificateFile> {
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    const certs = await repo(ctx, Certificate).find({ where: { cohortId: cohort.id, revokedAt: IsNull() }, order: { number: 'ASC' } });
    // Nothing to print yet: an empty file (count 0), not an error.
    if (!certs.length) return { fileName: '', contentType: format === CertificateBundleFormat.PDF ? 'application/pdf' : 'application/zip', base64: '', count: 0 };
    const sheets = this.sheets(await this.load(ctx, certs));
    let file: CertificateFile;
    if (format === CertificateBundleFormat.PDF) {
      const pdf = await renderCertificates(sheets);
      file = { fileName: `certificates-cohort-${cohort.id}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64'), count: certs.length };
    } else {
      const entries = [];
      for (const s of sheets) entries.push({ name: `${s.number}.pdf`, data: await renderCertificates([s]) });
      file = {
        fileName: `certificates-cohort-${cohort.id}.zip`,
        contentType: 'application/zip',
        base64: (await zipFiles(entries, ctx.now)).toString('base64'),
        count: certs.length,
      };
    }
    ctx.audit.add({
      action: 'certificate.download',
      outcome: 'success',
      targetType: 'Certificate',
      targetIds: certs.map((c) => c.id),
      subjectIds: certs.map((c) => c.accountId),
      fields: ['holderName', 'studentNumber'],
      reason: format,
    });
    return file;
  }

  // ---------------------------------------------------------------- revoke and reissue

  async revoke(ctx: Ctx, id: string, reason: string): Promise<CertificateView> {
    const cert = await this.staffCertificate(ctx, id, true);
    if (cert.revokedAt) throw conflict('certificate.alreadyRevoked', 'This certificate has already been revoked.');
    const changed = await repo(ctx, Certificate).update(
      { id: cert.id, revokedAt: IsNull() },
      { revokedAt: ctx.now, revokeReason: reason.trim(), revokedBy: ctx.user!.accountId, updatedAt: ctx.now },
    );
    if (!changed.affected) throw conflict('certificate.alreadyRevoked', 'This certificate has already been revoked.');
    ctx.audit.target('Certificate', cert.id);
    const [view] = await this.views(ctx, [await repo(ctx, Certificate).findOneByOrFail({ id: cert.id })]);
    return view;
  }

  /** A new copy (lost or damaged): the same number, today's issue date; the earlier copy is marked superseded. */
  async reissue(ctx: Ctx, id: string, reason: ReissueReason): Promise<CertificateView> {
    const cert = await this.staffCertificate(ctx, id, true);
    if (cert.revokedAt) throw conflict('certificate.revoked', 'This certificate has been revoked.');
    await repo(ctx, CertificateIssue).update({ certificateId: cert.id, supersededAt: IsNull() }, { supersededAt: ctx.now });
    await repo(ctx, CertificateIssue).insert({
      certificateId: cert.id,
      issuedAt: ctx.now,
      supersededAt: null,
      reason: reason === ReissueReason.LOST ? CertificateIssueReason.LOST : CertificateIssueReason.DAMAGED,
      issuedBy: ctx.user!.accountId,
    });
    await repo(ctx, Certificate).update({ id: cert.id }, { updatedAt: ctx.now });
    ctx.audit.target('Certificate', cert.id);
    const [view] = await this.views(ctx, [cert]);
    return view;
  }

  // ---------------------------------------------------------------- public

  private async byNumberAndCheck(ctx: Ctx, number: string, check: string): Promise<Certificate | null> {
    if (number.length > 30 || check.length > 20) return null;
    const cert = await repo(ctx, Certificate).findOneBy({ number });
    return cert && sameSecret(cert.checkCode, check) ? cert : null;
  }

  /** What the verify page shows: status, course, field, period, dates; never the holder. Null when number and check code do not match. */
  async verify(ctx: Ctx, number: string, check: string): Promise<CertificateVerification | null> {
    const cert = await this.byNumberAndCheck(ctx, number, check);
    if (!cert) return null;
    const v = this.toView(await this.load(ctx, [cert]), cert);
    return {
      status: cert.revokedAt ? CertificateStatus.REVOKED : CertificateStatus.VALID,
      number: cert.number,
      courseTitle: v.courseTitle,
      fieldCode: v.fieldCode,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      completedOn: v.completedOn,
      issuedOn: tokyoToday(v.issuedAt),
      revokedOn: cert.revokedAt ? tokyoToday(cert.revokedAt) : null,
    };
  }

  /** Whether the typed name is the holder's (width and spaces ignored); throttled per address and per certificate. */
  async checkName(ctx: Ctx, number: string, check: string, name: string): Promise<NameCheckResult> {
    if (!(await this.throttle(ctx, `cert-name:ip:${ctx.ip}`, NAME_CHECKS_PER_MINUTE, 60))) throw this.tooManyRequests();
    const cert = await this.byNumberAndCheck(ctx, number, check);
    if (!cert) return NameCheckResult.NO_MATCH;
    if (!(await this.throttle(ctx, `cert-name:cert:${cert.id}`, NAME_CHECKS_PER_MINUTE, 60))) throw this.tooManyRequests();
    const account = await repo(ctx, Account).findOne({ select: { id: true, name: true }, where: { id: cert.accountId } });
    const typed = normaliseName(name);
    return account && typed.length > 0 && sameSecret(normaliseName(account.name), typed) ? NameCheckResult.MATCH : NameCheckResult.NO_MATCH;
  }
}
