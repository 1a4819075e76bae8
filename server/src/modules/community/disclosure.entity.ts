import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts';
import { Allow } from '../../core/auth/access';
import { Personal, type PersonalMark } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Permission, SELF } from '../permissions';
import { CommunityGroup } from './community-group.entity';
import { codesOf as list } from './code-list';

/** What a group may be given about a member, each approved or declined by the member. */
export enum DisclosureField {
  NAME = 'name',
  NAME_KANA = 'nameKana',
  PHONE = 'phone',
  EMAIL = 'email',
  /** The fields and years of the courses they completed. */
  STUDIED = 'studied',
}
registerEnumType(DisclosureField, { name: 'DisclosureField' });

export enum DisclosureStatus {
  /** Waiting for the member's answer. */
  PENDING = 'pending',
  ANSWERED = 'answered',
  /** Withdrawn by staff before or after the answer. */
  WITHDRAWN = 'withdrawn',
}
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus' });

export enum DisclosureAction {
  REQUESTED = 'requested',
  APPROVED = 'approved',
  DECLINED = 'declined',
  /** The introduction sheet was produced with these fields: what was given. */
  SHOWN = 'shown',
  REVOKED = 'revoked',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(DisclosureAction, { name: 'DisclosureAction' });

const DISCLOSURE: PersonalMark = {
  category: 'matching',
  purpose: 'Record what the member agreed to give a group, case by case, and what was given',
  retention: 'Kept for the follow-up period after completion, then deleted; deleted earlier when the member asks',
  purposeJa: '団体への情報提供について、本人が件ごとに同意した内容と実際に提供した内容を記録するため',
  retentionJa: '修了後の追跡調査の期間まで保存し、その後削除します。本人から求めがあれば速やかに削除します',
};

/** A group's request for information about a member (情報提供の同意), stated by staff: which fields, to whom, why, until when. */
@Allow(SELF, Permission.CommunityManage)
@ObjectType()
@Entity('disclosure_request')
@Index('IDX_disclosure_request_account', ['accountId'])
export class DisclosureRequest {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => String, { description: 'The request number, printed on the sheet (DR-000012).' })
  get number(): string {
    return `DR-${String(this.id).padStart(6, '0')}`;
  }

  @GqlField(() => ID)
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_disclosure_request_account' })
  account?: Account;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  groupId: number;

  @ManyToOne(() => CommunityGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId', foreignKeyConstraintName: 'FK_disclosure_request_group' })
  group?: CommunityGroup;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  introductionId: number | null;

  @Column({ type: 'varchar', length: 100 })
  fieldList: string;

  @GqlField(() => [DisclosureField], { description: 'The fields asked for.' })
  get fields(): DisclosureField[] {
    return list(this.fieldList) as DisclosureField[];
  }

  @Personal(DISCLOSURE)
  @GqlField(() => String, { description: 'Why the group asks (shown to the member).' })
  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  @GqlField(() => LocalDateScalar, { description: 'The last day the group may be given the approved fields.' })
  @Column({ type: 'date' })
  validUntil: string;

  @GqlField(() => DisclosureStatus)
  @Column({ type: 'varchar', length: 20 })
  status: DisclosureStatus;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  createdBy: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  version: number;
}

/** The member's answer for one field of a request, and its revocation. */
@Allow(SELF, Permission.CommunityManage)
@ObjectType()
@Entity('disclosure_decision')
@Index('UQ_disclosure_decision', ['requestId', 'field'], { unique: true })
export class DisclosureDecision {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  requestId: number;

  @ManyToOne(() => DisclosureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requestId', foreignKeyConstraintName: 'FK_disclosure_decision_request' })
  request?: DisclosureRequest;

  @Column({ type: 'int' })
  accountId: number;

  @GqlField(() => DisclosureField)
  @Column({ type: 'varchar', length: 20 })
  field: DisclosureField;

  @Personal(DISCLOSURE)
  @GqlField(() => Boolean)
  @Column({ type: 'boolean' })
  approved: boolean;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  decidedAt: Date;

  @GqlField(() => Date, { nullable: true, description: 'When the member took the approval back.' })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}

/** The disclosure ledger the member reads: what, to whom, why, when, until when. */
@Allow(SELF, Permission.CommunityManage)
@ObjectType()
@Entity('disclosure_event')
@Index('IDX_disclosure_event_account', ['accountId'])
export class DisclosureEvent {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  requestId: number;

  @ManyToOne(() => DisclosureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requestId', foreignKeyConstraintName: 'FK_disclosure_event_request' })
  request?: DisclosureRequest;

  @Column({ type: 'int' })
  accountId: number;

  @GqlField(() => DisclosureAction)
  @Column({ type: 'varchar', length: 20 })
  action: DisclosureAction;

  @Column({ type: 'varchar', length: 100 })
  fieldList: string;

  @Personal(DISCLOSURE)
  @GqlField(() => [DisclosureField], { description: 'The fields concerned (shown: what was given).' })
  get fields(): DisclosureField[] {
    return list(this.fieldList) as DisclosureField[];
  }

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => ID, { nullable: true, description: 'The staff member, or null for the member themself.' })
  @Column({ type: 'int', nullable: true })
  byStaff: number | null;
}
