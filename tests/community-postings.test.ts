import { contactFlagsIn } from '../server/src/modules/community';
import { startTestServer, StatementCounter, type GqlResult, type TestServer } from './helpers/server';
import { errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { createTrigger, dropTrigger, onMysql, secondInstance, serverFailures, type Instance } from './helpers/races';

/**
 * Recruitment postings (募集) over HTTP GraphQL: ward staff write a posting for a registered group
 * as a draft, send it for review, and a second staff member (never the author) approves or returns
 * it; every review is recorded with the contact flags shown. Published postings appear on the public
 * page with their group's public part only, until their expiry day (whether or not the expiry job has
 * run), and only while the group is active; the job marks them expired exactly once, also with two
 * instances racing. Contractors and members are refused everywhere but the public queries.
 */
let t: TestServer;
let staff: string;
let admin: string;
let greenery: string;
let staffId: string;
let adminId: string;
let member: Member;

const DAY = 24 * 3600_000;
const JOB = 'community.expirePostings';
const tokyoDate = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
const today = () => tokyoDate(Date.now());
const FUTURE = tokyoDate(Date.now() + 60 * DAY);

const P =
  'id groupId title roleDescription fieldCodes districtCode schedule headcount alumniWelcome expiresOn status contactFlags authorId submittedAt publishedAt closedAt closeReason version';
const REVIEWS = 'reviews { version decision reviewerId note contactFlags }';
const CREATE = `mutation($i: PostingInput!) { createRecruitmentPosting(input: $i) { ${P} ${REVIEWS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: PostingInput!) { updateRecruitmentPosting(id: $id, expectedVersion: $v, input: $i) { ${P} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitRecruitmentPosting(id: $id, expectedVersion: $v) { ${P} } }`;
const REVIEW = `mutation($i: PostingReviewInput!) { reviewRecruitmentPosting(input: $i) { ${P} ${REVIEWS} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $r: String) { closeRecruitmentPosting(id: $id, expectedVersion: $v, reason: $r) { ${P} } }`;
const LIST = `query($s: PostingStatus, $g: ID) { recruitmentPostings(status: $s, groupId: $g) { id status version } }`;
const ONE = `query($id: ID!) { recruitmentPosting(id: $id) { ${P} ${REVIEWS} } }`;
const PG = 'group { id name kind fieldCodes districtCode publicDescription publicContact }';
const PUB = `id title roleDescription fieldCodes districtCode schedule headcount alumniWelcome expiresOn publishedAt ${PG}`;
const PUBLIC_LIST = `query($f: FieldCode, $d: String) { publicPostings(fieldCode: $f, districtCode: $d) { ${PUB} } }`;
const PUBLIC_ONE = `query($id: ID!) { publicPosting(postingId: $id) { ${PUB} } }`;
const GROUP_STATUS = `mutation($i: CommunityGroupStatusInput!) { setCommunityGroupStatus(input: $i) { id status version } }`;

/** The representative and interview of every group registered here: never on the public page. */
const REP = { name: '豊玉 太郎', phone: '03-3993-1111', email: 'toyotama.rep@example.jp', notes: '代表の豊玉さんは防災部長を兼任（面談メモ・非公開）' };

interface Group {
  id: string;
  name: string;
  version: number;
}
let groupSeq = 0;
async function registerGroup(over: Record<string, unknown> = {}): Promise<Group> {
  groupSeq++;
  const input = {
    name: `募集テストの会 ${groupSeq}`,
    kind: 'VOLUNTEER_CIRCLE',
    fieldCodes: ['WELFARE'],
    districtCode: 'nerima',
    publicDescription: '高齢者の見守りと防災訓練をしている会です。',
    publicContact: '区役所 地域振興課 経由',
    representativeName: REP.name,
    representativePhone: REP.phone,
    representativeEmail: REP.email,
    interviewedOn: '2025-06-10',
    interviewNotes: REP.notes,
    ...over,
  };
  return (await ok(t, `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id name version } }`, { i: input }, staff)).registerCommunityGroup;
}
const setGroupStatus = async (g: Group, status: string, reason: string | null = null): Promise<Group> => {
  const res = (await ok(t, GROUP_STATUS, { i: { id: g.id, expectedVersion: g.version, status, reason } }, staff)).setCommunityGroupStatus;
  g.version = res.version;
  return g;
};

const input = (groupId: string, over: Record<string, unknown> = {}) => ({
  groupId,
  title: '見守りボランティア募集',
  roleDescription: '一人暮らしの高齢者宅への訪問と声かけをお願いします。',
  fieldCodes: ['WELFARE'],
  districtCode: 'nerima',
  schedule: '毎月第2土曜 10時〜12時',
  headcount: 5,
  alumniWelcome: ['WELFARE'],
  expiresOn: FUTURE,
  ...over,
});

const fieldErrorsOf = (res: GqlResult): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));
const count = async (table: string, where = '', params: unknown[] = []): Promise<number> => {
  const [row] = await t.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`, params);
  return Number(row.n);
};
const postingCount = () => count('recruitment_posting');
const reviewCount = () => count('recruitment_posting_review');
/** The stored row, as the database holds it. */
const row = async (id: string) => {
  const [r] = await t.app.dataSource.query('SELECT status, version, title, contactFlagList, closeReason FROM recruitment_posting WHERE id = ?', [Number(id)]);
  return { ...r, version: Number(r.version) };
};
const setExpiresOn = (id: string, day: string) => t.app.dataSource.query('UPDATE recruitment_posting SET expiresOn = ? WHERE id = ?', [day, Number(id)]);

const create = async (groupId: string, over: Record<string, unknown> = {}, token = staff) => (await ok(t, CREATE, { i: input(groupId, over) }, token)).createRecruitmentPosting;
const submit = async (id: string, v: number, token = staff) => (await ok(t, SUBMIT, { id, v }, token)).submitRecruitmentPosting;
const review = (i: Record<string, unknown>, token = admin) => t.gql(REVIEW, { i }, { token });
/** Created by `author`, sent for review and approved by the other one of staff and admin. */
async function publish(groupId: string, over: Record<string, unknown> = {}, author: 'staff' | 'admin' = 'staff') {
  const [a, r] = author === 'staff' ? [staff, admin] : [admin, staff];
  const draft = await create(groupId, over, a);
  const sent = await submit(draft.id, draft.version, a);
  return (await ok(t, REVIEW, { i: { id: sent.id, expectedVersion: sent.version, approve: true, acknowledgeFlags: true } }, r)).reviewRecruitmentPosting;
}
const publicIds = async (f: string | null = null, d: string | null = null, token?: string): Promise<string[]> => {
  const res = await t.gql(PUBLIC_LIST, { f, d }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.publicPostings.map((p: { id: string }) => p.id);
};
const publicOne = (id: string) => t.gql(PUBLIC_ONE, { id });

beforeAll(async () => {
  t = await startTestServer();
  [staff, admin, greenery] = await Promise.all([t.tokenFor('staff'), t.tokenFor('admin'), t.tokenFor('greenery')]);
  staffId = (await ok(t, `{ me { id } }`, {}, staff)).me.id;
  adminId = (await ok(t, `{ me { id } }`, {}, admin)).me.id;
  [member] = await fastMembers(t, 1);
});
afterAll(() => t.close());

describe('the life cycle: draft → in review → published → closed', () => {
  let group: Group;
  let id: string;

  beforeAll(async () => {
    group = await registerGroup({ name: '豊玉見守りの会' });
  });

  test('staff write a draft: every field stored, fields in the catalogue’s order, text trimmed, no flags, no reviews', async () => {
    const p = await create(group.id, {
      title: '  見守りボランティア募集 ',
      fieldCodes: ['DISASTER', 'WELFARE'],
      alumniWelcome: ['RECYCLING', 'WELFARE'],
      schedule: ' 毎月第2土曜 10時〜12時 ',
    });
    id = p.id;
    expect(p).toEqual({
      id,
      groupId: group.id,
      title: '見守りボランティア募集',
      roleDescription: '一人暮らしの高齢者宅への訪問と声かけをお願いします。',
      fieldCodes: ['WELFARE', 'DISASTER'],
      districtCode: 'nerima',
      schedule: '毎月第2土曜 10時〜12時',
      headcount: 5,
      alumniWelcome: ['WELFARE', 'RECYCLING'],
      expiresOn: FUTURE,
      status: 'DRAFT',
      contactFlags: [],
      authorId: staffId,
      submittedAt: null,
      publishedAt: null,
      closedAt: null,
      closeReason: null,
      version: 1,
      reviews: [],
    });
    expect((await ok(t, ONE, { id }, staff)).recruitmentPosting).toEqual(p);
    // Headcount and alumni welcome left out: not fixed, none named.
    const open = await create(group.id, { headcount: null, alumniWelcome: null });
    expect(open).toMatchObject({ headcount: null, alumniWelcome: [], status: 'DRAFT' });
    // A draft is not public.
    expect(await publicIds()).not.toContain(id);
    expect(errorCodes(await publicOne(id))).toEqual(['NOT_FOUND']);
  });

  test('a draft is corrected with the version seen; a stale version is CONFLICT posting.changed and writes nothing', async () => {
    const changed = (await ok(t, UPDATE, { id, v: 1, i: input(group.id, { title: '見守り・声かけボランティア募集', headcount: 8 }) }, staff)).updateRecruitmentPosting;
    expect(changed).toMatchObject({ id, title: '見守り・声かけボランティア募集', headcount: 8, fieldCodes: ['WELFARE'], status: 'DRAFT', version: 2 });
    const stale = await t.gql(UPDATE, { id, v: 1, i: input(group.id, { title: '古い版からの変更' }) }, { token: staff });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(messageKeys(stale)).toEqual(['posting.changed']);
    expect(stale.errors![0].extensions.params).toEqual({ version: 2 });
    expect(await row(id)).toMatchObject({ status: 'draft', version: 2, title: '見守り・声かけボランティア募集' });
    expect(errorCodes(await t.gql(UPDATE, { id: '99999999', v: 1, i: input(group.id) }, { token: staff }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(ONE, { id: '99999999' }, { token: staff }))).toEqual(['NOT_FOUND']);
    // Not ready for review yet: nothing to close, nothing to review.
    const close = await t.gql(CLOSE, { id, v: 2, r: null }, { token: staff });
    expect([errorCodes(close), messageKeys(close)]).toEqual([['CONFLICT'], ['posting.notPublished']]);
    const early = await review({ id, expectedVersion: 2, approve: true });
    expect([errorCodes(early), messageKeys(early)]).toEqual([['CONFLICT'], ['posting.notInReview']]);
    expect(await reviewCount()).toBe(0);
    expect(await row(id)).toMatchObject({ status: 'draft', version: 2 });
  });

  test('sent for review: IN_REVIEW, no more corrections or a second submission; a stale submission is posting.changed', async () => {
    const stale = await t.gql(SUBMIT, { id, v: 1 }, { token: staff });
    expect(messageKeys(stale)).toEqual(['posting.changed']);
    expect(await row(id)).toMatchObject({ status: 'draft', version: 2 });
    const sent = await submit(id, 2);
    expect(sent).toMatchObject({ status: 'IN_REVIEW', version: 3, publishedAt: null });
    expect(Date.parse(sent.submittedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await ok(t, LIST, { s: 'IN_REVIEW' }, staff)).recruitmentPostings.map((p: { id: string }) => p.id)).toContain(id);
    expect((await ok(t, LIST, { s: 'DRAFT' }, staff)).recruitmentPostings.map((p: { id: string }) => p.id)).not.toContain(id);
    for (const res of [await t.gql(UPDATE, { id, v: 3, i: input(group.id, { title: '審査中の変更' }) }, { token: staff }), await t.gql(SUBMIT, { id, v: 3 }, { token: staff })]) {
      expect([errorCodes(res), messageKeys(res)]).toEqual([['CONFLICT'], ['posting.notDraft']]);
    }
    const close = await t.gql(CLOSE, { id, v: 3, r: '取り下げ' }, { token: staff });
    expect(messageKeys(close)).toEqual(['posting.notPublished']);
    expect(await row(id)).toMatchObject({ status: 'inReview', version: 3, title: '見守り・声かけボランティア募集' });
    expect(await publicIds()).not.toContain(id);
  });

  test('the author can neither approve nor return it; returning needs a note; another staff member returns it, recorded', async () => {
    const reviews = await reviewCount();
    for (const approve of [true, false]) {
      const own = await review({ id, expectedVersion: 3, approve, acknowledgeFlags: true, note: '自分で確認' }, staff);
      expect([errorCodes(own), messageKeys(own)]).toEqual([['CONFLICT'], ['posting.ownReview']]);
    }
    for (const note of [undefined, null, '', '  \u3000']) {
      const res = await review({ id, expectedVersion: 3, approve: false, note });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrorsOf(res)).toEqual(['note:posting.noteRequired']);
    }
    const staleReview = await review({ id, expectedVersion: 2, approve: false, note: '古い版' });
    expect(messageKeys(staleReview)).toEqual(['posting.changed']);
    expect(await reviewCount()).toBe(reviews);
    expect(await row(id)).toMatchObject({ status: 'inReview', version: 3 });

    const returned = (await review({ id, expectedVersion: 3, approve: false, note: ' 活動場所を書いてください ' })).data.reviewRecruitmentPosting;
    expect(returned).toMatchObject({ status: 'DRAFT', version: 4, submittedAt: null, publishedAt: null });
    expect(returned.reviews).toEqual([{ version: 3, decision: 'RETURNED', reviewerId: adminId, note: '活動場所を書いてください', contactFlags: [] }]);
    expect(await reviewCount()).toBe(reviews + 1);
  });

  test('corrected, sent again and approved by another staff member: PUBLISHED and public; both reviews recorded, newest first', async () => {
    const fixed = (
      await ok(t, UPDATE, { id, v: 4, i: input(group.id, { title: '見守り・声かけボランティア募集', schedule: '毎月第2土曜 10時〜12時（豊玉北地域集会所）' }) }, staff)
    ).updateRecruitmentPosting;
    expect(fixed).toMatchObject({ status: 'DRAFT', version: 5 });
    const sent = await submit(id, 5);
    expect(sent).toMatchObject({ status: 'IN_REVIEW', version: 6 });
    const own = await review({ id, expectedVersion: 6, approve: true }, staff);
    expect(messageKeys(own)).toEqual(['posting.ownReview']);
    const published = (await review({ id, expectedVersion: 6, approve: true })).data.reviewRecruitmentPosting;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 7, authorId: staffId, closedAt: null });
    expect(Date.parse(published.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(published.reviews).toEqual([
      { version: 6, decision: 'APPROVED', reviewerId: adminId, note: null, contactFlags: [] },
      { version: 3, decision: 'RETURNED', reviewerId: adminId, note: '活動場所を書いてください', contactFlags: [] },
    ]);
    expect(await publicIds()).toContain(id);
    expect((await publicOne(id)).data.publicPosting).toMatchObject({ id, title: '見守り・声かけボランティア募集', schedule: '毎月第2土曜 10時〜12時（豊玉北地域集会所）' });
    // Published: not a draft, not in review.
    for (const [res, key] of [
      [await t.gql(UPDATE, { id, v: 7, i: input(group.id) }, { token: staff }), 'posting.notDraft'],
      [await t.gql(SUBMIT, { id, v: 7 }, { token: staff }), 'posting.notDraft'],
      [await review({ id, expectedVersion: 7, approve: true }), 'posting.notInReview'],
      [await review({ id, expectedVersion: 7, approve: false, note: '戻す' }), 'posting.notInReview'],
    ] as Array<[GqlResult, string]>) {
      expect([errorCodes(res), messageKeys(res)]).toEqual([['CONFLICT'], [key]]);
    }
    expect(await count('recruitment_posting_review', 'postingId = ?', [Number(id)])).toBe(2);
    expect(await row(id)).toMatchObject({ status: 'published', version: 7 });
  });

  test('the admin may author and ward staff approve', async () => {
    const p = await publish(group.id, { title: '管理者が書いた募集' }, 'admin');
    expect(p).toMatchObject({ status: 'PUBLISHED', authorId: adminId, version: 3 });
    expect(p.reviews).toEqual([{ version: 2, decision: 'APPROVED', reviewerId: staffId, note: null, contactFlags: [] }]);
  });

  test('closed with the version seen: CLOSED with the reason, off the public page; closing again is posting.notPublished', async () => {
    const stale = await t.gql(CLOSE, { id, v: 6, r: '定員に達しました' }, { token: staff });
    expect(messageKeys(stale)).toEqual(['posting.changed']);
    expect(await row(id)).toMatchObject({ status: 'published', version: 7, closeReason: null });
    const closed = (await ok(t, CLOSE, { id, v: 7, r: ' 定員に達しました ' }, staff)).closeRecruitmentPosting;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 8, closeReason: '定員に達しました' });
    expect(Date.parse(closed.closedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await publicIds()).not.toContain(id);
    expect(errorCodes(await publicOne(id))).toEqual(['NOT_FOUND']);
    expect((await publicOne(id)).data?.publicPosting ?? null).toBeNull();
    for (const res of [await t.gql(CLOSE, { id, v: 8, r: null }, { token: staff }), await t.gql(CLOSE, { id, v: 8, r: null }, { token: admin })])
      expect([errorCodes(res), messageKeys(res)]).toEqual([['CONFLICT'], ['posting.notPublished']]);
    for (const res of [await t.gql(UPDATE, { id, v: 8, i: input(group.id) }, { token: staff }), await t.gql(SUBMIT, { id, v: 8 }, { token: staff })])
      expect(messageKeys(res)).toEqual(['posting.notDraft']);
    expect(messageKeys(await review({ id, expectedVersion: 8, approve: true }))).toEqual(['posting.notInReview']);
    expect(await row(id)).toMatchObject({ status: 'closed', version: 8 });
    // Without a reason: none kept.
    const other = await publish(group.id, { title: '理由なしで終了' });
    expect((await ok(t, CLOSE, { id: other.id, v: other.version, r: '  ' }, staff)).closeRecruitmentPosting).toMatchObject({ status: 'CLOSED', closeReason: null });
  });
});

describe('validation', () => {
  let group: Group;
  let suspended: Group;
  let ended: Group;

  beforeAll(async () => {
    group = await registerGroup({ name: '入力検査の会' });
    suspended = await setGroupStatus(await registerGroup({ name: '休止中の会' }), 'SUSPENDED', '会員不足');
    ended = await setGroupStatus(await registerGroup({ name: '解散した会' }), 'ENDED', '解散');
  });

  test('invalid input names the field and writes nothing, on create and on correction', async () => {
    const draft = await create(group.id);
    const postings = await postingCount();
    const bad = async (over: Record<string, unknown>): Promise<string[]> => {
      const created = await t.gql(CREATE, { i: input(group.id, over) }, { token: staff });
      expect(errorCodes(created)).toEqual(['BAD_USER_INPUT']);
      expect(created.data?.createRecruitmentPosting ?? null).toBeNull();
      const updated = await t.gql(UPDATE, { id: draft.id, v: 1, i: input(group.id, over) }, { token: staff });
      expect(errorCodes(updated)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrorsOf(updated)).toEqual(fieldErrorsOf(created));
      return fieldErrorsOf(created);
    };
    const yesterday = tokyoDate(Date.now() - DAY);
    expect(await bad({ title: '\u3000 ' })).toEqual(['title:validation.blank']);
    expect(await bad({ title: 'あ'.repeat(201) })).toEqual(['title:validation.length']);
    expect((await bad({ title: '' })).every((f) => f.startsWith('title:'))).toBe(true);
    expect(await bad({ title: '' })).not.toEqual([]);
    expect(await bad({ roleDescription: '  ' })).toEqual(['roleDescription:validation.blank']);
    expect(await bad({ roleDescription: 'あ'.repeat(2001) })).toEqual(['roleDescription:validation.length']);
    expect(await bad({ schedule: '\u3000' })).toEqual(['schedule:validation.blank']);
    expect(await bad({ fieldCodes: [] })).toEqual(['fieldCodes:posting.fieldRequired']);
    for (const headcount of [0, -1, 1001]) expect(await bad({ headcount })).toEqual(['headcount:posting.headcount']);
    expect(await bad({ expiresOn: yesterday })).toEqual(['expiresOn:posting.expiresInPast']);
    expect(await bad({ expiresOn: '2020-01-01' })).toEqual(['expiresOn:posting.expiresInPast']);
    for (const groupId of [suspended.id, ended.id, '99999999']) expect(await bad({ groupId })).toEqual(['groupId:posting.groupInactive']);
    expect(await bad({ districtCode: 'shinjuku' })).toEqual(['districtCode:group.district']);
    expect(await postingCount()).toBe(postings);
    expect(await row(draft.id)).toMatchObject({ status: 'draft', version: 1, title: '見守りボランティア募集' });
    // The bounds themselves are accepted; so is today as the expiry day.
    expect((await create(group.id, { headcount: 1, expiresOn: today() })).headcount).toBe(1);
    expect((await create(group.id, { headcount: 1000, title: 'あ'.repeat(200) })).headcount).toBe(1000);
    expect(await postingCount()).toBe(postings + 2);
  });

  test('a draft whose expiry day has passed cannot be sent; an approval after the group was suspended or the day passed is refused, with no review written', async () => {
    const late = await create(group.id, { title: '期限切れの下書き' });
    await setExpiresOn(late.id, tokyoDate(Date.now() - DAY));
    const sent = await t.gql(SUBMIT, { id: late.id, v: 1 }, { token: staff });
    expect(fieldErrorsOf(sent)).toEqual(['expiresOn:posting.expiresInPast']);
    expect(await row(late.id)).toMatchObject({ status: 'draft', version: 1 });

    const g = await registerGroup({ name: '審査中に休止した会' });
    const p = await create(g.id);
    await submit(p.id, 1);
    await setGroupStatus(g, 'SUSPENDED', '代表者交代');
    const reviews = await reviewCount();
    const approved = await review({ id: p.id, expectedVersion: 2, approve: true });
    expect([errorCodes(approved), messageKeys(approved)]).toEqual([['CONFLICT'], ['posting.groupInactive']]);
    expect(await reviewCount()).toBe(reviews);
    expect(await row(p.id)).toMatchObject({ status: 'inReview', version: 2 });
    // Returning it is still possible (the author corrects or drops it).
    expect((await review({ id: p.id, expectedVersion: 2, approve: false, note: '団体が休止中です' })).data.reviewRecruitmentPosting).toMatchObject({ status: 'DRAFT', version: 3 });

    const q = await create(group.id, { title: '審査中に期限切れ' });
    await submit(q.id, 1);
    await setExpiresOn(q.id, tokyoDate(Date.now() - DAY));
    const expired = await review({ id: q.id, expectedVersion: 2, approve: true });
    expect(fieldErrorsOf(expired)).toEqual(['expiresOn:posting.expiresInPast']);
    expect(await reviewCount()).toBe(reviews + 1);
    expect(await row(q.id)).toMatchObject({ status: 'inReview', version: 2 });
  });
});

describe('contact flags', () => {
  let group: Group;
  beforeAll(async () => {
    group = await registerGroup({ name: '連絡先検査の会' });
  });
  const flagsOf = async (text: string, where: 'roleDescription' | 'title' | 'schedule' = 'roleDescription'): Promise<string[]> =>
    (await create(group.id, { [where]: where === 'roleDescription' ? `参加希望の方は ${text} まで` : `${text}` })).contactFlags;

  test('phone numbers, including full-width digits and long-vowel dashes, are flagged PHONE', async () => {
    for (const phone of ['03-1234-5678', '０３ー１２３４ー５６７８', '０３－１２３４－５６７８', '09012345678', '090-1234-5678', '03(1234)5678', '03 1234 5678'])
      expect([phone, await flagsOf(phone)]).toEqual([phone, ['PHONE']]);
    expect(await flagsOf('連絡は03-1234-5678へ', 'schedule')).toEqual(['PHONE']);
    expect(await flagsOf('募集 ０９０１２３４５６７８', 'title')).toEqual(['PHONE']);
  });

  test('email addresses are flagged EMAIL, URLs URL', async () => {
    for (const email of ['kai@nerima-net.tokyo', 'ｋａｉ＠ｎｅｒｉｍａ－ｎｅｔ．ｔｏｋｙｏ']) expect([email, await flagsOf(email)]).toEqual([email, ['EMAIL']]);
    // An address at a .jp domain also reads as a domain name; EMAIL is what matters here.
    expect(await flagsOf('toiawase@example.jp')).toContain('EMAIL');
    for (const url of [
      'https://nerima-kai.example/boshu',
      'http://nerima-kai.example',
      'www.nerima-kai.example',
      'example.jp',
      'nerima-kai.org/boshu',
      'ｗｗｗ．ｎｅｒｉｍａ．ｊｐ',
    ])
      expect([url, await flagsOf(url)]).toEqual([url, ['URL']]);
    expect(await flagsOf('03-1234-5678 または kai@nerima-net.tokyo、https://nerima-kai.example')).toEqual(['PHONE', 'EMAIL', 'URL']);
  });

  test('dates, times and counts are not contact details', async () => {
    for (const text of [
      '2026年4月1日',
      '２０２６年４月１日',
      '2026-04-01',
      '2026/04/01〜2026/05/31',
      '10:00〜12:00',
      '１０：００～１２：００',
      '10:00-12:00',
      '定員20名',
      '毎月第2土曜 10時〜12時',
      '参加費0円、保険料500円',
      '令和8年度 第1期',
    ])
      expect([text, await flagsOf(text)]).toEqual([text, []]);
  });

  test('approving a flagged posting needs acknowledgeFlags; with it, published; the review records the flags seen; a correction recomputes them', async () => {
    const p = await create(group.id, { roleDescription: '詳しくは ０３ー１２３４ー５６７８ か kai@nerima-net.tokyo へ' });
    expect(p.contactFlags).toEqual(['PHONE', 'EMAIL']);
    await submit(p.id, 1);
    const reviews = await reviewCount();
    for (const acknowledgeFlags of [undefined, null, false]) {
      const res = await review({ id: p.id, expectedVersion: 2, approve: true, acknowledgeFlags });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrorsOf(res)).toEqual(['acknowledgeFlags:posting.flagsUnacknowledged']);
    }
    expect(await reviewCount()).toBe(reviews);
    expect(await row(p.id)).toMatchObject({ status: 'inReview', version: 2 });
    // Returning does not need it; the flags are recorded there too.
    const back = (await review({ id: p.id, expectedVersion: 2, approve: false, note: '個人の連絡先は載せないでください' })).data.reviewRecruitmentPosting;
    expect(back.reviews[0]).toEqual({ version: 2, decision: 'RETURNED', reviewerId: adminId, note: '個人の連絡先は載せないでください', contactFlags: ['PHONE', 'EMAIL'] });
    // Corrected to the group's public route: no flags, approval needs no acknowledgement.
    const fixed = (await ok(t, UPDATE, { id: p.id, v: 3, i: input(group.id, { roleDescription: '区役所 地域振興課 経由でお申し込みください' }) }, staff)).updateRecruitmentPosting;
    expect(fixed.contactFlags).toEqual([]);
    await submit(p.id, 4);
    const clean = (await review({ id: p.id, expectedVersion: 5, approve: true })).data.reviewRecruitmentPosting;
    expect(clean).toMatchObject({ status: 'PUBLISHED', contactFlags: [] });
    expect(clean.reviews.map((r: { decision: string; contactFlags: string[] }) => [r.decision, r.contactFlags])).toEqual([
      ['APPROVED', []],
      ['RETURNED', ['PHONE', 'EMAIL']],
    ]);
    // A flagged one approved with the acknowledgement.
    const q = await create(group.id, { schedule: '毎週水曜 詳細は www.nerima-kai.example' });
    await submit(q.id, 1);
    const approved = (await review({ id: q.id, expectedVersion: 2, approve: true, acknowledgeFlags: true, note: '団体の公式サイトのため可' })).data.reviewRecruitmentPosting;
    expect(approved).toMatchObject({ status: 'PUBLISHED', contactFlags: ['URL'] });
    expect(approved.reviews).toEqual([{ version: 2, decision: 'APPROVED', reviewerId: adminId, note: '団体の公式サイトのため可', contactFlags: ['URL'] }]);
    expect(await publicIds()).toContain(q.id);
  });
});

describe('the public page', () => {
  let nerimaGroup: Group;
  let shakujiiGroup: Group;
  let welfare: string;
  let green: string;
  let draft: string;
  let inReview: string;

  beforeAll(async () => {
    nerimaGroup = await registerGroup({
      name: '公開ページの会',
      districtCode: 'nerima',
      fieldCodes: ['WELFARE', 'GREENERY'],
      kind: 'NPO',
      publicDescription: '公開用の紹介文です。',
    });
    shakujiiGroup = await registerGroup({ name: '石神井の緑の会', districtCode: 'shakujii', fieldCodes: ['GREENERY'] });
    welfare = (await publish(nerimaGroup.id, { title: '傾聴ボランティア', fieldCodes: ['WELFARE'], districtCode: 'hikarigaoka' })).id;
    green = (await publish(shakujiiGroup.id, { title: '公園の花壇づくり', fieldCodes: ['GREENERY', 'AGRICULTURE'], districtCode: 'shakujii', headcount: null, alumniWelcome: [] }))
      .id;
    draft = (await create(nerimaGroup.id, { title: '下書きの募集', districtCode: 'hikarigaoka' })).id;
    const r = await create(nerimaGroup.id, { title: '審査中の募集', districtCode: 'hikarigaoka' });
    inReview = (await submit(r.id, 1)).id;
  });

  test('anyone reads published postings with the group’s public part only; drafts and postings in review are not there', async () => {
    const res = await t.gql(PUBLIC_LIST, {});
    expect(res.errors).toBeUndefined();
    const ids = res.data.publicPostings.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([welfare, green]));
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(inReview);
    // Exactly the published, unexpired postings of active groups, newest first.
    const published = (await ok(t, LIST, { s: 'PUBLISHED' }, staff)).recruitmentPostings.map((p: { id: string }) => p.id);
    expect([...ids].sort()).toEqual([...published].sort());
    expect(ids.indexOf(green)).toBeLessThan(ids.indexOf(welfare));
    const one = res.data.publicPostings.find((p: { id: string }) => p.id === welfare);
    expect({ ...one, publishedAt: typeof one.publishedAt }).toEqual({
      id: welfare,
      title: '傾聴ボランティア',
      roleDescription: '一人暮らしの高齢者宅への訪問と声かけをお願いします。',
      fieldCodes: ['WELFARE'],
      districtCode: 'hikarigaoka',
      schedule: '毎月第2土曜 10時〜12時',
      headcount: 5,
      alumniWelcome: ['WELFARE'],
      expiresOn: FUTURE,
      publishedAt: 'string',
      group: {
        id: nerimaGroup.id,
        name: '公開ページの会',
        kind: 'NPO',
        fieldCodes: ['WELFARE', 'GREENERY'],
        districtCode: 'nerima',
        publicDescription: '公開用の紹介文です。',
        publicContact: '区役所 地域振興課 経由',
      },
    });
    expect((await publicOne(welfare)).data.publicPosting).toEqual(one);
    for (const id of [draft, inReview, '99999999']) {
      const r = await publicOne(id);
      expect([id, errorCodes(r)]).toEqual([id, ['NOT_FOUND']]);
    }
    // Members and contractors read the same page.
    expect(await publicIds(null, null, member.token)).toEqual(ids);
    expect(await publicIds(null, null, greenery)).toEqual(ids);
  });

  test('filters by field and by the posting’s district', async () => {
    const byGreen = await publicIds('GREENERY');
    expect(byGreen).toContain(green);
    expect(byGreen).not.toContain(welfare);
    expect(await publicIds('AGRICULTURE')).toContain(green);
    const byWelfare = await publicIds('WELFARE');
    expect(byWelfare).toContain(welfare);
    expect(byWelfare).not.toContain(green);
    expect(await publicIds(null, 'shakujii')).toEqual([green]);
    const hik = await publicIds(null, 'hikarigaoka');
    expect(hik).toContain(welfare);
    expect(hik).not.toContain(green);
    expect(await publicIds('GREENERY', 'shakujii')).toEqual([green]);
    expect(await publicIds('WELFARE', 'shakujii')).toEqual([]);
    expect(await publicIds('RECYCLING', 'hikarigaoka')).toEqual([]);
    // The group's district does not decide: the nerima group's posting is in hikarigaoka.
    expect(await publicIds(null, 'nerima')).not.toContain(welfare);
  });

  test('an anonymous raw search finds none of the group’s representative or interview notes', async () => {
    const all = JSON.stringify([(await t.gql(PUBLIC_LIST, {})).data, (await publicOne(welfare)).data, (await publicOne(green)).data]);
    expect(all).toContain('公開ページの会');
    for (const secret of [REP.name, '太郎', REP.phone, '3993', REP.email, 'toyotama', REP.notes, '防災部長', 'representative', 'interview', 'authorId', 'contactFlags', 'reviews'])
      expect([secret, all.includes(secret)]).toEqual([secret, false]);
  });

  test('the public types have no representative, notes or staff fields: asking is a schema validation error', async () => {
    for (const field of ['representativeName', 'representativePhone', 'representativeEmail', 'interviewNotes', 'status', 'revisions']) {
      for (const query of [`{ publicPostings { id group { ${field} } } }`, `query($id: ID!) { publicPosting(postingId: $id) { id group { ${field} } } }`]) {
        const res = await t.gql(query, { id: welfare });
        expect([field, errorCodes(res)]).toEqual([field, ['GRAPHQL_VALIDATION_FAILED']]);
        expect(res.data).toBeUndefined();
      }
    }
    for (const field of ['status', 'authorId', 'contactFlags', 'reviews', 'groupId', 'version', 'closeReason']) {
      const res = await t.gql(`{ publicPostings { id ${field} } }`);
      expect([field, errorCodes(res)]).toEqual([field, ['GRAPHQL_VALIDATION_FAILED']]);
    }
  });

  test('suspending the group hides its postings; active again, they are back', async () => {
    const g = await registerGroup({ name: '一時休止する会', districtCode: 'oizumi', fieldCodes: ['DISASTER'] });
    const p = (await publish(g.id, { districtCode: 'oizumi', fieldCodes: ['DISASTER'] })).id;
    const q = (await publish(g.id, { districtCode: 'oizumi', fieldCodes: ['DISASTER'], title: '二つ目の募集' })).id;
    expect(await publicIds('DISASTER', 'oizumi')).toEqual([q, p]);
    await setGroupStatus(g, 'SUSPENDED', '会場の改修中');
    expect(await publicIds('DISASTER', 'oizumi')).toEqual([]);
    expect(await publicIds()).not.toContain(p);
    expect(errorCodes(await publicOne(p))).toEqual(['NOT_FOUND']);
    // Staff still see them as published.
    expect(await row(p)).toMatchObject({ status: 'published' });
    await setGroupStatus(g, 'ACTIVE');
    expect(await publicIds('DISASTER', 'oizumi')).toEqual([q, p]);
    await setGroupStatus(g, 'ENDED', '解散');
    expect(await publicIds('DISASTER', 'oizumi')).toEqual([]);
    expect(errorCodes(await publicOne(q))).toEqual(['NOT_FOUND']);
  });

  test('the day after its expiry day a posting is gone even before the job runs; the job then marks it EXPIRED once', async () => {
    const p = await publish(nerimaGroup.id, { title: '今日まで', expiresOn: today() });
    expect(p.version).toBe(3);
    // The expiry day itself: still public.
    expect(await publicIds()).toContain(p.id);
    expect((await publicOne(p.id)).data.publicPosting.expiresOn).toBe(today());
    // A day later (the request clock stays; the expiry day moves back by one instead).
    await setExpiresOn(p.id, tokyoDate(Date.now() - DAY));
    expect(await publicIds()).not.toContain(p.id);
    expect(await publicIds('WELFARE', 'nerima')).not.toContain(p.id);
    expect(errorCodes(await publicOne(p.id))).toEqual(['NOT_FOUND']);
    expect(await row(p.id)).toMatchObject({ status: 'published', version: 3 });
    // The job.
    expect(await t.app.jobs.run(JOB, new Date())).toBe(1);
    expect(await row(p.id)).toMatchObject({ status: 'expired', version: 4 });
    expect((await ok(t, ONE, { id: p.id }, staff)).recruitmentPosting).toMatchObject({ status: 'EXPIRED', version: 4 });
    expect(await t.app.jobs.run(JOB, new Date())).toBe(0);
    expect(await row(p.id)).toMatchObject({ status: 'expired', version: 4 });
    // Expired: not closed again.
    expect(messageKeys(await t.gql(CLOSE, { id: p.id, v: 4, r: null }, { token: staff }))).toEqual(['posting.notPublished']);
    // Other published postings were left as they were.
    expect(await row(welfare)).toMatchObject({ status: 'published', version: 3 });
  });

  test('the job with a moved clock: not before the end of the expiry day (Tokyo), then exactly once', async () => {
    const lastDay = tokyoDate(Date.now() + 3 * DAY);
    const p = await publish(nerimaGroup.id, { title: '三日後まで', expiresOn: lastDay });
    // 23:59 in Tokyo on the last day: still published.
    const lastMinute = new Date(`${lastDay}T23:59:00+09:00`);
    expect(await t.app.jobs.run(JOB, lastMinute)).toBe(0);
    expect(await row(p.id)).toMatchObject({ status: 'published', version: 3 });
    // Just after midnight in Tokyo (still the last day in UTC).
    const nextDay = new Date(`${lastDay}T00:01:00+09:00`).getTime() + DAY;
    expect(await t.app.jobs.run(JOB, new Date(nextDay))).toBe(1);
    expect(await row(p.id)).toMatchObject({ status: 'expired', version: 4 });
    expect(await t.app.jobs.run(JOB, new Date(nextDay + DAY))).toBe(0);
    expect(await row(p.id)).toMatchObject({ status: 'expired', version: 4 });
    expect(await row(welfare)).toMatchObject({ status: 'published', version: 3 });
  });

  describe('two background workers racing over the same postings', () => {
    let other: Instance | null = null;
    const otherSql = new StatementCounter();
    const claims = (c: StatementCounter) => c.statements.filter((s) => /^UPDATE [`"]?recruitment_posting[`"]? SET/i.test(s)).length;
    beforeAll(async () => {
      // MySQL/MariaDB: a second server on the same database. SQLite: the job's round started twice at once in this instance.
      if (onMysql) other = await secondInstance(t, { sqlLogger: otherSql });
    });
    afterAll(() => other?.close());

    test('each posting becomes EXPIRED once, its version raised by one', async () => {
      const ROUNDS = 3;
      const job = t.app.jobs.jobs.find((j) => j.name === JOB)!;
      for (let round = 0; round < ROUNDS; round++) {
        const ps = [];
        for (let i = 0; i < 3; i++) ps.push(await publish(nerimaGroup.id, { title: `競合 ${round}-${i}` }));
        for (const p of ps) await setExpiresOn(p.id, tokyoDate(Date.now() - DAY));
        t.sql.reset();
        otherSql.reset();
        const now = new Date();
        const handled = await Promise.all(other ? [t.app.jobs.run(JOB, now), other.app.jobs.run(JOB, now)] : [job.run(now), job.run(now)]);
        expect(handled.reduce((a, b) => a + b, 0)).toBe(3);
        // Both runs issued their compare-and-set (neither was joined to the other's round).
        expect(other ? [claims(t.sql), claims(otherSql)] : [claims(t.sql)]).toEqual(other ? [1, 1] : [2]);
        for (const p of ps) expect(await row(p.id)).toMatchObject({ status: 'expired', version: 4 });
      }
      expect(await row(welfare)).toMatchObject({ status: 'published', version: 3 });
    });
  });
});

describe('concurrency', () => {
  let group: Group;
  beforeAll(async () => {
    group = await registerGroup({ name: '同時操作の会' });
  });

  /** A trigger widens the window between the review row and the status change, so that a missing lock would show on MariaDB. */
  test('parallel reviews of one version: exactly one is recorded and applied, the others are posting.changed', async () => {
    await createTrigger(t, { name: 'slow_posting_review', timing: 'BEFORE', event: 'INSERT', table: 'recruitment_posting_review', sqlite: 'SELECT 1;', mysql: 'DO SLEEP(0.2);' });
    try {
      for (let round = 0; round < 2; round++) {
        const p = await create(group.id, { title: `同時審査 ${round}` }, admin);
        await submit(p.id, 1, admin);
        const racing = await Promise.all([true, false, true, false].map((approve, i) => review({ id: p.id, expectedVersion: 2, approve, note: `審査 ${i}` }, staff)));
        expect(serverFailures(racing)).toEqual([]);
        const won = racing.filter((r) => r.errors === undefined);
        expect(won).toHaveLength(1);
        expect(racing.filter((r) => messageKeys(r)[0] === 'posting.changed')).toHaveLength(3);
        expect(await count('recruitment_posting_review', 'postingId = ?', [Number(p.id)])).toBe(1);
        const after = (await ok(t, ONE, { id: p.id }, staff)).recruitmentPosting;
        expect(after.version).toBe(3);
        expect(after.status).toBe(won[0].data.reviewRecruitmentPosting.status);
        expect(after.reviews).toEqual(won[0].data.reviewRecruitmentPosting.reviews);
      }
    } finally {
      await dropTrigger(t, 'slow_posting_review');
    }
  });

  test('closing while the expiry job runs: one of the two, the version raised once', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await publish(group.id, { title: `終了と期限 ${round}` });
      await setExpiresOn(p.id, tokyoDate(Date.now() - DAY));
      const [closed, expired] = await Promise.all([t.gql(CLOSE, { id: p.id, v: 3, r: '終了' }, { token: staff }), t.app.jobs.run(JOB, new Date())]);
      expect(serverFailures([closed])).toEqual([]);
      const now = await row(p.id);
      expect(now.version).toBe(4);
      if (closed.errors === undefined) {
        expect([now.status, expired]).toEqual(['closed', 0]);
      } else {
        expect(messageKeys(closed)[0]).toMatch(/^posting\.(changed|notPublished)$/);
        expect([now.status, expired]).toEqual(['expired', 1]);
      }
    }
  });

  test('a posting id that is not a number is simply not found', async () => {
    for (const id of ['abc', '-1', '0', '1.5']) {
      expect([id, errorCodes(await publicOne(id))]).toEqual([id, ['NOT_FOUND']]);
      expect([id, errorCodes(await t.gql(ONE, { id }, { token: staff }))]).toEqual([id, ['NOT_FOUND']]);
    }
  });
});

describe('access', () => {
  let group: Group;
  let draft: { id: string; version: number };
  let inReview: { id: string; version: number };
  let published: { id: string; version: number };

  beforeAll(async () => {
    group = await registerGroup({ name: '権限検査の会' });
    draft = await create(group.id, { title: '権限の下書き' });
    inReview = await submit((await create(group.id, { title: '権限の審査中' })).id, 1);
    published = await publish(group.id, { title: '権限の公開中' });
  });

  test('contractor staff and members are refused on every staff posting operation, with no data and nothing written', async () => {
    const calls: Array<[string, string, Record<string, unknown>]> = [
      ['recruitmentPostings', LIST, {}],
      ['recruitmentPostings', LIST, { s: 'IN_REVIEW' }],
      ['recruitmentPosting', ONE, { id: published.id }],
      ['createRecruitmentPosting', CREATE, { i: input(group.id, { title: '請負の募集' }) }],
      ['updateRecruitmentPosting', UPDATE, { id: draft.id, v: draft.version, i: input(group.id, { title: '請負が変えた題' }) }],
      ['submitRecruitmentPosting', SUBMIT, { id: draft.id, v: draft.version }],
      ['reviewRecruitmentPosting', REVIEW, { i: { id: inReview.id, expectedVersion: inReview.version, approve: true, acknowledgeFlags: true } }],
      ['reviewRecruitmentPosting', REVIEW, { i: { id: inReview.id, expectedVersion: inReview.version, approve: false, note: '請負が戻す' } }],
      ['closeRecruitmentPosting', CLOSE, { id: published.id, v: published.version, r: '請負が終了' }],
    ];
    const postings = await postingCount();
    const reviews = await reviewCount();
    for (const [who, token] of [
      ['greenery', greenery],
      ['member', member.token],
    ]) {
      for (const [name, query, vars] of calls) {
        const res = await t.gql(query, vars, { token });
        expect([who, name, errorCodes(res)]).toEqual([who, name, ['FORBIDDEN']]);
        expect(res.data?.[name] ?? null).toBeNull();
        expect(JSON.stringify(res)).not.toContain('権限の');
      }
    }
    // Anonymous: refused too.
    for (const [name, query, vars] of calls) {
      const res = await t.gql(query, vars);
      expect(errorCodes(res)).not.toEqual([]);
      expect(res.data?.[name] ?? null).toBeNull();
    }
    expect(await postingCount()).toBe(postings);
    expect(await reviewCount()).toBe(reviews);
    expect(await row(draft.id)).toMatchObject({ status: 'draft', version: 1, title: '権限の下書き' });
    expect(await row(inReview.id)).toMatchObject({ status: 'inReview', version: 2 });
    expect(await row(published.id)).toMatchObject({ status: 'published', version: 3, closeReason: null });
    // The public queries stay open to them.
    expect(await publicIds(null, null, greenery)).toContain(published.id);
    expect((await t.gql(PUBLIC_ONE, { id: published.id }, { token: member.token })).data.publicPosting.id).toBe(published.id);
  });
});

describe('query cost', () => {
  const STAFF_QUERY = `query($g: ID) { recruitmentPostings(groupId: $g) { id title reviews { version decision reviewerId contactFlags } group { name } } }`;
  let group: Group;
  let have = 0;

  beforeAll(async () => {
    group = await registerGroup({ name: '件数検査の会', districtCode: 'oizumi', fieldCodes: ['RECYCLING'] });
  });
  const grow = async (to: number) => {
    for (; have < to; have++) {
      // Every other one returned once before approval: one or two reviews each.
      const p = await create(group.id, { title: `回収ボランティア ${have}`, districtCode: 'oizumi', fieldCodes: ['RECYCLING'] });
      let v = (await submit(p.id, 1)).version;
      if (have % 2 === 0) {
        v = (await review({ id: p.id, expectedVersion: v, approve: false, note: '日時を確認' })).data.reviewRecruitmentPosting.version;
        v = (await submit(p.id, v)).version;
      }
      expect((await review({ id: p.id, expectedVersion: v, approve: true })).data.reviewRecruitmentPosting.status).toBe('PUBLISHED');
    }
  };
  async function cost(query: string, vars: Record<string, unknown>, token?: string): Promise<{ statements: number; data: any }> {
    await t.settle();
    t.sql.reset();
    const res = await t.gql(query, vars, { token });
    expect(res.errors).toBeUndefined();
    return { statements: t.sql.count, data: res.data };
  }

  test('recruitmentPostings with reviews and group, and publicPostings, cost the same at 2 and at 8 postings', async () => {
    await grow(2);
    const small = await cost(STAFF_QUERY, { g: group.id }, staff);
    const smallPublic = await cost(PUBLIC_LIST, { f: 'RECYCLING', d: 'oizumi' });
    await grow(8);
    const large = await cost(STAFF_QUERY, { g: group.id }, staff);
    const largePublic = await cost(PUBLIC_LIST, { f: 'RECYCLING', d: 'oizumi' });
    console.log(
      `recruitmentPostings{reviews group}: ${small.statements} statements at 2, ${large.statements} at 8; publicPostings: ${smallPublic.statements} at 2, ${largePublic.statements} at 8`,
    );
    expect(small.data.recruitmentPostings).toHaveLength(2);
    expect(large.data.recruitmentPostings).toHaveLength(8);
    const reviewsIn = (d: any) => d.recruitmentPostings.reduce((n: number, p: { reviews: unknown[] }) => n + p.reviews.length, 0);
    expect(reviewsIn(small.data)).toBe(3);
    expect(reviewsIn(large.data)).toBe(12);
    expect(large.data.recruitmentPostings.every((p: { group: { name: string } }) => p.group.name === '件数検査の会')).toBe(true);
    expect(smallPublic.data.publicPostings).toHaveLength(2);
    expect(largePublic.data.publicPostings).toHaveLength(8);
    // The session, the postings, the reviews (one loader call), the groups (one loader call).
    expect(small.statements).toBe(4);
    expect(large.statements).toBe(small.statements);
    // Anonymous: one statement, the postings with their groups.
    expect(smallPublic.statements).toBe(1);
    expect(largePublic.statements).toBe(smallPublic.statements);
  });
});

describe('contact flags on the formats people write', () => {
  test.each([
    ['+81-3-1234-5678', ['PHONE']],
    ['+81 90 1234 5678', ['PHONE']],
    ['03.1234.5678', ['PHONE']],
    ['03 ー 1234 ー 5678', ['PHONE']],
    ['0900-1200', []],
    ['toiawase@example.jp', ['EMAIL']],
    ['info [at] example.jp', ['EMAIL']],
    ['電話 03-1234-5678 またはメール a@b.jp', ['PHONE', 'EMAIL']],
  ])('%s', (text, flags) => {
    expect(contactFlagsIn(text).map((f) => f.toUpperCase())).toEqual(flags);
  });
});
