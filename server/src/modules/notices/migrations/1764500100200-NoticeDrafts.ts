import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Notices: drafts (publishedAt), withdrawal, updatedAt, and the revision history. Notices already there count as published when written. */
export class NoticeDrafts1764500100200 implements MigrationInterface {
  name = 'NoticeDrafts1764500100200';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('notice', [
      new TableColumn(datetime('publishedAt', true)),
      new TableColumn(datetime('withdrawnAt', true)),
      new TableColumn(varchar('withdrawReason', 300, true)),
      new TableColumn(datetime('updatedAt', true)),
    ]);
    await q.query('UPDATE notice SET publishedAt = createdAt, updatedAt = createdAt');
    await q.changeColumn('notice', 'updatedAt', new TableColumn(datetime('updatedAt')));
    await q.createTable(
      new Table({
        name: 'notice_revision',
        columns: [id(), int('noticeId'), datetime('at'), int('actorId', true), varchar('kind', 20), varchar('title', 200, true), text('body', true), varchar('reason', 300, true)],
        indices: [index('IDX_notice_revision_notice', ['noticeId', 'id'])],
        foreignKeys: [fk('FK_notice_revision_notice', 'noticeId', 'notice', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notice_revision');
    await q.dropColumn('notice', 'updatedAt');
    await q.dropColumn('notice', 'withdrawReason');
    await q.dropColumn('notice', 'withdrawnAt');
    await q.dropColumn('notice', 'publishedAt');
  }
}
