import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** Introductions (お引き合わせ) of alumni to groups. */
export class Introductions1764900000400 implements MigrationInterface {
  name = 'Introductions1764900000400';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'introduction',
        columns: [
          id(),
          int('consultationId'),
          int('accountId'),
          int('groupId'),
          int('postingId', true),
          datetime('meetingAt', true),
          varchar('place', 200, true),
          int('attendedBy', true),
          varchar('status', 20),
          varchar('outcomeReason', 300, true),
          { ...date('followUpOn'), isNullable: true },
          int('activityRecordId', true),
          int('version'),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_introduction_consultation', ['consultationId']), index('IDX_introduction_account', ['accountId'])],
        foreignKeys: [
          fk('FK_introduction_consultation', 'consultationId', 'consultation', 'id', 'CASCADE'),
          fk('FK_introduction_group', 'groupId', 'community_group', 'id', 'CASCADE'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('introduction');
  }
}
