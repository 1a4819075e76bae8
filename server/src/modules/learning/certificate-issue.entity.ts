import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { Certificate } from './certificate.entity';

export enum CertificateIssueReason {
  FIRST = 'first',
  LOST = 'lost',
  DAMAGED = 'damaged',
  /** Valid again after an override of its revocation's completion decision. */
  REINSTATED = 'reinstated',
}
registerEnumType(CertificateIssueReason, { name: 'CertificateIssueReason', description: 'Why a copy of a certificate was issued: the first issue, or a reissue.' });

/**
 * One printed copy of a certificate: the first issue and each reissue (lost or damaged). The
 * current copy has no supersededAt; a reissue marks the earlier copy superseded.
 */
@Entity('certificate_issue')
@Index('IDX_certificate_issue_certificate', ['certificateId'])
export class CertificateIssue {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  certificateId: number;

  @ManyToOne(() => Certificate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificateId', foreignKeyConstraintName: 'FK_certificate_issue_certificate' })
  certificate?: Certificate;

  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'varchar', length: 10 })
  reason: CertificateIssueReason;

  /** The staff member who reissued it; null for the first issue by the completion run. */
  @Column({ type: 'int', nullable: true })
  issuedBy: number | null;
}
