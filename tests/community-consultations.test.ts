import { alumniCohort } from './helpers/alumni';
import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { serverFailures } from './helpers/races';
import { AuditEntry } from '../server/src/modules/audit';
import { Consultation } from '../server/src/modules/community';

/**
 * Consultations (相談): an alumnus asks on my page or presses "I'm interested" on a published
 * posting (once while the consultation is open, also when pressed many times at once); staff
 * record one after a visit; only alumni; staff move it along, closing with a reason, compared
 * and set; contractor staff have no part; staff reads are audited.
 */
let t: TestServer;
let staff: string;
let admin: string;
let A: Member;
let B: Member;
let outsider: Member;
let postingId: string;

const FIELDS = `id accountId postingId fieldCodes districtCode days times text status closeReason source recordedBy version`;
const REQUEST = `mutation($i: ConsultationInput!) { requestConsultation(input: $i) { ${FIELDS} } }`;
const INTEREST = `mutation($p: ID!) { expressInterest(postingId: $p) { ${FIELDS} } }`;
const STATUS = `mutation($i: ConsultationStatusInput!) { setConsultationStatus(input: $i) { ${FIELDS} } }`;
const fieldErrorsOf = (res: { errors?: { extensions: Record<string, any> }[] }): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));
const count = () => t.app.dataSource.getRepository(Consultation).count();

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  admin = await t.tokenFor('admin');
  [A, B, outsider] = await fastMembers(t, 3);
  await alumniCohort(t, staff, [A, B], 2030);
  const group = (
    await ok(
      t,
      `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
      {
        i: {
          name: '相談テストの会',
          kind: 'NPO',
          fieldCodes: ['WELFARE', 'DISASTER'],
          districtCode: 'oizumi',
          publicDescription: '見守りの会です。',
          publicContact: '区役所 経由',
          representativeName: '大泉 代表',
          interviewedOn: '2026-04-01',
        },
      },
      staff,
    )
  ).registerCommunityGroup;
  const p = (
    await ok(
      t,
      `mutation($i: PostingInput!) { createRecruitmentPosting(input: $i) { id version } }`,
      {
        i: {
          groupId: group.id,
          title: '見守りの担い手',
          roleDescription: '声かけの訪問です。',
          fieldCodes: ['WELFARE'],
          districtCode: 'oizumi',
          schedule: '毎週土曜日',
          expiresOn: '2099-03-31',
        },
      },
      staff,
    )
  ).createRecruitmentPosting;
  const sent = (await ok(t, `mutation($id: ID!, $v: Int!) { submitRecruitmentPosting(id: $id, expectedVersion: $v) { version } }`, { id: p.id, v: p.version }, staff))
    .submitRecruitmentPosting;
  await ok(t, `mutation($i: PostingReviewInput!) { reviewRecruitmentPosting(input: $i) { status } }`, { i: { id: p.id, expectedVersion: sent.version, approve: true } }, admin);
  postingId = p.id;
});
afterAll(() => t.close());

test('an alumnus asks for a consultation on my page: what, where, when, in their words', async () => {
  const c = (
    await ok(
      t,
      REQUEST,
      { i: { fieldCodes: ['DISASTER', 'WELFARE'], districtCode: 'nerima', days: ['SUN', 'SAT'], times: ['MORNING'], text: ' 週末に防災の活動をしたい ' } },
      A.token,
    )
  ).requestConsultation;
  expect(c).toMatchObject({
    fieldCodes: ['WELFARE', 'DISASTER'],
    districtCode: 'nerima',
    days: ['SAT', 'SUN'],
    times: ['MORNING'],
    text: '週末に防災の活動をしたい',
    status: 'OPEN',
    source: 'SELF',
    recordedBy: null,
    postingId: null,
  });
  expect((await ok(t, `{ myConsultations { id } }`, {}, A.token)).myConsultations.map((x: any) => x.id)).toContain(c.id);
  // Another member sees only their own.
  expect((await ok(t, `{ myConsultations { id } }`, {}, B.token)).myConsultations.map((x: any) => x.id)).not.toContain(c.id);
});

test('a member who has not completed a course cannot ask; an unknown district is refused; nothing is written', async () => {
  const before = await count();
  expect(messageKeys(await t.gql(REQUEST, { i: { fieldCodes: ['WELFARE'], days: [], times: [] } }, { token: outsider.token }))).toEqual(['consultation.notAlumnus']);
  expect(fieldErrorsOf(await t.gql(REQUEST, { i: { fieldCodes: ['WELFARE'], districtCode: 'nowhere', days: [], times: [] } }, { token: A.token }))).toEqual([
    'districtCode:group.district',
  ]);
  expect(messageKeys(await t.gql(INTEREST, { p: postingId }, { token: outsider.token }))).toEqual(['consultation.notAlumnus']);
  expect(await count()).toBe(before);
});

test('"I’m interested" opens one consultation from the posting, however often and however many times at once it is pressed', async () => {
  const before = await count();
  const racing = await Promise.all(Array.from({ length: 6 }, () => t.gql(INTEREST, { p: postingId }, { token: B.token })));
  expect(serverFailures(racing)).toEqual([]);
  const ids = new Set(racing.map((r) => r.data?.expressInterest?.id));
  expect(ids.size).toBe(1);
  expect(await count()).toBe(before + 1);
  const [c] = racing.map((r) => r.data.expressInterest);
  expect(c).toMatchObject({ postingId, fieldCodes: ['WELFARE'], districtCode: 'oizumi', source: 'POSTING', status: 'OPEN' });
  // Pressed again later: the same open consultation.
  expect((await ok(t, INTEREST, { p: postingId }, B.token)).expressInterest.id).toBe(c.id);
  // A posting that is not published: not found.
  expect(errorCodes(await t.gql(INTEREST, { p: '99999' }, { token: B.token }))).toEqual(['NOT_FOUND']);
});

test('staff record one after a visit, move it along with compare-and-set, and close it with a reason; the reads are audited', async () => {
  const c = (
    await ok(
      t,
      `mutation($a: ID!, $i: ConsultationInput!) { recordConsultation(accountId: $a, input: $i) { ${FIELDS} } }`,
      { a: String(A.id), i: { fieldCodes: ['GREENERY'], days: ['WED'], times: ['AFTERNOON'], text: '電話で相談' } },
      staff,
    )
  ).recordConsultation;
  expect(c).toMatchObject({ source: 'STAFF', status: 'OPEN', fieldCodes: ['GREENERY'] });
  expect(c.recordedBy).not.toBeNull();
  const moving = (await ok(t, STATUS, { i: { id: c.id, expectedVersion: 1, status: 'IN_PROGRESS' } }, staff)).setConsultationStatus;
  expect(moving).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
  expect(messageKeys(await t.gql(STATUS, { i: { id: c.id, expectedVersion: 1, status: 'MATCHED' } }, { token: staff }))).toEqual(['consultation.changed']);
  expect(fieldErrorsOf(await t.gql(STATUS, { i: { id: c.id, expectedVersion: 2, status: 'CLOSED' } }, { token: staff }))).toEqual(['reason:consultation.reasonRequired']);
  const closed = (await ok(t, STATUS, { i: { id: c.id, expectedVersion: 2, status: 'CLOSED', reason: '本人の都合' } }, staff)).setConsultationStatus;
  expect(closed).toMatchObject({ status: 'CLOSED', closeReason: '本人の都合', version: 3 });
  // The staff list reads what the alumnus said: audited, naming the consultation.
  const since = new Date(Date.now() - 1000);
  await ok(t, `{ consultations { id text } }`, {}, staff);
  await t.settle();
  const reads = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'pii.read', targetType: 'Consultation' } });
  expect(reads.filter((r) => r.at >= since).some((r) => (r.targetIdList ?? '').split(',').includes(String(c.id)))).toBe(true);
  // Staff recording for someone who has not completed a course: refused.
  expect(
    messageKeys(
      await t.gql(
        `mutation($a: ID!, $i: ConsultationInput!) { recordConsultation(accountId: $a, input: $i) { id } }`,
        { a: String(outsider.id), i: { fieldCodes: [], days: [], times: [] } },
        { token: staff },
      ),
    ),
  ).toEqual(['consultation.notAlumnus']);
});

test('contractor staff and members have no part in the ward’s matching work', async () => {
  const before = await count();
  const green = await t.tokenFor('greenery');
  for (const token of [green, A.token]) {
    for (const [q, v] of [
      [`{ consultations { id } }`, {}],
      [`{ consultation(id: 1) { id } }`, {}],
      [`mutation($a: ID!, $i: ConsultationInput!) { recordConsultation(accountId: $a, input: $i) { id } }`, { a: String(B.id), i: { fieldCodes: [], days: [], times: [] } }],
      [STATUS, { i: { id: '1', expectedVersion: 1, status: 'MATCHED' } }],
    ] as const) {
      const res = await t.gql(q, v as Record<string, unknown>, { token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
    }
  }
  // Nor do contractor staff ask for themselves.
  expect(errorCodes(await t.gql(INTEREST, { p: postingId }, { token: green }))).toEqual(['FORBIDDEN']);
  expect(await count()).toBe(before);
});
