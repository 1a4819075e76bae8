import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { int } from '../../../core/migration-helpers';

/** Account mail (confirmation, recovery) names its one-time token; the link is minted when the mail is sent. */
export class OutboxToken1764400000200 implements MigrationInterface {
  name = 'OutboxToken1764400000200';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('mail_outbox', new TableColumn(int('tokenId', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('mail_outbox', 'tokenId');
  }
}
