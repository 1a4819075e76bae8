import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Subject } from '../../core/auth/subject';
import { Permission, SELF } from '../permissions';
import { Attendance } from './attendance.entity';

/** One change of an attendance record after it was first written: who, when, from, to and why. */
@Allow(SELF, Permission.AttendanceRecord)
@Subject('accountId')
@ObjectType()
@Entity('attendance_change')
@Index('IDX_attendance_change_attendance', ['attendanceId'])
export class AttendanceChange {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  attendanceId: number;

  @ManyToOne(() => Attendance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attendanceId', foreignKeyConstraintName: 'FK_attendance_change_attendance' })
  attendance?: Attendance;

  /** The student's account (as on the attendance row). */
  @Column({ type: 'int' })
  accountId: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 30 })
  fromStatus: string;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 30 })
  toStatus: string;

  /** Required for a correction after the session's day; free text staff wrote. */
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reason: string | null;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 20 })
  source: string;
}
