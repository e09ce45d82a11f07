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
} from './silta-browser.js';

const chromiumPath = inject('chromium');

interface PollJson {
  id: string;
  status: 'open' | 'closed';
  options: { id: string; startsAt: string; localTimes: Record<string, string>; yes: number }[];
  responses: { id: string; name: string; answers: Record<string, string> }[];
  chosenOptionId: string | null;
  sessionId: string | null;
}

const title = 'Library maker spaces: Espoo and Osan compare notes';
const guestName = '민준';
const memberName = 'Elsa Lindqvist';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in?lang=en');
  const main = page.locator('main');
  await main.getByLabel('E-mail address').fill(email);
  await main.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** A browser profile of someone with no account, in Korean, staying in India. */
async function newGuestPage(browser: Browser, baseUrl: string) {
  const context: BrowserContext = await browser.newContext({
    baseURL: baseUrl,
    locale: 'ko-KR',
    timezoneId: 'Asia/Kolkata',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('401'))
      problems.push(`console: ${message.text()}`);
  });
  return { page, context, problems };
}

/** "HH:MM" of an instant in a zone, computed apart from the app's own formatting. */
function clockIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** A calendar date some days ahead, as the date input wants it. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(chromiumPath === false)('availability polls in the browser', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;
  let shareUrl: string;
  let pollId: string;

  const getPoll = async (): Promise<PollJson> => {
    const token = new URL(shareUrl).searchParams.get('token') ?? '';
    return (await (await fetch(`${silta.baseUrl}/api/polls/${pollId}?token=${token}`)).json()) as PollJson;
  };

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  it('lets a coordinator propose three times from the session form and share the poll', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    await page.goto('/sessions/new');
    await page.getByRole('heading', { level: 1, name: 'Uusi tapaaminen' }).waitFor();
    const main = page.locator('main');
    // Finnish first: the poll path of the form.
    await main.getByLabel('Ehdotan aikoja kyselyssä').check();
    await page.getByTestId('candidate-times').getByText('Ei vielä aikoja.', { exact: false }).waitFor();
    await expectAccessible(page, 'session form, poll path (fi)');
    await screenshot(page, 'poll-form-fi');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();
    // The choice of path survives the language switch.
    expect(await main.getByLabel('Propose times in a poll').isChecked()).toBe(true);
    await main.getByLabel('Language you write in').selectOption('en');
    await main.getByLabel(/^Title/).fill(title);
    await main.getByLabel('Description').fill('Librarians of both cities show their maker spaces.');
    await main.getByLabel('For whom').selectOption('staff');
    await main.getByLabel('Seats in Espoo').fill('8');
    await main.getByLabel('Seats in Osan').fill('8');

    // Too few times: the form says so and sends nothing.
    await main.getByRole('button', { name: 'Create the poll' }).click();
    expect(await page.getByTestId('candidates-error').textContent()).toBe('Add at least 2 times.');

    // Two suggestions from the slot finder …
    await main.getByRole('button', { name: 'Find times' }).click();
    // Each suggestion is a list item with a list of reasons inside.
    const slots = page.getByTestId('slots').locator(':scope > li');
    await slots.nth(1).waitFor();
    await slots.nth(0).getByRole('button', { name: 'Add to the poll' }).click();
    await slots.nth(1).getByRole('button', { name: 'Add to the poll' }).click();
    // An added suggestion cannot be added twice.
    expect(await slots.nth(0).getByRole('button', { name: 'In the poll' }).isDisabled()).toBe(true);
    // … and one by hand, in the anchor zone (Helsinki).
    await main.getByLabel(/^Date/).fill(daysAhead(30));
    await main.getByLabel(/^Start time/).fill('10:00');
    await main.getByRole('button', { name: 'Add this time' }).click();
    await page.getByTestId('candidate-count').filter({ hasText: '3 times (at most 20)' }).waitFor();
    // The same time again is refused.
    await main.getByRole('button', { name: 'Add this time' }).click();
    expect(await page.getByTestId('candidates-error').textContent()).toBe(
      'This time is already in the poll.',
    );
    const candidates = (await page.getByTestId('candidate-times').textContent()) ?? '';
    expect(candidates).toMatch(/Espoo \d\d:\d\d–\d\d:\d\d/);
    expect(candidates).toMatch(/Osan \d\d:\d\d–\d\d:\d\d/);
    expect(candidates).not.toMatch(/AM|PM/);
    await expectAccessible(page, 'session form with three candidate times (en)');
    await screenshot(page, 'poll-form-candidates-en');

    await main.getByRole('button', { name: 'Create the poll' }).click();
    await page.waitForURL(/\/polls\/[^/?]+\?token=/);
    pollId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    shareUrl = await page.getByTestId('share-url').inputValue();
    expect(shareUrl).toBe(page.url());
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);

    const poll = await getPoll();
    expect(poll.status).toBe('open');
    expect(poll.options).toHaveLength(3);
    expect(poll.options[2]?.localTimes.espoo?.slice(11, 16)).toBe('10:00');
    await page.getByTestId('no-responses').waitFor();
    await expectAccessible(page, 'new poll, staff view (en)');
    await screenshot(page, 'poll-staff-new-en');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('lets a guest answer in Korean through the link, from the keyboard, and change the answer', async () => {
    const { page, context, problems } = await newGuestPage(browser, silta.baseUrl);
    const poll = await getPoll();
    await page.goto(shareUrl);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.getByRole('heading', { level: 2, name: '내 응답' }).waitFor();

    // Each time in the guest's own zone (Kolkata, UTC+5:30), then in Espoo and Osan, 24-hour clock.
    const first = poll.options[0];
    const when = page.getByTestId('option-0-when');
    expect(await page.getByTestId('option-0-when-viewer').textContent()).toContain(
      `${clockIn(first?.startsAt ?? '', 'Asia/Kolkata')}–`,
    );
    expect(await page.getByTestId('option-0-when-viewer').textContent()).toContain('(내 시간)');
    expect(await page.getByTestId('option-0-when-espoo').textContent()).toContain(
      first?.localTimes.espoo?.slice(11, 16),
    );
    expect(await page.getByTestId('option-0-when-osan').textContent()).toContain(
      first?.localTimes.osan?.slice(11, 16),
    );
    expect(await when.textContent()).not.toMatch(/오전|오후/);
    // No staff controls for a guest.
    expect(await page.getByTestId('share-url').count()).toBe(0);
    expect(await page.getByRole('button', { name: '이 시간으로 정하기' }).count()).toBe(0);

    // Keyboard only: yes to the first, if need be to the second, no to the third.
    await page.getByTestId('answer-option-0').getByRole('radio', { name: '가능', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.type(guestName);
    await page.keyboard.press('Tab');
    await page.keyboard.type('minjun@example.test');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '응답이 저장됐어요' }).waitFor();

    const row = page.getByTestId('answers-grid').getByRole('row', { name: new RegExp(guestName) });
    await row.waitFor();
    const answersIn = async () =>
      row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-answer')));
    expect(await answersIn()).toEqual(['yes', 'if_need_be', 'no']);
    const stored = await page.evaluate((id) => window.localStorage.getItem(`silta.poll.${id}`), pollId);
    expect(JSON.parse(stored ?? '{}').editToken).toBeTruthy();
    await expectAccessible(page, 'poll answered by a guest (ko)');
    await screenshot(page, 'poll-guest-ko');

    // Back later in the same browser: the answer is there to change, and stays one answer.
    await page.reload();
    await page.getByText(`이미 응답했어요 (이름: ${guestName})`, { exact: false }).waitFor();
    expect(
      await page.getByTestId('answer-option-1').getByRole('radio', { name: '필요하면 가능' }).isChecked(),
    ).toBe(true);
    await page.getByTestId('answer-option-2').getByRole('radio', { name: '필요하면 가능' }).check();
    await page.getByRole('button', { name: '바꾼 응답 저장하기' }).click();
    await page.getByRole('status').filter({ hasText: '응답이 저장됐어요' }).waitFor();
    await expect.poll(answersIn).toEqual(['yes', 'if_need_be', 'if_need_be']);
    expect((await getPoll()).responses).toHaveLength(1);
    assertNoPageErrors(problems);
    await context.close();
  });

  it('lets a signed-in Espoo member answer under their own name, in Swedish', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    const signUp = await context.request.post('/api/auth/register', {
      data: {
        birthDate: birthDateForAge(34),
        email: 'elsa@example.test',
        password: 'bibliotek och verkstad 2026',
        displayName: memberName,
        cityId: 'espoo',
        locale: 'sv',
      },
    });
    expect(signUp.status(), await signUp.text()).toBe(201);
    await page.goto(shareUrl);
    await page.getByRole('heading', { level: 2, name: 'Ditt svar' }).waitFor();
    await page.getByText(`Du svarar som ${memberName}.`).waitFor();
    // Signed in, no name or e-mail is asked.
    expect(await page.getByLabel('Ditt namn').count()).toBe(0);
    await page.getByRole('button', { name: 'Skicka mitt svar' }).click();
    await page.getByText('Välj ett svar för varje tid.').waitFor();
    await page.getByTestId('answer-option-0').getByRole('radio', { name: 'Ja' }).check();
    await page.getByTestId('answer-option-1').getByRole('radio', { name: 'Ja' }).check();
    await page.getByTestId('answer-option-2').getByRole('radio', { name: 'Nej' }).check();
    await page.getByRole('button', { name: 'Skicka mitt svar' }).click();
    await page.getByRole('status').filter({ hasText: 'Tack! Ditt svar är sparat.' }).waitFor();
    await page
      .getByTestId('answers-grid')
      .getByRole('row', { name: new RegExp(memberName) })
      .waitFor();
    await page.getByText('2 personer har svarat.').waitFor();
    await expectAccessible(page, 'poll answered by a member (sv)');
    await screenshot(page, 'poll-member-sv');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('lets the coordinator pick the time most can make, which becomes the session', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    // Staff open their poll without the token too.
    await page.goto(`/polls/${pollId}`);
    await page.getByRole('button', { name: 'Suomi', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Valitse aika' }).waitFor();
    const before = await getPoll();
    // yes + yes on the first time beats yes + if need be on the others.
    expect(before.options.map((option) => option.yes)).toEqual([2, 1, 0]);
    const best = page.getByTestId('pick-option-0');
    await best.getByText('Useimmat pääsevät').waitFor();
    expect(await page.getByTestId(`tally-${before.options[0]?.id}`).textContent()).toBe(
      '2 kyllä · 0 tarvittaessa · 0 ei',
    );
    await expectAccessible(page, 'poll with answers, staff view (fi)');
    await screenshot(page, 'poll-staff-answers-fi');

    await best.getByRole('button', { name: 'Valitse tämä aika' }).click();
    const confirm = best.getByRole('button', { name: 'Kyllä, valitse' });
    // Focus moves to the question, so a keyboard user answers it next.
    await expect.poll(() => confirm.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await best.textContent()).toContain('2 vastaajalle kerrotaan sähköpostilla');
    await expectAccessible(page, 'pick confirmation (fi)');
    await screenshot(page, 'poll-pick-confirm-fi');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/sessions\/[^/]+$/);
    const sessionId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const session = (await (await fetch(`${silta.baseUrl}/api/sessions/${sessionId}`)).json()) as {
      startsAt: string;
      status: string;
    };
    expect(new Date(session.startsAt).toISOString()).toBe(
      new Date(before.options[0]?.startsAt ?? '').toISOString(),
    );
    expect(session.status).toBe('published');
    const after = await getPoll();
    expect(after.status).toBe('closed');
    expect(after.chosenOptionId).toBe(before.options[0]?.id);
    expect(after.sessionId).toBe(sessionId);
    // The participants list has loaded (its loader is a known axe finding of the sessions page).
    await page.getByText('Kukaan ei ole vielä ilmoittautunut.').waitFor();
    await expectAccessible(page, 'session made from the poll (fi)');

    // The poll now says which time was chosen and leads to the session, in every language.
    await page.goto(`/polls/${pollId}`);
    const chosen = page.getByTestId('poll-chosen');
    await chosen.getByText('Aika on valittu').waitFor();
    expect(await page.getByTestId('answer-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Valitse tämä aika' }).count()).toBe(0);
    for (const [language, button] of [
      ['fi', 'Suomi'],
      ['sv', 'Svenska'],
      ['en', 'English'],
      ['ko', '한국어'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
      await expectAccessible(page, `closed poll (${language})`);
      await screenshot(page, `poll-closed-${language}`);
    }
    await chosen.getByRole('link', { name: '세션 열기' }).click();
    await page.waitForURL(new RegExp(`/sessions/${sessionId}$`));
    // On the session page a 404 from GET …/registrations/me means "not registered", not a fault.
    assertNoPageErrors(problems.filter((problem) => !/status of 404/.test(problem)));
    await context.close();
  });
});
