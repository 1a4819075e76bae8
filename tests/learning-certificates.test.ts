import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, errorCodes, fastMembers, ok, respond, staffCall, type Member } from './helpers/intake';
import { AuditEntry } from '../server/src/modules/audit';
import { Enrollment } from '../server/src/modules/intake';
import { Completion, CompletionOutcome } from '../server/src/modules/learning';

/**
 * Completion certificates (修了証). The completion run is another part's work: these tests write
 * Completion rows directly (t.app.dataSource.getRepository(Completion)) for real enrollments,
 * made as tests/roster-csv.test.ts makes them (REVIEW cohort, close, select, announce, accept).
 */
let t: TestServer;
let staff: string;
let members: Member[];
let cohortId: string;
let enrollments: Enrollment[];

const NAMES = ['練馬 花子', 'ABC 太郎', '大泉 次郎', '石神井 三郎'];
const CERT_FIELDS =
  'id number cohortId enrollmentId courseTitle fieldCode startsOn endsOn completedOn issuedAt firstIssuedAt revokedAt revokeReason studentNumber holderName copies { id issuedAt supersededAt reason }';
const ISSUE = `mutation($c: ID!) { issueCertificates(cohortId: $c) { ${CERT_FIELDS} } }`;
const LIST = `query($c: ID!) { cohortCertificates(cohortId: $c) { ${CERT_FIELDS} } }`;
const MINE = `{ myCertificates { id number courseTitle startsOn endsOn completedOn issuedAt revokedAt } }`;
const MY_PDF = `query($id: ID!) { myCertificatePdf(certificateId: $id) { fileName contentType base64 count } }`;
const STAFF_PDF = `query($id: ID!) { certificatePdf(certificateId: $id) { fileName contentType base64 count } }`;
const BUNDLE = `query($c: ID!, $f: CertificateBundleFormat) { cohortCertificatesBundle(cohortId: $c, format: $f) { fileName contentType base64 count } }`;
const VERIFY = `query($n: String!, $k: String!) { verifyCertificate(number: $n, check: $k) { status number courseTitle fieldCode startsOn endsOn completedOn issuedOn revokedOn } }`;
const CHECK_NAME = `mutation($input: CertificateNameCheckInput!) { checkCertificateName(input: $input) }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id revokedAt revokeReason } }`;
const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { ${CERT_FIELDS} } }`;

/** pdf-parse (pdf.js) needs a worker that jest's module system cannot load: it runs in a plain node process. */
function parsePdf(pdf: Buffer): { text: string; pages: number; images: string[] } {
  const script = `
    const { PDFParse } = require('pdf-parse');
    (async () => {
      const chunks = []; for await (const c of process.stdin) chunks.push(c);
      const p = new PDFParse({ data: Buffer.concat(chunks) });
      const text = await p.getText();
      const img = await p.getImage({ imageThreshold: 0 });
      await p.destroy();
      process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, images: img.pages.flatMap((pg) => pg.images.map((i) => Buffer.from(i.data).toString('base64'))) }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script], { input: pdf, cwd: path.resolve(__dirname, '..'), maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return JSON.parse(r.stdout.toString());
}

function decodeQr(pngBase64: string): string | null {
  const png = PNG.sync.read(Buffer.from(pngBase64, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

async function enrolledCohort(courseId: string, ms: Member[], year = 2030): Promise<{ cohortId: string; enrollments: Enrollment[] }> {
  const id = await createCohort(t, courseId, { academicYear: year, capacity: 10, startsOn: '2030-04-10', endsOn: '2031-03-15', selectionMethod: 'REVIEW' });
  const apps = [];
  for (const m of ms) apps.push(await applyOk(t, m.token, id, { motivation: MOTIVATION }));
  expect((await changeStatus(t, id, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', id)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', id)).errors).toBeUndefined();
  for (let i = 0; i < ms.length; i++) expect((await respond(t, ms[i].token, apps[i].id, true)).errors).toBeUndefined();
  // Seats are taken before the start; then the cohort is moved to a finished period.
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ? WHERE id = ?', ['2026-04-10', '2027-03-15', Number(id)]);
  const rows = await t.app.dataSource.getRepository(Enrollment).find({ where: { cohortId: Number(id) }, order: { id: 'ASC' } });
  expect(rows).toHaveLength(ms.length);
  return { cohortId: id, enrollments: ms.map((m) => rows.find((r) => r.accountId === Number(m.id))!) };
}

async function complete(e: Enrollment, outcome = CompletionOutcome.COMPLETED): Promise<void> {
  await t.app.dataSource.getRepository(Completion).save({
    enrollmentId: e.id,
    cohortId: e.cohortId,
    accountId: e.accountId,
    outcome,
    completedOn: '2027-03-15',
    ruleVersion: 1,
    attended: 9,
    planned: 10,
    overridden: false,
    overrideReason: null,
    decidedBy: null,
  });
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, 5, (i) => ({ name: [...NAMES, '光が丘 四郎'][i] }));
  ({ cohortId, enrollments } = await enrolledCohort(COURSE.WELFARE, members));
  // Three completed, one not completed, one completed but withdrawn afterwards: two get no certificate.
  await complete(enrollments[0]);
  await complete(enrollments[1]);
  await complete(enrollments[2]);
  await complete(enrollments[3], CompletionOutcome.NOT_COMPLETED);
  await complete(enrollments[4]);
  await t.app.dataSource.getRepository(Enrollment).update({ id: enrollments[4].id }, { withdrawnAt: new Date() });
});
afterAll(() => t.close());

let certs: any[];
const certOf = (i: number) => certs.find((c) => c.enrollmentId === String(enrollments[i].id));
const checkCodeOf = async (id: string) => (await t.app.dataSource.query('SELECT checkCode FROM certificate WHERE id = ?', [Number(id)]))[0].checkCode as string;

test('issueCertificates: the completed, not withdrawn students, numbered gaplessly by student number; idempotent', async () => {
  certs = (await ok(t, ISSUE, { c: cohortId }, staff)).issueCertificates;
  expect(certs.map((c: any) => c.number)).toEqual(['PCN-2030-WEL-0001', 'PCN-2030-WEL-0002', 'PCN-2030-WEL-0003']);
  expect(certs.map((c: any) => c.enrollmentId).sort()).toEqual([0, 1, 2].map((i) => String(enrollments[i].id)).sort());
  const bySn = [...certs].sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
  expect(bySn.map((c) => c.number)).toEqual(certs.map((c: any) => c.number));
  expect(certOf(0)).toMatchObject({
    holderName: NAMES[0],
    studentNumber: enrollments[0].studentNumber,
    fieldCode: 'WELFARE',
    startsOn: '2026-04-10',
    endsOn: '2027-03-15',
    completedOn: '2027-03-15',
    revokedAt: null,
  });
  expect(certOf(0).copies).toEqual([expect.objectContaining({ reason: 'FIRST', supersededAt: null })]);
  const again = (await ok(t, ISSUE, { c: cohortId }, staff)).issueCertificates;
  expect(again.map((c: any) => [c.id, c.number])).toEqual(certs.map((c: any) => [c.id, c.number]));
  const code = await checkCodeOf(certOf(0).id);
  expect(code).toMatch(/^[A-Za-z0-9_-]{10,}$/);
  expect(code).not.toBe(await checkCodeOf(certOf(1).id));
});

test('the member sees their own certificate; the PDF carries the name, student number, course in Japanese and a QR code of the verify URL', async () => {
  const mine = (await ok(t, MINE, {}, members[0].token)).myCertificates;
  expect(mine).toEqual([
    expect.objectContaining({ id: certOf(0).id, number: 'PCN-2030-WEL-0001', startsOn: '2026-04-10', endsOn: '2027-03-15', completedOn: '2027-03-15', revokedAt: null }),
  ]);
  expect((await ok(t, MINE, {}, members[3].token)).myCertificates).toEqual([]);
  const file = (await ok(t, MY_PDF, { id: certOf(0).id }, members[0].token)).myCertificatePdf;
  expect(file).toMatchObject({ contentType: 'application/pdf', fileName: 'PCN-2030-WEL-0001.pdf', count: 1 });
  const pdf = Buffer.from(file.base64, 'base64');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const parsed = parsePdf(pdf);
  expect(parsed.pages).toBe(1);
  const text = parsed.text;
  for (const s of [
    '修了証',
    NAMES[0],
    enrollments[0].studentNumber,
    certOf(0).courseTitle,
    '地域福祉',
    '2026年4月10日〜2027年3月15日',
    '2027年3月15日',
    'PCN-2030-WEL-0001',
    '練馬区',
    '協働推進課',
  ])
    expect([s, text.includes(s)]).toEqual([s, true]);
  expect(certOf(0).courseTitle).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(parsed.images).toHaveLength(1);
  const url = decodeQr(parsed.images[0]);
  const code = await checkCodeOf(certOf(0).id);
  expect(url).toBe(`${t.config.publicUrl.replace(/\/$/, '')}/verify/PCN-2030-WEL-0001?c=${code}`);
});

test('a member cannot download another member’s certificate, nor use the staff download', async () => {
  expect(errorCodes(await t.gql(MY_PDF, { id: certOf(0).id }, { token: members[1].token }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(STAFF_PDF, { id: certOf(0).id }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await t.gql(LIST, { c: cohortId }, { token: members[0].token }))).toEqual(['FORBIDDEN']);
});

test('verify: valid with the course, field, period and dates, and nothing personal; a wrong check code reads null', async () => {
  const code = await checkCodeOf(certOf(0).id);
  const res = await t.gql(VERIFY, { n: 'PCN-2030-WEL-0001', k: code });
  expect(res.errors).toBeUndefined();
  const v = res.data.verifyCertificate;
  expect(v).toMatchObject({
    status: 'VALID',
    number: 'PCN-2030-WEL-0001',
    fieldCode: 'WELFARE',
    startsOn: '2026-04-10',
    endsOn: '2027-03-15',
    completedOn: '2027-03-15',
    revokedOn: null,
  });
  expect(v.courseTitle).toBe(certOf(0).courseTitle);
  const account = (await t.app.dataSource.query('SELECT name, nameKana, email, loginId FROM account WHERE id = ?', [Number(members[0].id)]))[0];
  const json = JSON.stringify(res.data);
  for (const secret of [account.name, account.nameKana, account.email, account.loginId, enrollments[0].studentNumber, '花子'])
    expect([secret, json.includes(secret)]).toEqual([secret, false]);
  expect(json).not.toContain(`"${members[0].id}"`);
  expect((await t.gql(VERIFY, { n: 'PCN-2030-WEL-0001', k: code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A') })).data.verifyCertificate).toBeNull();
  expect((await t.gql(VERIFY, { n: 'PCN-2030-WEL-0009', k: code })).data.verifyCertificate).toBeNull();
});

test('name check: MATCH with width and space variants, NO_MATCH otherwise, and throttled per address', async () => {
  const c0 = await checkCodeOf(certOf(0).id);
  const c1 = await checkCodeOf(certOf(1).id);
  const check = (number: string, check: string, name: string, ip: string) => t.gql(CHECK_NAME, { input: { number, check, name } }, { ip });
  const answer = async (...args: Parameters<typeof check>) => {
    const r = await check(...args);
    expect(r.errors).toBeUndefined();
    return r.data.checkCertificateName;
  };
  expect(await answer('PCN-2030-WEL-0001', c0, '練馬 花子', '192.0.2.1')).toBe('MATCH');
  expect(await answer('PCN-2030-WEL-0001', c0, '　練馬　　花子 ', '192.0.2.1')).toBe('MATCH');
  expect(await answer('PCN-2030-WEL-0001', c0, '練馬花子', '192.0.2.1')).toBe('MATCH');
  expect(await answer('PCN-2030-WEL-0002', c1, 'ＡＢＣ太郎', '192.0.2.1')).toBe('MATCH');
  expect(await answer('PCN-2030-WEL-0001', c0, '練馬 花', '192.0.2.1')).toBe('NO_MATCH');
  expect(await answer('PCN-2030-WEL-0001', c0, NAMES[1], '192.0.2.1')).toBe('NO_MATCH');
  // The right name with a wrong check code is no match either.
  expect(await answer('PCN-2030-WEL-0002', c0, 'ABC 太郎', '192.0.2.1')).toBe('NO_MATCH');
  for (let i = 0; i < 3; i++) expect(await answer('PCN-2030-WEL-0001', c0, 'x', '192.0.2.1')).toBe('NO_MATCH');
  // Ten a minute from one address; the eleventh is refused, even with the right name.
  const refused = await check('PCN-2030-WEL-0001', c0, '練馬 花子', '192.0.2.1');
  expect(errorCodes(refused)).toEqual(['TOO_MANY_REQUESTS']);
  expect(await answer('PCN-2030-WEL-0001', c0, '練馬 花子', '192.0.2.2')).toBe('MATCH');
});

test('name check: throttled per certificate across addresses', async () => {
  const c2 = await checkCodeOf(certOf(2).id);
  const results: string[] = [];
  for (let i = 0; i < 11; i++) {
    const r = await t.gql(CHECK_NAME, { input: { number: certOf(2).number, check: c2, name: NAMES[2] } }, { ip: `198.51.100.${i + 1}` });
    results.push(r.errors ? errorCodes(r)[0] : r.data.checkCertificateName);
  }
  expect(results).toEqual([...Array(10).fill('MATCH'), 'TOO_MANY_REQUESTS']);
});

test('reissue keeps the number and marks the earlier copy superseded', async () => {
  expect(errorCodes(await t.gql(REISSUE, { input: { id: certOf(1).id, reason: 'FIRST' } }, { token: staff }))).toEqual(['BAD_USER_INPUT']);
  const r = (await ok(t, REISSUE, { input: { id: certOf(1).id, reason: 'LOST' } }, staff)).reissueCertificate;
  expect(r.number).toBe(certOf(1).number);
  expect(r.copies).toHaveLength(2);
  expect(r.copies[0]).toMatchObject({ reason: 'FIRST', supersededAt: expect.any(String) });
  expect(r.copies[1]).toMatchObject({ reason: 'LOST', supersededAt: null });
  expect(r.issuedAt).toBe(r.copies[1].issuedAt);
  expect(r.firstIssuedAt).toBe(certOf(1).firstIssuedAt);
  expect(new Date(r.issuedAt).getTime()).toBeGreaterThan(new Date(certOf(1).issuedAt).getTime());
  const count = await t.app.dataSource.query('SELECT COUNT(*) AS n FROM certificate WHERE number = ?', [certOf(1).number]);
  expect(Number(count[0].n)).toBe(1);
  const pdf = parsePdf(Buffer.from((await ok(t, MY_PDF, { id: certOf(1).id }, members[1].token)).myCertificatePdf.base64, 'base64'));
  expect(pdf.text).toContain('再発行');
  expect(pdf.text).toContain(certOf(1).number);
});

test('revoke needs a reason; the verify page then reads REVOKED with the date; the holder can no longer download it', async () => {
  expect(errorCodes(await t.gql(REVOKE, { input: { id: certOf(2).id, reason: '   ' } }, { token: staff }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await t.gql(REVOKE, { input: { id: certOf(2).id, reason: '' } }, { token: staff }))).toEqual(['BAD_USER_INPUT']);
  const r = (await ok(t, REVOKE, { input: { id: certOf(2).id, reason: '記載内容の誤り' } }, staff)).revokeCertificate;
  expect(r).toMatchObject({ revokeReason: '記載内容の誤り', revokedAt: expect.any(String) });
  expect(errorCodes(await t.gql(REVOKE, { input: { id: certOf(2).id, reason: '再度' } }, { token: staff }))).toEqual(['CONFLICT']);
  const v = (await t.gql(VERIFY, { n: certOf(2).number, k: await checkCodeOf(certOf(2).id) })).data.verifyCertificate;
  const tokyo = new Date(new Date(r.revokedAt).getTime() + 9 * 3600_000).toISOString().slice(0, 10);
  expect(v).toMatchObject({ status: 'REVOKED', revokedOn: tokyo });
  expect(errorCodes(await t.gql(MY_PDF, { id: certOf(2).id }, { token: members[2].token }))).toEqual(['CONFLICT']);
  expect(errorCodes(await t.gql(REISSUE, { input: { id: certOf(2).id, reason: 'LOST' } }, { token: staff }))).toEqual(['CONFLICT']);
});

test('staff downloads: one PDF with a page per valid certificate, or a ZIP; each audited', async () => {
  const ip = '203.0.113.9';
  const pdfRes = await t.gql(BUNDLE, { c: cohortId, f: 'PDF' }, { token: staff, ip });
  expect(pdfRes.errors).toBeUndefined();
  const file = pdfRes.data.cohortCertificatesBundle;
  expect(file).toMatchObject({ contentType: 'application/pdf', count: 2 });
  const parsed = parsePdf(Buffer.from(file.base64, 'base64'));
  expect(parsed.pages).toBe(2);
  expect(parsed.text).toContain(NAMES[0]);
  expect(parsed.text).toContain(NAMES[1]);
  expect(parsed.text).not.toContain(NAMES[2]); // revoked
  const zipRes = await t.gql(BUNDLE, { c: cohortId, f: 'ZIP' }, { token: staff, ip });
  expect(zipRes.errors).toBeUndefined();
  const zip = Buffer.from(zipRes.data.cohortCertificatesBundle.base64, 'base64');
  expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  const listing = spawnSync(
    'python3',
    [
      '-c',
      'import zipfile,sys,io; z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); assert z.testzip() is None; print(",".join(n+":"+str(z.read(n)[:5]) for n in z.namelist()))',
    ],
    { input: zip },
  );
  expect(listing.stderr.toString()).toBe('');
  expect(listing.stdout.toString().trim()).toBe(`${certOf(0).number}.pdf:b'%PDF-',${certOf(1).number}.pdf:b'%PDF-'`);
  const one = await t.gql(STAFF_PDF, { id: certOf(0).id }, { token: staff, ip });
  expect(one.errors).toBeUndefined();
  await t.settle();
  const rows = await t.app.dataSource.getRepository(AuditEntry).find({ where: { action: 'certificate.download', ip }, order: { id: 'ASC' } });
  expect(rows).toHaveLength(3);
  expect(rows.map((r) => r.targetIdList)).toEqual([[certOf(0).id, certOf(1).id].join(','), [certOf(0).id, certOf(1).id].join(','), certOf(0).id].map(expect.stringContaining));
  for (const r of rows) expect(r.targetType).toBe('Certificate');
});

test('contractor staff of another field: not found on every path', async () => {
  const greenery = await t.tokenFor('greenery');
  const c0 = certOf(0).id;
  expect(errorCodes(await t.gql(LIST, { c: cohortId }, { token: greenery }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(ISSUE, { c: cohortId }, { token: greenery }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(STAFF_PDF, { id: c0 }, { token: greenery }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(BUNDLE, { c: cohortId, f: 'ZIP' }, { token: greenery }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(REVOKE, { input: { id: c0, reason: 'x' } }, { token: greenery }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await t.gql(REISSUE, { input: { id: c0, reason: 'LOST' } }, { token: greenery }))).toEqual(['NOT_FOUND']);
  // Ward staff see it; nothing changed by the refused calls.
  expect((await ok(t, LIST, { c: cohortId }, staff)).cohortCertificates.find((c: any) => c.id === c0)).toMatchObject({ revokedAt: null });
});

test('parallel issuing over two cohorts of one field and year: unique, gapless numbers, one certificate each', async () => {
  const more = await fastMembers(t, 6, (i) => ({ name: `並行 ${i}` }));
  const a = await enrolledCohort(COURSE.WELFARE, more.slice(0, 3));
  const b = await enrolledCohort(COURSE.WELFARE, more.slice(3));
  for (const e of [...a.enrollments, ...b.enrollments]) await complete(e);
  const before = Number((await t.app.dataSource.query("SELECT COUNT(*) AS n FROM certificate WHERE number LIKE 'PCN-2030-WEL-%'"))[0].n);
  const results = await Promise.all([a.cohortId, b.cohortId, a.cohortId, b.cohortId, a.cohortId, b.cohortId].map((c) => t.gql(ISSUE, { c }, { token: staff })));
  for (const r of results) expect(r.errors).toBeUndefined();
  const rows: { number: string; enrollmentId: number }[] = await t.app.dataSource.query(
    "SELECT number, enrollmentId FROM certificate WHERE number LIKE 'PCN-2030-WEL-%' ORDER BY number",
  );
  expect(rows).toHaveLength(before + 6);
  expect(rows.map((r) => r.number)).toEqual(Array.from({ length: before + 6 }, (_, i) => `PCN-2030-WEL-${String(i + 1).padStart(4, '0')}`));
  expect(new Set(rows.map((r) => Number(r.enrollmentId))).size).toBe(before + 6);
  // Every call answered with its cohort's three certificates.
  for (const r of results) expect(r.data.issueCertificates).toHaveLength(3);
});
