import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer } from 'node:net';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Locale } from '../../src/core/i18n/locales.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { seedDatabase } from '../../src/server/db/seed.js';
import { createTestDatabase } from '../support/test-database.js';

/** The whole app on a fresh, seeded database, listening on a free port, serving the built web app. */
export async function startSilta() {
  // PUBLIC_URL must match the address the browser uses, so the port is chosen before building.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await createTestDatabase();
  const app = await buildApp({ config: configFor(baseUrl), database, logger: false });
  await seedDatabase(app.silta.services, { demo: true });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    /** The server's database, for reading what it mailed (the outbox). */
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function configFor(publicUrl: string) {
  return loadConfig(
    {
      SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
      PUBLIC_URL: publicUrl,
      AUTH_RATE_LIMIT: '0',
      LOG_LEVEL: 'silent',
    },
    { webRoot: path.resolve('dist/web') },
  );
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser profile (no cookies, no stored language) in Helsinki time with an English browser.
 * Console errors and page errors (including CSP violations) are collected; `assertNoPageErrors` fails on them.
 */
export async function newPage(browser: Browser, baseUrl: string, options: { browserLocale?: string } = {}) {
  const context: BrowserContext = await browser.newContext({
    baseURL: baseUrl,
    locale: options.browserLocale ?? 'en-US',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A 401 from GET /api/me is how a signed-out visitor is recognised, not a problem.
    if (message.type() === 'error' && !message.text().includes('401'))
      problems.push(`console: ${message.text()}`);
  });
  return { page, context, problems };
}

export function assertNoPageErrors(problems: string[]) {
  expect(problems, problems.join('\n')).toEqual([]);
}

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation. axe is
 * evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function expectAccessible(page: Page, label: string) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
  expect(serious.length, `axe on ${label}:\n${report}`).toBe(0);
}

const shotsDir = '/tmp/shots';

/** Saves a full-page screenshot for a person to look at (not compared automatically). */
export async function screenshot(page: Page, name: string) {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/** A birth date that makes someone `years` old today (plus `extraDays` older). */
export function birthDateForAge(years: number, extraDays = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - extraDays);
  return date.toISOString().slice(0, 10);
}

export const uiLocales: Locale[] = ['fi', 'sv', 'en', 'ko'];

export const demoPassword = 'silta-demo-2026';
