import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enrollment } from '../intake';

export enum ProgressNoticeKind {
  AT_RISK = 'atRisk',
  NOT_ACHIEVABLE = 'notAchievable',
}

/**
 * That a student was sent the at-risk (or no-longer-achievable) notice: one row per
 * (enrollment, kind), so each notice goes out exactly once, whatever the number of instances
 * running the job. The insert is the claim: a duplicate key means it was already sent.
 */
@Entity('progress_notice')
@Index('UQ_progress_notice_enrollment_kind', ['enrollmentId', 'kind'], { unique: true })
export class ProgressNotice {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  enrollmentId: number;

  @ManyToOne(() => Enrollment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollmentId', foreignKeyConstraintName: 'FK_progress_notice_enrollment' })
  enrollment?: Enrollment;

  @Column({ type: 'varchar', length: 20 })
  kind: ProgressNoticeKind;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
