import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** Alumni activity records (活動状況) and their versions: a correction or an end adds a version. */
export class ActivityRecords1764700000100 implements MigrationInterface {
  name = 'ActivityRecords1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'activity_record',
        columns: [id(), int('accountId'), int('version'), datetime('createdAt'), datetime('updatedAt')],
        indices: [index('IDX_activity_record_account', ['accountId'])],
        foreignKeys: [fk('FK_activity_record_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'activity_record_version',
        columns: [
          id(),
          int('recordId'),
          int('accountId'),
          int('version'),
          varchar('fieldCodeList', 100),
          varchar('groupName', 200),
          varchar('role', 100, true),
          date('startedOn'),
          { ...date('endedOn'), isNullable: true },
          int('hoursPerMonth', true),
          varchar('source', 20),
          int('enteredBy', true),
          datetime('enteredAt'),
        ],
        indices: [index('UQ_activity_record_version', ['recordId', 'version'], true)],
        foreignKeys: [fk('FK_activity_record_version_record', 'recordId', 'activity_record', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('activity_record_version');
    await q.dropTable('activity_record');
  }
}
