import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, messageKeys, ok, respond, staffCall, type Member } from './helpers/intake';
import { onMysql } from './helpers/races';
import { Enrollment } from '../server/src/modules/intake';
import { Completion, CompletionOutcome } from '../server/src/modules/learning';
import { Consent } from '../server/src/modules/accounts';
import { MailOutbox } from '../server/src/modules/notices';
import { FOLLOW_UP_NOTICE_VERSION } from '../server/src/modules/alumni';

/**
 * Alumni (卒業生): who is one is decided from the completion rows, never from a flag; alumni read
 * notices to all alumni, to a field's and to a cohort's alumni; consent to follow-up surveys goes
 * into the consent ledger (the member's own choice, or staff from a paper form), and only alumni
 * whose latest choice is yes count as consenting.
 */
let t: TestServer;
let staff: string;
let greenery: string;
/** A completed, B not completed, C enrolled and undecided, D applied and declined the seat; all welfare. */
let A: Member, B: Member, C: Member, D: Member;
let cohortId: string;
let enrollments: Map<number, Enrollment>;

const NOTICE = `mutation($i: NoticeInput!) { createNotice(input: $i) { id audience recipientCount } }`;
const MY_TITLES = `{ myNotices { title } }`;
const CONSENT = `{ myFollowUpConsent { alumnus noticeVersion current { granted version source recordedBy } history { granted source } } }`;
const SET = `mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { alumnus current { granted version source } history { granted } } }`;
const PAPER = `mutation($a: ID!, $g: Boolean!, $v: String!) { recordFollowUpConsent(accountId: $a, granted: $g, noticeVersion: $v) { granted source recordedBy version } }`;

async function decide(member: Member, outcome: CompletionOutcome): Promise<void> {
  const e = enrollments.get(member.id)!;
  const repo = t.app.dataSource.getRepository(Completion);
  const existing = await repo.findOneBy({ enrollmentId: e.id });
  if (existing) await repo.update({ id: existing.id }, { outcome });
  else
    await repo.insert({
      enrollmentId: e.id,
      cohortId: e.cohortId,
      accountId: e.accountId,
      outcome,
      completedOn: '2031-03-15',
      ruleVersion: 0,
      attended: 10,
      planned: 10,
      overridden: false,
      overrideReason: null,
      decidedBy: null,
    });
}
/** The consenting alumni among these accounts, as survey invitations will ask. */
const consenting = (ids: number[]) => t.app.services.consents.consenting({ em: t.app.dataSource.manager, now: new Date(), user: null } as never, ids);
const fieldErrorsOf = (res: { errors?: { extensions: Record<string, any> }[] }): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));
const titles = async (m: Member): Promise<string[]> => (await ok(t, MY_TITLES, {}, m.token)).myNotices.map((n: { title: string | null }) => n.title);

beforeAll(async () => {
  t = await startTestServer();
  [staff, greenery] = await Promise.all([t.tokenFor('staff'), t.tokenFor('greenery')]);
  [A, B, C, D] = await fastMembers(t, 4);
  cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: 2030, capacity: 4, selectionMethod: 'REVIEW' });
  const apps = [];
  for (const m of [A, B, C, D]) apps.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  // A, B and C take their seats; D declines and stays an applicant only.
  for (const [i, m] of [A, B, C, D].entries()) expect((await respond(t, m.token, apps[i].id, m !== D)).errors).toBeUndefined();
  const rows = await t.app.dataSource.getRepository(Enrollment).findBy({ cohortId: Number(cohortId) });
  enrollments = new Map(rows.map((e) => [e.accountId, e]));
  expect([...enrollments.keys()].sort((x, y) => x - y)).toEqual([A.id, B.id, C.id].sort((x, y) => x - y));
  await decide(A, CompletionOutcome.COMPLETED);
  await decide(B, CompletionOutcome.NOT_COMPLETED);
});
afterAll(() => t.close());

describe('alumni notices', () => {
  test('notices to all alumni, a field’s and a cohort’s alumni reach the alumnus only, with mail to them only', async () => {
    const mailsBefore = await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: A.id });
    const others = await Promise.all([B, C, D].map((m) => t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: m.id })));
    const sent = [
      (await ok(t, NOTICE, { i: { audience: 'ALUMNI', title: '卒業生のつどい', body: '卒業生のつどいのご案内です。' } }, staff)).createNotice,
      (await ok(t, NOTICE, { i: { audience: 'ALUMNI_FIELD', fieldCode: 'WELFARE', title: '福祉分野の卒業生へ', body: '活動の紹介です。' } }, staff)).createNotice,
      (await ok(t, NOTICE, { i: { audience: 'ALUMNI_COHORT', cohortId, title: '同期の卒業生へ', body: '同期会のご案内です。' } }, staff)).createNotice,
    ];
    expect(sent.map((n) => n.audience)).toEqual(['ALUMNI', 'ALUMNI_FIELD', 'ALUMNI_COHORT']);
    // The cohort and field counts are exactly this alumnus (other tests' alumni may count for all).
    expect(sent[1].recipientCount).toBeGreaterThanOrEqual(1);
    expect(sent[2].recipientCount).toBe(1);
    expect(await titles(A)).toEqual(expect.arrayContaining(['卒業生のつどい', '福祉分野の卒業生へ', '同期の卒業生へ']));
    for (const m of [B, C, D]) expect(await titles(m)).not.toEqual(expect.arrayContaining(['卒業生のつどい']));
    for (const m of [B, C, D]) expect((await titles(m)).filter((x) => x?.includes('卒業生'))).toEqual([]);
    await t.settle();
    expect(await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: A.id })).toBe(mailsBefore + 3);
    expect(await Promise.all([B, C, D].map((m) => t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: m.id })))).toEqual(others);
  });

  test('the rights follow the completion rows: an override to not completed takes them away, back to completed gives them back', async () => {
    await decide(A, CompletionOutcome.NOT_COMPLETED);
    expect((await titles(A)).filter((x) => x?.includes('卒業生'))).toEqual([]);
    expect((await ok(t, CONSENT, {}, A.token)).myFollowUpConsent.alumnus).toBe(false);
    await decide(A, CompletionOutcome.COMPLETED);
    expect(await titles(A)).toEqual(expect.arrayContaining(['同期の卒業生へ']));
  });

  test('contractor staff write to their own field’s alumni only; all alumni is the ward’s', async () => {
    const res = await t.gql(NOTICE, { i: { audience: 'ALUMNI_FIELD', fieldCode: 'WELFARE', title: 'x', body: 'x' } }, { token: greenery });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(NOTICE, { i: { audience: 'ALUMNI_COHORT', cohortId, title: 'x', body: 'x' } }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(NOTICE, { i: { audience: 'ALUMNI', title: 'x', body: 'x' } }, { token: greenery }))).toEqual(['FORBIDDEN']);
    const own = (await ok(t, NOTICE, { i: { audience: 'ALUMNI_FIELD', fieldCode: 'GREENERY', title: 'みどりの卒業生へ', body: '本文' } }, greenery)).createNotice;
    expect(own.audience).toBe('ALUMNI_FIELD');
    expect((await titles(A)).includes('みどりの卒業生へ')).toBe(false);
  });
});

describe('follow-up consent', () => {
  const ledger = (m: Member) => t.app.dataSource.getRepository(Consent).find({ where: { accountId: m.id, kind: 'follow-up' }, order: { id: 'ASC' } });

  test('an alumnus starts with no consent; non-alumni are not asked', async () => {
    expect((await ok(t, CONSENT, {}, A.token)).myFollowUpConsent).toEqual({ alumnus: true, noticeVersion: FOLLOW_UP_NOTICE_VERSION, current: null, history: [] });
    expect((await ok(t, CONSENT, {}, B.token)).myFollowUpConsent.alumnus).toBe(false);
    const res = await t.gql(SET, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, { token: B.token });
    expect(messageKeys(res)).toEqual(['consent.notAlumnus']);
    expect(await ledger(B)).toEqual([]);
    expect(await consenting([A.id, B.id, C.id])).toEqual(new Set());
  });

  test('the choice is recorded with the notice version; an old version is refused; the same choice twice adds nothing; withdrawing takes effect at once', async () => {
    expect(messageKeys(await t.gql(SET, { g: true, v: '2020-01' }, { token: A.token }))).toEqual(['consent.noticeChanged']);
    let state = (await ok(t, SET, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, A.token)).setFollowUpConsent;
    expect(state.current).toEqual({ granted: true, version: FOLLOW_UP_NOTICE_VERSION, source: 'SELF' });
    await ok(t, SET, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, A.token);
    expect(await ledger(A)).toHaveLength(1);
    expect(await consenting([A.id, B.id])).toEqual(new Set([A.id]));
    state = (await ok(t, SET, { g: false, v: FOLLOW_UP_NOTICE_VERSION }, A.token)).setFollowUpConsent;
    expect(state.current.granted).toBe(false);
    expect(state.history.map((h: { granted: boolean }) => h.granted)).toEqual([false, true]);
    expect(await consenting([A.id])).toEqual(new Set());
  });

  test('staff enter a paper form, recorded with who entered it; contractors of another field find no such alumnus; members may not', async () => {
    const ward = (await ok(t, `{ me { id } }`, {}, staff)).me.id;
    const rows = (await ok(t, PAPER, { a: String(A.id), g: true, v: FOLLOW_UP_NOTICE_VERSION }, staff)).recordFollowUpConsent;
    expect(rows[0]).toEqual({ granted: true, source: 'PAPER_FORM', recordedBy: ward, version: FOLLOW_UP_NOTICE_VERSION });
    expect(await consenting([A.id])).toEqual(new Set([A.id]));
    // The member sees who-entered-it as a staff entry in their own history.
    expect((await ok(t, CONSENT, {}, A.token)).myFollowUpConsent.current).toMatchObject({ granted: true, source: 'PAPER_FORM' });
    expect(errorCodes(await t.gql(PAPER, { a: String(A.id), g: false, v: FOLLOW_UP_NOTICE_VERSION }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(PAPER, { a: String(B.id), g: true, v: FOLLOW_UP_NOTICE_VERSION }, { token: staff }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(PAPER, { a: String(A.id), g: false, v: FOLLOW_UP_NOTICE_VERSION }, { token: A.token }))).toEqual(['FORBIDDEN']);
    // Staff read the history on the member.
    const member = (await ok(t, `query($id: ID!) { member(id: $id) { followUpConsents { granted source } } }`, { id: String(A.id) }, staff)).member;
    expect(member.followUpConsents[0]).toEqual({ granted: true, source: 'PAPER_FORM' });
  });

  test('parallel identical choices add one row; parallel opposite choices leave a ledger without repeats', async () => {
    const before = (await ledger(A)).length;
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(SET, { g: false, v: FOLLOW_UP_NOTICE_VERSION }, { token: A.token })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect((await ledger(A)).length).toBe(before + 1);
    await Promise.all(Array.from({ length: onMysql ? 8 : 4 }, (_, i) => t.gql(SET, { g: i % 2 === 0, v: FOLLOW_UP_NOTICE_VERSION }, { token: A.token })));
    const all = await ledger(A);
    for (let i = 1; i < all.length; i++) expect(all[i].granted).not.toBe(all[i - 1].granted);
  });
});

describe('activity records', () => {
  const FIELDS = 'id current { version fieldCodes groupName role startedOn endedOn hoursPerMonth source enteredBy } history { version groupName endedOn source }';
  const ADD = `mutation($i: ActivityInput!) { addMyActivity(input: $i) { ${FIELDS} } }`;
  const CORRECT = `mutation($i: ActivityCorrectionInput!) { correctMyActivity(input: $i) { ${FIELDS} } }`;
  const STAFF_ADD = `mutation($a: ID!, $i: ActivityInput!) { recordAlumnusActivity(accountId: $a, input: $i) { ${FIELDS} } }`;
  const STAFF_CORRECT = `mutation($i: ActivityCorrectionInput!) { correctAlumnusActivity(input: $i) { ${FIELDS} } }`;
  const MINE = `{ myActivityRecords { ${FIELDS} } }`;
  const input = { fieldCodes: ['WELFARE', 'DISASTER'], groupName: '豊玉北町会', role: '防災部員', startedOn: '2026-05-01', hoursPerMonth: 6 };

  test('an alumnus reports an activity; corrections and the end are new versions and the history is kept', async () => {
    const added = (await ok(t, ADD, { i: input }, A.token)).addMyActivity;
    expect(added.current).toEqual({
      version: 1,
      fieldCodes: ['WELFARE', 'DISASTER'],
      groupName: '豊玉北町会',
      role: '防災部員',
      startedOn: '2026-05-01',
      endedOn: null,
      hoursPerMonth: 6,
      source: 'SELF_REPORT',
      enteredBy: String(A.id),
    });
    const corrected = (await ok(t, CORRECT, { i: { ...input, id: added.id, expectedVersion: 1, hoursPerMonth: 8 } }, A.token)).correctMyActivity;
    expect(corrected.current.version).toBe(2);
    expect(corrected.current.hoursPerMonth).toBe(8);
    const ended = (await ok(t, CORRECT, { i: { ...input, id: added.id, expectedVersion: 2, hoursPerMonth: 8, endedOn: '2026-11-30' } }, A.token)).correctMyActivity;
    expect(ended.current).toMatchObject({ version: 3, endedOn: '2026-11-30' });
    expect(ended.history.map((h: { version: number }) => h.version)).toEqual([3, 2, 1]);
    expect((await ok(t, MINE, {}, A.token)).myActivityRecords.find((r: { id: string }) => r.id === added.id).history).toHaveLength(3);
  });

  test('a correction from an old version is refused (compare and set); so are bad dates, no field and hours out of range', async () => {
    const added = (await ok(t, ADD, { i: input }, A.token)).addMyActivity;
    await ok(t, CORRECT, { i: { ...input, id: added.id, expectedVersion: 1, role: '班長' } }, A.token);
    const stale = await t.gql(CORRECT, { i: { ...input, id: added.id, expectedVersion: 1, role: '副班長' } }, { token: A.token });
    expect(messageKeys(stale)).toEqual(['activity.changed']);
    const bad = async (changes: Record<string, unknown>) => fieldErrorsOf(await t.gql(ADD, { i: { ...input, ...changes } }, { token: A.token }));
    expect(await bad({ startedOn: '2099-01-01' })).toEqual(['startedOn:activity.startInFuture']);
    expect(await bad({ endedOn: '2026-04-01' })).toEqual(['endedOn:activity.endBeforeStart']);
    expect(await bad({ fieldCodes: [] })).toEqual(['fieldCodes:activity.fieldRequired']);
    expect(await bad({ hoursPerMonth: 1000 })).toEqual(['hoursPerMonth:activity.hours']);
    expect(await bad({ groupName: '   ' })).toEqual(['groupName:validation.blank']);
    // Parallel corrections from the same version: exactly one wins.
    const racing = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.gql(CORRECT, { i: { ...input, id: added.id, expectedVersion: 2, hoursPerMonth: i } }, { token: A.token })),
    );
    expect(racing.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(racing.filter((r) => messageKeys(r)[0] === 'activity.changed')).toHaveLength(5);
  });

  test('only alumni keep records; nobody corrects another member’s record', async () => {
    expect(messageKeys(await t.gql(ADD, { i: input }, { token: B.token }))).toEqual(['activity.notAlumnus']);
    const mine = (await ok(t, MINE, {}, A.token)).myActivityRecords[0];
    expect(errorCodes(await t.gql(CORRECT, { i: { ...input, id: mine.id, expectedVersion: mine.current.version } }, { token: B.token }))).toEqual(['NOT_FOUND']);
    expect((await ok(t, MINE, {}, B.token)).myActivityRecords).toEqual([]);
  });

  test('staff note what a group said (source STAFF_NOTE, who entered it); contractors of another field find no such alumnus', async () => {
    const ward = (await ok(t, `{ me { id } }`, {}, staff)).me.id;
    const noted = (await ok(t, STAFF_ADD, { a: String(A.id), i: { ...input, groupName: 'NPO法人ねりま見守り隊' } }, staff)).recordAlumnusActivity;
    expect(noted.current).toMatchObject({ source: 'STAFF_NOTE', enteredBy: ward, groupName: 'NPO法人ねりま見守り隊' });
    const fixed = (await ok(t, STAFF_CORRECT, { i: { ...input, groupName: 'NPO法人ねりま見守り隊', id: noted.id, expectedVersion: 1, role: '理事' } }, staff))
      .correctAlumnusActivity;
    expect(fixed.current).toMatchObject({ version: 2, role: '理事', source: 'STAFF_NOTE' });
    expect(errorCodes(await t.gql(STAFF_ADD, { a: String(A.id), i: input }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(STAFF_CORRECT, { i: { ...input, id: noted.id, expectedVersion: 2 } }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(STAFF_ADD, { a: String(B.id), i: input }, { token: staff }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(STAFF_ADD, { a: String(A.id), i: input }, { token: A.token }))).toEqual(['FORBIDDEN']);
    // The alumnus sees the staff's note among their records, with its source.
    const mine = (await ok(t, MINE, {}, A.token)).myActivityRecords.find((r: { id: string }) => r.id === noted.id);
    expect(mine.current.source).toBe('STAFF_NOTE');
    // Staff read an alumnus' records on the member, and the read is audited.
    await t.settle();
    const res = await t.gql(`query($id: ID!) { member(id: $id) { activityRecords { id current { groupName } } } }`, { id: String(A.id) }, { token: staff });
    expect(res.errors).toBeUndefined();
    await t.settle();
    const [audit] = await t.app.dataSource.query(
      "SELECT fieldList FROM audit_log WHERE action = 'pii.read' AND targetType = 'ActivityRecordVersion' AND requestId = ? ORDER BY id DESC LIMIT 1",
      [res.headers.get('x-request-id')],
    );
    expect(audit.fieldList).toContain('groupName');
  });
});
