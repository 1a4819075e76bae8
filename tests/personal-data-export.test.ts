import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, createCohort, errorCodes, fastMembers, ok, type Member } from './helpers/intake';
import { personalTables } from '../server/src/modules';
import { personalRegister } from '../server/src/core/personal';
import { Account } from '../server/src/modules/accounts';
import { AuditEntry } from '../server/src/modules/audit';
import { fullMember, type FullMember } from './helpers/full-member';

/**
 * The member's data export (開示): every table holding personal information is declared with how it
 * finds the member's rows; every @Personal-marked column of every table is exported and labelled;
 * the member downloads it, staff produce it with an identity check, and staff reads show in the
 * member's access history (閲覧履歴) with an organisation and a staff code, never a name.
 */
let t: TestServer;
let admin: string;
let staff: string;
let greenery: string;
let member: Member;
let other: Member;
let cohortId: string;

const EXPORT = `{ myPersonalData { fileName json html } }`;
const HISTORY = `query($o: Int, $l: Int) { myAccessHistory(offset: $o, limit: $l) { total items { at dataKinds action organisation contractor staffCode } } }`;
const PRODUCE = `mutation($id: ID!, $c: DataExportChannel!, $i: Boolean!) { produceMemberDataExport(accountId: $id, channel: $c, identityChecked: $i) { fileName json html } }`;

beforeAll(async () => {
  t = await startTestServer();
  [admin, staff, greenery] = await Promise.all([t.tokenFor('admin'), t.tokenFor('staff'), t.tokenFor('greenery')]);
  [member, other] = await fastMembers(t, 2, (i) => ({ name: i === 0 ? '開示 太郎' : '別人 花子', nameKana: i === 0 ? 'カイジ タロウ' : 'ベツジン ハナコ' }));
  cohortId = await createCohort(t, COURSE.WELFARE);
  await applyOk(t, member.token, cohortId, { motivation: '地域の福祉に関わりたいと考えて申し込みます（開示テスト）' });
  await applyOk(t, other.token, cohortId, { motivation: '別人の志望動機です。地域の活動に参加したいと思います。' });
});
afterAll(() => t.close());

/** Marked tables about people who are not members: a community group's representative is reached through the group, and erased when it ends. */
const NOT_A_MEMBER: Record<string, string> = { CommunityGroup: 'the group’s representative' };

describe('declarations', () => {
  const entityNames = () => new Set(t.app.dataSource.entityMetadatas.map((m) => m.name));

  test('every marked column of every table is declared for the export, with a Japanese label', () => {
    const tables = new Map(personalTables.map((d) => [d.entity.name, d]));
    const missing: string[] = [];
    for (const mark of personalRegister()) {
      if (!entityNames().has(mark.entity)) continue; // a view type over the tables (e.g. AttendanceCell), not a table
      if (NOT_A_MEMBER[mark.entity]) continue;
      const declared = tables.get(mark.entity);
      // A mark on a getter (the API's view) is exported through the column that stores it.
      const column = declared?.stored?.[mark.field] ?? mark.field;
      if (!declared) missing.push(`${mark.entity}: no declaration`);
      else if (!t.app.dataSource.getMetadata(declared.entity).findColumnWithPropertyName(column))
        missing.push(`${mark.entity}.${mark.field}: not a column; name its column in stored`);
      else if (!declared.labels[column]) missing.push(`${mark.entity}.${column}: no label`);
      else if (declared.secret?.includes(column)) missing.push(`${mark.entity}.${column}: marked but declared secret`);
    }
    expect(missing).toEqual([]);
  });

  test('every table with a column naming an account is declared, or is known not to hold a member’s data', () => {
    // Staff-side tables name an account as the staff member who acted (createdBy, actorId, …), not as a subject.
    const NOT_MEMBER_DATA = new Set(['AuditEntry', 'AuditSubject']);
    const declared = new Set(personalTables.map((d) => d.entity.name));
    const undeclared = t.app.dataSource.entityMetadatas
      .filter((m) => m.columns.some((c) => c.propertyName === 'accountId'))
      .map((m) => m.name)
      .filter((name) => !declared.has(name) && !NOT_MEMBER_DATA.has(name));
    expect(undeclared).toEqual([]);
  });

  test('labels, secrets and owners name real columns; owners point at declared tables', () => {
    const problems: string[] = [];
    const declared = new Set(personalTables.map((d) => d.entity));
    for (const d of personalTables) {
      const meta = t.app.dataSource.getMetadata(d.entity);
      const has = (p: string) => !!meta.findColumnWithPropertyName(p);
      for (const k of [...Object.keys(d.labels), ...(d.secret ?? []), ...Object.keys(d.values ?? {}), d.owner.column]) if (!has(k)) problems.push(`${meta.name}.${k}`);
      if ('parent' in d.owner && !declared.has(d.owner.parent)) problems.push(`${meta.name}: parent ${d.owner.parent.name} not declared`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the member’s own export', () => {
  test('JSON holds the member’s rows and no one else’s; secrets are left out; the document is Japanese', async () => {
    const { myPersonalData: file } = await ok(t, EXPORT, {}, member.token);
    expect(file.fileName).toMatch(new RegExp(`^personal-data-${member.loginId}-\\d{8}$`));
    const doc = JSON.parse(file.json);
    expect(doc.format).toBe('college-portal/personal-data-export');
    expect(doc.accountId).toBe(member.id);
    const table = (entity: string) => doc.sections.flatMap((s: any) => s.tables).find((x: any) => x.entity === entity);
    expect(table('Account').rows).toHaveLength(1);
    expect(table('Account').rows[0]).toMatchObject({ id: member.id, loginId: member.loginId, name: '開示 太郎', nameKana: 'カイジ タロウ', email: member.email });
    expect(table('Account').rows[0]).not.toHaveProperty('passwordHash');
    expect(table('Account').rows[0]).not.toHaveProperty('totpSecret');
    expect(table('Application').rows.map((r: any) => r.motivation)).toEqual(['地域の福祉に関わりたいと考えて申し込みます（開示テスト）']);
    expect(table('Session').rows[0]).not.toHaveProperty('id');
    expect(file.json).not.toContain('別人');
    expect(doc.references.cohorts[cohortId]).toMatch(/年度）$/);

    expect(file.html).toContain('<html lang="ja">');
    expect(file.html).toContain('<th scope="row">志望動機</th><td>地域の福祉に関わりたいと考えて申し込みます（開示テスト）</td>');
    expect(file.html).toContain('<th scope="row">状態</th><td>申込済み</td>');
    expect(file.html).not.toContain('別人');
    // No column name or code in English reaches the readable document's cells.
    const cells = [...file.html.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);
    expect(cells.filter((c) => /^[a-z][A-Za-z]+$/.test(c))).toEqual([]);
  });

  test('the export is audited, without values, and is not a staff read in the access history', async () => {
    await ok(t, EXPORT, {}, other.token);
    const rows = await t.app.dataSource.getRepository(AuditEntry).findBy({ action: 'privacy.export', actorId: other.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].targetIdList).toBe(String(other.id));
    expect((await ok(t, HISTORY, {}, other.token)).myAccessHistory).toEqual({ total: 0, items: [] });
  });

  test('anonymous callers are refused', async () => {
    expect(errorCodes(await t.gql(EXPORT))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(HISTORY))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('staff produce the export at the counter', () => {
  test('ward staff with an identity check get the same document; audited with the channel', async () => {
    const produced = (await ok(t, PRODUCE, { id: String(member.id), c: 'COUNTER', i: true }, staff)).produceMemberDataExport;
    const own = (await ok(t, EXPORT, {}, member.token)).myPersonalData;
    const strip = (json: string) => {
      const d = JSON.parse(json);
      return { ...d, producedAt: null, accessHistory: null, sections: d.sections.filter((s: any) => s.key !== 'security') };
    };
    expect(strip(produced.json)).toEqual(strip(own.json));
    const audit = await t.app.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'privacy.exportForMember' });
    expect(audit).toMatchObject({ targetType: 'Account', targetIdList: String(member.id), reason: 'counter', actorRole: 'ward_staff' });
  });

  test('without the identity check: a field error; a staff account or an unknown id: not found', async () => {
    const res = await t.gql(PRODUCE, { id: String(member.id), c: 'POST', i: false }, { token: staff });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fieldErrors[0]).toMatchObject({ field: 'identityChecked', messageKey: 'privacy.identityNotChecked' });
    const staffAccount = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: t.credentials.staff.loginId });
    expect(errorCodes(await t.gql(PRODUCE, { id: String(staffAccount.id), c: 'COUNTER', i: true }, { token: admin }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(PRODUCE, { id: '999999', c: 'COUNTER', i: true }, { token: admin }))).toEqual(['NOT_FOUND']);
  });

  test('contractor staff and members may not produce it', async () => {
    expect(errorCodes(await t.gql(PRODUCE, { id: String(member.id), c: 'COUNTER', i: true }, { token: greenery }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(PRODUCE, { id: String(member.id), c: 'COUNTER', i: true }, { token: other.token }))).toEqual(['FORBIDDEN']);
  });
});

describe('access history', () => {
  test('staff reads of the member’s personal fields appear, newest first, with organisation and staff code, never a name', async () => {
    const before = (await ok(t, HISTORY, {}, member.token)).myAccessHistory.total;
    await ok(t, `query($id: ID!) { member(id: $id) { id name email applications { id motivation } } }`, { id: String(member.id) }, staff);
    const { myAccessHistory: h } = await ok(t, HISTORY, {}, member.token);
    expect(h.total).toBe(before + 2);
    const staffAccount = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: t.credentials.staff.loginId });
    const kinds = h.items
      .slice(0, 2)
      .flatMap((i: any) => i.dataKinds)
      .sort();
    expect(kinds).toEqual(['Account', 'Application']);
    for (const item of h.items.slice(0, 2)) {
      expect(item).toMatchObject({
        action: 'pii.read',
        organisation: '練馬区 地域文化部 協働推進課',
        contractor: false,
        staffCode: `S${String(staffAccount.id).padStart(8, '0')}`,
      });
    }
    expect(JSON.stringify(h)).not.toContain(staffAccount.name);
    // The other member's history does not show it.
    expect((await ok(t, HISTORY, {}, other.token)).myAccessHistory.items.filter((i: any) => i.action === 'pii.read')).toEqual([]);
  });

  test('a contractor’s read names the contractor and a C- code; the counter export shows too', async () => {
    const greeneryCohort = await createCohort(t, COURSE.GREENERY);
    await applyOk(t, other.token, greeneryCohort, { motivation: 'みどりの活動にも参加したいと思い申し込みます。' });
    await ok(t, `query($id: ID!) { member(id: $id) { id name } }`, { id: String(other.id) }, greenery);
    const contractorStaff = await t.app.dataSource.getRepository(Account).findOneByOrFail({ loginId: t.credentials.greenery.loginId });
    const { myAccessHistory: h } = await ok(t, HISTORY, { l: 200 }, other.token);
    expect(h.items.filter((i: any) => i.contractor)).toEqual([
      expect.objectContaining({
        action: 'pii.read',
        dataKinds: ['Account'],
        organisation: 'みどりのまちづくり株式会社',
        staffCode: `C-${String(contractorStaff.id).padStart(4, '0')}`,
      }),
    ]);
    expect(JSON.stringify(h)).not.toContain(contractorStaff.name);
    // The document says who in words too.
    const html = (await ok(t, EXPORT, {}, other.token)).myPersonalData.html;
    expect(html).toContain(`委託事業者 みどりのまちづくり株式会社 C-${String(contractorStaff.id).padStart(4, '0')}`);
    expect((await ok(t, HISTORY, { l: 200 }, member.token)).myAccessHistory.items.some((i: any) => i.action === 'privacy.exportForMember')).toBe(true);
  });

  test('paging and bad paging', async () => {
    const all = (await ok(t, HISTORY, { l: 200 }, member.token)).myAccessHistory;
    const second = (await ok(t, HISTORY, { o: 1, l: 1 }, member.token)).myAccessHistory;
    expect(second.total).toBe(all.total);
    expect(second.items).toEqual([all.items[1]]);
    expect(errorCodes(await t.gql(HISTORY, { l: 0 }, { token: member.token }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.gql(HISTORY, { o: -1 }, { token: member.token }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a member who went through every flow', () => {
  let full: FullMember;
  let doc: any;
  let html: string;
  beforeAll(async () => {
    full = await fullMember(t, { passkey: false, academicYear: 2031 });
    const file = (await ok(t, EXPORT, {}, full.token)).myPersonalData;
    doc = JSON.parse(file.json);
    html = file.html;
  }, 180_000);

  test('every marked column of every table is in the export, with the member’s values', () => {
    const tables = new Map(personalTables.map((d) => [d.entity.name, d]));
    const exported = new Map<string, any[]>(doc.sections.flatMap((s: any) => s.tables).map((x: any) => [x.entity, x.rows]));
    const missing: string[] = [];
    for (const mark of personalRegister()) {
      const declared = tables.get(mark.entity);
      if (!declared || NOT_A_MEMBER[mark.entity]) continue;
      const column = declared.stored?.[mark.field] ?? mark.field;
      const rows = exported.get(mark.entity) ?? [];
      if (!rows.some((r) => column in r)) missing.push(`${mark.entity}.${column}`);
    }
    expect(missing).toEqual([]);
  });

  test('every value the member or staff typed about them is in the JSON and in the readable document', () => {
    const json = JSON.stringify(doc);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    // Markers that live only in columns the document does not show (none today) would be listed here.
    const notInJson = Object.entries(full.markers).filter(([, v]) => !json.includes(v));
    const notInHtml = Object.entries(full.markers).filter(([, v]) => !html.includes(escape(v)));
    // The first address is kept only where a mail was sent to it (account tokens): in the export too.
    expect(notInJson.map(([k]) => k)).toEqual([]);
    expect(notInHtml.map(([k]) => k)).toEqual([]);
  });

  test('the document has no English column names or codes in its cells', () => {
    const cells = [...html.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((x) => x[1]);
    // Every column name and every stored code the declarations know (a random check code may look like a word: it is not one of these).
    const codes = new Set<string>();
    for (const d of personalTables) {
      for (const c of t.app.dataSource.getMetadata(d.entity).columns) codes.add(c.propertyName);
      for (const words of Object.values(d.values ?? {})) for (const code of Object.keys(words)) if (!/^(true|false)$/.test(code)) codes.add(code);
    }
    for (const code of ['pending', 'answered', 'declined', 'self', 'email', 'request', 'erased', 'active']) codes.add(code);
    expect(cells.filter((c) => codes.has(c) || c.split('、').some((part) => codes.has(part)))).toEqual([]);
  });
});
