import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, date, datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';
import { DEFAULT_ATTENDANCE_STATUSES } from '../attendance-status.entity';

/** Class sessions, attendance statuses (the defaults seeded), attendance and its changes, completion decisions. */
export class LearningTables1764600000000 implements MigrationInterface {
  name = 'LearningTables1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'class_session',
        columns: [
          id(),
          int('cohortId'),
          datetime('startsAt'),
          datetime('endsAt'),
          varchar('title', 200),
          varchar('venue', 200),
          varchar('kind', 20),
          bool('countsTowardCompletion'),
          bool('requiredForCompletion'),
          datetime('cancelledAt', true),
          varchar('cancelReason', 300, true),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_class_session_cohort_starts', ['cohortId', 'startsAt'])],
        foreignKeys: [fk('FK_class_session_cohort', 'cohortId', 'cohort', 'id', 'RESTRICT')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attendance_status',
        columns: [id(), int('courseId', true), varchar('code', 30), bool('countsAsAttended'), int('sortOrder')],
        indices: [index('UQ_attendance_status_course_code', ['courseId', 'code'], true)],
        foreignKeys: [fk('FK_attendance_status_course', 'courseId', 'course', 'id', 'CASCADE')],
      }),
    );
    for (const s of DEFAULT_ATTENDANCE_STATUSES) {
      await q.query('INSERT INTO attendance_status (courseId, code, countsAsAttended, sortOrder) VALUES (NULL, ?, ?, ?)', [s.code, s.countsAsAttended ? 1 : 0, s.sortOrder]);
    }
    await q.createTable(
      new Table({
        name: 'attendance',
        columns: [
          id(),
          int('classSessionId'),
          int('enrollmentId'),
          int('accountId'),
          varchar('statusCode', 30),
          varchar('source', 20),
          int('recordedBy', true),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('UQ_attendance_session_enrollment', ['classSessionId', 'enrollmentId'], true), index('IDX_attendance_enrollment', ['enrollmentId'])],
        foreignKeys: [
          fk('FK_attendance_class_session', 'classSessionId', 'class_session', 'id', 'CASCADE'),
          fk('FK_attendance_enrollment', 'enrollmentId', 'enrollment', 'id', 'CASCADE'),
          fk('FK_attendance_account', 'accountId', 'account', 'id', 'CASCADE'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attendance_change',
        columns: [
          id(),
          int('attendanceId'),
          int('accountId'),
          datetime('at'),
          varchar('fromStatus', 30),
          varchar('toStatus', 30),
          varchar('reason', 300, true),
          int('actorId', true),
          varchar('source', 20),
        ],
        indices: [index('IDX_attendance_change_attendance', ['attendanceId'])],
        foreignKeys: [fk('FK_attendance_change_attendance', 'attendanceId', 'attendance', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'completion',
        columns: [
          id(),
          int('enrollmentId'),
          int('cohortId'),
          int('accountId'),
          varchar('outcome', 20),
          date('completedOn'),
          int('ruleVersion'),
          int('attended'),
          int('planned'),
          bool('overridden'),
          varchar('overrideReason', 300, true),
          int('decidedBy', true),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('UQ_completion_enrollment', ['enrollmentId'], true), index('IDX_completion_cohort', ['cohortId'])],
        foreignKeys: [
          fk('FK_completion_enrollment', 'enrollmentId', 'enrollment', 'id', 'CASCADE'),
          fk('FK_completion_cohort', 'cohortId', 'cohort', 'id', 'RESTRICT'),
          fk('FK_completion_account', 'accountId', 'account', 'id', 'CASCADE'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['completion', 'attendance_change', 'attendance', 'attendance_status', 'class_session']) await q.dropTable(table);
  }
}
