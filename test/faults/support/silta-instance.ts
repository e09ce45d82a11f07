import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, sleep } from './free-port.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface SiltaInstance {
  name: string;
  baseUrl: string;
  /** The exit code or signal if the process ended: the suite's first check is that it never does. */
  exited(): string | undefined;
  /** The last lines the process wrote (JSON log lines), for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts Silta as an operator would, from source (`node --import tsx src/server/main.ts`, nothing to
 * build), on a free loopback port with its own DATA_DIR, and waits until it serves.
 */
export async function startSilta(name: string, env: Record<string, string>): Promise<SiltaInstance> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `silta-faults-${name}-`));
  const lines: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = `exited with ${code ?? signal}`;
  });
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exit !== undefined)
      throw new Error(`${name} ${exit} while starting:\n${lines.slice(-30).join('\n')}`);
    const live = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (live) break;
    if (Date.now() - started > 60_000) throw new Error(`${name} did not start within a minute`);
    await sleep(200);
  }
  return {
    name,
    baseUrl,
    exited: () => exit,
    output: () => lines.slice(-60).join('\n'),
    async stop() {
      if (exit === undefined) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([done, sleep(12_000)]);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
