import { startTestServer, type TestServer } from './helpers/server';
import { fullMember, type FullMember } from './helpers/full-member';
import { findMarkers, searchableColumns, type MarkerHit } from './helpers/find-markers';

/**
 * The first half of the erasure test (issue 13): a member who went through every flow, with a
 * unique marker in every personal value, really leaves each marker in the database, where
 * findMarkers (every table of the catalogue, every text column) finds it. Without this, an
 * erasure test that finds nothing afterwards could pass because nothing was there.
 */
let t: TestServer;
let m: FullMember;
let hits: MarkerHit[];

const where = (marker: string) => hits.filter((h) => h.marker === marker).map((h) => `${h.table}.${h.column}`);

beforeAll(async () => {
  t = await startTestServer();
  m = await fullMember(t);
  hits = await findMarkers(t.app.dataSource, Object.values(m.markers));
}, 120_000);
afterAll(() => t.close());

test('the member went through every flow: enrolled with a student number, completed with a certificate, withdrew from a second cohort', async () => {
  expect(m.studentNumber).toMatch(/\S/);
  expect(m.certificate.number).toMatch(/^PCN-2030-WEL-\d{4}$/);
  const verified = await t.gql(`query($n: String!, $k: String!) { verifyCertificate(number: $n, check: $k) { status number } }`, {
    n: m.certificate.number,
    k: m.certificate.checkCode,
  });
  expect(verified.data.verifyCertificate).toEqual({ status: 'VALID', number: m.certificate.number });
  const [withdrawn] = await t.app.dataSource.query('SELECT withdrawnAt, withdrawalText FROM enrollment WHERE id = ?', [m.withdrawnEnrollmentId]);
  expect(withdrawn.withdrawnAt).not.toBeNull();
  expect(withdrawn.withdrawalText).toBe(m.markers.withdrawalText);
  // The markers are unique: none is part of another.
  const values = Object.values(m.markers);
  expect(new Set(values).size).toBe(values.length);
  for (const a of values) for (const b of values) if (a !== b) expect([a, b.includes(a)]).toEqual([a, false]);
});

test('every marker is in the database', () => {
  const missing = Object.entries(m.markers)
    .filter(([, marker]) => where(marker).length === 0)
    .map(([key]) => key);
  expect(missing).toEqual([]);
});

test('each marker is where it was typed (at least), and the map of where each one lives is printed', () => {
  const expected: Record<string, string[]> = {
    name: ['account.name'],
    nameKana: ['account.nameKana'],
    newEmail: ['account.email', 'account_token.email'],
    // The first address: kept with the account token of the registration link (the outbox holds no addresses).
    email: ['account_token.email'],
    phone: ['account.phone'],
    address: ['account.address'],
    workplace: ['account.workplaceOrSchool'],
    loginId: ['account.loginId'],
    motivation: ['application.motivation'],
    applicationWorkplace: ['application.workplaceOrSchool'],
    decisionReason: ['application.decisionReason'],
    attendanceReason: ['attendance_change.reason'],
    withdrawalText: ['enrollment.withdrawalText'],
    surveyAnswer: ['survey_invitation.answers'],
    surveyGroup: ['survey_invitation.answers'],
    note: ['group_note.text'],
    noteGroup: ['group_note.groupName'],
    consultation: ['consultation.text'],
    staffConsultation: ['consultation.text'],
    closeReason: ['consultation.closeReason'],
    place: ['introduction.place'],
    outcomeReason: ['introduction.outcomeReason'],
    purpose: ['disclosure_request.purpose'],
    groupName: ['activity_record_version.groupName'],
    role: ['activity_record_version.role'],
    staffGroupName: ['activity_record_version.groupName'],
    staffRole: ['activity_record_version.role'],
    noticeTitle: ['notice.title'],
    noticeBody: ['notice.body'],
  };
  if (m.markers.passkeyName) expected.passkeyName = ['passkey.name'];
  const found = Object.fromEntries(Object.entries(m.markers).map(([key, marker]) => [key, where(marker)]));
  const lacking = Object.entries(expected).flatMap(([key, places]) => places.filter((p) => !found[key]?.includes(p)).map((p) => `${key} not in ${p}`));
  // For the erasure test's author: every table and column each marker was found in.
  console.log(
    `where the markers live:\n${Object.entries(found)
      .map(([key, places]) => `  ${key}: ${places.join(', ')}`)
      .join('\n')}`,
  );
  expect(lacking).toEqual([]);
});

test('the search looks at every table of the catalogue, including tables the entities do not know, and can miss nothing it was given', async () => {
  const tables = await searchableColumns(t.app.dataSource);
  for (const meta of t.app.dataSource.entityMetadatas) expect([meta.tableName, tables.has(meta.tableName)]).toEqual([meta.tableName, true]);
  // A table made by hand, outside the metadata: a marker in it is found, blob and JSON-escaped forms too.
  await t.app.dataSource.query('CREATE TABLE zz_outside_metadata (id INT PRIMARY KEY, note VARCHAR(200), data BLOB)');
  try {
    const kana = m.markers.nameKana;
    const escaped = JSON.stringify(kana).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    await t.app.dataSource.query('INSERT INTO zz_outside_metadata (id, note, data) VALUES (?, ?, ?)', [1, `x ${m.markers.name.toLowerCase()} y`, Buffer.from(escaped, 'utf8')]);
    const found = await findMarkers(t.app.dataSource, [m.markers.name, kana]);
    expect(found.filter((h) => h.table === 'zz_outside_metadata').map((h) => [h.column, h.marker, h.rows])).toEqual([
      ['data', kana, 1],
      ['note', m.markers.name, 1],
    ]);
  } finally {
    await t.app.dataSource.query('DROP TABLE zz_outside_metadata');
  }
  // And a string that is nowhere is found nowhere.
  expect(await findMarkers(t.app.dataSource, ['MKNOWHERE0000000'])).toEqual([]);
});

test('a second full member on the same server (no passkey) gets markers of its own, found apart from the first one’s', async () => {
  const second = await fullMember(t, { passkey: false, others: 0 });
  expect(second.passkey).toBeNull();
  expect(second.markers.passkeyName).toBeUndefined();
  expect(second.accountId).not.toBe(m.accountId);
  expect(second.certificate.number).not.toBe(m.certificate.number);
  const firstValues = new Set(Object.values(m.markers));
  expect(Object.values(second.markers).filter((v) => firstValues.has(v))).toEqual([]);
  const secondHits = await findMarkers(t.app.dataSource, Object.values(second.markers));
  expect(
    Object.entries(second.markers)
      .filter(([, v]) => !secondHits.some((h) => h.marker === v))
      .map(([k]) => k),
  ).toEqual([]);
  // The second member's values sit in the second member's account row, not the first one's.
  const [row] = await t.app.dataSource.query('SELECT name, email FROM account WHERE id = ?', [second.accountId]);
  expect(row).toEqual({ name: second.markers.name, email: second.email });
  // Overwritten, a value is no longer found (the erasure test's "0 hits" can be reached, and missed).
  await t.app.dataSource.query('UPDATE group_note SET text = ? WHERE accountId = ?', ['消去済み', second.accountId]);
  expect(await findMarkers(t.app.dataSource, [second.markers.note])).toEqual([]);
  expect((await findMarkers(t.app.dataSource, [m.markers.note])).map((h) => `${h.table}.${h.column}`)).toEqual(['group_note.text']);
  // The member can still log in with the password (no passkey asked) at the new address.
  expect((await t.login(second.email, second.password)).accessToken).toEqual(expect.any(String));
});
