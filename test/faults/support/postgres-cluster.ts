import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

export interface PostgresCluster {
  /** postgres:// URL of the `silta` database. */
  url: string;
  start(): Promise<void>;
  /** Fast shutdown: open connections are terminated (57P01), as in a restart for a config change. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of the suite's own, in a temporary directory on a free port, with trust
 * authentication on loopback only. initdb refuses to run as root, so as root it runs as `postgres`.
 * Never the shared cluster on 5432.
 */
export async function startPostgresCluster(binDir: string): Promise<PostgresCluster> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'silta-faults-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : undefined;
  if (owner !== undefined) chownSync(dir, owner, Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = path.join(dir, 'data');
  // Asynchronous, so that the load keeps running (and keeps its clock) while the server restarts.
  const run = async (binary: string, args: string[]) => {
    const command = path.join(binDir, binary);
    await promisify(execFile)(
      asRoot ? 'runuser' : command,
      asRoot ? ['-u', 'postgres', '--', command, ...args] : args,
      { timeout: 60_000 },
    );
  };
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const pgCtl = (action: string, ...extra: string[]) =>
    run('pg_ctl', [
      action,
      '-D',
      data,
      '-w',
      '-t',
      '30',
      '-l',
      path.join(dir, 'log'),
      '-o',
      options,
      ...extra,
    ]);

  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  await pgCtl('start');
  await run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'silta']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/silta`,
    start: () => pgCtl('start'),
    stop: () => pgCtl('stop', '-m', 'fast'),
    restart: () => pgCtl('restart', '-m', 'fast'),
    async destroy() {
      await pgCtl('stop', '-m', 'immediate').catch(() => {
        // Already stopped.
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
