// Every timestamp is handled in UTC; the API presents Asia/Tokyo explicitly.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import { loadConfig } from './config';
import { createApp } from './app';
import { isEmpty, seedDemo } from './db/demo-seed';
import { runMigrationsOnce } from './db/migrate';
import { demoTotpSecret } from './core/auth/demo-totp';
import { Role } from './modules/permissions';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const { logger, dataSource } = app;
  // One instance at a time (several may start together behind a load balancer).
  const ran = await runMigrationsOnce(dataSource);
  if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');

  if (config.seedDemo && !config.databaseUrl && config.env !== 'production' && (await isEmpty(dataSource))) {
    const credentials = await seedDemo(app);
    // Development only: these accounts exist only in the embedded demo database.
    console.log('\nDemo data created. Demo logins (staff: the admin console at /admin/; members: the portal at /):');
    for (const c of credentials) {
      const totp = c.role === Role.MEMBER ? '' : `  TOTP secret: ${demoTotpSecret(c.loginId)}`;
      console.log(`  ${c.loginId}  password: ${c.password}${totp}  (${c.note})`);
    }
    console.log('Staff log in with a second factor: add the TOTP secret to an authenticator app, or run "npm run demo-code -- S00000001" for the current code.');
    console.log('Members register themselves on the portal (/).\n');
  }

  const server = app.express.listen(config.port, () => {
    logger.info({ port: config.port, database: dataSource.options.type }, 'College Portal is listening');
    if (config.env !== 'production') console.log(`College Portal: http://localhost:${config.port}/  (admin: /admin/, API: /graphql)`);
  });
  // Every instance runs every job; each job claims its rows, so any number of instances may run.
  app.jobs.start(config.backgroundIntervalMs > 0);
  const shutdown = () => {
    server.close(() => void app.stop().then(() => process.exit(0)));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error) => {
  console.error('College Portal failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
