import { DataSource } from 'typeorm';
import { startTestServer, type TestServer } from './helpers/server';
import { createScratchDatabase } from '../server/src/db/scratch-database';
import { dataSourceOptions } from '../server/src/db/data-source';
import { runMigrationsOnce } from '../server/src/db/migrate';

/** The migrations produce exactly the schema the entities declare, on this run's driver. */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: false });
});
afterAll(() => t.close());

test('no difference between migrated tables and entity metadata', async () => {
  const pending = await t.app.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

test('migrations revert and re-apply cleanly', async () => {
  const ds = t.app.dataSource;
  await ds.undoLastMigration({ transaction: 'each' });
  expect(await ds.showMigrations()).toBe(true);
  await ds.runMigrations({ transaction: 'each' });
  expect(await ds.showMigrations()).toBe(false);
  const pending = await ds.driver.createSchemaBuilder().log();
  expect(pending.upQueries).toEqual([]);
});

test('the five fields come with the schema', async () => {
  const rows = await t.app.dataSource.query('SELECT code, years FROM field ORDER BY sortOrder');
  expect(rows.map((r: any) => [r.code, Number(r.years)])).toEqual([
    ['welfare', 2],
    ['disaster', 1],
    ['agriculture', 1],
    ['greenery', 2],
    ['recycling', 1],
  ]);
});

const onMysql = !!process.env.DATABASE_URL;
(onMysql ? test : test.skip)(
  'two instances starting together on an empty database apply each migration once (a named lock: MySQL/MariaDB)',
  async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!, 'cp_migrate');
    const sources = [0, 1].map(() => new DataSource(dataSourceOptions({ databaseUrl: scratch.url, sqlitePath: ':memory:' })));
    try {
      await Promise.all(sources.map((s) => s.initialize()));
      const ran = await Promise.all(sources.map((s) => runMigrationsOnce(s)));
      // One applied them all; the other waited for the lock and found nothing left.
      expect(ran.map((r) => r.length).sort((a, b) => a - b)).toEqual([0, sources[0].migrations.length]);
      const rows: Array<{ name: string }> = await sources[0].query('SELECT name FROM migrations');
      expect(rows).toHaveLength(sources[0].migrations.length);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      expect(await sources[1].showMigrations()).toBe(false);
    } finally {
      await Promise.all(sources.map((s) => (s.isInitialized ? s.destroy() : undefined)));
      await scratch.drop();
    }
  },
  240_000,
);
