import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClassSession } from './class-session.entity';
import { Enrollment } from '../intake';

/** One code step a student used to check in: each step counts once per student (replays are refused). Not in the schema. */
@Entity('check_in_use')
@Index('UQ_check_in_use_step', ['classSessionId', 'enrollmentId', 'step'], { unique: true })
@Index('IDX_check_in_use_enrollment', ['enrollmentId'])
export class CheckInUse {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  classSessionId: number;

  @ManyToOne(() => ClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'classSessionId', foreignKeyConstraintName: 'FK_check_in_use_class_session' })
  classSession?: ClassSession;

  @Column({ type: 'int' })
  enrollmentId: number;

  @ManyToOne(() => Enrollment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollmentId', foreignKeyConstraintName: 'FK_check_in_use_enrollment' })
  enrollment?: Enrollment;

  /** floor(unix seconds / 30) of the code used. */
  @Column({ type: 'int' })
  step: number;

  @Column({ type: 'datetime' })
  at: Date;
}
