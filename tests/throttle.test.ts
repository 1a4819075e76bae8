import { withinLimit } from '../server/src/modules/accounts/throttle';
import { startTestServer, type TestServer } from './helpers/server';

/** The database throttle's fixed window: full within it, open again once it has passed. */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: false });
});
afterAll(() => t.close());

const count = (now: Date) => t.app.system.transaction(now, (ctx) => withinLimit(ctx, 'test:window', 3, 3600));

test('three requests pass, the fourth is refused, and after the hour the count starts again', async () => {
  const start = new Date('2026-12-02T00:00:00Z');
  const minutes = (m: number) => new Date(start.getTime() + m * 60_000);
  expect([await count(minutes(0)), await count(minutes(1)), await count(minutes(2)), await count(minutes(59))]).toEqual([true, true, true, false]);
  // Just inside the window (opened at 00:00): still refused; past it: a new window of three.
  expect(await count(minutes(59.9))).toBe(false);
  expect([await count(minutes(61)), await count(minutes(62)), await count(minutes(63)), await count(minutes(64))]).toEqual([true, true, true, false]);
  const [row] = await t.app.dataSource.query("SELECT count FROM throttle_bucket WHERE throttleKey = 'test:window'");
  expect(Number(row.count)).toBe(4);
});
