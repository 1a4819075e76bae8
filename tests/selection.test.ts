import crypto from 'node:crypto';
import { In } from 'typeorm';
import { startTestServer, type TestServer } from './helpers/server';
import {
  COURSE,
  MOTIVATION,
  applyOk,
  changeStatus,
  chainProblems,
  createCohort,
  dbApplication,
  drawLottery,
  errorCodes,
  fastMembers,
  fieldErrors,
  freeze,
  messageKeys,
  ok,
  respond,
  seatsHeld,
  staffCall,
  updateCohort,
  type Member,
} from './helpers/intake';
import { verifyTranscript, type LotteryTranscript } from '../server/src/modules/intake/lottery';
import { Application } from '../server/src/modules/intake';
import { Cohort } from '../server/src/modules/catalog';
import { MailOutbox, Notice } from '../server/src/modules/notices';
import { AuditEntry } from '../server/src/modules/audit';

/** Selection (within capacity, review, lottery), announcement and what follows: offers, waitlist, student numbers, roster. */
let t: TestServer;
let staff: string;
let members: Member[];
let next = 0;
const take = (n: number) => members.slice(next, (next += n));

const LIST = `query($c: ID!) { cohortApplications(cohortId: $c) { id code status eligible waitlistPosition offerDeadline decision decisionReason } }`;
const MINE = `{ myApplications { id cohortId status waitlistPosition offerDeadline enrollment { studentNumber } } }`;
const DECIDE = `mutation($id: ID!, $d: ReviewDecision!, $r: String!) { decideApplication(input: { applicationId: $id, decision: $d, reason: $r }) { id decision decisionReason status } }`;
const EVENTS = `query($id: ID!) { application(id: $id) { status events { fromStatus toStatus reason actorId } } }`;
const WITHDRAW_ENROLLMENT = `mutation($id: ID!) { withdrawEnrollment(applicationId: $id) { id status } }`;
const TRANSCRIPT = `query($c: ID!) { lotteryTranscript(cohortId: $c) }`;

async function staffView(cohortId: string): Promise<Map<string, any>> {
  const data = await ok(t, LIST, { c: cohortId }, staff);
  return new Map(data.cohortApplications.map((a: any) => [a.id, a]));
}

async function mine(m: Member, cohortId: string): Promise<any> {
  const data = await ok(t, MINE, {}, m.token);
  return data.myApplications.find((a: any) => a.cohortId === cohortId);
}

async function events(id: string): Promise<Array<[string | null, string, string]>> {
  const data = await ok(t, EVENTS, { id }, staff);
  return data.application.events.map((e: any) => [e.fromStatus, e.toStatus, e.reason]);
}

async function setDeadlineInThePast(id: string): Promise<void> {
  await t.app.dataSource.getRepository(Application).update({ id: Number(id) }, { offerDeadline: new Date(Date.now() - 60_000) });
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, 60, (i) => ({ name: `選考 太郎${i}`, nameKana: `センコウ タロウ${i}` }));
});
afterAll(() => t.close());

describe('within capacity', () => {
  test('runSelection offers a seat to every eligible applicant; the ineligible are rejected', async () => {
    const cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: 2031, capacity: 5, selectionMethod: 'REVIEW' });
    const people = take(4);
    const apps = [];
    for (const m of people) apps.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
    await ok(t, `mutation($id: ID!) { setApplicationEligibility(id: $id, eligible: false, reason: "区内在住・在勤・在学ではないため") { id } }`, { id: apps[3].id }, staff);
    const early = await staffCall(t, 'runSelection', cohortId);
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(messageKeys(early)).toEqual(['selection.notClosed']);
    expect(errorCodes(await changeStatus(t, cohortId, 'CLOSED', staff))).toEqual([]);
    const run = await staffCall(t, 'runSelection', cohortId);
    expect(run.errors).toBeUndefined();
    expect(run.data.runSelection.status).toBe('SELECTED');
    const view = await staffView(cohortId);
    expect(apps.map((a) => view.get(a.id).status)).toEqual(['OFFERED', 'OFFERED', 'OFFERED', 'REJECTED']);
    expect(view.get(apps[3].id).decisionReason).toBe('区内在住・在勤・在学ではないため');
    expect(await events(apps[0].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'OFFERED', 'within_capacity'],
    ]);
    expect(await events(apps[3].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'SUBMITTED', 'marked_ineligible'],
      ['SUBMITTED', 'REJECTED', 'ineligible'],
    ]);
    // Running it again is refused.
    expect(errorCodes(await staffCall(t, 'runSelection', cohortId))).toEqual(['CONFLICT']);
  });

  test('a lottery cohort within capacity needs no lottery', async () => {
    const cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: 2031, capacity: 5 });
    const apps = [];
    for (const m of take(2)) apps.push(await applyOk(t, m.token, cohortId));
    await changeStatus(t, cohortId, 'CLOSED', staff);
    const frozen = await freeze(t, cohortId);
    expect(messageKeys(frozen)).toEqual(['lottery.notNeeded']);
    expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
    const view = await staffView(cohortId);
    expect(apps.map((a) => view.get(a.id).status)).toEqual(['OFFERED', 'OFFERED']);
  });
});

test('student numbers count per field and year', async () => {
  const welfare = await createCohort(t, COURSE.WELFARE, { academicYear: 2039, capacity: 5, selectionMethod: 'REVIEW' });
  const disaster = await createCohort(t, COURSE.DISASTER, { academicYear: 2039, capacity: 5 });
  const disasterNextYear = await createCohort(t, COURSE.DISASTER, { academicYear: 2040, capacity: 5 });
  const [a, b, c, d] = take(4);
  const wa = await applyOk(t, a.token, welfare, { motivation: MOTIVATION });
  const wb = await applyOk(t, b.token, welfare, { motivation: MOTIVATION });
  const dc = await applyOk(t, c.token, disaster);
  const dd = await applyOk(t, d.token, disasterNextYear);
  for (const id of [welfare, disaster, disasterNextYear]) {
    await changeStatus(t, id, 'CLOSED', staff);
    expect((await staffCall(t, 'runSelection', id)).errors).toBeUndefined();
    expect((await staffCall(t, 'announceCohort', id)).errors).toBeUndefined();
  }
  const number = async (m: Member, id: string) => (await respond(t, m.token, id, true)).data.respondToOffer.enrollment.studentNumber;
  expect(await number(b, wb.id)).toBe('2039-WEL-001');
  expect(await number(c, dc.id)).toBe('2039-DIS-001');
  expect(await number(a, wa.id)).toBe('2039-WEL-002');
  expect(await number(d, dd.id)).toBe('2040-DIS-001');
});

describe('review over capacity', () => {
  let cohortId: string;
  let people: Member[];
  let apps: Array<{ id: string; code: string }>;
  let ineligible: { id: string; code: string };

  beforeAll(async () => {
    cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: 2032, capacity: 2, selectionMethod: 'REVIEW' });
    people = take(6);
    apps = [];
    for (const m of people.slice(0, 5)) apps.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
    ineligible = await applyOk(t, people[5].token, cohortId, { motivation: MOTIVATION });
    await ok(t, `mutation($id: ID!) { setApplicationEligibility(id: $id, eligible: false, reason: "重複申込のため") { id } }`, { id: ineligible.id }, staff);
  });

  test('decisions wait until the cohort is closed', async () => {
    const res = await t.gql(DECIDE, { id: apps[0].id, d: 'ACCEPT', r: '志望動機が具体的' }, { token: staff });
    expect(messageKeys(res)).toEqual(['selection.notClosed']);
    expect(errorCodes(await changeStatus(t, cohortId, 'CLOSED', staff))).toEqual([]);
  });

  test('runSelection is refused until every eligible application has a decision', async () => {
    const run = await staffCall(t, 'runSelection', cohortId);
    expect(errorCodes(run)).toEqual(['CONFLICT']);
    expect(messageKeys(run)).toEqual(['selection.undecided']);
    await ok(t, DECIDE, { id: apps[0].id, d: 'ACCEPT', r: '志望動機が具体的' }, staff);
    const partial = await staffCall(t, 'runSelection', cohortId);
    expect(messageKeys(partial)).toEqual(['selection.undecided']);
  });

  test('a decision needs a reason', async () => {
    for (const r of ['', 'x'.repeat(301)]) {
      const res = await t.gql(DECIDE, { id: apps[1].id, d: 'ACCEPT', r }, { token: staff });
      expect([JSON.stringify(r.slice(0, 5)), errorCodes(res)]).toEqual([JSON.stringify(r.slice(0, 5)), ['BAD_USER_INPUT']]);
      expect(fieldErrors(res)).toEqual(['reason']);
    }
    expect((await dbApplication(t, apps[1].id)).decision).toBeNull();
    const missing = await t.gql(`mutation($id: ID!) { decideApplication(input: { applicationId: $id, decision: ACCEPT }) { id } }`, { id: apps[1].id }, { token: staff });
    expect(errorCodes(missing)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test('a blank reason (spaces only) is no reason', async () => {
    const res = await t.gql(DECIDE, { id: apps[1].id, d: 'ACCEPT', r: '   ' }, { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res)).toEqual(['reason']);
    expect((await dbApplication(t, apps[1].id)).decision).toBeNull();
  });

  test('an ineligible application can only be rejected', async () => {
    const res = await t.gql(DECIDE, { id: ineligible.id, d: 'ACCEPT', r: '定員内' }, { token: staff });
    expect(messageKeys(res)).toEqual(['application.ineligible']);
  });

  test('more accepted than the capacity is refused', async () => {
    await ok(t, DECIDE, { id: apps[1].id, d: 'ACCEPT', r: '活動経験あり' }, staff);
    await ok(t, DECIDE, { id: apps[2].id, d: 'ACCEPT', r: '活動経験あり' }, staff);
    await ok(t, DECIDE, { id: apps[3].id, d: 'WAITLIST', r: '次点' }, staff);
    await ok(t, DECIDE, { id: apps[4].id, d: 'REJECT', r: '志望動機が講座の趣旨と異なる' }, staff);
    const run = await staffCall(t, 'runSelection', cohortId);
    expect(errorCodes(run)).toEqual(['CONFLICT']);
    expect(messageKeys(run)).toEqual(['selection.overCapacity']);
    expect((await staffView(cohortId)).get(apps[0].id).status).toBe('SUBMITTED');
  });

  test('then the decisions are fixed: ACCEPT → OFFERED, WAITLIST → WAITLISTED, REJECT → REJECTED', async () => {
    const changed = await ok(t, DECIDE, { id: apps[2].id, d: 'WAITLIST', r: '次点（2）' }, staff);
    expect(changed.decideApplication).toMatchObject({ decision: 'WAITLIST', decisionReason: '次点（2）', status: 'SUBMITTED' });
    const run = await staffCall(t, 'runSelection', cohortId);
    expect(run.errors).toBeUndefined();
    const view = await staffView(cohortId);
    expect(apps.map((a) => view.get(a.id).status)).toEqual(['OFFERED', 'OFFERED', 'WAITLISTED', 'WAITLISTED', 'REJECTED']);
    expect(apps.map((a) => view.get(a.id).waitlistPosition)).toEqual([null, null, 1, 2, null]);
    expect(view.get(ineligible.id).status).toBe('REJECTED');
    expect(await events(apps[0].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'OFFERED', 'review_accepted'],
    ]);
    expect(await events(apps[2].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'WAITLISTED', 'review_waitlisted'],
    ]);
    expect(await events(apps[4].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'REJECTED', 'review_rejected'],
    ]);
    // Decisions can no longer change.
    expect(messageKeys(await t.gql(DECIDE, { id: apps[4].id, d: 'ACCEPT', r: 'x' }, { token: staff }))).toEqual(['selection.notClosed']);
  });

  test('before the announcement, nobody can tell the result, not even by answering the offer', async () => {
    const offered = await t.gql(`mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id status } }`, { id: apps[0].id }, { token: people[0].token });
    const waitlisted = await t.gql(`mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id status } }`, { id: apps[2].id }, { token: people[2].token });
    const rejected = await t.gql(`mutation($id: ID!) { respondToOffer(applicationId: $id, accept: true) { id status } }`, { id: apps[4].id }, { token: people[4].token });
    expect(errorCodes(offered)).toEqual(['CONFLICT']);
    // The answer must be the same whatever the hidden result is.
    expect([messageKeys(offered), messageKeys(rejected)]).toEqual([messageKeys(waitlisted), messageKeys(waitlisted)]);
    expect((await dbApplication(t, apps[0].id)).status).toBe('offered');
  });

  test('after the announcement, a lapsed offer answered by its own member lapses and passes the seat on', async () => {
    await ok(t, `mutation($c: ID!) { announceCohort(cohortId: $c) { id } }`, { c: cohortId }, staff);
    const mineBefore = await mine(people[2], cohortId);
    expect([mineBefore.status, mineBefore.waitlistPosition]).toEqual(['WAITLISTED', 1]);
    await setDeadlineInThePast(apps[0].id);
    const late = await respond(t, people[0].token, apps[0].id, true);
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(messageKeys(late)).toEqual(['offer.lapsed']);
    // The refusal must not undo the lapse: the member was told the offer lapsed, so it is LAPSED, and the seat moved on.
    expect((await dbApplication(t, apps[0].id)).status).toBe('lapsed');
    expect((await dbApplication(t, apps[2].id)).status).toBe('offered');
  });
});

describe('lottery over capacity', () => {
  const YEAR = 2033;
  const CAPACITY = 3;
  const SEED = '練馬区報 2033年1月号 抽選番号 48213';
  let cohortId: string;
  let people: Member[];
  let apps: Array<{ id: string; code: string; member: Member }>;
  let ineligible: { id: string; code: string; member: Member };
  let transcript: LotteryTranscript;
  /** Applications in drawn order. */
  let order: Array<{ id: string; code: string; member: Member }>;
  const numbers: string[] = [];

  beforeAll(async () => {
    cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: YEAR, capacity: CAPACITY, selectionMethod: 'LOTTERY', startsOn: '2033-04-10', endsOn: '2034-03-15' });
    people = take(10);
    apps = [];
    for (const [i, m] of people.slice(0, 9).entries()) apps.push({ ...(await applyOk(t, m.token, cohortId, { emailAlerts: i % 3 !== 2 })), member: m });
    // Disaster is for residents and workers: a student is not eligible.
    ineligible = { ...(await applyOk(t, people[9].token, cohortId, { eligibilityBasis: 'STUDENT', workplaceOrSchool: '練馬大学' })), member: people[9] };
    await changeStatus(t, cohortId, 'CLOSED', staff);
  });

  test('runSelection is refused: use the lottery', async () => {
    const run = await staffCall(t, 'runSelection', cohortId);
    expect(errorCodes(run)).toEqual(['CONFLICT']);
    expect(messageKeys(run)).toEqual(['selection.useLottery']);
  });

  test('drawing before freezing is refused', async () => {
    expect(messageKeys(await drawLottery(t, cohortId, SEED))).toEqual(['lottery.notFrozen']);
  });

  test('freezeLottery publishes sha256 over the sorted eligible codes joined by newlines', async () => {
    const eligible = (
      await ok(t, `query($c: ID!) { cohortApplications(cohortId: $c, filter: { eligible: true, status: SUBMITTED }) { code } }`, { c: cohortId }, staff)
    ).cohortApplications.map((a: any) => a.code);
    expect(eligible.sort()).toEqual(apps.map((a) => a.code).sort());
    const sorted = [...eligible].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
    const expected = crypto.createHash('sha256').update(sorted.join('\n'), 'utf8').digest('hex');
    const res = await freeze(t, cohortId);
    expect(res.errors).toBeUndefined();
    expect(res.data.freezeLottery).toMatchObject({ commitment: expected, entries: 9, capacity: CAPACITY, seed: null, drawnAt: null });
    // The commitment is public before the draw.
    const pub = await t.gql(`query($c: ID!) { cohort(id: $c) { lottery { commitment entries seed } } }`, { c: cohortId });
    expect(pub.data.cohort.lottery).toEqual({ commitment: expected, entries: 9, seed: null });
    expect(messageKeys(await freeze(t, cohortId))).toEqual(['lottery.frozen']);
  });

  test('after the freeze, eligibility, capacity and reopening are refused', async () => {
    const set = await t.gql(`mutation($id: ID!) { setApplicationEligibility(id: $id, eligible: false, reason: "後から判明") { id } }`, { id: apps[0].id }, { token: staff });
    expect(errorCodes(set)).toEqual(['CONFLICT']);
    expect(messageKeys(set)).toEqual(['lottery.frozen']);
    const back = await t.gql(`mutation($id: ID!) { setApplicationEligibility(id: $id, eligible: true) { id } }`, { id: ineligible.id }, { token: staff });
    expect(messageKeys(back)).toEqual(['lottery.frozen']);
    expect(messageKeys(await updateCohort(t, cohortId, { capacity: CAPACITY + 1 }))).toEqual(['lottery.frozen']);
    expect(messageKeys(await changeStatus(t, cohortId, 'OPEN', staff))).toEqual(['lottery.frozen']);
    expect((await dbApplication(t, apps[0].id)).eligible).toBe(true);
  });

  test('drawLottery offers exactly the capacity; the rest wait in transcript order', async () => {
    const res = await drawLottery(t, cohortId, SEED);
    expect(res.errors).toBeUndefined();
    expect(res.data.drawLottery).toMatchObject({ seed: SEED, entries: 9, capacity: CAPACITY });
    expect(Date.parse(res.data.drawLottery.drawnAt)).toBeGreaterThan(Date.now() - 60_000);
    transcript = JSON.parse((await ok(t, TRANSCRIPT, { c: cohortId }, staff)).lotteryTranscript);
    expect(transcript.order).toHaveLength(9);
    const byCode = new Map(apps.map((a) => [a.code, a]));
    order = transcript.order.map((code) => byCode.get(code)!);
    expect(order.every(Boolean)).toBe(true);
    const view = await staffView(cohortId);
    expect(order.map((a) => view.get(a.id).status)).toEqual([...Array(CAPACITY).fill('OFFERED'), ...Array(9 - CAPACITY).fill('WAITLISTED')]);
    expect(order.map((a) => view.get(a.id).waitlistPosition)).toEqual([...Array(CAPACITY).fill(null), 1, 2, 3, 4, 5, 6]);
    expect(view.get(ineligible.id).status).toBe('REJECTED');
    expect(transcript.accepted).toEqual(transcript.order.slice(0, CAPACITY));
    expect(transcript.waitlisted).toEqual(transcript.order.slice(CAPACITY));
    expect(await events(order[0].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'OFFERED', 'lottery_drawn'],
    ]);
    expect(await events(order[CAPACITY].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'WAITLISTED', 'lottery_waitlisted'],
    ]);
  });

  test('the transcript verifies; a tampered copy does not', () => {
    expect(transcript.seed).toBe(SEED);
    expect(transcript.cohortId).toBe(Number(cohortId));
    expect(verifyTranscript(transcript)).toEqual([]);
    const swapped = structuredClone(transcript);
    [swapped.order[0], swapped.order[5]] = [swapped.order[5], swapped.order[0]];
    expect(verifyTranscript(swapped).length).toBeGreaterThan(0);
    const reseeded = { ...structuredClone(transcript), seed: `${SEED}9` };
    expect(verifyTranscript(reseeded).length).toBeGreaterThan(0);
    const recoded = structuredClone(transcript);
    recoded.codes[0] = recoded.codes[0].slice(0, -1) + (recoded.codes[0].endsWith('0') ? '1' : '0');
    expect(verifyTranscript(recoded).length).toBeGreaterThan(0);
    const accepting = structuredClone(transcript);
    [accepting.accepted[0], accepting.waitlisted[0]] = [accepting.waitlisted[0], accepting.accepted[0]];
    expect(verifyTranscript(accepting).length).toBeGreaterThan(0);
  });

  test('drawing twice is refused', async () => {
    const again = await drawLottery(t, cohortId, 'another seed');
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(messageKeys(again)).toEqual(['lottery.drawn']);
    expect(JSON.parse((await ok(t, TRANSCRIPT, { c: cohortId }, staff)).lotteryTranscript).order).toEqual(transcript.order);
  });

  test('no leak before the announcement: statuses, notices, transcript, mail', async () => {
    for (const a of [...apps, ineligible]) {
      const view = await ok(
        t,
        `{ myApplications { cohortId status waitlistPosition offerDeadline enrollment { studentNumber } } unreadNoticeCount myNotices { id } cohort(id: ${cohortId}) { myApplication { status waitlistPosition offerDeadline } } }`,
        {},
        a.member.token,
      );
      expect(view.myApplications.find((x: any) => x.cohortId === cohortId)).toEqual({
        cohortId,
        status: 'SUBMITTED',
        waitlistPosition: null,
        offerDeadline: null,
        enrollment: null,
      });
      expect(view.cohort.myApplication).toEqual({ status: 'SUBMITTED', waitlistPosition: null, offerDeadline: null });
      expect(view.unreadNoticeCount).toBe(0);
      expect(view.myNotices).toEqual([]);
      expect((await t.gql(TRANSCRIPT, { c: cohortId }, { token: a.member.token })).data.lotteryTranscript).toBeNull();
    }
    expect((await t.gql(TRANSCRIPT, { c: cohortId })).data.lotteryTranscript).toBeNull();
    expect((await t.gql(TRANSCRIPT, { c: cohortId }, { token: staff })).data.lotteryTranscript).not.toBeNull();
    const accountIds = [...apps, ineligible].map((a) => a.member.id);
    expect(await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: In(accountIds) })).toBe(0);
    expect(await t.app.dataSource.getRepository(Notice).countBy({ accountId: In(accountIds) })).toBe(0);
  });

  test('after the announcement: results visible, one RESULT notice each, offers carry a deadline', async () => {
    const before = Date.now();
    const res = await staffCall(t, 'announceCohort', cohortId);
    expect(res.data.announceCohort.status).toBe('ANNOUNCED');
    for (const [place, a] of order.entries()) {
      const view = await ok(t, `{ myApplications { cohortId status waitlistPosition offerDeadline } unreadNoticeCount myNotices { kind title body read } }`, {}, a.member.token);
      const app = view.myApplications.find((x: any) => x.cohortId === cohortId);
      if (place < CAPACITY) {
        expect(app.status).toBe('OFFERED');
        const deadline = Date.parse(app.offerDeadline);
        expect(deadline).toBeGreaterThan(before + 13 * 24 * 3600_000);
        expect(deadline).toBeLessThan(Date.now() + 15 * 24 * 3600_000);
        expect(app.waitlistPosition).toBeNull();
      } else {
        expect([app.status, app.waitlistPosition, app.offerDeadline]).toEqual(['WAITLISTED', place - CAPACITY + 1, null]);
      }
      expect(view.myNotices.map((n: any) => [n.kind, n.read])).toEqual([['RESULT', false]]);
      expect(view.unreadNoticeCount).toBe(1);
    }
    const rejected = await ok(t, `{ myApplications { cohortId status } myNotices { kind } }`, {}, ineligible.member.token);
    expect(rejected.myApplications.find((x: any) => x.cohortId === cohortId).status).toBe('REJECTED');
    expect(rejected.myNotices).toEqual([{ kind: 'RESULT' }]);
    // The transcript is public now, and the same.
    const pub = JSON.parse((await t.gql(TRANSCRIPT, { c: cohortId })).data.lotteryTranscript);
    expect(pub).toEqual(transcript);
    // One "notice waiting" mail for each applicant who asked for alerts.
    const wanted = [...apps, ineligible].filter((_a, i) => i >= 9 || i % 3 !== 2).map((a) => a.member.id);
    const queued = await t.app.dataSource.getRepository(MailOutbox).findBy({ accountId: In([...apps, ineligible].map((a) => a.member.id)) });
    expect(queued.map((m) => m.accountId).sort()).toEqual(wanted.sort());
  });

  test('accepting enrols with a student number', async () => {
    const res = await respond(t, order[0].member.token, order[0].id, true);
    expect(res.errors).toBeUndefined();
    expect(res.data.respondToOffer.status).toBe('ENROLLED');
    expect(res.data.respondToOffer.enrollment.studentNumber).toMatch(/^\d{4}-DIS-\d{3}$/);
    expect(res.data.respondToOffer.enrollment.studentNumber).toBe(`${YEAR}-DIS-001`);
    numbers.push(res.data.respondToOffer.enrollment.studentNumber);
    expect(messageKeys(await respond(t, order[0].member.token, order[0].id, true))).toEqual(['offer.none']);
  });

  test('a waitlisted member is offered the freed seat after a decline', async () => {
    const res = await respond(t, order[1].member.token, order[1].id, false);
    expect(res.data.respondToOffer.status).toBe('DECLINED');
    const promoted = await mine(order[CAPACITY].member, cohortId);
    expect(promoted.status).toBe('OFFERED');
    expect(Date.parse(promoted.offerDeadline)).toBeGreaterThan(Date.now());
    const notices = await ok(t, `{ myNotices { kind } unreadNoticeCount }`, {}, order[CAPACITY].member.token);
    expect(notices.myNotices.map((n: any) => n.kind)).toEqual(['OFFER', 'RESULT']);
    expect(notices.unreadNoticeCount).toBe(2);
    // Everyone behind moves up one place.
    for (let place = CAPACITY + 1; place < 9; place++) expect((await mine(order[place].member, cohortId)).waitlistPosition).toBe(place - CAPACITY);
    expect(await events(order[1].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'OFFERED', 'lottery_drawn'],
      ['OFFERED', 'DECLINED', 'offer_declined'],
    ]);
    expect(await events(order[CAPACITY].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'WAITLISTED', 'lottery_waitlisted'],
      ['WAITLISTED', 'OFFERED', 'waitlist_promoted'],
    ]);
    expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);
  });

  test('answering a waitlisted or someone else’s application is refused', async () => {
    expect(messageKeys(await respond(t, order[CAPACITY + 1].member.token, order[CAPACITY + 1].id, true))).toEqual(['offer.none']);
    expect(errorCodes(await respond(t, order[CAPACITY + 1].member.token, order[2].id, true))).toEqual(['NOT_FOUND']);
  });

  test('a lapsed deadline (swept by staff) lapses the offer and offers the seat to the next', async () => {
    await setDeadlineInThePast(order[2].id);
    const sweep = await staffCall(t, 'processOfferDeadlines', cohortId);
    expect(sweep.errors).toBeUndefined();
    expect((await mine(order[2].member, cohortId)).status).toBe('LAPSED');
    expect((await mine(order[CAPACITY + 1].member, cohortId)).status).toBe('OFFERED');
    const late = await respond(t, order[2].member.token, order[2].id, true);
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(messageKeys(late)).toEqual(['offer.lapsed']);
    const lapseEvent = (await ok(t, EVENTS, { id: order[2].id }, staff)).application.events.at(-1);
    expect(lapseEvent).toMatchObject({ fromStatus: 'OFFERED', toStatus: 'LAPSED', reason: 'offer_lapsed', actorId: null });
    expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);
  });

  test('student numbers follow the order of acceptance', async () => {
    const a = await respond(t, order[CAPACITY].member.token, order[CAPACITY].id, true);
    const b = await respond(t, order[CAPACITY + 1].member.token, order[CAPACITY + 1].id, true);
    numbers.push(a.data.respondToOffer.enrollment.studentNumber, b.data.respondToOffer.enrollment.studentNumber);
    expect(numbers).toEqual([`${YEAR}-DIS-001`, `${YEAR}-DIS-002`, `${YEAR}-DIS-003`]);
    expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);
    // The cohort is full: nobody else is offered a seat.
    expect((await mine(order[CAPACITY + 2].member, cohortId)).status).toBe('WAITLISTED');
  });

  test('withdrawing before the start cancels the enrolment and offers the seat down the list', async () => {
    const res = await t.gql(WITHDRAW_ENROLLMENT, { id: order[0].id }, { token: order[0].member.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.withdrawEnrollment.status).toBe('CANCELLED');
    expect((await mine(order[CAPACITY + 2].member, cohortId)).status).toBe('OFFERED');
    expect(messageKeys(await t.gql(WITHDRAW_ENROLLMENT, { id: order[0].id }, { token: order[0].member.token }))).toEqual(['enrollment.none']);
    expect(messageKeys(await t.gql(WITHDRAW_ENROLLMENT, { id: order[CAPACITY + 3].id }, { token: order[CAPACITY + 3].member.token }))).toEqual(['enrollment.none']);
    expect(await events(order[0].id)).toEqual([
      [null, 'SUBMITTED', 'applied'],
      ['SUBMITTED', 'OFFERED', 'lottery_drawn'],
      ['OFFERED', 'ENROLLED', 'offer_accepted'],
      ['ENROLLED', 'CANCELLED', 'withdrew_before_start'],
    ]);
  });

  test('a lapse found when someone else answers is processed too; numbers are never reused', async () => {
    // The newly offered member lets the deadline pass; the next answer by anyone sweeps it.
    await setDeadlineInThePast(order[CAPACITY + 2].id);
    const other = await t.gql(WITHDRAW_ENROLLMENT, { id: order[CAPACITY].id }, { token: order[CAPACITY].member.token });
    expect(other.data.withdrawEnrollment.status).toBe('CANCELLED');
    expect((await dbApplication(t, order[CAPACITY + 2].id)).status).toBe('lapsed');
    // Two seats free: the next two on the list are offered.
    expect((await mine(order[CAPACITY + 3].member, cohortId)).status).toBe('OFFERED');
    expect((await mine(order[CAPACITY + 4].member, cohortId)).status).toBe('OFFERED');
    expect((await mine(order[CAPACITY + 5].member, cohortId)).waitlistPosition).toBe(1);
    const c = await respond(t, order[CAPACITY + 3].member.token, order[CAPACITY + 3].id, true);
    numbers.push(c.data.respondToOffer.enrollment.studentNumber);
    expect(numbers).toEqual([`${YEAR}-DIS-001`, `${YEAR}-DIS-002`, `${YEAR}-DIS-003`, `${YEAR}-DIS-004`]);
    expect(await seatsHeld(t, cohortId)).toBe(CAPACITY);
    expect(await chainProblems(t, cohortId)).toEqual([]);
  });

  test('the roster lists every enrolment with its number and name; the CSV export is audited', async () => {
    const roster = (await ok(t, `query($c: ID!) { cohortRoster(cohortId: $c) { studentNumber withdrawnAt student { name } } }`, { c: cohortId }, staff)).cohortRoster;
    const enrolledBy = new Map([
      [numbers[0], order[0]],
      [numbers[1], order[CAPACITY]],
      [numbers[2], order[CAPACITY + 1]],
      [numbers[3], order[CAPACITY + 3]],
    ]);
    expect(roster.map((r: any) => [r.studentNumber, r.student.name, r.withdrawnAt !== null])).toEqual(numbers.map((n, i) => [n, enrolledBy.get(n)!.member.name, i < 2]));
    const ip = '192.0.2.90';
    const csv = (await t.gql(`query($c: ID!) { rosterCsv(cohortId: $c) }`, { c: cohortId }, { token: staff, ip })).data.rosterCsv as string;
    for (const n of numbers) {
      const line = csv.split('\r\n').find((l) => l.startsWith(n));
      expect(line).toContain(enrolledBy.get(n)!.member.name);
      expect(line).toContain(enrolledBy.get(n)!.member.nameKana);
    }
    const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'roster.export', ip } });
    expect(rows).toHaveLength(1);
    expect(rows[0].targetType).toBe('Enrollment');
    expect(rows[0].targetIds).toHaveLength(4);
    expect(JSON.stringify(rows[0])).not.toContain(order[0].member.name);
  });

  test('once the course has started, seats no longer move', async () => {
    await t.app.dataSource.getRepository(Cohort).update({ id: Number(cohortId) }, { startsOn: '2020-04-10' });
    const started = await t.gql(WITHDRAW_ENROLLMENT, { id: order[CAPACITY + 1].id }, { token: order[CAPACITY + 1].member.token });
    expect(messageKeys(started)).toEqual(['enrollment.started']);
    const answer = await respond(t, order[CAPACITY + 4].member.token, order[CAPACITY + 4].id, true);
    expect(messageKeys(answer)).toEqual(['offer.closed']);
    expect(await chainProblems(t, cohortId)).toEqual([]);
  });
});
