// Every timestamp is handled in UTC; the API presents Asia/Tokyo explicitly.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import { loadConfig } from './config';
import { createApp } from './app';
import { isEmpty, seedDemo } from './db/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const { logger, dataSource } = app;
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');

  if (config.seedDemo && !config.databaseUrl && config.env !== 'production' && (await isEmpty(dataSource))) {
    const credentials = await seedDemo(dataSource, app.services);
    // Development only: these accounts exist only in the embedded demo database.
    console.log('\nDemo data created. Demo logins (staff: the admin console at /admin/; members: the portal at /):');
    for (const c of credentials) console.log(`  ${c.loginId}  password: ${c.password}  (${c.note})`);
    console.log('Members register themselves on the portal (/).\n');
  }

  const server = app.express.listen(config.port, () => {
    logger.info({ port: config.port, database: dataSource.options.type }, 'College Portal is listening');
    if (config.env !== 'production') console.log(`College Portal: http://localhost:${config.port}/  (admin: /admin/, API: /graphql)`);
  });
  // Each instance sends queued mail and lapses overdue offers; both are safe to run on many instances at once.
  const background = config.backgroundIntervalMs
    ? setInterval(() => {
        void app.services.mailer.dispatch(dataSource).catch((error) => logger.warn({ err: { message: (error as Error).message } }, 'mail dispatch failed'));
        void app.services.enrollments.processDeadlines(dataSource).catch((error) => logger.warn({ err: { message: (error as Error).message } }, 'offer deadline sweep failed'));
      }, config.backgroundIntervalMs)
    : null;
  background?.unref();
  const shutdown = () => {
    if (background) clearInterval(background);
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
