// npm run lighthouse: starts Silta with demo content on a free port (as `npm start` does) and measures the
// pages people meet first with Lighthouse 12.2.3 on a phone profile (Lighthouse's default: a mid-range phone
// on a slow 4G link, simulated) in Debian's Chromium. Prints performance, accessibility, best practices and
// SEO per page. The goal (issue 14): performance ≥ 90, accessibility 100, best practices and SEO ≥ 95.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureBuilt, root } from './build-state.mjs';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, server) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`Silta exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('Silta did not answer /api/health within a minute');
}

async function firstId(baseUrl, listPath) {
  const listed = await (await fetch(`${baseUrl}${listPath}`)).json();
  const id = listed.items?.[0]?.id;
  if (id === undefined) throw new Error(`${listPath} listed nothing: is demo content on?`);
  return id;
}

ensureBuilt();
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'silta-lighthouse-'));
const server = spawn(process.execPath, [path.join(root, 'dist', 'server', 'main.js')], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    SILTA_DEMO: '1',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

let chrome;
try {
  await waitForHealth(baseUrl, server);
  const pages = [
    ['home', '/'],
    ['sessions', '/sessions'],
    ['a session', `/sessions/${await firstId(baseUrl, '/api/sessions?limit=1')}`],
    ['library', '/practices'],
    ['a practice', `/practices/${await firstId(baseUrl, '/api/practices?limit=1')}`],
    ['e-sports', '/esports'],
    ['youth', '/youth'],
  ];
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const rows = [];
  for (const [name, address] of pages) {
    const result = await lighthouse(`${baseUrl}${address}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (result === undefined) throw new Error(`Lighthouse gave no result for ${address}`);
    const { categories: scored, audits } = result.lhr;
    const score = (id) =>
      scored[id]?.score === null ? '—' : String(Math.round((scored[id]?.score ?? 0) * 100));
    const metric = (id) => audits[id]?.displayValue ?? '—';
    rows.push({
      page: name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      SEO: score('seo'),
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
    });
    const problem = result.lhr.runtimeError?.message;
    console.info(`measured ${name} (${address})${problem ? `: ${problem}` : ''}`);
  }
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  console.info(
    [
      '',
      line(columns),
      line(widths.map((width) => '-'.repeat(width))),
      ...rows.map((row) => line(columns.map((column) => row[column]))),
    ].join('\n'),
  );
} finally {
  await chrome?.kill();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
