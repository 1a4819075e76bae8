import { In } from 'typeorm';
import { StatementCounter, startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, chainProblems, changeStatus, createCohort, drawLottery, fastMembers, freeze, ok, seatsHeld, staffCall, type Member } from './helpers/intake';
import { onMysql, secondInstance, type Instance } from './helpers/races';
import { Application, ApplicationEvent, ApplicationStatus } from '../server/src/modules/intake';
import { MailOutbox, Notice } from '../server/src/modules/notices';

/**
 * Background jobs driven with a moved clock (`app.jobs.runAll(now)`, core/jobs.ts): the
 * offer-deadline job lapses overdue offers and offers their seats down the waitlist; the mail
 * job sends what that queued. Every instance runs every job, so two instances running the
 * offer-deadline job at the same moment must still lapse and promote exactly once.
 */
const CAPACITY = 2;
const APPLICANTS = 5;
const MINUTE = 60_000;
const DAY = 24 * 3600_000;
const OFFER_JOB = 'intake.offerDeadlines';

let t: TestServer;
let staff: string;
let members: Member[];
let year = 2080;

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, APPLICANTS);
});
afterAll(() => t.close());

interface Drawn {
  cohortId: string;
  offered: Application[];
  /** In waitlist order. */
  waitlisted: Application[];
  deadline: Date;
}

/** A lottery cohort over capacity, drawn and announced: CAPACITY offers with a deadline, the rest waitlisted. */
async function drawnCohort(): Promise<Drawn> {
  const cohortId = await createCohort(t, COURSE.DISASTER, {
    academicYear: year,
    capacity: CAPACITY,
    selectionMethod: 'LOTTERY',
    startsOn: `${year}-04-10`,
    endsOn: `${year + 1}-03-15`,
  });
  year++;
  for (const m of members) await applyOk(t, m.token, cohortId);
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await freeze(t, cohortId)).errors).toBeUndefined();
  expect((await drawLottery(t, cohortId, `public seed ${cohortId}`)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  const apps = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) }, order: { waitlistPosition: 'ASC', id: 'ASC' } });
  const offered = apps.filter((a) => a.status === ApplicationStatus.OFFERED);
  const waitlisted = apps.filter((a) => a.status === ApplicationStatus.WAITLISTED);
  expect([offered.length, waitlisted.length]).toEqual([CAPACITY, APPLICANTS - CAPACITY]);
  expect(new Set(offered.map((a) => a.offerDeadline!.getTime())).size).toBe(1);
  return { cohortId, offered, waitlisted, deadline: offered[0].offerDeadline! };
}

/** application id → reasons of its recorded moves, in order */
async function moves(cohortId: string): Promise<Map<number, string[]>> {
  const apps = await t.app.dataSource.getRepository(Application).findBy({ cohortId: Number(cohortId) });
  const events = await t.app.dataSource.getRepository(ApplicationEvent).find({ where: { applicationId: In(apps.map((a) => a.id)) }, order: { id: 'ASC' } });
  const out = new Map<number, string[]>(apps.map((a) => [a.id, []]));
  for (const e of events) out.get(e.applicationId)!.push(e.reason);
  return out;
}

const count = (list: string[], reason: string) => list.filter((r) => r === reason).length;

test('with the clock moved past the deadline, the overdue offers lapse and the next on the waitlist are offered the seats', async () => {
  const { cohortId, offered, waitlisted, deadline } = await drawnCohort();

  // Before the deadline nothing moves.
  expect(await t.app.jobs.runAll(new Date(deadline.getTime() - MINUTE))).toMatchObject({ [OFFER_JOB]: 0 });
  expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);

  const moved = new Date(deadline.getTime() + MINUTE);
  expect(await t.app.jobs.runAll(moved)).toMatchObject({ [OFFER_JOB]: CAPACITY });
  const rows = new Map((await t.app.dataSource.getRepository(Application).findBy({ cohortId: Number(cohortId) })).map((a) => [a.id, a]));
  for (const a of offered) expect(rows.get(a.id)!.status).toBe(ApplicationStatus.LAPSED);
  const [first, second, third] = waitlisted;
  for (const a of [first, second]) {
    expect(rows.get(a.id)!.status).toBe(ApplicationStatus.OFFERED);
    // The new deadline counts from the job's clock, not the wall clock.
    expect(rows.get(a.id)!.offerDeadline!.getTime()).toBe(moved.getTime() + t.config.offerResponseDays * DAY);
  }
  expect(rows.get(third.id)!.status).toBe(ApplicationStatus.WAITLISTED);
  expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);

  const history = await moves(cohortId);
  for (const a of offered) expect(history.get(a.id)!.slice(-1)).toEqual(['offer_lapsed']);
  for (const a of [first, second]) expect(history.get(a.id)!.slice(-1)).toEqual(['waitlist_promoted']);
  const lapse = await t.app.dataSource.getRepository(ApplicationEvent).findOneByOrFail({ applicationId: offered[0].id, reason: 'offer_lapsed' });
  expect([lapse.actorId, lapse.at.getTime()]).toEqual([null, moved.getTime()]);
  expect(await chainProblems(t, cohortId)).toEqual([]);

  // The promoted members are told on my page, and the mail job sends the "notice waiting" mail.
  const promotedAccounts = [first.accountId, second.accountId];
  const notices = await t.app.dataSource.getRepository(Notice).findBy({ accountId: In(promotedAccounts), messageKey: 'notice.seatOffered' });
  expect(notices.map((n) => n.accountId).sort()).toEqual([...promotedAccounts].sort());
  const member = members.find((m) => m.id === first.accountId)!;
  const mine = (await ok(t, `{ myApplications { id status offerDeadline } }`, {}, member.token)).myApplications.find((a: any) => a.id === String(first.id));
  expect(mine.status).toBe('OFFERED');
  await t.app.jobs.runAll(moved);
  const mails = await t.app.dataSource.getRepository(MailOutbox).findBy({ accountId: In(promotedAccounts), createdAt: moved });
  expect(mails).toHaveLength(2);
  expect(mails.every((m) => m.sentAt !== null)).toBe(true);

  // Running again at the same moment changes nothing.
  expect(await t.app.jobs.runAll(moved)).toMatchObject({ [OFFER_JOB]: 0 });
  expect(await moves(cohortId)).toEqual(history);
});

describe('two instances run the offer-deadline job at the same moment', () => {
  const ROUNDS = onMysql ? 10 : 4;
  let other: Instance | null = null;
  const otherSql = new StatementCounter();

  beforeAll(async () => {
    // MySQL/MariaDB: a second server on the same database, as behind a load balancer. The
    // embedded SQLite file belongs to one process: there the job's round is started twice
    // at once in the one instance (past the runner's join of a round already running).
    if (onMysql) other = await secondInstance(t, { sqlLogger: otherSql });
  });
  afterAll(() => other?.close());

  /** Statements of each instance that read the cohort row inside the job's transaction. */
  const cohortReads = (counter: StatementCounter) => counter.statements.filter((s) => /FROM [`"]cohort[`"]/i.test(s)).length;

  test('each overdue offer lapses once and each freed seat is offered once', async () => {
    let bothEntered = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { cohortId, offered, waitlisted, deadline } = await drawnCohort();
      const moved = new Date(deadline.getTime() + MINUTE);
      t.sql.reset();
      otherSql.reset();
      const job = t.app.jobs.jobs.find((j) => j.name === OFFER_JOB)!;
      const runs = other ? [t.app.jobs.run(OFFER_JOB, moved), other.app.jobs.run(OFFER_JOB, moved)] : [job.run(moved), job.run(moved)];
      const lapsed = await Promise.all(runs);
      if (other ? cohortReads(t.sql) > 0 && cohortReads(otherSql) > 0 : cohortReads(t.sql) >= 2) bothEntered++;

      const history = await moves(cohortId);
      const problems: string[] = [];
      for (const a of offered)
        if (count(history.get(a.id)!, 'offer_lapsed') !== 1) problems.push(`application ${a.id}: ${count(history.get(a.id)!, 'offer_lapsed')} × offer_lapsed`);
      const promoted = waitlisted.slice(0, CAPACITY);
      for (const a of promoted)
        if (count(history.get(a.id)!, 'waitlist_promoted') !== 1) problems.push(`application ${a.id}: ${count(history.get(a.id)!, 'waitlist_promoted')} × waitlist_promoted`);
      for (const a of waitlisted.slice(CAPACITY)) if (count(history.get(a.id)!, 'waitlist_promoted') !== 0) problems.push(`application ${a.id}: promoted past the capacity`);
      expect(problems).toEqual([]);
      // Between them, the two runs lapsed each overdue offer once.
      expect(lapsed.reduce((a, b) => a + b, 0)).toBe(CAPACITY);
      expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);
      expect(await chainProblems(t, cohortId)).toEqual([]);
      // One seat-offered notice per promoted member, no more.
      const notices = await t.app.dataSource.getRepository(Notice).findBy({ cohortId: Number(cohortId), messageKey: 'notice.seatOffered' });
      expect(notices.map((n) => n.accountId).sort()).toEqual(promoted.map((a) => a.accountId).sort());
    }
    console.log(`[jobs ${onMysql ? 'mysql, two instances' : 'sqlite, two rounds in one instance'}] both runs reached the cohort's transaction in ${bothEntered}/${ROUNDS} rounds`);
    // The race happened: in some rounds both runs found the cohort due and entered its transaction.
    expect(bothEntered).toBeGreaterThan(0);
  });
});
