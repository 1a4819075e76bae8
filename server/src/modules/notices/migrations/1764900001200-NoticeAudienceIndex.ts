import { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../../../core/migration-helpers';

/**
 * The notices a member may read (my page's unread count and list) are one OR over audiences:
 * their own (`member` and their account), everyone's, their cohorts' and their fields'. On
 * (audience) alone MariaDB read every `member` notice of the ward to find one member's: at
 * 100,000 members (86,000 personal notices, bench/scale.ts) 42,000 rows and 75 ms a request. On
 * (audience, accountId) the same statement reads the few dozen rows it returns.
 */
export class NoticeAudienceIndex1764900001200 implements MigrationInterface {
  name = 'NoticeAudienceIndex1764900001200';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('notice', index('IDX_notice_audience_account', ['audience', 'accountId']));
    await q.dropIndex('notice', 'IDX_notice_audience');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('notice', index('IDX_notice_audience', ['audience']));
    await q.dropIndex('notice', 'IDX_notice_audience_account');
  }
}
