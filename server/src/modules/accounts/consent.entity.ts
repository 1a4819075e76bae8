import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from './account.entity';

/** Acceptance of a version of the privacy notice, taken at registration. */
@Entity('consent')
@Index('IDX_consent_account', ['accountId'])
export class Consent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_consent_account' })
  account?: Account;

  /** e.g. "privacy-notice" */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 20 })
  version: string;

  @Column({ type: 'datetime' })
  acceptedAt: Date;
}
