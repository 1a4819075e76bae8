import type { EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, UpdateEvent } from 'typeorm';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, createCohort, updateCohort } from './helpers/intake';
import { onMysql, serverFailures, sleep } from './helpers/races';
import { Cohort } from '../server/src/modules/catalog';

/**
 * Regression: dirty reads on the embedded database. SQLite's driver shares one connection
 * between all requests, so a read made while another request's write transaction was open
 * saw its uncommitted rows, even when that transaction then rolled back. Reads now go to a
 * second, read-only connection (server/src/db/data-source.ts openDatabase, core/tx.ts).
 *
 * A cohort's capacity is changed by updateCohort in a transaction that is held open after
 * the write and then fails before its commit (a TypeORM subscriber on the writer connection,
 * installed by this test, waits and then throws in beforeTransactionCommit: the late failure
 * of a commit). Meanwhile anonymous readers ask for the cohort again and again: none may
 * ever see the capacity that was never committed. On MySQL/MariaDB every transaction has
 * its own connection; the test runs there too.
 */
const ORIGINAL = 12;
const UNCOMMITTED = 4242;
const HOLD_MS = 500;
const READERS = 4;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

type Phase = 'before' | 'written' | 'over';

/** Holds the transaction that writes the uncommitted capacity open, then makes it fail. */
class HoldThenFail implements EntitySubscriberInterface<Cohort> {
  phase: Phase = 'before';
  heldTransactions = 0;
  private marked = new WeakSet<QueryRunner>();

  listenTo() {
    return Cohort;
  }

  afterUpdate(event: UpdateEvent<Cohort>): void {
    if ((event.entity as Partial<Cohort> | undefined)?.capacity === UNCOMMITTED) {
      this.marked.add(event.queryRunner);
      this.phase = 'written';
    }
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    if (!event.queryRunner || !this.marked.has(event.queryRunner)) return;
    this.marked.delete(event.queryRunner);
    this.heldTransactions++;
    await sleep(HOLD_MS);
    this.phase = 'over';
    throw new Error('injected failure before commit');
  }
}

test('a read during another request’s open write transaction never sees its uncommitted data', async () => {
  const cohortId = await createCohort(t, COURSE.GREENERY, { academicYear: 2070, capacity: ORIGINAL, selectionMethod: 'REVIEW', status: 'OPEN' });
  const hold = new HoldThenFail();
  t.app.dataSource.subscribers.push(hold);
  try {
    const reads: Array<{ capacity: number | undefined; during: boolean; res: GqlResult }> = [];
    let finished = false;
    const mutation = updateCohort(t, cohortId, { capacity: UNCOMMITTED }).finally(() => (finished = true));
    const reader = async () => {
      while (!finished) {
        const sentIn = hold.phase;
        const res = await t.gql(`query($id: ID!) { cohort(id: $id) { id capacity } }`, { id: cohortId });
        // A read that was sent after the write and answered before the rollback ran while the transaction was open.
        reads.push({ capacity: res.data?.cohort?.capacity, during: sentIn === 'written' && hold.phase === 'written', res });
        await sleep(2);
      }
    };
    await Promise.all([mutation, ...Array.from({ length: READERS }, reader)]);

    const failed = await mutation;
    expect(hold.heldTransactions).toBe(1);
    // The mutation failed as an error in the response, and nothing of it was committed.
    expect(failed.status).toBeLessThan(500);
    expect(failed.errors?.length).toBeGreaterThan(0);
    expect((await t.app.dataSource.getRepository(Cohort).findOneByOrFail({ id: Number(cohortId) })).capacity).toBe(ORIGINAL);

    const during = reads.filter((r) => r.during);
    console.log(`[reads ${onMysql ? 'mysql' : 'sqlite'}] ${reads.length} anonymous reads, ${during.length} while the write transaction was open`);
    // The window was real: many reads ran while the uncommitted capacity sat in the open transaction.
    expect(during.length).toBeGreaterThan(10);
    expect(serverFailures(reads.map((r) => r.res))).toEqual([]);
    const seen = [...new Set(reads.map((r) => r.capacity))];
    expect(seen).toEqual([ORIGINAL]);
  } finally {
    t.app.dataSource.subscribers.splice(t.app.dataSource.subscribers.indexOf(hold), 1);
  }
  // After the rollback the capacity reads as before, and the cohort can still be changed.
  const after = await t.gql(`query($id: ID!) { cohort(id: $id) { capacity } }`, { id: cohortId });
  expect(after.data.cohort.capacity).toBe(ORIGINAL);
  expect((await updateCohort(t, cohortId, { capacity: ORIGINAL + 1 })).errors).toBeUndefined();
});
