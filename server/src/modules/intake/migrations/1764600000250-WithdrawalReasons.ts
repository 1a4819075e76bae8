import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { int, varchar } from '../../../core/migration-helpers';

/** Withdrawal (退学) with a reason category, optional text and who recorded it. Optional, so existing rows need nothing. */
export class WithdrawalReasons1764600000250 implements MigrationInterface {
  name = 'WithdrawalReasons1764600000250';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('enrollment', [
      new TableColumn(varchar('withdrawalReason', 20, true)),
      new TableColumn(varchar('withdrawalText', 300, true)),
      new TableColumn(int('withdrawnBy', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('enrollment', ['withdrawnBy', 'withdrawalText', 'withdrawalReason']);
  }
}
