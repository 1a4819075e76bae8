import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Account } from './account.entity';

/**
 * A login session: the family of rotating refresh tokens. Access tokens carry its id,
 * so revoking it (logout, reuse, password change) takes effect on every server at once.
 */
@Entity('session')
@Index('IDX_session_account', ['accountId'])
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_session_account' })
  account?: Account;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason: string | null;
}

/** One refresh token of a session; only its SHA-256 is stored. */
@Entity('refresh_token')
@Index('IDX_refresh_token_session', ['sessionId'])
export class RefreshToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 36 })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_refresh_token_session' })
  session?: Session;

  @Index('UQ_refresh_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;
}

/** Failed logins, kept in the database so throttling holds across server instances. */
@Entity('login_failure')
@Index('IDX_login_failure_key_at', ['throttleKey', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn()
  id: number;

  /** "ip:<address>"; never the identifier typed, which may be an email address. */
  @Column({ type: 'varchar', length: 80 })
  throttleKey: string;

  @Column({ type: 'datetime' })
  at: Date;
}
