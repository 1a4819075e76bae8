import { IsNull } from 'typeorm';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from './helpers/smtp-capture';
import { startTestServer, type TestServer } from './helpers/server';
import {
  COURSE,
  MOTIVATION,
  applyOk,
  changeStatus,
  createCohort,
  drawLottery,
  errorCodes,
  fastMembers,
  fieldErrors,
  freeze,
  ok,
  respond,
  staffCall,
  type Member,
} from './helpers/intake';
import { MailOutbox } from '../server/src/modules/notices';
import { draw } from '../server/src/modules/intake';

/** Notices on my page, and the only mail the system sends: "a notice is waiting", with nothing personal. */
const PUBLIC_URL = 'https://college.example.jp';
const PORTAL = `${PUBLIC_URL}/mypage`;
const RESULT_WORDS = ['合格', '不合格', '受講決定', '補欠', '落選', '当選', 'waitlist', 'accepted', 'offered', 'rejected', 'enrolled'];

type Received = CapturedMail;

let smtp: SmtpCapture;
let t: TestServer;
let staff: string;
let green: string;

/** Sends what the outbox holds and returns the mails received since the last call. */
async function flushMail(): Promise<Received[]> {
  const outbox = t.app.dataSource.getRepository(MailOutbox);
  for (let i = 0; i < 100; i++) {
    await t.app.services.mailer.dispatch();
    if ((await outbox.countBy({ sentAt: IsNull() })) === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await outbox.countBy({ sentAt: IsNull() })).toBe(0);
  expect(await outbox.countBy({ lastError: 'no address' })).toBe(0);
  return smtp.fresh();
}

const mailsTo = (mails: Received[], m: Member) => mails.filter((x) => x.envelopeTo.includes(m.email) || x.to.includes(m.email));

/** A "notice waiting" mail: the portal address, nothing about the person, the course or the result. */
function expectBland(mail: Received, who: Member, extra: string[] = []): void {
  const content = mail.decoded;
  // Decoded, not encoded: the template's Japanese wording is readable.
  expect(mail.text).toContain('マイページ');
  expect(content).toContain(PORTAL);
  for (const secret of [who.name, who.nameKana, who.loginId, ...who.name.split(' '), '防災コース', '地域福祉コース', 'みどりのコース', ...RESULT_WORDS, ...extra]) {
    expect([secret, content.includes(secret)]).toEqual([secret, false]);
  }
  // No student number of any field or year.
  expect(content).not.toMatch(/\d{4}-(WEL|DIS|AGR|GRN|REC)-\d{3}/);
  expect(mail.to).toEqual([who.email]);
  expect(mail.envelopeTo).toEqual([who.email]);
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL } });
  staff = await t.tokenFor('staff');
  green = await t.tokenFor('greenery');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('mail after an announcement', () => {
  let people: Member[];
  let apps: Array<{ id: string; code: string }>;
  const alerts = [true, true, false, true, false, true];
  const CAPACITY = 2;
  let cohortId: string;
  /** Indexes into people/apps, in drawn order. */
  let order: number[];

  beforeAll(async () => {
    people = await fastMembers(t, 6, (i) => ({ name: `通知 花子${i}`, nameKana: `ツウチ ハナコ${i}`, email: `applicant${i}.mail@example.jp` }));
    cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: 2035, capacity: CAPACITY });
    apps = [];
    for (const [i, m] of people.entries()) {
      apps.push(await applyOk(t, m.token, cohortId, i === 5 ? { eligibilityBasis: 'STUDENT', workplaceOrSchool: '練馬大学', emailAlerts: alerts[i] } : { emailAlerts: alerts[i] }));
    }
    await changeStatus(t, cohortId, 'CLOSED', staff);
    // Application codes are random, and the drawn order follows from them and the seed. So pick the
    // seed here: the first one whose order puts someone who wants alerts first on the waitlist and
    // someone who does not second, so that both promotions below are checked on every run.
    // (The student, number 5, is not eligible for disaster prevention and is not in the lottery.)
    const frozen = await freeze(t, cohortId);
    expect(frozen.errors).toBeUndefined();
    const codes = apps.slice(0, 5).map((a) => a.code);
    const planned = Array.from({ length: 1000 }, (_, k) => `seed-2035-${k}`)
      .map((seed) => ({ seed, outcome: draw(codes, CAPACITY, seed) }))
      .find(({ outcome }) => {
        const [firstWaiting, secondWaiting] = outcome.waitlisted.map((code) => codes.indexOf(code));
        return alerts[firstWaiting] && !alerts[secondWaiting];
      });
    if (!planned) throw new Error('no seed among 1000 gives the order this test needs');
    expect(frozen.data.freezeLottery.commitment).toBe(planned.outcome.commitment);
    expect((await drawLottery(t, cohortId, planned.seed)).errors).toBeUndefined();
    const transcript = JSON.parse((await ok(t, `query($c: ID!) { lotteryTranscript(cohortId: $c) }`, { c: cohortId }, staff)).lotteryTranscript);
    expect(transcript.order).toEqual(planned.outcome.order);
    order = transcript.order.map((code: string) => apps.findIndex((a) => a.code === code));
  });

  test('nothing is mailed before the announcement', async () => {
    expect(await flushMail()).toEqual([]);
  });

  test('each applicant who asked for alerts gets exactly one bland mail; the others none', async () => {
    expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
    const mails = await flushMail();
    expect(mails).toHaveLength(alerts.filter(Boolean).length);
    for (const [i, m] of people.entries()) {
      const got = mailsTo(mails, m);
      expect([i, got.length]).toEqual([i, alerts[i] ? 1 : 0]);
      if (got.length) expectBland(got[0], m);
    }
    expect(mails.every((m) => m.from === 'noreply@college.example.jp')).toBe(true);
  });

  test('after an acceptance and a decline, the promoted member gets one bland mail, without the student number', async () => {
    const [first, second, promoted] = order;
    expect(alerts[promoted]).toBe(true);
    const accepted = await respond(t, people[first].token, apps[first].id, true);
    const studentNumber = accepted.data.respondToOffer.enrollment.studentNumber;
    expect(studentNumber).toBe('2035-DIS-001');
    expect((await respond(t, people[second].token, apps[second].id, false)).data.respondToOffer.status).toBe('DECLINED');
    const mails = await flushMail();
    expect(mails.map((m) => m.envelopeTo)).toEqual([[people[promoted].email]]);
    expectBland(mails[0], people[promoted], [studentNumber]);
    const notices = (await ok(t, `{ myNotices { kind } }`, {}, people[promoted].token)).myNotices;
    expect(notices.map((n: any) => n.kind)).toEqual(['OFFER', 'RESULT']);
  });

  test('a promoted member who asked for no alerts gets the notice, and no mail', async () => {
    const [, , promoted, next] = order;
    expect(alerts[next]).toBe(false);
    expect((await respond(t, people[promoted].token, apps[promoted].id, false)).data.respondToOffer.status).toBe('DECLINED');
    const notices = await ok(t, `{ myNotices { kind } myApplications { id status } }`, {}, people[next].token);
    expect(notices.myApplications.find((a: any) => a.id === apps[next].id).status).toBe('OFFERED');
    expect(notices.myNotices.map((n: any) => n.kind)).toEqual(['OFFER', 'RESULT']);
    expect(await flushMail()).toEqual([]);
  });
});

describe('notices', () => {
  /** g: applied to greenery; w: applied to welfare; d: applied to disaster; n: no application. */
  let g: Member;
  let g2: Member;
  let w: Member;
  let d: Member;
  let n: Member;
  let greeneryCohort: string;
  const NOTICE = `mutation($input: NoticeInput!) { createNotice(input: $input) { id audience kind title cohortId fieldCode } }`;
  const MY = `{ myNotices(limit: 200) { id title audience kind read } unreadNoticeCount }`;
  const created: Record<string, string> = {};

  const write = (token: string, input: Record<string, unknown>) => t.gql(NOTICE, { input: { title: 'お知らせ', body: '本文です。', ...input } }, { token });
  const titles = async (m: Member): Promise<string[]> => (await ok(t, MY, {}, m.token)).myNotices.map((x: any) => x.title);

  beforeAll(async () => {
    [g, g2, w, d, n] = await fastMembers(t, 5, (i) => ({ name: `掲示 次郎${i}`, nameKana: `ケイジ ジロウ${i}`, email: `notice${i}.mail@example.jp` }));
    greeneryCohort = await createCohort(t, COURSE.GREENERY, { academicYear: 2036, selectionMethod: 'REVIEW' });
    await applyOk(t, g.token, greeneryCohort, { motivation: MOTIVATION });
    await applyOk(t, g2.token, COURSE.GREENERY, { motivation: MOTIVATION, emailAlerts: false });
    await applyOk(t, w.token, COURSE.WELFARE, { motivation: MOTIVATION });
    await applyOk(t, d.token, COURSE.DISASTER);
    await flushMail();
  });

  test('a member notice reaches only that member, with one bland mail', async () => {
    const res = await write(staff, {
      audience: 'MEMBER',
      accountId: String(w.id),
      title: '面談日程のご相談（掲示次郎様）',
      body: '面談の日程について、マイページからご回答ください。',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createNotice).toMatchObject({ audience: 'MEMBER', kind: 'GENERAL' });
    created.member = res.data.createNotice.id;
    expect(await titles(w)).toContain('面談日程のご相談（掲示次郎様）');
    for (const other of [g, g2, d, n]) expect(await titles(other)).not.toContain('面談日程のご相談（掲示次郎様）');
    const mails = await flushMail();
    expect(mails).toHaveLength(1);
    expectBland(mails[0], w, ['面談', '掲示次郎様']);
    // Staff lists hold group notices only.
    expect((await ok(t, `{ staffNotices { id } }`, {}, staff)).staffNotices.map((x: any) => x.id)).not.toContain(created.member);
  });

  test('the contractor writes only to members who applied in its field', async () => {
    const ok1 = await write(green, { audience: 'MEMBER', accountId: String(g.id), title: 'みどり個別' });
    expect(ok1.errors).toBeUndefined();
    expect(await titles(g)).toContain('みどり個別');
    for (const other of [w, n, d]) expect(errorCodes(await write(green, { audience: 'MEMBER', accountId: String(other.id) }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await write(green, { audience: 'MEMBER', accountId: '999999' }))).toEqual(['NOT_FOUND']);
    // Ward staff may write to any member, but not to a staff account.
    const staffAccount = (await ok(t, `{ me { id } }`, {}, green)).me.id;
    expect(errorCodes(await write(staff, { audience: 'MEMBER', accountId: staffAccount }))).toEqual(['NOT_FOUND']);
    expect(fieldErrors(await write(staff, { audience: 'MEMBER' }))).toEqual(['accountId']);
    const mails = await flushMail();
    expect(mails).toHaveLength(1);
    expectBland(mails[0], g, ['みどり個別']);
  });

  test('a cohort notice reaches the applicants of that cohort', async () => {
    const res = await write(staff, { audience: 'COHORT', cohortId: greeneryCohort, title: '第1回説明会のご案内' });
    expect(res.data.createNotice).toMatchObject({ audience: 'COHORT', cohortId: greeneryCohort });
    expect(await titles(g)).toContain('第1回説明会のご案内');
    for (const other of [g2, w, d, n]) expect(await titles(other)).not.toContain('第1回説明会のご案内');
    const mails = await flushMail();
    expect(mails.map((m) => m.envelopeTo[0])).toEqual([g.email]);
    expectBland(mails[0], g);
    // The contractor writes to its own field's cohorts only.
    expect(errorCodes(await write(green, { audience: 'COHORT', cohortId: COURSE.WELFARE }))).toEqual(['NOT_FOUND']);
    expect((await write(green, { audience: 'COHORT', cohortId: COURSE.GREENERY, title: 'みどり期の案内' })).errors).toBeUndefined();
    expect(await titles(g2)).toContain('みどり期の案内');
    expect(await titles(g)).not.toContain('みどり期の案内');
    expect(fieldErrors(await write(staff, { audience: 'COHORT' }))).toEqual(['cohortId']);
    // g2 asked for no alerts.
    expect(await flushMail()).toEqual([]);
  });

  test('a field notice reaches everyone who applied in the field; the contractor writes to its own field only', async () => {
    expect(errorCodes(await write(green, { audience: 'FIELD', fieldCode: 'WELFARE', title: '福祉分野' }))).toEqual(['FORBIDDEN']);
    const res = await write(green, { audience: 'FIELD', fieldCode: 'GREENERY', title: 'みどり分野のお知らせ' });
    expect(res.data.createNotice).toMatchObject({ audience: 'FIELD', fieldCode: 'GREENERY' });
    for (const m of [g, g2]) expect(await titles(m)).toContain('みどり分野のお知らせ');
    for (const m of [w, d, n]) expect(await titles(m)).not.toContain('みどり分野のお知らせ');
    const mails = await flushMail();
    expect(mails.map((m) => m.envelopeTo[0])).toEqual([g.email]);
    expectBland(mails[0], g, ['みどり分野']);
    expect((await write(staff, { audience: 'FIELD', fieldCode: 'WELFARE', title: '福祉分野のお知らせ' })).errors).toBeUndefined();
    expect(await titles(w)).toContain('福祉分野のお知らせ');
    expect(await titles(g)).not.toContain('福祉分野のお知らせ');
    await flushMail();
  });

  test('ward-wide and public notices are for ward staff only', async () => {
    expect(errorCodes(await write(green, { audience: 'ALL_MEMBERS', title: '全会員' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await write(green, { audience: 'PUBLIC', title: '公開' }))).toEqual(['FORBIDDEN']);
    const all = await write(staff, { audience: 'ALL_MEMBERS', title: '全会員へのお知らせ', body: '年末年始の休館について' });
    expect(all.errors).toBeUndefined();
    for (const m of [g, g2, w, d, n]) expect(await titles(m)).toContain('全会員へのお知らせ');
    const mails = await flushMail();
    for (const m of [g, g2, w, d, n]) {
      const got = mailsTo(mails, m);
      expect(got).toHaveLength(1);
      expectBland(got[0], m, ['年末年始']);
    }
    const pub = await write(staff, { audience: 'PUBLIC', title: '受講生募集のお知らせ', body: '令和9年度の受講生を募集します。' });
    expect(pub.errors).toBeUndefined();
    const anon = await t.gql(`{ publicNotices { id title body } }`);
    expect(anon.errors).toBeUndefined();
    expect(anon.data.publicNotices.map((x: any) => x.title)).toContain('受講生募集のお知らせ');
    expect(anon.data.publicNotices.map((x: any) => x.title)).not.toContain('全会員へのお知らせ');
    expect(anon.data.publicNotices.map((x: any) => x.title)).not.toContain('みどり分野のお知らせ');
    expect(await titles(n)).toContain('受講生募集のお知らせ');
    // A public notice sends no mail.
    expect(await flushMail()).toEqual([]);
    // Anonymous callers cannot read members' notices.
    expect(errorCodes(await t.gql(MY))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(NOTICE, { input: { audience: 'PUBLIC', title: 'x', body: 'y' } }, { token: n.token }))).toEqual(['FORBIDDEN']);
  });

  test('staff lists: ward staff see every group notice, the contractor only its field', async () => {
    const ward = (await ok(t, `{ staffNotices { title audience } }`, {}, staff)).staffNotices.map((x: any) => x.title);
    expect(ward).toEqual(
      expect.arrayContaining(['第1回説明会のご案内', 'みどり期の案内', 'みどり分野のお知らせ', '福祉分野のお知らせ', '全会員へのお知らせ', '受講生募集のお知らせ']),
    );
    const contractor = (await ok(t, `{ staffNotices { title } }`, {}, green)).staffNotices.map((x: any) => x.title);
    expect(contractor.sort()).toEqual(['みどり分野のお知らせ', 'みどり期の案内', '第1回説明会のご案内'].sort());
  });

  test('read and unread', async () => {
    const before = await ok(t, MY, {}, d.token);
    expect(before.unreadNoticeCount).toBe(before.myNotices.filter((x: any) => !x.read).length);
    expect(before.unreadNoticeCount).toBeGreaterThanOrEqual(2);
    const first = before.myNotices[0];
    const marked = await t.gql(`mutation($id: ID!) { markNoticeRead(id: $id) { id read } }`, { id: first.id }, { token: d.token });
    expect(marked.errors).toBeUndefined();
    expect(marked.data.markNoticeRead.id).toBe(first.id);
    const after = await ok(t, MY, {}, d.token);
    expect(after.unreadNoticeCount).toBe(before.unreadNoticeCount - 1);
    expect(after.myNotices.find((x: any) => x.id === first.id).read).toBe(true);
    // Marking twice changes nothing.
    await ok(t, `mutation($id: ID!) { markNoticeRead(id: $id) { id } }`, { id: first.id }, d.token);
    expect((await ok(t, MY, {}, d.token)).unreadNoticeCount).toBe(after.unreadNoticeCount);
    // Reading a shared notice is per member.
    const shared = await ok(t, MY, {}, n.token);
    expect(shared.myNotices.find((x: any) => x.id === first.id)).toMatchObject({ read: false });
  });

  test("marking someone else's notice is NOT_FOUND", async () => {
    const MARK = `mutation($id: ID!) { markNoticeRead(id: $id) { id title } }`;
    const res = await t.gql(MARK, { id: created.member }, { token: d.token });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(res)).not.toContain('面談');
    const greeneryCohortNotice = (await ok(t, MY, {}, g.token)).myNotices.find((x: any) => x.title === '第1回説明会のご案内').id;
    expect(errorCodes(await t.gql(MARK, { id: greeneryCohortNotice }, { token: d.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(MARK, { id: '99999999' }, { token: d.token }))).toEqual(['NOT_FOUND']);
    expect((await ok(t, MY, {}, w.token)).myNotices.find((x: any) => x.id === created.member).read).toBe(false);
  });

  test('blank notices are refused', async () => {
    for (const input of [{ title: '   ' }, { body: '   ' }, { title: '' }]) {
      const res = await write(staff, { audience: 'PUBLIC', ...input });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
