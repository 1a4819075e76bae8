import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, codes, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, dbApplication, drawLottery, errorCodes, fastMembers, freeze, ok, staffCall, type Member } from './helpers/intake';
import { Application } from '../server/src/modules/intake';
import { checkTranscript, LOTTERY_ALGORITHM } from '../server/src/modules/intake';

/**
 * The public lottery page of a cohort, for anyone logged in or not: nothing before the list is
 * frozen, only the commitment until the results are announced, then the seed and the transcript,
 * which `npm run verify-lottery` checks. Anonymous codes only, never anything about a person.
 */
let t: TestServer;
let staff: string;
let dir: string;
beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-public-lottery-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PAGE = `query($id: ID!) { publicLottery(cohortId: $id) { cohortId courseId courseTitle academicYear capacity entries frozenAt commitment drawnAt seed announced transcript } }`;
const page = (id: string, token?: string): Promise<GqlResult> => t.gql(PAGE, { id }, { token });
async function publicLottery(id: string, token?: string): Promise<any> {
  const res = await page(id, token);
  expect(res.errors).toBeUndefined();
  return res.data.publicLottery;
}

/**
 * `npm run verify-lottery -- <file>` as a user runs it, with no PATH (it needs no npm and no build).
 * Asynchronous, so the test server in this process keeps answering meanwhile.
 */
function verifyLottery(file: string): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(__dirname, '..', 'scripts', 'verify-lottery.mjs'), file],
      { encoding: 'utf8', env: { ...process.env, PATH: '' } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, out: stdout + stderr }),
    );
  });
}

let cohort: string;
let members: Member[];
let apps: Array<{ id: string; code: string }>;
let commitment: string;
beforeAll(async () => {
  cohort = await createCohort(t, COURSE.RECYCLING, { academicYear: 2031, capacity: 2 });
  members = await fastMembers(t, 5, (i) => ({
    name: `抽選 応募者${'甲乙丙丁戊'[i]}`,
    nameKana: `チュウセン オウボシャ${'アイウエオ'[i]}`,
    email: `lottery-${'abcde'[i]}@example.jp`,
  }));
  // Application ids from 90001 on, so that an id leaking into the page could not pass for a count or another id.
  const other = await createCohort(t, COURSE.DISASTER, { academicYear: 2031 });
  const [extra] = await fastMembers(t, 1);
  const template = await dbApplication(t, (await applyOk(t, extra.token, other)).id);
  await t.app.dataSource.getRepository(Application).insert({ ...template, id: 90000, accountId: members[0].id, code: 'AZZZZZZZ0' });
  apps = [];
  for (const m of members) apps.push(await applyOk(t, m.token, cohort));
});

/** What each caller sees: anonymous, a member who applied, a member who did not, and staff. */
async function everyone(): Promise<unknown[]> {
  const outsider = (await fastMembers(t, 1))[0];
  return Promise.all([publicLottery(cohort), publicLottery(cohort, members[0].token), publicLottery(cohort, outsider.token), publicLottery(cohort, staff)]);
}

/** Every text of a person behind the lottery: none may appear anywhere in the page. */
function assertAnonymous(json: string): void {
  for (const m of members) {
    for (const personal of [m.name, m.nameKana, m.email, m.loginId, ...m.name.split(' '), ...m.nameKana.split(' ')]) expect(json).not.toContain(personal);
  }
  // Application ids never appear (as ids); the codes are all the page names.
  expect(apps.every((a) => Number(a.id) > 90000)).toBe(true);
  for (const a of apps) expect(json).not.toMatch(new RegExp(`\\b${a.id}\\b`));
  expect(json).not.toMatch(/"(id|applicationId|accountId|loginId|name|nameKana|email)"\s*:/);
}

test('nothing while the cohort is open, or closed before the freeze', async () => {
  expect(await publicLottery(cohort)).toBeNull();
  expect(errorCodes(await changeStatus(t, cohort, 'CLOSED', staff))).toEqual([]);
  expect(await publicLottery(cohort)).toBeNull();
  expect(await publicLottery(cohort, members[0].token)).toBeNull();
});

test('from the freeze on: the commitment, entries, capacity and frozenAt; no seed, no draw, no transcript', async () => {
  const frozen = await freeze(t, cohort);
  expect(frozen.errors).toBeUndefined();
  commitment = frozen.data.freezeLottery.commitment;
  const views = await everyone();
  for (const view of views) expect(view).toEqual(views[0]);
  expect(views[0]).toEqual({
    cohortId: cohort,
    courseId: COURSE.RECYCLING,
    courseTitle: 'リサイクルコース',
    academicYear: 2031,
    capacity: 2,
    entries: 5,
    frozenAt: expect.stringMatching(/\+09:00$/),
    commitment,
    drawnAt: null,
    seed: null,
    announced: false,
    transcript: null,
  });
  assertAnonymous(JSON.stringify(views[0]));
});

test('drawn but not announced: still only the commitment (the seed and the order wait for the announcement)', async () => {
  const drawn = await drawLottery(t, cohort, 'public-number-20310401');
  expect(drawn.errors).toBeUndefined();
  const view = await publicLottery(cohort);
  expect(view).toMatchObject({ commitment, announced: false, seed: null, drawnAt: null, transcript: null });
  // Selected (not announced) is still not "announced" for the members who applied.
  expect(await publicLottery(cohort, members[0].token)).toEqual(view);
  // Cohort.lottery keeps the same rule for everyone but reviewing staff.
  const LOTTERY = `query($id: ID!) { cohort(id: $id) { lottery { commitment seed drawnAt } } }`;
  for (const token of [undefined, members[0].token]) {
    const res = await t.gql(LOTTERY, { id: cohort }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.cohort.lottery).toEqual({ commitment, seed: null, drawnAt: null });
  }
  expect((await ok(t, LOTTERY, { id: cohort }, staff)).cohort.lottery).toMatchObject({ commitment, seed: 'public-number-20310401' });
});

test('after the announcement: the seed, the draw time and the transcript, which verify-lottery checks', async () => {
  expect(errorCodes(await staffCall(t, 'announceCohort', cohort))).toEqual([]);
  const views = await everyone();
  for (const view of views) expect(view).toEqual(views[0]);
  const view: any = views[0];
  expect(view).toMatchObject({ commitment, announced: true, seed: 'public-number-20310401', entries: 5, capacity: 2 });
  expect(view.drawnAt).toMatch(/\+09:00$/);
  const lottery = (await t.gql(`query($id: ID!) { cohort(id: $id) { lottery { seed drawnAt } } }`, { id: cohort })).data.cohort.lottery;
  expect(lottery).toEqual({ seed: 'public-number-20310401', drawnAt: view.drawnAt });
  // The download is byte for byte the transcript the lottery has always published.
  const published = await ok(t, `query($id: ID!) { lotteryTranscript(cohortId: $id) }`, { id: cohort });
  expect(view.transcript).toBe(published.lotteryTranscript);
  const transcript = JSON.parse(view.transcript);
  expect(Object.keys(transcript).sort()).toEqual(['accepted', 'algorithm', 'capacity', 'codes', 'cohortId', 'commitment', 'drawnAt', 'frozenAt', 'order', 'seed', 'waitlisted']);
  expect(transcript).toMatchObject({ algorithm: LOTTERY_ALGORITHM, cohortId: Number(cohort), capacity: 2, commitment, seed: view.seed });
  expect([...transcript.codes].sort()).toEqual(apps.map((a) => a.code).sort());
  expect(transcript.accepted).toHaveLength(2);
  expect(transcript.waitlisted).toHaveLength(3);
  assertAnonymous(JSON.stringify(view));
  assertAnonymous(view.transcript);
  expect(checkTranscript(transcript)).toMatchObject({ matches: true, problems: [] });

  // What the page offers for download, checked as a user would: npm run verify-lottery -- <file>.
  const file = path.join(dir, `lottery-${cohort}.json`);
  fs.writeFileSync(file, view.transcript);
  const run = await verifyLottery(file);
  expect(run.out).toContain(`MATCHES: cohort ${cohort}: 5 entries, capacity 2`);
  expect(run.status).toBe(0);
  // A tampered download does not match.
  fs.writeFileSync(file, JSON.stringify({ ...transcript, seed: 'another' }));
  const tampered = await verifyLottery(file);
  expect(tampered.out).toContain('DOES NOT MATCH');
  expect(tampered.status).toBe(1);
});

test('the page stays once the course runs', async () => {
  expect(errorCodes(await changeStatus(t, cohort, 'RUNNING', staff))).toEqual([]);
  expect(await publicLottery(cohort)).toMatchObject({ announced: true, seed: 'public-number-20310401' });
});

test('null for review cohorts, drafts, unknown and malformed ids', async () => {
  const review = await createCohort(t, COURSE.WELFARE, { academicYear: 2031, selectionMethod: 'REVIEW' });
  const draft = await createCohort(t, COURSE.RECYCLING, { academicYear: 2032, status: 'DRAFT' });
  for (const id of [review, draft, '999999', 'abc', '0', '-1', '99999999999']) {
    expect(await publicLottery(id)).toBeNull();
    expect(await publicLottery(id, members[1].token)).toBeNull();
  }
});

test('contractor staff see only their own field’s lottery pages (another field: NOT_FOUND)', async () => {
  const green = await t.tokenFor('greenery');
  expect(codes(await page(cohort, green))).toEqual(['NOT_FOUND']);
  expect(codes(await page('999999', green))).toEqual(['NOT_FOUND']);
  const own = await createCohort(t, COURSE.GREENERY, { academicYear: 2031, selectionMethod: 'LOTTERY' });
  const res = await page(own, green);
  expect(res.errors).toBeUndefined();
  expect(res.data.publicLottery).toBeNull();
});

test('the cost is a handful of statements, whatever the number of entries', async () => {
  await t.settle();
  t.sql.reset();
  await publicLottery(cohort);
  // cohort, lottery, course, entries
  expect(t.sql.count).toBe(4);
});
