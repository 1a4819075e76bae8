import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from './account.entity';

export enum TokenPurpose {
  /** The link in the mail sent at registration: it proves the member owns the address. */
  CONFIRM_REGISTRATION = 'confirm_registration',
  /** The link sent to a new address; the change takes effect when it is followed. */
  CONFIRM_EMAIL_CHANGE = 'confirm_email_change',
  PASSWORD_RESET = 'password_reset',
  LOGIN_ID_REMINDER = 'login_id_reminder',
  /** Between the password and the second factor at login; never mailed. */
  SECOND_FACTOR = 'second_factor',
  /** Between the passkey registration options and the authenticator's answer; never mailed. */
  PASSKEY_REGISTRATION = 'passkey_registration',
  /** No link: names the address a mail goes to (the old address after an email change). */
  MAIL_ADDRESS = 'mail_address',
}

/**
 * A one-time secret: the link in a mail, or the step between password and second factor.
 * Only its SHA-256 is stored. A mailed token's hash is written when the mail is sent, so
 * the secret itself never rests in the database (not even in the outbox).
 */
@Entity('account_token')
@Index('UQ_account_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_account_token_account', ['accountId', 'purpose'])
export class AccountToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_account_token_account' })
  account?: Account;

  @Column({ type: 'varchar', length: 30 })
  purpose: TokenPurpose;

  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  /** Where the mail goes when it is not the account's address (a new or an old address). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;
}
