import { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../../../core/migration-helpers';

/**
 * Indexes the reports need at the ward's scale (100,000 members, bench/scale.ts):
 * - activity_record_version (accountId): the studied × active matrix (and the alumni activity
 *   report built on it) joins each completion to its alumnus's activity records by the version's
 *   accountId. Without it MariaDB read every activity record for every completion: 31 s for one
 *   year at 100,000 members (5,000 completions × 6,800 records), minutes for all years.
 */
export class ReportIndexes1764900001100 implements MigrationInterface {
  name = 'ReportIndexes1764900001100';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('activity_record_version', index('IDX_activity_record_version_account', ['accountId']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('activity_record_version', 'IDX_activity_record_version_account');
  }
}
