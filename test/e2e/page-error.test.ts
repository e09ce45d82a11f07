import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/core/i18n/locales.js';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  startSilta,
  uiLocales,
} from './silta-browser.js';

const chromiumPath = inject('chromium');

const failureTitle: Record<Locale, string> = {
  fi: 'Sivulla tapahtui virhe',
  sv: 'Något gick fel på den här sidan',
  en: 'Something went wrong on this page',
  ko: '이 페이지에서 문제가 생겼어요',
};
const retry: Record<Locale, string> = {
  fi: 'Yritä uudelleen',
  sv: 'Försök igen',
  en: 'Try again',
  ko: '다시 시도',
};
const back: Record<Locale, string> = {
  fi: 'Palaa edelliselle sivulle',
  sv: 'Gå tillbaka',
  en: 'Go back',
  ko: '이전 페이지로 돌아가기',
};
const statementTitle: Record<Locale, string> = {
  fi: 'Saavutettavuusseloste',
  sv: 'Tillgänglighetsutlåtande',
  en: 'Accessibility statement',
  ko: '접근성 정책',
};

describe.skipIf(chromiumPath === false)('a page that fails', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  for (const locale of uiLocales) {
    it(`says so in ${locale} inside the site, with a way back and a retry`, async () => {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      await page.goto(`/?lang=${locale}`);
      await page.getByRole('heading', { level: 1 }).waitFor();

      // The connection drops before the page's code is fetched: the page cannot render.
      await context.setOffline(true);
      await page.locator('header a[href="/accessibility"]').click();
      const failure = page.getByTestId('page-error');
      await failure.waitFor();
      await page.getByRole('alert').filter({ hasText: failureTitle[locale] }).waitFor();
      // The header stays, focus lands on the message, and every way on is offered.
      await page.locator('header a[href="/"]').first().waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(failureTitle[locale]);
      await failure.getByRole('button', { name: back[locale] }).waitFor();
      expect(await failure.locator('a[href="/"]').count()).toBe(1);
      await expectAccessible(page, `page error (${locale})`);
      await screenshot(page, `page-error-${locale}`);

      // Back online, trying again shows the page.
      await context.setOffline(false);
      await failure.getByRole('button', { name: retry[locale] }).click();
      await page.getByRole('heading', { level: 1, name: statementTitle[locale] }).waitFor();
      expect(await failure.count()).toBe(0);
      // The failure was caught: nothing escaped to the window as an uncaught error (a blank page).
      expect(problems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
      await context.close();
    });
  }

  it('says a failed load failed, without "Loading…", and loads again on "Try again"', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    const search = (url: URL) => url.pathname === '/api/practices';
    await page.route(search, (route) => route.abort('internetdisconnected'));
    await page.goto('/practices?lang=en');
    const failure = page.getByTestId('load-failure');
    await failure.waitFor();
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.textContent()).toContain('This could not be loaded.');
    expect(await page.getByTestId('result-count').textContent()).toBe('');
    await expectAccessible(page, 'library with a failed search (en)');
    await screenshot(page, 'load-failure-library-en');

    await page.unroute(search);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('practice-hit').first().waitFor();
    expect(await failure.count()).toBe(0);
    expect(problems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
    await context.close();
  });

  it('offers to try again wherever a page could not load what it shows', async () => {
    const listed = (await (await fetch(`${silta.baseUrl}/api/sessions?limit=1`)).json()) as {
      items: { id: string }[];
    };
    const sessionId = listed.items[0]?.id;
    expect(sessionId).toBeDefined();
    const cases = [
      { path: '/esports', api: '/api/esports/clubs' },
      { path: '/esports/tournaments', api: '/api/esports/tournaments' },
      { path: '/sessions', api: '/api/sessions' },
      { path: `/sessions/${sessionId}`, api: `/api/sessions/${sessionId}` },
    ];
    for (const { path, api } of cases) {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      const load = (url: URL) => url.pathname === api;
      await page.route(load, (route) => route.abort('internetdisconnected'));
      await page.goto(`${path}?lang=en`);
      const failure = page.getByTestId('load-failure');
      await failure.waitFor();
      expect(await failure.textContent(), path).toContain('This could not be loaded.');
      await expectAccessible(page, `failed load on ${path} (en)`);

      await page.unroute(load);
      await failure.getByRole('button', { name: 'Try again' }).click();
      await failure.waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      expect(await failure.count(), path).toBe(0);
      expect(problems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
      await context.close();
    }
  });

  it('tries a page that broke while rendering again, in place', async () => {
    const listed = (await (await fetch(`${silta.baseUrl}/api/sessions?limit=1`)).json()) as {
      items: { id: string }[];
    };
    const api = `/api/sessions/${listed.items[0]?.id}`;
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    // An answer the page does not expect (as from a server newer than the page) breaks its render.
    const broken = (url: URL) => url.pathname === api;
    await page.route(broken, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
    );
    await page.goto(`${api.replace('/api', '')}?lang=en`);
    const failure = page.getByTestId('page-error');
    await failure.waitFor();
    // Opened directly, there is no page of Silta to go back to.
    expect(await failure.getByRole('button', { name: 'Go back' }).count()).toBe(0);

    await page.unroute(broken);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('city-times').waitFor();
    await failure.waitFor({ state: 'detached' });
    expect(await page.locator('main h1').textContent()).not.toBe('Something went wrong on this page');
    expect(problems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
    await context.close();
  });
});
