import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Consultations (相談): what an alumnus would like to do, for matching. */
export class Consultations1764900000300 implements MigrationInterface {
  name = 'Consultations1764900000300';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'consultation',
        columns: [
          id(),
          int('accountId'),
          int('postingId', true),
          varchar('fieldCodeList', 100),
          varchar('districtCode', 30, true),
          varchar('dayList', 50),
          varchar('timeList', 50),
          text('text', true),
          varchar('status', 20),
          varchar('closeReason', 300, true),
          varchar('source', 20),
          int('recordedBy', true),
          int('version'),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_consultation_account', ['accountId']), index('IDX_consultation_status', ['status'])],
        foreignKeys: [fk('FK_consultation_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('consultation');
  }
}
