import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Notices, read state and the mail outbox. */
export class NoticesTables1764400000100 implements MigrationInterface {
  name = 'NoticesTables1764400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'notice',
        columns: [
          id(),
          varchar('audience', 20),
          varchar('kind', 20),
          int('accountId', true),
          int('cohortId', true),
          varchar('fieldCode', 20, true),
          varchar('title', 200, true),
          text('body', true),
          varchar('messageKey', 60, true),
          text('messageParams', true),
          int('createdById', true),
          datetime('createdAt'),
        ],
        indices: [index('IDX_notice_account', ['accountId']), index('IDX_notice_cohort', ['cohortId']), index('IDX_notice_audience', ['audience'])],
      }),
    );

    await q.createTable(
      new Table({
        name: 'notice_read',
        columns: [id(), int('noticeId'), int('accountId'), datetime('readAt')],
        indices: [index('UQ_notice_read', ['noticeId', 'accountId'], true)],
      }),
    );

    await q.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          id(),
          int('accountId'),
          varchar('template', 40),
          datetime('createdAt'),
          varchar('claimToken', 36, true),
          datetime('claimedAt', true),
          datetime('sentAt', true),
          { name: 'attempts', type: 'integer', default: 0 },
          varchar('lastError', 200, true),
        ],
        indices: [index('IDX_mail_outbox_pending', ['sentAt', 'id'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['mail_outbox', 'notice_read', 'notice']) await q.dropTable(table);
  }
}
