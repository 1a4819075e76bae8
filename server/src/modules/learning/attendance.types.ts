import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Personal } from '../../core/personal';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Enrollment } from '../intake';
import { ATTENDANCE_RETENTION, ATTENDANCE_RETENTION_JA, Attendance } from './attendance.entity';
import { ClassSession } from './class-session.entity';

const CELL_MARK = {
  category: 'learning',
  purpose: 'Decide completion from attendance, and follow the student’s progress',
  retention: ATTENDANCE_RETENTION,
  purposeJa: '出席から修了を判定し、受講の状況を見守るため',
  retentionJa: ATTENDANCE_RETENTION_JA,
} as const;

/** One student on a session's attendance sheet: the recorded status, or `present` when none is recorded yet. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class SessionAttendanceRow {
  /** The attendance record's id (for the audit of staff reads); undefined when nothing is recorded. */
  id?: number;
  /** The student's account (the subject of the audit). */
  accountId: number;

  @Field(() => Enrollment)
  enrollment: Enrollment;

  @Personal(CELL_MARK)
  @Field(() => String, { description: 'The recorded status code, or `present` when nothing is recorded yet.' })
  statusCode: string;

  @Field(() => Boolean)
  recorded: boolean;

  @Field(() => Attendance, { nullable: true })
  attendance: Attendance | null;
}

/** A session's attendance sheet: its roster (students not withdrawn before it), by student number. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class SessionAttendance {
  @Field(() => ClassSession)
  session: ClassSession;

  @Field(() => [SessionAttendanceRow])
  rows: SessionAttendanceRow[];
}

/** One cell of the attendance grid: a student at a session, with the recorded status or null. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class AttendanceCell {
  /** The attendance record's id (for the audit of staff reads); undefined when nothing is recorded. */
  id?: number;
  /** The student's account (the subject of the audit). */
  accountId: number;

  @Field(() => ID)
  classSessionId: number;

  @Field(() => ID)
  enrollmentId: number;

  @Personal(CELL_MARK)
  @Field(() => String, { nullable: true, description: 'The recorded status code; null: not recorded.' })
  statusCode: string | null;
}

/** A cohort's attendance grid: its sessions by start (cancelled ones flagged by cancelledAt), its students by student number, and one cell per pair. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class AttendanceGrid {
  @Field(() => ID)
  cohortId: number;

  @Field(() => [ClassSession])
  sessions: ClassSession[];

  @Field(() => [Enrollment])
  students: Enrollment[];

  @Field(() => [AttendanceCell], { description: 'Sessions × students, session by session.' })
  cells: AttendanceCell[];
}

/** One session of the member's own attendance: their record, or none yet. */
@Allow(Permission.StudyOwn)
@ObjectType()
export class MyAttendanceRow {
  @Field(() => ClassSession)
  session: ClassSession;

  @Field(() => String, { nullable: true, description: 'My status code; null: not recorded.' })
  statusCode: string | null;

  @Field(() => Attendance, { nullable: true, description: 'The record with its changes.' })
  attendance: Attendance | null;
}

/** The member's own attendance in one cohort they are enrolled in. */
@Allow(Permission.StudyOwn)
@ObjectType()
export class MyAttendance {
  @Field(() => ID)
  cohortId: number;

  @Field(() => Enrollment)
  enrollment: Enrollment;

  @Field(() => [MyAttendanceRow])
  sessions: MyAttendanceRow[];

  @Field(() => [CourseAttendanceStatus], { description: 'The course’s statuses, for their names.' })
  statuses: CourseAttendanceStatus[];
}

/** One effective attendance status of a course: the default of its code, or the course's own row replacing it. */
@Allow(Permission.StudyOwn, Permission.AttendanceRecord, Permission.CatalogManage)
@ObjectType()
export class CourseAttendanceStatus {
  @Field(() => ID, { description: 'The course asked about.' })
  courseId: number;

  @Field(() => String, { description: 'The code; the default codes are named by message keys on the clients (attendanceStatus.<code>).' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The name of a code the course added (shown where the clients have no message key for it).' })
  label: string | null;

  @Field(() => String, { nullable: true })
  labelEn: string | null;

  @Field(() => Boolean)
  countsAsAttended: boolean;

  @Field(() => Int)
  sortOrder: number;

  @Field(() => Boolean, { description: 'Whether the course has its own row for this code (false: the default).' })
  courseOwn: boolean;
}
