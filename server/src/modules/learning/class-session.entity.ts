import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Timestamped } from '../../core/timestamped';
import { Permission } from '../permissions';
import { Cohort } from '../catalog';

export enum ClassSessionKind {
  LECTURE = 'lecture',
  FIELD_WORK = 'fieldWork',
  PRACTICE = 'practice',
  OTHER = 'other',
}
registerEnumType(ClassSessionKind, { name: 'ClassSessionKind' });

/**
 * One planned class session (講義日程・回) of a cohort. Never called `Session` in code: that is
 * the login session. A cancelled session stays (with its reason) but leaves the completion
 * denominator.
 */
@Allow(Permission.StudyOwn, Permission.AttendanceRecord)
@ObjectType()
@Entity('class_session')
@Index('IDX_class_session_cohort_starts', ['cohortId', 'startsAt'])
export class ClassSession extends Timestamped {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_class_session_cohort' })
  cohort?: Cohort;

  /** Start and end as instants (shown in Tokyo time). */
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  startsAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  endsAt: Date;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @GqlField(() => ClassSessionKind)
  @Column({ type: 'varchar', length: 20 })
  kind: ClassSessionKind;

  @GqlField(() => Boolean, { description: 'Whether it counts toward completion (the attendance rate and required sessions).' })
  @Column({ type: 'boolean' })
  countsTowardCompletion: boolean;

  @GqlField(() => Boolean, { description: 'A session every student must attend to complete (e.g. the final field work), when the course rule asks for it.' })
  @Column({ type: 'boolean' })
  requiredForCompletion: boolean;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  cancelReason: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
