/**
 * A member who went through every flow that exists, with a unique marker string in every personal
 * value they typed or staff typed about them: the first half of the erasure test (issue 13, "Done
 * when"), and the member the export test reads back.
 *
 * Everything goes over HTTP (t.gql, with the member's and the seeded staff's tokens) through the
 * real mutations. The database is written directly only where the existing tests do the same to
 * move time: the cohort's period is moved to "now" after the seats are taken (as
 * tests/learning-completion.test.ts does) and to "ended yesterday" before the completion run, and
 * the survey job is run with a moved clock (as tests/alumni-surveys.test.ts does).
 *
 * The flows, in order:
 * 1. registration with the mail link (name, kana, email, phone, address, workplace);
 * 2. an application (motivation, workplace, WORKER basis), a review decision with a reason, the
 *    selection, the announcement, the offer accepted: enrollment and student number;
 *    other members apply to the same cohort (`others`);
 * 3. class sessions: attendance saved by staff and corrected with a reason; QR check-in by the
 *    member at a session running now;
 * 4. the completion run (the certificate is issued in it);
 * 5. follow-up consent, activity records (the member's and one recorded by staff), a survey wave
 *    opened by the job and answered (text and group answers), a group note by staff;
 * 6. a consultation of their own and one recorded by staff (closed with a reason); an
 *    introduction arranged (place) and decided as not a fit (reason); a disclosure request
 *    (purpose) answered, and the introduction sheet produced;
 * 7. a second cohort, enrolled and then withdrawn from, with the member's own words;
 * 8. a notice to the member (read), an email change (account token, old and new address), a
 *    passkey with a name (optional), and the mail outbox sent.
 */
import crypto from 'node:crypto';
import type { TestServer } from './server';
import { COURSE, changeStatus, createCohort, fastMembers, ok, respond, staffCall, type Member } from './intake';
import { SoftAuthenticator } from './soft-authenticator';
import { Enrollment } from '../../server/src/modules/intake';
import { FOLLOW_UP_NOTICE_VERSION } from '../../server/src/modules/alumni';

export interface FullMemberOptions {
  /** The academic year of the member's cohort (2030 unless told); each call on one server may use its own. */
  academicYear?: number;
  /** Other members applying to the same cohort (fast members, not marked); 1 unless told. */
  others?: number;
  /** Register a passkey named with a marker at the end (true unless told). Login then asks for it: use `passkey`. */
  passkey?: boolean;
}

export interface FullMember {
  accountId: number;
  loginId: string;
  password: string;
  /** An access token of the member's session (still valid after the passkey). */
  token: string;
  /** The address the account has now (after the email change). */
  email: string;
  /** The address registered first (changed later: still in the mail outbox and account tokens). */
  firstEmail: string;
  /** Every marker, by what it marks. All unique to this call and at least 10 characters long. */
  markers: Record<string, string>;
  cohortId: string;
  applicationId: string;
  enrollmentId: number;
  studentNumber: string;
  certificate: { id: number; number: string; checkCode: string };
  /** The second cohort, the enrollment withdrawn from. */
  withdrawnCohortId: string;
  withdrawnEnrollmentId: number;
  consultationId: string;
  staffConsultationId: string;
  introductionId: string;
  disclosureRequestId: string;
  groupId: string;
  surveyId: string;
  noticeId: string;
  activityRecordIds: string[];
  /** The passkey, when one was registered: answers the second login step. */
  passkey: SoftAuthenticator | null;
  /** The other members of the cohort. */
  others: Member[];
}

const DAY = 24 * 3600_000;
const tokyoDate = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
const KATAKANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'];

let calls = 0;

/** Marker builders for one member: ASCII with a tag, katakana, digits. */
function markerKit() {
  const tag = `${crypto.randomBytes(4).toString('hex').toUpperCase()}${(++calls).toString(36).toUpperCase()}`;
  const kana = Array.from(crypto.randomBytes(8), (b) => KATAKANA[b % KATAKANA.length]).join('');
  const digits = Array.from(crypto.randomBytes(8), (b) => String(b % 10)).join('');
  return { tag, kana, digits, mk: (what: string) => `MK${tag}${what}` };
}

/** The member of issue 13's erasure test: see the file comment for the flows. */
export async function fullMember(t: TestServer, options: FullMemberOptions = {}): Promise<FullMember> {
  const year = options.academicYear ?? 2030;
  const { tag, kana, digits, mk } = markerKit();
  const staff = await t.tokenFor('staff');
  const admin = await t.tokenFor('admin');
  const staffId = (await ok(t, `{ me { id } }`, {}, staff)).me.id as string;

  const markers: Record<string, string> = {
    name: mk('NAME'),
    nameKana: `マーカー${kana}`,
    email: `mk${tag.toLowerCase()}@example.jp`,
    newEmail: `mk${tag.toLowerCase()}new@example.jp`,
    phone: `090${digits}`,
    address: mk('ADDR'),
    workplace: mk('WORK'),
    applicationWorkplace: mk('APPWORK'),
    motivation: `${mk('MOTIVE')} 地域の見守り活動に参加し、講座で基礎から学びたいと考えています。`,
    decisionReason: mk('DECISION'),
    attendanceReason: mk('ATTENDREASON'),
    withdrawalText: mk('WITHDRAW'),
    groupName: mk('GROUPNAME'),
    role: mk('ROLE'),
    staffGroupName: mk('STAFFGROUP'),
    staffRole: mk('STAFFROLE'),
    surveyAnswer: mk('ANSWER'),
    surveyGroup: mk('SURVEYGROUP'),
    noteGroup: mk('NOTEGROUP'),
    note: mk('NOTETEXT'),
    consultation: mk('CONSULT'),
    staffConsultation: mk('STAFFCONSULT'),
    closeReason: mk('CLOSEREASON'),
    place: mk('PLACE'),
    outcomeReason: mk('OUTCOME'),
    purpose: mk('PURPOSE'),
    noticeTitle: mk('NOTICETITLE'),
    noticeBody: mk('NOTICEBODY'),
  };
  if (options.passkey !== false) markers.passkeyName = mk('PASSKEY');

  // 1. Registration, confirmed by the mail link; the login ID is the server's.
  const registered = await t.registerMember({
    name: markers.name,
    nameKana: markers.nameKana,
    email: markers.email,
    phone: markers.phone,
    residency: 'RESIDENT',
    address: `東京都練馬区豊玉北${markers.address}`,
    workplaceOrSchool: markers.workplace,
  });
  const token = registered.token;
  const me = (await ok(t, `{ me { id loginId email } }`, {}, token)).me;
  const accountId = Number(me.id);
  markers.loginId = registered.loginId;

  // 2. Intake: a review cohort of the welfare course (motivation required), with others.
  const others = await fastMembers(t, options.others ?? 1);
  const cohortId = await createCohort(t, COURSE.WELFARE, {
    academicYear: year,
    capacity: others.length + 1,
    startsOn: `${year}-04-10`,
    endsOn: `${year + 1}-03-15`,
    selectionMethod: 'REVIEW',
  });
  const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { id code status } }`;
  const applicationId = (
    await ok(
      t,
      APPLY,
      {
        input: {
          cohortId,
          eligibilityBasis: 'WORKER',
          workplaceOrSchool: markers.applicationWorkplace,
          motivation: markers.motivation,
          preferredContact: 'EMAIL',
          emailAlerts: true,
        },
      },
      token,
    )
  ).applyToCohort.id as string;
  const otherApps: string[] = [];
  for (const o of others) {
    otherApps.push(
      (
        await ok(
          t,
          APPLY,
          { input: { cohortId, eligibilityBasis: 'RESIDENT', motivation: '地域の高齢者の見守り活動に参加したいと考えています。', preferredContact: 'EMAIL', emailAlerts: false } },
          o.token,
        )
      ).applyToCohort.id,
    );
  }
  const passed = async (res: Promise<{ errors?: unknown }>, what: string) => {
    const r = await res;
    if (r.errors) throw new Error(`${what} failed: ${JSON.stringify(r.errors)}`);
  };
  await passed(changeStatus(t, cohortId, 'CLOSED', staff), 'closing the cohort');
  const DECIDE = `mutation($id: ID!, $r: String!) { decideApplication(input: { applicationId: $id, decision: ACCEPT, reason: $r }) { id decision } }`;
  await ok(t, DECIDE, { id: applicationId, r: markers.decisionReason }, staff);
  for (const id of otherApps) await ok(t, DECIDE, { id, r: '志望動機が具体的' }, staff);
  await passed(staffCall(t, 'runSelection', cohortId), 'runSelection');
  await passed(staffCall(t, 'announceCohort', cohortId), 'announceCohort');
  const accepted = await respond(t, token, applicationId, true);
  if (accepted.errors) throw new Error(`respondToOffer failed: ${JSON.stringify(accepted.errors)}`);
  const studentNumber = accepted.data.respondToOffer.enrollment.studentNumber as string;
  for (const [i, o] of others.entries()) await passed(respond(t, o.token, otherApps[i], true), 'respondToOffer (other)');
  const enrollment = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ cohortId: Number(cohortId), accountId });

  // 3. The course runs: its period moved around now (seats were taken before the start).
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ?, status = ? WHERE id = ?', [
    tokyoDate(Date.now() - 60 * DAY),
    tokyoDate(Date.now() + 30 * DAY),
    'running',
    Number(cohortId),
  ]);
  const CREATE_SESSION = `mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }`;
  const sessionInput = (startsAt: Date, title: string) => ({
    cohortId,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    title,
    venue: '練馬区役所 会議室A',
    kind: 'LECTURE',
    countsTowardCompletion: true,
  });
  const pastSession = (await ok(t, CREATE_SESSION, { input: sessionInput(new Date(Date.now() - 10 * DAY), '第1回 地域福祉の基礎') }, staff)).createClassSession.id as string;
  const SAVE = `mutation($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) { saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) { rows { statusCode enrollment { id } } } }`;
  const mine = [{ enrollmentId: String(enrollment.id), statusCode: 'absent' }];
  // Recorded as absent, then corrected to present: the session's day is over, so with a reason.
  await ok(t, SAVE, { id: pastSession, entries: mine, reason: '初回の記録' }, staff);
  await ok(t, SAVE, { id: pastSession, entries: [{ ...mine[0], statusCode: 'present' }], reason: markers.attendanceReason }, staff);
  // A session running now, with QR check-in by the member.
  const nowSession = (await ok(t, CREATE_SESSION, { input: sessionInput(new Date(Date.now() - 10 * 60_000), '第2回 見守りの実際') }, staff)).createClassSession.id as string;
  await ok(t, `mutation($id: ID!) { openCheckIn(classSessionId: $id) { classSessionId } }`, { id: nowSession }, staff);
  const code = (await ok(t, `query($id: ID!) { checkInCode(classSessionId: $id) { code } }`, { id: nowSession }, staff)).checkInCode.code;
  const checked = (await ok(t, `mutation($id: ID!, $code: String!) { checkIn(classSessionId: $id, code: $code) { statusCode recorded } }`, { id: nowSession, code }, token))
    .checkIn;
  if (checked.statusCode !== 'present') throw new Error(`check-in recorded ${JSON.stringify(checked)}`);
  await ok(t, `mutation($id: ID!) { closeCheckIn(classSessionId: $id) { classSessionId } }`, { id: nowSession }, staff);
  // The others attended both sessions.
  for (const id of [pastSession, nowSession]) {
    const rows = (await t.app.dataSource.getRepository(Enrollment).findBy({ cohortId: Number(cohortId) })).filter((e) => e.accountId !== accountId);
    if (rows.length) await ok(t, SAVE, { id, entries: rows.map((e) => ({ enrollmentId: String(e.id), statusCode: 'present' })), reason: '記録' }, staff);
  }

  // 4. The period ends yesterday; the completion run decides and issues the certificate.
  await t.app.dataSource.query('UPDATE cohort SET endsOn = ? WHERE id = ?', [tokyoDate(Date.now() - DAY), Number(cohortId)]);
  const run = (await ok(t, `mutation($c: ID!) { runCompletion(cohortId: $c) { completed completions { enrollmentId outcome completedOn } } }`, { c: cohortId }, staff))
    .runCompletion;
  const myCompletion = run.completions.find((c: { enrollmentId: string }) => c.enrollmentId === String(enrollment.id));
  if (myCompletion?.outcome !== 'COMPLETED') throw new Error(`the completion run did not complete the member: ${JSON.stringify(run)}`);
  const [certRow] = await t.app.dataSource.query('SELECT id, number, checkCode FROM certificate WHERE enrollmentId = ?', [enrollment.id]);
  if (!certRow) throw new Error('no certificate was issued in the completion run');
  const myCerts = (await ok(t, `{ myCertificates { id number } }`, {}, token)).myCertificates;
  if (!myCerts.some((c: { number: string }) => c.number === certRow.number)) throw new Error('myCertificates does not list the certificate');

  // 5. Alumni: follow-up consent, activity records, a survey wave answered, a group note.
  await ok(
    t,
    `mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { current { granted } } }`,
    { g: true, v: FOLLOW_UP_NOTICE_VERSION },
    token,
  );
  const ACTIVITY_FIELDS = 'id current { version groupName role }';
  const own = (
    await ok(
      t,
      `mutation($i: ActivityInput!) { addMyActivity(input: $i) { ${ACTIVITY_FIELDS} } }`,
      { i: { fieldCodes: ['WELFARE'], groupName: markers.groupName, role: markers.role, startedOn: tokyoDate(Date.now() - 2 * DAY), hoursPerMonth: 6 } },
      token,
    )
  ).addMyActivity;
  const byStaff = (
    await ok(
      t,
      `mutation($a: ID!, $i: ActivityInput!) { recordAlumnusActivity(accountId: $a, input: $i) { ${ACTIVITY_FIELDS} } }`,
      { a: String(accountId), i: { fieldCodes: ['DISASTER'], groupName: markers.staffGroupName, role: markers.staffRole, startedOn: tokyoDate(Date.now() - DAY) } },
      staff,
    )
  ).recordAlumnusActivity;
  const QUESTIONS = [
    { key: 'activeFields', kind: 'ACTIVE_FIELDS', label: '活動している分野', required: true },
    { key: 'groups', kind: 'GROUPS', label: '活動している団体', required: false },
    { key: 'hours', kind: 'HOURS_PER_MONTH', label: '月あたりの活動時間', required: false },
    { key: 'satisfaction', kind: 'SCALE', label: '講座は役に立ちましたか', required: true },
    { key: 'comment', kind: 'TEXT', label: 'ご意見', required: false },
  ];
  const surveyTitle = `修了後アンケート ${tag}`;
  const surveyId = (
    await ok(
      t,
      `mutation($t: String!, $f: FieldCode, $q: [SurveyQuestionInput!]!) { createSurvey(title: $t, fieldCode: $f, questions: $q) { id } }`,
      { t: surveyTitle, f: 'WELFARE', q: QUESTIONS },
      staff,
    )
  ).createSurvey.id as string;
  const waves = (
    await ok(t, `mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { waves { wave { id opensOn } } } }`, { i: { surveyId, cohortId, offsets: [12] } }, staff)
  ).scheduleSurvey.waves;
  // The wave opens with the job on its day (a moved clock, only this job).
  await t.app.jobs.run('alumni.surveyWaves', new Date(`${waves[0].wave.opensOn}T10:00:00+09:00`));
  const invitation = (await ok(t, `{ mySurveys { id title } }`, {}, token)).mySurveys.find((s: { title: string }) => s.title === surveyTitle);
  if (!invitation) throw new Error('the survey wave did not invite the member');
  const answers = { activeFields: ['WELFARE'], groups: [markers.surveyGroup], hours: 5, satisfaction: 4, comment: markers.surveyAnswer };
  await ok(t, `mutation($id: ID!, $a: String!) { submitSurveyAnswers(id: $id, answers: $a) }`, { id: invitation.id, a: JSON.stringify(answers) }, token);
  await ok(
    t,
    `mutation($i: GroupNoteInput!) { addGroupNote(input: $i) { id } }`,
    { i: { accountId: String(accountId), groupName: markers.noteGroup, kind: 'HELPFUL', text: markers.note, heardOn: tokyoDate(Date.now() - DAY) } },
    staff,
  );

  // 6. Community: consultations, an introduction, a disclosure and its sheet.
  const groupId = (
    await ok(
      t,
      `mutation($i: CommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
      {
        i: {
          name: `見守りの会 ${tag}`,
          kind: 'NPO',
          fieldCodes: ['WELFARE'],
          districtCode: 'nerima',
          publicDescription: '高齢者の見守り活動をしています。',
          publicContact: '区役所 経由',
          representativeName: '代表 者',
          interviewedOn: tokyoDate(Date.now() - 30 * DAY),
        },
      },
      staff,
    )
  ).registerCommunityGroup.id as string;
  const CONSULTATION = `mutation($i: ConsultationInput!) { requestConsultation(input: $i) { id } }`;
  const consultationId = (
    await ok(t, CONSULTATION, { i: { fieldCodes: ['WELFARE'], districtCode: 'nerima', days: ['SAT'], times: ['MORNING'], text: markers.consultation } }, token)
  ).requestConsultation.id as string;
  const staffConsultation = (
    await ok(
      t,
      `mutation($a: ID!, $i: ConsultationInput!) { recordConsultation(accountId: $a, input: $i) { id version } }`,
      { a: String(accountId), i: { fieldCodes: ['DISASTER'], days: ['WED'], times: ['AFTERNOON'], text: markers.staffConsultation } },
      staff,
    )
  ).recordConsultation;
  await ok(
    t,
    `mutation($i: ConsultationStatusInput!) { setConsultationStatus(input: $i) { status } }`,
    { i: { id: staffConsultation.id, expectedVersion: staffConsultation.version, status: 'CLOSED', reason: markers.closeReason } },
    staff,
  );
  const INTRO = 'id version status place outcomeReason';
  const planned = (await ok(t, `mutation($c: ID!, $g: ID!) { pursueProposal(consultationId: $c, groupId: $g) { ${INTRO} } }`, { c: consultationId, g: groupId }, staff))
    .pursueProposal;
  const arranged = (
    await ok(
      t,
      `mutation($i: IntroductionMeetingInput!) { arrangeIntroduction(input: $i) { ${INTRO} } }`,
      { i: { id: planned.id, expectedVersion: planned.version, meetingAt: new Date(Date.now() + 7 * DAY).toISOString(), place: markers.place, attendedBy: staffId } },
      staff,
    )
  ).arrangeIntroduction;
  const decided = (
    await ok(
      t,
      `mutation($i: IntroductionOutcomeInput!) { recordIntroductionOutcome(input: $i) { ${INTRO} } }`,
      { i: { id: planned.id, expectedVersion: arranged.version, status: 'NOT_A_FIT', reason: markers.outcomeReason } },
      staff,
    )
  ).recordIntroductionOutcome;
  if (decided.place !== markers.place || decided.outcomeReason !== markers.outcomeReason) throw new Error(`introduction: ${JSON.stringify(decided)}`);
  const disclosure = (
    await ok(
      t,
      `mutation($i: DisclosureRequestInput!) { requestDisclosure(input: $i) { id version } }`,
      {
        i: {
          accountId: String(accountId),
          groupId,
          introductionId: planned.id,
          fields: ['NAME', 'NAME_KANA', 'PHONE', 'EMAIL'],
          purpose: markers.purpose,
          validUntil: tokyoDate(Date.now() + 365 * DAY),
        },
      },
      staff,
    )
  ).requestDisclosure;
  await ok(
    t,
    `mutation($id: ID!, $v: Int!, $a: [DisclosureField!]!) { answerDisclosureRequest(id: $id, expectedVersion: $v, approved: $a) { status } }`,
    { id: disclosure.id, v: disclosure.version, a: ['NAME', 'NAME_KANA', 'PHONE', 'EMAIL'] },
    token,
  );
  const sheet = (await ok(t, `mutation($r: ID!) { produceIntroductionSheet(requestId: $r) { entries { field value } } }`, { r: disclosure.id }, staff)).produceIntroductionSheet;
  if (!sheet.entries.some((e: { field: string; value: string }) => e.field === 'NAME' && e.value === markers.name)) throw new Error(`introduction sheet: ${JSON.stringify(sheet)}`);

  // 7. A second cohort (disaster prevention), enrolled and withdrawn from in the member's words.
  const withdrawnCohortId = await createCohort(t, COURSE.DISASTER, {
    academicYear: year + 1,
    capacity: 1,
    startsOn: `${year + 1}-04-10`,
    endsOn: `${year + 2}-03-15`,
    selectionMethod: 'REVIEW',
  });
  const secondApp = (await ok(t, APPLY, { input: { cohortId: withdrawnCohortId, eligibilityBasis: 'RESIDENT', preferredContact: 'EMAIL', emailAlerts: true } }, token))
    .applyToCohort.id as string;
  await passed(changeStatus(t, withdrawnCohortId, 'CLOSED', staff), 'closing the second cohort');
  await passed(staffCall(t, 'runSelection', withdrawnCohortId), 'runSelection (second cohort)');
  await passed(staffCall(t, 'announceCohort', withdrawnCohortId), 'announceCohort (second cohort)');
  await passed(respond(t, token, secondApp, true), 'respondToOffer (second cohort)');
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ?, status = ? WHERE id = ?', [
    tokyoDate(Date.now() - 20 * DAY),
    tokyoDate(Date.now() + 200 * DAY),
    'running',
    Number(withdrawnCohortId),
  ]);
  await ok(
    t,
    `mutation($a: ID!, $r: WithdrawalReason, $x: String) { withdrawEnrollment(applicationId: $a, reason: $r, text: $x) { id enrollment { withdrawnAt } } }`,
    { a: secondApp, r: 'OTHER', x: markers.withdrawalText },
    token,
  );
  const withdrawn = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ cohortId: Number(withdrawnCohortId), accountId });

  // 8. A notice to the member, read; an email change; a passkey; the outbox sent.
  const noticeId = (
    await ok(
      t,
      `mutation($i: NoticeInput!) { createNotice(input: $i) { id } }`,
      { i: { audience: 'MEMBER', accountId: String(accountId), title: markers.noticeTitle, body: markers.noticeBody } },
      staff,
    )
  ).createNotice.id as string;
  await ok(t, `mutation($id: ID!) { markNoticeRead(id: $id) { id } }`, { id: noticeId }, token);
  const changed = await t.gql(
    `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }`,
    { e: markers.newEmail, p: registered.password },
    { token },
  );
  if (changed.errors || changed.data.requestEmailChange !== true) throw new Error(`requestEmailChange failed: ${JSON.stringify(changed.errors)}`);
  const confirmed = await t.gql(`mutation($t: String!) { confirmEmail(token: $t) { loginId kind } }`, { t: await t.mailedToken(markers.newEmail) });
  if (confirmed.errors || confirmed.data.confirmEmail.kind !== 'EMAIL_CHANGE') throw new Error(`confirmEmail (change) failed: ${JSON.stringify(confirmed.errors)}`);
  let passkey: SoftAuthenticator | null = null;
  if (options.passkey !== false) {
    passkey = new SoftAuthenticator(new URL(t.config.publicUrl).origin, t.config.webauthnRpId);
    const start = (await ok(t, 'mutation { startPasskeyRegistration { token optionsJson } }', {}, token)).startPasskeyRegistration;
    await ok(
      t,
      'mutation($t: String!, $r: String!, $n: String!) { finishPasskeyRegistration(token: $t, responseJson: $r, name: $n) { id } }',
      { t: start.token, r: passkey.register(start.optionsJson), n: markers.passkeyName },
      token,
    );
  }
  // Every mail queued so far is sent (the outbox rows marked), and the audit writes have run.
  await t.mails();
  await t.settle();
  // Seen by staff too (an audited read of the member), as at the counter.
  await ok(t, `query($id: ID!) { member(id: $id) { id name } }`, { id: String(accountId) }, admin);

  return {
    accountId,
    loginId: registered.loginId,
    password: registered.password,
    token,
    email: markers.newEmail,
    firstEmail: markers.email,
    markers,
    cohortId,
    applicationId,
    enrollmentId: enrollment.id,
    studentNumber,
    certificate: { id: Number(certRow.id), number: certRow.number, checkCode: certRow.checkCode },
    withdrawnCohortId,
    withdrawnEnrollmentId: withdrawn.id,
    consultationId,
    staffConsultationId: staffConsultation.id,
    introductionId: planned.id,
    disclosureRequestId: disclosure.id,
    groupId,
    surveyId,
    noticeId,
    activityRecordIds: [own.id, byStaff.id],
    passkey,
    others,
  };
}
