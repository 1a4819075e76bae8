import { In } from 'typeorm';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import {
  COURSE,
  apply,
  changeStatus,
  chainProblems,
  createCohort,
  drawLottery,
  errorCodes,
  fastMembers,
  freeze,
  messageKeys,
  mulberry32,
  ok,
  respond,
  seatsHeld,
  staffCall,
  updateCohortOk,
  type Member,
} from './helpers/intake';
import { Application, ApplicationStatus, Enrollment } from '../server/src/modules/intake';

/**
 * Many members at once, as on the morning an intake opens and on the day results come out.
 * Meant for MariaDB (row locks, a connection pool); on SQLite the numbers are smaller.
 */
const N = process.env.DATABASE_URL ? 300 : 60;
const CAPACITY = 20;
const YEAR = 2038;
const SEED = 'public draw 2038-01-15 no. 7731';

let t: TestServer;
let staff: string;
let members: Member[];
let cohortId: string;
/** application id → member */
const byApp = new Map<number, Member>();
/** Every response of the parallel phases, to check that none failed on the server's side. */
const responses: GqlResult[] = [];

function serverFailures(list: GqlResult[]): string[] {
  return list.filter((r) => r.status >= 500 || errorCodes(r).includes('INTERNAL_SERVER_ERROR')).map((r) => `${r.status} ${JSON.stringify(r.errors)}`);
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await fn();
  console.log(`[concurrency ${process.env.DATABASE_URL ? 'mysql' : 'sqlite'} N=${N}] ${label}: ${Date.now() - started} ms`);
  return result;
}

/** Samples the seats held (OFFERED + ENROLLED) while a parallel phase runs; returns the highest seen. */
function sampleSeats(): { stop: () => Promise<number> } {
  let max = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      max = Math.max(max, await seatsHeld(t, cohortId));
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return Math.max(max, await seatsHeld(t, cohortId));
    },
  };
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await timed(`create ${N + 1} members directly`, () => fastMembers(t, N + 1));
  cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: YEAR, capacity: 40, selectionMethod: 'LOTTERY', startsOn: `${YEAR}-04-10`, endsOn: `${YEAR + 1}-03-15` });
});
afterAll(() => t.close());

test(`${N} members apply to one cohort at the same moment: all succeed`, async () => {
  const results = await timed(`${N} parallel applications`, () => Promise.all(members.slice(0, N).map((m) => apply(t, m.token, cohortId))));
  responses.push(...results);
  expect(serverFailures(results)).toEqual([]);
  expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
  expect(results.every((r) => r.status === 200)).toBe(true);
  const ids = results.map((r) => Number(r.data.applyToCohort.id));
  expect(new Set(ids).size).toBe(N);
  expect(new Set(results.map((r) => r.data.applyToCohort.code)).size).toBe(N);
  members.slice(0, N).forEach((m, i) => byApp.set(ids[i], m));
  const stored = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) } });
  expect(stored).toHaveLength(N);
  expect(new Set(stored.map((a) => a.accountId)).size).toBe(N);
  expect(stored.every((a) => a.status === ApplicationStatus.SUBMITTED && a.eligible)).toBe(true);
  expect(await chainProblems(t, cohortId)).toEqual([]);
});

test(`${N} parallel duplicate applications from one member: exactly one succeeds`, async () => {
  const member = members[N];
  const results = await timed(`${N} parallel duplicates`, () => Promise.all(Array.from({ length: N }, () => apply(t, member.token, COURSE.RECYCLING))));
  responses.push(...results);
  expect(serverFailures(results)).toEqual([]);
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  const refused = results.filter((r) => r.errors);
  expect(refused).toHaveLength(N - 1);
  expect(new Set(refused.flatMap((r) => errorCodes(r)))).toEqual(new Set(['CONFLICT']));
  expect(new Set(refused.flatMap((r) => messageKeys(r)))).toEqual(new Set(['application.duplicate']));
  expect(await t.app.dataSource.getRepository(Application).countBy({ cohortId: Number(COURSE.RECYCLING), accountId: member.id })).toBe(1);
  expect(await chainProblems(t, COURSE.RECYCLING)).toEqual([]);
});

test('staff close and freeze while applications are still arriving: every accepted application is in the lottery', async () => {
  const late = await createCohort(t, COURSE.RECYCLING, { academicYear: YEAR, capacity: 1, selectionMethod: 'LOTTERY' });
  // The race is made, not hoped for: WORKERS members apply back to back, so requests are in flight
  // at every moment; the staff close once BEFORE_CLOSE applications have been accepted, and freeze
  // right after; AFTER_FREEZE more members apply once the freeze has returned. So some applications
  // are accepted before the close, some are refused after it, and some run while it runs.
  const WORKERS = 8;
  const BEFORE_CLOSE = 5;
  const AFTER_FREEZE = 5;
  const pool = members.slice(0, Math.ceil(N / 2));
  const during = pool.slice(0, pool.length - AFTER_FREEZE);
  const afterwards = pool.slice(pool.length - AFTER_FREEZE);
  interface Call {
    r: GqlResult;
    started: number;
    ended: number;
  }
  const calls: Call[] = [];
  let acceptedSoFar = 0;
  let enoughAccepted!: () => void;
  const acceptedEnough = new Promise<void>((resolve) => (enoughAccepted = resolve));
  const applyTimed = async (m: Member): Promise<Call> => {
    const started = performance.now();
    const r = await apply(t, m.token, late);
    const call = { r, started, ended: performance.now() };
    calls.push(call);
    if (!r.errors && ++acceptedSoFar >= BEFORE_CLOSE) enoughAccepted();
    return call;
  };
  let nextMember = 0;
  let closeDone = false;
  const workers = Array.from({ length: WORKERS }, async () => {
    // Keep applying until the close and freeze are over (or the members run out).
    while (!closeDone && nextMember < during.length) await applyTimed(during[nextMember++]);
  });
  const window = { start: 0, end: 0 };
  const closing = acceptedEnough.then(async () => {
    window.start = performance.now();
    const closed = await changeStatus(t, late, 'CLOSED', staff);
    const frozen = await freeze(t, late);
    window.end = performance.now();
    closeDone = true;
    return [closed, frozen] as const;
  });
  // Should the members run out first, close anyway: the assertions below then say what was missing.
  void Promise.all(workers).then(() => enoughAccepted());
  const [, [closed, frozen]] = await timed(`${during.length} applications racing close + freeze`, () => Promise.all([Promise.all(workers), closing]));
  const refusedAfter = await Promise.all(afterwards.map((m) => applyTimed(m)));
  const results = calls.map((c) => c.r);
  responses.push(...results, closed, frozen);
  expect(serverFailures(results)).toEqual([]);
  expect(closed.errors).toBeUndefined();
  expect(frozen.errors).toBeUndefined();

  const refused = results.filter((r) => r.errors);
  expect(new Set(refused.flatMap((r) => messageKeys(r)))).toEqual(new Set(['application.closed']));
  const acceptedCalls = calls.filter((c) => !c.r.errors);
  // Both sides of the close really happened, and requests ran while it did.
  const acceptedBeforeClose = acceptedCalls.filter((c) => c.ended <= window.start);
  const inFlight = calls.filter((c) => c.started < window.end && c.ended > window.start);
  console.log(
    `[concurrency] ${acceptedCalls.length} accepted (${acceptedBeforeClose.length} before the close), ${refused.length} refused as closed, ${inFlight.length} in flight during close + freeze`,
  );
  expect(acceptedBeforeClose.length).toBeGreaterThanOrEqual(BEFORE_CLOSE);
  expect(refused.length).toBeGreaterThanOrEqual(AFTER_FREEZE);
  expect(inFlight.length).toBeGreaterThan(0);
  // Sent after the freeze returned: refused, every one.
  expect(refusedAfter.map((c) => messageKeys(c.r))).toEqual(afterwards.map(() => ['application.closed']));
  // Answered before the close began: accepted, every one.
  expect(calls.filter((c) => c.ended <= window.start && c.r.errors).map((c) => c.r.errors)).toEqual([]);

  // The frozen list, as the published transcript shows it once drawn.
  const accepted = acceptedCalls.map((c) => c.r.data.applyToCohort.code as string);
  expect((await drawLottery(t, late, 'late-seed')).errors).toBeUndefined();
  const transcript = JSON.parse((await ok(t, `query($c: ID!) { lotteryTranscript(cohortId: $c) }`, { c: late }, staff)).lotteryTranscript);
  const frozenCodes = new Set<string>(transcript.codes);
  // An application the member was told was accepted must take part in the lottery, and nothing else does.
  const outside = accepted.filter((code) => !frozenCodes.has(code));
  expect({ acceptedButNotInLottery: outside.length }).toEqual({ acceptedButNotInLottery: 0 });
  expect(frozenCodes.size).toBe(accepted.length);
  expect(await chainProblems(t, late)).toEqual([]);
});

describe('results day', () => {
  /** Drawn order of application ids, and each one's answer when offered a seat (fixed seed). */
  let order: number[];
  const accepts = new Map<number, boolean>();
  /** Student numbers handed out, by round. */
  const rounds: string[][] = [];

  beforeAll(async () => {
    await updateCohortOk(t, cohortId, { capacity: CAPACITY });
    expect(errorCodes(await changeStatus(t, cohortId, 'CLOSED', staff))).toEqual([]);
    await timed('freeze + draw + announce', async () => {
      expect((await freeze(t, cohortId)).data.freezeLottery.entries).toBe(N);
      expect((await drawLottery(t, cohortId, SEED)).errors).toBeUndefined();
      expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
    });
    const transcript = JSON.parse((await ok(t, `query($c: ID!) { lotteryTranscript(cohortId: $c) }`, { c: cohortId }, staff)).lotteryTranscript);
    const idByCode = new Map((await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) } })).map((a) => [a.code, a.id]));
    order = transcript.order.map((code: string) => idByCode.get(code)!);
    const rng = mulberry32(20380115);
    for (const id of [...order].sort((a, b) => a - b)) accepts.set(id, rng() < 0.4);
  });

  test('the draw offers exactly the capacity', async () => {
    const statuses = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) }, select: { id: true, status: true } });
    expect(statuses.filter((a) => a.status === ApplicationStatus.OFFERED)).toHaveLength(CAPACITY);
    expect(statuses.filter((a) => a.status === ApplicationStatus.WAITLISTED)).toHaveLength(N - CAPACITY);
  });

  test('offered members answer in parallel, round after round, while the waitlist moves up', async () => {
    const repo = t.app.dataSource.getRepository(Application);
    for (let round = 1; round <= 100; round++) {
      const offered = await repo.find({ where: { cohortId: Number(cohortId), status: ApplicationStatus.OFFERED }, select: { id: true } });
      const waiting = await repo.countBy({ cohortId: Number(cohortId), status: ApplicationStatus.WAITLISTED });
      if (offered.length === 0) break;
      const sampler = sampleSeats();
      // Every fourth member double-clicks: the same answer twice at once. Staff sweep deadlines meanwhile.
      const calls = offered.flatMap(({ id }, i) => {
        const m = byApp.get(id)!;
        const once = respond(t, m.token, id, accepts.get(id)!).then((r) => ({ id, r }));
        return i % 4 === 0 ? [once, respond(t, m.token, id, accepts.get(id)!).then((r) => ({ id, r }))] : [once];
      });
      const sweeps = [staffCall(t, 'processOfferDeadlines', cohortId), staffCall(t, 'processOfferDeadlines', cohortId)];
      const [answers, swept] = await timed(`round ${round}: ${offered.length} offered answer (${calls.length} calls), ${waiting} waiting`, () =>
        Promise.all([Promise.all(calls), Promise.all(sweeps)]),
      );
      const maxSeats = await sampler.stop();
      responses.push(...answers.map((a) => a.r), ...swept);
      expect(serverFailures([...answers.map((a) => a.r), ...swept])).toEqual([]);
      expect(swept.flatMap((r) => errorCodes(r))).toEqual([]);
      expect(maxSeats).toBeLessThanOrEqual(CAPACITY);
      // Each offered application got exactly one successful answer; a second click is refused as "no offer".
      const byId = new Map<number, GqlResult[]>();
      for (const { id, r } of answers) byId.set(id, [...(byId.get(id) ?? []), r]);
      const numbers: string[] = [];
      for (const [id, list] of byId) {
        const good = list.filter((r) => !r.errors);
        expect([id, good.length]).toEqual([id, 1]);
        for (const bad of list.filter((r) => r.errors)) expect([id, messageKeys(bad)]).toEqual([id, ['offer.none']]);
        expect(good[0].data.respondToOffer.status).toBe(accepts.get(id) ? 'ENROLLED' : 'DECLINED');
        if (accepts.get(id)) numbers.push(good[0].data.respondToOffer.enrollment.studentNumber);
      }
      rounds.push(numbers);
      expect(await seatsHeld(t, cohortId)).toBeLessThanOrEqual(CAPACITY);
      expect(await chainProblems(t, cohortId)).toEqual([]);
    }
    expect(await repo.countBy({ cohortId: Number(cohortId), status: ApplicationStatus.OFFERED })).toBe(0);
  });

  test('the end state is exactly what the draw and the answers imply', async () => {
    // Seats go down the drawn order; everyone offered answers; the first CAPACITY accepters take the seats.
    const expected = new Map<number, ApplicationStatus>();
    let enrolled = 0;
    for (const id of order) {
      if (enrolled >= CAPACITY) expected.set(id, ApplicationStatus.WAITLISTED);
      else if (accepts.get(id)) {
        expected.set(id, ApplicationStatus.ENROLLED);
        enrolled++;
      } else expected.set(id, ApplicationStatus.DECLINED);
    }
    const stored = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) } });
    const actual = new Map(stored.map((a) => [a.id, a.status]));
    const mismatches = order.filter((id) => actual.get(id) !== expected.get(id)).map((id) => `${id}: ${actual.get(id)} (expected ${expected.get(id)})`);
    expect(mismatches).toEqual([]);
    expect(enrolled).toBe(Math.min(CAPACITY, [...accepts.values()].filter(Boolean).length));
    expect(stored.filter((a) => a.status === ApplicationStatus.ENROLLED)).toHaveLength(enrolled);
    // Those still waiting hold places 1..n.
    const rankData = await ok(t, `query($c: ID!) { cohortApplications(cohortId: $c, filter: { status: WAITLISTED }) { id waitlistPosition } }`, { c: cohortId }, staff);
    const ranks = rankData.cohortApplications.map((a: any) => a.waitlistPosition).sort((a: number, b: number) => a - b);
    expect(ranks).toEqual(Array.from({ length: ranks.length }, (_, i) => i + 1));
    const waitingInOrder = order.filter((id) => expected.get(id) === ApplicationStatus.WAITLISTED);
    expect(waitingInOrder.map((id) => rankData.cohortApplications.find((a: any) => Number(a.id) === id).waitlistPosition)).toEqual(ranks);
  });

  test('student numbers are unique and gapless, in the order of the rounds', async () => {
    const enrollments = await t.app.dataSource.getRepository(Enrollment).find({ where: { cohortId: Number(cohortId) } });
    const numbers = enrollments.map((e) => e.studentNumber).sort();
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => `${YEAR}-DIS-${String(i + 1).padStart(3, '0')}`));
    expect(rounds.flat().sort()).toEqual(numbers);
    // Each round's numbers come after every earlier round's; at least two rounds handed out numbers, so this compares something.
    const withNumbers = rounds.filter((r) => r.length > 0);
    expect(withNumbers.length).toBeGreaterThanOrEqual(2);
    for (let r = 1; r < withNumbers.length; r++) {
      const lowest = withNumbers[r].reduce((a, b) => (a < b ? a : b));
      const highestBefore = withNumbers
        .slice(0, r)
        .flat()
        .reduce((a, b) => (a > b ? a : b));
      expect([r, lowest > highestBefore]).toEqual([r, true]);
    }
    const enrolledApps = await t.app.dataSource.getRepository(Application).findBy({ id: In(enrollments.map((e) => e.applicationId)) });
    expect(enrolledApps).toHaveLength(enrollments.length);
    expect(enrolledApps.every((a) => a.status === ApplicationStatus.ENROLLED)).toBe(true);
  });

  test('no response failed on the server side', () => {
    expect(responses.length).toBeGreaterThan(2 * N);
    expect(serverFailures(responses)).toEqual([]);
  });
});
