// `npm run seed:scale -- --members 100000`: fills an empty database with five years of history
// at the ward's scale (bench/scale/generate.ts) for the reports and the pages to be measured on.
// On DATABASE_URL when set, else the embedded SQLite file of the configuration (DATA_DIR).
// Applies the migrations first; refuses a database that already holds members, so the data set
// is never mixed into real or demo data; never runs under NODE_ENV=production.
// Options: --members N (default 100000), --password P (every account's, default below),
// --now ISO-8601 instant (the history runs up to it; default now).
process.env.TZ = 'UTC';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { createApp } from '../app';
import { runMigrationsOnce } from '../db/migrate';
import { generateScale } from './bench/scale/generate';

const DEFAULT_PASSWORD = 'scale-password-2026';

function fail(message: string): never {
  console.error(`seed:scale: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { members: { type: 'string', default: '100000' }, password: { type: 'string', default: DEFAULT_PASSWORD }, now: { type: 'string' } },
    allowPositionals: false,
  });
  const members = Number(values.members);
  if (!Number.isInteger(members) || members < 100) fail('--members must be a whole number of at least 100.');
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) fail('--now must be an ISO-8601 instant, e.g. 2026-10-01T09:00:00+09:00.');

  const config = loadConfig();
  if (config.env === 'production') fail('refusing to run under NODE_ENV=production: the data set is made-up residents.');
  const app = await createApp(config);
  try {
    const where = config.databaseUrl ? config.databaseUrl.replace(/\/\/[^@/]*@/, '//') : `SQLite in ${config.dataDir}`;
    console.log(`seed:scale: ${members.toLocaleString('en-US')} members into ${where} (${app.dataSource.options.type})`);
    await runMigrationsOnce(app.dataSource);
    const [row] = (await app.dataSource.query('SELECT COUNT(*) AS n FROM account WHERE role = ?', ['member'])) as Array<{ n: unknown }>;
    if (Number(row.n) > 0)
      fail(
        `the database already holds ${Number(row.n).toLocaleString('en-US')} members; the scale data set goes into an empty database only (a new DATA_DIR, or a new MySQL database).`,
      );
    const passwordHash = await app.services.hasher.hash(values.password!);
    const t0 = performance.now();
    const fixture = await generateScale(app.dataSource, { members, now, passwordHash, log: (line) => console.log(`  ${line}`) });
    const seconds = (performance.now() - t0) / 1000;
    const width = Math.max(...Object.keys(fixture.counts).map((t) => t.length));
    console.log('\nRows written:');
    for (const [table, n] of Object.entries(fixture.counts).sort(([a], [b]) => a.localeCompare(b)))
      console.log(`  ${table.padEnd(width)}  ${n.toLocaleString('en-US').padStart(11)}`);
    const total = Object.values(fixture.counts).reduce((a, b) => a + b, 0);
    console.log(`  ${'total'.padEnd(width)}  ${total.toLocaleString('en-US').padStart(11)}`);
    console.log(`\nDone in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en-US')} rows/s), academic years ${fixture.academicYears.join(', ')}.`);
    console.log(`Member with a full my page: ${fixture.member.loginId} (account ${fixture.member.accountId}); roster cohort ${fixture.rosterCohortId}.`);
    console.log(
      `Every account's password: ${values.password === DEFAULT_PASSWORD ? DEFAULT_PASSWORD : '(the one given with --password)'}; staff have a second factor on record but no TOTP secret (the bench signs their tokens).`,
    );
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error('seed:scale failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
