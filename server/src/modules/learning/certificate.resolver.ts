import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';
import type { CertificateService } from './certificate.service';
import { CertificateBundleFormat, CertificateFile, CertificateVerification, CertificateView, NameCheckResult } from './certificate.types';
import { CertificateNameCheckInput, ReissueCertificateInput, RevokeCertificateInput } from './certificate.inputs';

@Resolver(() => CertificateView)
export class CertificateResolver {
  constructor(private readonly certificates: CertificateService) {}

  @Allow(Permission.StudyOwn)
  @Query(() => [CertificateView], { description: 'My completion certificates, newest first.' })
  myCertificates(@Context() ctx: Ctx): Promise<CertificateView[]> {
    return this.certificates.listMine(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Query(() => CertificateFile, { description: 'My certificate as a PDF (base64).' })
  myCertificatePdf(@Arg('certificateId', () => ID) certificateId: string, @Context() ctx: Ctx): Promise<CertificateFile> {
    return this.certificates.myPdf(ctx, certificateId);
  }

  @Allow(Permission.CertificateManage)
  @Query(() => [CertificateView], { description: 'A cohort’s certificates by number. Reading names and student numbers is audited.' })
  cohortCertificates(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<CertificateView[]> {
    return this.certificates.listCohort(ctx, cohortId);
  }

  @Allow(Permission.CertificateManage)
  @Query(() => CertificateFile, { description: 'One certificate as a PDF (base64). Each download is audited.' })
  certificatePdf(@Arg('certificateId', () => ID) certificateId: string, @Context() ctx: Ctx): Promise<CertificateFile> {
    return this.certificates.staffPdf(ctx, certificateId);
  }

  @Allow(Permission.CertificateManage)
  @Query(() => CertificateFile, { description: 'A cohort’s valid certificates for printing, as one PDF or a ZIP (base64). Each download is audited.' })
  cohortCertificatesBundle(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('format', () => CertificateBundleFormat, { defaultValue: CertificateBundleFormat.PDF }) format: CertificateBundleFormat,
    @Context() ctx: Ctx,
  ): Promise<CertificateFile> {
    return this.certificates.bundle(ctx, cohortId, format);
  }

  @Allow(Permission.CertificateManage)
  @Mutation(() => [CertificateView], {
    description: 'Issues the missing certificates of the cohort’s completed, not withdrawn students; returns all of the cohort’s certificates.',
  })
  issueCertificates(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<CertificateView[]> {
    return this.certificates.issueForCohort(ctx, cohortId);
  }

  @Allow(Permission.CertificateManage)
  @Mutation(() => CertificateView, { description: 'Revokes a certificate; the reason is required. The verify page then shows it as revoked.' })
  revokeCertificate(@Arg('input', () => RevokeCertificateInput) input: RevokeCertificateInput, @Context() ctx: Ctx): Promise<CertificateView> {
    return this.certificates.revoke(ctx, input.id, input.reason);
  }

  @Allow(Permission.CertificateManage)
  @Mutation(() => CertificateView, { description: 'A new copy (lost or damaged): the same number, a new issue date; the earlier copy is marked superseded.' })
  reissueCertificate(@Arg('input', () => ReissueCertificateInput) input: ReissueCertificateInput, @Context() ctx: Ctx): Promise<CertificateView> {
    return this.certificates.reissue(ctx, input.id, input.reason);
  }

  @Public()
  @Query(() => CertificateVerification, {
    nullable: true,
    description: 'The public verify page: valid or revoked, course, field, period and dates; never the holder. Null when the number and check code do not match.',
  })
  verifyCertificate(@Arg('number', () => String) number: string, @Arg('check', () => String) check: string, @Context() ctx: Ctx): Promise<CertificateVerification | null> {
    return this.certificates.verify(ctx, number, check);
  }

  @Public()
  @Mutation(() => NameCheckResult, { description: 'Whether a name is the one printed on the certificate (width and spaces ignored). Throttled per address and per certificate.' })
  checkCertificateName(@Arg('input', () => CertificateNameCheckInput) input: CertificateNameCheckInput, @Context() ctx: Ctx): Promise<NameCheckResult> {
    return this.certificates.checkName(ctx, input.number, input.check, input.name);
  }
}
