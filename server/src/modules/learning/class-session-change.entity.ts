import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { ClassSession } from './class-session.entity';

export enum ClassSessionChangeKind {
  RESCHEDULED = 'rescheduled',
  CANCELLED = 'cancelled',
  EDITED = 'edited',
}
registerEnumType(ClassSessionChangeKind, { name: 'ClassSessionChangeKind' });

/**
 * One change of a planned class session: a reschedule (time or venue, with its reason), a
 * cancellation (with its reason), or another edit. The before and after of time and venue are kept.
 */
@Allow(Permission.AttendanceRecord)
@ObjectType()
@Entity('class_session_change')
@Index('IDX_class_session_change_session', ['classSessionId'])
export class ClassSessionChange {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  classSessionId: number;

  @ManyToOne(() => ClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'classSessionId', foreignKeyConstraintName: 'FK_class_session_change_session' })
  classSession?: ClassSession;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @GqlField(() => ClassSessionChangeKind)
  @Column({ type: 'varchar', length: 20 })
  kind: ClassSessionChangeKind;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  fromStartsAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  toStartsAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  fromEndsAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  toEndsAt: Date;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  fromVenue: string;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  toVenue: string;

  /** Required for a reschedule and a cancellation; free text staff wrote. */
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reason: string | null;
}
