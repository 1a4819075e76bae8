import fs from 'node:fs';
import path from 'node:path';
import { In } from 'typeorm';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, applyOk, changeStatus, createCohort, fastMembers, staffCall, type Member } from './helpers/intake';
import { createTrigger, dropTrigger, onMysql } from './helpers/races';
import { Application } from '../server/src/modules/intake';
import { Cohort } from '../server/src/modules/catalog';
import { MailOutbox, Notice } from '../server/src/modules/notices';
import { AuditEntry } from '../server/src/modules/audit';

/**
 * Regression: a mutation that fails halfway leaves no row, no audit "success" and no mail.
 * Every mutation runs in one transaction owned by the framework (core/graphql/mutation.ts);
 * mail wake-ups wait for the commit.
 *
 * announceCohort writes the offers' deadlines, one notice per applicant, their mail_outbox
 * rows and, last, the cohort's status. A trigger makes that last write fail.
 */
const FAIL_TRIGGER = 't_fail_announce';

let t: TestServer;
let staff: string;
let members: Member[];

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  members = await fastMembers(t, 6);
});
afterAll(() => t.close());

const mailDir = () => path.join(t.config.dataDir, 'mail');
const mailFiles = () => (fs.existsSync(mailDir()) ? fs.readdirSync(mailDir()).filter((f) => f.endsWith('.eml')) : []);

test('announceCohort failing at its last write: no notice, no mail, applications unchanged, audited as a failure', async () => {
  const cohortId = await createCohort(t, COURSE.RECYCLING, { academicYear: 2071, capacity: 10, selectionMethod: 'LOTTERY' });
  const apps = [];
  for (const [i, m] of members.entries()) apps.push(await applyOk(t, m.token, cohortId, { emailAlerts: i % 3 !== 0 }));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  const appIds = apps.map((a) => Number(a.id));
  const snapshot = async () =>
    (await t.app.dataSource.getRepository(Application).find({ where: { id: In(appIds) }, order: { id: 'ASC' } })).map((a) => ({
      id: a.id,
      status: a.status,
      offerDeadline: a.offerDeadline,
      waitlistPosition: a.waitlistPosition,
      updatedAt: a.updatedAt,
    }));
  const before = await snapshot();
  expect(before.every((a) => a.offerDeadline === null)).toBe(true);
  const accountIds = members.map((m) => m.id);
  const outboxBefore = await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: In(accountIds) });
  expect(outboxBefore).toBe(0);
  expect(mailFiles()).toEqual([]);

  await createTrigger(t, {
    name: FAIL_TRIGGER,
    timing: 'BEFORE',
    event: 'UPDATE',
    table: 'cohort',
    when: `NEW.status = 'announced'`,
    sqlite: `SELECT RAISE(ABORT, 'announce blocked by the test trigger');`,
    mysql: `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'announce blocked by the test trigger';`,
  });
  try {
    const res = await staffCall(t, 'announceCohort', cohortId);
    // An error in the response, not a 5xx.
    expect(res.status).toBeLessThan(500);
    expect(res.errors).toHaveLength(1);
    expect(res.data?.announceCohort ?? null).toBeNull();

    // Everything observed at once, so a regression shows all that leaked.
    const requestId = res.headers.get('x-request-id');
    const audit = await t.app.dataSource.getRepository(AuditEntry).findBy({ requestId: requestId! });
    await new Promise((resolve) => setImmediate(resolve));
    const observed = {
      notices: await t.app.dataSource.getRepository(Notice).countBy([{ cohortId: Number(cohortId) }, { accountId: In(accountIds) }]),
      queuedMails: await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: In(accountIds) }),
      applications: await snapshot(),
      cohortStatus: (await t.app.dataSource.getRepository(Cohort).findOneByOrFail({ id: Number(cohortId) })).status,
      mutationAudit: audit.filter((r) => r.action === 'mutation').map((r) => ({ operation: r.operation, outcome: r.outcome, targetIdList: r.targetIdList })),
      successAudit: audit.filter((r) => r.outcome === 'success').length,
      // Neither a wake-up after the request nor the mail job finds anything to send.
      dispatched: await t.app.services.mailer.dispatch(),
      jobs: await t.app.jobs.runAll(new Date()),
      mailFiles: mailFiles().length,
    };
    expect(observed).toEqual({
      notices: 0,
      queuedMails: 0,
      applications: before,
      cohortStatus: 'selected',
      mutationAudit: [{ operation: 'mutation announceCohort', outcome: 'failure', targetIdList: null }],
      successAudit: 0,
      dispatched: 0,
      jobs: {
        'accounts.purgeUnconfirmed': 0,
        'mail.outbox': 0,
        'intake.offerDeadlines': 0,
        'learning.progressNotices': 0,
        'alumni.surveyWaves': 0,
        'community.expirePostings': 0,
        'privacy.retention': 0,
      },
      mailFiles: 0,
    });
  } finally {
    await dropTrigger(t, FAIL_TRIGGER);
  }

  // Without the trigger the same announcement goes through, with its notices and mails.
  const res = await staffCall(t, 'announceCohort', cohortId);
  expect(res.errors).toBeUndefined();
  expect(await t.app.dataSource.getRepository(Notice).countBy({ cohortId: Number(cohortId) })).toBe(members.length);
  const wanted = apps.filter((_, i) => i % 3 !== 0).length;
  expect(await t.app.dataSource.getRepository(MailOutbox).countBy({ accountId: In(accountIds) })).toBe(wanted);
  await t.app.jobs.runAll(new Date());
  await t.app.services.mailer.dispatch();
  expect(mailFiles()).toHaveLength(wanted);
  expect((await snapshot()).every((a) => a.offerDeadline !== null)).toBe(true);
  console.log(`[rollback ${onMysql ? 'mysql' : 'sqlite'}] failed announcement left nothing; the retry sent ${wanted} mails`);
});
