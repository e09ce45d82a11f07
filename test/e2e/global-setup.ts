import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** Where the browser tests expect Debian's Chromium (CI installs it; `npx playwright install` is never used). */
export const chromiumPath = '/usr/bin/chromium';

declare module 'vitest' {
  interface ProvidedContext {
    chromium: string | false;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');
// The browser tests run the server from source, so only the web build has to be fresh.
const webInputs = ['src/web', 'src/core', 'vite.config.ts', 'postcss.config.cjs', 'package-lock.json'];

function newestMtime(full: string): number {
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(full, child)));
  return newest;
}

function ensureWebBuilt() {
  const index = path.join(root, 'dist', 'web', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (webInputs.every((entry) => newestMtime(path.join(root, entry)) <= built)) return;
  console.info('e2e: building the web app (dist/web is missing or older than its sources)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}

export default function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    const message = `Chromium is missing at ${chromiumPath}: install Debian's chromium package (apt-get install chromium).`;
    if (process.env.CI === 'true') throw new Error(`${message} Browser tests must run in CI.`);
    console.warn(`e2e: SKIPPING the browser tests. ${message}`);
    project.provide('chromium', false);
    return;
  }
  ensureWebBuilt();
  project.provide('chromium', chromiumPath);
}
