import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts';
import { Cohort } from '../catalog';
import { Enrollment } from '../intake';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Subject } from '../../core/auth/subject';
import { Timestamped } from '../../core/timestamped';
import { Permission, SELF } from '../permissions';
import { Personal } from '../../core/personal';
import { ATTENDANCE_RETENTION, ATTENDANCE_RETENTION_JA } from './attendance.entity';

export enum CompletionOutcome {
  COMPLETED = 'completed',
  NOT_COMPLETED = 'notCompleted',
}
registerEnumType(CompletionOutcome, { name: 'CompletionOutcome' });

/**
 * The completion decision (修了判定) for one enrollment, made by the completion run at the
 * cohort's end: one row per enrollment, with the rule version and the figures it used. A
 * completed student is an alumnus of that course and year (the member keeps the account).
 */
@Allow(SELF, Permission.CompletionDecide)
@Subject('accountId')
@ObjectType()
@Entity('completion')
@Index('UQ_completion_enrollment', ['enrollmentId'], { unique: true })
@Index('IDX_completion_cohort', ['cohortId'])
export class Completion extends Timestamped {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  enrollmentId: number;

  @ManyToOne(() => Enrollment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollmentId', foreignKeyConstraintName: 'FK_completion_enrollment' })
  enrollment?: Enrollment;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_completion_cohort' })
  cohort?: Cohort;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_completion_account' })
  account?: Account;

  @Personal({
    category: 'learning',
    purpose: 'Record whether the student completed the course (course history), for the certificate and the alumni follow-up',
    retention: ATTENDANCE_RETENTION,
    purposeJa: '修了したかどうかを受講履歴として記録し、修了証と卒業後の追跡調査に使うため',
    retentionJa: ATTENDANCE_RETENTION_JA,
  })
  @GqlField(() => CompletionOutcome)
  @Column({ type: 'varchar', length: 20 })
  outcome: CompletionOutcome;

  /** The Tokyo date of completion: the cohort's end (the run's day when staff finished the cohort before its end). */
  @GqlField(() => String)
  @Column({ type: 'date' })
  completedOn: string;

  @GqlField(() => Int, { description: 'The version of the course’s completion rule the decision used.' })
  @Column({ type: 'int' })
  ruleVersion: number;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  attended: number;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  planned: number;

  /** Set when staff decided against the rule; the reason is required and audited. */
  @GqlField(() => Boolean)
  @Column({ type: 'boolean' })
  overridden: boolean;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  overrideReason: string | null;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  decidedBy: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date, { description: 'When it was last changed.' })
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
