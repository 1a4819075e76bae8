import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Subject } from '../../core/auth/subject';
import { Account } from '../accounts';
import { Permission, SELF } from '../permissions';

/** How the member asked: on my page, or in person / by post / through a representative (recorded by staff). */
export enum ErasureChannel {
  SELF = 'self',
  COUNTER = 'counter',
  POST = 'post',
  REPRESENTATIVE = 'representative',
}
registerEnumType(ErasureChannel, { name: 'ErasureChannel' });

/** Why the data is erased: the member asks (利用停止・消去の請求), the purpose has ended, or consent was withdrawn. */
export enum ErasureReason {
  MEMBER_REQUEST = 'memberRequest',
  PURPOSE_ENDED = 'purposeEnded',
  CONSENT_WITHDRAWN = 'consentWithdrawn',
}
registerEnumType(ErasureReason, { name: 'ErasureReason' });

export enum ErasureStatus {
  /** Waiting for its cooling-off period to pass and for staff to carry it out. */
  PENDING = 'pending',
  CANCELLED = 'cancelled',
  EXECUTED = 'executed',
}
registerEnumType(ErasureStatus, { name: 'ErasureStatus' });

/**
 * A request to erase a member's data (削除の申出). It stays after the erasure as proof that it was
 * asked for and done; it names the account only by its id, which then points at a tombstone.
 */
@Allow(SELF, Permission.PrivacyExport, Permission.PrivacyErase)
@Subject('accountId')
@ObjectType('ErasureRequest')
@Entity('erasure_request')
@Index('IDX_erasure_request_account', ['accountId'])
@Index('IDX_erasure_request_status', ['status', 'executableFrom'])
export class ErasureRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The member (an account id; after the erasure, a tombstone).' })
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_erasure_request_account' })
  account?: Account;

  @Field(() => ErasureChannel)
  @Column({ type: 'varchar', length: 20 })
  channel: ErasureChannel;

  @Field(() => ErasureReason)
  @Column({ type: 'varchar', length: 30 })
  reason: ErasureReason;

  @Field(() => Boolean, { description: 'Staff checked an identity document (always true for a request made while logged in).' })
  @Column({ type: 'boolean' })
  identityChecked: boolean;

  @Field(() => ErasureStatus)
  @Column({ type: 'varchar', length: 20 })
  status: ErasureStatus;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  requestedAt: Date;

  @Field(() => ID, { description: 'Who recorded it: the member themself, or the staff member at the counter.' })
  @Column({ type: 'int' })
  requestedBy: number;

  @Field(() => Date, { description: 'When the cooling-off period ends and staff may carry it out.' })
  @Column({ type: 'datetime' })
  executableFrom: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  executedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  executedBy: number | null;
}
