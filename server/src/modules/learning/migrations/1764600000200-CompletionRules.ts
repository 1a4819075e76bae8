import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** Versioned completion rules per course, and the record of progress notices sent (each exactly once). */
export class CompletionRules1764600000200 implements MigrationInterface {
  name = 'CompletionRules1764600000200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'completion_rule',
        columns: [
          id(),
          int('courseId'),
          int('version'),
          int('minRatePercent'),
          bool('requireMarkedSessions'),
          int('maxAbsences', true),
          datetime('createdAt'),
          int('createdBy', true),
        ],
        indices: [index('UQ_completion_rule_course_version', ['courseId', 'version'], true)],
        foreignKeys: [fk('FK_completion_rule_course', 'courseId', 'course', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'progress_notice',
        columns: [id(), int('enrollmentId'), varchar('kind', 20), datetime('createdAt')],
        indices: [index('UQ_progress_notice_enrollment_kind', ['enrollmentId', 'kind'], true)],
        foreignKeys: [fk('FK_progress_notice_enrollment', 'enrollmentId', 'enrollment', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('progress_notice');
    await q.dropTable('completion_rule');
  }
}
