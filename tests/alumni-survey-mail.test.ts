import { alumniCohort } from './helpers/alumni';
import { IsNull } from 'typeorm';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from './helpers/smtp-capture';
import { startTestServer, type TestServer } from './helpers/server';
import { RETENTION_BEYOND_THESE_TESTS } from './helpers/server';
import { fastMembers, ok, type Member } from './helpers/intake';

import { MailOutbox } from '../server/src/modules/notices';
import { FOLLOW_UP_NOTICE_VERSION } from '../server/src/modules/alumni';

/**
 * Survey mail through a real SMTP server: when a wave opens each consenting alumnus gets one
 * mail that says only that a survey is waiting on the portal (nothing about the person, nothing
 * of the survey); after the reminder day one more mail only to those who neither answered nor
 * declined and still agree.
 */
const PUBLIC_URL = 'https://college.example.jp';
const TITLE = '修了1年後の地域活動調査';
const QUESTIONS = [
  { key: 'satisfaction', kind: 'SCALE', label: '講座の満足度を教えてください', required: true },
  { key: 'groups', kind: 'GROUPS', label: '参加している地域団体', required: false },
];

let smtp: SmtpCapture;
let t: TestServer;
let staff: string;
/** A answers, B leaves it pending, C withdraws consent, D declines; all four agreed. E never agreed. */
let A: Member, B: Member, C: Member, D: Member, E: Member;
const studentNumbers = new Map<number, string>();

const SET_CONSENT = `mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { current { granted } } }`;
const MINE = `{ mySurveys { id } }`;

/** Tokyo 10:00 on a day. */
const at = (day: string) => new Date(`${day}T10:00:00+09:00`);

/** Sends what the outbox holds and returns the mails received since the last call. */
async function flushMail(): Promise<CapturedMail[]> {
  const outbox = t.app.dataSource.getRepository(MailOutbox);
  for (let i = 0; i < 100; i++) {
    await t.app.services.mailer.dispatch();
    if ((await outbox.countBy({ sentAt: IsNull() })) === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await outbox.countBy({ sentAt: IsNull() })).toBe(0);
  return smtp.fresh();
}

/** The mail's readers see the portal's address and nothing about the person or the survey. */
function expectBland(mail: CapturedMail, who: Member): void {
  expect(mail.envelopeTo).toEqual([who.email]);
  expect(mail.to).toEqual([who.email]);
  expect(mail.decoded).toContain(`${PUBLIC_URL}/mypage/surveys`);
  expect(mail.text).toContain('アンケート');
  const secrets = [who.name, who.nameKana, ...who.name.split(' '), ...who.nameKana.split(' '), who.loginId, studentNumbers.get(who.id)!, TITLE, ...QUESTIONS.map((q) => q.label)];
  for (const secret of secrets) expect([secret, mail.decoded.includes(secret)]).toEqual([secret, false]);
  expect(mail.decoded).not.toMatch(/\d{4}-(WEL|DIS|AGR|GRN|REC)-\d{3}/);
}

const recipients = (mails: CapturedMail[]) => mails.flatMap((m) => m.envelopeTo).sort();

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // The clock jumps years ahead here; the retention rules (tests/retention.test.ts) are set beyond it.
  t = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL, ...RETENTION_BEYOND_THESE_TESTS } });
  staff = await t.tokenFor('staff');
  const names = ['調査 一郎', '調査 二郎', '調査 三郎', '調査 四郎', '調査 五郎'];
  const kana = ['チョウサ イチロウ', 'チョウサ ジロウ', 'チョウサ サブロウ', 'チョウサ シロウ', 'チョウサ ゴロウ'];
  [A, B, C, D, E] = await fastMembers(t, 5, (i) => ({ name: names[i], nameKana: kana[i], email: `alumnus${i}.survey@example.jp` }));
  const members = [A, B, C, D, E];
  const { cohortId, enrollments } = await alumniCohort(t, staff, members, 2030);
  for (const e of enrollments) studentNumbers.set(e.accountId, e.studentNumber!);
  expect(studentNumbers.size).toBe(5);
  for (const m of [A, B, C, D]) await ok(t, SET_CONSENT, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, m.token);
  const survey = (
    await ok(t, `mutation($t: String!, $q: [SurveyQuestionInput!]!) { createSurvey(title: $t, fieldCode: WELFARE, questions: $q) { id } }`, { t: TITLE, q: QUESTIONS }, staff)
  ).createSurvey;
  await ok(t, `mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { id } }`, { i: { surveyId: survey.id, cohortId, offsets: [12] } }, staff);
  // The announcement's mails are another test's subject.
  await flushMail();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

test('the wave opens: one bland mail to each consenting alumnus, none to the one who never agreed', async () => {
  await t.app.jobs.runAll(at('2032-03-14'));
  expect(await flushMail()).toEqual([]);
  await t.app.jobs.runAll(at('2032-03-15'));
  const mails = await flushMail();
  expect(recipients(mails)).toEqual([A, B, C, D].map((m) => m.email).sort());
  for (const m of [A, B, C, D])
    expectBland(
      mails.find((x) => x.envelopeTo.includes(m.email))!,
      m,
    );
  expect(mails.every((m) => m.from === 'noreply@college.example.jp')).toBe(true);
  // Another round the next day sends nothing more.
  await t.app.jobs.runAll(at('2032-03-16'));
  expect(await flushMail()).toEqual([]);
});

test('after the reminder day: one more mail, only to the alumnus still pending and agreeing', async () => {
  const [a] = (await ok(t, MINE, {}, A.token)).mySurveys;
  expect(
    (await ok(t, `mutation($id: ID!, $a: String!) { submitSurveyAnswers(id: $id, answers: $a) }`, { id: a.id, a: JSON.stringify({ satisfaction: 4 }) }, A.token))
      .submitSurveyAnswers,
  ).toBe(true);
  const [d] = (await ok(t, MINE, {}, D.token)).mySurveys;
  expect((await ok(t, `mutation($id: ID!) { declineSurvey(id: $id) }`, { id: d.id }, D.token)).declineSurvey).toBe(true);
  await ok(t, SET_CONSENT, { g: false, v: FOLLOW_UP_NOTICE_VERSION }, C.token);
  expect((await ok(t, MINE, {}, B.token)).mySurveys).toHaveLength(1);
  expect(await flushMail()).toEqual([]);

  await t.app.jobs.runAll(at('2032-04-05'));
  expect(await flushMail()).toEqual([]);
  await t.app.jobs.runAll(at('2032-04-06'));
  const reminders = await flushMail();
  expect(recipients(reminders)).toEqual([B.email]);
  expectBland(reminders[0], B);
  // Once only, and nothing when the wave closes.
  await t.app.jobs.runAll(at('2032-04-07'));
  await t.app.jobs.runAll(at('2032-04-14'));
  expect(await flushMail()).toEqual([]);
});
