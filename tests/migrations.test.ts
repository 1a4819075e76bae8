import { startTestServer, type TestServer } from './helpers/server';

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
