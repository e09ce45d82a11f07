import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { registration } from '../../../test/support/test-app.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { isDatabaseUnavailable } from './connection-faults.js';
import { type DatabaseFault, openDatabase, type SiltaDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { seedDatabase } from './seed.js';

const testEnv = {
  SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
  PUBLIC_URL: 'http://silta.test',
  AUTH_RATE_LIMIT: '0',
  ABUSE_RATE_LIMIT_SCALE: '0',
};

async function appOn(database: SiltaDatabase, seed = true): Promise<FastifyInstance> {
  const app = await buildApp({ config: loadConfig(testEnv), database, logger: false });
  if (seed) await seedDatabase(app.silta.services, { demo: false });
  return app;
}

function register(app: FastifyInstance, lang = 'en') {
  return app.inject({ method: 'POST', url: `/api/auth/register?lang=${lang}`, payload: registration() });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an unreachable database', () => {
  it('answers 503 DATABASE_UNAVAILABLE with Retry-After in the caller’s language, not 500', async () => {
    // Port 1 on loopback: nothing listens, every connection is refused.
    const database = openDatabase({ url: 'postgres://silta@127.0.0.1:1/silta' });
    const faults: DatabaseFault[] = [];
    database.onFault?.((fault) => faults.push(fault));
    const app = await appOn(database, false);
    try {
      for (const [lang, words] of [
        ['fi', 'Tietokantaan'],
        ['en', 'database'],
      ] as const) {
        const response = await register(app, lang);
        expect(response.statusCode).toBe(503);
        expect(response.headers['retry-after']).toBe('2');
        expect(response.json().code).toBe('DATABASE_UNAVAILABLE');
        expect(response.json().message).toContain(words);
      }
      expect(faults.map((fault) => fault.kind)).toEqual(['unreachable']);

      // Live, but not ready: a load balancer takes the instance out, nobody restarts it.
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const ready = await app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({
        status: 'unavailable',
        failing: ['database'],
        database: 'unavailable',
        mailQueue: 'unavailable',
      });
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('SQLite on a read-only disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'silta-sqlite-fault-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 503 DATABASE_UNAVAILABLE, writes nothing half-done, and works again once writable', async () => {
    const database = openDatabase({ file: path.join(dir, 'silta.db') });
    await migrateToLatest(database.db);
    const app = await appOn(database);
    const sqlite = database.sqlite as NonNullable<SiltaDatabase['sqlite']>;
    const users = async () =>
      Number((await sql<{ n: number }>`select count(*) as n from users`.execute(database.db)).rows[0]?.n);
    try {
      expect((await register(app)).statusCode).toBe(201);
      const before = await users();
      // As a file system remounted read-only: every write fails with SQLITE_READONLY.
      sqlite.pragma('query_only = ON');
      const readOnly = await register(app, 'sv');
      expect(readOnly.statusCode).toBe(503);
      expect(readOnly.json()).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        message: 'Databasen går inte att nå just nu. Försök igen om några sekunder.',
      });
      sqlite.pragma('query_only = OFF');
      expect(await users()).toBe(before);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((await register(app)).statusCode).toBe(201);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('isDatabaseUnavailable', () => {
  // The shapes pg, Node and better-sqlite3 raise; a full disk cannot be made on demand in a test.
  it.each([
    [{ code: 'ECONNREFUSED' }, true],
    [Object.assign(new AggregateError([{ code: 'ECONNREFUSED' }]), { code: undefined }), true],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '57P03', message: 'the database system is starting up' }, true],
    [{ code: '08006' }, true],
    [new Error('Connection terminated unexpectedly'), true],
    [new Error('timeout exceeded when trying to connect'), true],
    [{ code: 'SQLITE_FULL', message: 'database or disk is full' }, true],
    [{ code: 'SQLITE_READONLY_DBMOVED' }, true],
    [{ code: 'SQLITE_IOERR_WRITE' }, true],
    [{ code: 'SQLITE_CANTOPEN' }, true],
    [{ code: 'SQLITE_BUSY' }, true],
    [{ code: '23505', message: 'duplicate key value violates unique constraint' }, false],
    [{ code: 'SQLITE_CONSTRAINT_UNIQUE' }, false],
    [{ code: '42P01', message: 'relation "users" does not exist' }, false],
    [new TypeError('x is undefined'), false],
  ])('%o → %s', (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

// Terminating backends needs a PostgreSQL server: CI runs this file again with TEST_DATABASE_URL set.
const url = process.env.TEST_DATABASE_URL;
describe.skipIf(url === undefined || url === '')('a PostgreSQL restart under a running instance', () => {
  const applicationName = `silta-test-${randomBytes(4).toString('hex')}`;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let admin: pg.Client;
  let database: SiltaDatabase;
  let app: FastifyInstance;
  const faults: DatabaseFault[] = [];

  // Only this file's own connections, found by their application_name, are terminated.
  async function terminateOwnConnections(): Promise<number> {
    const result = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    return result.rowCount ?? 0;
  }

  async function setUp() {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    database = openDatabase({ url: url as string, schema, applicationName });
    database.onFault?.((fault) => faults.push(fault));
    await migrateToLatest(database.db, { schema });
    app = await appOn(database);
  }
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  it('keeps running when idle connections are terminated, and registers again within seconds', async () => {
    await setUp();
    // Fill the pool with several idle connections, as a busy instance has.
    const concurrent = await Promise.all([1, 2, 3, 4].map(() => register(app)));
    expect(concurrent.map((response) => response.statusCode)).toEqual([201, 201, 201, 201]);
    expect(await terminateOwnConnections()).toBeGreaterThan(0);

    const started = Date.now();
    const statuses: number[] = [];
    for (;;) {
      const response = await register(app);
      statuses.push(response.statusCode);
      if (response.statusCode === 201 || Date.now() - started > 10_000) break;
      expect(response.json().code).toBe('DATABASE_UNAVAILABLE');
      await sleep(100);
    }
    expect(statuses.at(-1)).toBe(201);
    expect(faults.some((fault) => fault.kind === 'connection-lost')).toBe(true);
  });

  it('survives a connection terminated while lent out inside a transaction, and reports it as unavailable', async () => {
    const outcome = await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await terminateOwnConnections();
        // The broken connection emits its 'error' while no query runs on it.
        await sleep(200);
        await sql`select 1`.execute(trx);
        return 'committed';
      })
      .catch((error: unknown) => error);
    expect(outcome).not.toBe('committed');
    expect(isDatabaseUnavailable(outcome)).toBe(true);
    expect((await register(app)).statusCode).toBe(201);
  });
});
