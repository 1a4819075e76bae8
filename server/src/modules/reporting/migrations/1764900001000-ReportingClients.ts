import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, id, int, text, varchar } from '../../../core/migration-helpers';

/** Reporting clients: the ward's reporting tools, each with a hashed token and the registered operations it may run. */
export class ReportingClients1764900001000 implements MigrationInterface {
  name = 'ReportingClients1764900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'reporting_client',
        columns: [
          id(),
          varchar('name', 100),
          varchar('purpose', 500),
          text('operationList'),
          text('allowedCidrs'),
          varchar('tokenHash', 64),
          datetime('expiresAt'),
          datetime('revokedAt', true),
          datetime('tokenIssuedAt'),
          datetime('createdAt'),
          int('createdBy'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('reporting_client');
  }
}
