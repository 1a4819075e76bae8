import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Enrollment } from '../intake';

/** One problem in an attendance CSV file, named by its line and column. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class AttendanceImportError {
  @Field(() => Int, { description: 'The line in the file (1 = the heading line).' })
  row: number;

  @Field(() => String, { description: 'The column’s heading as written in the file.' })
  column: string;

  @Field(() => Int, { description: 'The column’s position (1 = the first).' })
  columnNumber: number;

  @Field(() => String, {
    description:
      'A message key: import.unknownStudent, import.unknownStatus, import.otherCohortSession, import.unknownSession, import.ambiguousSession, import.cancelledSession, import.withdrawnStudent, import.duplicate.',
  })
  code: string;

  @Field(() => String, { description: 'The cell’s value as read.' })
  value: string;
}

/** One attendance the file would record. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class AttendanceImportEntry {
  @Field(() => Int)
  row: number;

  @Field(() => String)
  column: string;

  @Field(() => ID)
  enrollmentId: number;

  @Field(() => Enrollment, { description: 'The student the row names (their student number is personal information; staff reads are audited).' })
  enrollment: Enrollment;

  @Field(() => ID)
  classSessionId: number;

  @Field(() => String)
  statusCode: string;
}

/** What an attendance CSV file would record, and every error in it; nothing is written. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class AttendanceImportPreview {
  @Field(() => String, { description: '"session" (the per-session sheet) or "grid" (students × sessions).' })
  layout: string;

  @Field(() => [ID], { description: 'The sessions the file’s columns name, in column order.' })
  classSessionIds: number[];

  @Field(() => [AttendanceImportEntry])
  entries: AttendanceImportEntry[];

  @Field(() => [AttendanceImportError])
  errors: AttendanceImportError[];

  @Field(() => Int)
  entryCount: number;

  @Field(() => Int)
  errorCount: number;
}

/** What applying an attendance CSV file recorded. */
@Allow(Permission.AttendanceRecord)
@ObjectType()
export class AttendanceImportResult {
  @Field(() => Int)
  entryCount: number;

  @Field(() => Int, { description: 'Attendance records created.' })
  created: number;

  @Field(() => Int, { description: 'Existing records changed (each change kept in the correction history).' })
  changed: number;
}
