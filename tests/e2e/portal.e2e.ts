import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { startE2E, axeViolations, englishSentences, horizontalOverflow, DEMO, WIDTHS, type E2E } from './harness';
import { staffApiToken } from './totp';

/**
 * The member portal's public side, in Chromium at both widths: course pages from the field cards,
 * closed cohorts with their result date, the public lottery page through freeze, draw and
 * announcement, the return address through login and registration, not-found pages, the reason
 * an ineligible applicant is given, and the footer's pages. Every page visited is checked for
 * axe-core violations, English sentences and sideways scrolling.
 */
let e: E2E;
let staffToken: string;
const PASSWORD = 'e2e portal password 2026';
let serial = 0;
const MOTIVATION = '地域の活動に参加したいと考え、この講座で基礎から学びたいと思い申し込みます。';

beforeAll(async () => {
  e = await startE2E();
  staffToken = await staffApiToken(e, DEMO.staff.loginId, DEMO.staff.password);
});
afterAll(() => e?.stop());

/** axe-core, English sentences and horizontal overflow on the page as it is now. */
async function checkPage(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()?.width;
  const [violations, english, overflow] = [await axeViolations(page), await englishSentences(page), await horizontalOverflow(page)];
  if (violations.length || english.length || overflow) console.log(`${label} @${width}:`, { violations, english, overflow });
  expect({ label, violations, english, overflow }).toEqual({ label, violations: [], english: [], overflow: 0 });
}

async function gqlOk(query: string, variables?: Record<string, unknown>, token?: string): Promise<any> {
  const res = await e.gql(query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** A member registered and confirmed through the API; returns the login ID. */
async function member(residency: 'RESIDENT' | 'WORKER' | 'STUDENT' = 'RESIDENT'): Promise<{ loginId: string; token: string }> {
  const email = `e2e-portal-${++serial}-${Date.now()}@example.jp`;
  await gqlOk('mutation($input: RegisterInput!) { register(input: $input) }', {
    input: {
      name: `石神井 ${serial}`,
      nameKana: 'シャクジイ',
      email,
      residency,
      ...(residency === 'RESIDENT' ? { address: '東京都練馬区豊玉北6-12-1' } : { workplaceOrSchool: '練馬区立の事業所' }),
      password: PASSWORD,
      privacyNoticeVersion: (await gqlOk('{ privacyNotice { version } }')).privacyNotice.version,
      acceptPrivacyNotice: true,
    },
  });
  const loginId = await e.confirmRegistration(email);
  const token = (await gqlOk('mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }', { i: loginId, p: PASSWORD })).login.accessToken;
  return { loginId, token };
}

async function browserLogin(page: Page, loginId: string): Promise<void> {
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', PASSWORD);
  await page.getByTestId('login-submit').click();
}

const JA_DATE = /\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\)/;

describe.each(WIDTHS)('at %i px', (width) => {
  test('an anonymous visitor opens a course page from a field card; not-found pages lead on', async () => {
    const page = await e.newPage({ width });
    await page.goto(`${e.url}/`);
    await page.getByTestId('field-list').locator('a').first().waitFor();
    // The login prompt's footer and the top page's own (Fields / OpenCohorts) answers are in.
    await page.getByTestId('open-cohort').first().waitFor();
    await checkPage(page, 'top (anonymous)');
    const link = page.getByTestId('field-list').locator('a').first();
    const courseTitle = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/courses\/\d+$/);
    await page.getByTestId('course-title').waitFor();
    expect((await page.getByTestId('course-title').innerText()).trim()).toBe(courseTitle);
    expect(await page.getByTestId('course-description').innerText()).not.toBe('');
    expect(await page.getByTestId('course-years').innerText()).toMatch(/^\d年$/);
    expect(await page.getByTestId('course-eligibility').innerText()).toMatch(/練馬区.+方.*が申し込めます。/);
    expect(await page.getByTestId('course-attendance').innerText()).toMatch(/出席率\d+%以上/);
    // Its open intake offers 申し込む, with the application window in Japanese dates.
    const open = page.locator('[data-testid="course-cohort"][data-phase="open"]').first();
    await open.waitFor();
    expect(await open.innerText()).toMatch(JA_DATE);
    expect(await open.locator('a', { hasText: '申し込む' }).count()).toBe(1);
    await checkPage(page, 'course page');

    // Not found: an unknown course, an unknown intake's form, an unknown address.
    for (const path of ['/courses/999', '/cohorts/999/lottery', '/no-such-page']) {
      await page.goto(`${e.url}${path}`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('not-found-home').getAttribute('href')).toBe('/');
      expect(await page.getByTestId('not-found-courses').getAttribute('href')).toBe('/courses');
      await checkPage(page, `not found ${path}`);
    }
    await page.getByTestId('not-found-courses').click();
    await page.getByTestId('courses-page').waitFor();
    await page.locator('[data-testid^="courses-course-"]').first().waitFor();
    await checkPage(page, 'course list');
    await page.context().close();
  });

  test('footer: contact details, the privacy notice and the accessibility statement; no encryption claim over HTTP', async () => {
    const page = await e.newPage({ width });
    await page.goto(`${e.url}/courses`);
    await page.getByTestId('footer-phone').waitFor();
    const contact = (await gqlOk('{ siteContact { section phone email hours } }')).siteContact;
    expect(await page.getByTestId('footer-section').innerText()).toBe(contact.section);
    expect(await page.getByTestId('footer-email').getAttribute('href')).toBe(`mailto:${contact.email}`);
    // Served over plain HTTP here: the footer must not claim the connection is encrypted.
    expect(await page.getByTestId('footer-encryption').count()).toBe(0);
    await page.getByTestId('footer-privacy').click();
    await page.getByTestId('privacy-text').waitFor();
    const notice = (await gqlOk('{ privacyNotice { version purposeJa } }')).privacyNotice;
    expect(await page.getByTestId('privacy-text').innerText()).toContain(notice.purposeJa.slice(0, 20));
    await checkPage(page, 'privacy');
    await page.getByTestId('footer-accessibility').click();
    await page.getByTestId('accessibility-page').waitFor();
    expect(await page.getByTestId('accessibility-target').innerText()).toContain('JIS X 8341-3:2016');
    await page.getByTestId('accessibility-contact').waitFor();
    await checkPage(page, 'accessibility');
    await page.context().close();
  });
});

test('login redirect: the reason is shown and the return address survives registration', async () => {
  const cohortId = (await gqlOk('{ openCohorts { id } }')).openCohorts[0].id;
  for (const width of WIDTHS) {
    const page = await e.newPage({ width });
    await page.goto(`${e.url}/cohorts/${cohortId}/apply`);
    await page.waitForURL(/\/login\?redirect=/);
    expect(await page.getByTestId('login-reason').innerText()).toContain('申し込むにはログインしてください。');
    await checkPage(page, 'login (redirected)');
    // The register link carries the return address.
    await page.getByTestId('login-register').click();
    await page.waitForURL(/\/register\?redirect=/);
    await page.getByTestId('register-return-note').waitFor();
    await checkPage(page, 'register (redirected)');
    const email = `e2e-portal-ui-${width}-${Date.now()}@example.jp`;
    await page.fill('#reg-name', '大泉 花子');
    await page.fill('#reg-name-kana', 'オオイズミ ハナコ');
    await page.fill('#reg-email', email);
    await page.check('#reg-residency-RESIDENT');
    await page.fill('#reg-address', '東京都練馬区東大泉1-1-1');
    await page.fill('#reg-password', PASSWORD);
    await page.fill('#reg-password-confirmation', PASSWORD);
    await page.check('#reg-agree');
    await page.getByTestId('register-submit').click();
    await page.getByTestId('register-complete').waitFor();
    // The mailed link, opened in the same browser: confirming the address leads back to the form.
    await page.goto(await e.mailLink(email, '/confirm-email'));
    const loginId = (await page.getByTestId('login-id').innerText()).trim();
    await page.getByTestId('confirm-return-note').waitFor();
    await checkPage(page, 'confirm email (with return address)');
    await page.getByTestId('go-login').click();
    await page.waitForURL(/\/login\?redirect=/);
    await browserLogin(page, loginId);
    await page.waitForURL(`**/cohorts/${cohortId}/apply`);
    await page.locator('#apply-basis-RESIDENT').waitFor();
    await page.context().close();
  }
});

test('an ineligible applicant is told why; the top page marks cohorts already applied to', async () => {
  const cohorts = (await gqlOk('{ openCohorts { id course { id eligibility } } }')).openCohorts as Array<{ id: string; course: { eligibility: string[] } }>;
  const residentOnly = cohorts.find((c) => c.course.eligibility.length === 1 && c.course.eligibility[0] === 'RESIDENT');
  expect(residentOnly).toBeDefined();
  const other = cohorts.find((c) => c !== residentOnly && c.course.eligibility.includes('WORKER'))!;
  const worker = await member('WORKER');
  await gqlOk(
    `mutation { applyToCohort(input: { cohortId: ${other.id}, eligibilityBasis: WORKER, workplaceOrSchool: "練馬区立の事業所", motivation: "${MOTIVATION}", preferredContact: EMAIL, emailAlerts: false }) { id } }`,
    {},
    worker.token,
  );
  for (const width of WIDTHS) {
    const page = await e.newPage({ width });
    await page.goto(`${e.url}/login`);
    await browserLogin(page, worker.loginId);
    await page.waitForURL('**/mypage');
    // The member's own pages: Japanese only, dates in the Japanese form, history by 「本人」.
    await page.getByTestId('nav-mypage').waitFor();
    await checkPage(page, 'my page');
    await page.goto(`${e.url}/mypage/applications`);
    await page.getByTestId('my-application').first().waitFor();
    expect(await page.getByTestId('my-application').first().innerText()).toMatch(JA_DATE);
    await checkPage(page, 'my applications');
    await page.goto(`${e.url}/mypage/notices`);
    await page.locator('main h1').waitFor();
    await checkPage(page, 'my notices');
    await page.goto(`${e.url}/mypage/details`);
    await page.getByTestId('account-change').first().waitFor();
    expect(await page.getByTestId('account-change-by').first().innerText()).toContain('本人');
    await checkPage(page, 'my details');

    await page.goto(`${e.url}/`);
    await page.getByTestId(`applied-${other.id}`).waitFor();
    expect(await page.getByTestId(`apply-${other.id}`).count()).toBe(0);
    expect(await page.getByTestId(`applied-${other.id}`).innerText()).toContain('申込済み');
    await checkPage(page, 'top (logged in, applied)');

    await page.goto(`${e.url}/cohorts/${residentOnly!.id}/apply`);
    const notice = page.getByTestId('apply-ineligible');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('区内在住の方');
    expect(text).toContain('「区内在勤」');
    await checkPage(page, 'apply (registered outside the course)');
    // Choosing a basis the course does not take is warned about next to the choice.
    await page.check('#apply-basis-STUDENT');
    await page.getByTestId('apply-basis-warning').waitFor();

    // An intake that does not exist: the not-found content, not a dead end.
    await page.goto(`${e.url}/cohorts/999/apply`);
    await page.getByTestId('not-found').waitFor();
    await checkPage(page, 'apply to a missing cohort');
    await page.context().close();
  }
});

test('closed cohorts show their result date; the public lottery page follows freeze, draw and announcement', async () => {
  // An open lottery intake, made small so the lottery is needed.
  const open = (await gqlOk('{ openCohorts { id selectionMethod course { id } } }')).openCohorts as Array<{ id: string; selectionMethod: string; course: { id: string } }>;
  const target = open.filter((c) => c.selectionMethod === 'LOTTERY').at(-1)!;
  const c = (await gqlOk(`{ cohort(id: ${target.id}) { academicYear capacity applicationOpensAt applicationClosesAt startsOn endsOn selectionMethod status resultsOn } }`)).cohort;
  const update = `mutation($id: ID!, $input: CohortUpdateInput!) { updateCohort(id: $id, input: $input) { id } }`;
  const { resultsOn: _r, ...input } = c;
  await gqlOk(update, { id: target.id, input: { ...input, capacity: 1 } }, staffToken);
  for (const m of [await member(), await member()]) {
    await gqlOk(
      `mutation { applyToCohort(input: { cohortId: ${target.id}, eligibilityBasis: RESIDENT, motivation: "${MOTIVATION}", preferredContact: EMAIL, emailAlerts: false }) { id } }`,
      {},
      m.token,
    );
  }
  await gqlOk(`mutation { changeCohortStatus(id: ${target.id}, status: CLOSED) { id } }`, {}, staffToken);

  const pages = await Promise.all(WIDTHS.map((width) => e.newPage({ width })));
  const each = async (fn: (page: Page) => Promise<void>) => {
    for (const page of pages) await fn(page);
  };

  // The course page lists the intake as closed, with the day results come.
  await each(async (page) => {
    await page.goto(`${e.url}/courses/${target.course.id}`);
    const card = page.locator(`[data-testid="course-cohort"][data-cohort="${target.id}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-phase')).toBe('closed');
    expect(await card.getByTestId('cohort-phase').innerText()).toBe('受付終了');
    const results = (await card.getByTestId('cohort-results-on').innerText()).trim();
    expect(results).toMatch(c.resultsOn ? JA_DATE : /決まり次第お知らせします/);
    await checkPage(page, 'course page (closed cohort)');
    // Before the freeze, the public lottery page says only that it is not ready.
    await card.getByTestId(`lottery-link-${target.id}`).click();
    await page.getByTestId('public-lottery-not-yet').waitFor();
    expect(await page.getByTestId('public-lottery-commitment').count()).toBe(0);
    await checkPage(page, 'public lottery (before the freeze)');
  });

  const frozen = (await gqlOk(`mutation { freezeLottery(cohortId: ${target.id}) { commitment } }`, {}, staffToken)).freezeLottery;
  await each(async (page) => {
    await page.reload();
    await page.getByTestId('public-lottery-commitment').waitFor();
    expect((await page.getByTestId('public-lottery-commitment').innerText()).trim()).toBe(frozen.commitment);
    expect(await page.getByTestId('public-lottery-entries').innerText()).toBe('2件');
    expect(await page.getByTestId('public-lottery-capacity').innerText()).toBe('1人');
    expect(await page.getByTestId('public-lottery-seed').count()).toBe(0);
    await checkPage(page, 'public lottery (frozen)');
  });

  // Drawn but not announced: still only the commitment.
  await gqlOk(`mutation { drawLottery(cohortId: ${target.id}, seed: "portal-e2e-4821") { seed } }`, {}, staffToken);
  await each(async (page) => {
    await page.reload();
    await page.getByTestId('public-lottery-pending').waitFor();
    expect(await page.getByTestId('public-lottery-seed').count()).toBe(0);
  });

  await gqlOk(`mutation { announceCohort(cohortId: ${target.id}) { id } }`, {}, staffToken);
  await each(async (page) => {
    await page.reload();
    await page.getByTestId('public-lottery-seed').waitFor();
    expect((await page.getByTestId('public-lottery-seed').innerText()).trim()).toBe('portal-e2e-4821');
    expect(await page.getByTestId('public-lottery-drawn-at').innerText()).toMatch(JA_DATE);
    expect(await page.getByTestId('public-lottery-command').innerText()).toBe(`npm run verify-lottery -- lottery-transcript-cohort-${target.id}.json`);
    await checkPage(page, 'public lottery (announced)');
    const download = page.waitForEvent('download');
    await page.getByTestId('public-lottery-download').click();
    const file = await (await download).path();
    const transcript = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(transcript.commitment).toBe(frozen.commitment);
    expect(transcript.seed).toBe('portal-e2e-4821');
    // Only anonymous codes: no name or e-mail address anywhere in it.
    expect(JSON.stringify(transcript)).not.toMatch(/石神井|シャクジイ|@example\.jp/);
    await page.getByTestId('public-lottery-download-status').filter({ hasText: 'ダウンロードしました' }).waitFor();
  });
  await Promise.all(pages.map((p) => p.context().close()));
});
