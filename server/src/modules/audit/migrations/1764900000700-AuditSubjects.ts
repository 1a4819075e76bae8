import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { index, text } from '../../../core/migration-helpers';

/** The members each audit row is about, for their access history. */
export class AuditSubjects1764900000700 implements MigrationInterface {
  name = 'AuditSubjects1764900000700';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('audit_log', new TableColumn(text('subjectIdList', true)));
    await q.createTable(
      new Table({
        name: 'audit_subject',
        columns: [
          { name: 'auditId', type: 'integer', isPrimary: true },
          { name: 'accountId', type: 'integer', isPrimary: true },
        ],
        indices: [index('IDX_audit_subject_account', ['accountId', 'auditId'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_subject');
    await q.dropColumn('audit_log', 'subjectIdList');
  }
}
