import { startTestServer, type TestServer } from './helpers/server';
import { applyOk, changeStatus, COURSE, createCohort, fastMembers, freeze, drawLottery, ok, staffCall, type Member } from './helpers/intake';
import { Notice } from '../server/src/modules/notices';

/**
 * System notices (selection results, seats offered) are stored as a message code with
 * parameters, never as a sentence; the clients render them in the reader's language.
 */
let t: TestServer;
let staff: string;
let members: Member[];
beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, 4);
});
afterAll(() => t.close());

const MY = `{ myNotices { kind title body messageKey params { name value } } }`;

test('result notices carry a code and parameters, and no stored text in any language', async () => {
  const cohortId = await createCohort(t, COURSE.RECYCLING, { academicYear: 2035, capacity: 2, startsOn: '2099-04-10', endsOn: '2100-03-15' });
  for (const m of members.slice(0, 3)) await applyOk(t, m.token, cohortId);
  await changeStatus(t, cohortId, 'CLOSED', staff);
  expect((await freeze(t, cohortId)).errors).toBeUndefined();
  expect((await drawLottery(t, cohortId, '2035-public-seed')).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();

  const seen = new Map<string, Record<string, string>>();
  for (const m of members.slice(0, 3)) {
    const { myNotices } = await ok(t, MY, {}, m.token);
    const results = myNotices.filter((n: any) => n.kind === 'RESULT');
    expect(results).toHaveLength(1);
    const [notice] = results;
    expect(notice.title).toBeNull();
    expect(notice.body).toBeNull();
    seen.set(notice.messageKey, Object.fromEntries(notice.params.map((p: any) => [p.name, p.value])));
  }
  // Capacity 2 for 3: two offered, one on the waitlist.
  expect([...seen.keys()].sort()).toEqual(['notice.resultOffered', 'notice.resultWaitlisted']);
  const offered = seen.get('notice.resultOffered')!;
  expect(offered).toMatchObject({ courseTitle: 'リサイクルコース', academicYear: '2035' });
  expect(offered.deadline).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+09:00$/);
  expect(seen.get('notice.resultWaitlisted')).toMatchObject({ position: '1' });

  // In the database: no title, no body, the parameters as JSON; nothing English anywhere.
  const rows = await t.app.dataSource.getRepository(Notice).findBy({ cohortId: Number(cohortId) });
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    expect(row.title).toBeNull();
    expect(row.body).toBeNull();
    expect(row.messageKey).toMatch(/^notice\.result/);
    expect(JSON.parse(row.messageParams!)).toHaveProperty('courseTitle');
    expect(JSON.stringify(row)).not.toMatch(/offered a place|waitlist, position|unable to offer/i);
  }
});
