import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** The append-only audit log. */
export class AuditLog1764300000200 implements MigrationInterface {
  name = 'AuditLog1764300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id(),
          datetime('at'),
          int('actorId', true),
          varchar('actorRole', 30),
          varchar('action', 40),
          varchar('operation', 200, true),
          varchar('targetType', 60, true),
          text('targetIdList', true),
          text('fieldList', true),
          varchar('outcome', 20),
          varchar('reason', 60, true),
          varchar('ip', 64, true),
          varchar('requestId', 64, true),
        ],
        indices: [index('IDX_audit_at', ['at']), index('IDX_audit_actor', ['actorId'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log']) await q.dropTable(table);
  }
}
