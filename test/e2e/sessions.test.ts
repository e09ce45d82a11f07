import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  assertNoPageErrors,
  birthDateForAge,
  demoPassword,
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  startSilta,
  uiLocales,
} from './silta-browser.js';

const chromiumPath = inject('chromium');

interface SessionJson {
  id: string;
  status: string;
  startsAt: string;
  seats: Record<string, { total: number; confirmed: number; waiting: number }>;
  localTimes: Record<string, string>;
}

const languageButton = { fi: 'Suomi', sv: 'Svenska', en: 'English', ko: '한국어' } as const;
const title = 'Maker workshop: an Espoo class meets Osan youth';

/**
 * The browser reports every failed fetch on the console. On these pages some are expected answers,
 * not faults: 404 from GET …/registrations/me means "not registered".
 */
function unexpected(problems: string[]): string[] {
  return problems.filter((problem) => !/status of 404/.test(problem));
}

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in?lang=en');
  const main = page.locator('main');
  await main.getByLabel('E-mail address').fill(email);
  await main.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Signs a new member up through the API in this browser context, so the context is signed in. */
async function signUpMember(
  context: BrowserContext,
  who: { email: string; name: string; city: string; locale: string },
) {
  const response = await context.request.post('/api/auth/register', {
    data: {
      birthDate: birthDateForAge(16),
      email: who.email,
      password: 'nuoret ja kirjasto 2026',
      displayName: who.name,
      cityId: who.city,
      locale: who.locale,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

describe.skipIf(chromiumPath === false)('sessions in the browser', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;
  let topicLabel: string;
  let sessionId: string;

  const getSession = async (): Promise<SessionJson> =>
    (await (await fetch(`${silta.baseUrl}/api/sessions/${sessionId}`)).json()) as SessionJson;

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
    const partnership = (await (await fetch(`${silta.baseUrl}/api/partnership`)).json()) as {
      topics: { id: string; label: Record<string, string> }[];
    };
    topicLabel = partnership.topics[0]?.label.en ?? '';
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  it('lets a coordinator find a time for an Espoo class and Osan youth, and publish it', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    // The coordinator's own language, Finnish, takes over; "Sessions" is in the navigation.
    await page.getByRole('link', { name: 'Tapaamiset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tapaamiset' }).waitFor();
    await page.getByRole('link', { name: 'Uusi tapaaminen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uusi tapaaminen' }).waitFor();
    await expectAccessible(page, 'new session form (fi)');
    await screenshot(page, 'session-form-fi');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();
    const main = page.locator('main');
    // The anchor zone defaults to the coordinator's city.
    expect(await main.getByLabel('Time zone the time is set in').inputValue()).toBe('Europe/Helsinki');
    // The coordinator writes in English, not in the UI language chosen at sign-in.
    await main.getByLabel('Language you write in').selectOption('en');
    await main.getByLabel(/^Title/).fill(title);
    await main.getByLabel('Description').fill('Pupils in Espoo and young people in Osan build and share.');
    await main.getByLabel('For whom').selectOption('youth');
    await main.getByLabel(topicLabel).check();
    await main.getByLabel('Seats in Espoo').fill('1');
    await main.getByLabel('Seats in Osan').fill('1');

    // Find a time: an Espoo class in school hours with Osan youth after school.
    await main.getByLabel('Who takes part in Espoo').selectOption('school');
    await main.getByLabel('Who takes part in Osan').selectOption('youth');
    const [suggest] = await Promise.all([
      page.waitForRequest((request) => new URL(request.url()).pathname === '/api/scheduling/suggest'),
      main.getByRole('button', { name: 'Find times' }).click(),
    ]);
    // A new session belongs to no series.
    expect(suggest.postDataJSON()).not.toHaveProperty('seriesId');
    const slots = page.getByTestId('slots').locator('li');
    await slots.first().waitFor();
    const firstSlot = (await slots.first().textContent()) ?? '';
    expect(firstSlot).toMatch(/\d\d:\d\d Espoo/);
    expect(firstSlot).toMatch(/\d\d:\d\d Osan/);
    expect(firstSlot).not.toMatch(/AM|PM/);
    expect(await slots.first().locator('ul li').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'slot suggestions (en)');
    await screenshot(page, 'session-form-slots-en');

    await slots.first().getByRole('button', { name: 'Use this time' }).click();
    await page.getByText('Suggested time chosen. Check it below.').waitFor();
    expect(await main.getByLabel(/^Date/).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await main.getByLabel(/^Start time/).inputValue()).toMatch(/^\d{2}:\d{2}$/);
    expect(await page.getByTestId('start-preview').textContent()).toMatch(/Espoo.*Osan/);

    await main.getByRole('button', { name: 'Publish' }).click();
    // The form is at /sessions/new, which the pattern must not match.
    await page.waitForURL(/\/sessions\/(?!new$)[^/]+$/);
    sessionId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const session = await getSession();
    expect(session.status).toBe('published');
    expect(session.seats.espoo?.total).toBe(1);
    expect(session.seats.osan?.total).toBe(1);
    // School hours in Espoo, after school in Osan.
    const hour = (iso: string | undefined) => Number(iso?.slice(11, 13));
    expect(hour(session.localTimes.espoo)).toBeGreaterThanOrEqual(8);
    expect(hour(session.localTimes.espoo)).toBeLessThan(15);
    expect(hour(session.localTimes.osan)).toBeGreaterThanOrEqual(15);
    expect(hour(session.localTimes.osan)).toBeLessThan(21);
    // The page shows the same local times as the server.
    expect(await page.getByTestId('time-espoo').textContent()).toContain(
      session.localTimes.espoo?.slice(11, 16),
    );
    expect(await page.getByTestId('time-osan').textContent()).toContain(
      session.localTimes.osan?.slice(11, 16),
    );
    expect(await page.getByTestId('participants').count()).toBe(0);
    await page.getByText('No one has registered yet.').waitFor();
    await expectAccessible(page, 'published session (en)');
    await screenshot(page, 'session-coordinator-en');
    assertNoPageErrors(unexpected(problems));
    await context.close();
  });

  it('asks the slot finder about the series when an occurrence of a series is edited', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    // Three weekly occurrences from next week, in the Espoo morning (afternoon in Osan).
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
    const created = await context.request.post('/api/series', {
      headers: { origin: silta.baseUrl },
      data: {
        title: { en: 'Weekly library exchange' },
        originalLanguage: 'en',
        startsAt: `${nextWeek}T07:00:00Z`,
        durationMinutes: 60,
        anchorTimeZone: 'Europe/Helsinki',
        mode: 'online',
        audience: 'everyone',
        seats: { espoo: 5, osan: 5 },
        recurrence: { everyWeeks: 1, count: 3 },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const series = (await created.json()) as { id: string; sessions: { id: string }[] };

    await page.goto(`/sessions/${series.sessions[1]?.id}/edit`);
    const finder = page.getByTestId('slot-finder');
    const [suggest] = await Promise.all([
      page.waitForRequest((request) => new URL(request.url()).pathname === '/api/scheduling/suggest'),
      finder.getByRole('button').first().click(),
    ]);
    // Its early and late hours so far weigh in, so the burden rotates across the series.
    expect(suggest.postDataJSON()).toMatchObject({ seriesId: series.id });
    await page.getByTestId('slots').locator('li').first().waitFor();
    await expectAccessible(page, 'edit form of a series occurrence, with suggestions');
    assertNoPageErrors(unexpected(problems));
    await context.close();
  });

  it('seats one per city, waitlists the second Osan member, and moves them up when the first leaves', async () => {
    const osan1 = await newPage(browser, silta.baseUrl);
    const osan2 = await newPage(browser, silta.baseUrl, { browserLocale: 'ko-KR' });
    const espoo1 = await newPage(browser, silta.baseUrl);
    await signUpMember(osan1.context, {
      email: 'jiwoo@example.test',
      name: '지우',
      city: 'osan',
      locale: 'ko',
    });
    await signUpMember(osan2.context, {
      email: 'seoyeon@example.test',
      name: '서연',
      city: 'osan',
      locale: 'ko',
    });
    await signUpMember(espoo1.context, {
      email: 'aada@example.test',
      name: 'Aada',
      city: 'espoo',
      locale: 'fi',
    });

    const register = async (context: BrowserContext) =>
      (await context.request.post(`/api/sessions/${sessionId}/registrations`, { data: {} })).json();
    expect(await register(osan1.context)).toEqual({ status: 'confirmed' });
    expect(await register(espoo1.context)).toEqual({ status: 'confirmed' });

    // The second Osan member registers in the page, in Korean, and lands on the waiting list.
    const page = osan2.page;
    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.getByTestId('my-status').filter({ hasText: '아직 신청하지 않았어요.' }).waitFor();
    expect(await page.getByTestId('badge-waitlist').textContent()).toBe('대기자 명단');
    await page.getByRole('button', { name: '대기자 명단에 올리기' }).click();
    await page.getByTestId('my-status').filter({ hasText: '대기자 명단 1번째예요 (오산).' }).waitFor();

    // Both cities' times, in Korean, on the 24-hour clock.
    const session = await getSession();
    const espooRow = (await page.getByTestId('time-espoo').textContent()) ?? '';
    const osanRow = (await page.getByTestId('time-osan').textContent()) ?? '';
    expect(espooRow).toContain('에스포');
    expect(espooRow).toContain(session.localTimes.espoo?.slice(11, 16));
    expect(osanRow).toContain('오산');
    expect(osanRow).toContain(session.localTimes.osan?.slice(11, 16));
    expect(`${espooRow}${osanRow}`).not.toMatch(/오전|오후/);
    // The text is English, which the page says (there is no Korean translation yet).
    expect(await page.getByTestId('language-note').textContent()).toContain('원문 언어: 영어');
    await expectAccessible(page, 'session, waitlisted (ko)');
    await screenshot(page, 'session-waitlisted-ko');

    // The first Osan member gives up the seat in the page …
    await osan1.page.goto(`/sessions/${sessionId}`);
    await osan1.page.getByTestId('my-status').filter({ hasText: '자리가 확정됐어요.' }).waitFor();
    await osan1.page.getByRole('button', { name: '내 자리 취소하기' }).click();
    await osan1.page.getByText('신청을 취소했어요.').waitFor();
    await osan1.page.getByTestId('my-status').filter({ hasText: '아직 신청하지 않았어요.' }).waitFor();

    // … and the one waiting has it.
    await page.reload();
    await page.getByTestId('my-status').filter({ hasText: '자리가 확정됐어요.' }).waitFor();
    expect((await getSession()).seats.osan).toEqual({ total: 1, confirmed: 1, waiting: 0 });
    await expectAccessible(page, 'session, confirmed (ko)');
    await screenshot(page, 'session-confirmed-ko');

    // Espoo's member sees the session in Finnish, with a calendar link.
    await espoo1.page.goto(`/sessions/${sessionId}`);
    await espoo1.page.getByTestId('my-status').filter({ hasText: 'Sinulla on paikka.' }).waitFor();
    const ics = espoo1.page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' });
    const icsResponse = await espoo1.context.request.get((await ics.getAttribute('href')) ?? '');
    expect(icsResponse.headers()['content-type']).toContain('text/calendar');
    await expectAccessible(espoo1.page, 'session, confirmed (fi)');
    await screenshot(espoo1.page, 'session-member-fi');

    for (const member of [osan1, osan2, espoo1]) {
      assertNoPageErrors(unexpected(member.problems));
      await member.context.close();
    }
  });

  it('shows the coordinator who registered, in Swedish', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole('button', { name: languageButton.sv, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Deltagare' }).waitFor();
    const table = page.getByTestId('participants');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Aada');
    expect(text).toContain('서연');
    expect(text).not.toContain('지우');
    // Attendance waits for the start.
    await page.getByText('Närvaro kan markeras när träffen har börjat.').waitFor();
    expect(await table.getByRole('checkbox').first().isDisabled()).toBe(true);
    await expectAccessible(page, 'session with participants (sv)');
    await screenshot(page, 'session-coordinator-sv');
    assertNoPageErrors(unexpected(problems));
    await context.close();
  });

  it('lists the month with every city’s time, filters by topic, and works from the keyboard', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    const session = await getSession();
    const month = session.localTimes.espoo?.slice(0, 7) ?? '';
    await page.goto(`/sessions?lang=en&month=${month}`);
    const card = page.getByTestId(`session-${sessionId}`);
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(`${session.localTimes.espoo?.slice(11, 16)} Espoo`);
    expect(text).toContain(`${session.localTimes.osan?.slice(11, 16)} Osan`);
    expect(text).toContain('Espoo: 1/1 seats taken');
    expect(await card.getByTestId('badge-waitlist').textContent()).toBe('Waiting list');
    await expectAccessible(page, 'session list (en)');

    // A topic the session does not have hides it; its own topic shows it.
    const topics = page.locator('main').getByLabel('Topic');
    const otherTopic = await topics.locator('option').nth(2).getAttribute('value');
    await topics.selectOption(otherTopic ?? '');
    // Demo sessions of that topic may still be listed; this one must not be.
    await card.waitFor({ state: 'detached' });
    await topics.selectOption({ label: topicLabel });
    await card.waitFor();

    // Keyboard only: move to the next month and back.
    const heading = page.getByTestId('month-heading');
    const before = await heading.textContent();
    await page.getByRole('button', { name: 'Next month' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).not.toBe(before);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe(before);
    await card.waitFor();

    for (const locale of uiLocales) {
      await page.getByRole('button', { name: languageButton[locale], exact: true }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale);
      await card.waitFor();
      expect(await card.textContent()).not.toMatch(/AM|PM|오전|오후/);
      await expectAccessible(page, `session list (${locale})`);
      await screenshot(page, `sessions-list-${locale}`);
    }
    assertNoPageErrors(unexpected(problems));
    await context.close();
  });

  it('shows my sessions and gives a private calendar feed once', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    const login = await context.request.post('/api/auth/login', {
      data: { email: 'seoyeon@example.test', password: 'nuoret ja kirjasto 2026' },
    });
    expect(login.status()).toBe(200);
    await page.goto('/sessions');
    await page.getByRole('link', { name: '내 세션' }).click();
    await page.getByRole('heading', { level: 1, name: '내 세션' }).waitFor();
    const mine = page.getByTestId(`my-session-${sessionId}`);
    await mine.waitFor();
    expect(await mine.textContent()).toContain('자리가 확정됐어요.');

    await page.getByRole('button', { name: '비공개 캘린더 주소 만들기' }).click();
    const feedUrl = await page.getByTestId('feed-url').inputValue();
    expect(feedUrl).toMatch(/\/api\/calendar\/.+\.ics$/);
    const feed = await fetch(feedUrl);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain(`${sessionId}@silta`);
    await expectAccessible(page, 'my sessions with a feed (ko)');
    await screenshot(page, 'my-sessions-ko');

    await page.getByRole('button', { name: '주소 끄기' }).click();
    await page.getByText('이제 캘린더 주소가 작동하지 않아요.').waitFor();
    expect((await fetch(feedUrl)).status).toBe(404);
    assertNoPageErrors(unexpected(problems));
    await context.close();
  });
});
