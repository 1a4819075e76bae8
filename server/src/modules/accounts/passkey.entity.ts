import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from './account.entity';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';

/** A WebAuthn credential (passkey) registered as a second factor. */
@Allow(SELF, Permission.StaffRead)
@ObjectType()
@Entity('passkey')
@Index('UQ_passkey_credential', ['credentialId'], { unique: true })
@Index('IDX_passkey_account', ['accountId'])
export class Passkey {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_passkey_account' })
  account?: Account;

  /** base64url, as the authenticator gave it. */
  @Column({ type: 'varchar', length: 512 })
  credentialId: string;

  /** COSE public key, base64url. */
  @Column({ type: 'text' })
  publicKey: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  counter: number;

  @Column({ type: 'simple-array', nullable: true })
  transports: string[] | null;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null;
}
