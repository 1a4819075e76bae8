import { alumniCohort } from './helpers/alumni';
import { StatementCounter, startTestServer, type TestServer } from './helpers/server';
import { onMysql, secondInstance, type Instance } from './helpers/races';
import { errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';

import { MailOutbox, Notice } from '../server/src/modules/notices';
import { surveyWaitingMail } from '../server/src/modules/notices/mailer';
import { FOLLOW_UP_NOTICE_VERSION, InvitationStatus, SurveyInvitation } from '../server/src/modules/alumni';

/**
 * Follow-up surveys: staff build a survey and schedule its waves for a cohort at +12 and +24
 * months from completion; the background job (driven here with a moved clock) opens a wave and
 * invites only the alumni whose latest follow-up choice is yes, reminds once those still pending
 * and still agreeing, and closes it. A withdrawn consent cancels the invitation at once. Answers
 * need the required questions, a decline records none, the activity questions become activity
 * records with source SURVEY, and questions answered once change only as a new version.
 */
let t: TestServer;
let staff: string;
let greenery: string;
/** All welfare alumni of one cohort: A, C, D and E agree to follow-up; B never chose. */
let A: Member, B: Member, C: Member, D: Member, E: Member;
let cohortId: string;
let surveyId: string;

const SET_CONSENT = `mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { current { granted } } }`;
const CREATE = `mutation($t: String!, $f: FieldCode, $q: [SurveyQuestionInput!]!) { createSurvey(title: $t, fieldCode: $f, questions: $q) { id version questions { key kind required choices { key } } } }`;
const SCHEDULE = `mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { waves { wave { id offsetMonths opensOn remindOn closesOn status } invited answered declined pending ended } } }`;
const MINE = `{ mySurveys { id title closesOn invitation { answers } questions { key kind required } } }`;
const SUBMIT = `mutation($id: ID!, $a: String!) { submitSurveyAnswers(id: $id, answers: $a) }`;
const DRAFT = `mutation($id: ID!, $a: String!) { saveSurveyDraft(id: $id, answers: $a) { invitation { answers } } }`;
const DECLINE = `mutation($id: ID!) { declineSurvey(id: $id) }`;
const SURVEY = `query($id: ID!) { survey(id: $id) { version waves { wave { offsetMonths status } invited answered declined pending ended } } }`;
const QUESTIONS = [
  { key: 'activeFields', kind: 'ACTIVE_FIELDS', label: '活動している分野', required: true },
  { key: 'groups', kind: 'GROUPS', label: '活動している団体', required: false },
  { key: 'hours', kind: 'HOURS_PER_MONTH', label: '月あたりの活動時間', required: false },
  { key: 'satisfaction', kind: 'SCALE', label: '講座は役に立ちましたか', required: true },
  {
    key: 'useful',
    kind: 'SINGLE_CHOICE',
    label: '最も役立った内容',
    required: false,
    choices: [
      { key: 'lecture', label: '講義' },
      { key: 'fieldWork', label: '実習' },
    ],
  },
  { key: 'comment', kind: 'TEXT', label: 'ご意見', required: false },
];

const fieldKeys = (res: { errors?: { extensions: Record<string, any> }[] }): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { messageKey: string }) => f.messageKey));
/** Tokyo 10:00 on a day. */
const at = (day: string) => new Date(`${day}T10:00:00+09:00`);
const mails = (m: Member) => t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: m.id, template: 'survey-waiting' });
const surveyNotices = (m: Member) =>
  t.app.dataSource.getRepository(Notice).count({
    where: [
      { accountId: m.id, messageKey: 'notice.surveyInvitation' },
      { accountId: m.id, messageKey: 'notice.surveyReminder' },
    ],
  });
const invitationOf = (m: Member) => t.app.dataSource.getRepository(SurveyInvitation).findOneBy({ accountId: m.id });

beforeAll(async () => {
  t = await startTestServer();
  [staff, greenery] = await Promise.all([t.tokenFor('staff'), t.tokenFor('greenery')]);
  [A, B, C, D, E] = await fastMembers(t, 5);
  cohortId = (await alumniCohort(t, staff, [A, B, C, D, E], 2030)).cohortId;
  for (const m of [A, C, D, E]) await ok(t, SET_CONSENT, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, m.token);
});
afterAll(() => t.close());

test('staff build a survey; questions need their own keys and choice questions their choices', async () => {
  const bad = await t.gql(CREATE, { t: '修了1年後アンケート', f: 'WELFARE', q: [QUESTIONS[0], { ...QUESTIONS[1], key: 'activeFields' }] }, { token: staff });
  expect(fieldKeys(bad)).toEqual(['survey.questionKey']);
  const oneChoice = await t.gql(CREATE, { t: 'x', f: 'WELFARE', q: [{ ...QUESTIONS[4], choices: [{ key: 'a', label: 'A' }] }] }, { token: staff });
  expect(fieldKeys(oneChoice)).toEqual(['survey.choices']);
  const survey = (await ok(t, CREATE, { t: '修了後アンケート', f: 'WELFARE', q: QUESTIONS }, staff)).createSurvey;
  expect(survey.version).toBe(1);
  expect(survey.questions.map((q: { key: string }) => q.key)).toEqual(QUESTIONS.map((q) => q.key));
  surveyId = survey.id;
  // Contractors: their own field only.
  expect(errorCodes(await t.gql(CREATE, { t: 'x', f: 'WELFARE', q: QUESTIONS }, { token: greenery }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await t.gql(SURVEY, { id: surveyId }, { token: greenery }))).toEqual(['NOT_FOUND']);
});

test('waves at +12 and +24 months from completion, each with a window and one reminder', async () => {
  const waves = (await ok(t, SCHEDULE, { i: { surveyId, cohortId } }, staff)).scheduleSurvey.waves.map((w: any) => w.wave);
  expect(waves.map((w: any) => [w.offsetMonths, w.opensOn, w.remindOn, w.closesOn, w.status])).toEqual([
    [12, '2032-03-15', '2032-04-06', '2032-04-13', 'SCHEDULED'],
    [24, '2033-03-15', '2033-04-06', '2033-04-13', 'SCHEDULED'],
  ]);
  expect(errorCodes(await t.gql(SCHEDULE, { i: { surveyId, cohortId } }, { token: greenery }))).toEqual(['NOT_FOUND']);
});

test('the wave opens on its day and invites only the alumni who agreed; the mail says only that a survey is waiting', async () => {
  await t.app.jobs.runAll(at('2032-03-14'));
  expect(await t.app.dataSource.getRepository(SurveyInvitation).count()).toBe(0);
  await t.app.jobs.runAll(at('2032-03-15'));
  for (const m of [A, C, D, E]) expect((await invitationOf(m))?.status).toBe(InvitationStatus.PENDING);
  expect(await invitationOf(B)).toBeNull();
  expect(await mails(B)).toBe(0);
  expect(await surveyNotices(B)).toBe(0);
  for (const m of [A, C, D, E]) expect([await mails(m), await surveyNotices(m)]).toEqual([1, 1]);
  // Running again changes nothing: each is invited once.
  await t.app.jobs.runAll(at('2032-03-16'));
  expect(await t.app.dataSource.getRepository(SurveyInvitation).count()).toBe(4);
  const mail = surveyWaitingMail('https://college.example.jp');
  expect(mail.text).toContain('https://college.example.jp/mypage/surveys');
  expect(mail.text).not.toContain('修了後アンケート');
  for (const q of QUESTIONS) expect(mail.text).not.toContain(q.label);
  const mine = (await ok(t, MINE, {}, A.token)).mySurveys;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ title: '修了後アンケート', closesOn: '2032-04-13', invitation: { answers: null } });
  expect((await ok(t, MINE, {}, B.token)).mySurveys).toEqual([]);
});

test('withdrawing consent cancels the pending invitation at once', async () => {
  await ok(t, SET_CONSENT, { g: false, v: FOLLOW_UP_NOTICE_VERSION }, C.token);
  expect((await invitationOf(C))?.status).toBe(InvitationStatus.CANCELLED);
  expect((await ok(t, MINE, {}, C.token)).mySurveys).toEqual([]);
});

test('a draft is kept; the answers need the required questions and go in once; the activity questions become activity records', async () => {
  const [s] = (await ok(t, MINE, {}, A.token)).mySurveys;
  expect((await ok(t, DRAFT, { id: s.id, a: JSON.stringify({ activeFields: ['WELFARE'] }) }, A.token)).saveSurveyDraft.invitation.answers).toBe('{"activeFields":["WELFARE"]}');
  const missing = await t.gql(SUBMIT, { id: s.id, a: JSON.stringify({ activeFields: ['WELFARE'] }) }, { token: A.token });
  expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
  expect(missing.errors![0].extensions.fieldErrors.map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`)).toEqual([
    'answers.satisfaction:survey.required',
  ]);
  const wrong = await t.gql(SUBMIT, { id: s.id, a: JSON.stringify({ activeFields: ['WELFARE'], satisfaction: 9 }) }, { token: A.token });
  expect(fieldKeys(wrong)).toEqual(['survey.badAnswer']);
  const answers = { activeFields: ['WELFARE', 'GREENERY'], groups: ['豊玉北町会', 'みどりの会'], hours: 6, satisfaction: 5, useful: 'fieldWork' };
  expect((await ok(t, SUBMIT, { id: s.id, a: JSON.stringify(answers) }, A.token)).submitSurveyAnswers).toBe(true);
  expect(messageKeys(await t.gql(SUBMIT, { id: s.id, a: JSON.stringify(answers) }, { token: A.token }))).toEqual(['survey.notPending']);
  const records = (await ok(t, `{ myActivityRecords { current { groupName fieldCodes hoursPerMonth source } } }`, {}, A.token)).myActivityRecords;
  expect(records.map((r: any) => r.current).sort((x: any, y: any) => x.groupName.localeCompare(y.groupName))).toEqual(
    [
      { groupName: 'みどりの会', fieldCodes: ['WELFARE', 'GREENERY'], hoursPerMonth: 6, source: 'SURVEY' },
      { groupName: '豊玉北町会', fieldCodes: ['WELFARE', 'GREENERY'], hoursPerMonth: 6, source: 'SURVEY' },
    ].sort((x, y) => x.groupName.localeCompare(y.groupName)),
  );
  // Someone else's invitation is not found.
  const [e] = (await ok(t, MINE, {}, E.token)).mySurveys;
  expect(errorCodes(await t.gql(SUBMIT, { id: e.id, a: JSON.stringify(answers) }, { token: A.token }))).toEqual(['NOT_FOUND']);
});

test('a decline is recorded with no answers, even over a draft', async () => {
  const [s] = (await ok(t, MINE, {}, D.token)).mySurveys;
  await ok(t, DRAFT, { id: s.id, a: JSON.stringify({ satisfaction: 3 }) }, D.token);
  expect((await ok(t, DECLINE, { id: s.id }, D.token)).declineSurvey).toBe(true);
  const row = await invitationOf(D);
  expect([row?.status, row?.answers]).toEqual([InvitationStatus.DECLINED, null]);
});

test('questions answered once change only as a new version; the answers keep theirs', async () => {
  const before = (await invitationOf(A))!.surveyVersionId;
  const changed = (
    await ok(
      t,
      `mutation($id: ID!, $q: [SurveyQuestionInput!]!) { setSurveyQuestions(id: $id, questions: $q) { version questions { key } } }`,
      { id: surveyId, q: [...QUESTIONS, { key: 'next', kind: 'TEXT', label: '次の一年', required: false }] },
      staff,
    )
  ).setSurveyQuestions;
  expect(changed.version).toBe(2);
  expect((await invitationOf(A))!.surveyVersionId).toBe(before);
  // Nobody answered version 2 yet: a change stays version 2.
  const again = (await ok(t, `mutation($id: ID!, $q: [SurveyQuestionInput!]!) { setSurveyQuestions(id: $id, questions: $q) { version } }`, { id: surveyId, q: QUESTIONS }, staff))
    .setSurveyQuestions;
  expect(again.version).toBe(2);
});

test('one reminder, only to those still pending and agreeing; then the wave closes and the rest expire', async () => {
  await t.app.jobs.runAll(at('2032-04-05'));
  expect([await mails(E), await mails(A), await mails(C), await mails(D)]).toEqual([1, 1, 1, 1]);
  await t.app.jobs.runAll(at('2032-04-06'));
  await t.app.jobs.runAll(at('2032-04-07'));
  // E is pending and agrees: one reminder. A answered, D declined, C withdrew: none.
  expect([await mails(E), await mails(A), await mails(C), await mails(D), await mails(B)]).toEqual([2, 1, 1, 1, 0]);
  await t.app.jobs.runAll(at('2032-04-14'));
  expect((await invitationOf(E))?.status).toBe(InvitationStatus.EXPIRED);
  const wave = (await ok(t, SURVEY, { id: surveyId }, staff)).survey.waves[0];
  expect(wave).toEqual({ wave: { offsetMonths: 12, status: 'CLOSED' }, invited: 4, answered: 1, declined: 1, pending: 0, ended: 2 });
});

describe('two background workers racing over the same wave', () => {
  const JOB = 'alumni.surveyWaves';
  const ROUNDS = 3;
  let other: Instance | null = null;
  const otherSql = new StatementCounter();
  /** The wave's claim: the compare-and-set from scheduled to open. */
  const claims = (counter: StatementCounter) => counter.statements.filter((s) => /^UPDATE [`"]survey_wave[`"] SET .*[`"]openedAt[`"]/i.test(s)).length;
  const inserts = (counter: StatementCounter) => counter.statements.filter((s) => /^INSERT INTO [`"]survey_invitation[`"]/i.test(s)).length;

  beforeAll(async () => {
    // MySQL/MariaDB: a second server on the same database, its own pool and job runner. SQLite
    // (one process per file): the job's round started twice at once in this instance, past the
    // runner's join of a round already running.
    if (onMysql) other = await secondInstance(t, { sqlLogger: otherSql });
  });
  afterAll(() => other?.close());

  test('both reach the claim; every consenting alumnus is invited and mailed exactly once', async () => {
    let bothClaimed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const year = 2034 + round * 3;
      const people = await fastMembers(t, 8);
      const { cohortId: id } = await alumniCohort(t, staff, people, year);
      for (const m of people.slice(0, 6)) await ok(t, SET_CONSENT, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, m.token);
      await ok(t, SCHEDULE, { i: { surveyId, cohortId: id, offsets: [12] } }, staff);
      const opens = at(`${year + 2}-03-15`);
      // Everything due before (earlier cohorts' waves) is done first: only this wave is left to open.
      await t.app.jobs.runAll(new Date(opens.getTime() - 86_400_000));
      t.sql.reset();
      otherSql.reset();
      const job = t.app.jobs.jobs.find((j) => j.name === JOB)!;
      // When the first of the two rounds ends: had both already tried the claim?
      let overlapped: boolean | null = null;
      const tracked = (_name: string, run: () => Promise<number>) =>
        run().finally(() => {
          if (overlapped === null) overlapped = other ? claims(t.sql) > 0 && claims(otherSql) > 0 : claims(t.sql) >= 2;
        });
      const handled = await Promise.all(
        other
          ? [tracked('a', () => t.app.jobs.run(JOB, opens)), tracked('b', () => other!.app.jobs.run(JOB, opens))]
          : [tracked('a', () => job.run(opens)), tracked('b', () => job.run(opens))],
      );
      // Between them the wave opened once.
      expect(handled.reduce((a, b) => a + b, 0)).toBe(1);
      if (overlapped) bothClaimed++;
      expect(inserts(t.sql) + inserts(otherSql)).toBe(1);
      for (const [i, m] of people.entries()) {
        expect({ round, i, invitations: await t.app.dataSource.getRepository(SurveyInvitation).countBy({ accountId: m.id }), mails: await mails(m) }).toEqual({
          round,
          i,
          invitations: i < 6 ? 1 : 0,
          mails: i < 6 ? 1 : 0,
        });
      }
    }
    console.log(
      `[survey waves ${onMysql ? 'mysql, two instances' : 'sqlite, two rounds in one instance'}] both runs tried the claim before either ended in ${bothClaimed}/${ROUNDS} rounds`,
    );
    // The race happened: in some round both runs found the wave due and tried to claim it while the other was still running.
    expect(bothClaimed).toBeGreaterThan(0);
  });
});
