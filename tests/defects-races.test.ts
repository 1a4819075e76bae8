import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, freeze, messageKeys, mulberry32, ok, staffCall, type Member } from './helpers/intake';
import { WriteLedger, onMysql, serverFailures, together } from './helpers/races';
import { Application, ApplicationEvent, ApplicationStatus, LotteryDraw, LotteryEntry, ReviewDecision } from '../server/src/modules/intake';

/**
 * Regression: check-then-save races. A decision, an eligibility mark or a member's edit used
 * to check the cohort's state without holding its row, and to write without a
 * compare-and-set, so on MySQL/MariaDB (a connection per transaction) it could land after
 * the selection was fixed, the lottery list frozen or the cohort closed. Each pair is raced
 * with many parallel requests, round after round, and the invariant is checked every time;
 * each test also asserts that the race really happened (in some round the competing
 * requests landed on both sides of the decisive one).
 *
 * On SQLite writes take turns in one process, so these races cannot go wrong there; the
 * tests run on both databases, but only MariaDB can show the defect.
 */
const ROUNDS = onMysql ? 12 : 4;
/** Competing requests are started within this many milliseconds of each other. */
const SPREAD_MS = onMysql ? 40 : 20;

let t: TestServer;
let staff: string;
let members: Member[];
let year = 2060;

const DECIDE = `mutation($id: ID!, $d: ReviewDecision!, $r: String!) { decideApplication(input: { applicationId: $id, decision: $d, reason: $r }) { id decision } }`;
const ELIGIBILITY = `mutation($id: ID!, $e: Boolean!, $r: String) { setApplicationEligibility(id: $id, eligible: $e, reason: $r) { id eligible } }`;
const UPDATE = `mutation($id: ID!, $input: ApplicationInput!) { updateApplication(id: $id, input: $input) { id } }`;

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, 24);
});
afterAll(() => t.close());

/** Delays for the competing calls, and one for the decisive call that moves across the window round by round. */
function delays(round: number, competing: number, seed: number): { competing: number[]; decisive: number } {
  const random = mulberry32(seed * 1000 + round);
  return { competing: Array.from({ length: competing }, () => Math.floor(random() * SPREAD_MS)), decisive: Math.floor((SPREAD_MS * (round + 0.5)) / ROUNDS) };
}

function outcome(res: GqlResult, refusals: string[]): 'done' | 'refused' {
  if (!res.errors) return 'done';
  expect(errorCodes(res)).toEqual(['CONFLICT']);
  expect(refusals).toContain(messageKeys(res)[0]);
  return 'refused';
}

/** A stored decision and the result the selection gives it. */
const STATUS_OF_DECISION: Record<ReviewDecision, ApplicationStatus> = {
  [ReviewDecision.ACCEPT]: ApplicationStatus.OFFERED,
  [ReviewDecision.WAITLIST]: ApplicationStatus.WAITLISTED,
  [ReviewDecision.REJECT]: ApplicationStatus.REJECTED,
};
/** The GraphQL name of a decision (ACCEPT) and its stored value. */
const stored = (name: string | undefined) => ReviewDecision[name as keyof typeof ReviewDecision];

test('decideApplication vs runSelection: no decision lands after the selection is fixed', async () => {
  const CAPACITY = 3;
  const N = onMysql ? 16 : 10;
  let mixedRounds = 0;
  let done = 0;
  let refused = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: year++, capacity: CAPACITY, selectionMethod: 'REVIEW' });
    const apps: string[] = [];
    for (const m of members.slice(0, N)) apps.push((await applyOk(t, m.token, cohortId, { motivation: MOTIVATION })).id);
    expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
    // Over capacity, every application decided: the selection can be fixed.
    const before = new Map<string, string>();
    for (const [i, id] of apps.entries()) {
      const decision = i < CAPACITY ? 'ACCEPT' : i % 2 ? 'WAITLIST' : 'REJECT';
      await ok(t, DECIDE, { id, d: decision, r: '書類選考の結果' }, staff);
      before.set(id, decision);
    }
    // Change every decision that keeps the selection valid (waitlist ⇄ reject) while fixing the selection.
    const changing = apps.slice(CAPACITY);
    const after = new Map(changing.map((id) => [id, before.get(id) === 'WAITLIST' ? 'REJECT' : 'WAITLIST']));
    const d = delays(round, changing.length, 1);
    const calls = [...changing.map((id) => () => t.gql(DECIDE, { id, d: after.get(id), r: '再検討の結果' }, { token: staff })), () => staffCall(t, 'runSelection', cohortId)];
    const results = await together(calls, [...d.competing, d.decisive]);
    expect(serverFailures(results)).toEqual([]);
    const selection = results.pop()!;
    expect(selection.errors).toBeUndefined();
    expect(selection.data.runSelection.status).toBe('SELECTED');

    const rows = new Map((await t.app.dataSource.getRepository(Application).findBy({ cohortId: Number(cohortId) })).map((a) => [String(a.id), a]));
    let roundDone = 0;
    for (const [i, id] of changing.entries()) {
      const landed = outcome(results[i], ['application.notPending', 'selection.notClosed']) === 'done';
      if (landed) roundDone++;
      const row = rows.get(id)!;
      // The stored decision is the one this request left (or the one before it, if refused)…
      expect(row.decision).toBe(stored(landed ? after.get(id) : before.get(id)));
      // …and the result follows the decision that was in place when the selection ran: none landed after it.
      expect({ id, status: row.status }).toEqual({ id, status: STATUS_OF_DECISION[row.decision!] });
    }
    for (const id of apps) {
      expect(rows.get(id)!.status).not.toBe(ApplicationStatus.SUBMITTED);
      expect(rows.get(id)!.decision).not.toBeNull();
      expect(rows.get(id)!.status).toBe(STATUS_OF_DECISION[rows.get(id)!.decision!]);
    }
    done += roundDone;
    refused += changing.length - roundDone;
    if (roundDone > 0 && roundDone < changing.length) mixedRounds++;
  }
  console.log(`[races ${onMysql ? 'mysql' : 'sqlite'}] decide vs runSelection: ${done} decisions before, ${refused} refused after, ${mixedRounds}/${ROUNDS} rounds split`);
  // The race happened: decisions landed on both sides of the selection, within one round.
  expect(mixedRounds).toBeGreaterThan(0);
});

test('setApplicationEligibility vs freezeLottery: the frozen list is exactly the eligible applications', async () => {
  const CAPACITY = 3;
  const N = onMysql ? 16 : 10;
  let mixedRounds = 0;
  let done = 0;
  let refused = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: year++, capacity: CAPACITY, selectionMethod: 'LOTTERY' });
    const apps: Array<{ id: string; code: string }> = [];
    for (const m of members.slice(0, N)) apps.push(await applyOk(t, m.token, cohortId));
    // A quarter starts ineligible; half of all applications change while the list is frozen, and more than the capacity stay eligible.
    const initial = new Map(apps.map((a, i) => [a.id, i % 4 !== 0]));
    for (const a of apps) if (!initial.get(a.id)) await ok(t, ELIGIBILITY, { id: a.id, e: false, r: '区外在住のため' }, staff);
    expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
    const changing = apps.filter((_, i) => i % 2 === 0);
    const d = delays(round, changing.length, 2);
    const calls = [
      ...changing.map((a) => () => t.gql(ELIGIBILITY, { id: a.id, e: !initial.get(a.id), r: initial.get(a.id) ? '確認の結果、区外在住' : null }, { token: staff })),
      () => freeze(t, cohortId),
    ];
    const results = await together(calls, [...d.competing, d.decisive]);
    expect(serverFailures(results)).toEqual([]);
    const frozen = results.pop()!;
    expect(frozen.errors).toBeUndefined();

    const rows = new Map((await t.app.dataSource.getRepository(Application).findBy({ cohortId: Number(cohortId) })).map((a) => [String(a.id), a]));
    let roundDone = 0;
    for (const [i, a] of changing.entries()) {
      const landed = outcome(results[i], ['lottery.frozen', 'selection.fixed']) === 'done';
      if (landed) roundDone++;
      expect({ id: a.id, eligible: rows.get(a.id)!.eligible }).toEqual({ id: a.id, eligible: landed ? !initial.get(a.id) : initial.get(a.id) });
    }
    // After the freeze, the eligible applications are exactly the frozen list: no mark landed after it.
    const draw = await t.app.dataSource.getRepository(LotteryDraw).findOneByOrFail({ cohortId: Number(cohortId) });
    const entries = (await t.app.dataSource.getRepository(LotteryEntry).findBy({ drawId: draw.id })).map((e) => e.code).sort();
    const eligible = [...rows.values()]
      .filter((a) => a.eligible && a.status === ApplicationStatus.SUBMITTED)
      .map((a) => a.code)
      .sort();
    expect(entries).toEqual(eligible);
    expect(draw.entryCount).toBe(eligible.length);
    done += roundDone;
    refused += changing.length - roundDone;
    if (roundDone > 0 && roundDone < changing.length) mixedRounds++;
  }
  console.log(`[races ${onMysql ? 'mysql' : 'sqlite'}] eligibility vs freeze: ${done} marks before, ${refused} refused after, ${mixedRounds}/${ROUNDS} rounds split`);
  expect(mixedRounds).toBeGreaterThan(0);
});

describe('updateApplication vs changeCohortStatus(CLOSED)', () => {
  let ledger: WriteLedger;
  beforeAll(async () => {
    // Which write the database executed first: every application update and every cohort status change.
    ledger = new WriteLedger(t);
    await ledger.create();
    await ledger.watchUpdates('application', 'edit');
    await ledger.watchUpdates('cohort', 'status', 'NEW.status <> OLD.status');
  });
  afterAll(() => ledger.drop());

  test('no edit lands after the close: each one was written before the close, or was refused', async () => {
    const N = onMysql ? 24 : 12;
    let mixedRounds = 0;
    let done = 0;
    let refused = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const cohortId = await createCohort(t, COURSE.AGRICULTURE, { academicYear: year++, capacity: 5, selectionMethod: 'LOTTERY' });
      const people = members.slice(0, N);
      const apps: string[] = [];
      for (const m of people) apps.push((await applyOk(t, m.token, cohortId)).id);
      await ledger.clear();
      const d = delays(round, people.length, 3);
      const input = { eligibilityBasis: 'RESIDENT', preferredContact: 'PHONE', emailAlerts: false };
      const calls = [...people.map((m, i) => () => t.gql(UPDATE, { id: apps[i], input }, { token: m.token })), () => changeStatus(t, cohortId, 'CLOSED', staff)];
      const results = await together(calls, [...d.competing, d.decisive]);
      expect(serverFailures(results)).toEqual([]);
      const close = results.pop()!;
      expect(close.errors).toBeUndefined();

      const landed = new Set<number>();
      for (const [i, id] of apps.entries()) if (outcome(results[i], ['application.closed', 'application.notEditable']) === 'done') landed.add(Number(id));
      const lines = await ledger.lines();
      const closed = lines.filter((l) => l.what === 'status' && l.ref === Number(cohortId));
      expect(closed).toHaveLength(1);
      const edits = lines.filter((l) => l.what === 'edit');
      // Every edit that succeeded was written once, and before the close; no refused edit left a write.
      expect(edits.map((l) => l.ref).sort((a, b) => a - b)).toEqual([...landed].sort((a, b) => a - b));
      const late = edits.filter((l) => l.seq > closed[0].seq).map((l) => l.ref);
      expect(late).toEqual([]);
      // The history agrees: one 'edited' event per edit that succeeded.
      const events = await t.app.dataSource.getRepository(ApplicationEvent).findBy({ reason: 'edited' });
      expect(events.filter((e) => apps.includes(String(e.applicationId))).length).toBe(landed.size);
      done += landed.size;
      refused += apps.length - landed.size;
      if (landed.size > 0 && landed.size < apps.length) mixedRounds++;
    }
    console.log(`[races ${onMysql ? 'mysql' : 'sqlite'}] update vs close: ${done} edits before, ${refused} refused after, ${mixedRounds}/${ROUNDS} rounds split`);
    expect(mixedRounds).toBeGreaterThan(0);
  });
});
