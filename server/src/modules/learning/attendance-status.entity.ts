import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '../catalog';
import { Field as GqlField, ID, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';

/** The seeded codes; a course may add its own or change what counts before its first session. */
export const DEFAULT_ATTENDANCE_STATUSES = [
  { code: 'present', countsAsAttended: true, sortOrder: 1 },
  { code: 'late', countsAsAttended: true, sortOrder: 2 },
  { code: 'leftEarly', countsAsAttended: true, sortOrder: 3 },
  { code: 'absent', countsAsAttended: false, sortOrder: 4 },
  { code: 'excused', countsAsAttended: false, sortOrder: 5 },
] as const;

/**
 * An attendance status as data (出席・遅刻・早退・欠席・届出欠席): whether it counts as attended.
 * courseId null is the default set; a row with a courseId replaces the default of that code for
 * that course. The defaults' names are message keys on the clients; a course's own new code
 * carries its name (label, and labelEn for the English screens).
 */
@Allow(Permission.StudyOwn, Permission.AttendanceRecord)
@ObjectType()
@Entity('attendance_status')
@Index('UQ_attendance_status_course_code', ['courseId', 'code'], { unique: true })
export class AttendanceStatus {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  courseId: number | null;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'courseId', foreignKeyConstraintName: 'FK_attendance_status_course' })
  course?: Course;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @GqlField(() => Boolean)
  @Column({ type: 'boolean' })
  countsAsAttended: boolean;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;

  @GqlField(() => String, { nullable: true, description: 'The name of a course’s own code (e.g. オンライン参加); null for the default codes.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  label: string | null;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  labelEn: string | null;
}
