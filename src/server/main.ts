import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { demoPassword, seedDatabase } from './db/seed.js';

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

  app.silta.mail.start();
  const reminders = setInterval(() => {
    app.silta.services.sessions
      .sendDueReminders()
      .then(() => app.silta.services.sessions.sendDstNotices())
      .then(() => app.silta.mail.deliverDue())
      .catch((error: unknown) => app.log.warn({ err: String(error) }, 'reminders failed'));
  }, 60_000);
  reminders.unref();
  // Machine translation jobs (platform/content): only when a provider is configured.
  if (app.silta.services.translationJobs.enabled) {
    const translations = setInterval(() => {
      app.silta.services.translationJobs
        .runDue()
        .then((run) => {
          if (run.failed > 0) app.log.warn(run, 'some machine translations failed; they will be retried');
        })
        .catch((error: unknown) => app.log.warn({ err: String(error) }, 'machine translation run failed'));
    }, 10_000);
    translations.unref();
  }
  const housekeeping = setInterval(() => {
    app.silta
      .housekeeping()
      .catch((error: unknown) => app.log.warn({ err: String(error) }, 'housekeeping failed'));
  }, 3600_000);
  housekeeping.unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await app.silta.mail.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Silta is serving on http://${config.host}:${config.port} (${database.dialect})`);
}

await main();
