import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, errorCodes, fastMembers, ok, respond, staffCall, type Member } from './helpers/intake';
import { AuditEntry } from '../server/src/modules/audit';
import { Enrollment } from '../server/src/modules/intake';

/** The roster CSV: Japanese for people (headers, status words, 2026/04/10 in Tokyo time), English keys and ISO dates for programs; BOM; audited. */
let t: TestServer;
let staff: string;
let members: Member[];
let cohortId: string;

const CSV = `query($c: ID!, $f: RosterCsvFormat) { rosterCsv(cohortId: $c, format: $f) }`;
const CSV_DEFAULT = `query($c: ID!) { rosterCsv(cohortId: $c) }`;
const lines = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean);

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, 3, (i) => ({ name: ['練馬 一郎', '大泉 "二郎"', '=SUM(A1)'][i], nameKana: ['ネリマ イチロウ', 'オオイズミ ジロウ', 'イコール'][i] }));
  cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: 2030, capacity: 5, startsOn: '2030-04-10', endsOn: '2031-03-15', selectionMethod: 'REVIEW' });
  const apps = [];
  for (const m of members) apps.push(await applyOk(t, m.token, cohortId));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  for (let i = 0; i < 3; i++) expect((await respond(t, members[i].token, apps[i].id, true)).errors).toBeUndefined();
  // 2026-04-09 23:30 UTC is 2026-04-10 in Tokyo.
  await t.app.dataSource.getRepository(Enrollment).update({ cohortId: Number(cohortId) }, { enrolledAt: new Date('2026-04-09T23:30:00Z') });
  expect((await t.gql(`mutation($id: ID!) { withdrawEnrollment(applicationId: $id) { id } }`, { id: apps[1].id }, { token: members[1].token })).errors).toBeUndefined();
  await t.app.dataSource.getRepository(Enrollment).update({ applicationId: Number(apps[1].id) }, { withdrawnAt: new Date('2026-05-01T01:00:00Z') });
});
afterAll(() => t.close());

test('Japanese by default: headers, status words, dates as 2026/04/10 in Tokyo time, with a BOM', async () => {
  const csv = (await ok(t, CSV_DEFAULT, { c: cohortId }, staff)).rosterCsv as string;
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = lines(csv);
  expect(header).toBe('学籍番号,氏名,ふりがな,状態,受講決定日,辞退・退学日');
  expect(rows).toHaveLength(3);
  const byName = (name: string) => rows.find((r) => r.includes(name))!;
  expect(byName('練馬 一郎')).toMatch(/^2030-DIS-\d{3},練馬 一郎,ネリマ イチロウ,受講予定,2026\/04\/10,$/);
  // Quotes doubled; withdrawn before the start is a cancellation (辞退).
  expect(byName('二郎')).toMatch(/^2030-DIS-\d{3},"大泉 ""二郎""",オオイズミ ジロウ,辞退,2026\/04\/10,2026\/05\/01$/);
  // A formula is defused.
  expect(byName('SUM')).toContain(`"'=SUM(A1)"`);
  expect(csv).not.toMatch(/enrolled|withdrawn|\d{4}-\d{2}-\d{2}/);
  expect((await ok(t, CSV, { c: cohortId, f: 'JAPANESE' }, staff)).rosterCsv).toBe(csv);
});

test('MACHINE: English keys and ISO dates', async () => {
  const csv = (await ok(t, CSV, { c: cohortId, f: 'MACHINE' }, staff)).rosterCsv as string;
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = lines(csv);
  expect(header).toBe('studentNumber,name,nameKana,status,enrolledOn,withdrawnOn');
  expect(rows.find((r) => r.includes('練馬 一郎'))).toMatch(/^2030-DIS-\d{3},練馬 一郎,ネリマ イチロウ,enrolled,2026-04-10,$/);
  expect(rows.find((r) => r.includes('二郎'))).toMatch(/,withdrawn,2026-04-10,2026-05-01$/);
});

test('ENGLISH: the same roster for people reading English', async () => {
  const csv = (await ok(t, CSV, { c: cohortId, f: 'ENGLISH' }, staff)).rosterCsv as string;
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = lines(csv);
  expect(header).toBe('Student number,Name,Name (kana),Status,Enrolled on,Cancelled or withdrew on');
  expect(rows.find((r) => r.includes('練馬 一郎'))).toMatch(/^2030-DIS-\d{3},練馬 一郎,ネリマ イチロウ,Starting,2026\/04\/10,$/);
  expect(rows.find((r) => r.includes('二郎'))).toMatch(/,Cancelled before the start,2026\/04\/10,2026\/05\/01$/);
  expect(csv).not.toMatch(/受講|辞退|退学|学籍/);
});

test('after the start the words follow the course: 受講中, 退学', async () => {
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ? WHERE id = ?', ['2026-04-20', '2099-03-15', Number(cohortId)]);
  const rows = lines((await ok(t, CSV_DEFAULT, { c: cohortId }, staff)).rosterCsv);
  expect(rows.find((r) => r.includes('練馬 一郎'))).toContain(',受講中,');
  expect(rows.find((r) => r.includes('二郎'))).toContain(',退学,');
});

test('each export is audited; a bad format is refused', async () => {
  const ip = '192.0.2.77';
  await t.gql(CSV, { c: cohortId, f: 'MACHINE' }, { token: staff, ip });
  const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'roster.export', ip } });
  expect(rows).toHaveLength(1);
  expect(rows[0].targetIds).toHaveLength(3);
  const bad = await t.gql(CSV, { c: cohortId, f: 'EXCEL' }, { token: staff });
  expect(bad.status).toBe(400);
  expect(errorCodes(await t.gql(CSV, { c: cohortId, f: 'MACHINE' }, { token: await t.tokenFor('greenery') }))).toEqual(['NOT_FOUND']);
});
