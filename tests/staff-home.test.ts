import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, drawLottery, errorCodes, fastMembers, freeze, ok, staffCall, type Member } from './helpers/intake';
import { staffToken } from './helpers/staff-token';
import { Application, ApplicationStatus } from '../server/src/modules/intake';
import { academicYearOf } from '../server/src/modules/intake/staff-home.service';
import { Role } from '../server/src/modules/permissions';

/** The staff home: pending work by cohort, counts, field scope, a fixed number of statements. */
let t: TestServer;
let ward: string;
let green: string;
let members: Member[];

const HOME = `{ staffHome { openCohorts applicationsThisYear work { cohort { id status course { fieldCode } } applicationsToReview lotteryToFreeze lotteryToDraw resultsToAnnounce offersLapsingSoon nextDeadline } } }`;
const MOTIVATION = '地域の高齢者の見守り活動に参加したいと考えています。講座で基礎から学びたいです。';
const DAY = 24 * 3600_000;

async function home(token = ward) {
  return (await ok(t, HOME, {}, token)).staffHome;
}
const workOf = (h: any, id: string) => h.work.find((w: any) => w.cohort.id === id);

beforeAll(async () => {
  t = await startTestServer();
  [ward, green] = await Promise.all([t.tokenFor('staff'), t.tokenFor('greenery')]);
  members = await fastMembers(t, 6);
});
afterAll(() => t.close());

test('a review cohort with undecided applications, due at its close', async () => {
  const closes = new Date(Math.floor((Date.now() + 5 * DAY) / 1000) * 1000);
  const id = await createCohort(t, COURSE.WELFARE, {
    academicYear: 2031,
    startsOn: '2031-04-10',
    endsOn: '2032-03-15',
    selectionMethod: 'REVIEW',
    applicationClosesAt: closes.toISOString(),
  });
  expect(workOf(await home(), id)).toBeUndefined();
  const apps = [];
  for (const m of members.slice(0, 3)) apps.push(await applyOk(t, m.token, id, { motivation: MOTIVATION }));
  expect(workOf(await home(), id)).toEqual({
    cohort: { id, status: 'OPEN', course: { fieldCode: 'WELFARE' } },
    applicationsToReview: 3,
    lotteryToFreeze: false,
    lotteryToDraw: false,
    resultsToAnnounce: false,
    offersLapsingSoon: 0,
    nextDeadline: expect.any(String),
  });
  expect(new Date(workOf(await home(), id).nextDeadline).getTime()).toBe(closes.getTime());
  // Closed, one decided: two left, and no deadline of its own any more.
  expect((await changeStatus(t, id, 'CLOSED', ward)).errors).toBeUndefined();
  await ok(t, `mutation($id: ID!) { decideApplication(input: { applicationId: $id, decision: ACCEPT, reason: "適任" }) { id } }`, { id: apps[0].id }, ward);
  expect(workOf(await home(), id)).toMatchObject({ cohort: { status: 'CLOSED' }, applicationsToReview: 2, nextDeadline: null });
  // The greenery contractor sees none of it.
  expect(workOf(await home(green), id)).toBeUndefined();
});

test('a lottery cohort: to freeze, to draw, to announce; then offers about to lapse', async () => {
  const id = await createCohort(t, COURSE.GREENERY, { academicYear: 2032, startsOn: '2032-04-10', endsOn: '2033-03-15', capacity: 2 });
  for (const m of members.slice(0, 4)) await applyOk(t, m.token, id, { motivation: MOTIVATION });
  // Open: nothing to do yet for a lottery.
  expect(workOf(await home(), id)).toBeUndefined();
  expect((await changeStatus(t, id, 'CLOSED', ward)).errors).toBeUndefined();
  expect(workOf(await home(), id)).toMatchObject({ lotteryToFreeze: true, lotteryToDraw: false, resultsToAnnounce: false, nextDeadline: null });
  // The contractor of the field sees the same.
  expect(workOf(await home(green), id)).toMatchObject({ lotteryToFreeze: true });
  expect((await freeze(t, id)).errors).toBeUndefined();
  expect(workOf(await home(), id)).toMatchObject({ lotteryToFreeze: false, lotteryToDraw: true });
  expect((await drawLottery(t, id, 'staff-home-seed')).errors).toBeUndefined();
  expect(workOf(await home(), id)).toMatchObject({ lotteryToDraw: false, resultsToAnnounce: true, cohort: { status: 'SELECTED' } });
  expect((await staffCall(t, 'announceCohort', id)).errors).toBeUndefined();
  const offered = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(id), status: ApplicationStatus.OFFERED }, order: { id: 'ASC' } });
  expect(offered).toHaveLength(2);
  const soon = new Date(Math.floor((Date.now() + 2 * DAY) / 1000) * 1000);
  const later = new Date(Math.floor((Date.now() + 6 * DAY) / 1000) * 1000);
  await t.app.dataSource.getRepository(Application).update({ id: offered[0].id }, { offerDeadline: soon });
  await t.app.dataSource.getRepository(Application).update({ id: offered[1].id }, { offerDeadline: later });
  const w = workOf(await home(), id);
  expect(w).toMatchObject({ resultsToAnnounce: false, offersLapsingSoon: 1 });
  expect(new Date(w.nextDeadline).getTime()).toBe(soon.getTime());
  // Soonest deadline first.
  const deadlines = (await home()).work.map((x: any) => (x.nextDeadline ? new Date(x.nextDeadline).getTime() : Infinity));
  expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
});

test('counts: open cohorts, applications to this academic year’s cohorts (not withdrawn), scoped', async () => {
  const before = await home();
  const beforeGreen = await home(green);
  const year = academicYearOf(new Date());
  const thisYear = await createCohort(t, COURSE.DISASTER, { academicYear: year, startsOn: `${year + 1}-02-10`, endsOn: `${year + 1}-03-15` });
  const a = await applyOk(t, members[4].token, thisYear);
  await applyOk(t, members[5].token, thisYear);
  await ok(t, `mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id: a.id }, members[4].token);
  const after = await home();
  expect(after.openCohorts).toBe(before.openCohorts + 1);
  expect(after.applicationsThisYear).toBe(before.applicationsThisYear + 1);
  const afterGreen = await home(green);
  expect(afterGreen).toMatchObject({ openCohorts: beforeGreen.openCohorts, applicationsThisYear: beforeGreen.applicationsThisYear });
  expect(afterGreen.work.every((x: any) => x.cohort.course.fieldCode === 'GREENERY')).toBe(true);
});

test('a fixed number of statements, whatever the number of cohorts', async () => {
  const counts: number[] = [];
  for (let round = 0; round < 2; round++) {
    await home();
    await t.settle();
    t.sql.reset();
    const h = await home();
    counts.push(t.sql.count);
    expect(h.work.length).toBeGreaterThan(0);
    // More cohorts with work for the second round.
    const id = await createCohort(t, COURSE.RECYCLING, {
      academicYear: 2035 + round,
      startsOn: `${2035 + round}-04-10`,
      endsOn: `${2036 + round}-03-15`,
      selectionMethod: 'REVIEW',
    });
    await applyOk(t, members[round].token, id);
  }
  // Session, cohorts, counts, offers, lottery lists, totals; the nested cohort's course in one more.
  expect(counts).toEqual([7, 7]);
});

test('every staff role may read it, auditors too; members may not', async () => {
  const auditor = await staffToken(t, Role.AUDITOR);
  expect((await t.gql(HOME, {}, { token: auditor.token })).errors).toBeUndefined();
  expect(errorCodes(await t.gql(HOME, {}, { token: members[0].token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await t.gql(HOME))).toEqual(['UNAUTHENTICATED']);
});
