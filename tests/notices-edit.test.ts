import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { serverFailures } from './helpers/races';
import { MailOutbox, Notice, NoticeAudience, NoticeKind } from '../server/src/modules/notices';

/** Notice drafts, publication (mails once), edits with revisions, withdrawal; what members and the public see. */
let t: TestServer;
let ward: string;
let green: string;
let members: Member[];

const FIELDS = 'id audience title body publishedAt withdrawnAt withdrawReason updatedAt recipientCount revisions { kind title body reason actorId }';
const CREATE = `mutation($i: NoticeInput!, $d: Boolean!) { createNotice(input: $i, draft: $d) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishNotice(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($i: NoticeUpdateInput!) { updateNotice(input: $i) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $r: String!) { withdrawNotice(id: $id, reason: $r) { ${FIELDS} } }`;
const MOTIVATION = '緑のまちづくりに参加したいと考えています。よろしくお願いします。';

const outbox = () => t.app.dataSource.getRepository(MailOutbox).count();
const myTitles = async (m: Member) => (await ok(t, `{ myNotices { title } }`, {}, m.token)).myNotices.map((n: any) => n.title);
const unread = async (m: Member) => (await ok(t, `{ unreadNoticeCount }`, {}, m.token)).unreadNoticeCount;
const publicTitles = async () => (await ok(t, `{ publicNotices { title } }`)).publicNotices.map((n: any) => n.title);
const cohortNotice = (title: string) => ({ audience: 'COHORT', cohortId: COURSE.GREENERY, title, body: `${title}の本文です。` });

beforeAll(async () => {
  t = await startTestServer();
  [ward, green] = await Promise.all([t.tokenFor('staff'), t.tokenFor('greenery')]);
  members = await fastMembers(t, 3);
  for (const m of members) await applyOk(t, m.token, COURSE.GREENERY, { motivation: MOTIVATION });
});
afterAll(() => t.close());

test('createNotice still publishes at once by default', async () => {
  const before = await outbox();
  const n = (await ok(t, CREATE.replace(', $d: Boolean!', '').replace(', draft: $d', ''), { i: cohortNotice('すぐの連絡') }, ward)).createNotice;
  expect(n.publishedAt).not.toBeNull();
  expect(n.revisions.map((r: any) => r.kind)).toEqual(['CREATED', 'PUBLISHED']);
  expect(await outbox()).toBe(before + 3);
  expect(await myTitles(members[0])).toContain('すぐの連絡');
});

describe('a draft', () => {
  let id: string;

  test('is seen by staff only, with no mail', async () => {
    const before = await outbox();
    const unreadBefore = await unread(members[0]);
    const n = (await ok(t, CREATE, { i: cohortNotice('説明会の下書き'), d: true }, ward)).createNotice;
    id = n.id;
    expect(n).toMatchObject({ publishedAt: null, withdrawnAt: null, recipientCount: 3 });
    expect(n.revisions).toEqual([{ kind: 'CREATED', title: '説明会の下書き', body: '説明会の下書きの本文です。', reason: null, actorId: expect.any(String) }]);
    expect(await outbox()).toBe(before);
    expect(await myTitles(members[0])).not.toContain('説明会の下書き');
    expect(await unread(members[0])).toBe(unreadBefore);
    expect(errorCodes(await t.gql(`mutation($id: ID!) { markNoticeRead(id: $id) { id } }`, { id }, { token: members[0].token }))).toEqual(['NOT_FOUND']);
    const staffList = (await ok(t, `{ staffNotices { id publishedAt } }`, {}, ward)).staffNotices;
    expect(staffList[0]).toEqual({ id, publishedAt: null });
    // Contractor staff of the field see it too.
    expect((await ok(t, `{ staffNotices { id } }`, {}, green)).staffNotices.map((x: any) => x.id)).toContain(id);
  });

  test('is edited without a reason while a draft', async () => {
    const n = (await ok(t, UPDATE, { i: { id, title: '説明会のお知らせ', body: '6月1日に説明会を開きます。' } }, green)).updateNotice;
    expect(n.title).toBe('説明会のお知らせ');
    expect(n.revisions.map((r: any) => [r.kind, r.title])).toEqual([
      ['CREATED', '説明会の下書き'],
      ['EDITED', '説明会のお知らせ'],
    ]);
  });

  test('goes out once when published, even when published from several places at once', async () => {
    const before = await outbox();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => t.gql(PUBLISH, { id }, { token: i % 2 ? green : ward })));
    expect(serverFailures(results)).toEqual([]);
    const published = results.filter((r) => !r.errors);
    expect(published).toHaveLength(1);
    expect(results.filter((r) => r.errors).flatMap((r) => messageKeys(r))).toEqual(Array(5).fill('notice.alreadyPublished'));
    expect(await outbox()).toBe(before + 3);
    const n = published[0].data.publishNotice;
    expect(n.publishedAt).not.toBeNull();
    expect(n.revisions.map((r: any) => r.kind)).toEqual(['CREATED', 'EDITED', 'PUBLISHED']);
    for (const m of members) expect(await myTitles(m)).toContain('説明会のお知らせ');
  });

  test('once published an edit needs a reason, sends no mail and is kept as a revision', async () => {
    const before = await outbox();
    const missing = await t.gql(UPDATE, { i: { id, title: '説明会のお知らせ（訂正）', body: '6月2日に説明会を開きます。' } }, { token: ward });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0].extensions.fieldErrors[0]).toMatchObject({ field: 'reason', messageKey: 'validation.reason' });
    const n = (await ok(t, UPDATE, { i: { id, title: '説明会のお知らせ（訂正）', body: '6月2日に説明会を開きます。', reason: '日付の誤り' } }, ward)).updateNotice;
    expect(n.revisions.at(-1)).toMatchObject({ kind: 'EDITED', title: '説明会のお知らせ（訂正）', reason: '日付の誤り' });
    expect(await outbox()).toBe(before);
    expect(await myTitles(members[1])).toContain('説明会のお知らせ（訂正）');
  });

  test('withdrawn, it disappears for members, without mail, once', async () => {
    const before = await outbox();
    const unreadBefore = await unread(members[2]);
    expect(errorCodes(await t.gql(WITHDRAW, { id, r: '  ' }, { token: ward }))).toEqual(['BAD_USER_INPUT']);
    const n = (await ok(t, WITHDRAW, { id, r: '説明会の中止' }, ward)).withdrawNotice;
    expect(n).toMatchObject({ withdrawReason: '説明会の中止' });
    expect(n.withdrawnAt).not.toBeNull();
    expect(n.revisions.map((r: any) => r.kind)).toEqual(['CREATED', 'EDITED', 'PUBLISHED', 'EDITED', 'WITHDRAWN']);
    expect(await myTitles(members[2])).not.toContain('説明会のお知らせ（訂正）');
    expect(await unread(members[2])).toBe(unreadBefore - 1);
    expect(await outbox()).toBe(before);
    expect(messageKeys(await t.gql(WITHDRAW, { id, r: 'もう一度' }, { token: ward }))).toEqual(['notice.withdrawn']);
    expect(messageKeys(await t.gql(UPDATE, { i: { id, title: 'x', body: 'y', reason: 'z' } }, { token: ward }))).toEqual(['notice.withdrawn']);
    expect(messageKeys(await t.gql(PUBLISH, { id }, { token: ward }))).toEqual(['notice.withdrawn']);
    // Staff still see it, withdrawn.
    expect((await ok(t, `{ staffNotices { id withdrawnAt } }`, {}, ward)).staffNotices.find((x: any) => x.id === id).withdrawnAt).not.toBeNull();
  });
});

test('public drafts and withdrawn public notices stay off the top page', async () => {
  const n = (await ok(t, CREATE, { i: { audience: 'PUBLIC', title: '公開の下書き', body: '公開前の本文です。' }, d: true }, ward)).createNotice;
  expect(n.recipientCount).toBeNull();
  expect(await publicTitles()).not.toContain('公開の下書き');
  await ok(t, PUBLISH, { id: n.id }, ward);
  expect(await publicTitles()).toContain('公開の下書き');
  await ok(t, WITHDRAW, { id: n.id, r: '掲載の誤り' }, ward);
  expect(await publicTitles()).not.toContain('公開の下書き');
});

test('recipient counts: one member, every member', async () => {
  const one = (await ok(t, CREATE, { i: { audience: 'MEMBER', accountId: String(members[0].id), title: '個別', body: '個別の連絡です。' }, d: true }, ward)).createNotice;
  expect(one.recipientCount).toBe(1);
  const all = (await ok(t, CREATE, { i: { audience: 'ALL_MEMBERS', title: '全員', body: '全員への連絡です。' }, d: true }, ward)).createNotice;
  expect(all.recipientCount).toBe(await t.app.dataSource.query(`SELECT COUNT(*) AS n FROM account WHERE role = 'member'`).then((r: any) => Number(r[0].n)));
  // Outside the contractor's field: not found.
  expect(errorCodes(await t.gql(PUBLISH, { id: all.id }, { token: green }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(WITHDRAW, { id: all.id, r: '理由' }, { token: green }))).toEqual(['NOT_FOUND']);
  // Members never change notices.
  expect(errorCodes(await t.gql(PUBLISH, { id: one.id }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await t.gql(`{ myNotices { revisions { kind } } }`, {}, { token: members[0].token }))).toEqual(['FORBIDDEN']);
});

test('a system notice cannot be edited, but can be withdrawn', async () => {
  const now = new Date();
  const { identifiers } = await t.app.dataSource.getRepository(Notice).insert({
    audience: NoticeAudience.MEMBER,
    kind: NoticeKind.RESULT,
    accountId: members[1].id,
    cohortId: Number(COURSE.GREENERY),
    fieldCode: null,
    title: null,
    body: null,
    messageKey: 'notice.resultOffered',
    messageParams: '{}',
    createdById: null,
    createdAt: now,
    publishedAt: now,
    withdrawnAt: null,
    withdrawReason: null,
    updatedAt: now,
  });
  const id = String(identifiers[0].id);
  expect((await ok(t, `{ myNotices { id } }`, {}, members[1].token)).myNotices.map((n: any) => n.id)).toContain(id);
  expect(messageKeys(await t.gql(UPDATE, { i: { id, title: '書き換え', body: '書き換えた本文', reason: '誤り' } }, { token: ward }))).toEqual(['notice.systemNotice']);
  const withdrawn = (await ok(t, WITHDRAW, { id, r: '誤送信' }, green)).withdrawNotice;
  expect(withdrawn.revisions.map((r: any) => r.kind)).toEqual(['WITHDRAWN']);
  expect((await ok(t, `{ myNotices { id } }`, {}, members[1].token)).myNotices.map((n: any) => n.id)).not.toContain(id);
});
