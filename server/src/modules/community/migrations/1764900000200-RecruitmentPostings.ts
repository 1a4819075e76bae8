import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Recruitment postings (募集) and their pre-publication reviews. */
export class RecruitmentPostings1764900000200 implements MigrationInterface {
  name = 'RecruitmentPostings1764900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'recruitment_posting',
        columns: [
          id(),
          int('groupId'),
          varchar('title', 200),
          text('roleDescription'),
          varchar('fieldCodeList', 100),
          varchar('districtCode', 30),
          varchar('schedule', 300),
          int('headcount', true),
          varchar('alumniWelcomeList', 100),
          date('expiresOn'),
          varchar('status', 20),
          varchar('contactFlagList', 50),
          int('authorId'),
          datetime('submittedAt', true),
          datetime('publishedAt', true),
          datetime('closedAt', true),
          varchar('closeReason', 300, true),
          int('version'),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_recruitment_posting_status', ['status', 'expiresOn'])],
        foreignKeys: [
          fk('FK_recruitment_posting_group', 'groupId', 'community_group', 'id', 'CASCADE'),
          fk('FK_recruitment_posting_district', 'districtCode', 'district', 'code', 'RESTRICT'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recruitment_posting_review',
        columns: [
          id(),
          int('postingId'),
          int('version'),
          varchar('decision', 20),
          int('reviewerId'),
          varchar('note', 300, true),
          varchar('contactFlagList', 50),
          datetime('reviewedAt'),
        ],
        indices: [index('IDX_recruitment_posting_review', ['postingId'])],
        foreignKeys: [fk('FK_recruitment_posting_review_posting', 'postingId', 'recruitment_posting', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('recruitment_posting_review');
    await q.dropTable('recruitment_posting');
  }
}
