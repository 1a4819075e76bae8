import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts';
import { Cohort } from '../catalog';
import { Enrollment } from '../intake';
import { Timestamped } from '../../core/timestamped';

/**
 * A completion certificate (修了証): one per completed enrollment, with a number gapless per
 * field and academic year (PCN-2026-WEL-0001) and a random check code printed in the QR code of
 * the public verify URL. Reissues keep the number (certificate_issue holds each copy's date).
 * Not a GraphQL type itself: certificate.types.ts shapes what members, staff and the public see.
 */
@Entity('certificate')
@Index('UQ_certificate_enrollment', ['enrollmentId'], { unique: true })
@Index('UQ_certificate_number', ['number'], { unique: true })
@Index('IDX_certificate_cohort', ['cohortId'])
export class Certificate extends Timestamped {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  enrollmentId: number;

  @ManyToOne(() => Enrollment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollmentId', foreignKeyConstraintName: 'FK_certificate_enrollment' })
  enrollment?: Enrollment;

  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_certificate_cohort' })
  cohort?: Cohort;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_certificate_account' })
  account?: Account;

  /** e.g. PCN-2026-WEL-0001: unique, gapless per field and academic year of the cohort. */
  @Column({ type: 'varchar', length: 30 })
  number: string;

  /** Random, URL-safe, unguessable; only in the verify URL (QR code), never listed. */
  @Column({ type: 'varchar', length: 20 })
  checkCode: string;

  /** The first issue; the current copy's date is in certificate_issue. */
  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  revokeReason: string | null;

  @Column({ type: 'int', nullable: true })
  revokedBy: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
