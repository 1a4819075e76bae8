import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { staffToken } from './helpers/staff-token';
import { AuditEntry } from '../server/src/modules/audit';
import { Account } from '../server/src/modules/accounts';
import { Role } from '../server/src/modules/permissions';

/** Member search (scope, audit, kana forms, paging), the member page with applications and history, staff and contractor edits. */
let t: TestServer;
let ward: string;
let green: string;
let admin: string;
let auditor: string;
/** Applied to greenery (and one to welfare too). */
let hanako: Member;
/** Applied to welfare only: outside the greenery contractor's scope. */
let taro: Member;
/** Never applied. */
let jiro: Member;
/** 25 members sharing a reading, for paging. */
let many: Member[];

const SEARCH = `query($s: String!, $o: Int, $l: Int) { members(search: $s, offset: $o, limit: $l) { total items { id loginId name nameKana email } } }`;
const ids = (res: any) => res.data.members.items.map((m: any) => Number(m.id));

beforeAll(async () => {
  t = await startTestServer();
  [ward, green, admin] = await Promise.all([t.tokenFor('staff'), t.tokenFor('greenery'), t.tokenFor('admin')]);
  auditor = (await staffToken(t, Role.AUDITOR)).token;
  [hanako, taro, jiro] = await fastMembers(
    t,
    3,
    (i) =>
      [
        { name: '練馬 花子', nameKana: 'ネリマ ハナコ', email: 'hanako.nerima@example.jp' },
        { name: '光が丘 太郎', nameKana: 'ひかりがおか たろう', email: 'taro.h@example.jp' },
        { name: '石神井 次郎', nameKana: 'シャクジイ ジロウ', email: 'jiro@example.jp' },
      ][i],
  );
  await applyOk(t, hanako.token, COURSE.GREENERY, { motivation: '緑のまちづくりに参加したいと考えています。よろしくお願いします。' });
  await applyOk(t, hanako.token, COURSE.WELFARE, { motivation: '地域の高齢者の見守り活動に参加したいと考えています。講座で基礎から学びたいです。' });
  await applyOk(t, taro.token, COURSE.WELFARE, { motivation: '地域の高齢者の見守り活動に参加したいと考えています。講座で基礎から学びたいです。' });
  many = await fastMembers(t, 25, (i) => ({ name: `大泉 会員${i}`, nameKana: `オオイズミ ${String.fromCharCode(0x30a2 + i * 2)}`, email: `oizumi${i}@example.jp` }));
});
afterAll(() => t.close());

describe('search', () => {
  test('a reading matches in hiragana, katakana, half width and with any spaces', async () => {
    for (const s of ['はなこ', 'ハナコ', 'ﾊﾅｺ', 'ね り ま　は', 'ネリマハナコ']) {
      const res = await t.gql(SEARCH, { s }, { token: ward });
      expect([s, res.errors]).toEqual([s, undefined]);
      expect([s, ids(res)]).toEqual([s, [hanako.id]]);
    }
    // Hiragana stored, katakana typed.
    expect(ids(await t.gql(SEARCH, { s: 'タロウ' }, { token: ward }))).toEqual([taro.id]);
    // Near but different kana do not match (は is not ば).
    expect(ids(await t.gql(SEARCH, { s: 'ばなこ' }, { token: ward }))).toEqual([]);
  });

  test('a name, an email fragment, a login ID prefix in any case', async () => {
    expect(ids(await t.gql(SEARCH, { s: '花子' }, { token: ward }))).toEqual([hanako.id]);
    expect(ids(await t.gql(SEARCH, { s: 'H@EXAMPLE' }, { token: ward }))).toEqual([taro.id]);
    expect(ids(await t.gql(SEARCH, { s: hanako.loginId.toLowerCase() }, { token: ward }))).toEqual([hanako.id]);
    expect(ids(await t.gql(SEARCH, { s: hanako.loginId.slice(0, 6).toLowerCase() }, { token: ward }))).toContain(hanako.id);
    // A fragment from the middle of a login ID is not a prefix.
    expect(ids(await t.gql(SEARCH, { s: hanako.loginId.slice(3) }, { token: ward }))).not.toContain(hanako.id);
    // LIKE wildcards are plain characters.
    expect(ids(await t.gql(SEARCH, { s: '%%' }, { token: ward }))).toEqual([]);
  });

  test('staff accounts are not members', async () => {
    expect(ids(await t.gql(SEARCH, { s: 'ネリマ' }, { token: ward }))).toEqual([hanako.id]);
  });

  test('fewer than 2 characters after trimming is refused', async () => {
    for (const s of ['', ' あ ', '　a　']) {
      const res = await t.gql(SEARCH, { s }, { token: ward });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions.fieldErrors[0].messageKey).toBe('validation.searchTooShort');
    }
    for (const [o, l] of [
      [-1, 20],
      [0, 0],
      [0, 101],
    ]) {
      expect(errorCodes(await t.gql(SEARCH, { s: 'おおいずみ', o, l }, { token: ward }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  test('pages in reading order with the total of all matches', async () => {
    const expected = [...many].sort((a, b) => (a.nameKana < b.nameKana ? -1 : a.nameKana > b.nameKana ? 1 : a.id - b.id)).map((m) => m.id);
    const pages = [];
    for (const o of [0, 10, 20]) {
      const res = await t.gql(SEARCH, { s: 'おおいずみ', o, l: 10 }, { token: ward });
      expect(res.data.members.total).toBe(25);
      pages.push(...ids(res));
    }
    expect(pages).toEqual(expected);
    const past = await t.gql(SEARCH, { s: 'おおいずみ', o: 40, l: 10 }, { token: ward });
    expect(past.data.members).toEqual({ total: 25, items: [] });
  });

  test('contractor staff find only members who applied in their field', async () => {
    expect(ids(await t.gql(SEARCH, { s: '@example.jp', l: 100 }, { token: green }))).toEqual([hanako.id]);
    expect(ids(await t.gql(SEARCH, { s: 'たろう' }, { token: green }))).toEqual([]);
    const wardSees = ids(await t.gql(SEARCH, { s: '@example.jp', l: 100 }, { token: ward }));
    expect(wardSees).toEqual(expect.arrayContaining([hanako.id, taro.id, jiro.id]));
  });

  test('auditors and members may not search', async () => {
    expect(errorCodes(await t.gql(SEARCH, { s: 'はなこ' }, { token: auditor }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(SEARCH, { s: 'はなこ' }, { token: hanako.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(`query($id: ID!) { member(id: $id) { id } }`, { id: String(hanako.id) }, { token: auditor }))).toEqual(['FORBIDDEN']);
  });

  test('each search writes one audit entry with the members found, never the text', async () => {
    const ip = '10.0.0.51';
    await ok(t, SEARCH, { s: 'はなこ' }, ward);
    await t.gql(SEARCH, { s: 'ぎょうざ' }, { token: green, ip });
    await t.gql(SEARCH, { s: 'ネリマハナコ' }, { token: green, ip });
    const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'member.search', ip }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.targetType, r.targetIds])).toEqual([
      ['Account', []],
      ['Account', [String(hanako.id)]],
    ]);
    const all = await t.app.dataSource.getRepository(AuditEntry).find();
    expect(JSON.stringify(all)).not.toMatch(/はなこ|ぎょうざ|ネリマハナコ/);
    // The personal fields read are audited as reads too.
    const reads = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'pii.read', ip } });
    expect(reads.map((r) => r.targetIds)).toEqual([[String(hanako.id)]]);
  });

  test('the search form follows a member’s own correction', async () => {
    const res = await t.gql(
      `mutation($i: MyDetailsInput!) { updateMyDetails(input: $i) { nameKana } }`,
      { i: { name: '石神井 次郎', nameKana: 'シャクジイ ジロキチ', residency: 'RESIDENT', address: '東京都練馬区石神井町1-1' } },
      { token: jiro.token },
    );
    expect(res.errors).toBeUndefined();
    expect(ids(await t.gql(SEARCH, { s: 'じろきち' }, { token: ward }))).toEqual([jiro.id]);
  });
});

describe('a member’s page', () => {
  const MEMBER = `query($id: ID!) { member(id: $id) { id name applications { id cohortId cohort { course { fieldCode } } } changes { kind } } }`;

  test('ward staff see every application, newest first; contractor staff their field’s', async () => {
    const wardView = (await ok(t, MEMBER, { id: String(hanako.id) }, ward)).member;
    expect(wardView.applications.map((a: any) => a.cohortId)).toEqual([COURSE.WELFARE, COURSE.GREENERY]);
    const greenView = (await ok(t, MEMBER, { id: String(hanako.id) }, green)).member;
    expect(greenView.applications.map((a: any) => a.cohort.course.fieldCode)).toEqual(['GREENERY']);
    expect(greenView.changes).not.toBeNull();
  });

  test('outside the scope a member is not found', async () => {
    for (const id of [taro.id, jiro.id]) expect(errorCodes(await t.gql(MEMBER, { id: String(id) }, { token: green }))).toEqual(['NOT_FOUND']);
    const staffAccount = await t.app.dataSource.getRepository(Account).findOneByOrFail({ role: Role.WARD_STAFF });
    expect(errorCodes(await t.gql(MEMBER, { id: String(staffAccount.id) }, { token: ward }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(MEMBER, { id: 'x' }, { token: ward }))).toEqual(['NOT_FOUND']);
  });

  test('a page of 20 members with their applications costs a fixed number of statements', async () => {
    for (const m of many.slice(0, 20))
      await applyOk(t, m.token, COURSE.WELFARE, { motivation: '地域の高齢者の見守り活動に参加したいと考えています。講座で基礎から学びたいです。' });
    const q = `query($s: String!, $l: Int) { members(search: $s, limit: $l) { total items { id name applications { id status cohortId } } } }`;
    const counts: number[] = [];
    for (const l of [20, 3]) {
      await ok(t, q, { s: 'おおいずみ', l }, ward);
      await t.settle();
      t.sql.reset();
      const data = await ok(t, q, { s: 'おおいずみ', l }, ward);
      counts.push(t.sql.count);
      expect(data.members.items).toHaveLength(l);
      if (l === 20) expect(data.members.items.every((m: any) => m.applications.length === 1)).toBe(true);
    }
    // Session lookup, the page, the total, the applications (one statement for all), the audit write (the audit write is three: the chain head read and updated around the row, and the members it is about for their access history).
    expect(counts).toEqual([8, 8]);
  });
});

describe('staff and contractor edits', () => {
  const UPDATE = `mutation($i: StaffAccountUpdateInput!) { updateStaffAccount(input: $i) { id name nameKana email } }`;

  test('an administrator corrects a staff account; the address stays unique; it is audited', async () => {
    const target = await staffToken(t, Role.WARD_STAFF);
    const res = await t.gql(
      UPDATE,
      { i: { id: String(target.id), name: '練馬 新名', nameKana: 'ネリマ シンメイ', email: 'New.Name@Example.jp' } },
      { token: admin, ip: '192.0.2.52' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateStaffAccount).toEqual({ id: String(target.id), name: '練馬 新名', nameKana: 'ネリマ シンメイ', email: 'new.name@example.jp' });
    const [entry] = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'mutation', ip: '192.0.2.52' } });
    expect(entry.targetIds).toEqual([String(target.id)]);
    const taken = await t.gql(UPDATE, { i: { id: String(target.id), name: '練馬 新名', nameKana: 'ネリマ シンメイ', email: hanako.email } }, { token: admin });
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(messageKeys(taken)).toEqual(['account.emailTaken']);
    // Members are not staff accounts; ward staff may not edit.
    expect(errorCodes(await t.gql(UPDATE, { i: { id: String(hanako.id), name: 'x', nameKana: 'エックス', email: 'x@example.jp' } }, { token: admin }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(UPDATE, { i: { id: String(target.id), name: 'x', nameKana: 'エックス', email: 'x@example.jp' } }, { token: ward }))).toEqual(['FORBIDDEN']);
    const bad = await t.gql(UPDATE, { i: { id: String(target.id), name: ' ', nameKana: 'abc', email: 'nope' } }, { token: admin });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  test('a contractor is renamed; an ended one cannot be changed', async () => {
    const CONTRACTOR = `mutation($i: ContractorUpdateInput!) { updateContractor(input: $i) { id name fieldCode contractEndsOn allowedAddressRanges } }`;
    const created = (
      await ok(
        t,
        `mutation($i: ContractorInput!) { createContractor(input: $i) { id } }`,
        { i: { name: '株式会社みどり', fieldCode: 'AGRICULTURE', contractStartsOn: '2026-04-01', contractEndsOn: '2029-03-31', allowedAddressRanges: ['203.0.113.0/24'] } },
        admin,
      )
    ).createContractor;
    const renamed = await ok(t, CONTRACTOR, { i: { id: created.id, name: '株式会社みどり農園' } }, admin);
    expect(renamed.updateContractor).toEqual({
      id: created.id,
      name: '株式会社みどり農園',
      fieldCode: 'AGRICULTURE',
      contractEndsOn: '2029-03-31',
      allowedAddressRanges: ['203.0.113.0/24'],
    });
    expect(errorCodes(await t.gql(CONTRACTOR, { i: { id: created.id, name: 'x' } }, { token: ward }))).toEqual(['FORBIDDEN']);
    await ok(t, `mutation($id: ID!) { endContractor(id: $id) { id } }`, { id: created.id }, admin);
    const ended = await t.gql(CONTRACTOR, { i: { id: created.id, name: '別名' } }, { token: admin });
    expect(messageKeys(ended)).toEqual(['contractor.ended']);
  });
});
