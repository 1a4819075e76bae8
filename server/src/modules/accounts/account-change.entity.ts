import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from './account.entity';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';

/**
 * A change to an account, for the member's own history ("変更履歴"): what changed, when and
 * by whom, never the values. The audit log holds the same event for the ward.
 */
@Allow(SELF, Permission.MemberRead)
@ObjectType()
@Entity('account_change')
@Index('IDX_account_change_account', ['accountId', 'at'])
export class AccountChange {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_account_change_account' })
  account?: Account;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => String, { description: 'details, email, password, second_factor, status, unlock…' })
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @GqlField(() => [String], { description: 'Names of the fields that changed.' })
  @Column({ type: 'simple-array', nullable: true })
  fields: string[];

  @GqlField(() => Boolean, { description: 'Made by a ward administrator rather than the account holder.' })
  @Column({ type: 'boolean' })
  byAdministrator: boolean;
}
