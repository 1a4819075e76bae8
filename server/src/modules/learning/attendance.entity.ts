import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Subject } from '../../core/auth/subject';
import { Personal } from '../../core/personal';
import { Timestamped } from '../../core/timestamped';
import { Permission, SELF } from '../permissions';
import { ClassSession } from './class-session.entity';
import { Account } from '../accounts';
import { Enrollment } from '../intake';

export const ATTENDANCE_RETENTION = 'Kept with the course history for the follow-up period after completion, then deleted; deleted earlier when the member asks';
export const ATTENDANCE_RETENTION_JA = '修了後の追跡調査の期間まで受講履歴とともに保存し、その後削除します。本人から求めがあれば速やかに削除します';

/**
 * One student's attendance at one class session: one row per (session, enrollment), written
 * with an upsert, so parallel saves and check-ins never duplicate it. Every change after the
 * first record is kept in attendance_change (who, when, from, to, why).
 */
@Allow(SELF, Permission.AttendanceRecord)
@Subject('accountId')
@ObjectType()
@Entity('attendance')
@Index('UQ_attendance_session_enrollment', ['classSessionId', 'enrollmentId'], { unique: true })
@Index('IDX_attendance_enrollment', ['enrollmentId'])
export class Attendance extends Timestamped {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  classSessionId: number;

  @ManyToOne(() => ClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'classSessionId', foreignKeyConstraintName: 'FK_attendance_class_session' })
  classSession?: ClassSession;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  enrollmentId: number;

  @ManyToOne(() => Enrollment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollmentId', foreignKeyConstraintName: 'FK_attendance_enrollment' })
  enrollment?: Enrollment;

  /** The student's account (denormalised from the enrollment, for SELF rules and erasure). */
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_attendance_account' })
  account?: Account;

  @Personal({
    category: 'learning',
    purpose: 'Decide completion from attendance, and follow the student’s progress',
    retention: ATTENDANCE_RETENTION,
    purposeJa: '出席から修了を判定し、受講の状況を見守るため',
    retentionJa: ATTENDANCE_RETENTION_JA,
  })
  @GqlField(() => String, { description: 'An attendance status code (AttendanceStatus.code).' })
  @Column({ type: 'varchar', length: 30 })
  statusCode: string;

  /** How it was recorded: staff entry, grid, CSV import, or the student's QR check-in. */
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 20 })
  source: string;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  recordedBy: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date, { description: 'When it was last changed.' })
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
