import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { seedDatabase } from '../server/db/seed.js';
import { AppError } from '../server/platform/errors/app-error.js';

const usage = `Usage: npm run silta -- <command>

  migrate                                   apply pending database migrations
  seed                                      create the default partnership (and demo content unless SILTA_DEMO=0)
  user add --email E --password P --role R [--city C] [--name N]
                                            create a verified account with a role (admin, coordinator, facilitator, member)
  backup FILE                               consistent copy of the SQLite database, safe while the server runs
`;

/** Operator commands. Returns the process exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    console.info(usage);
    return command === undefined ? 1 : 0;
  }
  const config = loadConfig(env);
  const database = openDatabase({
    ...(config.databaseUrl === undefined ? {} : { url: config.databaseUrl }),
    file: path.join(config.dataDir, 'silta.db'),
  });
  try {
    switch (command) {
      case 'migrate': {
        const result = await migrateToLatest(database.db);
        console.info(`migrations applied: ${result.results?.length ?? 0}`);
        return 0;
      }
      case 'seed': {
        await migrateToLatest(database.db);
        const app = await buildApp({ config, database, logger: false });
        const seeded = await seedDatabase(app.silta.services, { demo: config.demo });
        console.info(
          `partnership ${seeded.partnership ? 'created' : 'already there'}; demo accounts created: ${seeded.demoAccounts}`,
        );
        await app.close();
        return 0;
      }
      case 'user': {
        const { positionals, values } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            email: { type: 'string' },
            password: { type: 'string' },
            role: { type: 'string' },
            city: { type: 'string' },
            name: { type: 'string' },
          },
        });
        if (positionals[0] !== 'add' || !values.email || !values.password || !values.role) {
          console.error(usage);
          return 1;
        }
        await migrateToLatest(database.db);
        const app = await buildApp({ config, database, logger: false });
        await app.silta.services.partnership.seedDefault();
        const me = await app.silta.services.accounts.createByOperator({
          email: values.email,
          password: values.password,
          role: values.role,
          ...(values.city === undefined ? {} : { cityId: values.city }),
          ...(values.name === undefined ? {} : { displayName: values.name }),
        });
        console.info(
          `created ${me.email} (${me.id}) as ${values.role}${values.city ? ` in ${values.city}` : ''}`,
        );
        await app.close();
        return 0;
      }
      case 'backup': {
        const file = rest[0];
        if (file === undefined) {
          console.error(usage);
          return 1;
        }
        if (database.sqlite === undefined) {
          console.error('backup copies SQLite only; for PostgreSQL use pg_dump (see docs/OPERATIONS.md)');
          return 1;
        }
        // SQLite's online backup API copies a consistent snapshot while other processes write.
        await database.sqlite.backup(path.resolve(file));
        console.info(`backed up to ${path.resolve(file)}`);
        return 0;
      }
      default:
        console.error(`unknown command "${command}"\n\n${usage}`);
        return 1;
    }
  } catch (error) {
    if (error instanceof AppError || error instanceof ConfigError) {
      console.error(
        error instanceof AppError ? `error: ${error.code} ${JSON.stringify(error.values)}` : error.message,
      );
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
