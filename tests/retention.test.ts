import crypto from 'node:crypto';
import { startTestServer, type TestServer } from './helpers/server';
import { anotherInstance, type Instance } from './helpers/accounts';
import { onMysql } from './helpers/races';
import { MOTIVATION, applyOk, fastMembers, type Member } from './helpers/intake';
import { alumniCohort } from './helpers/alumni';
import { Account, AccountStatus, Consent, ConsentKind, ConsentSource, Session } from '../server/src/modules/accounts';
import { Cohort } from '../server/src/modules/catalog';
import { Application } from '../server/src/modules/intake';
import { Completion } from '../server/src/modules/learning';
import {
  ActivityRecord,
  ActivityRecordVersion,
  ActivitySource,
  GroupNote,
  GroupNoteKind,
  InvitationStatus,
  Survey,
  SurveyInvitation,
  SurveyVersion,
  SurveyWave,
  SurveyWaveStatus,
} from '../server/src/modules/alumni';
import { MailOutbox, Notice } from '../server/src/modules/notices';
import { INACTIVE_NOTICE_KEY, RetentionService } from '../server/src/modules/privacy';
import type { App } from '../server/src/app';
import type { Job } from '../server/src/core/jobs';

/**
 * The retention rules carried out by the privacy.retention job, with a moved clock: before a
 * period ends nothing goes; the dry run counts exactly what the purge then trims, deletes or
 * announces; two runs at once (two instances on MySQL/MariaDB; on the embedded file, two rounds
 * in the one instance, as in jobs.test.ts) handle each row once and send each notice once.
 */
let t: TestServer;
let other: Instance | null = null;
let admin: string;

const DAY = 24 * 3600_000;
const NOW = Date.now();
const monthsFromNow = (n: number) => {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d;
};
const yearsFromNow = (n: number, days = 0) => {
  const d = new Date(NOW);
  d.setUTCFullYear(d.getUTCFullYear() + n);
  return new Date(d.getTime() + days * DAY);
};
const tokyoDate = (d: Date) => new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

const MARK = crypto.randomBytes(3).toString('hex');
const WORKPLACE = `勤務先マーカー${MARK}`;
const DECISION = `選考理由マーカー${MARK}`;
const NOTE = `団体メモマーカー${MARK}`;
const ANSWER = `回答マーカー${MARK}`;

/** The fixture's people. */
let P1: Member; // applied to a cohort announced 11 months ago, never enrolled
let P2: Member; // applied to a cohort announced 6 months ago, never enrolled
let AL1: Member; // alumnus, follow-up consent given at completion only
let AL2: Member; // alumnus, follow-up consent renewed later
let I1: Member; // inactive: gets the notice, then logs in
let I2: Member; // inactive: gets the notice, never logs in again
let I3: Member; // no login either, but enrolled in a cohort still running: no notice
let app1: number;
let app2: number;

/** The job of an app: the registered one, or (until modules/index.ts collects privacy's jobs) the same service built from the app's parts. */
function retentionJob(app: App): Job {
  const registered = app.jobs.jobs.find((j) => j.name === 'privacy.retention');
  if (registered) return registered;
  const service = new RetentionService(t.config, app.services.erasure, app.services.notices, app.system);
  return { name: 'privacy.retention', intervalMs: 0, run: (now) => service.purge(now) };
}

/** Two rounds at once: on two instances (MySQL/MariaDB), or twice in this one (the embedded file). */
async function purgeTwiceAtOnce(now: Date): Promise<number[]> {
  const first = retentionJob(t.app);
  const second = other ? retentionJob(other.app) : first;
  return Promise.all([first.run(now), second.run(now)]);
}

const DRY_RUN = 'query($at: DateTime) { retentionDryRun(at: $at) { ruleId descriptionJa rows people } }';

async function dryRun(now: Date): Promise<Record<string, { rows: number; people: number | null }>> {
  const res = await t.gql(DRY_RUN, { at: now.toISOString() }, { token: admin });
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data.retentionDryRun.map((r: any) => [r.ruleId, { rows: r.rows, people: r.people }]));
}

const sumRows = (counts: Record<string, { rows: number }>) =>
  Object.entries(counts)
    .filter(([id]) => id !== 'audit.log')
    .reduce((a, [, c]) => a + c.rows, 0);

async function login(member: Member, when: Date): Promise<void> {
  await t.app.dataSource
    .getRepository(Session)
    .insert({ id: crypto.randomUUID(), accountId: member.id, createdAt: when, expiresAt: new Date(when.getTime() + DAY), revokedAt: null, revokedReason: null });
}

async function followUpData(accountId: number, cohortId: number): Promise<void> {
  const db = t.app.dataSource;
  const now = new Date(NOW);
  const record = await db.getRepository(ActivityRecord).insert({ accountId, version: 2, createdAt: now, updatedAt: now });
  for (const version of [1, 2]) {
    await db.getRepository(ActivityRecordVersion).insert({
      recordId: Number(record.identifiers[0].id),
      accountId,
      version,
      fieldCodeList: 'welfare',
      groupName: `豊玉町会${MARK}`,
      role: '会員',
      startedOn: '2026-04-01',
      endedOn: null,
      hoursPerMonth: 4,
      source: ActivitySource.SELF_REPORT,
      enteredBy: accountId,
      enteredAt: now,
    });
  }
  await db
    .getRepository(GroupNote)
    .insert({ accountId, groupName: '豊玉町会', kind: GroupNoteKind.HELPFUL, text: NOTE, heardOn: '2026-04-01', recordedBy: accountId, recordedAt: now });
  const survey = await db.getRepository(Survey).insert({ title: '追跡調査', fieldCode: null, createdBy: null, createdAt: now });
  const surveyId = Number(survey.identifiers[0].id);
  const version = await db.getRepository(SurveyVersion).insert({ surveyId, version: 1, questions: '[]', createdAt: now });
  const wave = await db.getRepository(SurveyWave).insert({
    surveyId,
    cohortId,
    offsetMonths: 6,
    opensOn: '2026-01-01',
    remindOn: null,
    closesOn: '2026-01-31',
    status: SurveyWaveStatus.CLOSED,
    surveyVersionId: Number(version.identifiers[0].id),
    openedAt: now,
    remindedAt: null,
  });
  await db.getRepository(SurveyInvitation).insert({
    waveId: Number(wave.identifiers[0].id),
    accountId,
    surveyVersionId: Number(version.identifiers[0].id),
    status: InvitationStatus.ANSWERED,
    invitedAt: now,
    remindedAt: null,
    respondedAt: now,
    answers: JSON.stringify({ q1: ANSWER }),
  });
}

async function consent(accountId: number, acceptedAt: Date): Promise<void> {
  await t.app.dataSource
    .getRepository(Consent)
    .insert({ accountId, kind: ConsentKind.FOLLOW_UP, version: '2026-04', granted: true, source: ConsentSource.SELF, recordedBy: null, acceptedAt });
}

/** Follow-up rows an alumnus still has: answers, activity versions and records, group notes. */
async function followUpRows(accountId: number): Promise<number> {
  const db = t.app.dataSource;
  const q = async (sql: string) => Number((await db.query(sql, [accountId]))[0].n);
  return (
    (await q('SELECT COUNT(*) AS n FROM survey_invitation WHERE answers IS NOT NULL AND accountId = ?')) +
    (await q('SELECT COUNT(*) AS n FROM activity_record_version WHERE accountId = ?')) +
    (await q('SELECT COUNT(*) AS n FROM activity_record WHERE accountId = ?')) +
    (await q('SELECT COUNT(*) AS n FROM group_note WHERE accountId = ?'))
  );
}

const inactiveNotices = (accountId: number) => t.app.dataSource.getRepository(Notice).findBy({ accountId, messageKey: INACTIVE_NOTICE_KEY });
const inactiveMails = (accountId: number) => t.app.dataSource.getRepository(MailOutbox).findBy({ accountId, template: 'account-inactive' });

beforeAll(async () => {
  t = await startTestServer();
  if (onMysql) other = await anotherInstance(t);
  admin = await t.tokenFor('admin');
  const staff = await t.tokenFor('staff');
  [P1, P2, AL1, AL2, I1, I2, I3] = await fastMembers(t, 7);
  const db = t.app.dataSource;

  // Applications never enrolled: cohort 1 announced 11 months ago, cohort 2 six months ago.
  app1 = Number((await applyOk(t, P1.token, '1', { motivation: MOTIVATION })).id);
  app2 = Number((await applyOk(t, P2.token, '2', { motivation: MOTIVATION })).id);
  await db.getRepository(Application).update({ id: app1 }, { workplaceOrSchool: WORKPLACE, decisionReason: DECISION });
  await db.getRepository(Cohort).update({ id: 1 }, { announcedAt: monthsFromNow(-11) });
  await db.getRepository(Cohort).update({ id: 2 }, { announcedAt: monthsFromNow(-6) });

  // Alumni who completed today, their cohort announced 11 months ago too (enrolled: never trimmed).
  const { cohortId } = await alumniCohort(t, staff, [AL1, AL2], 2030);
  await db.getRepository(Cohort).update({ id: Number(cohortId) }, { announcedAt: monthsFromNow(-11) });
  await db.getRepository(Completion).update({ cohortId: Number(cohortId) }, { completedOn: tokyoDate(new Date(NOW)) });
  for (const a of [AL1, AL2]) {
    await followUpData(a.id, Number(cohortId));
    await consent(a.id, new Date(NOW));
  }
  // AL2 agreed again a month before the period ends.
  await consent(AL2.id, yearsFromNow(5, -30));

  // I3 is enrolled in a cohort that runs until 2036 (alumniCohort also writes its completion, dated at its end).
  await alumniCohort(t, staff, [I3], 2035);

  // Everyone but I1, I2 and I3 logs in again a year from now, so only those two fall inactive.
  for (const m of [P1, P2, AL1, AL2]) await login(m, yearsFromNow(1));
}, 120_000);
afterAll(async () => {
  await other?.close();
  await t.close();
});

test('the rules are listed with their settings, and the register names the rule of each category', async () => {
  const res = await t.gql(
    '{ retentionRules { id descriptionJa setting value unit } personalDataRegister { entity field category retentionRule retentionRuleJa } }',
    {},
    { token: admin },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.retentionRules.map((r: any) => [r.id, r.setting, r.value, r.unit])).toEqual([
    ['application.notEnrolled', 'RETENTION_NOT_ENROLLED_MONTHS', 12, 'months'],
    ['followUp.afterCompletion', 'RETENTION_FOLLOW_UP_YEARS', 5, 'years'],
    ['account.inactive', 'RETENTION_INACTIVE_ACCOUNT_YEARS', 5, 'years'],
    ['account.inactiveNotice', 'RETENTION_INACTIVE_NOTICE_DAYS', 60, 'days'],
    ['audit.log', 'RETENTION_AUDIT_YEARS', 10, 'years'],
  ]);
  expect(res.data.retentionRules[0].descriptionJa).toContain('12か月後');
  expect(res.data.retentionRules[4].descriptionJa).toContain('自動では削除せず');
  const motivation = res.data.personalDataRegister.find((r: any) => r.entity === 'Application' && r.field === 'motivation');
  expect(motivation).toMatchObject({ category: 'application', retentionRule: 'application.notEnrolled' });
  expect(motivation.retentionRuleJa).toContain('12か月後');
  const answers = res.data.personalDataRegister.find((r: any) => r.entity === 'SurveyInvitation' && r.field === 'answers');
  expect(answers.retentionRule).toBe('followUp.afterCompletion');
  for (const r of res.data.personalDataRegister) expect([r.entity, r.field, typeof r.retentionRuleJa]).toEqual([r.entity, r.field, 'string']);
});

test('the dry run is refused for members and contractors, and needs a login', async () => {
  const member = await t.gql(DRY_RUN, {}, { token: P1.token });
  expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const contractor = await t.gql(DRY_RUN, {}, { token: await t.tokenFor('greenery') });
  expect(contractor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const rules = await t.gql('{ retentionRules { id } }', {}, { token: P1.token });
  expect(rules.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const anonymous = await t.gql(DRY_RUN, {});
  expect(anonymous.data).toBeFalsy();
});

test('before any period ends nothing goes', async () => {
  const now = new Date(NOW + 60_000);
  const counts = await dryRun(now);
  expect(sumRows(counts)).toBe(0);
  expect(await purgeTwiceAtOnce(now)).toEqual([0, 0]);
  expect((await t.app.dataSource.getRepository(Application).findOneByOrFail({ id: app1 })).motivation).toBe(MOTIVATION);
});

test('twelve months after the results: the never-enrolled application is trimmed once, the younger one and the enrolled ones stay', async () => {
  const now = monthsFromNow(2);
  const counts = await dryRun(now);
  expect(counts['application.notEnrolled']).toEqual({ rows: 1, people: 1 });
  expect(sumRows(counts)).toBe(1);

  const handled = await purgeTwiceAtOnce(now);
  expect(handled.reduce((a, b) => a + b, 0)).toBe(1);
  const apps = t.app.dataSource.getRepository(Application);
  const trimmed = await apps.findOneByOrFail({ id: app1 });
  expect(trimmed).toMatchObject({ motivation: null, workplaceOrSchool: null, decisionReason: null, ineligibleReason: null });
  // The row stays for statistics: its code, cohort and status.
  expect(trimmed.code).toMatch(/\S/);
  expect(trimmed.cohortId).toBe(1);
  expect((await apps.findOneByOrFail({ id: app2 })).motivation).toBe(MOTIVATION);
  for (const a of await apps.findBy({ accountId: AL1.id })) expect(a.motivation).toBe(MOTIVATION);
  // Nothing left for the rule at that moment.
  expect(sumRows(await dryRun(now))).toBe(0);
  expect(await purgeTwiceAtOnce(now)).toEqual([0, 0]);
});

test('sixty days before five years without a login: one notice and one mail per inactive member, however many runs', async () => {
  const now = yearsFromNow(5, -59);
  const counts = await dryRun(now);
  expect(counts['account.inactiveNotice']).toEqual({ rows: 2, people: 2 });
  expect(counts['account.inactive']).toEqual({ rows: 0, people: 0 });
  expect(counts['followUp.afterCompletion']).toEqual({ rows: 0, people: 0 });
  // P2's application has passed its period by then too.
  expect(counts['application.notEnrolled']).toEqual({ rows: 1, people: 1 });

  const handled = await purgeTwiceAtOnce(now);
  expect(handled.reduce((a, b) => a + b, 0)).toBe(sumRows(counts));
  expect(await purgeTwiceAtOnce(now)).toEqual([0, 0]);
  for (const m of [I1, I2]) {
    const notices = await inactiveNotices(m.id);
    expect(notices).toHaveLength(1);
    expect(JSON.parse(notices[0].messageParams!)).toEqual({ deleteOn: tokyoDate(new Date(now.getTime() + 60 * DAY)) });
    expect(await inactiveMails(m.id)).toHaveLength(1);
  }
  for (const m of [P1, P2, AL1, AL2, I3]) expect(await inactiveNotices(m.id)).toHaveLength(0);

  // The mail says only that the account will be deleted unless they log in: no name, no address.
  const mails = await t.mails(I2.email);
  const mail = mails.find((m) => m.subject.includes('アカウントの削除'));
  expect(mail).toBeDefined();
  expect(mail!.text).toContain('ログインすれば削除しません');
  expect(mail!.text).not.toContain(I2.name);
  expect(mail!.text).not.toContain(I2.loginId);

  // I1 logs in the next day.
  await login(I1, new Date(now.getTime() + DAY));
});

test('after five years: the alumnus without renewed consent loses the follow-up data, the one who renewed keeps it; the unused account is erased once, the one who logged in is not', async () => {
  const now = yearsFromNow(5, 2);
  const before = { al1: await followUpRows(AL1.id), al2: await followUpRows(AL2.id) };
  expect(before).toEqual({ al1: 5, al2: 5 });
  const counts = await dryRun(now);
  expect(counts['followUp.afterCompletion']).toEqual({ rows: 5, people: 1 });
  expect(counts['account.inactive']).toEqual({ rows: 1, people: 1 });
  expect(counts['account.inactiveNotice']).toEqual({ rows: 0, people: 0 });
  expect(counts['application.notEnrolled']).toEqual({ rows: 0, people: 0 });

  const handled = await purgeTwiceAtOnce(now);
  expect(handled.reduce((a, b) => a + b, 0)).toBe(6);
  expect(await followUpRows(AL1.id)).toBe(0);
  expect(await followUpRows(AL2.id)).toBe(5);
  // The invitation stays, answered, without its answers.
  const invitation = await t.app.dataSource.getRepository(SurveyInvitation).findOneByOrFail({ accountId: AL1.id });
  expect(invitation).toMatchObject({ status: InvitationStatus.ANSWERED, answers: null });

  const accounts = t.app.dataSource.getRepository(Account);
  expect((await accounts.findOneByOrFail({ id: I2.id })).status).toBe(AccountStatus.ERASED);
  expect((await accounts.findOneByOrFail({ id: I1.id })).status).toBe(AccountStatus.ACTIVE);
  expect(await inactiveNotices(I1.id)).toHaveLength(1);
  expect(await inactiveNotices(I3.id)).toHaveLength(0);
  expect((await accounts.findOneByOrFail({ id: I3.id })).status).toBe(AccountStatus.ACTIVE);
  expect(sumRows(await dryRun(now))).toBe(0);
  expect(await purgeTwiceAtOnce(now)).toEqual([0, 0]);
});

test('every run is audited with counts only, and the counts add up to what the dry runs showed', async () => {
  const rows = (await t.app.dataSource.query("SELECT fieldList, targetIdList, reason FROM audit_log WHERE action = 'privacy.retention' ORDER BY id")) as Array<{
    fieldList: string | null;
    targetIdList: string | null;
    reason: string | null;
  }>;
  // Only rounds that changed something leave a row: at each of the three moments with work, one or both of the two rounds.
  expect(rows.length).toBeGreaterThanOrEqual(3);
  expect(rows.length).toBeLessThanOrEqual(6);
  const totals = new Map<string, number>();
  for (const r of rows) {
    expect(r.targetIdList).toBeNull();
    expect(r.reason).toBe('retention');
    for (const part of (r.fieldList ?? '').split(',')) {
      const [key, value] = part.split('=');
      expect(value).toMatch(/^\d+$/);
      totals.set(key, (totals.get(key) ?? 0) + Number(value));
    }
    for (const marker of [MARK, MOTIVATION, P1.name, P1.email, I2.name, I2.email, I2.loginId]) expect(r.fieldList).not.toContain(marker);
  }
  expect(Object.fromEntries([...totals].filter(([k]) => k.endsWith('.rows')))).toEqual({
    'application.notEnrolled.rows': 2,
    'followUp.afterCompletion.rows': 5,
    'account.inactive.rows': 1,
    'account.inactiveNotice.rows': 2,
  });
});
