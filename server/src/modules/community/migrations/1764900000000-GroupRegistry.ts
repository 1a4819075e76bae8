import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** The group registry (団体登録): districts, groups and their edit history. */
export class GroupRegistry1764900000000 implements MigrationInterface {
  name = 'GroupRegistry1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'district',
        columns: [
          { name: 'code', type: 'varchar', length: '30', isPrimary: true },
          varchar('nameJa', 100),
          varchar('nameEn', 100),
          int('sortOrder'),
          varchar('neighbourList', 300),
        ],
      }),
    );
    // The ward's four areas (DOMAIN.md); 練馬 borders the other three, 光が丘–大泉 and 石神井–大泉 touch.
    await q.manager
      .createQueryBuilder()
      .insert()
      .into('district')
      .values([
        { code: 'nerima', nameJa: '練馬', nameEn: 'Nerima', sortOrder: 1, neighbourList: 'hikarigaoka,shakujii,oizumi' },
        { code: 'hikarigaoka', nameJa: '光が丘', nameEn: 'Hikarigaoka', sortOrder: 2, neighbourList: 'nerima,oizumi' },
        { code: 'shakujii', nameJa: '石神井', nameEn: 'Shakujii', sortOrder: 3, neighbourList: 'nerima,oizumi' },
        { code: 'oizumi', nameJa: '大泉', nameEn: 'Oizumi', sortOrder: 4, neighbourList: 'nerima,hikarigaoka,shakujii' },
      ])
      .execute();
    await q.createTable(
      new Table({
        name: 'community_group',
        columns: [
          id(),
          varchar('name', 200),
          varchar('kind', 30),
          varchar('fieldCodeList', 100),
          varchar('districtCode', 30),
          text('publicDescription'),
          varchar('publicContact', 300),
          varchar('status', 20),
          varchar('statusReason', 300, true),
          varchar('representativeName', 100),
          varchar('representativePhone', 20, true),
          varchar('representativeEmail', 254, true),
          date('interviewedOn'),
          int('interviewedBy'),
          text('interviewNotes', true),
          int('version'),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_community_group_status', ['status', 'districtCode'])],
        foreignKeys: [fk('FK_community_group_district', 'districtCode', 'district', 'code', 'RESTRICT')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'community_group_revision',
        columns: [
          id(),
          int('groupId'),
          int('version'),
          varchar('changedFieldList', 500),
          text('publicAfter'),
          varchar('reason', 300, true),
          int('changedBy'),
          datetime('changedAt'),
        ],
        indices: [index('UQ_community_group_revision', ['groupId', 'version'], true)],
        foreignKeys: [fk('FK_community_group_revision_group', 'groupId', 'community_group', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('community_group_revision');
    await q.dropTable('community_group');
    await q.dropTable('district');
  }
}
