import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '../catalog';

/**
 * One version of a course's completion rule (修了要件). Each change adds a version; decisions
 * record the version they used. A course without a row follows its field's default, version 0
 * (completion-rule.defaults.ts).
 */
@Entity('completion_rule')
@Index('UQ_completion_rule_course_version', ['courseId', 'version'], { unique: true })
export class CompletionRule {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  courseId: number;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'courseId', foreignKeyConstraintName: 'FK_completion_rule_course' })
  course?: Course;

  @Column({ type: 'int' })
  version: number;

  /** The minimum attendance rate, in percent, over all planned non-cancelled counting sessions. */
  @Column({ type: 'int' })
  minRatePercent: number;

  /** Whether the sessions marked requiredForCompletion must be attended. */
  @Column({ type: 'boolean' })
  requireMarkedSessions: boolean;

  /** The most absences allowed; null: no limit. */
  @Column({ type: 'int', nullable: true })
  maxAbsences: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;
}
