import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { IsNull } from 'typeorm';
import { REDACT_PATHS, type AppLogger } from '../server/src/core/logger';
import { MailOutbox } from '../server/src/modules/notices';
import { ApplicationStatus, Enrollment } from '../server/src/modules/intake';
import { FOLLOW_UP_NOTICE_VERSION } from '../server/src/modules/alumni';
import { codes, startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, dbApplication, drawLottery, errorCodes, fastMembers, freeze, ok, respond, staffCall } from './helpers/intake';

/**
 * No personal information in logs or mail (issue 13, point 9). One member, whose every personal
 * field holds a unique marker string, goes through the intake flow (registration, confirmation,
 * application, lottery, announcement, offer, enrollment, notices) and what exists of the learning
 * and alumni flows (attendance, completion, certificate, follow-up consent, survey mail), with
 * failing requests on the way. Every log line (the server's logger at debug, and the console) and
 * every mail received by a real SMTP server (decoded: subject, text, HTML, attachments, every
 * header but To) is then searched for each marker: none may be found.
 *
 * The To header carries the address by necessity; it is checked apart: the address only, no name.
 */
const PUBLIC_URL = 'https://college.example.jp';

/** Unique strings, found nowhere else in the code, the fixture or the templates. */
const PERSON = {
  name: '鷺ノ宮 檸檬丸',
  nameKana: 'サギノミヤ レモンマル',
  email: 'lemonmaru.saginomiya.q7@example.jp',
  phone: '090-5511-7733',
  address: '東京都練馬区鷺宮3-9-27 檸檬荘',
  workplaceOrSchool: '練馬区立檸檬堂中学校',
};
const MOTIVATION = '檸檬丸の志望動機です。鷺宮の防災訓練で近所の子どもたちに備えを伝える活動を始めたいと考えています。';
const PASSWORD = 'lemon squeezy battery 42';

// --- capture: the server's log, the console, and mail through a real SMTP server -----------------

const logLines: string[] = [];
const consoleLines: string[] = [];

interface Received {
  envelopeTo: string[];
  /** The To header, decoded (the address, and a display name if there were one). */
  toHeader: string;
  /** Everything else a reader or a relay sees, decoded and raw: subject, text, HTML, attachments, every header but To. */
  searchable: string;
  text: string;
}

async function startCapture() {
  const parsing: Array<Promise<Received>> = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<Received>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then((mail) => {
            const headers: string[] = [];
            for (const [key, value] of mail.headers) {
              if (key === 'to') continue;
              headers.push(`${key}: ${typeof value === 'string' ? value : value && typeof value === 'object' && 'text' in value ? String(value.text) : JSON.stringify(value)}`);
            }
            for (const line of mail.headerLines) if (line.key !== 'to') headers.push(line.line);
            const toList = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
            const attachments = mail.attachments.map((a) => `${a.filename ?? ''}\n${/^text\//.test(a.contentType) ? a.content.toString('utf8') : ''}`);
            // The body as sent, too (base64 or quoted-printable: an ASCII marker such as a login ID would still show).
            const rawBody = raw
              .toString('utf8')
              .split(/\r?\n\r?\n/)
              .slice(1)
              .join('\n\n');
            resolve({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              toHeader: toList.map((a) => a.text).join(', '),
              searchable: [mail.subject ?? '', mail.text ?? '', typeof mail.html === 'string' ? mail.html : '', ...attachments, ...headers, rawBody].join('\n'),
              text: mail.text ?? '',
            });
          }, reject);
        });
      });
      parsing.push(done);
      done.then(
        () => callback(),
        (error) => callback(error),
      );
    },
  });
  const port = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port)));
  return { port, all: () => Promise.all(parsing), close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

let capture: Awaited<ReturnType<typeof startCapture>>;
let t: TestServer;
let staff: string;
let admin: string;
const consoleSpies: jest.SpyInstance[] = [];

/** Sends what the outbox holds, then waits for the SMTP server to have parsed it all. */
async function flushMail(): Promise<Received[]> {
  const outbox = t.app.dataSource.getRepository(MailOutbox);
  for (let i = 0; i < 100; i++) {
    await t.app.services.mailer.dispatch();
    if ((await outbox.countBy({ sentAt: IsNull() })) === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await outbox.countBy({ sentAt: IsNull() })).toBe(0);
  return capture.all();
}

/** The link token (after '#') of the newest mail to the address. */
async function mailedToken(to: string): Promise<string> {
  await t.app.services.recovery.settled();
  const mails = (await flushMail()).filter((m) => m.envelopeTo.includes(to));
  const link = [...mails]
    .reverse()
    .map((m) => /https?:\/\/\S+#(\S+)/.exec(m.text)?.[1])
    .find(Boolean);
  if (!link) throw new Error(`no mail with a link to ${to}`);
  return link;
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    consoleSpies.push(
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))),
    );
  capture = await startCapture();
  // The production logger's settings (core/logger.ts), at the most talkative level, into memory.
  const logger = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'college-portal' } },
    { write: (line: string) => void logLines.push(line) },
  ) as unknown as AppLogger;
  t = await startTestServer({ logger, env: { SMTP_URL: `smtp://127.0.0.1:${capture.port}`, PUBLIC_URL, LOG_LEVEL: 'debug' } });
  staff = await t.tokenFor('staff');
  admin = await t.tokenFor('admin');
});
afterAll(async () => {
  await t?.close();
  await capture?.close();
  for (const spy of consoleSpies) spy.mockRestore();
});

const DAY = 24 * 3600_000;
const tokyoDate = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) }';
const LOGIN = 'mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }';

test('the whole intake, learning and alumni flow leaves no personal information in any log line or mail', async () => {
  // --- registration and confirmation -------------------------------------------------------------
  const registerInput = { ...PERSON, residency: 'RESIDENT', password: PASSWORD, privacyNoticeVersion: t.config.privacyNoticeVersion, acceptPrivacyNotice: true };
  expect(codes(await t.gql(REGISTER, { input: registerInput }))).toEqual([]);
  const confirmed = await ok(t, 'mutation($t: String!) { confirmEmail(token: $t) { loginId } }', { t: await mailedToken(PERSON.email) });
  const loginId: string = confirmed.confirmEmail.loginId;
  expect(loginId).toMatch(/^M\d+$/);
  // Failing requests that echo personal data: a validation error, a duplicate, bad logins by login ID and address.
  const invalid = await t.gql(REGISTER, { input: { ...registerInput, email: `${PERSON.email}@not-an-address`, password: 'short' } });
  expect(codes(invalid)).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(REGISTER, { input: registerInput }))).toEqual([]);
  expect(errorCodes(await t.gql(LOGIN, { i: loginId, p: 'wrong password 12345' }, { ip: '203.0.113.70' }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await t.gql(LOGIN, { i: PERSON.email, p: 'wrong password 12345' }, { ip: '203.0.113.71' }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await t.gql(LOGIN, { i: { loginId }, p: PASSWORD }))).toEqual(['BAD_USER_INPUT']);
  // A syntax error with the name in the query text.
  expect((await t.gql(`{ me { ${PERSON.name} } }`)).status).toBe(400);
  const member = (await t.login(loginId, PASSWORD, '203.0.113.72')).accessToken;
  const me = await ok(t, '{ me { id loginId name nameKana email phone address workplaceOrSchool } }', {}, member);
  expect(me.me).toMatchObject({ loginId, ...PERSON });
  const accountId: string = me.me.id;

  // --- application (motivation and residency answers), lottery, announcement, offer --------------
  const cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: 2031, capacity: 1, selectionMethod: 'LOTTERY' });
  const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { id code status motivation workplaceOrSchool } }`;
  const applyInput = { cohortId, eligibilityBasis: 'WORKER', workplaceOrSchool: PERSON.workplaceOrSchool, preferredContact: 'EMAIL', emailAlerts: true, motivation: MOTIVATION };
  // A validation error carrying the motivation (too long).
  expect(errorCodes(await t.gql(APPLY, { input: { ...applyInput, motivation: MOTIVATION.repeat(60) } }, { token: member }))).toEqual(['BAD_USER_INPUT']);
  const application = (await ok(t, APPLY, { input: applyInput }, member)).applyToCohort;
  expect(application).toMatchObject({ status: 'SUBMITTED', motivation: MOTIVATION, workplaceOrSchool: PERSON.workplaceOrSchool });
  // Two more applicants for the one seat, so that the lottery is drawn.
  const others = await fastMembers(t, 2);
  const otherApps = [];
  for (const o of others) otherApps.push(await applyOk(t, o.token, cohortId, { motivation: '地域の防災活動に参加したいと考えています。基礎から学びたいです。' }));
  expect(errorCodes(await changeStatus(t, cohortId, 'CLOSED', staff))).toEqual([]);
  expect(errorCodes(await freeze(t, cohortId))).toEqual([]);
  expect(errorCodes(await drawLottery(t, cohortId, 'public-number-20311201'))).toEqual([]);
  expect(errorCodes(await staffCall(t, 'announceCohort', cohortId))).toEqual([]);
  // If the draw put the member on the waiting list, the others decline until the seat reaches them.
  for (let round = 0; round < others.length && (await dbApplication(t, application.id)).status !== ApplicationStatus.OFFERED; round++) {
    for (const [i, o] of others.entries())
      if ((await dbApplication(t, otherApps[i].id)).status === ApplicationStatus.OFFERED) expect((await respond(t, o.token, otherApps[i].id, false)).errors).toBeUndefined();
  }
  expect((await dbApplication(t, application.id)).status).toBe(ApplicationStatus.OFFERED);
  const accepted = await respond(t, member, application.id, true);
  expect(accepted.errors).toBeUndefined();
  const studentNumber: string = accepted.data.respondToOffer.enrollment.studentNumber;
  expect(studentNumber).toMatch(/^\d{4}-DIS-\d{3}$/);

  // --- notices -----------------------------------------------------------------------------------
  const notice = await ok(
    t,
    'mutation($input: NoticeInput!) { createNotice(input: $input) { id } }',
    { input: { audience: 'MEMBER', accountId, title: '受講のご案内', body: '初回の持ち物をマイページでご確認ください。' } },
    staff,
  );
  const mine = (await ok(t, '{ myNotices { id title } }', {}, member)).myNotices;
  expect(mine.map((n: any) => n.id)).toContain(notice.createNotice.id);
  for (const n of mine) await ok(t, 'mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: n.id }, member);

  // --- learning: attendance, completion, certificate ---------------------------------------------
  await t.app.dataSource.query('UPDATE cohort SET startsOn = ?, endsOn = ?, status = ? WHERE id = ?', [
    tokyoDate(Date.now() - 60 * DAY),
    tokyoDate(Date.now() + 30 * DAY),
    'running',
    Number(cohortId),
  ]);
  const startsAt = new Date(Date.now() - 30 * DAY);
  const session = (
    await ok(
      t,
      'mutation($input: ClassSessionInput!) { createClassSession(input: $input) { id } }',
      {
        input: {
          cohortId,
          title: '第1回 防災の基礎',
          venue: '練馬区役所',
          kind: 'LECTURE',
          countsTowardCompletion: true,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
        },
      },
      staff,
    )
  ).createClassSession;
  const enrollment = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ cohortId: Number(cohortId), accountId: Number(accountId) });
  await ok(
    t,
    'mutation($s: ID!, $e: [SessionAttendanceEntryInput!]!) { saveSessionAttendance(classSessionId: $s, entries: $e) { session { id } } }',
    { s: session.id, e: [{ enrollmentId: String(enrollment.id), statusCode: 'present' }] },
    staff,
  );
  await t.app.dataSource.query('UPDATE cohort SET endsOn = ? WHERE id = ?', [tokyoDate(Date.now() - DAY), Number(cohortId)]);
  expect((await ok(t, 'mutation($c: ID!) { runCompletion(cohortId: $c) { completed } }', { c: cohortId }, staff)).runCompletion.completed).toBe(1);
  const [certificate] = (await ok(t, 'mutation($c: ID!) { issueCertificates(cohortId: $c) { id number holderName } }', { c: cohortId }, staff)).issueCertificates;
  expect(certificate.holderName).toBe(PERSON.name);
  expect((await ok(t, '{ myCertificates { id number } }', {}, member)).myCertificates).toEqual([{ id: certificate.id, number: certificate.number }]);
  const pdf = (await ok(t, 'query($id: ID!) { myCertificatePdf(certificateId: $id) { count } }', { id: certificate.id }, member)).myCertificatePdf;
  expect(pdf.count).toBe(1);
  // A verifier checks the holder's name: the name travels in the variables, right and wrong.
  const check = async (name: string) => {
    const res = await t.gql('mutation($input: CertificateNameCheckInput!) { checkCertificateName(input: $input) }', {
      input: { number: certificate.number, check: 'WRONGCHECK', name },
    });
    return res.status;
  };
  expect(await check(PERSON.name)).toBe(200);
  expect(await check(`${PERSON.name}X`)).toBe(200);

  // --- alumni: follow-up consent, a survey wave and its mail ---------------------------------------
  await ok(
    t,
    'mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { current { granted } } }',
    { g: true, v: FOLLOW_UP_NOTICE_VERSION },
    member,
  );
  const survey = (
    await ok(
      t,
      'mutation($t: String!, $q: [SurveyQuestionInput!]!) { createSurvey(title: $t, fieldCode: DISASTER, questions: $q) { id } }',
      { t: '修了後の活動調査', q: [{ key: 'satisfaction', kind: 'SCALE', label: '講座の満足度', required: true }] },
      staff,
    )
  ).createSurvey;
  await ok(t, 'mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { id } }', { i: { surveyId: survey.id, cohortId, offsets: [1] } }, staff);
  await t.app.jobs.runAll(new Date(Date.now() + 40 * DAY));
  const [invitation] = (await ok(t, '{ mySurveys { id } }', {}, member)).mySurveys;
  expect(invitation).toBeDefined();
  await ok(t, 'mutation($id: ID!, $a: String!) { submitSurveyAnswers(id: $id, answers: $a) }', { id: invitation.id, a: JSON.stringify({ satisfaction: 5 }) }, member);

  // An unexpected error inside a resolver, with personal data in its variables: logged, masked to the client.
  const accounts = t.app.services.accounts;
  const register = accounts.register;
  accounts.register = async () => {
    throw new Error('simulated failure');
  };
  try {
    expect(codes(await t.gql(REGISTER, { input: { ...registerInput, email: `second.${PERSON.email}` } }))).toEqual(['INTERNAL_SERVER_ERROR']);
  } finally {
    accounts.register = register;
  }

  // --- the markers are really stored: read back through an audited staff query ------------------
  const read = await ok(
    t,
    'query($id: ID!) { member(id: $id) { loginId name nameKana email phone address workplaceOrSchool applications { motivation workplaceOrSchool enrollment { studentNumber } } } }',
    { id: accountId },
    admin,
  );
  expect(read.member).toMatchObject({ loginId, ...PERSON });
  expect(read.member.applications).toEqual([{ motivation: MOTIVATION, workplaceOrSchool: PERSON.workplaceOrSchool, enrollment: { studentNumber } }]);

  // --- search --------------------------------------------------------------------------------------
  const mails = await flushMail();
  const toMember = mails.filter((m) => m.envelopeTo.includes(PERSON.email));
  // Mail was really sent and received: the confirmation, the result and notice mails, the survey mail.
  expect(toMember.length).toBeGreaterThanOrEqual(4);
  expect(toMember.some((m) => m.text.includes(`${PUBLIC_URL}/mypage/surveys`))).toBe(true);
  // Logs were really captured, at debug level and above, including requests and failures.
  expect(logLines.length).toBeGreaterThan(20);
  const log = logLines.join('');
  expect(log).toContain('request completed');
  expect(log).toContain('"statusCode":401');
  expect(log).toContain('"statusCode":400');
  expect(log).toContain('mail sent');
  expect(log).toContain('simulated failure');

  const markers: Record<string, string> = {
    name: PERSON.name,
    nameFamily: '鷺ノ宮',
    nameGiven: '檸檬丸',
    nameKana: PERSON.nameKana,
    nameKanaGiven: 'レモンマル',
    email: PERSON.email,
    emailLocalPart: 'lemonmaru.saginomiya',
    phone: PERSON.phone,
    phoneDigits: '09055117733',
    address: PERSON.address,
    addressPart: '檸檬荘',
    workplaceOrSchool: PERSON.workplaceOrSchool,
    motivation: MOTIVATION,
    motivationPart: '檸檬丸の志望動機',
    loginId,
    studentNumber,
  };
  const hits: string[] = [];
  const search = (where: string, text: string) => {
    for (const [field, marker] of Object.entries(markers)) if (text.includes(marker)) hits.push(`${where}: ${field}`);
  };
  logLines.forEach((line, i) => search(`log line ${i}`, line));
  consoleLines.forEach((line, i) => search(`console line ${i}`, line));
  mails.forEach((mail, i) => {
    search(`mail ${i}`, mail.searchable);
    // The To header: the address alone, no display name.
    search(`mail ${i} To`, mail.toHeader.split(PERSON.email).join(''));
  });
  // The search finds what is there: the address is in each To header (and nowhere else).
  expect(toMember.every((m) => m.toHeader.includes(PERSON.email))).toBe(true);
  expect(hits).toEqual([]);
});
