import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** QR self check-in: one row per class session while staff have opened it, and the code steps students used. */
export class CheckIn1764600000400 implements MigrationInterface {
  name = 'CheckIn1764600000400';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'check_in',
        columns: [id(), int('classSessionId'), varchar('secret', 200), datetime('openedAt'), int('openedBy', true), datetime('closedAt', true)],
        indices: [index('UQ_check_in_class_session', ['classSessionId'], true)],
        foreignKeys: [fk('FK_check_in_class_session', 'classSessionId', 'class_session', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'check_in_use',
        columns: [id(), int('classSessionId'), int('enrollmentId'), int('step'), datetime('at')],
        indices: [index('UQ_check_in_use_step', ['classSessionId', 'enrollmentId', 'step'], true), index('IDX_check_in_use_enrollment', ['enrollmentId'])],
        foreignKeys: [
          fk('FK_check_in_use_class_session', 'classSessionId', 'class_session', 'id', 'CASCADE'),
          fk('FK_check_in_use_enrollment', 'enrollmentId', 'enrollment', 'id', 'CASCADE'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['check_in_use', 'check_in']) await q.dropTable(table);
  }
}
