import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** An activity record may name a registered group (団体登録) besides its name. */
export class ActivityGroup1764900000100 implements MigrationInterface {
  name = 'ActivityGroup1764900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('activity_record_version', new TableColumn({ name: 'groupId', type: 'integer', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('activity_record_version', 'groupId');
  }
}
