import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Created } from '../../core/timestamped';

/**
 * Mail waiting to be sent, written in the same transaction as the notice it announces.
 * It names the account, not the address, and the body says only that a notice is waiting.
 */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_pending', ['sentAt', 'id'])
export class MailOutbox extends Created {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'varchar', length: 40 })
  template: string;

  /** For account mail: the one-time token whose link the mail carries (minted at sending) or whose address it goes to. */
  @Column({ type: 'int', nullable: true })
  tokenId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  claimToken: string | null;

  @Column({ type: 'datetime', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;
}
