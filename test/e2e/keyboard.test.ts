import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertNoPageErrors, demoPassword, launchChromium, newPage, startSilta } from './silta-browser.js';

const chromiumPath = inject('chromium');

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, matches: string, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches))
      return;
  }
  throw new Error(`no focusable element matching ${matches} within ${limit} tabs`);
}

describe.skipIf(chromiumPath === false)('keyboard only', () => {
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

  it('reaches the skip link first and it moves focus to the main content', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/?lang=en');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('changes the language from the switcher with the keyboard', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/?lang=en');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, 'button[lang="ko"]');
    // The focused control shows a visible focus indicator.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ko');
    await page.getByRole('link', { name: '로그인' }).waitFor();
    assertNoPageErrors(problems);
    await context.close();
  });

  it('signs in with the keyboard alone', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/sign-in?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await tabTo(page, 'input[type="email"]');
    await page.keyboard.type('facilitator.espoo@demo.silta.test');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    // Elsa's own language is Swedish.
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    assertNoPageErrors(problems);
    await context.close();
  });
});
