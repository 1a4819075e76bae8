import { startTestServer, type TestServer } from './helpers/server';
import { fullMember, type FullMember } from './helpers/full-member';
import { findMarkers } from './helpers/find-markers';
import { errorCodes, fastMembers, ok } from './helpers/intake';
import { AuditEntry } from '../server/src/modules/audit';
import { verifyAuditChain } from '../server/src/modules/audit';
import { ErasureRequest } from '../server/src/modules/privacy';
import { personalTables } from '../server/src/modules';
import { personalRegister } from '../server/src/core/personal';

/**
 * Erasure (issue 13, Done-when): a member with a unique marker in every personal value goes
 * through every flow; they ask for erasure on my page; a ward administrator carries it out; then
 * every text column of every table is searched for every marker: none is left. Statistics and
 * certificate verification answer as before, the member can no longer log in, and the audit
 * chain still verifies.
 */
let t: TestServer;
let admin: string;
let staff: string;
let greenery: string;
let m: FullMember;
let before: Stats;

const REQUEST = `mutation { requestErasure(confirm: true) { id status channel reason executableFrom } }`;
const MINE = `{ myErasureRequest { id status } }`;
const EXECUTE = `mutation($id: ID!) { executeErasure(requestId: $id) { id status executedAt } }`;
const RECORD = `mutation($id: ID!, $c: ErasureChannel!, $r: ErasureReason!, $i: Boolean!) { recordErasureRequest(accountId: $id, channel: $c, reason: $r, identityChecked: $i) { id status channel } }`;
const CANCEL = `mutation($id: ID!) { cancelErasureRequest(requestId: $id) { id status } }`;
const LIST = `query($s: ErasureStatus) { erasureRequests(status: $s) { id accountId status channel } }`;

interface Stats {
  certificate: unknown;
  survey: unknown;
  counts: unknown;
}

/** What must not change: certificate verification, survey figures (but for free text and groups named in words), the cohort's counts. */
async function stats(): Promise<Stats> {
  const certificate = (
    await ok(t, `query($n: String!, $k: String!) { verifyCertificate(number: $n, check: $k) { status number courseTitle fieldCode completedOn issuedOn } }`, {
      n: m.certificate.number,
      k: m.certificate.checkCode,
    })
  ).verifyCertificate;
  const results = (
    await ok(
      t,
      `query($id: ID!) { surveyResults(surveyId: $id) { invited answered declined questions { key kind answered counts { key count } mean } } }`,
      { id: m.surveyId },
      admin,
    )
  ).surveyResults;
  const survey = { ...results, questions: results.questions.filter((q: any) => q.kind !== 'TEXT' && q.kind !== 'GROUPS') };
  const q = async (sql: string) => (await t.app.dataSource.query(sql, [Number(m.cohortId)])).map((r: any) => Object.values(r).map(String).join('|'));
  const counts = {
    applications: await q('SELECT status, COUNT(*) AS n FROM application WHERE cohortId = ? GROUP BY status ORDER BY status'),
    enrollments: await q('SELECT studentNumber FROM enrollment WHERE cohortId = ? ORDER BY studentNumber'),
    completions: await q('SELECT outcome, COUNT(*) AS n FROM completion WHERE cohortId = ? GROUP BY outcome ORDER BY outcome'),
    attendance: await q(
      'SELECT a.statusCode, COUNT(*) AS n FROM attendance a JOIN class_session s ON s.id = a.classSessionId WHERE s.cohortId = ? GROUP BY a.statusCode ORDER BY a.statusCode',
    ),
    certificates: await q('SELECT number FROM certificate WHERE cohortId = ? AND revokedAt IS NULL ORDER BY number'),
  };
  return { certificate, survey, counts };
}

beforeAll(async () => {
  t = await startTestServer({ env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
  [admin, staff, greenery] = await Promise.all([t.tokenFor('admin'), t.tokenFor('staff'), t.tokenFor('greenery')]);
  m = await fullMember(t, { passkey: false });
  before = await stats();
}, 180_000);
afterAll(() => t.close());

describe('declarations', () => {
  test('every marked column of a table kept at erasure is overwritten or named as kept for the ledger', () => {
    const problems: string[] = [];
    for (const mark of personalRegister()) {
      const declared = personalTables.find((d) => d.entity.name === mark.entity);
      if (!declared || declared.erase === 'delete') continue;
      const column = declared.stored?.[mark.field] ?? mark.field;
      const rule = declared.erase;
      const handled = 'custom' in rule ? (rule.kept ?? []).includes(column) : column in rule.keep.overwrite || (rule.keep.kept ?? []).includes(column);
      if (!handled) problems.push(`${mark.entity}.${column}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a member who went through every flow asks, and is erased', () => {
  let requestId: string;

  test('before: every marker is in the database (so that 0 hits afterwards means something)', async () => {
    const hits = await findMarkers(t.app.dataSource, Object.values(m.markers));
    const found = new Set(hits.map((h) => h.marker));
    expect(Object.entries(m.markers).filter(([, v]) => !found.has(v))).toEqual([]);
  });

  test('the member asks on my page; they are told on my page and by a mail that names nothing', async () => {
    const res = await ok(t, REQUEST, {}, m.token);
    expect(res.requestErasure).toMatchObject({ status: 'PENDING', channel: 'SELF', reason: 'MEMBER_REQUEST' });
    requestId = res.requestErasure.id;
    expect((await ok(t, MINE, {}, m.token)).myErasureRequest).toEqual({ id: requestId, status: 'PENDING' });
    // A second request while one waits is a clear conflict.
    const again = await t.gql(REQUEST, {}, { token: m.token });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions.messageKey).toBe('erasure.alreadyRequested');
    const mail = (await t.mails(m.email)).find((x) => x.subject.includes('削除のお申し出'));
    expect(mail).toBeDefined();
    for (const v of Object.values(m.markers)) expect(mail!.text).not.toContain(v);
    const notices = (await ok(t, `{ myNotices { messageKey } }`, {}, m.token)).myNotices.map((n: any) => n.messageKey);
    expect(notices).toContain('notice.erasureRequested');
  });

  test('staff see it waiting; contractors and members cannot list or execute', async () => {
    const list = (await ok(t, LIST, { s: 'PENDING' }, staff)).erasureRequests;
    expect(list).toEqual([expect.objectContaining({ id: requestId, accountId: String(m.accountId), status: 'PENDING' })]);
    expect(errorCodes(await t.gql(LIST, {}, { token: greenery }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(EXECUTE, { id: requestId }, { token: m.token }))).toEqual(['FORBIDDEN']);
    // Ward staff may record and cancel requests; executing is the administrators'.
    expect(errorCodes(await t.gql(EXECUTE, { id: requestId }, { token: staff }))).toEqual(['FORBIDDEN']);
  });

  test('a ward administrator carries it out: no marker is left in any text column of any table', async () => {
    const res = await ok(t, EXECUTE, { id: requestId }, admin);
    expect(res.executeErasure).toMatchObject({ id: requestId, status: 'EXECUTED' });
    const hits = await findMarkers(t.app.dataSource, Object.values(m.markers));
    expect(hits.map((h) => `${h.table}.${h.column}: ${Object.entries(m.markers).find(([, v]) => v === h.marker)?.[0]}`)).toEqual([]);
    // Executing again is a conflict, not a second erasure.
    expect(errorCodes(await t.gql(EXECUTE, { id: requestId }, { token: admin }))).toEqual(['CONFLICT']);
  });

  test('the member is told by mail, at the address the account had', async () => {
    await t.settle();
    const done = (await t.mails(m.email)).filter((x) => x.subject.includes('削除しました'));
    expect(done).toHaveLength(1);
    for (const v of Object.values(m.markers)) expect(done[0].text).not.toContain(v);
  });

  test('the member can no longer log in, and their session is gone', async () => {
    for (const id of [m.loginId, m.email]) {
      const res = await t.gql(`mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }`, { i: id, p: m.password });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
    expect(errorCodes(await t.gql(`{ me { id } }`, {}, { token: m.token })).concat(errorCodes(await t.gql(MINE, {}, { token: m.token })))).toContain('UNAUTHENTICATED');
  });

  test('statistics and certificate verification answer as before; the student number is not given again', async () => {
    expect(await stats()).toEqual(before);
    const [account] = await t.app.dataSource.query('SELECT status, name, email, loginId FROM account WHERE id = ?', [m.accountId]);
    expect(account.status).toBe('erased');
    expect(account.name).toBe('');
    const [{ n }] = await t.app.dataSource.query('SELECT COUNT(*) AS n FROM enrollment WHERE studentNumber = ?', [m.studentNumber]);
    expect(Number(n)).toBe(1);
  });

  test('the audit log keeps its rows about the member, pseudonymised, and its chain still verifies', async () => {
    const erased = await t.app.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'privacy.erased' });
    // Rows written by the member's own requests before the erasure (later ones are the refused attempts above).
    const rows = (await t.app.dataSource.getRepository(AuditEntry).findBy({ actorId: m.accountId })).filter((r) => r.id < erased.id);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.ip !== null)).toEqual([]);
    expect(erased).toMatchObject({ targetType: 'Account', targetIdList: String(m.accountId), reason: 'request' });
    await t.settle();
    expect(await verifyAuditChain(t.app.dataSource)).toMatchObject({ ok: true });
  });
});

describe('requests recorded at the counter, cooling-off and cancelling', () => {
  test('staff record a request only after an identity check; it waits out its cooling-off period; cancelling stops it', async () => {
    const [member] = await fastMembers(t, 1);
    const bad = await t.gql(RECORD, { id: String(member.id), c: 'COUNTER', r: 'MEMBER_REQUEST', i: false }, { token: staff });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const recorded = (await ok(t, RECORD, { id: String(member.id), c: 'COUNTER', r: 'MEMBER_REQUEST', i: true }, staff)).recordErasureRequest;
    expect(recorded).toMatchObject({ status: 'PENDING', channel: 'COUNTER' });
    // Within the cooling-off period (moved a day ahead here) it cannot be carried out.
    await t.app.dataSource.getRepository(ErasureRequest).update({ id: Number(recorded.id) }, { executableFrom: new Date(Date.now() + 86_400_000) });
    const early = await t.gql(EXECUTE, { id: recorded.id }, { token: admin });
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0].extensions.messageKey).toBe('erasure.coolingOff');
    // The member cancels it themself on my page.
    expect((await ok(t, CANCEL, { id: recorded.id }, member.token)).cancelErasureRequest.status).toBe('CANCELLED');
    expect(errorCodes(await t.gql(CANCEL, { id: recorded.id }, { token: member.token }))).toEqual(['CONFLICT']);
    const [row] = await t.app.dataSource.query('SELECT status FROM account WHERE id = ?', [member.id]);
    expect(row.status).toBe('active');
  });

  test('another member cannot cancel or see someone else’s request; staff accounts cannot be erased', async () => {
    const [a, b] = await fastMembers(t, 2);
    const req = (await ok(t, REQUEST, {}, a.token)).requestErasure;
    expect(errorCodes(await t.gql(CANCEL, { id: req.id }, { token: b.token }))).toEqual(['NOT_FOUND']);
    expect((await ok(t, MINE, {}, b.token)).myErasureRequest).toBeNull();
    const staffId = (await t.app.dataSource.query('SELECT id FROM account WHERE loginId = ?', [t.credentials.staff.loginId]))[0].id;
    expect(errorCodes(await t.gql(RECORD, { id: String(staffId), c: 'COUNTER', r: 'MEMBER_REQUEST', i: true }, { token: staff }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(REQUEST, {}, { token: staff }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(`mutation { requestErasure(confirm: false) { id } }`, {}, { token: b.token }))).toEqual(['BAD_USER_INPUT']);
  });

  test('a failure halfway through rolls the whole erasure back: the member can still log in and nothing is half-erased', async () => {
    const member = await t.registerMember();
    const [{ id: accountId }] = await t.app.dataSource.query('SELECT id FROM account WHERE loginId = ?', [member.loginId]);
    const req = (await ok(t, REQUEST, {}, member.token)).requestErasure;
    // Make the last step of the walk fail (the account's own overwrite runs last).
    const repo = t.app.dataSource.getRepository('Account');
    const proto = Object.getPrototypeOf(repo);
    const original = proto.update;
    proto.update = function (this: any, ...args: any[]) {
      if (this.metadata?.name === 'Account' && args[1]?.status === 'erased') return Promise.reject(new Error('simulated crash'));
      return original.apply(this, args);
    };
    try {
      const res = await t.gql(EXECUTE, { id: req.id }, { token: admin });
      expect(res.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      proto.update = original;
    }
    const [row] = await t.app.dataSource.query('SELECT status, name FROM account WHERE id = ?', [accountId]);
    expect(row.status).toBe('active');
    expect(row.name).not.toBe('');
    expect((await ok(t, MINE, {}, member.token)).myErasureRequest).toMatchObject({ status: 'PENDING' });
    expect((await t.login(member.loginId, member.password)).accessToken).toBeTruthy();
    // Retried, it completes.
    expect((await ok(t, EXECUTE, { id: req.id }, admin)).executeErasure.status).toBe('EXECUTED');
  });
});
