import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One published version of the privacy notice (個人情報の取扱いについて), with its text in Japanese
 * and English and the moment it takes effect. Versions are never edited or deleted: the consent
 * ledger names them, and the notice in force is the latest one whose effectiveFrom has passed.
 */
@Entity('privacy_notice_version')
@Index('IDX_privacy_notice_version_effective', ['effectiveFrom'])
export class PrivacyNoticeVersion {
  @PrimaryGeneratedColumn()
  id: number;

  /** e.g. "2026-04"; what the consent ledger records (consent.version). */
  @Index('UQ_privacy_notice_version', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  version: string;

  @Column({ type: 'text' })
  textJa: string;

  @Column({ type: 'text' })
  textEn: string;

  @Column({ type: 'datetime' })
  effectiveFrom: Date;

  @Column({ type: 'datetime' })
  publishedAt: Date;

  /** The ward administrator who published it; null for the version the system was installed with. */
  @Column({ type: 'int', nullable: true })
  publishedBy: number | null;
}
