import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** The history of planned class sessions: reschedules, cancellations and other edits. */
export class ClassSessionChanges1764600000100 implements MigrationInterface {
  name = 'ClassSessionChanges1764600000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'class_session_change',
        columns: [
          id(),
          int('classSessionId'),
          datetime('at'),
          int('actorId', true),
          varchar('kind', 20),
          datetime('fromStartsAt'),
          datetime('toStartsAt'),
          datetime('fromEndsAt'),
          datetime('toEndsAt'),
          varchar('fromVenue', 200),
          varchar('toVenue', 200),
          varchar('reason', 300, true),
        ],
        indices: [index('IDX_class_session_change_session', ['classSessionId'])],
        foreignKeys: [fk('FK_class_session_change_session', 'classSessionId', 'class_session', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('class_session_change');
  }
}
