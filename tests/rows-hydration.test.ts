import { startTestServer, type TestServer } from './helpers/server';
import { readRows, hydrateJoined, joinedColumns } from '../server/src/core/rows';

/**
 * readRows (core/rows.ts), the hot paths' own SQL, hydrates entities as TypeORM's repository does:
 * for every entity of the schema, on the demo data, the same objects, property for property
 * (dates as dates, booleans as booleans, JSON parsed, nulls kept).
 */
let t: TestServer;

beforeAll(async () => {
  // The demo's mail sent before reading (the outbox rows change as it goes): the rows must not change between the two reads.
  t = await startTestServer({ seed: 'demo' });
  await t.mails();
  await t.settle();
});
afterAll(() => t?.close());

test('every entity read with readRows equals the repository read, on both drivers', async () => {
  const em = t.app.dataSource.manager;
  let compared = 0;
  for (const metadata of t.app.dataSource.entityMetadatas) {
    if (!metadata.primaryColumns.length || metadata.embeddeds.length) continue;
    const target = metadata.target as new () => object;
    const order = metadata.primaryColumns.map((c) => `x.${t.app.dataSource.driver.escape(c.databaseName)}`).join(', ');
    const direct = await readRows(em, target, 'x', `ORDER BY ${order} LIMIT 50`);
    const viaRepository = await em
      .getRepository(target)
      .createQueryBuilder('x')
      .orderBy(metadata.primaryColumns.map((c) => `x.${c.propertyName}`).join(', '))
      .take(50)
      .getMany()
      .catch(() => null);
    if (viaRepository === null) continue;
    expect([metadata.name, direct]).toEqual([metadata.name, viaRepository]);
    if (direct.length) compared++;
  }
  expect(compared).toBeGreaterThan(15);
});

test('a joined read hydrates each side as readRows does', async () => {
  const em = t.app.dataSource.manager;
  const { Account } = await import('../server/src/modules/accounts');
  const [row] = (await em.query(`SELECT ${joinedColumns(em, Account, 'a', 'a_')} FROM account a ORDER BY a.id LIMIT 1`)) as Record<string, unknown>[];
  const [expected] = await readRows(em, Account, 'a', 'ORDER BY a.id LIMIT 1');
  expect(hydrateJoined(em, Account, row, 'a_')).toEqual(expected);
});
