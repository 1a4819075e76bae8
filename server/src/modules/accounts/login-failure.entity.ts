import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
