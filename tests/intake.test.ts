import { startTestServer, type TestServer } from './helpers/server';
import {
  APPLY,
  COURSE,
  MOTIVATION,
  apply,
  applyInput,
  applyOk,
  changeStatus,
  createCohort,
  dbApplication,
  errorCodes,
  fastMembers,
  fieldErrors,
  messageKeys,
  ok,
  staffCall,
  updateCohort,
  updateCohortOk,
  type Member,
} from './helpers/intake';
import { AuditEntry } from '../server/src/modules/audit';
import { Application, ApplicationEvent } from '../server/src/modules/intake';

/** Applying to a cohort, the staff's view of applications, and the cohort lifecycle. */
let t: TestServer;
let staff: string;
let green: string;
let members: Member[];
let next = 0;
/** A fresh member for each test that needs one. */
const member = () => members[next++];

const UPDATE = `mutation($id: ID!, $input: ApplicationInput!) { updateApplication(id: $id, input: $input) { id motivation emailAlerts preferredContact status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { id status } }`;
const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const editInput = (overrides: Record<string, unknown> = {}) => {
  const { cohortId: _c, ...rest } = applyInput('0', overrides);
  return rest;
};

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  green = await t.tokenFor('greenery');
  members = await fastMembers(t, 60);
});
afterAll(() => t.close());

describe('when applications are accepted', () => {
  test('a resident applies to an open cohort inside its window', async () => {
    const m = member();
    const res = await apply(t, m.token, COURSE.DISASTER);
    expect(res.errors).toBeUndefined();
    expect(res.data.applyToCohort).toMatchObject({ status: 'SUBMITTED', eligibilityBasis: 'RESIDENT', workplaceOrSchool: null, emailAlerts: true });
    expect(res.data.applyToCohort.code).toMatch(/^A[0-9A-HJKMNP-TV-Z]{8}$/);
    const events = await t.app.dataSource.getRepository(ApplicationEvent).findBy({ applicationId: Number(res.data.applyToCohort.id) });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.reason, e.actorId])).toEqual([[null, 'submitted', 'applied', m.id]]);
  });

  test('a CLOSED cohort refuses applications with CONFLICT', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2040 });
    expect(errorCodes(await changeStatus(t, id, 'CLOSED', staff))).toEqual([]);
    const res = await apply(t, member().token, id);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(messageKeys(res)).toEqual(['application.closed']);
    expect(res.errors![0].extensions!.params).toEqual({ cohortId: id, window: 'ENDED' });
    expect(await t.app.dataSource.getRepository(Application).countBy({ cohortId: Number(id) })).toBe(0);
  });

  test('a DRAFT cohort refuses applications (it is not even visible to members)', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2041, status: 'DRAFT' });
    const res = await apply(t, member().token, id);
    // A draft is hidden from everyone but staff (see catalog.test), so it answers as unknown rather than CONFLICT.
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(await t.app.dataSource.getRepository(Application).countBy({ cohortId: Number(id) })).toBe(0);
  });

  test('an OPEN cohort moved back to DRAFT stops taking applications', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2042 });
    expect(errorCodes(await changeStatus(t, id, 'DRAFT', staff))).toEqual([]);
    const res = await apply(t, member().token, id);
    // Hidden again, like any draft: unknown to members (as above), not a CONFLICT that would confirm it exists.
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.data).toBeNull();
    expect(await t.app.dataSource.getRepository(Application).countBy({ cohortId: Number(id) })).toBe(0);
  });

  test('an OPEN cohort whose window has not started refuses with CONFLICT', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2043, applicationOpensAt: iso(Date.now() + 2 * DAY), applicationClosesAt: iso(Date.now() + 9 * DAY) });
    const res = await apply(t, member().token, id);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(messageKeys(res)).toEqual(['application.closed']);
    // The refusal says why, for the member portal's plain-language message.
    expect(res.errors![0].extensions!.params).toEqual({ cohortId: id, window: 'NOT_YET_OPEN' });
  });

  test('an OPEN cohort whose window has ended refuses with CONFLICT', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2044, applicationOpensAt: iso(Date.now() - 9 * DAY), applicationClosesAt: iso(Date.now() - 60_000) });
    const res = await apply(t, member().token, id);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(messageKeys(res)).toEqual(['application.closed']);
    expect(res.errors![0].extensions!.params).toEqual({ cohortId: id, window: 'ENDED' });
  });

  test('one application per member per cohort', async () => {
    const m = member();
    await applyOk(t, m.token, COURSE.RECYCLING);
    const again = await apply(t, m.token, COURSE.RECYCLING, { emailAlerts: false });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(messageKeys(again)).toEqual(['application.duplicate']);
    expect(await t.app.dataSource.getRepository(Application).countBy({ cohortId: Number(COURSE.RECYCLING), accountId: m.id })).toBe(1);
    // Another cohort is another application.
    await applyOk(t, m.token, COURSE.DISASTER);
  });

  test('anonymous callers must log in; staff cannot apply', async () => {
    expect(errorCodes(await t.gql(APPLY, { input: applyInput(COURSE.DISASTER) }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(APPLY, { input: applyInput(COURSE.DISASTER) }, { token: staff }))).toEqual(['FORBIDDEN']);
  });
});

describe('editing and withdrawing', () => {
  test('a member edits and withdraws while the cohort is open; each move is recorded', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2045 });
    const m = member();
    const app = await applyOk(t, m.token, id);
    const edited = await t.gql(UPDATE, { id: app.id, input: editInput({ motivation: MOTIVATION, emailAlerts: false, preferredContact: 'PHONE' }) }, { token: m.token });
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateApplication).toMatchObject({ motivation: MOTIVATION, emailAlerts: false, preferredContact: 'PHONE', status: 'SUBMITTED' });
    const withdrawn = await t.gql(WITHDRAW, { id: app.id }, { token: m.token });
    expect(withdrawn.data.withdrawApplication.status).toBe('WITHDRAWN');
    const events = await t.app.dataSource.getRepository(ApplicationEvent).find({ where: { applicationId: Number(app.id) }, order: { id: 'ASC' } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.reason])).toEqual([
      [null, 'submitted', 'applied'],
      ['submitted', 'submitted', 'edited'],
      ['submitted', 'withdrawn', 'withdrawn_by_member'],
    ]);
    // A withdrawn application can no longer change.
    expect(errorCodes(await t.gql(UPDATE, { id: app.id, input: editInput() }, { token: m.token }))).toEqual(['CONFLICT']);
    expect(errorCodes(await t.gql(WITHDRAW, { id: app.id }, { token: m.token }))).toEqual(['CONFLICT']);
  });

  test('after the cohort closes, edits and withdrawals are refused with CONFLICT', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2046 });
    const m = member();
    const app = await applyOk(t, m.token, id);
    expect(errorCodes(await changeStatus(t, id, 'CLOSED', staff))).toEqual([]);
    const edit = await t.gql(UPDATE, { id: app.id, input: editInput({ motivation: MOTIVATION }) }, { token: m.token });
    expect(errorCodes(edit)).toEqual(['CONFLICT']);
    const withdraw = await t.gql(WITHDRAW, { id: app.id }, { token: m.token });
    expect(errorCodes(withdraw)).toEqual(['CONFLICT']);
    expect(messageKeys(withdraw)).toEqual(['application.notWithdrawable']);
    const stored = await dbApplication(t, app.id);
    expect(stored.status).toBe('submitted');
    expect(stored.motivation).toBeNull();
  });

  test('after the window ends, edits are refused with CONFLICT', async () => {
    const id = await createCohort(t, COURSE.RECYCLING, { academicYear: 2047 });
    const m = member();
    const app = await applyOk(t, m.token, id);
    await updateCohortOk(t, id, { applicationOpensAt: iso(Date.now() - 9 * DAY), applicationClosesAt: iso(Date.now() - 60_000) });
    const edit = await t.gql(UPDATE, { id: app.id, input: editInput({ motivation: MOTIVATION }) }, { token: m.token });
    expect(errorCodes(edit)).toEqual(['CONFLICT']);
    expect(messageKeys(edit)).toEqual(['application.closed']);
  });

  test("a member cannot edit or withdraw someone else's application", async () => {
    const owner = member();
    const other = member();
    const app = await applyOk(t, owner.token, COURSE.GREENERY, { motivation: MOTIVATION });
    expect(errorCodes(await t.gql(UPDATE, { id: app.id, input: editInput({ motivation: MOTIVATION }) }, { token: other.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(WITHDRAW, { id: app.id }, { token: other.token }))).toEqual(['NOT_FOUND']);
    expect((await dbApplication(t, app.id)).status).toBe('submitted');
  });
});

describe('the answers are checked', () => {
  test('the eligibility rule is evaluated and recorded: a worker applying to agriculture (residents only)', async () => {
    const m = member();
    const res = await apply(t, m.token, COURSE.AGRICULTURE, { eligibilityBasis: 'WORKER', workplaceOrSchool: '練馬区役所' });
    expect(res.errors).toBeUndefined();
    const id = res.data.applyToCohort.id;
    const stored = await dbApplication(t, id);
    expect(stored.eligible).toBe(false);
    // The rule's finding is stored as a code (the clients render it); no sentence in any language is stored.
    expect(stored.ineligibleReasonCode).toBe('eligibility.basisNotAccepted');
    expect(stored.ineligibleReason).toBeNull();
    const view = await t.gql(
      `query($id: ID!) { application(id: $id) { eligible ineligibleReason ineligibleReasonCode eligibilityBasis workplaceOrSchool } }`,
      { id },
      { token: staff },
    );
    expect(view.data.application).toEqual({
      eligible: false,
      ineligibleReason: null,
      ineligibleReasonCode: 'eligibility.basisNotAccepted',
      eligibilityBasis: 'WORKER',
      workplaceOrSchool: '練馬区役所',
    });
    const list = await t.gql(
      `query($c: ID!) { cohortApplications(cohortId: $c, filter: { eligible: false }) { id eligible ineligibleReasonCode } }`,
      { c: COURSE.AGRICULTURE },
      { token: staff },
    );
    expect(list.data.cohortApplications).toContainEqual({ id, eligible: false, ineligibleReasonCode: 'eligibility.basisNotAccepted' });
    // The member does not see the staff's eligibility fields, but is told the rule's finding as a code.
    expect(errorCodes(await t.gql(`{ myApplications { eligible } }`, {}, { token: m.token }))).toEqual(['FORBIDDEN']);
    const mine = await t.gql(`{ myApplications { id ineligibleReasonCode eligibilityBasis } }`, {}, { token: m.token });
    expect(mine.data.myApplications).toEqual([{ id, ineligibleReasonCode: 'eligibility.basisNotAccepted', eligibilityBasis: 'WORKER' }]);
    // Someone else never reads it.
    expect(errorCodes(await t.gql(`query($id: ID!) { application(id: $id) { ineligibleReasonCode } }`, { id }, { token: member().token }))).toEqual(['FORBIDDEN']);
  });

  test('a resident applying to agriculture is eligible', async () => {
    const app = await applyOk(t, member().token, COURSE.AGRICULTURE);
    const stored = await dbApplication(t, app.id);
    expect([stored.eligible, stored.ineligibleReason]).toEqual([true, null]);
  });

  test('a changed answer is evaluated again', async () => {
    const m = member();
    const app = await applyOk(t, m.token, COURSE.AGRICULTURE, { eligibilityBasis: 'STUDENT', workplaceOrSchool: '練馬高校' });
    expect((await dbApplication(t, app.id)).eligible).toBe(false);
    await ok(t, UPDATE, { id: app.id, input: editInput() }, m.token);
    const stored = await dbApplication(t, app.id);
    expect([stored.eligible, stored.ineligibleReason, stored.workplaceOrSchool]).toEqual([true, null, null]);
  });

  test('welfare asks for a motivation statement', async () => {
    const res = await apply(t, member().token, COURSE.WELFARE);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res)).toEqual(['motivation']);
    const blank = await apply(t, member().token, COURSE.WELFARE, { motivation: ' '.repeat(25) });
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(blank)).toEqual(['motivation']);
    await applyOk(t, member().token, COURSE.WELFARE, { motivation: MOTIVATION });
  });

  test.each([
    ['too short (19 characters)', 'あ'.repeat(19)],
    ['too long (2001 characters)', 'あ'.repeat(2001)],
  ])('a motivation statement %s is refused, naming motivation', async (_label, motivation) => {
    for (const cohort of [COURSE.WELFARE, COURSE.DISASTER]) {
      const res = await apply(t, member().token, cohort, { motivation });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(res)).toContain('motivation');
      expect(res.status).toBeLessThan(500);
    }
  });

  test('the limits themselves (20 and 2000 characters) are accepted', async () => {
    await applyOk(t, member().token, COURSE.WELFARE, { motivation: 'あ'.repeat(20) });
    await applyOk(t, member().token, COURSE.WELFARE, { motivation: 'あ'.repeat(2000) });
  });

  test('an edit is checked the same way', async () => {
    const m = member();
    const app = await applyOk(t, m.token, COURSE.WELFARE, { motivation: MOTIVATION });
    const res = await t.gql(UPDATE, { id: app.id, input: editInput({ motivation: 'short' }) }, { token: m.token });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res)).toContain('motivation');
    const none = await t.gql(UPDATE, { id: app.id, input: editInput({ motivation: null }) }, { token: m.token });
    expect(fieldErrors(none)).toEqual(['motivation']);
    expect((await dbApplication(t, app.id)).motivation).toBe(MOTIVATION);
  });

  test.each(['WORKER', 'STUDENT'])('a %s without workplaceOrSchool is refused, naming it', async (basis) => {
    for (const workplaceOrSchool of [undefined, null, '']) {
      const res = await apply(t, member().token, COURSE.DISASTER, { eligibilityBasis: basis, ...(workplaceOrSchool === undefined ? {} : { workplaceOrSchool }) });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(res)).toContain('workplaceOrSchool');
    }
  });

  test.each([
    ['eligibilityBasis', { eligibilityBasis: 'TOURIST' }],
    ['preferredContact', { preferredContact: 'FAX' }],
    ['emailAlerts', { emailAlerts: 'yes' }],
  ])('a wrong %s is BAD_USER_INPUT', async (field, change) => {
    const res = await apply(t, member().token, COURSE.DISASTER, change);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.status).toBeLessThan(500);
    expect(fieldErrors(res).join(' ')).toContain(field);
  });
});

describe('staff read applications', () => {
  let cohortId: string;
  let apps: Array<{ id: string; member: Member }>;

  beforeAll(async () => {
    cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: 2048, selectionMethod: 'REVIEW' });
    apps = [];
    for (const m of [member(), member(), member()]) apps.push({ id: (await applyOk(t, m.token, cohortId, { motivation: `${MOTIVATION}（${m.name}）` })).id, member: m });
  });

  test('ward staff list a cohort with eligibility and motivation; the read is audited without the values', async () => {
    const ip = '192.0.2.71';
    const res = await t.gql(
      `query Review($c: ID!) { cohortApplications(cohortId: $c) { id code eligible ineligibleReason motivation applicant { name } } }`,
      { c: cohortId },
      { token: staff, ip },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.cohortApplications).toHaveLength(3);
    for (const [i, row] of res.data.cohortApplications.entries()) {
      expect(row).toMatchObject({
        id: apps[i].id,
        eligible: true,
        ineligibleReason: null,
        motivation: `${MOTIVATION}（${apps[i].member.name}）`,
        applicant: { name: apps[i].member.name },
      });
    }
    const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'pii.read', ip } });
    const byType = new Map(rows.map((r) => [r.targetType, r]));
    expect([...byType.keys()].sort()).toEqual(['Account', 'Application']);
    expect(byType.get('Application')!.targetIds.sort()).toEqual(apps.map((a) => a.id).sort());
    expect(byType.get('Application')!.fields).toEqual(['motivation']);
    expect(byType.get('Account')!.targetIds.sort()).toEqual(apps.map((a) => String(a.member.id)).sort());
    expect(byType.get('Account')!.fields).toEqual(['name']);
    expect(rows.every((r) => r.actorId !== null && r.actorRole === 'ward_staff' && (r.operation ?? '').includes('cohortApplications'))).toBe(true);
    const text = JSON.stringify(rows);
    for (const a of apps) {
      expect(text).not.toContain(a.member.name);
      expect(text).not.toContain(MOTIVATION);
    }
  });

  test('each read is audited again', async () => {
    const ip = '192.0.2.72';
    for (let i = 0; i < 2; i++) {
      const res = await t.gql(`query($id: ID!) { application(id: $id) { motivation applicant { name } } }`, { id: apps[0].id }, { token: staff, ip });
      expect(res.data.application.motivation).toContain(MOTIVATION);
    }
    const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'pii.read', ip } });
    expect(rows.filter((r) => r.targetType === 'Application').map((r) => r.targetIds)).toEqual([[apps[0].id], [apps[0].id]]);
    expect(rows.filter((r) => r.targetType === 'Account').map((r) => r.targetIds)).toEqual([[String(apps[0].member.id)], [String(apps[0].member.id)]]);
  });

  test('the greenery contractor gets NOT_FOUND for welfare applications, on every path', async () => {
    const id = apps[0].id;
    const list = await t.gql(`query($c: ID!) { cohortApplications(cohortId: $c) { id motivation applicant { name } } }`, { c: cohortId }, { token: green });
    expect(errorCodes(list)).toEqual(['NOT_FOUND']);
    expect(list.data).toBeNull();
    const seeded = await t.gql(`{ cohortApplications(cohortId: ${COURSE.WELFARE}) { id } }`, {}, { token: green });
    expect(errorCodes(seeded)).toEqual(['NOT_FOUND']);
    const one = await t.gql(
      `query($id: ID!) { application(id: $id) { id motivation cohort { id course { title } } applicant { name email } events { reason } enrollment { studentNumber } } }`,
      { id },
      { token: green },
    );
    expect(errorCodes(one)).toEqual(['NOT_FOUND']);
    expect(one.data).toBeNull();
    expect(JSON.stringify(one)).not.toContain(apps[0].member.name);
    const writes = [
      t.gql(`mutation($id: ID!) { setApplicationEligibility(id: $id, eligible: false, reason: "x") { id } }`, { id }, { token: green }),
      t.gql(`mutation($id: ID!) { decideApplication(input: { applicationId: $id, decision: REJECT, reason: "x" }) { id } }`, { id }, { token: green }),
      t.gql(`query($c: ID!) { cohortRoster(cohortId: $c) { studentNumber } }`, { c: cohortId }, { token: green }),
      t.gql(`query($c: ID!) { rosterCsv(cohortId: $c) }`, { c: cohortId }, { token: green }),
      t.gql(`query($c: ID!) { cohort(id: $c) { applicationCount seatsTaken } }`, { c: cohortId }, { token: green }),
    ];
    for (const res of await Promise.all(writes)) expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    // Lists and nested lists hold greenery only.
    const nested = await t.gql(`{ fields { code courses { fieldCode cohorts { id applicationCount course { fieldCode } } } } }`, {}, { token: green });
    expect(nested.errors).toBeUndefined();
    // Not empty: the greenery course and its cohort are there, so the absence below means something.
    expect(nested.data.fields).toEqual([
      {
        code: 'GREENERY',
        courses: expect.arrayContaining([expect.objectContaining({ fieldCode: 'GREENERY', cohorts: expect.arrayContaining([expect.objectContaining({ id: COURSE.GREENERY })]) })]),
      },
    ]);
    expect(JSON.stringify(nested.data)).not.toMatch(new RegExp(`WELFARE|DISASTER|"id":"1"|"id":"${cohortId}"`));
    expect((await dbApplication(t, id)).eligible).toBe(true);
  });

  test('the greenery contractor reads greenery applications', async () => {
    const m = member();
    const app = await applyOk(t, m.token, COURSE.GREENERY, { motivation: MOTIVATION });
    const res = await t.gql(`query($id: ID!) { application(id: $id) { id motivation applicant { name } cohort { course { fieldCode } } } }`, { id: app.id }, { token: green });
    expect(res.errors).toBeUndefined();
    expect(res.data.application).toEqual({ id: app.id, motivation: MOTIVATION, applicant: { name: m.name }, cohort: { course: { fieldCode: 'GREENERY' } } });
  });

  test('members cannot call staff queries and mutations', async () => {
    const m = apps[0].member;
    const calls: Array<[string, Record<string, unknown>]> = [
      [`query($c: ID!) { cohortApplications(cohortId: $c) { id } }`, { c: cohortId }],
      [`query($id: ID!) { application(id: $id) { id } }`, { id: apps[0].id }],
      [`mutation($id: ID!) { setApplicationEligibility(id: $id, eligible: true) { id } }`, { id: apps[0].id }],
      [`mutation($id: ID!) { decideApplication(input: { applicationId: $id, decision: ACCEPT, reason: "x" }) { id } }`, { id: apps[0].id }],
      [`query($c: ID!) { cohortRoster(cohortId: $c) { studentNumber } }`, { c: cohortId }],
      [`query($c: ID!) { rosterCsv(cohortId: $c) }`, { c: cohortId }],
      [`mutation($c: ID!) { runSelection(cohortId: $c) { id } }`, { c: cohortId }],
      [`mutation($c: ID!) { freezeLottery(cohortId: $c) { commitment } }`, { c: cohortId }],
      [`mutation($c: ID!) { announceCohort(cohortId: $c) { id } }`, { c: cohortId }],
      [`query { staffNotices { id } }`, {}],
      [`query { myApplications { id events { reason } } }`, {}],
      [`query { myApplications { id applicant { name } } }`, {}],
    ];
    for (const [query, variables] of calls) {
      const res = await t.gql(query, variables, { token: m.token });
      expect([query, errorCodes(res)]).toEqual([query, ['FORBIDDEN']]);
      const anon = await t.gql(query, variables);
      expect([query, errorCodes(anon)[0]]).toEqual([query, expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/)]);
    }
  });

  test('setApplicationEligibility: ineligible needs a reason; the mark is recorded and visible to staff', async () => {
    const id = apps[1].id;
    const SET = `mutation($id: ID!, $e: Boolean!, $r: String) { setApplicationEligibility(id: $id, eligible: $e, reason: $r) { id eligible ineligibleReason } }`;
    for (const r of [undefined, null, '', '   ']) {
      const res = await t.gql(SET, { id, e: false, ...(r === undefined ? {} : { r }) }, { token: staff });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(res)).toEqual(['reason']);
    }
    expect((await dbApplication(t, id)).eligible).toBe(true);
    const marked = await t.gql(SET, { id, e: false, r: '区外在住のため' }, { token: staff });
    expect(marked.data.setApplicationEligibility).toEqual({ id, eligible: false, ineligibleReason: '区外在住のため' });
    const back = await t.gql(SET, { id, e: true }, { token: staff });
    expect(back.data.setApplicationEligibility).toEqual({ id, eligible: true, ineligibleReason: null });
    const events = await t.gql(`query($id: ID!) { application(id: $id) { events { fromStatus toStatus reason } } }`, { id }, { token: staff });
    expect(events.data.application.events.map((e: any) => e.reason)).toEqual(['applied', 'marked_ineligible', 'marked_eligible']);
  });
});

describe('cohort lifecycle', () => {
  const invalid = (res: any) => {
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(messageKeys(res)).toEqual(['cohort.invalidTransition']);
  };

  test('invalid moves are refused with cohort.invalidTransition; valid ones go through', async () => {
    const id = await createCohort(t, COURSE.DISASTER, { academicYear: 2049, status: 'DRAFT', capacity: 5 });
    for (const to of ['CLOSED', 'SELECTED', 'ANNOUNCED', 'RUNNING', 'FINISHED']) invalid(await changeStatus(t, id, to, staff));
    expect((await changeStatus(t, id, 'OPEN', staff)).data.changeCohortStatus.status).toBe('OPEN');
    for (const to of ['SELECTED', 'ANNOUNCED', 'RUNNING', 'FINISHED']) invalid(await changeStatus(t, id, to, staff));
    await applyOk(t, member().token, id);
    // Back to draft is refused once someone has applied.
    const draft = await changeStatus(t, id, 'DRAFT', staff);
    expect(errorCodes(draft)).toEqual(['CONFLICT']);
    expect(messageKeys(draft)).toEqual(['cohort.hasApplications']);
    expect((await changeStatus(t, id, 'CLOSED', staff)).data.changeCohortStatus.status).toBe('CLOSED');
    for (const to of ['SELECTED', 'ANNOUNCED', 'RUNNING', 'FINISHED', 'DRAFT']) invalid(await changeStatus(t, id, to, staff));
    expect((await changeStatus(t, id, 'OPEN', staff)).data.changeCohortStatus.status).toBe('OPEN');
    expect((await changeStatus(t, id, 'CLOSED', staff)).data.changeCohortStatus.status).toBe('CLOSED');
    expect(errorCodes(await staffCall(t, 'runSelection', id))).toEqual([]);
    for (const to of ['OPEN', 'CLOSED', 'DRAFT', 'ANNOUNCED', 'RUNNING', 'FINISHED']) invalid(await changeStatus(t, id, to, staff));
    expect(errorCodes(await staffCall(t, 'announceCohort', id))).toEqual([]);
    for (const to of ['OPEN', 'CLOSED', 'DRAFT', 'SELECTED', 'FINISHED']) invalid(await changeStatus(t, id, to, staff));
    expect((await changeStatus(t, id, 'RUNNING', staff)).data.changeCohortStatus.status).toBe('RUNNING');
    for (const to of ['OPEN', 'CLOSED', 'ANNOUNCED', 'SELECTED']) invalid(await changeStatus(t, id, to, staff));
    expect((await changeStatus(t, id, 'FINISHED', staff)).data.changeCohortStatus.status).toBe('FINISHED');
    for (const to of ['OPEN', 'RUNNING', 'ANNOUNCED', 'DRAFT']) invalid(await changeStatus(t, id, to, staff));
    // Announcing twice is not a move either.
    invalid(await staffCall(t, 'announceCohort', id));
  });

  test('updateCohort follows the same lifecycle', async () => {
    const id = await createCohort(t, COURSE.DISASTER, { academicYear: 2050, status: 'DRAFT' });
    const res = await updateCohort(t, id, { status: 'CLOSED' });
    invalid(res);
  });

  test('only ward staff or staff of the field move a cohort', async () => {
    const welfare = await createCohort(t, COURSE.WELFARE, { academicYear: 2051, selectionMethod: 'REVIEW' });
    const greenery = await createCohort(t, COURSE.GREENERY, { academicYear: 2051, selectionMethod: 'REVIEW' });
    expect(errorCodes(await changeStatus(t, welfare, 'CLOSED', green))).toEqual(['NOT_FOUND']);
    for (const mutation of ['runSelection', 'announceCohort', 'processOfferDeadlines'] as const)
      expect(errorCodes(await staffCall(t, mutation, welfare, green))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await changeStatus(t, welfare, 'CLOSED', member().token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await changeStatus(t, welfare, 'CLOSED', ''))).toEqual(['UNAUTHENTICATED']);
    expect((await ok(t, `{ cohort(id: ${welfare}) { status } }`, {}, staff)).cohort.status).toBe('OPEN');
    // The contractor moves its own field's cohort.
    expect((await changeStatus(t, greenery, 'CLOSED', green)).data.changeCohortStatus.status).toBe('CLOSED');
    expect((await changeStatus(t, greenery, 'OPEN', green)).data.changeCohortStatus.status).toBe('OPEN');
    // Ward staff move any field's cohort.
    expect((await changeStatus(t, welfare, 'CLOSED', staff)).data.changeCohortStatus.status).toBe('CLOSED');
  });
});
