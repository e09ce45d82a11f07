import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/core/i18n/locales.js';
import { formatList, languageName } from '../../src/web/i18n/format.js';
import { type MessageKey, translate } from '../../src/web/i18n/messages.js';
import {
  assertNoPageErrors,
  demoPassword,
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  startSilta,
  uiLocales,
} from './silta-browser.js';

const chromiumPath = inject('chromium');

/** Espoo's library maker workshops, written in Finnish with English and Korean translations. */
const workshopsFi = 'Kirjastojen pajat';
const workshopsKo = '도서관 메이커 공방';
/** Osan's learning labs, written in Korean after studying Espoo's workshops. */
const labsKo = '오산 메이커스페이스 배움터';
/** Osan's resident gardens: written in Korean, title and summary translated into English by a person. */
const gardensKo = '오산시 주민 텃밭 100곳';
const gardensEn = 'Osan’s 100 resident gardens';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in?lang=en');
  const main = page.locator('main');
  await main.getByLabel('E-mail address').fill(email);
  await main.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Types into the library's search box as a person would, one character at a time, and waits for the answer. */
async function search(page: Page, query: string) {
  const box = page.getByTestId('practice-search');
  await box.fill('');
  await box.pressSequentially(query, { delay: 40 });
  await page.locator(`section[data-query="${query}"]`).waitFor();
}

const hits = (page: Page) => page.getByTestId('practice-hit');
/** The result whose title starts with the given text. */
const hitTitled = (page: Page, title: string) =>
  hits(page).filter({ has: page.getByRole('link', { name: new RegExp(`^${title}`) }) });

describe.skipIf(chromiumPath === false)('the practice library in the browser', () => {
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

  it('lists the demo practices in every UI language, accessibly', async () => {
    for (const locale of uiLocales) {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      const t = (key: MessageKey) => translate(locale, key);
      await page.goto(`/practices?lang=${locale}`);
      await page.getByRole('heading', { level: 1, name: t('practices.title') }).waitFor();
      await page
        .getByRole('navigation', { name: t('shell.mainNav') })
        .getByRole('link', { name: t('nav.library'), exact: true })
        .waitFor();
      await hits(page).first().waitFor();
      expect(await hits(page).count()).toBeGreaterThan(5);
      await expectAccessible(page, `library (${locale})`);
      await screenshot(page, `practices-library-${locale}`);
      assertNoPageErrors(problems);
      await context.close();
    }
  });

  it('finds inflected Finnish, highlights the match, and opens a result with the keyboard', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/practices?lang=fi');
    await hits(page).first().waitFor();
    await search(page, 'kirjastoissa');
    // The list before the search has no marks; the answer to the search has.
    const firstMark = page.locator('[data-testid="practice-snippet"] mark').first();
    await firstMark.waitFor();
    const workshops = hitTitled(page, workshopsFi);
    await workshops.waitFor();
    // The match is marked in the snippet, as text: the query never becomes markup.
    const marked = await page.locator('[data-testid="practice-snippet"] mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join(' ').toLowerCase()).toMatch(/kirjasto/);
    // The query stays in the address, so the search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('kirjastoissa');
    await expectAccessible(page, 'library search (fi)');
    await screenshot(page, 'practices-search-fi');

    // Keyboard only: Tab from the search box reaches the results; Enter opens one.
    await page.getByTestId('practice-search').focus();
    const link = workshops.getByRole('link').first();
    for (let presses = 0; presses < 40; presses++) {
      if (await link.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/practices\/[^/?]+$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(workshopsFi) }).waitFor();
    assertNoPageErrors(problems);
    await context.close();
  });

  it('finds practices from Korean initial consonants (ㅁㅇㅋ) and with a particle attached', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl, { browserLocale: 'ko-KR' });
    await page.goto('/practices');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await hits(page).first().waitFor();
    await search(page, 'ㅁㅇㅋ');
    await page.locator('[data-testid="practice-snippet"] mark', { hasText: '메이커' }).first().waitFor();
    await hitTitled(page, workshopsKo).waitFor();
    await hitTitled(page, labsKo).waitFor();
    await expectAccessible(page, 'library search (ko)');
    await screenshot(page, 'practices-search-ko');
    await search(page, '메이커스페이스를');
    await page
      .locator('[data-testid="practice-snippet"] mark', { hasText: '메이커스페이스' })
      .first()
      .waitFor();
    await hitTitled(page, labsKo).waitFor();
    assertNoPageErrors(problems);
    await context.close();
  });

  it('labels translations and shows the original in one click, in every UI language', async () => {
    const all = (await (await fetch(`${silta.baseUrl}/api/practices?limit=50&lang=en`)).json()) as {
      items: { id: string; title: { text: string } }[];
    };
    const gardens = all.items.find((item) => item.title.text === gardensEn);
    expect(gardens).toBeDefined();
    for (const locale of uiLocales) {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      const t = (key: MessageKey) => translate(locale, key);
      await page.goto(`/practices/${gardens?.id}?lang=${locale}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Read in Korean, the original needs no note.
      if (locale !== 'ko') await page.getByTestId('language-note').waitFor();
      await expectAccessible(page, `practice page (${locale})`);
      await screenshot(page, `practice-page-${locale}`);
      if (locale === 'en') {
        // Read in English: a person's translation, labelled, with the Korean original one click away.
        await page.getByRole('heading', { level: 1, name: gardensEn }).waitFor();
        await page.getByTestId('provenance-human').waitFor();
        // Only the title and summary are translated: the page says the description is not.
        await page
          .getByText(translate('en', 'practices.note.bodyUntranslated', { language: 'Korean' }))
          .waitFor();
        const toggle = page.getByRole('button', { name: t('practices.showOriginal') });
        await toggle.click();
        await page.getByRole('heading', { level: 1, name: gardensKo }).waitFor();
        expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('ko');
        expect(
          await page
            .getByRole('button', { name: t('practices.showTranslation') })
            .getAttribute('aria-pressed'),
        ).toBe('true');
        await expectAccessible(page, 'practice original (en)');
        await screenshot(page, 'practice-page-original-en');
        await page.getByRole('button', { name: t('practices.showTranslation') }).click();
        await page.getByRole('heading', { level: 1, name: gardensEn }).waitFor();
      }
      assertNoPageErrors(problems);
      await context.close();
    }
  });

  it('lets a coordinator propose a practice that is published at once and found by search', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    // The coordinator's own language, Finnish, takes over.
    const t = (key: MessageKey) => translate('fi', key);
    await page.getByRole('link', { name: t('nav.library'), exact: true }).click();
    await page.getByRole('link', { name: t('practices.propose') }).click();
    await page.getByRole('heading', { level: 1, name: t('practices.editor.newTitle') }).waitFor();
    const main = page.locator('main');
    await main.getByText(t('practices.editor.publishesAtOnce')).waitFor();
    // Saving empty says what is missing, next to each field.
    await main.getByRole('button', { name: t('practices.editor.save') }).click();
    expect(await main.getByText(t('practices.editor.missing')).count()).toBe(3);
    await expectAccessible(page, 'practice editor with errors (fi)');

    await main.getByLabel(t('practices.editor.title')).fill('Lukupiirit senioreille etäyhteydellä');
    await main
      .getByLabel(t('practices.editor.summary'))
      .fill('Kirjastot järjestävät senioreille lukupiirejä, joihin voi osallistua kotoa käsin.');
    await main
      .getByLabel(t('practices.editor.body'))
      .fill('## Miten\n\nPiiri kokoontuu **kerran viikossa**.\n\n- Tabletit lainaksi\n- Opastus puhelimessa');
    const topics = main.getByRole('checkbox');
    await topics.first().check();
    await screenshot(page, 'practice-editor-fi');
    await main.getByRole('button', { name: t('practices.editor.save') }).click();
    await page.waitForURL(/\/practices\/(?!new$)[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Lukupiirit senioreille etäyhteydellä' }).waitFor();
    // Published at once: no status badge; the Markdown came back as HTML from the server.
    expect(await page.getByTestId('practice-status').count()).toBe(0);
    await main.locator('.practice-body strong', { hasText: 'kerran viikossa' }).waitFor();
    await expectAccessible(page, 'new practice (fi)');
    await screenshot(page, 'practice-created-fi');

    await page.getByRole('link', { name: t('practices.backToLibrary') }).click();
    await search(page, 'lukupiireissä');
    await hits(page).filter({ hasText: 'Lukupiirit senioreille' }).waitFor();
    assertNoPageErrors(problems);
    await context.close();
  });

  it('puts a facilitator’s proposal before a coordinator, who publishes it; a member reports a practice', async () => {
    const facilitator = await newPage(browser, silta.baseUrl);
    await signIn(facilitator.page, 'facilitator.espoo@demo.silta.test');
    const sv = (key: MessageKey) => translate('sv', key);
    await facilitator.page.goto('/practices/new');
    const form = facilitator.page.locator('main');
    await form.getByText(sv('practices.editor.waitsForReview')).waitFor();
    await form.getByLabel(sv('practices.editor.language')).selectOption('sv');
    await form.getByLabel(sv('practices.editor.title')).fill('Läxhjälp på biblioteket i Esbo centrum');
    await form
      .getByLabel(sv('practices.editor.summary'))
      .fill('Frivilliga hjälper unga med läxor två kvällar i veckan.');
    await form
      .getByLabel(sv('practices.editor.body'))
      .fill('Ingen anmälan behövs. Hjälpen finns på svenska och finska.');
    await expectAccessible(facilitator.page, 'practice editor (sv)');
    await screenshot(facilitator.page, 'practice-editor-sv');
    await form.getByRole('button', { name: sv('practices.editor.save') }).click();
    await facilitator.page.waitForURL(/\/practices\/(?!new$)[^/]+$/);
    await facilitator.page
      .getByTestId('practice-status')
      .filter({ hasText: sv('practices.status.pending') })
      .waitFor();

    // The facilitator reports a demo practice, in Swedish, with the keyboard.
    await facilitator.page.goto('/practices');
    await hits(facilitator.page).filter({ hasText: 'Makerverkstad' }).getByRole('link').first().click();
    await facilitator.page.getByTestId('open-report').click();
    const reason = facilitator.page.getByLabel(sv('practices.report.reason'));
    expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await facilitator.page.keyboard.type('Länken till anmälan fungerar inte.');
    await expectAccessible(facilitator.page, 'report form (sv)');
    await screenshot(facilitator.page, 'practice-report-sv');
    await facilitator.page.getByRole('button', { name: sv('practices.report.send') }).click();
    await facilitator.page.getByText(sv('practices.report.sent')).waitFor();
    assertNoPageErrors(facilitator.problems);
    await facilitator.context.close();

    const coordinator = await newPage(browser, silta.baseUrl);
    await signIn(coordinator.page, 'coordinator.espoo@demo.silta.test');
    const fi = (key: MessageKey) => translate('fi', key);
    await coordinator.page.getByRole('link', { name: fi('nav.library'), exact: true }).click();
    await coordinator.page.getByRole('link', { name: fi('practices.moderationLink') }).click();
    const proposal = coordinator.page
      .getByTestId('moderation-item')
      .filter({ hasText: 'Läxhjälp på biblioteket' });
    await proposal.waitFor();
    // One report is below the hiding threshold: listed as flagged, with its reason, still public.
    // Read in the coordinator's Finnish: the practice's title has a human translation.
    const flagged = coordinator.page
      .getByTestId('moderation-item')
      .filter({ hasText: 'Nuorten pajailta Sellon kirjastossa' });
    await flagged.getByTestId('moderation-flagged').waitFor();
    await flagged.getByText('Länken till anmälan fungerar inte.', { exact: false }).waitFor();
    await flagged.getByText(translate('fi', 'practices.moderation.flagged', { threshold: 3 })).waitFor();
    await expectAccessible(coordinator.page, 'moderation (fi)');
    await screenshot(coordinator.page, 'practice-moderation-fi');
    await flagged.getByRole('button', { name: new RegExp(`^${fi('practices.moderation.dismiss')}`) }).click();
    await flagged.waitFor({ state: 'detached' });
    await proposal
      .getByRole('button', { name: new RegExp(`^${fi('practices.moderation.publish')}`) })
      .click();
    await coordinator.page.getByText(fi('practices.moderation.done')).waitFor();
    await proposal.waitFor({ state: 'detached' });
    assertNoPageErrors(coordinator.problems);
    await coordinator.context.close();
  });

  it('shows the translation queue and saves a translation beside the original', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.osan@demo.silta.test');
    const ko = (key: MessageKey, values?: Record<string, string>) => translate('ko', key, values);
    await page.goto('/practices/translations');
    await page.getByRole('heading', { level: 1, name: ko('practices.queue.title') }).waitFor();
    await page.getByTestId('queue-entry').first().waitFor();
    const before = Number((await page.getByTestId('queue-count').textContent())?.match(/\d+/)?.[0]);
    expect(before).toBeGreaterThan(0);
    await expectAccessible(page, 'translation queue (ko)');
    await screenshot(page, 'practice-queue-ko');

    const entry = page.getByTestId('queue-entry').first();
    await entry.getByRole('link', { name: new RegExp(`^${ko('practices.queue.translate')}`) }).click();
    await page.waitForURL(/\/translate\/ko$/);
    await page.getByRole('heading', { level: 1, name: ko('practices.translate.title') }).waitFor();
    const desk = page.locator('main');
    await desk.getByLabel(ko('practices.editor.title')).fill('번역한 제목');
    await desk.getByLabel(ko('practices.editor.summary')).fill('사람이 번역한 요약이에요.');
    await desk.getByLabel(ko('practices.editor.body')).fill('사람이 번역한 **설명**이에요.');
    await expectAccessible(page, 'translation side by side (ko)');
    await screenshot(page, 'practice-translate-ko');
    await desk.getByRole('button', { name: ko('practices.translate.save') }).click();
    await page.getByText(ko('practices.translate.saved')).waitFor();
    await page
      .getByTestId('translation-state')
      .filter({ hasText: ko('practices.state.human') })
      .waitFor();

    // The queue shrinks as translators work.
    await page.goto('/practices/translations');
    await page.getByTestId('queue-count').waitFor();
    const after = Number((await page.getByTestId('queue-count').textContent())?.match(/\d+/)?.[0]);
    expect(after).toBeLessThan(before);
    assertNoPageErrors(problems);
    await context.close();
  });

  it('lets a coordinator grant and revoke the translator role; the queue shrinks as the translator works', async () => {
    const fi = (key: MessageKey, values?: Record<string, string>) => translate('fi', key, values);
    const sv = (key: MessageKey) => translate('sv', key);
    const coordinator = await newPage(browser, silta.baseUrl);
    await signIn(coordinator.page, 'coordinator.espoo@demo.silta.test');
    await coordinator.page.goto('/practices/translations');
    const panel = coordinator.page.getByTestId('translators');
    await panel.getByRole('heading', { level: 2, name: fi('practices.translators.heading') }).waitFor();
    await panel.getByText(fi('practices.translators.none')).waitFor();
    // Saving without a language says what is missing.
    await panel
      .getByLabel(fi('practices.translators.person'))
      .selectOption({ label: 'Elsa Lindqvist (facilitator.espoo@demo.silta.test)' });
    await panel.getByRole('button', { name: fi('practices.translators.save') }).click();
    await panel.getByText(fi('practices.translators.pickLanguage')).waitFor();
    await panel.getByRole('checkbox', { name: languageName('sv', 'fi') }).check();
    await panel.getByRole('checkbox', { name: languageName('en', 'fi') }).check();
    await panel.getByRole('button', { name: fi('practices.translators.save') }).click();
    await panel
      .getByText(
        fi('practices.translators.saved', {
          name: 'Elsa Lindqvist',
          languages: formatList([languageName('sv', 'fi'), languageName('en', 'fi')], 'fi'),
        }),
      )
      .waitFor();
    await panel.getByTestId('translator').filter({ hasText: 'Elsa Lindqvist' }).waitFor();
    await expectAccessible(coordinator.page, 'translators (fi)');
    await screenshot(coordinator.page, 'practice-translators-fi');

    // The new translator works through the Swedish queue, which shrinks.
    const translator = await newPage(browser, silta.baseUrl);
    await signIn(translator.page, 'facilitator.espoo@demo.silta.test');
    await translator.page.goto('/practices/translations?lang=sv');
    await translator.page.getByTestId('queue-entry').first().waitFor();
    const count = async () =>
      Number((await translator.page.getByTestId('queue-count').textContent())?.match(/\d+/)?.[0]);
    const before = await count();
    // Not a coordinator: no translator management here.
    expect(await translator.page.getByTestId('translators').count()).toBe(0);
    const entry = translator.page.getByTestId('queue-entry').first();
    await entry.getByRole('link', { name: new RegExp(`^${sv('practices.queue.translate')}`) }).click();
    await translator.page.waitForURL(/\/translate\/sv$/);
    const desk = translator.page.locator('main');
    await desk.getByLabel(sv('practices.editor.title')).fill('Översatt rubrik');
    await desk
      .getByLabel(sv('practices.editor.summary'))
      .fill('En sammanfattning som en människa har översatt.');
    await desk
      .getByLabel(sv('practices.editor.body'))
      .fill('En beskrivning som en **människa** har översatt.');
    await desk.getByRole('button', { name: sv('practices.translate.save') }).click();
    await translator.page.getByText(sv('practices.translate.saved')).waitFor();
    await translator.page.goto('/practices/translations?lang=sv');
    await translator.page.getByTestId('queue-count').waitFor();
    const after = await count();
    expect(after).toBeLessThan(before);
    assertNoPageErrors(translator.problems);
    await translator.context.close();

    // The coordinator takes the role away again.
    await panel
      .getByRole('button', { name: `${fi('practices.translators.revoke')}: Elsa Lindqvist` })
      .click();
    await panel.getByText(fi('practices.translators.revoked', { name: 'Elsa Lindqvist' })).waitFor();
    await panel.getByText(fi('practices.translators.none')).waitFor();
    assertNoPageErrors(coordinator.problems);
    await coordinator.context.close();
  });

  it('filters by topic and city, keeping both in the address', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    const sv = (key: MessageKey) => translate('sv', key);
    await page.goto('/practices?lang=sv');
    await hits(page).first().waitFor();
    const all = Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]);
    await page.getByLabel(sv('practices.topic')).selectOption({ label: 'E-sport' });
    await page.getByLabel(sv('practices.city')).selectOption({ label: 'Osan' });
    await page.waitForURL(
      (url) => url.searchParams.get('topic') === 'esports' && url.searchParams.get('city') === 'osan',
    );
    // Each card ends with its city and topics; the list settles on Osan's e-sports practices only.
    await expect
      .poll(async () => {
        const metas = await hits(page).locator('p:last-of-type').allTextContents();
        return (
          metas.length > 0 && metas.every((meta) => meta.startsWith('Osan ·') && meta.includes('E-sport'))
        );
      })
      .toBe(true);
    const filtered = Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]);
    expect(filtered).toBeLessThan(all);
    // A search within the filters keeps them.
    await search(page, 'coaching');
    await hitTitled(page, 'Osan University e-sports programme').waitFor();
    expect(new URL(page.url()).searchParams.get('topic')).toBe('esports');
    await expectAccessible(page, 'library filters (sv)');
    await screenshot(page, 'practices-filters-sv');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('shows more practices than fit on one page', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/practices?lang=en');
    await hits(page).first().waitFor();
    const first = await hits(page).count();
    const more = page.getByRole('button', { name: translate('en', 'practices.showMore') });
    await more.click();
    await more.waitFor({ state: 'detached' });
    expect(await hits(page).count()).toBeGreaterThan(first);
    assertNoPageErrors(problems);
    await context.close();
  });

  it('passes axe on the queue and moderation pages in English', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'admin@demo.silta.test');
    const en = (key: MessageKey) => translate('en' satisfies Locale, key);
    await page.goto('/practices/translations?lang=sv');
    await page.getByTestId('queue-entry').first().waitFor();
    await expectAccessible(page, 'translation queue (en, Swedish queue)');
    await screenshot(page, 'practice-queue-en');
    await page.goto('/practices/moderation');
    await page.getByRole('heading', { level: 1, name: en('practices.moderation.title') }).waitFor();
    await page.getByTestId('moderation-item').or(page.getByTestId('moderation-empty')).first().waitFor();
    await expectAccessible(page, 'moderation (en)');
    await screenshot(page, 'practice-moderation-en');
    assertNoPageErrors(problems);
    await context.close();
  });
});
