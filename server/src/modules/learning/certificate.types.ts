import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow, Public } from '../../core/auth/access';
import { Subject } from '../../core/auth/subject';
import { Personal } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { Permission, SELF } from '../permissions';
import { CertificateIssueReason } from './certificate-issue.entity';

export enum CertificateStatus {
  VALID = 'valid',
  REVOKED = 'revoked',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

export enum NameCheckResult {
  MATCH = 'match',
  NO_MATCH = 'noMatch',
}
registerEnumType(NameCheckResult, { name: 'NameCheckResult', description: 'Whether the name typed by a verifier is the one on the certificate; nothing more.' });

export enum CertificateBundleFormat {
  PDF = 'pdf',
  ZIP = 'zip',
}
registerEnumType(CertificateBundleFormat, { name: 'CertificateBundleFormat', description: 'One PDF with a page per certificate, or a ZIP of one PDF per certificate.' });

const CERTIFICATE_RETENTION = 'As long as the student record it belongs to (the follow-up period after completion); deleted with it.';
const CERTIFICATE_RETENTION_JA = '受講記録と同じ期間（修了後の追跡期間）保存し、受講記録とともに削除します。';

/** One printed copy: the first issue or a reissue. */
@Allow(SELF, Permission.CertificateManage)
@Subject('accountId')
@ObjectType()
export class CertificateCopy {
  accountId: number;

  @Field(() => ID)
  id: number;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when a reissue replaced this copy.' })
  supersededAt: Date | null;

  @Field(() => CertificateIssueReason)
  reason: CertificateIssueReason;
}

/** A completion certificate as its holder and staff see it. */
@Allow(SELF, Permission.CertificateManage)
@Subject('accountId')
@ObjectType('Certificate')
export class CertificateView {
  accountId: number;

  @Field(() => ID)
  id: number;

  @Field(() => String, { description: 'e.g. PCN-2026-WEL-0001; kept by reissues.' })
  number: string;

  @Field(() => ID)
  cohortId: number;

  @Field(() => ID)
  enrollmentId: number;

  @Field(() => String)
  courseTitle: string;

  @Field(() => FieldCode)
  fieldCode: FieldCode;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar)
  endsOn: string;

  @Field(() => LocalDateScalar)
  completedOn: string;

  @Field(() => Date, { description: 'The issue date of the current copy (a reissue’s date after a reissue).' })
  issuedAt: Date;

  @Field(() => Date, { description: 'The first issue.' })
  firstIssuedAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason: string | null;

  @Personal({
    category: 'learning',
    purpose: 'Printed on the completion certificate to identify the student (student number)',
    retention: CERTIFICATE_RETENTION,
    purposeJa: '修了証に印刷し受講生を特定するため（学籍番号）',
    retentionJa: CERTIFICATE_RETENTION_JA,
  })
  @Field(() => String)
  studentNumber: string;

  @Personal({
    category: 'identity',
    purpose: 'Printed on the completion certificate as the holder name',
    retention: CERTIFICATE_RETENTION,
    purposeJa: '修了証に修了者の氏名として印刷するため',
    retentionJa: CERTIFICATE_RETENTION_JA,
  })
  @Field(() => String)
  holderName: string;

  @Field(() => [CertificateCopy], { description: 'Every printed copy, oldest first; the last one is current.' })
  copies: CertificateCopy[];
}

/** What the public verify page shows: nothing about the holder. */
@Public()
@ObjectType()
export class CertificateVerification {
  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => String)
  number: string;

  @Field(() => String)
  courseTitle: string;

  @Field(() => FieldCode)
  fieldCode: FieldCode;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar)
  endsOn: string;

  @Field(() => LocalDateScalar)
  completedOn: string;

  @Field(() => LocalDateScalar, { description: 'The Tokyo date of the current copy: an earlier copy shows an older date.' })
  issuedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  revokedOn: string | null;
}

/** A file to download, base64-encoded. */
@Allow(Permission.StudyOwn, Permission.CertificateManage)
@ObjectType()
export class CertificateFile {
  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'application/pdf or application/zip' })
  contentType: string;

  @Field(() => String, { description: 'The file, base64-encoded; empty when count is 0 (nothing to download).' })
  base64: string;

  @Field(() => Number, { description: 'How many certificates it holds.' })
  count: number;
}
