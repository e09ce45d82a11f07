// Issue 5, server side: starting a 1,024-entrant double elimination (the bracket created and its
// 2,047 matches persisted; the core's creation alone has a 100 ms ceiling, see
// tournament-double-elimination.bench.ts) and reporting one result: one transaction of at most
// 5 SQL statements (brackets-manager needs about 33 calls). Counts every statement between BEGIN
// and COMMIT of each result's transaction, on SQLite (and PostgreSQL when BENCH_DATABASE_URL is set).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { randomResult, seededRandom } from '../src/core/tournament/index.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import type { SiltaDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { Database } from '../src/server/db/schema.js';
import { seedDatabase } from '../src/server/db/seed.js';
import { median } from './support.js';

const ceilingStatements = 5;
const bracketsManagerCalls = 33;

/** Statement counts of each transaction, and whether counting is on. */
const counter = { inTransaction: false, current: 0, transactions: [] as number[] };
function log(event: LogEvent) {
  const text = event.query.sql.trim().toLowerCase();
  if (text === 'begin' || text.startsWith('start transaction')) {
    counter.inTransaction = true;
    counter.current = 0;
  } else if (text === 'commit' || text === 'rollback') {
    if (counter.inTransaction) counter.transactions.push(counter.current);
    counter.inTransaction = false;
  } else if (counter.inTransaction) {
    counter.current += 1;
  }
}

async function openCounted(): Promise<{
  database: SiltaDatabase;
  label: string;
  drop?: () => Promise<void>;
}> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url !== undefined && url !== '') {
    const schema = `bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    await migrateToLatest(db, { schema });
    return {
      database: { db, dialect: 'postgres', schema, close: () => db.destroy() },
      label: 'PostgreSQL',
      drop: async () => {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'silta-bench-esports-'));
  const sqlite = new SqliteDriver(path.join(dir, 'silta.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log });
  await migrateToLatest(db);
  return {
    database: { db, dialect: 'sqlite', sqlite, close: () => db.destroy() },
    label: 'SQLite (file, WAL)',
  };
}

const { database, label, drop } = await openCounted();
const config = loadConfig({ LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '0', SILTA_DEMO: '0', DATA_DIR: tmpdir() });
const app = await buildApp({ config, database, logger: false });
await seedDatabase(app.silta.services, { demo: false });
const { accounts, esports } = app.silta.services;
const admin = await accounts.createByOperator({
  email: 'bench@silta.test',
  password: 'bench password 1',
  role: 'admin',
});
const actor = { userId: admin.id, cityId: admin.cityId, roles: admin.roles };
console.info(`database: ${label}`);

const tournament = await esports.tournaments.create(actor, {
  name: 'Bench 1,024',
  game: 'tekken-8',
  format: 'double_elimination',
  bestOf: 3,
  hostCityId: 'espoo',
});
for (let i = 0; i < 1_024; i += 1) {
  await esports.tournaments.addEntrant(actor, tournament.id, {
    name: `Player ${i}`,
    cityId: i % 2 === 0 ? 'espoo' : 'osan',
    rating: 3000 - i,
  });
}
const startAt = performance.now();
await esports.tournaments.start(actor, tournament.id);
const startMs = performance.now() - startAt;
const matchCount = (await esports.tournaments.matches(tournament.id)).length;
console.info(
  `start a 1,024-entrant double elimination (bracket created, ${matchCount} visible matches persisted in one transaction): ${startMs.toFixed(1)} ms`,
);

// Results: organizers' results complete matches (and rate them); sides' reports only mark them.
const random = seededRandom(5);
const resultTimes: number[] = [];
const completing: number[] = [];
let results = 0;
for (; results < 300; results += 1) {
  const ready = (await esports.tournaments.matches(tournament.id)).filter((m) => m.status === 'ready');
  const match = ready[Math.floor(random() * ready.length)];
  if (match === undefined) break;
  const core = randomResult({ bestOf: match.bestOf, bracket: match.bracket } as never, false, random);
  const winnerId = core.scores[0] > core.scores[1] ? match.entrant1Id : match.entrant2Id;
  counter.transactions = [];
  const at = performance.now();
  await esports.matches.result(actor, match.id, { winnerId, scores: [core.scores[0], core.scores[1]] });
  resultTimes.push(performance.now() - at);
  completing.push(...counter.transactions);
}
const most = Math.max(...completing);
console.info(
  `report one result (organizer, completes the match, moves the bracket, rates both sides): ${results} results, median ${median(resultTimes).toFixed(2)} ms; ` +
    `${completing.length / results} transaction per result; statements per transaction: median ${median(completing)}, max ${most}`,
);
console.info(
  `against the ceiling of ${ceilingStatements} statements: ${(most / ceilingStatements).toFixed(2)} × ${most <= ceilingStatements ? 'OK' : 'ABOVE CEILING'}; ` +
    `brackets-manager's ~${bracketsManagerCalls} calls: ${(bracketsManagerCalls / most).toFixed(1)} × fewer`,
);

await app.close();
await drop?.();
await database.close();
if (most > ceilingStatements || completing.length !== results) process.exitCode = 1;
