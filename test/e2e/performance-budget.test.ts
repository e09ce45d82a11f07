import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoPassword, expectAccessible, launchChromium, startSilta } from './silta-browser.js';

const chromiumPath = inject('chromium');

/** The budget of issue 14 for a first visit on a phone. */
const budget = { scriptKilobytes: 200, cumulativeLayoutShift: 0.1, width: 360 };

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every console error, 401s included: a signed-out page must not log one either. */
  consoleErrors: string[];
  /** Compressed bytes of each script the page fetched, and how it was encoded. */
  scripts: { url: string; bytes: number; encoding: string | undefined }[];
}

/** A fresh profile (nothing cached) on a 360 px wide phone screen, counting layout shifts from the start. */
async function visitor(browser: Browser, baseUrl: string): Promise<Visit> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: budget.width, height: 740 },
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { layoutShift: typeof shifts }).layoutShift = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const visit: Visit = { context, page, consoleErrors: [], scripts: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') visit.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => visit.consoleErrors.push(`page error: ${error.message}`));
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    void Promise.all([request.sizes(), request.response()]).then(([sizes, response]) =>
      visit.scripts.push({
        url: request.url(),
        bytes: sizes.responseBodySize,
        encoding: response?.headers()['content-encoding'],
      }),
    );
  });
  return visit;
}

async function signIn(context: BrowserContext, baseUrl: string, email: string) {
  const response = await context.request.post('/api/auth/login', {
    data: { email, password: demoPassword },
    headers: { origin: baseUrl },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Elements that reach past the right edge of the screen, for the failure message. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(-5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} ${element.textContent?.slice(0, 40)}`,
      );
  });
}

async function expectWithinBudget(visit: Visit, label: string) {
  const { page } = visit;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');

  expect(await overflowing(page), `${label}: wider than ${budget.width} px`).toEqual([]);
  expect(visit.consoleErrors, `${label}: console errors`).toEqual([]);

  const shift = await page.evaluate(
    () => (window as unknown as { layoutShift: { total: number } }).layoutShift.total,
  );
  expect(shift, `${label}: cumulative layout shift`).toBeLessThan(budget.cumulativeLayoutShift);

  const uncompressed = visit.scripts.filter((script) => script.bytes > 1024 && !script.encoding);
  expect(uncompressed, `${label}: scripts sent uncompressed`).toEqual([]);
  const kilobytes = visit.scripts.reduce((sum, script) => sum + script.bytes, 0) / 1024;
  expect(visit.scripts.length, `${label}: scripts counted`).toBeGreaterThan(0);
  expect(kilobytes, `${label}: compressed JavaScript (kB) on a first visit`).toBeLessThanOrEqual(
    budget.scriptKilobytes,
  );

  await expectAccessible(page, label);
  return kilobytes;
}

describe.skipIf(chromiumPath === false)('the performance budget on a phone', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;
  let sessionId: string;
  let practiceId: string;

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
    const sessions = (await (await fetch(`${silta.baseUrl}/api/sessions?limit=1`)).json()) as {
      items: { id: string }[];
    };
    const practices = (await (await fetch(`${silta.baseUrl}/api/practices?limit=1`)).json()) as {
      items: { id: string }[];
    };
    sessionId = sessions.items[0]?.id ?? '';
    practiceId = practices.items[0]?.id ?? '';
    expect(sessionId).not.toBe('');
    expect(practiceId).not.toBe('');
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  // Finnish has the longest words, so it is the language most likely to push a page wider than the phone.
  const signedOut = () => [
    '/?lang=fi',
    '/?lang=ko',
    '/sessions?lang=fi',
    `/sessions/${sessionId}?lang=fi`,
    '/practices?lang=fi',
    `/practices/${practiceId}?lang=fi`,
    '/esports?lang=fi',
    '/esports/games?lang=fi',
    '/youth?lang=fi',
    '/accessibility?lang=fi',
    '/accessibility?lang=sv',
  ];

  it('holds on every public page signed out', async () => {
    const figures: string[] = [];
    for (const address of signedOut()) {
      const visit = await visitor(browser, silta.baseUrl);
      await visit.page.goto(address);
      const kilobytes = await expectWithinBudget(visit, `${address} signed out`);
      figures.push(`${address}: ${kilobytes.toFixed(1)} kB`);
      await visit.context.close();
    }
    console.info(`compressed JavaScript on a first visit:\n${figures.join('\n')}`);
  });

  it('holds signed in, for a coordinator and a member', async () => {
    const cases = [
      { email: 'coordinator.espoo@demo.silta.test', address: '/sessions?lang=fi' },
      { email: 'facilitator.espoo@demo.silta.test', address: '/practices?lang=fi' },
      { email: 'facilitator.espoo@demo.silta.test', address: '/profile?lang=fi' },
    ];
    for (const { email, address } of cases) {
      const visit = await visitor(browser, silta.baseUrl);
      await signIn(visit.context, silta.baseUrl, email);
      await visit.page.goto(address);
      await expectWithinBudget(visit, `${address} as ${email}`);
      await visit.context.close();
    }
  });
});
