import { alumniCohort } from './helpers/alumni';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { createTrigger, dropTrigger, onMysql, serverFailures } from './helpers/races';
import { Enrollment } from '../server/src/modules/intake';

import { FOLLOW_UP_NOTICE_VERSION } from '../server/src/modules/alumni';
import { CommunityGroup } from '../server/src/modules/community';

/**
 * The group registry (団体登録) over HTTP GraphQL: ward staff register groups after an interview,
 * correct them (compared with the version seen, each change a revision naming the fields changed,
 * never copying the representative or the notes), suspend, end and reactivate them; the public
 * directory shows active groups' public part only; contractors and members are refused; reading
 * the representative is audited; activity records and survey answers may name a registered group.
 */
let t: TestServer;
let staff: string;
let admin: string;
let greenery: string;
let staffId: string;
let greeneryId: string;
/** A member who is not an alumnus; later used for the access checks. */
let member: Member;

const G =
  'id name kind fieldCodes districtCode publicDescription publicContact status statusReason representativeName representativePhone representativeEmail interviewedOn interviewedBy interviewNotes version';
const REVS = 'revisions { version changedFields publicAfter reason changedBy }';
const REGISTER = `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { ${G} ${REVS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: CommunityGroupInput!) { updateCommunityGroup(id: $id, expectedVersion: $v, input: $i) { ${G} ${REVS} } }`;
const STATUS = `mutation($i: CommunityGroupStatusInput!) { setCommunityGroupStatus(input: $i) { id status statusReason version ${REVS} } }`;
const LIST = `query($s: GroupStatus, $f: FieldCode, $d: String, $x: String) { communityGroups(status: $s, fieldCode: $f, districtCode: $d, text: $x) { id name status } }`;
const ONE = `query($id: ID!) { communityGroup(id: $id) { ${G} ${REVS} } }`;
const DIRECTORY = `query($f: FieldCode, $d: String) { groupDirectory(fieldCode: $f, districtCode: $d) { id name kind fieldCodes districtCode publicDescription publicContact } }`;

const REP = { name: '豊玉 太郎', phone: '03-1234-5678', email: 'toyotama.rep@example.jp', notes: '代表の豊玉さんは防災部長を兼任（面談メモ・非公開）' };

/** A full registration input; the phone in full-width digits and hyphens. */
const input = (over: Record<string, unknown> = {}) => ({
  name: '豊玉北町会',
  kind: 'NEIGHBOURHOOD_ASSOCIATION',
  fieldCodes: ['DISASTER', 'WELFARE'],
  districtCode: 'nerima',
  publicDescription: '豊玉北地区の町会です。防災訓練と高齢者の見守りをしています。',
  publicContact: '区役所 地域振興課 経由',
  representativeName: REP.name,
  representativePhone: '０３－１２３４－５６７８',
  representativeEmail: REP.email,
  interviewedOn: '2025-06-10',
  interviewNotes: REP.notes,
  ...over,
});

const fieldErrorsOf = (res: GqlResult): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));
const groupCount = () => t.app.dataSource.getRepository(CommunityGroup).count();
const revisionCount = async (groupId?: string): Promise<number> => {
  const [row] = await t.app.dataSource.query(
    groupId ? 'SELECT COUNT(*) AS n FROM community_group_revision WHERE groupId = ?' : 'SELECT COUNT(*) AS n FROM community_group_revision',
    groupId ? [Number(groupId)] : [],
  );
  return Number(row.n);
};
const register = async (over: Record<string, unknown> = {}, token = staff) => (await ok(t, REGISTER, { i: input(over) }, token)).registerCommunityGroup;
const setStatus = (id: string, v: number, status: string, reason: string | null = null, token = staff) =>
  t.gql(STATUS, { i: { id, expectedVersion: v, status, reason } }, { token });
const directory = async (f: string | null = null, d: string | null = null) => {
  const res = await t.gql(DIRECTORY, { f, d });
  expect(res.errors).toBeUndefined();
  return res;
};
const directoryIds = async (f: string | null = null, d: string | null = null): Promise<string[]> => (await directory(f, d)).data.groupDirectory.map((g: { id: string }) => g.id);

interface AuditLine {
  action: string;
  targetType: string | null;
  targetIds: string[];
  fields: string[];
  requestId: string | null;
}
async function auditOf(res: GqlResult): Promise<AuditLine[]> {
  const requestId = res.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  await t.settle();
  const data = await ok(t, `{ auditLog(limit: 200) { action outcome targetType targetIds fields requestId } }`, {}, admin);
  return (data.auditLog as AuditLine[]).filter((e) => e.requestId === requestId);
}

beforeAll(async () => {
  t = await startTestServer();
  [staff, admin, greenery] = await Promise.all([t.tokenFor('staff'), t.tokenFor('admin'), t.tokenFor('greenery')]);
  staffId = (await ok(t, `{ me { id } }`, {}, staff)).me.id;
  greeneryId = (await ok(t, `{ me { id } }`, {}, greenery)).me.id;
  [member] = await fastMembers(t, 1);
});
afterAll(() => t.close());

test('the districts are the ward’s four, in order, for anyone', async () => {
  const res = await t.gql(`{ districts { code nameJa sortOrder } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.districts.map((d: { code: string; nameJa: string }) => `${d.code}:${d.nameJa}`)).toEqual(['nerima:練馬', 'hikarigaoka:光が丘', 'shakujii:石神井', 'oizumi:大泉']);
});

describe('registration', () => {
  let id: string;

  test('staff register a group with every field; the phone is normalised; the first revision is "registered"', async () => {
    const g = await register();
    id = g.id;
    expect(g).toMatchObject({
      name: '豊玉北町会',
      kind: 'NEIGHBOURHOOD_ASSOCIATION',
      fieldCodes: ['WELFARE', 'DISASTER'],
      districtCode: 'nerima',
      publicDescription: '豊玉北地区の町会です。防災訓練と高齢者の見守りをしています。',
      publicContact: '区役所 地域振興課 経由',
      status: 'ACTIVE',
      statusReason: null,
      representativeName: REP.name,
      representativePhone: '03-1234-5678',
      representativeEmail: REP.email,
      interviewedOn: '2025-06-10',
      interviewedBy: staffId,
      interviewNotes: REP.notes,
      version: 1,
    });
    expect(g.revisions).toHaveLength(1);
    expect(g.revisions[0]).toMatchObject({ version: 1, changedFields: ['registered'], reason: null, changedBy: staffId });
    expect(JSON.parse(g.revisions[0].publicAfter)).toEqual({
      name: '豊玉北町会',
      kind: 'neighbourhoodAssociation',
      fieldCodes: ['welfare', 'disaster'],
      districtCode: 'nerima',
      publicDescription: '豊玉北地区の町会です。防災訓練と高齢者の見守りをしています。',
      publicContact: '区役所 地域振興課 経由',
      status: 'active',
    });
    // Read back as stored.
    const back = (await ok(t, ONE, { id }, staff)).communityGroup;
    expect(back).toEqual(g);
    // Another ward staff member may be named as the interviewer; the admin registers too.
    const adminId = (await ok(t, `{ me { id } }`, {}, admin)).me.id;
    const other = await register({ name: '豊玉南町会', interviewedBy: adminId, representativePhone: null, representativeEmail: null, interviewNotes: null }, admin);
    expect(other).toMatchObject({ interviewedBy: adminId, representativePhone: null, representativeEmail: null, interviewNotes: null, version: 1 });
    expect(other.revisions[0].changedBy).toBe(adminId);
  });

  test('invalid input names the field and writes nothing', async () => {
    const groups = await groupCount();
    const revisions = await revisionCount();
    const bad = async (over: Record<string, unknown>) => {
      const res = await t.gql(REGISTER, { i: input({ name: '新しい会', ...over }) }, { token: staff });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.data?.registerCommunityGroup ?? null).toBeNull();
      return fieldErrorsOf(res);
    };
    expect((await bad({ name: '' })).every((f) => f.startsWith('name:'))).toBe(true);
    expect(await bad({ name: '' })).not.toEqual([]);
    expect(await bad({ name: '\u3000 ' })).toEqual(['name:validation.blank']);
    expect(await bad({ fieldCodes: [] })).toEqual(['fieldCodes:group.fieldRequired']);
    expect(await bad({ districtCode: 'shinjuku' })).toEqual(['districtCode:group.district']);
    expect(await bad({ interviewedOn: '2099-01-01' })).toEqual(['interviewedOn:group.interviewInFuture']);
    expect(await bad({ interviewedBy: greeneryId })).toEqual(['interviewedBy:group.interviewer']);
    expect(await bad({ interviewedBy: String(member.id) })).toEqual(['interviewedBy:group.interviewer']);
    expect(await bad({ interviewedBy: '99999999' })).toEqual(['interviewedBy:group.interviewer']);
    expect(await bad({ representativeEmail: 'not-an-address' })).toEqual(['representativeEmail:validation.email']);
    expect(await bad({ representativePhone: '12345' })).toEqual(['representativePhone:validation.phone']);
    expect(await bad({ representativePhone: '03-1234-5678-9999' })).toEqual(['representativePhone:validation.phone']);
    expect(await bad({ representativeName: '  ' })).toEqual(['representativeName:validation.name']);
    expect(await groupCount()).toBe(groups);
    expect(await revisionCount()).toBe(revisions);
  });

  test('the same name in the same district (full-width and space variants) is a duplicate; another district, or after the first ended, is not', async () => {
    const first = await register({ name: 'NPO法人 ねりま見守り隊', kind: 'NPO' });
    const groups = await groupCount();
    const revisions = await revisionCount();
    for (const name of ['NPO法人 ねりま見守り隊', 'ＮＰＯ法人\u3000ねりま見守り隊', 'NPO法人ねりま見守り隊', ' npo法人  ねりま見守り隊 ']) {
      const res = await t.gql(REGISTER, { i: input({ name, kind: 'NPO' }) }, { token: staff });
      expect(fieldErrorsOf(res)).toEqual(['name:group.duplicate']);
    }
    expect(await groupCount()).toBe(groups);
    expect(await revisionCount()).toBe(revisions);
    // A suspended group still holds its name.
    const suspended = (await setStatus(first.id, 1, 'SUSPENDED', '活動休止中')).data.setCommunityGroupStatus;
    expect(suspended.status).toBe('SUSPENDED');
    expect(fieldErrorsOf(await t.gql(REGISTER, { i: input({ name: 'ＮＰＯ法人 ねりま見守り隊', kind: 'NPO' }) }, { token: staff }))).toEqual(['name:group.duplicate']);
    // Another district: allowed.
    const elsewhere = await register({ name: 'ＮＰＯ法人\u3000ねりま見守り隊', kind: 'NPO', districtCode: 'hikarigaoka' });
    expect(elsewhere).toMatchObject({ name: 'ＮＰＯ法人\u3000ねりま見守り隊', districtCode: 'hikarigaoka', status: 'ACTIVE' });
    // Moving it into the first's district by a correction is a duplicate too.
    expect(fieldErrorsOf(await t.gql(UPDATE, { id: elsewhere.id, v: 1, i: input({ name: elsewhere.name, kind: 'NPO' }) }, { token: staff }))).toEqual(['name:group.duplicate']);
    // After the first ended: allowed in the same district.
    expect((await setStatus(first.id, 2, 'ENDED', '解散')).data.setCommunityGroupStatus).toMatchObject({ status: 'ENDED', statusReason: '解散', version: 3 });
    const again = await register({ name: 'NPO法人ねりま見守り隊', kind: 'NPO' });
    expect(again).toMatchObject({ districtCode: 'nerima', status: 'ACTIVE', version: 1 });
    // The ended one cannot come back while its name is taken again.
    expect(fieldErrorsOf(await setStatus(first.id, 3, 'ACTIVE'))).toEqual(['name:group.duplicate']);
  });

  test('corrections: only the changed fields are named; personal values never appear in the history', async () => {
    const before = (await ok(t, ONE, { id }, staff)).communityGroup;
    const changed = (
      await ok(t, UPDATE, { id, v: 1, i: input({ publicDescription: '防災訓練を年4回行う町会です。', representativePhone: '090-1111-2222', fieldCodes: ['DISASTER'] }) }, staff)
    ).updateCommunityGroup;
    expect(changed).toMatchObject({ version: 2, publicDescription: '防災訓練を年4回行う町会です。', representativePhone: '090-1111-2222', fieldCodes: ['DISASTER'] });
    expect(changed.revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(changed.revisions[0]).toMatchObject({ changedFields: ['fieldCodes', 'publicDescription', 'representativePhone'], changedBy: staffId, reason: null });
    expect(JSON.parse(changed.revisions[0].publicAfter)).toMatchObject({ publicDescription: '防災訓練を年4回行う町会です。', fieldCodes: ['disaster'] });
    // Only personal fields changed: named, not copied.
    const personal = (
      await ok(
        t,
        UPDATE,
        {
          id,
          v: 2,
          i: input({
            publicDescription: '防災訓練を年4回行う町会です。',
            fieldCodes: ['DISASTER'],
            representativeName: '北町 花子',
            representativePhone: '03-9876-5432',
            representativeEmail: 'kitamachi.hanako@example.jp',
            interviewNotes: '新代表の北町さんは元民生委員',
          }),
        },
        staff,
      )
    ).updateCommunityGroup;
    expect(personal.version).toBe(3);
    expect(personal.revisions[0].changedFields).toEqual(['representativeName', 'representativePhone', 'representativeEmail', 'interviewNotes']);
    const history = JSON.stringify(personal.revisions);
    for (const secret of [REP.name, '太郎', REP.phone, '090-1111-2222', '1111', REP.email, REP.notes, '北町 花子', '03-9876-5432', '9876', 'kitamachi', '民生委員', '防災部長'])
      expect(history).not.toContain(secret);
    // Unchanged input: no new version, no revision.
    const same = (
      await ok(
        t,
        UPDATE,
        {
          id,
          v: 3,
          i: input({
            publicDescription: '防災訓練を年4回行う町会です。',
            fieldCodes: ['DISASTER'],
            representativeName: '北町 花子',
            representativePhone: '03-9876-5432',
            representativeEmail: 'kitamachi.hanako@example.jp',
            interviewNotes: '新代表の北町さんは元民生委員',
          }),
        },
        staff,
      )
    ).updateCommunityGroup;
    expect(same.version).toBe(3);
    expect(await revisionCount(id)).toBe(3);
    expect(before.version).toBe(1);
  });

  test('a correction from a version seen before is CONFLICT group.changed and writes nothing', async () => {
    const revisions = await revisionCount(id);
    const stale = await t.gql(UPDATE, { id, v: 2, i: input({ name: '豊玉北町会（旧）' }) }, { token: staff });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(messageKeys(stale)).toEqual(['group.changed']);
    expect((await ok(t, ONE, { id }, staff)).communityGroup).toMatchObject({ name: '豊玉北町会', version: 3 });
    expect(await revisionCount(id)).toBe(revisions);
    const staleStatus = await setStatus(id, 1, 'SUSPENDED', '理由');
    expect(messageKeys(staleStatus)).toEqual(['group.changed']);
    expect(errorCodes(await t.gql(UPDATE, { id: '99999999', v: 1, i: input() }, { token: staff }))).toEqual(['NOT_FOUND']);
  });

  test(
    'parallel corrections from the same version: exactly one wins, one revision is added',
    async () => {
      const g = await register({ name: '石神井川を守る会', kind: 'VOLUNTEER_CIRCLE', districtCode: 'shakujii', fieldCodes: ['GREENERY'] });
      const racing = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          t.gql(
            UPDATE,
            { id: g.id, v: 1, i: input({ name: g.name, kind: 'VOLUNTEER_CIRCLE', districtCode: 'shakujii', fieldCodes: ['GREENERY'], publicDescription: `清掃活動 ${i}` }) },
            { token: staff },
          ),
        ),
      );
      expect(serverFailures(racing)).toEqual([]);
      const won = racing.filter((r) => r.errors === undefined);
      expect(won).toHaveLength(1);
      expect(racing.filter((r) => errorCodes(r)[0] === 'CONFLICT' && messageKeys(r)[0] === 'group.changed')).toHaveLength(5);
      expect(await revisionCount(g.id)).toBe(2);
      const now = (await ok(t, ONE, { id: g.id }, staff)).communityGroup;
      expect(now.version).toBe(2);
      expect(now.publicDescription).toBe(won[0].data.updateCommunityGroup.publicDescription);
    },
    onMysql ? 30_000 : 15_000,
  );

  /**
   * Register checks for a duplicate, then inserts; the district row, locked first, makes two
   * registrations of one name in one district check one after the other. A trigger widens the
   * window so that without the lock the race would show every time on MariaDB.
   */
  test('parallel registrations of one name in one district: exactly one is registered', async () => {
    await createTrigger(t, { name: 'slow_group_insert', timing: 'BEFORE', event: 'INSERT', table: 'community_group', sqlite: 'SELECT 1;', mysql: 'DO SLEEP(0.3);' });
    try {
      const groups = await groupCount();
      const racing = await Promise.all(
        ['光が丘学園町会', '光が丘学園\u3000町会', '光が丘学園 町会', '光が丘学園町会'].map((name) =>
          t.gql(REGISTER, { i: input({ name, districtCode: 'hikarigaoka' }) }, { token: staff }),
        ),
      );
      expect(serverFailures(racing)).toEqual([]);
      expect(racing.filter((r) => r.errors === undefined)).toHaveLength(1);
      expect(racing.filter((r) => fieldErrorsOf(r)[0] === 'name:group.duplicate')).toHaveLength(3);
      expect(await groupCount()).toBe(groups + 1);
    } finally {
      await dropTrigger(t, 'slow_group_insert');
    }
  });

  test('suspending needs a reason and takes the group out of the directory; reactivating brings it back; ENDED keeps it out', async () => {
    const g = (await ok(t, ONE, { id }, staff)).communityGroup;
    expect(await directoryIds()).toContain(id);
    for (const reason of [null, '', '   ']) {
      const res = await setStatus(id, g.version, 'SUSPENDED', reason);
      expect(fieldErrorsOf(res)).toEqual(['reason:group.reasonRequired']);
    }
    expect(fieldErrorsOf(await setStatus(id, g.version, 'ENDED'))).toEqual(['reason:group.reasonRequired']);
    expect(await revisionCount(id)).toBe(3);
    const suspended = (await setStatus(id, g.version, 'SUSPENDED', ' 代表者交代の手続き中 ')).data.setCommunityGroupStatus;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', statusReason: '代表者交代の手続き中', version: g.version + 1 });
    expect(suspended.revisions[0]).toMatchObject({ changedFields: ['status'], reason: '代表者交代の手続き中' });
    expect(JSON.parse(suspended.revisions[0].publicAfter).status).toBe('suspended');
    expect(await directoryIds()).not.toContain(id);
    expect((await ok(t, LIST, { s: 'SUSPENDED' }, staff)).communityGroups.map((x: { id: string }) => x.id)).toContain(id);
    expect((await ok(t, LIST, { s: 'ACTIVE' }, staff)).communityGroups.map((x: { id: string }) => x.id)).not.toContain(id);
    const back = (await setStatus(id, g.version + 1, 'ACTIVE')).data.setCommunityGroupStatus;
    expect(back).toMatchObject({ status: 'ACTIVE', statusReason: null, version: g.version + 2 });
    expect(await directoryIds()).toContain(id);
    const ended = (await setStatus(id, g.version + 2, 'ENDED', '町会の合併')).data.setCommunityGroupStatus;
    expect(ended).toMatchObject({ status: 'ENDED', statusReason: '町会の合併' });
    expect(await directoryIds()).not.toContain(id);
    expect(await revisionCount(id)).toBe(6);
    // The end deletes the representative and the interview notes, as the register says, and names them in the history.
    const gone = (
      await ok(
        t,
        `query($id: ID!) { communityGroup(id: $id) { representativeName representativePhone representativeEmail interviewNotes revisions { changedFields } } }`,
        { id },
        staff,
      )
    ).communityGroup;
    expect(gone).toMatchObject({ representativeName: '', representativePhone: null, representativeEmail: null, interviewNotes: null });
    expect(gone.revisions[0].changedFields).toEqual(['status', 'representativeName', 'representativePhone', 'representativeEmail', 'interviewNotes']);
    // It becomes active again only with a representative entered again.
    expect(fieldErrorsOf(await setStatus(id, g.version + 3, 'ACTIVE'))).toEqual(['status:group.representativeErased']);
  });
});

describe('the public directory', () => {
  let hikari: string;
  let oizumiGreen: string;
  let suspended: string;

  beforeAll(async () => {
    hikari = (
      await register({
        name: '光が丘見守りネット',
        kind: 'VOLUNTEER_CIRCLE',
        districtCode: 'hikarigaoka',
        fieldCodes: ['WELFARE'],
        representativeName: '光 一郎',
        representativePhone: '03-5555-0101',
        representativeEmail: 'hikari.ichiro@example.jp',
        interviewNotes: '光さんの自宅で面談（非公開）',
      })
    ).id;
    oizumiGreen = (
      await register({
        name: '大泉みどりの会',
        kind: 'OTHER',
        districtCode: 'shakujii',
        fieldCodes: ['GREENERY', 'AGRICULTURE'],
        representativeName: '大泉 次郎',
        representativePhone: '03-5555-0202',
        representativeEmail: 'oizumi.jiro@example.jp',
        interviewNotes: '次郎さんは区の緑化委員',
      })
    ).id;
    const s = await register({ name: '休止中の会', districtCode: 'hikarigaoka', fieldCodes: ['WELFARE'], publicDescription: '休止中の会の紹介' });
    suspended = s.id;
    expect((await setStatus(suspended, 1, 'SUSPENDED', '会員不足')).errors).toBeUndefined();
  });

  test('anyone reads active groups’ public part, never the representative or the interview', async () => {
    const res = await directory();
    const all = res.data.groupDirectory;
    const ids = all.map((g: { id: string }) => g.id);
    expect(ids).toEqual(expect.arrayContaining([hikari, oizumiGreen]));
    expect(ids).not.toContain(suspended);
    const active = (await ok(t, LIST, { s: 'ACTIVE' }, staff)).communityGroups.map((g: { id: string }) => g.id);
    expect([...ids].sort()).toEqual([...active].sort());
    expect(all.find((g: { id: string }) => g.id === hikari)).toEqual({
      id: hikari,
      name: '光が丘見守りネット',
      kind: 'VOLUNTEER_CIRCLE',
      fieldCodes: ['WELFARE'],
      districtCode: 'hikarigaoka',
      publicDescription: '豊玉北地区の町会です。防災訓練と高齢者の見守りをしています。',
      publicContact: '区役所 地域振興課 経由',
    });
    const raw = JSON.stringify(res.data);
    for (const secret of [
      '光 一郎',
      '03-5555-0101',
      'hikari.ichiro',
      '自宅で面談',
      '大泉 次郎',
      '03-5555-0202',
      'oizumi.jiro',
      '緑化委員',
      REP.email,
      REP.phone,
      '090-',
      '会員不足',
      '休止中の会',
    ])
      expect(raw).not.toContain(secret);
  });

  test('filters by field and by district', async () => {
    const green = await directoryIds('GREENERY');
    expect(green).toContain(oizumiGreen);
    expect(green).not.toContain(hikari);
    const agri = await directoryIds('AGRICULTURE', 'shakujii');
    expect(agri).toEqual([oizumiGreen]);
    const hik = await directoryIds(null, 'hikarigaoka');
    expect(hik).toContain(hikari);
    expect(hik).not.toContain(oizumiGreen);
    expect(hik).not.toContain(suspended);
    expect(await directoryIds('WELFARE', 'hikarigaoka')).toContain(hikari);
    expect(await directoryIds('RECYCLING', 'hikarigaoka')).toEqual([]);
  });

  test('the public type has no representative or notes: asking for them fails validation', async () => {
    for (const field of ['representativeName', 'representativePhone', 'representativeEmail', 'interviewNotes', 'status', 'revisions']) {
      const res = await t.gql(`{ groupDirectory { id ${field} } }`);
      expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.data?.groupDirectory).toBeUndefined();
    }
  });
});

describe('access', () => {
  let id: string;
  beforeAll(async () => {
    id = (await register({ name: '練馬区立公園愛護会', districtCode: 'nerima', fieldCodes: ['GREENERY'], kind: 'OTHER' })).id;
  });

  test('contractor staff and members are refused on every registry path, with no data', async () => {
    const calls: Array<[string, string, Record<string, unknown>]> = [
      ['communityGroups', LIST, {}],
      ['communityGroup', ONE, { id }],
      ['registerCommunityGroup', REGISTER, { i: input({ name: '請負の会', districtCode: 'oizumi' }) }],
      ['updateCommunityGroup', UPDATE, { id, v: 1, i: input({ name: '請負が変えた名前' }) }],
      ['setCommunityGroupStatus', STATUS, { i: { id, expectedVersion: 1, status: 'SUSPENDED', reason: '請負' } }],
    ];
    const groups = await groupCount();
    const revisions = await revisionCount();
    for (const token of [greenery, member.token]) {
      for (const [name, query, vars] of calls) {
        const res = await t.gql(query, vars, { token });
        expect([name, errorCodes(res)]).toEqual([name, ['FORBIDDEN']]);
        expect(res.data?.[name] ?? null).toBeNull();
        expect(JSON.stringify(res)).not.toContain(REP.name);
      }
    }
    expect(await groupCount()).toBe(groups);
    expect(await revisionCount()).toBe(revisions);
    expect((await ok(t, ONE, { id }, staff)).communityGroup).toMatchObject({ name: '練馬区立公園愛護会', version: 1, status: 'ACTIVE' });
    // Nor anonymously.
    expect(errorCodes(await t.gql(LIST, {}))).not.toEqual([]);
    expect((await t.gql(ONE, { id })).data?.communityGroup ?? null).toBeNull();
  });

  test('ward staff reading the representative is audited as pii.read naming CommunityGroup and the fields', async () => {
    const res = await t.gql(
      `query($id: ID!) { communityGroup(id: $id) { id name representativeName representativePhone representativeEmail interviewNotes } }`,
      { id },
      { token: staff },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.communityGroup.representativeName).toBe(REP.name);
    const reads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === 'CommunityGroup');
    expect(reads).toHaveLength(1);
    expect(reads[0].targetIds).toEqual([id]);
    expect([...reads[0].fields].sort()).toEqual(['interviewNotes', 'representativeEmail', 'representativeName', 'representativePhone']);
    // The list too.
    const list = await t.gql(`query($x: String) { communityGroups(text: $x) { id representativeName } }`, { x: '公園愛護' }, { token: staff });
    expect(list.data.communityGroups.map((g: { id: string }) => g.id)).toEqual([id]);
    const listReads = (await auditOf(list)).filter((e) => e.action === 'pii.read' && e.targetType === 'CommunityGroup');
    expect(listReads.map((e) => [e.targetIds, e.fields])).toEqual([[[id], ['representativeName']]]);
    // Public fields only: no pii.read.
    const plain = await t.gql(`query($id: ID!) { communityGroup(id: $id) { id name publicContact } }`, { id }, { token: staff });
    expect(plain.errors).toBeUndefined();
    expect((await auditOf(plain)).filter((e) => e.action === 'pii.read')).toEqual([]);
  });
});

describe('registry links: activity records and survey answers', () => {
  /** A reports activities; S1 and S2 answer the survey. All welfare alumni agreeing to follow-up. */
  let A: Member, S1: Member, S2: Member;
  let linked: { id: string; name: string };
  let paused: { id: string; name: string };
  let surveyId: string;
  const at = (day: string) => new Date(`${day}T10:00:00+09:00`);
  const ACTIVITY = 'id current { version groupId groupName fieldCodes source }';
  const ADD = `mutation($i: ActivityInput!) { addMyActivity(input: $i) { ${ACTIVITY} } }`;
  const MINE = `{ myActivityRecords { ${ACTIVITY} } }`;
  const QUESTIONS = [
    { key: 'activeFields', kind: 'ACTIVE_FIELDS', label: '活動している分野', required: true },
    { key: 'groups', kind: 'GROUPS', label: '活動している団体', required: false },
    { key: 'satisfaction', kind: 'SCALE', label: '講座は役に立ちましたか', required: true },
  ];

  beforeAll(async () => {
    [A, S1, S2] = await fastMembers(t, 3);
    await alumniCohort(t, staff, [A, S1, S2], 2030);
    for (const m of [A, S1, S2])
      await ok(
        t,
        `mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { current { granted } } }`,
        { g: true, v: FOLLOW_UP_NOTICE_VERSION },
        m.token,
      );
    linked = await register({ name: 'ＮＰＯ法人 大泉ふれあいの会', kind: 'NPO', districtCode: 'oizumi', fieldCodes: ['WELFARE'] });
    const p = await register({ name: '一時休止の会', districtCode: 'oizumi', fieldCodes: ['WELFARE'] });
    expect((await setStatus(p.id, 1, 'SUSPENDED', '会場の改修中')).errors).toBeUndefined();
    paused = p;
  });

  test('a self-report naming a registered group keeps its id and the registered name; an unknown or suspended group is refused', async () => {
    const added = (await ok(t, ADD, { i: { fieldCodes: ['WELFARE'], groupId: linked.id, groupName: '違う名前で書いた', startedOn: '2026-05-01' } }, A.token)).addMyActivity;
    expect(added.current).toEqual({ version: 1, groupId: linked.id, groupName: 'ＮＰＯ法人 大泉ふれあいの会', fieldCodes: ['WELFARE'], source: 'SELF_REPORT' });
    const noName = (await ok(t, ADD, { i: { fieldCodes: ['WELFARE'], groupId: linked.id, startedOn: '2026-06-01' } }, A.token)).addMyActivity;
    expect(noName.current).toMatchObject({ groupId: linked.id, groupName: 'ＮＰＯ法人 大泉ふれあいの会' });
    const before = (await ok(t, MINE, {}, A.token)).myActivityRecords.length;
    for (const groupId of ['99999999', paused.id]) {
      const res = await t.gql(ADD, { i: { fieldCodes: ['WELFARE'], groupId, startedOn: '2026-05-01' } }, { token: A.token });
      expect(fieldErrorsOf(res)).toEqual(['groupId:activity.groupUnknown']);
    }
    expect((await ok(t, MINE, {}, A.token)).myActivityRecords).toHaveLength(before);
    // An unregistered group is still written by name, without an id.
    const free = (await ok(t, ADD, { i: { fieldCodes: ['WELFARE'], groupName: '近所の体操サークル', startedOn: '2026-05-01' } }, A.token)).addMyActivity;
    expect(free.current).toMatchObject({ groupId: null, groupName: '近所の体操サークル' });
  });

  test('a record of a group suspended since can still be corrected or ended with its group; a new link to it is refused', async () => {
    const g = await register({ name: '休止前の会', districtCode: 'shakujii', fieldCodes: ['WELFARE'] });
    const rec = (await ok(t, ADD, { i: { fieldCodes: ['WELFARE'], groupId: g.id, startedOn: '2026-05-01' } }, A.token)).addMyActivity;
    expect((await setStatus(g.id, 1, 'SUSPENDED', '活動の休止')).errors).toBeUndefined();
    const CORRECT = `mutation($i: ActivityCorrectionInput!) { correctMyActivity(input: $i) { ${ACTIVITY} } }`;
    const ended = (await ok(t, CORRECT, { i: { id: rec.id, expectedVersion: 1, fieldCodes: ['WELFARE'], groupId: g.id, startedOn: '2026-05-01', endedOn: '2026-06-30' } }, A.token))
      .correctMyActivity;
    expect(ended.current).toMatchObject({ version: 2, groupId: g.id, groupName: '休止前の会' });
    const again = await t.gql(ADD, { i: { fieldCodes: ['WELFARE'], groupId: g.id, startedOn: '2026-07-01' } }, { token: A.token });
    expect(fieldErrorsOf(again)).toEqual(['groupId:activity.groupUnknown']);
  });

  test('a survey answer naming { groupId }: counted as group:<id> with the registered name, in the CSV, and an activity record with source SURVEY; a suspended group is refused', async () => {
    surveyId = (
      await ok(
        t,
        `mutation($t: String!, $f: FieldCode, $q: [SurveyQuestionInput!]!) { createSurvey(title: $t, fieldCode: $f, questions: $q) { id } }`,
        { t: '団体の調査', f: 'WELFARE', q: QUESTIONS },
        staff,
      )
    ).createSurvey.id;
    const cohortId = String((await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ accountId: S1.id })).cohortId);
    await ok(t, `mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { waves { wave { id } } } }`, { i: { surveyId, cohortId } }, staff);
    await t.app.jobs.runAll(at('2032-03-15'));
    const invitation = async (m: Member) => {
      const mine = (await ok(t, `{ mySurveys { id title } }`, {}, m.token)).mySurveys.filter((s: { title: string }) => s.title === '団体の調査');
      expect(mine).toHaveLength(1);
      return mine[0].id as string;
    };
    const SUBMIT = `mutation($id: ID!, $a: String!) { submitSurveyAnswers(id: $id, answers: $a) }`;
    const s1 = await invitation(S1);
    expect(
      (await ok(t, SUBMIT, { id: s1, a: JSON.stringify({ activeFields: ['WELFARE'], groups: [{ groupId: linked.id }, '手書きの会'], satisfaction: 4 }) }, S1.token))
        .submitSurveyAnswers,
    ).toBe(true);
    // A suspended (or unknown) group in an answer is refused, and the invitation stays pending.
    const s2 = await invitation(S2);
    for (const groupId of [paused.id, '99999999']) {
      const res = await t.gql(SUBMIT, { id: s2, a: JSON.stringify({ activeFields: ['WELFARE'], groups: [{ groupId }], satisfaction: 3 }) }, { token: S2.token });
      expect(fieldErrorsOf(res)).toEqual(['answers.groups:survey.groupUnknown']);
    }
    expect((await ok(t, `{ myActivityRecords { id } }`, {}, S2.token)).myActivityRecords).toEqual([]);
    // The answer became activity records: the registered group by id and name, the other by name.
    const records = (await ok(t, MINE, {}, S1.token)).myActivityRecords.map((r: any) => r.current);
    expect(records.sort((x: any, y: any) => x.groupName.localeCompare(y.groupName))).toEqual(
      [
        { version: 1, groupId: linked.id, groupName: 'ＮＰＯ法人 大泉ふれあいの会', fieldCodes: ['WELFARE'], source: 'SURVEY' },
        { version: 1, groupId: null, groupName: '手書きの会', fieldCodes: ['WELFARE'], source: 'SURVEY' },
      ].sort((x, y) => x.groupName.localeCompare(y.groupName)),
    );
    // Results: counted under group:<id>, labelled with the registered name.
    const results = (await ok(t, `query($s: ID!) { surveyResults(surveyId: $s) { answered questions { key counts { key label count } } } }`, { s: surveyId }, staff)).surveyResults;
    expect(results.answered).toBe(1);
    const groups = results.questions.find((q: { key: string }) => q.key === 'groups');
    expect([...groups.counts].sort((x: any, y: any) => x.key.localeCompare(y.key))).toEqual(
      [
        { key: `group:${linked.id}`, label: 'ＮＰＯ法人 大泉ふれあいの会', count: 1 },
        { key: '手書きの会', label: '手書きの会', count: 1 },
      ].sort((x, y) => x.key.localeCompare(y.key)),
    );
    // Suspended later: earlier answers keep the registered name in the results.
    expect((await setStatus(linked.id, 1, 'SUSPENDED', '一時休止')).errors).toBeUndefined();
    const later = (await ok(t, `query($s: ID!) { surveyResults(surveyId: $s) { questions { key counts { key label } } } }`, { s: surveyId }, staff)).surveyResults;
    expect(later.questions.find((q: { key: string }) => q.key === 'groups').counts).toContainEqual({ key: `group:${linked.id}`, label: 'ＮＰＯ法人 大泉ふれあいの会' });
    // The CSV writes the registered name, not the id.
    const csv: string = (await ok(t, `query($s: ID!) { surveyAnswersCsv(surveyId: $s) }`, { s: surveyId }, staff)).surveyAnswersCsv;
    expect(csv).toContain('ＮＰＯ法人 大泉ふれあいの会');
    expect(csv).toContain('手書きの会');
    expect(csv).not.toContain('groupId');
  });
});

describe('query cost', () => {
  const QUERY = `query($d: String) { communityGroups(districtCode: $d) { id name representativeName revisions { version changedFields } } }`;
  async function cost(): Promise<{ statements: number; groups: number; revisions: number }> {
    await t.settle();
    t.sql.reset();
    const res = await t.gql(QUERY, { d: 'oizumi' }, { token: staff });
    expect(res.errors).toBeUndefined();
    const statements = t.sql.count;
    return {
      statements,
      groups: res.data.communityGroups.length,
      revisions: res.data.communityGroups.reduce((n: number, g: { revisions: unknown[] }) => n + g.revisions.length, 0),
    };
  }

  test('communityGroups with revisions costs the same at 3 and at 10 groups', async () => {
    let have = (await ok(t, LIST, { d: 'oizumi' }, staff)).communityGroups.length;
    expect(have).toBeLessThanOrEqual(3);
    const grow = async (to: number) => {
      for (let i = have; i < to; i++, have++) {
        const g = await register({ name: `大泉の会 ${to}-${i}`, districtCode: 'oizumi', fieldCodes: ['RECYCLING'] });
        if (i % 2 === 0) await ok(t, UPDATE, { id: g.id, v: 1, i: input({ name: g.name, districtCode: 'oizumi', fieldCodes: ['RECYCLING'], publicContact: `窓口 ${i}` }) }, staff);
      }
    };
    await grow(3);
    const small = await cost();
    await grow(10);
    const large = await cost();
    console.log(`communityGroups{revisions}: ${small.statements} statements at ${small.groups} groups, ${large.statements} at ${large.groups} groups`);
    expect(small.groups).toBe(3);
    expect(large.groups).toBe(10);
    expect(large.revisions).toBeGreaterThan(small.revisions);
    // The session, the groups, the revisions (one loader call), the pii.read audit row with the
    // chain head read and updated around it (a representative is not a member: no access-history row).
    expect(small.statements).toBe(6);
    expect(large.statements).toBe(small.statements);
  });
});

describe('the list of districts', () => {
  const SAVE = `mutation($i: DistrictInput!) { saveDistrict(input: $i) { code nameJa nameEn sortOrder neighbourCodes } }`;

  test('ward administrators add a district or change one; it is used at once; nobody else may change the list', async () => {
    const admin = await t.tokenFor('admin');
    const list = (await ok(t, SAVE, { i: { code: 'seki', nameJa: '関町', nameEn: 'Sekimachi', sortOrder: 5, neighbourCodes: ['shakujii', 'oizumi'] } }, admin)).saveDistrict;
    expect(list.map((d: any) => d.code)).toEqual(['nerima', 'hikarigaoka', 'shakujii', 'oizumi', 'seki']);
    expect(list[4]).toEqual({ code: 'seki', nameJa: '関町', nameEn: 'Sekimachi', sortOrder: 5, neighbourCodes: ['shakujii', 'oizumi'] });
    const renamed = (await ok(t, SAVE, { i: { code: 'seki', nameJa: '関町地区', nameEn: 'Sekimachi', sortOrder: 5, neighbourCodes: ['shakujii'] } }, admin)).saveDistrict;
    expect(renamed[4]).toMatchObject({ nameJa: '関町地区', neighbourCodes: ['shakujii'] });
    // The new district is one a group can be registered in, and anyone reads the list.
    expect((await t.gql(`{ districts { code } }`)).data.districts.map((d: any) => d.code)).toContain('seki');
    for (const [i, key] of [
      [{ code: 'Seki!', nameJa: 'x', nameEn: 'x', sortOrder: 6, neighbourCodes: [] }, 'code:district.code'],
      [{ code: 'kita', nameJa: '北', nameEn: 'Kita', sortOrder: 6, neighbourCodes: ['nowhere'] }, 'neighbourCodes:district.neighbours'],
      [{ code: 'kita', nameJa: '北', nameEn: 'Kita', sortOrder: 6, neighbourCodes: ['kita'] }, 'neighbourCodes:district.neighbours'],
    ] as const)
      expect(fieldErrorsOf(await t.gql(SAVE, { i }, { token: admin }))).toEqual([key]);
    for (const token of [staff, await t.tokenFor('greenery')])
      expect(errorCodes(await t.gql(SAVE, { i: { code: 'kita', nameJa: '北', nameEn: 'Kita', sortOrder: 6, neighbourCodes: [] } }, { token }))).toEqual(['FORBIDDEN']);
    expect((await t.gql(`{ districts { code } }`)).data.districts.map((d: any) => d.code)).not.toContain('kita');
  });
});
