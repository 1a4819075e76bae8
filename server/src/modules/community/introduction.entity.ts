import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Personal, type PersonalMark } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Permission, SELF } from '../permissions';
import { Consultation } from './consultation.entity';
import { CommunityGroup } from './community-group.entity';

export enum IntroductionStatus {
  /** Chosen from the proposals; the meeting is being arranged or is arranged. */
  PLANNED = 'planned',
  /** Met; the outcome is not known yet (follow up on followUpOn). */
  PENDING = 'pending',
  JOINED = 'joined',
  NOT_A_FIT = 'notAFit',
}
registerEnumType(IntroductionStatus, { name: 'IntroductionStatus' });

const MATCHING: PersonalMark = {
  category: 'matching',
  purpose: 'Arrange and follow an introduction of the alumnus to a community group',
  retention: 'Kept for the follow-up period after completion, then deleted; deleted earlier when the member asks',
  purposeJa: '卒業生を地域団体にお引き合わせし、その後の様子を確認するため',
  retentionJa: '修了後の追跡調査の期間まで保存し、その後削除します。本人から求めがあれば速やかに削除します',
};

/** An introduction (お引き合わせ): staff take an alumnus to a group they would like to meet. */
@Allow(SELF, Permission.CommunityManage)
@ObjectType()
@Entity('introduction')
@Index('IDX_introduction_consultation', ['consultationId'])
@Index('IDX_introduction_account', ['accountId'])
export class Introduction {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  consultationId: number;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultationId', foreignKeyConstraintName: 'FK_introduction_consultation' })
  consultation?: Consultation;

  /** The subject of SELF. */
  @GqlField(() => ID)
  @Column({ type: 'int' })
  accountId: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  groupId: number;

  @ManyToOne(() => CommunityGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId', foreignKeyConstraintName: 'FK_introduction_group' })
  group?: CommunityGroup;

  @GqlField(() => ID, { nullable: true, description: 'The posting it came from, if any.' })
  @Column({ type: 'int', nullable: true })
  postingId: number | null;

  @Personal(MATCHING)
  @GqlField(() => Date, { nullable: true, description: 'When they meet; null: still being arranged.' })
  @Column({ type: 'datetime', nullable: true })
  meetingAt: Date | null;

  @Personal(MATCHING)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @GqlField(() => ID, { nullable: true, description: 'The staff member who attends.' })
  @Column({ type: 'int', nullable: true })
  attendedBy: number | null;

  @GqlField(() => IntroductionStatus)
  @Column({ type: 'varchar', length: 20 })
  status: IntroductionStatus;

  @Personal(MATCHING)
  @GqlField(() => String, { nullable: true, description: 'Why it was not a fit.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  outcomeReason: string | null;

  @GqlField(() => LocalDateScalar, { nullable: true, description: 'When staff ask again how it went.' })
  @Column({ type: 'date', nullable: true })
  followUpOn: string | null;

  @GqlField(() => ID, { nullable: true, description: 'The activity record "joined" made (source INTRODUCTION).' })
  @Column({ type: 'int', nullable: true })
  activityRecordId: number | null;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  version: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
