// `npm run bench` (alumni part): opening a follow-up wave for 5,000 alumni who agreed (their
// invitations, notices and mail rows, by the background job's own path), then the results
// summary and the answers' CSV over 5,000 answers. In process, one transaction each, as the job
// and a resolver call them: figures, not pass/fail. SQLite by default; DATABASE_URL=mysql://…
// benches MySQL/MariaDB.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../config';
import { createScratchDatabase } from '../../db/scratch-database';
import { createApp, type App } from '../../app';
import { tokyoToday } from '../../core/graphql/scalars';
import { Consent, ConsentKind, ConsentSource } from '../../modules/accounts';
import { Course, Eligibility, FieldCode } from '../../modules/catalog';
import { Completion, CompletionOutcome } from '../../modules/learning';
import { FOLLOW_UP_NOTICE_VERSION, InvitationStatus, Survey, SurveyInvitation, SurveyVersion, SurveyWave, SurveyWaveStatus } from '../../modules/alumni';
import { SurveyQuestionKind } from '../../modules/alumni/survey.types';
import { cohortWith, ms, timed } from './cohorts';

const ALUMNI = 5000;
const QUESTIONS = [
  { key: 'activeFields', kind: SurveyQuestionKind.ACTIVE_FIELDS, label: '活動している分野', required: true, choices: [] },
  { key: 'groups', kind: SurveyQuestionKind.GROUPS, label: '活動している団体', required: false, choices: [] },
  { key: 'hours', kind: SurveyQuestionKind.HOURS_PER_MONTH, label: '月あたりの活動時間', required: false, choices: [] },
  { key: 'useful', kind: SurveyQuestionKind.SCALE, label: '講座は役立っていますか', required: true, choices: [] },
  {
    key: 'trigger',
    kind: SurveyQuestionKind.SINGLE_CHOICE,
    label: 'きっかけ',
    required: false,
    choices: ['classmate', 'ward', 'self', 'notYet'].map((key) => ({ key, label: key })),
  },
  { key: 'comment', kind: SurveyQuestionKind.TEXT, label: 'ご意見', required: false, choices: [] },
];
const FIELDS = ['WELFARE', 'DISASTER', 'AGRICULTURE', 'GREENERY', 'RECYCLING', 'NONE'];

async function main(): Promise<void> {
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, 'cp_bench_alumni') : { url: undefined, drop: async () => {} };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-alumni-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    ...(scratch.url ? { DATABASE_URL: scratch.url } : {}),
  });
  const app: App = await createApp(config);
  await app.dataSource.runMigrations();
  const db = app.dataSource;
  console.log(`\nAlumni bench — ${db.options.type}, Node ${process.version}, ${os.cpus().length} cores`);
  const course = await db.getRepository(Course).save(
    db.getRepository(Course).create({
      fieldCode: FieldCode.RECYCLING,
      title: 'ベンチ講座',
      titleEn: null,
      description: 'bench',
      years: 1,
      eligibilityRule: Eligibility.RESIDENT,
      motivationRequired: false,
      minAttendanceRate: 80,
    }),
  );
  const now = new Date();
  let t0 = performance.now();
  const { cohort, enrollments } = await cohortWith(app, course, 2030, ALUMNI, 1);
  const completions = enrollments.map((e) => ({
    enrollmentId: e.id,
    cohortId: cohort.id,
    accountId: e.accountId,
    outcome: CompletionOutcome.COMPLETED,
    completedOn: cohort.endsOn,
    ruleVersion: 1,
    attended: 1,
    planned: 1,
    overridden: false,
    overrideReason: null,
    decidedBy: null,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < completions.length; i += 500) await db.getRepository(Completion).insert(completions.slice(i, i + 500));
  const consents = enrollments.map((e) => ({
    accountId: e.accountId,
    kind: ConsentKind.FOLLOW_UP,
    version: FOLLOW_UP_NOTICE_VERSION,
    granted: true,
    source: ConsentSource.SELF,
    recordedBy: null,
    acceptedAt: now,
  }));
  for (let i = 0; i < consents.length; i += 500) await db.getRepository(Consent).insert(consents.slice(i, i + 500));
  console.log(`setup: ${ALUMNI.toLocaleString('en')} alumni who agreed to follow-up, in ${ms(performance.now() - t0)}`);

  // 1. Opening a wave: three surveys' waves, opened one round of the job each.
  const opens: number[] = [];
  let surveyId = 0;
  for (let round = 0; round < 3; round++) {
    const survey = await db.getRepository(Survey).save(db.getRepository(Survey).create({ title: `ベンチ ${round + 1}`, fieldCode: null, createdBy: null, createdAt: now }));
    await db.getRepository(SurveyVersion).insert({ surveyId: survey.id, version: 1, questions: JSON.stringify(QUESTIONS), createdAt: now });
    const today = tokyoToday(now);
    await db.getRepository(SurveyWave).insert({
      surveyId: survey.id,
      cohortId: cohort.id,
      offsetMonths: 12,
      opensOn: today,
      closesOn: today,
      remindOn: null,
      status: SurveyWaveStatus.SCHEDULED,
      surveyVersionId: null,
      openedAt: null,
      remindedAt: null,
    });
    t0 = performance.now();
    await app.services.surveys.runWaves(now);
    opens.push(performance.now() - t0);
    surveyId = survey.id;
  }
  const [invitations, notices, mails] = await Promise.all(
    ['survey_invitation', 'notice', 'mail_outbox'].map(async (table) => Number(((await db.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number }>)[0].n)),
  );
  opens.sort((a, b) => a - b);
  console.log(
    `opening a wave for ${ALUMNI.toLocaleString('en')} alumni (invitations, notices, mail rows): median ${ms(opens[1])}, best ${ms(opens[0])} (3 waves; ${invitations.toLocaleString('en')} invitations, ${notices.toLocaleString('en')} notices, ${mails.toLocaleString('en')} mail rows)`,
  );

  // 2. 5,000 answers to the last survey, then its results and its CSV.
  const mine = await db.getRepository(SurveyInvitation).find({ select: { id: true }, where: { wave: { surveyId } }, order: { id: 'ASC' } });
  t0 = performance.now();
  await db.transaction(async (em) => {
    for (const [i, inv] of mine.entries()) {
      const answers = {
        activeFields: [FIELDS[i % 6], ...(i % 4 === 0 ? [FIELDS[(i + 1) % 5]] : [])],
        groups: [`団体${i % 40}`],
        hours: i % 30,
        useful: (i % 5) + 1,
        trigger: ['classmate', 'ward', 'self', 'notYet'][i % 4],
        comment: i % 10 === 0 ? '実習がよかった' : undefined,
      };
      await em.getRepository(SurveyInvitation).update({ id: inv.id }, { status: InvitationStatus.ANSWERED, answers: JSON.stringify(answers), respondedAt: now });
    }
  });
  console.log(`setup: ${mine.length.toLocaleString('en')} answers in ${ms(performance.now() - t0)}`);
  const inTx = <T>(fn: (ctx: Parameters<Parameters<App['system']['transaction']>[1]>[0]) => Promise<T>) => app.system.transaction(new Date(), fn);
  const results = app.services.surveyResults;
  await timed(`results summary over ${mine.length.toLocaleString('en')} answers (6 questions)`, 5, () => inTx((ctx) => results.results(ctx, String(surveyId))));
  let size = 0;
  await timed(`answers CSV over ${mine.length.toLocaleString('en')} answers (pseudonymous)`, 3, async () => {
    size = (await inTx((ctx) => results.answersCsv(ctx, String(surveyId), null, false))).length;
  });
  console.log(`  (CSV ${(size / 1024).toFixed(0)} KiB)`);

  await app.stop();
  await scratch.drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
