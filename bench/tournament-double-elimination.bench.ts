// Creating a 1,024-entrant double elimination (ceiling 100 ms): the core's bracket alone, and the
// whole start through the service with the database writes (SQLite file in WAL mode, as `npm start`
// runs; PostgreSQL too when BENCH_DATABASE_URL is set). Then reporting one result in the core: time,
// and how many matches one result changes (what the server must write in its transaction).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { applyResult } from '../src/core/tournament/apply-result.js';
import { createDoubleElimination } from '../src/core/tournament/double-elimination.js';
import { randomResult, seededRandom } from '../src/core/tournament/simulated-play.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, type SiltaDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDatabase } from '../src/server/db/seed.js';
import { median } from './support.js';

const entrants = Array.from({ length: 1_024 }, (_, i) => ({ id: `e${i}`, rating: 3000 - i }));

const createTimes: number[] = [];
let state = createDoubleElimination(entrants);
for (let run = 0; run < 25; run++) {
  const start = performance.now();
  state = createDoubleElimination(entrants);
  createTimes.push(performance.now() - start);
}
const createMs = median(createTimes);
console.info(
  `create a 1,024-entrant double elimination in the core (${state.matches.length} matches, no database): ${createMs.toFixed(2)} ms (median of ${createTimes.length}); ceiling 100 ms → ${(100 / createMs).toFixed(1)}× under`,
);

/**
 * Starts `runs` fresh 1,024-entrant double eliminations through the service: read the tournament and
 * its entrants, create the bracket, write the seeds and the 2,047 matches in one transaction.
 */
async function persistedStarts(database: SiltaDatabase, runs: number): Promise<number[]> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT: '0',
    SILTA_DEMO: '0',
    DATA_DIR: tmpdir(),
  });
  const app = await buildApp({ config, database, logger: false });
  await seedDatabase(app.silta.services, { demo: false });
  const { accounts, esports } = app.silta.services;
  const admin = await accounts.createByOperator({
    email: 'bench@silta.test',
    password: 'bench password 1',
    role: 'admin',
  });
  const actor = { userId: admin.id, cityId: admin.cityId, roles: admin.roles };
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const tournament = await esports.tournaments.create(actor, {
      name: `Bench ${run}`,
      game: 'tekken-8',
      format: 'double_elimination',
      bestOf: 3,
      hostCityId: 'espoo',
    });
    for (const entrant of entrants) {
      await esports.tournaments.addEntrant(actor, tournament.id, {
        name: entrant.id,
        cityId: entrant.rating % 2 === 0 ? 'espoo' : 'osan',
        rating: entrant.rating,
      });
    }
    const start = performance.now();
    const started = await esports.tournaments.start(actor, tournament.id);
    times.push(performance.now() - start);
    if (started.status !== 'running') throw new Error(`not started: ${started.status}`);
  }
  const written = await esports.tournaments.matches(
    (await esports.tournaments.list({ limit: 1 }))[0]?.id ?? '',
  );
  if (written.length !== 2_047) throw new Error(`${written.length} matches persisted, not 2,047`);
  await app.close();
  return times;
}

const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), 'silta-bench-de-')), 'silta.db');
const sqlite = openDatabase({ file: sqliteFile });
await migrateToLatest(sqlite.db);
const sqliteTimes = await persistedStarts(sqlite, 9);
await sqlite.close();
const sqliteMs = median(sqliteTimes);
console.info(
  `start a 1,024-entrant double elimination through the service, SQLite file (WAL), 2,047 matches and 1,024 seeds written: ${sqliteMs.toFixed(1)} ms (median of ${sqliteTimes.length}); ceiling 100 ms → ${(100 / sqliteMs).toFixed(1)}× under; ${(sqliteMs / createMs).toFixed(1)}× the core's creation alone in this run`,
);
const url = process.env.BENCH_DATABASE_URL;
if (url !== undefined && url !== '') {
  const schema = `bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const postgres = openDatabase({ url, schema });
  await migrateToLatest(postgres.db, { schema });
  const pgTimes = await persistedStarts(postgres, 5);
  await sql`drop schema ${sql.id(schema)} cascade`.execute(postgres.db);
  await postgres.close();
  const pgMs = median(pgTimes);
  console.info(
    `  the same on PostgreSQL: ${pgMs.toFixed(1)} ms (median of ${pgTimes.length}); ceiling 100 ms → ${(100 / pgMs).toFixed(1)}× under`,
  );
}
if (createMs > 100 || sqliteMs > 100) process.exitCode = 1;

const random = seededRandom(5);
const resultTimes: number[] = [];
let mostChanged = 0;
let results = 0;
for (;;) {
  const ready = state.matches.filter((m) => m.status === 'ready');
  const match = ready[Math.floor(random() * ready.length)];
  if (match === undefined) break;
  const result = randomResult(match, false, random);
  const start = performance.now();
  const outcome = applyResult(state, match.id, result);
  resultTimes.push(performance.now() - start);
  if (!outcome.ok) throw new Error(outcome.code);
  mostChanged = Math.max(mostChanged, outcome.changed.length);
  results++;
  state = outcome.state;
}
console.info(
  `report one result: ${median(resultTimes).toFixed(3)} ms median over ${results} results; at most ${mostChanged} matches change per result (SQL statement count is the server's: ceiling 5, brackets-manager ~33 calls)`,
);
console.info(`tournament ${state.status}`);
