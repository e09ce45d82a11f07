import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDatabase } from '../src/server/db/seed.js';

const run = promisify(execFile);

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/**
 * Loads one URL on loopback for a bounded time with autocannon; returns the mean rate and p99 latency.
 * The load runs in a worker thread, as a separate load generator would: in the server's own event
 * loop it would take turns with the server, and bigger answers would pay twice for their bytes.
 */
export async function load(
  url: string,
  options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 32,
    duration: options.seconds ?? 5,
    workers: 1,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Silta as a benchmark runs it: SQLite (a file in a new temporary DATA_DIR, or in memory),
 * migrated, seeded with the partnership (and the demo content if asked), without logs or sign-in
 * rate limits. Not listening; `close` closes the app and the database.
 */
export async function startBenchApp(options: { inMemory?: boolean; demo?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'silta-bench-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT: '0',
    SILTA_DEMO: '0',
  });
  const database = openDatabase({ file: options.inMemory ? ':memory:' : path.join(dataDir, 'silta.db') });
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, logger: false });
  await seedDatabase(app.silta.services, { demo: options.demo ?? false });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The peer of the HTTP benchmarks: a bare Fastify answering `{hello: 'world'}`, listening on loopback. */
export async function startHelloWorld(): Promise<{ url: string; close: () => Promise<void> }> {
  const hello = Fastify({ logger: false });
  hello.get('/', async () => ({ hello: 'world' }));
  await hello.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(hello.server.address() as { port: number }).port}/`,
    close: () => hello.close(),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function ratio(value: number, reference: number): string {
  return `${(value / reference).toFixed(2)} ×`;
}

/** Debian's wrk (`apt-get install wrk`), when this machine has it. */
export const wrkPath = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((candidate) => existsSync(candidate));

/**
 * Loads one URL with wrk, a load generator in C in its own process. autocannon decodes every answer
 * body into a string (its `pipelinedRequestsQueue.addBody`), so for answers of tens of kilobytes
 * with non-ASCII text it is autocannon, not the server, that runs out of CPU; wrk only counts bytes.
 */
export async function loadWithWrk(
  url: string,
  options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  if (wrkPath === undefined) throw new Error('wrk is missing: apt-get install wrk');
  const args = ['-t1', `-c${options.connections ?? 32}`, `-d${options.seconds ?? 5}s`, '--latency'];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  // Asynchronously: the server under test may run in this process's event loop.
  const { stdout } = await run(wrkPath, [...args, url], { encoding: 'utf8' });
  const number = (pattern: RegExp) => Number(stdout.match(pattern)?.[1] ?? Number.NaN);
  const p99 = stdout.match(/^\s*99%\s+([\d.]+)(us|ms|s)\s*$/m);
  const unit = { us: 0.001, ms: 1, s: 1000 } as const;
  const socketErrors = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p99Ms: p99 === null ? Number.NaN : Number(p99[1]) * unit[p99[2] as keyof typeof unit],
    errors: socketErrors === null ? 0 : socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0),
    non2xx: Number(stdout.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0),
  };
}
