import { startTestServer, codes, type GqlResult, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, fastMembers, ok, type Member } from './helpers/intake';

/**
 * The review table's page of applications: paged, searched and ordered on the server, scoped to
 * the contractor's field, audited like every staff read of applications, and a fixed number of
 * statements whatever the page size.
 */
let t: TestServer;
let staff: string;
let cohort: string;
let members: Member[];
let apps: Array<{ id: string; code: string }>;

const KANA = ['アイダ ハナ', 'イシイ ジロウ', 'ウエノ サクラ', 'エノモト タロウ', 'オオタ ハナコ', 'カトウ イチロウ', 'キムラ ミキ'];
const PAGE = `query($c: ID!, $f: ApplicationFilter, $s: String, $o: ApplicationOrder, $d: Boolean, $off: Int, $l: Int) {
  applicationPage(cohortId: $c, filter: $f, search: $s, orderBy: $o, descending: $d, offset: $off, limit: $l) {
    total items { id code status applicant { nameKana } }
  }
}`;
const call = (vars: Record<string, unknown>, token = staff): Promise<GqlResult> => t.gql(PAGE, { c: cohort, ...vars }, { token });
async function page(vars: Record<string, unknown>): Promise<{ total: number; items: any[] }> {
  return (await ok(t, PAGE, { c: cohort, ...vars }, staff)).applicationPage;
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  cohort = await createCohort(t, COURSE.DISASTER, { academicYear: 2033, capacity: 3 });
  members = await fastMembers(t, KANA.length, (i) => ({ name: `防災 受講${i}`, nameKana: KANA[i] }));
  apps = [];
  for (const m of members) apps.push(await applyOk(t, m.token, cohort));
  // One withdraws: the status filter and the status order have something to tell apart.
  await ok(t, `mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id: apps[2].id }, members[2].token);
});
afterAll(() => t.close());

test('pages in submission order, with the total of all that match', async () => {
  const first = await page({ l: 3 });
  expect(first.total).toBe(KANA.length);
  expect(first.items.map((a) => a.id)).toEqual(apps.slice(0, 3).map((a) => a.id));
  const rest = await page({ off: 3, l: 3 });
  expect(rest.items.map((a) => a.id)).toEqual(apps.slice(3, 6).map((a) => a.id));
  expect(rest.total).toBe(KANA.length);
  const last = await page({ off: 6, l: 3 });
  expect(last).toMatchObject({ total: KANA.length, items: [{ id: apps[6].id }] });
  expect(await page({ off: 30, l: 3 })).toEqual({ total: KANA.length, items: [] });
});

test('search: the reading in hiragana or katakana, the name, or the code’s beginning', async () => {
  expect((await page({ s: 'はな' })).items.map((a) => a.applicant.nameKana).sort()).toEqual(['アイダ ハナ', 'オオタ ハナコ']);
  expect((await page({ s: 'ハナコ' })).items.map((a) => a.applicant.nameKana)).toEqual(['オオタ ハナコ']);
  expect((await page({ s: '受講3' })).items.map((a) => a.id)).toEqual([apps[3].id]);
  expect((await page({ s: apps[4].code.toLowerCase() })).items.map((a) => a.id)).toEqual([apps[4].id]);
  // LIKE's own characters are only characters.
  expect(await page({ s: '%' })).toEqual({ total: 0, items: [] });
  expect((await page({ s: '  ' })).total).toBe(KANA.length);
});

test('order: reading, code and status, either way; status follows the workflow', async () => {
  const byKana = (await page({ o: 'NAME_KANA' })).items.map((a) => a.applicant.nameKana);
  expect(byKana).toEqual([...KANA]);
  expect((await page({ o: 'NAME_KANA', d: true })).items.map((a) => a.applicant.nameKana)).toEqual([...KANA].reverse());
  const codesAsc = (await page({ o: 'CODE' })).items.map((a) => a.code);
  expect(codesAsc).toEqual([...codesAsc].sort());
  expect((await page({ o: 'CODE', d: true })).items.map((a) => a.code)).toEqual([...codesAsc].reverse());
  const statuses = (await page({ o: 'STATUS' })).items.map((a) => a.status);
  expect(statuses).toEqual([...Array(KANA.length - 1).fill('SUBMITTED'), 'WITHDRAWN']);
  expect((await page({ o: 'STATUS', d: true })).items[0].status).toBe('WITHDRAWN');
});

test('filters, with search and paging together', async () => {
  expect(await page({ f: { status: 'WITHDRAWN' } })).toMatchObject({ total: 1, items: [{ id: apps[2].id }] });
  const submitted = await page({ f: { status: 'SUBMITTED' }, s: 'ハナ', l: 1 });
  expect(submitted.total).toBe(2);
  expect(submitted.items).toHaveLength(1);
});

test('review decisions: filtered by decision, or by having one; ordered accept, waitlist, reject', async () => {
  const review = await createCohort(t, COURSE.WELFARE, { academicYear: 2033, selectionMethod: 'REVIEW' });
  const ids: string[] = [];
  for (const m of members.slice(0, 4)) ids.push((await applyOk(t, m.token, review, { motivation: MOTIVATION })).id);
  expect((await changeStatus(t, review, 'CLOSED', staff)).errors).toBeUndefined();
  const decide = (id: string, decision: string) =>
    ok(t, `mutation($i: DecisionInput!) { decideApplication(input: $i) { id } }`, { i: { applicationId: id, decision, reason: '書類による判断' } }, staff);
  await decide(ids[0], 'REJECT');
  await decide(ids[1], 'ACCEPT');
  await decide(ids[2], 'WAITLIST');
  const of = async (vars: Record<string, unknown>) => (await ok(t, PAGE.replace('status applicant', 'status decision applicant'), { c: review, ...vars }, staff)).applicationPage;
  expect((await of({ f: { decision: 'ACCEPT' } })).items.map((a: any) => a.id)).toEqual([ids[1]]);
  expect((await of({ f: { decided: false } })).items.map((a: any) => a.id)).toEqual([ids[3]]);
  expect((await of({ f: { decided: true } })).total).toBe(3);
  expect((await of({ o: 'DECISION' })).items.map((a: any) => a.decision)).toEqual(['ACCEPT', 'WAITLIST', 'REJECT', null]);
  // The older list takes the same filter.
  const listed = await ok(t, `query($c: ID!) { cohortApplications(cohortId: $c, filter: { decided: false }) { id } }`, { c: review }, staff);
  expect(listed.cohortApplications.map((a: any) => a.id)).toEqual([ids[3]]);
});

test('bad paging is a clear error; contractor staff of another field find no cohort; members may not', async () => {
  for (const vars of [{ off: -1 }, { l: 0 }, { l: 201 }, { s: 'あ'.repeat(101) }]) {
    const res = await call(vars);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.status).toBeLessThan(500);
  }
  expect(codes(await call({}, await t.tokenFor('greenery')))).toEqual(['NOT_FOUND']);
  expect(codes(await call({}, members[0].token))).toEqual(['FORBIDDEN']);
  expect(codes(await call({}, ''))).toEqual(['UNAUTHENTICATED']);
});

test('every read is audited as pii.read naming the applications and fields read', async () => {
  const res = await call({ l: 2 });
  expect(res.errors).toBeUndefined();
  const admin = await t.tokenFor('admin');
  const log = (await ok(t, `{ auditLog(limit: 100) { action targetType targetIds fields requestId } }`, {}, admin)).auditLog as any[];
  const mine = log.filter((e) => e.requestId === res.headers.get('x-request-id') && e.action === 'pii.read');
  const accountRead = mine.find((e) => e.targetType === 'Account');
  expect(accountRead).toBeTruthy();
  expect(accountRead.fields).toContain('nameKana');
  expect([...accountRead.targetIds].sort()).toEqual([members[0].id, members[1].id].map(String).sort());
});

test('a fixed number of statements whatever the page size', async () => {
  const QUERY = `query($c: ID!, $l: Int, $s: String) { applicationPage(cohortId: $c, limit: $l, search: $s) { total items { id applicant { name nameKana } } } }`;
  const counts: number[] = [];
  for (const [l, s] of [
    [2, null],
    [7, null],
    [2, 'ハナ'],
  ] as const) {
    await t.settle();
    t.sql.reset();
    await ok(t, QUERY, { c: cohort, l, s }, staff);
    counts.push(t.sql.count);
  }
  expect(counts[1]).toBe(counts[0]);
  expect(counts[2]).toBeLessThanOrEqual(counts[0]);
});
