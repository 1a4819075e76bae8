import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { bool, int } from '../../../core/migration-helpers';

/** The consent table becomes the consent ledger: yes or no, and who entered it (the member, or staff from a paper form). */
export class ConsentLedger1764700000000 implements MigrationInterface {
  name = 'ConsentLedger1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('consent', [
      new TableColumn({ ...bool('granted'), default: 1 }),
      new TableColumn({ name: 'source', type: 'varchar', length: '20', default: "'self'" }),
      new TableColumn(int('recordedBy', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('consent', ['recordedBy', 'source', 'granted']);
  }
}
