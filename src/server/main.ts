import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, pingDatabase, type SiltaDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { demoPassword, seedDatabase } from './db/seed.js';
import { startBackgroundJob } from './platform/observability/background-job.js';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web');

/** Starts Silta: migrate, seed an empty database, serve, and shut down gracefully on SIGINT/SIGTERM. */
export async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, { webRoot });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const database = openDatabase({
    ...(config.databaseUrl === undefined ? {} : { url: config.databaseUrl }),
    file: path.join(config.dataDir, 'silta.db'),
  });
  await waitForDatabase(database);
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database });
  const seeded = await seedDatabase(app.silta.services, { demo: config.demo });
  if (seeded.partnership) app.log.info('created the default partnership');
  if (seeded.demoAccounts > 0) {
    app.log.info(
      { password: demoPassword },
      `created ${seeded.demoAccounts} demo accounts (*@demo.silta.test); set SILTA_DEMO=0 in production`,
    );
  }

  // Background work pauses while the database is away and resumes by itself (platform/observability).
  const jobs = [
    startBackgroundJob({
      name: 'mail',
      everyMs: 5_000,
      run: () => app.silta.mail.deliverDue(),
      log: app.log,
      metrics: app.metrics,
    }),
    startBackgroundJob({
      name: 'reminders',
      everyMs: 60_000,
      run: async () => {
        await app.silta.services.sessions.sendDueReminders();
        await app.silta.services.sessions.sendDstNotices();
        await app.silta.mail.deliverDue();
      },
      log: app.log,
      metrics: app.metrics,
    }),
    startBackgroundJob({
      name: 'housekeeping',
      everyMs: 3600_000,
      run: () => app.silta.housekeeping(),
      log: app.log,
      metrics: app.metrics,
    }),
  ];
  // Machine translation jobs (platform/content): only when a provider is configured.
  if (app.silta.services.translationJobs.enabled) {
    jobs.push(
      startBackgroundJob({
        name: 'translations',
        everyMs: 10_000,
        run: async () => {
          const run = await app.silta.services.translationJobs.runDue();
          if (run.failed > 0) app.log.warn(run, 'some machine translations failed; they will be retried');
        },
        log: app.log,
        metrics: app.metrics,
      }),
    );
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await Promise.all(jobs.map((job) => job.stop()));
    await app.silta.mail.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Silta is serving on http://${config.host}:${config.port} (${database.dialect})`);
}

/**
 * At start the database may still be coming up (both started together, or a failover): wait for it,
 * a second apart, for up to a minute, instead of exiting at once.
 */
async function waitForDatabase(database: SiltaDatabase): Promise<void> {
  for (let attempt = 1; !(await pingDatabase(database)); attempt += 1) {
    if (attempt >= 60) throw new Error('the database did not answer for a minute; giving up');
    if (attempt === 1) console.error('waiting for the database to answer…');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

await main();
