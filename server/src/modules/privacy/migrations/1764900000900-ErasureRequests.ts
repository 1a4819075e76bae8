import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** Requests to erase a member's data, kept as proof after the erasure. */
export class ErasureRequests1764900000900 implements MigrationInterface {
  name = 'ErasureRequests1764900000900';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'erasure_request',
        columns: [
          id(),
          int('accountId'),
          varchar('channel', 20),
          varchar('reason', 30),
          bool('identityChecked'),
          varchar('status', 20),
          datetime('requestedAt'),
          int('requestedBy'),
          datetime('executableFrom'),
          datetime('cancelledAt', true),
          datetime('executedAt', true),
          int('executedBy', true),
        ],
        foreignKeys: [fk('FK_erasure_request_account', 'accountId', 'account', 'id', 'RESTRICT')],
        indices: [index('IDX_erasure_request_account', ['accountId']), index('IDX_erasure_request_status', ['status', 'executableFrom'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('erasure_request');
  }
}
