import { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../../../core/migration-helpers';

/** The audit log screen filters by action and target type. */
export class AuditFilters1764500100300 implements MigrationInterface {
  name = 'AuditFilters1764500100300';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('audit_log', index('IDX_audit_action', ['action']));
    await q.createIndex('audit_log', index('IDX_audit_target_type', ['targetType']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('audit_log', 'IDX_audit_target_type');
    await q.dropIndex('audit_log', 'IDX_audit_action');
  }
}
