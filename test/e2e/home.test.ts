import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  assertNoPageErrors,
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  startSilta,
  uiLocales,
} from './silta-browser.js';

const chromiumPath = inject('chromium');

interface CityJson {
  id: string;
  name: Record<string, string>;
}

describe.skipIf(chromiumPath === false)('home and public pages', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;
  let cities: CityJson[];
  let partnershipName: Record<string, string>;

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
    cities = (await (await fetch(`${silta.baseUrl}/api/cities`)).json()) as CityJson[];
    partnershipName = (
      (await (await fetch(`${silta.baseUrl}/api/partnership`)).json()) as {
        name: Record<string, string>;
      }
    ).name;
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  for (const locale of uiLocales) {
    it(`shows the partnership in ${locale}`, async () => {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      await page.goto(`/?lang=${locale}`);
      await page.getByRole('heading', { level: 1, name: partnershipName[locale] }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);

      const clocks = page.getByTestId('city-clocks');
      for (const city of cities) {
        const name = city.name[locale] ?? '';
        await expect.poll(() => clocks.textContent()).toContain(name);
        expect(await page.getByTestId(`local-time-${city.id}`).textContent()).toMatch(/\d/);
      }
      expect((await page.getByTestId('time-difference').textContent()) ?? '').toMatch(/\d/);
      // The language switcher names each language in that language.
      for (const [code, name] of [
        ['fi', 'Suomi'],
        ['sv', 'Svenska'],
        ['en', 'English'],
        ['ko', '한국어'],
      ] as const) {
        const button = page.getByRole('button', { name, exact: true });
        expect(await button.getAttribute('lang')).toBe(code);
        expect(await button.getAttribute('aria-pressed')).toBe(String(code === locale));
      }
      expect(await page.title()).toContain(partnershipName[locale]);
      await expectAccessible(page, `home (${locale})`);
      await screenshot(page, `home-${locale}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `home-${locale}-phone`);
      assertNoPageErrors(problems);
      await context.close();
    });
  }

  it('follows the browser language when nothing else is chosen, and remembers a choice', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl, { browserLocale: 'sv-FI' });
    await page.goto('/');
    await page.getByRole('link', { name: 'Startsida' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('link', { name: '홈' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: '홈' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    assertNoPageErrors(problems);
    await context.close();
  });

  for (const locale of uiLocales) {
    it(`shows the accessibility statement in ${locale}`, async () => {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      await page.goto(`/accessibility?lang=${locale}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('WCAG 2.1');
      expect(text).toContain('306/2019');
      expect(text).toContain('EN 301 549');
      expect(text).toContain('KWCAG');
      expect(await page.getByTestId('feedback-link').getAttribute('href')).toBe(
        'mailto:accessibility@127.0.0.1',
      );
      await expectAccessible(page, `accessibility statement (${locale})`);
      if (locale === 'ko' || locale === 'fi') await screenshot(page, `accessibility-${locale}`);
      assertNoPageErrors(problems);
      await context.close();
    });
  }

  it('answers an unknown address with a not-found page', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/no-such-page?lang=fi');
    await page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    await expectAccessible(page, 'not found');
    assertNoPageErrors(problems);
    await context.close();
  });
});
