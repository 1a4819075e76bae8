import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Staff notes of what groups say about alumni (団体からの声). */
export class GroupNotes1764800000000 implements MigrationInterface {
  name = 'GroupNotes1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'group_note',
        columns: [
          id(),
          int('accountId'),
          int('groupId', true),
          varchar('groupName', 200),
          varchar('kind', 20),
          text('text'),
          date('heardOn'),
          int('recordedBy'),
          datetime('recordedAt'),
        ],
        indices: [index('IDX_group_note_account', ['accountId', 'heardOn'])],
        foreignKeys: [fk('FK_group_note_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('group_note');
  }
}
