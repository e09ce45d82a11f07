// Issue 3: 1,000 concurrent registrations for 40 seats (20 + 20): exactly 40 confirmed, the rest
// waitlisted in arrival order per city; ≥ 500 registrations/s on SQLite; the same exactness with two
// app instances on one PostgreSQL (BENCH_DATABASE_URL, default the local test database).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, type SiltaDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDatabase } from '../src/server/db/seed.js';
import { hashPassword } from '../src/server/platform/auth/passwords.js';
import { createSessionStore } from '../src/server/platform/auth/session-store.js';
import { newId } from '../src/server/platform/auth/tokens.js';
import { systemClock } from '../src/server/platform/clock.js';
import { ratio } from './support.js';

const registrants = Number(process.env.BENCH_REGISTRANTS ?? 1000);
const env = {
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  AUTH_RATE_LIMIT: '0',
  LOG_LEVEL: 'silent',
  SILTA_DEMO: '0',
  DATA_DIR: mkdtempSync(path.join(tmpdir(), 'silta-reg-')),
};

/** People of both cities, alternating, each with a signed session cookie (no argon2 per person). */
async function crowd(database: SiltaDatabase, app: FastifyInstance) {
  const hash = await hashPassword('bench password');
  const sessions = createSessionStore(database.db, systemClock);
  const now = new Date().toISOString();
  const people: { cookie: string; cityId: string }[] = [];
  const rows = Array.from({ length: registrants }, (_, index) => ({
    id: newId(),
    email: `bench-${index}-${randomBytes(3).toString('hex')}@example.test`,
    email_verified_at: now,
    password_hash: hash,
    display_name: `Bench ${index}`,
    city_id: index % 2 === 0 ? 'espoo' : 'osan',
    birth_date: '1990-01-01',
    locale: 'en',
    time_zone: index % 2 === 0 ? 'Europe/Helsinki' : 'Asia/Seoul',
    status: 'active' as const,
    created_at: now,
    updated_at: now,
  }));
  for (let start = 0; start < rows.length; start += 200) {
    await database.db
      .insertInto('users')
      .values(rows.slice(start, start + 200))
      .execute();
  }
  for (const row of rows) {
    const { token } = await sessions.create(row.id);
    people.push({ cookie: `silta_session=${app.signCookie(token)}`, cityId: row.city_id });
  }
  return people;
}

async function createSession(app: FastifyInstance): Promise<string> {
  const coordinator = await app.silta.services.accounts.createByOperator({
    email: `coordinator-${randomBytes(3).toString('hex')}@bench.test`,
    password: 'bench password',
    role: 'coordinator',
    cityId: 'espoo',
  });
  const session = await app.silta.services.sessions.create(
    { userId: coordinator.id, cityId: 'espoo', roles: coordinator.roles },
    {
      title: { en: 'Bench session' },
      originalLanguage: 'en',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      durationMinutes: 60,
      anchorTimeZone: 'Europe/Helsinki',
      mode: 'online',
      audience: 'everyone',
      seats: { espoo: 20, osan: 20 },
      waitlist: true,
    },
    'en',
  );
  return session.id;
}

/**
 * Fires the registrations with autocannon (100 connections, each request with the next person's
 * cookie) against the given base URLs, split evenly, then checks the outcome in the database.
 */
async function run(
  label: string,
  bases: string[],
  database: SiltaDatabase,
  people: { cookie: string; cityId: string }[],
  sessionId: string,
) {
  const started = performance.now();
  // autocannon settles on its one-second sampling tick; the last answer's time is the true end.
  let lastAnswer = started;
  const share = Math.ceil(people.length / bases.length);
  const loads = bases.map((base, index) => {
    const mine = people.slice(index * share, (index + 1) * share);
    let next = 0;
    return autocannon({
      url: base,
      connections: Math.max(1, Math.floor(100 / bases.length)),
      amount: mine.length,
      requests: [
        {
          method: 'POST',
          path: `/api/sessions/${sessionId}/registrations`,
          setupRequest: (request) => {
            const person = mine[next % mine.length];
            next += 1;
            return {
              ...request,
              headers: { ...request.headers, cookie: person?.cookie ?? '', origin: base },
            };
          },
          onResponse: () => {
            lastAnswer = performance.now();
          },
        },
      ],
    });
  });
  const results = await Promise.all(loads);
  const seconds = (lastAnswer - started) / 1000;
  const non2xx = results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0);
  const rows = await database.db
    .selectFrom('registrations')
    .select(['city_id', 'status', 'position'])
    .where('session_id', '=', sessionId)
    .execute();
  const confirmed = rows.filter((r) => r.status === 'confirmed').length;
  const waitlisted = rows.filter((r) => r.status === 'waitlisted').length;
  let orderKept = true;
  for (const city of ['espoo', 'osan']) {
    const ofCity = rows.filter((r) => r.city_id === city);
    const maxConfirmed = Math.max(
      ...ofCity.filter((r) => r.status === 'confirmed').map((r) => Number(r.position)),
    );
    const minWaiting = Math.min(
      ...ofCity.filter((r) => r.status === 'waitlisted').map((r) => Number(r.position)),
    );
    const positions = ofCity.map((r) => Number(r.position));
    orderKept &&= maxConfirmed < minWaiting && new Set(positions).size === positions.length;
  }
  const seats = await database.db
    .selectFrom('session_cities')
    .select(['city_id', 'confirmed'])
    .where('session_id', '=', sessionId)
    .execute();
  const exact =
    confirmed === 40 &&
    waitlisted === registrants - 40 &&
    non2xx === 0 &&
    seats.every((s) => Number(s.confirmed) === 20);
  const rate = registrants / seconds;
  console.info(
    `${label}: ${registrants} registrations in ${seconds.toFixed(2)} s = ${rate.toFixed(0)}/s; confirmed ${confirmed}, ` +
      `waitlisted ${waitlisted}, refused or failed ${non2xx}; ${exact ? 'EXACT' : 'NOT EXACT'}; ` +
      `waiting lists in arrival order: ${orderKept ? 'yes' : 'NO'}`,
  );
  return { rate, exact: exact && orderKept };
}

// SQLite, one instance.
{
  const dataDir = env.DATA_DIR;
  const database = openDatabase({ file: path.join(dataDir, 'silta.db') });
  await migrateToLatest(database.db);
  const config = loadConfig({ ...env, DATA_DIR: dataDir });
  const app = await buildApp({ config, database, logger: false });
  await seedDatabase(app.silta.services, { demo: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const people = await crowd(database, app);
  // The same crowd first fills another session, so that the measured run meets a warm server (JIT,
  // statement cache), as a live one would be; its line is printed but not counted.
  await run('SQLite warm-up (not counted)', [base], database, people, await createSession(app));
  const sessionId = await createSession(app);
  const { rate, exact } = await run('SQLite, one instance', [base], database, people, sessionId);
  console.info(
    `  against the 500/s floor: ${ratio(rate, 500)} ${rate >= 500 ? 'OK' : 'BELOW TARGET'}${exact ? '' : ' — NOT EXACT'}`,
  );
  await app.close();
  await database.close();
  if (!exact) process.exitCode = 1;
}

// PostgreSQL, two instances on one database.
{
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const databases = [openDatabase({ url, schema }), openDatabase({ url, schema })];
    const [first, second] = databases as [SiltaDatabase, SiltaDatabase];
    await migrateToLatest(first.db, { schema });
    const apps: FastifyInstance[] = [];
    for (const database of databases) {
      const app = await buildApp({ config: loadConfig(env), database, logger: false });
      await app.listen({ port: 0, host: '127.0.0.1' });
      apps.push(app);
    }
    const [appA, appB] = apps as [FastifyInstance, FastifyInstance];
    await seedDatabase(appA.silta.services, { demo: false });
    const bases = apps.map((app) => `http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
    const people = await crowd(first, appA);
    const sessionId = await createSession(appA);
    const { exact } = await run('PostgreSQL, two instances', bases, second, people, sessionId);
    if (!exact) process.exitCode = 1;
    for (const app of [appA, appB]) await app.close();
    for (const database of databases) await database.close();
  } catch (error) {
    console.info(`PostgreSQL, two instances: not run (${String(error)})`);
    process.exitCode = 1;
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => {});
    await admin.end().catch(() => {});
  }
}
