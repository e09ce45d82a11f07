import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDriver from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { runCli } from './run-cli.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'silta-cli-'));
const env: NodeJS.ProcessEnv = {
  DATA_DIR: dataDir,
  SESSION_SECRET: 'cli-test-secret-cli-test-secret-0123456789',
  SILTA_DEMO: '0',
};
const adminUrl = process.env.TEST_DATABASE_URL;
let databaseName: string | undefined;

// On PostgreSQL the CLI gets a database of its own, as an operator's would be.
beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  if (adminUrl === undefined || adminUrl === '') return;
  databaseName = `silta_cli_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${databaseName}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  env.DATABASE_URL = url.toString();
});
afterAll(async () => {
  if (databaseName === undefined || adminUrl === undefined) return;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists ${databaseName} with (force)`);
  await client.end();
});

describe('npm run silta --', () => {
  it('migrate and seed prepare an empty database, and running them again changes nothing', async () => {
    expect(await runCli(['migrate'], env)).toBe(0);
    expect(await runCli(['seed'], env)).toBe(0);
    expect(await runCli(['seed'], env)).toBe(0);
  });

  it('user add creates a verified coordinator who can sign in at once', async () => {
    const code = await runCli(
      [
        'user',
        'add',
        '--email',
        'Coordinator@Espoo.test',
        '--password',
        'long enough pass',
        '--role',
        'coordinator',
        '--city',
        'espoo',
      ],
      env,
    );
    expect(code).toBe(0);

    const config = loadConfig(env);
    const database = openDatabase({
      ...(config.databaseUrl === undefined ? {} : { url: config.databaseUrl }),
      file: path.join(dataDir, 'silta.db'),
    });
    const app = await buildApp({ config, database, logger: false });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'coordinator@espoo.test', password: 'long enough pass' },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toMatchObject({
        emailVerified: true,
        status: 'active',
        roles: [{ role: 'coordinator', cityId: 'espoo' }],
      });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses bad input with a message and a non-zero exit, changing nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(
      await runCli(
        ['user', 'add', '--email', 'x@y.test', '--password', 'short', '--role', 'member', '--city', 'espoo'],
        env,
      ),
    ).toBe(1);
    expect(
      await runCli(
        [
          'user',
          'add',
          '--email',
          'x@y.test',
          '--password',
          'long enough pass',
          '--role',
          'king',
          '--city',
          'espoo',
        ],
        env,
      ),
    ).toBe(1);
    expect(
      await runCli(
        [
          'user',
          'add',
          '--email',
          'x@y.test',
          '--password',
          'long enough pass',
          '--role',
          'member',
          '--city',
          'mars',
        ],
        env,
      ),
    ).toBe(1);
    expect(
      await runCli(
        ['user', 'add', '--email', 'x@y.test', '--password', 'long enough pass', '--role', 'coordinator'],
        env,
      ),
    ).toBe(1);
    expect(await runCli(['launch-rockets'], env)).toBe(1);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('backup writes a consistent copy of the SQLite database', async () => {
    const target = path.join(dataDir, 'backup.db');
    const code = await runCli(['backup', target], env);
    if (env.DATABASE_URL !== undefined) {
      expect(code).toBe(1); // PostgreSQL is backed up with pg_dump
      return;
    }
    expect(code).toBe(0);
    expect(existsSync(target)).toBe(true);
    const copy = new SqliteDriver(target, { readonly: true });
    const row = copy.prepare('select email from users').get() as { email: string };
    copy.close();
    expect(row.email).toBe('coordinator@espoo.test');
  });
});
