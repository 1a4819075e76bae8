import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken } from './totp';

/**
 * Completion certificates in the member portal, in Chromium at both widths. A member gets a
 * certificate by the real path (apply, selection, announcement, a seat taken, the cohort run and
 * finished, the completion run, a completion decided by staff), downloads it from my page, and
 * the QR code printed in the PDF leads anyone to the public verify page: valid, the course, the
 * field and the dates, never the holder; a typed name is answered only "matches" or not, and
 * throttled; an unknown number or check code is "not found"; a revoked certificate shows as
 * revoked with its date, and my page no longer offers its download.
 */
let e: E2E;
let staffToken: string;
let memberToken: string;
let loginId: string;
let certificate: { id: string; number: string; courseTitle: string; fieldCode: string; startsOn: string; endsOn: string; completedOn: string };
let fieldNameJa: string;
/** The path and query of the verify URL in the QR code (the server's public URL differs from the test's). */
let verifyPath: string;

const PASSWORD = 'e2e learning password 2026';
const NAME = '修了 花子';
const MOTIVATION = '地域の活動に参加したいと考え、この講座で基礎から学びたいと思い申し込みます。';
const JA_DATE = /^\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\)$/;

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** axe-core, English sentences and horizontal overflow on the page as it is now. */
async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()?.width;
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label} @${width}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

/** The PDF's text and the QR codes of its images, read in a plain node process (pdf.js needs its worker). */
function readPdf(pdf: Buffer): { text: string; qr: string[] } {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const { PNG } = require('pngjs');
    const jsQR = require('jsqr');
    (async () => {
      const chunks = []; for await (const c of process.stdin) chunks.push(c);
      const p = new PDFParse({ data: Buffer.concat(chunks) });
      const text = await p.getText();
      const img = await p.getImage({ imageThreshold: 0 });
      await p.destroy();
      const qr = img.pages.flatMap((pg) => pg.images).map((i) => {
        const png = PNG.sync.read(Buffer.from(i.data));
        return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
      }).filter(Boolean);
      process.stdout.write(JSON.stringify({ text: text.text, qr }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script], { input: pdf, cwd: path.resolve(__dirname, '..', '..'), maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return JSON.parse(r.stdout.toString());
}

async function browserLogin(page: Page): Promise<void> {
  await page.goto(`${e.url}/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL('**/mypage**');
}

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);

  // A member, registered and confirmed.
  const email = `e2e-learning-${Date.now()}@example.jp`;
  await gqlOk('mutation($input: RegisterInput!) { register(input: $input) }', {
    input: {
      name: NAME,
      nameKana: 'シュウリョウ ハナコ',
      email,
      residency: 'RESIDENT',
      address: '東京都練馬区豊玉北6-12-1',
      password: PASSWORD,
      privacyNoticeVersion: (await gqlOk('{ privacyNotice { version } }')).privacyNotice.version,
      acceptPrivacyNotice: true,
    },
  });
  loginId = await e.confirmRegistration(email);
  memberToken = (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: PASSWORD })).login.accessToken;

  // An open review intake with room for everyone: the selection offers every eligible applicant a seat.
  const open = (await gqlOk('{ openCohorts { id selectionMethod } }')).openCohorts as Array<{ id: string; selectionMethod: string }>;
  const target = open.find((c) => c.selectionMethod === 'REVIEW') ?? open[0];
  const c = (await gqlOk(`{ cohort(id: ${target.id}) { academicYear capacity applicationOpensAt applicationClosesAt startsOn endsOn selectionMethod status resultsOn } }`)).cohort;
  const { resultsOn: _r, ...input } = c;
  await gqlOk(`mutation($id: ID!, $input: CohortUpdateInput!) { updateCohort(id: $id, input: $input) { id } }`, { id: target.id, input: { ...input, capacity: 200 } }, staffToken);
  const application = (
    await gqlOk(
      `mutation { applyToCohort(input: { cohortId: ${target.id}, eligibilityBasis: RESIDENT, motivation: "${MOTIVATION}", preferredContact: EMAIL, emailAlerts: false }) { id } }`,
      {},
      memberToken,
    )
  ).applyToCohort;
  await gqlOk(`mutation { changeCohortStatus(id: ${target.id}, status: CLOSED) { id } }`, {}, staffToken);
  await gqlOk(`mutation { runSelection(cohortId: ${target.id}) { id } }`, {}, staffToken);
  await gqlOk(`mutation { announceCohort(cohortId: ${target.id}) { id } }`, {}, staffToken);
  await gqlOk(`mutation { respondToOffer(applicationId: ${application.id}, accept: true) { id } }`, {}, memberToken);
  // The course runs and is finished; the completion run decides, and staff complete the member if the rule did not.
  await gqlOk(`mutation { changeCohortStatus(id: ${target.id}, status: RUNNING) { id } }`, {}, staffToken);
  await gqlOk(`mutation { changeCohortStatus(id: ${target.id}, status: FINISHED) { id } }`, {}, staffToken);
  const run = (await gqlOk(`mutation { runCompletion(cohortId: ${target.id}) { completions { enrollmentId outcome } } }`, {}, staffToken)).runCompletion;
  const enrollmentId = (await gqlOk('{ myApplications { id enrollment { id } } }', {}, memberToken)).myApplications.find((a: any) => a.id === application.id).enrollment.id;
  const mine = run.completions.find((x: any) => x.enrollmentId === enrollmentId);
  if (mine.outcome !== 'COMPLETED') {
    await gqlOk(
      `mutation($id: ID!) { overrideCompletion(enrollmentId: $id, outcome: COMPLETED, reason: "e2e: 出席は紙の記録で確認済み") { id outcome } }`,
      { id: mine.enrollmentId },
      staffToken,
    );
  }
  const certs = (await gqlOk('{ myCertificates { id number courseTitle fieldCode startsOn endsOn completedOn } }', {}, memberToken)).myCertificates;
  expect(certs).toHaveLength(1);
  certificate = certs[0];
  fieldNameJa = (await gqlOk('{ fields { code nameJa } }')).fields.find((f: any) => f.code === certificate.fieldCode).nameJa;
  // The check code is only on the paper: read the QR code of the member's own PDF.
  const file = (await gqlOk(`query($id: ID!) { myCertificatePdf(certificateId: $id) { base64 } }`, { id: certificate.id }, memberToken)).myCertificatePdf;
  const [qr] = readPdf(Buffer.from(file.base64, 'base64')).qr;
  const url = new URL(qr);
  expect(url.pathname).toBe(`/verify/${encodeURIComponent(certificate.number)}`);
  expect(url.searchParams.get('c')).toBeTruthy();
  verifyPath = `${url.pathname}${url.search}`;
});
afterAll(() => e?.stop());

const dd = async (page: Page, id: string) => (await page.getByTestId(id).innerText()).trim();

describe.each(WIDTHS)('at %i px', (width) => {
  test('the member downloads the certificate from my page; the PDF carries the verify QR code', async () => {
    const page = await e.newPage({ width });
    await browserLogin(page);
    await page.getByTestId('mypage-certificates').click();
    await page.waitForURL('**/mypage/certificates');
    const card = page.locator(`[data-testid="my-certificate"][data-number="${certificate.number}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-revoked')).toBe('false');
    expect(await card.getByTestId('my-certificate-status').innerText()).toBe('有効');
    expect(await card.innerText()).toContain(certificate.courseTitle);
    expect(await card.innerText()).toContain(fieldNameJa);
    await checkPage(page, 'my certificates');

    const download = page.waitForEvent('download');
    await card.getByTestId('my-certificate-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`修了証-${certificate.number}.pdf`);
    const pdf = fs.readFileSync((await file.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const read = readPdf(pdf);
    expect(read.text.replace(/\s+/g, '')).toContain(NAME.replace(/\s+/g, ''));
    expect(
      read.qr.map((u) => {
        const x = new URL(u);
        return `${x.pathname}${x.search}`;
      }),
    ).toEqual([verifyPath]);
    await page.getByTestId('certificate-download-status').filter({ hasText: 'ダウンロードしました' }).waitFor();
    await checkPage(page, 'my certificates (downloaded)');

    // Logged in, the verify page works the same.
    await page.goto(`${e.url}${verifyPath}`);
    await page.locator('[data-testid="verify-page"][data-state="VALID"]').waitFor();
    expect(await dd(page, 'verify-status')).toBe('有効');
    await page.context().close();
  });

  test('an anonymous visitor verifies the certificate: valid, course, field and dates, no name; the name check answers only match or not', async () => {
    const page = await e.newPage({ width });
    await page.goto(`${e.url}${verifyPath}`);
    await page.locator('[data-testid="verify-page"][data-state="VALID"]').waitFor();
    expect(await dd(page, 'verify-status')).toBe('有効');
    expect(await dd(page, 'verify-number')).toBe(certificate.number);
    expect(await dd(page, 'verify-course')).toBe(certificate.courseTitle);
    expect(await dd(page, 'verify-field')).toBe(fieldNameJa);
    const [from, to] = (await dd(page, 'verify-period')).split(/\s*〜\s*/);
    expect(from).toMatch(JA_DATE);
    expect(to).toMatch(JA_DATE);
    expect(await dd(page, 'verify-completed-on')).toMatch(JA_DATE);
    expect((await dd(page, 'verify-issued-on')).split(/\s/)[0]).toMatch(JA_DATE);
    // Never the holder: neither the name nor the login ID appears.
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('修了 花子');
    expect(body).not.toContain('花子');
    expect(body).not.toContain(loginId);
    await checkPage(page, 'verify (valid)');

    // The name as printed, with a full-width space: it matches.
    await page.fill('#verify-name', '修了　花子');
    await page.getByTestId('verify-name-submit').click();
    await page.locator('[data-testid="verify-name-result"][data-result="match"]').waitFor();
    expect(await dd(page, 'verify-name-result')).toBe('一致します');
    await checkPage(page, 'verify (name matches)');
    // Editing the name clears the answer; another name does not match.
    await page.fill('#verify-name', '練馬 太郎');
    expect(await page.getByTestId('verify-name-result').getAttribute('data-result')).toBe('');
    await page.getByTestId('verify-name-submit').click();
    await page.locator('[data-testid="verify-name-result"][data-result="noMatch"]').waitFor();
    expect(await dd(page, 'verify-name-result')).toBe('一致しません');
    await checkPage(page, 'verify (name does not match)');
    // An empty name is not sent: the field says what is missing.
    await page.fill('#verify-name', '');
    await page.getByTestId('verify-name-submit').click();
    await page.locator('#verify-name-error').waitFor();
    expect(await page.locator('#verify-name').getAttribute('aria-invalid')).toBe('true');

    // A verifier may read it in English: the labels, the status and the field's English name.
    const fieldNameEn = (await gqlOk('{ fields { code nameEn } }')).fields.find((f: any) => f.code === certificate.fieldCode).nameEn;
    await page.getByTestId('lang-en').click();
    await page.locator('main h1').filter({ hasText: 'Verify a certificate' }).waitFor();
    expect(await dd(page, 'verify-status')).toBe('Valid');
    expect(await dd(page, 'verify-field')).toBe(fieldNameEn);
    expect(await page.locator('[data-testid="verify-page"] dt').allInnerTexts()).not.toContainEqual(expect.stringMatching(/[ぁ-んァ-ヶ一-龠]/));
    await page.getByTestId('lang-ja').click();
    await page.locator('main h1').filter({ hasText: '修了証の確認' }).waitFor();
    await page.context().close();
  });

  test('an unknown number or check code: "not found", with a way back', async () => {
    const page = await e.newPage({ width });
    const wrongCheck = verifyPath.replace(/\?c=.*$/, '?c=AAAAAAAAAAA');
    for (const p of [wrongCheck, `/verify/${encodeURIComponent(certificate.number)}`, `/verify/PCN-2099-WEL-9999${verifyPath.slice(verifyPath.indexOf('?'))}`]) {
      await page.goto(`${e.url}${p}`);
      await page.locator('[data-testid="verify-page"][data-state="not-found"]').waitFor();
      expect(await page.locator('h1').innerText()).toBe('修了証が見つかりません');
      expect(await page.getByTestId('verify-status').count()).toBe(0);
      expect(await page.getByTestId('verify-home').getAttribute('href')).toBe('/');
      await checkPage(page, `verify not found ${p.slice(0, 40)}`);
    }
    await page.getByTestId('verify-home').click();
    await page.waitForURL(`${e.url}/`);
    await page.context().close();
  });
});

test('too many name checks: a clear message, and no answer', async () => {
  const page = await e.newPage();
  await page.goto(`${e.url}${verifyPath}`);
  await page.locator('[data-testid="verify-page"][data-state="VALID"]').waitFor();
  const url = new URL(`${e.url}${verifyPath}`);
  const input = { number: certificate.number, check: url.searchParams.get('c'), name: '練馬 太郎' };
  // Use up the minute's checks from this address.
  for (let i = 0; i < 12; i++) {
    const res = await e.gql('mutation($input: CertificateNameCheckInput!) { checkCertificateName(input: $input) }', { input });
    if (res.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS') break;
  }
  await page.fill('#verify-name', NAME);
  await page.getByTestId('verify-name-submit').click();
  const error = page.getByTestId('verify-name-error');
  await error.waitFor();
  expect(await error.innerText()).toContain('短い時間に何度も照合が行われました');
  expect(await page.getByTestId('verify-name-result').getAttribute('data-result')).toBe('');
  await checkPage(page, 'verify (too many checks)');
  await page.context().close();
});

test('a revoked certificate: 取り消し済み with the date on the verify page; my page lists it without a download', async () => {
  await gqlOk(
    `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id revokedAt } }`,
    { input: { id: certificate.id, reason: '誤って発行したため' } },
    staffToken,
  );
  for (const width of WIDTHS) {
    const page = await e.newPage({ width });
    await page.goto(`${e.url}${verifyPath}`);
    await page.locator('[data-testid="verify-page"][data-state="REVOKED"]').waitFor();
    expect(await dd(page, 'verify-status')).toBe('取り消し済み');
    expect(await dd(page, 'verify-revoked-note')).toMatch(/^この修了証は\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\)に取り消されています。$/);
    // The reason is staff's business, not the verifier's.
    expect(await page.locator('body').innerText()).not.toContain('誤って発行したため');
    await checkPage(page, 'verify (revoked)');

    await browserLogin(page);
    await page.goto(`${e.url}/mypage/certificates`);
    const card = page.locator(`[data-testid="my-certificate"][data-number="${certificate.number}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-revoked')).toBe('true');
    expect(await card.getByTestId('my-certificate-status').innerText()).toBe('取り消し済み');
    expect(await card.getByTestId('my-certificate-revoked-on').innerText()).toMatch(JA_DATE);
    expect(await card.getByTestId('my-certificate-download').count()).toBe(0);
    await checkPage(page, 'my certificates (revoked)');
    await page.context().close();
  }
});
