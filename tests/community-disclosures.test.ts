import { alumniCohort } from './helpers/alumni';
import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { serverFailures } from './helpers/races';
import { AuditEntry } from '../server/src/modules/audit';
import { MailOutbox, Notice } from '../server/src/modules/notices';
import { disclosureWaitingMail } from '../server/src/modules/notices/mailer';
import { DisclosureRequest } from '../server/src/modules/community';

/**
 * Consent-gated disclosure: nothing reaches a group without the member's approval of that
 * field, for that request, until its end date; revocation stops it at once; every step is in
 * the member's ledger and the audit log; the mail says only that something is waiting.
 */
let t: TestServer;
let staff: string;
let A: Member;
let B: Member;
let groupId: string;

const REQ = `id number fields purpose validUntil status version group { name } decisions { field approved revokedAt } ledger { action fields byStaff }`;
const REQUEST = `mutation($i: DisclosureRequestInput!) { requestDisclosure(input: $i) { ${REQ} } }`;
const ANSWER = `mutation($id: ID!, $v: Int!, $a: [DisclosureField!]!) { answerDisclosureRequest(id: $id, expectedVersion: $v, approved: $a) { ${REQ} } }`;
const REVOKE = `mutation($id: ID!, $f: [DisclosureField!]) { revokeDisclosure(id: $id, fields: $f) { field approved revokedAt } }`;
const SHEET = `mutation($r: ID!) { produceIntroductionSheet(requestId: $r) { number generatedOn validUntil groupName purpose entries { field value } } }`;
const sheet = async (id: string) => (await ok(t, SHEET, { r: id }, staff)).produceIntroductionSheet;
const mine = async (m: Member) => (await ok(t, `{ myDisclosureRequests { ${REQ} } }`, {}, m.token)).myDisclosureRequests;
const ask = async (m: Member, fields: string[] = ['NAME', 'PHONE', 'EMAIL']) =>
  (await ok(t, REQUEST, { i: { accountId: String(m.id), groupId, fields, purpose: '見守り活動の連絡のため', validUntil: '2099-03-31' } }, staff)).requestDisclosure;

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  [A, B] = await fastMembers(t, 2, (i) => ({ name: ['開示 花子', '開示 太郎'][i], email: `disclose${i}@example.jp` }));
  await alumniCohort(t, staff, [A, B], 2030);
  groupId = (
    await ok(
      t,
      `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
      {
        i: {
          name: '見守りの会',
          kind: 'NPO',
          fieldCodes: ['WELFARE'],
          districtCode: 'nerima',
          publicDescription: '説明',
          publicContact: '区役所 経由',
          representativeName: '代表 者',
          interviewedOn: '2026-04-01',
        },
      },
      staff,
    )
  ).registerCommunityGroup.id;
});
afterAll(() => t.close());

test('a request tells the member on my page, and the mail says only that something is waiting', async () => {
  const r = await ask(A);
  expect(r).toMatchObject({ number: `DR-${String(r.id).padStart(6, '0')}`, status: 'PENDING', fields: ['NAME', 'PHONE', 'EMAIL'], group: { name: '見守りの会' } });
  expect(r.ledger).toEqual([{ action: 'REQUESTED', fields: ['NAME', 'PHONE', 'EMAIL'], byStaff: expect.any(String) }]);
  const notice = await t.app.dataSource.getRepository(Notice).findOneByOrFail({ accountId: A.id, messageKey: 'notice.disclosureRequest' });
  expect(JSON.parse(notice.messageParams!)).toEqual({ group: '見守りの会' });
  expect(await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: A.id, template: 'disclosure-waiting' })).toBe(1);
  const mail = disclosureWaitingMail('https://college.example.jp');
  for (const secret of ['見守りの会', '見守り活動', '氏名', '電話', 'メールアドレス']) expect([secret, `${mail.subject}\n${mail.text}`.includes(secret)]).toEqual([secret, false]);
  // Before the member answers, the sheet holds nothing and nothing is recorded as given.
  expect((await sheet(r.id)).entries).toEqual([]);
  expect((await mine(A))[0].ledger.map((e: any) => e.action)).toEqual(['REQUESTED']);
});

test('only the fields approved reach the sheet; producing it is recorded as given and audited; one answer only', async () => {
  const r = await ask(A);
  expect(messageKeys(await t.gql(ANSWER, { id: r.id, v: 1, a: ['STUDIED'] }, { token: A.token }))).toEqual(['validation.failed']);
  // Three answers at once: one is recorded.
  const racing = await Promise.all([['NAME', 'PHONE'], ['EMAIL'], []].map((a) => t.gql(ANSWER, { id: r.id, v: 1, a }, { token: A.token })));
  expect(serverFailures(racing)).toEqual([]);
  const won = racing.filter((x) => !x.errors);
  expect(won).toHaveLength(1);
  const approved = (won[0].data.answerDisclosureRequest.decisions as any[]).filter((d) => d.approved).map((d) => d.field);
  // Make the rest of the test deterministic: answer another request with NAME and PHONE.
  const r2 = await ask(A);
  await ok(t, ANSWER, { id: r2.id, v: 1, a: ['NAME', 'PHONE'] }, A.token);
  expect(messageKeys(await t.gql(ANSWER, { id: r2.id, v: 2, a: ['EMAIL'] }, { token: A.token }))).toEqual(['disclosure.notPending']);
  const since = new Date(Date.now() - 1000);
  const s = await sheet(r2.id);
  expect(s).toMatchObject({ number: r2.number, groupName: '見守りの会', purpose: '見守り活動の連絡のため', validUntil: '2099-03-31' });
  expect(s.entries).toEqual([
    { field: 'NAME', value: '開示 花子' },
    { field: 'PHONE', value: expect.any(String) },
  ]);
  expect(JSON.stringify(s)).not.toContain('disclose0@example.jp');
  const ledger = (await mine(A)).find((x: any) => x.id === r2.id).ledger;
  expect(ledger.map((e: any) => [e.action, e.fields])).toEqual([
    ['REQUESTED', ['NAME', 'PHONE', 'EMAIL']],
    ['APPROVED', ['NAME', 'PHONE']],
    ['DECLINED', ['EMAIL']],
    ['SHOWN', ['NAME', 'PHONE']],
  ]);
  await t.settle();
  const audit = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'disclosure.sheet' } });
  expect(audit.filter((a) => a.at >= since).some((a) => (a.targetIdList ?? '').split(',').includes(String(A.id)))).toBe(true);
  expect(approved.every((f: string) => ['NAME', 'PHONE', 'EMAIL'].includes(f))).toBe(true);
});

test('a revocation stops it at once and is recorded; past the end date or withdrawn, nothing is given', async () => {
  const r = await ask(A);
  await ok(t, ANSWER, { id: r.id, v: 1, a: ['NAME', 'PHONE'] }, A.token);
  await ok(t, REVOKE, { id: r.id, f: ['PHONE'] }, A.token);
  expect((await sheet(r.id)).entries.map((e: any) => e.field)).toEqual(['NAME']);
  await ok(t, REVOKE, { id: r.id }, A.token);
  expect((await sheet(r.id)).entries).toEqual([]);
  const ledger = (await mine(A)).find((x: any) => x.id === r.id).ledger.map((e: any) => [e.action, e.fields]);
  expect(ledger).toEqual([
    ['REQUESTED', ['NAME', 'PHONE', 'EMAIL']],
    ['APPROVED', ['NAME', 'PHONE']],
    ['DECLINED', ['EMAIL']],
    ['REVOKED', ['PHONE']],
    ['SHOWN', ['NAME']],
    ['REVOKED', ['NAME']],
  ]);
  // Past its end date.
  const old = await ask(A);
  await ok(t, ANSWER, { id: old.id, v: 1, a: ['NAME'] }, A.token);
  expect((await sheet(old.id)).entries).toHaveLength(1);
  await t.app.dataSource.getRepository(DisclosureRequest).update({ id: Number(old.id) }, { validUntil: '2020-01-01' });
  expect((await sheet(old.id)).entries).toEqual([]);
  // Every step is in the audit log: the request, the answer, the revocations, the sheets.
  await t.settle();
  const ops = new Set((await t.app.dataSource.getRepository(AuditEntry).find({ select: { operation: true } })).map((a) => a.operation));
  for (const op of ['mutation requestDisclosure', 'mutation answerDisclosureRequest', 'mutation revokeDisclosure', 'mutation produceIntroductionSheet'])
    expect([op, ops.has(op)]).toEqual([op, true]);
  // Withdrawn by staff.
  const w = await ask(A);
  await ok(t, ANSWER, { id: w.id, v: 1, a: ['NAME'] }, A.token);
  await ok(t, `mutation($id: ID!) { withdrawDisclosureRequest(id: $id) { status } }`, { id: w.id }, staff);
  expect((await sheet(w.id)).entries).toEqual([]);
});

test('another member sees and answers none of it; contractor staff and members have no staff path; past end dates are refused', async () => {
  const r = await ask(A);
  expect((await mine(B)).map((x: any) => x.id)).not.toContain(r.id);
  expect(errorCodes(await t.gql(ANSWER, { id: r.id, v: 1, a: ['NAME'] }, { token: B.token }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(REVOKE, { id: r.id }, { token: B.token }))).toEqual(['NOT_FOUND']);
  const green = await t.tokenFor('greenery');
  for (const token of [green, A.token]) {
    expect(errorCodes(await t.gql(SHEET, { r: r.id }, { token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(REQUEST, { i: { accountId: String(B.id), groupId, fields: ['NAME'], purpose: 'x', validUntil: '2099-01-01' } }, { token }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await t.gql(`query($a: ID!) { disclosureRequests(accountId: $a) { id } }`, { a: String(A.id) }, { token }))).toEqual(['FORBIDDEN']);
  }
  const past = await t.gql(REQUEST, { i: { accountId: String(A.id), groupId, fields: ['NAME'], purpose: '連絡', validUntil: '2020-01-01' } }, { token: staff });
  expect((past.errors ?? []).flatMap((e: any) => (e.extensions.fieldErrors ?? []).map((f: any) => `${f.field}:${f.messageKey}`))).toEqual(['validUntil:disclosure.untilInPast']);
});
