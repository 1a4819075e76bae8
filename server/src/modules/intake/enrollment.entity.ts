import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';
import { Personal } from '../../core/personal';
import { Cohort } from '../catalog';
import { Application, APPLICATION_RETENTION, APPLICATION_RETENTION_JA, STAFF } from './application.entity';

/** Why a student withdrew (退学): a category, with optional text. */
export enum WithdrawalReason {
  HEALTH = 'health',
  WORK = 'work',
  FAMILY = 'family',
  MOVED_AWAY = 'movedAway',
  OTHER = 'other',
}
registerEnumType(WithdrawalReason, { name: 'WithdrawalReason' });

/** A student (受講生): an accepted applicant who took the seat. */
@ObjectType()
@Entity('enrollment')
@Index('IDX_enrollment_cohort', ['cohortId'])
export class Enrollment {
  @Allow(SELF, ...STAFF)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_enrollment_application', { unique: true })
  @Column({ type: 'int' })
  applicationId: number;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_enrollment_application' })
  application?: Application;

  @Allow(SELF, ...STAFF)
  @GqlField(() => ID)
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_enrollment_cohort' })
  cohort?: Cohort;

  @Column({ type: 'int' })
  accountId: number;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @Personal({
    category: 'learning',
    purpose: 'Identify the student in the course and on the completion certificate (学籍番号)',
    retention: APPLICATION_RETENTION,
    purposeJa: '講座と修了証で受講生を特定するため（学籍番号）',
    retentionJa: APPLICATION_RETENTION_JA,
  })
  @GqlField(() => String, { description: 'e.g. 2026-WEL-001: unique, never reused, gapless per field and year.' })
  @Index('UQ_enrollment_student_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  studentNumber: string;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  enrolledAt: Date;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @GqlField(() => WithdrawalReason, { nullable: true, description: 'Why the student withdrew (退学); null before the start or when not withdrawn.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  withdrawalReason: WithdrawalReason | null;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @Personal({
    category: 'learning',
    purpose: 'Record why a student withdrew, in their own words, so staff can follow up',
    retention: APPLICATION_RETENTION,
    purposeJa: '退学の理由を本人の言葉で記録し、必要な連絡をするため',
    retentionJa: APPLICATION_RETENTION_JA,
  })
  @GqlField(() => String, { nullable: true, description: 'The withdrawal reason in the student’s (or staff’s) words, optional.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  withdrawalText: string | null;

  /** Who recorded the withdrawal: the student, or staff. */
  @Column({ type: 'int', nullable: true })
  withdrawnBy: number | null;
}
