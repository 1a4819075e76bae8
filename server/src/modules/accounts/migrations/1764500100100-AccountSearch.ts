import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varchar } from '../../../core/migration-helpers';
import { searchForm } from '../search-form';

/** Member search: names and readings in one searchable form (search-form.ts), filled in for the accounts already there. */
export class AccountSearch1764500100100 implements MigrationInterface {
  name = 'AccountSearch1764500100100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('account', [new TableColumn(varchar('searchName', 200, true)), new TableColumn(varchar('searchKana', 200, true))]);
    for (let after = 0; ;) {
      const rows = (await q.query('SELECT id, name, nameKana FROM account WHERE id > ? ORDER BY id LIMIT 500', [after])) as { id: number; name: string; nameKana: string }[];
      if (rows.length === 0) break;
      for (const r of rows) await q.query('UPDATE account SET searchName = ?, searchKana = ? WHERE id = ?', [searchForm(r.name), searchForm(r.nameKana), r.id]);
      after = Number(rows[rows.length - 1].id);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('account', 'searchKana');
    await q.dropColumn('account', 'searchName');
  }
}
