import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/core/i18n/locales.js';
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

async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto('/sign-in?lang=en');
  const main = page.locator('main');
  await main.getByLabel('E-mail address').fill(email);
  await main.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Switches the signed-in account's language, as the header's switcher does, and reloads. */
async function switchLanguage(page: Page, locale: Locale) {
  const response = await page.request.patch('/api/me', { data: { locale } });
  expect(response.ok()).toBe(true);
  await page.reload();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

describe.skipIf(chromiumPath === false)('youth exchange in the browser', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;

  async function linkMailedTo(recipient: string, path: string): Promise<string> {
    const mails = await silta.database.db
      .selectFrom('outbox')
      .select(['body_text'])
      .where('recipient', '=', recipient)
      .orderBy('created_at')
      .execute();
    for (const mail of mails.reverse()) {
      const match = new RegExp(`https?://[^\\s]+${path}\\?token=[^\\s]+`).exec(mail.body_text);
      if (match) return new URL(match[0]).pathname + new URL(match[0]).search;
    }
    throw new Error(`no ${path} link mailed to ${recipient}`);
  }

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  it('lets a 13-year-old in Osan ask a guardian, who consents from the mailed link', async () => {
    const young = await newPage(browser, silta.baseUrl);
    const { page } = young;
    await page.goto('/sign-up?lang=ko');
    await page.locator('main').getByLabel('생년월일').fill(birthDateForAge(13, 1));
    await page.getByRole('button', { name: '계속' }).click();
    await page.locator('main').getByLabel('이메일 주소').fill('seoyeon@example.test');
    await page
      .locator('main')
      .getByLabel(/^비밀번호/)
      .fill('오산 청소년 도서관');
    await page.locator('main').getByLabel('다른 사람에게 보이는 이름').fill('서연');
    await page.locator('main').getByLabel(/^도시/).selectOption('osan');
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await page.waitForURL('**/profile');
    await page.getByTestId('awaiting-consent').waitFor();
    // Nothing of the youth exchange is in reach before consent.
    expect(await page.getByRole('link', { name: '청소년 교류' }).count()).toBe(0);

    // An invalid address is refused in the page; a good one is sent.
    await page
      .locator('main')
      .getByLabel(/^보호자 이름/)
      .fill('김영희');
    await page
      .locator('main')
      .getByLabel(/^보호자 이메일 주소/)
      .fill('not-an-address');
    await page.getByRole('button', { name: '요청 보내기' }).click();
    await page.getByRole('alert').filter({ hasText: '올바른 이메일 주소' }).waitFor();
    await page
      .locator('main')
      .getByLabel(/^보호자 이메일 주소/)
      .fill('younghee.kim@example.test');
    await page.getByRole('button', { name: '요청 보내기' }).click();
    await page.getByRole('status').filter({ hasText: 'younghee.kim@example.test' }).waitFor();
    await page.getByTestId('consent-request').filter({ hasText: '답변 기다리는 중' }).waitFor();
    await expectAccessible(page, 'awaiting consent with a request (ko)');
    await screenshot(page, 'youth-awaiting-ko');

    // The guardian opens the mailed link in a browser of their own, with no account.
    const consentLink = await linkMailedTo('younghee.kim@example.test', '/guardian/consent');
    expect(consentLink).toContain('lang=ko');
    const guardian = await newPage(browser, silta.baseUrl);
    const token = new URLSearchParams(consentLink.split('?')[1]).get('token') ?? '';
    const titles: Record<Locale, string> = {
      fi: 'Suostumus nuorisovaihtoon',
      sv: 'Samtycke till ungdomsutbytet',
      en: 'Consent for the youth exchange',
      ko: '청소년 교류 참여 동의',
    };
    // Reading the page does not use the single-use link up, in any language.
    for (const locale of uiLocales) {
      await guardian.page.goto(`/guardian/consent?token=${token}&lang=${locale}`);
      await guardian.page.getByRole('heading', { level: 1, name: titles[locale] }).waitFor();
      await guardian.page.locator('main form').waitFor();
      expect(await guardian.page.locator('main').textContent()).toContain('서연');
      await expectAccessible(guardian.page, `guardian consent (${locale})`);
      await screenshot(guardian.page, `youth-guardian-consent-${locale}`);
    }

    await guardian.page.goto(consentLink);
    const main = guardian.page.locator('main');
    await main.getByText('제22조의2').waitFor();
    await main.getByLabel(/^청소년과의 관계/).selectOption('mother');
    // Korea requires a recorded verification method: granting without one is stopped.
    await guardian.page.getByRole('button', { name: /^동의해요/ }).click();
    await guardian.page.getByRole('alert').filter({ hasText: '확인 방법을 골라 주세요' }).waitFor();
    await expectAccessible(guardian.page, 'guardian consent with an error (ko)');
    await main.getByRole('radio', { name: '이메일 링크' }).check();
    await guardian.page.getByRole('button', { name: /^동의해요/ }).click();
    await guardian.page.getByTestId('guardian-outcome').waitFor();
    // In Osan the mailed link alone proves only that someone reads that mailbox (it could be the
    // child's second address): the consent waits for a coordinator's recorded check.
    expect(await guardian.page.getByTestId('guardian-outcome').textContent()).toContain(
      '확인하면 동의가 적용돼요',
    );
    await expectAccessible(guardian.page, 'guardian consent granted, awaiting verification (ko)');
    await screenshot(guardian.page, 'youth-guardian-granted-ko');
    await page.reload();
    await page.getByTestId('awaiting-consent').waitFor();
    const coordinator = await newPage(browser, silta.baseUrl);
    await signIn(coordinator.page, 'coordinator.osan@demo.silta.test');
    const awaiting = (await (
      await coordinator.page.request.get('/api/youth/consents/awaiting-verification')
    ).json()) as { consents: { consent: { id: string }; child: { displayName: string } }[] };
    const consentId = awaiting.consents.find((c) => c.child.displayName === '서연')?.consent.id ?? '';
    expect(
      (await coordinator.page.request.post(`/api/youth/consents/${consentId}/verification`)).status(),
    ).toBe(200);
    await coordinator.context.close();

    // The link is single use.
    await guardian.page.goto(consentLink);
    await guardian.page.getByTestId('guardian-link-error').waitFor();

    // The young person is now active and finds the youth exchange.
    await page.reload();
    await page.getByRole('link', { name: '청소년 교류' }).click();
    await page.getByRole('heading', { level: 1, name: '청소년 교류' }).waitFor();
    await expectAccessible(page, 'youth home (ko)');

    // The guardian's own page shows the consent and withdraws it, after a confirmation.
    const viewLink = await linkMailedTo('younghee.kim@example.test', '/guardian');
    for (const locale of uiLocales) {
      await guardian.page.goto(`${viewLink.replace(/&lang=\w+/, '')}&lang=${locale}`);
      await guardian.page.getByTestId('consent-state').waitFor();
      await expectAccessible(guardian.page, `guardian view (${locale})`);
      await screenshot(guardian.page, `youth-guardian-view-${locale}`);
    }
    await guardian.page.goto(viewLink);
    await guardian.page.getByRole('button', { name: '동의 철회하기…' }).click();
    await expectAccessible(guardian.page, 'guardian withdraw confirmation (ko)');
    await guardian.page.getByRole('button', { name: '네, 동의를 철회해요' }).click();
    await guardian.page.getByTestId('consent-state').filter({ hasText: '동의 철회됨' }).waitFor();

    // Withdrawal stops participation at once.
    await page.goto('/profile');
    await page.getByTestId('awaiting-consent').waitFor();

    assertNoPageErrors(young.problems);
    assertNoPageErrors(guardian.problems.filter((p) => !p.includes('410')));
    await young.context.close();
    await guardian.context.close();
  });

  it('lets a teen who just signed up fill in languages and levels and save the profile', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/sign-up?lang=en');
    await page.locator('main').getByLabel('Birth date').fill(birthDateForAge(15, 3));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('main').getByLabel('E-mail address').fill('aino@example.test');
    await page
      .locator('main')
      .getByLabel(/^Password/)
      .fill('espoo youth library');
    await page.locator('main').getByLabel('Name shown to others').fill('Aino');
    await page.locator('main').getByLabel(/^City/).selectOption('espoo');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/profile');

    // A failed load says so and offers to try again.
    const profileLoad = (url: URL) => url.pathname === '/api/youth/vocabulary';
    await page.route(profileLoad, (route) => route.abort('internetdisconnected'));
    await page.goto('/youth/profile');
    const failure = page.getByTestId('load-failure');
    await failure.waitFor();
    await page.unroute(profileLoad);
    // Chromium logs the request it was made to drop; only what follows must be clean.
    problems.splice(0);
    await failure.getByRole('button', { name: 'Try again' }).click();
    const form = page.locator('main form');
    await form.waitFor();
    const learning = page.getByRole('group', { name: 'Languages I am learning' });
    // Ticking a native language, then picking a level, then a second level used to blank the page:
    // the level was read from the event inside a state updater that ran after React had let go of it.
    await page.getByRole('checkbox', { name: 'Finnish' }).check();
    await learning.getByLabel('Korean').selectOption('A1');
    await learning.getByLabel('English').selectOption('B2');
    await learning.getByLabel('Korean').selectOption('A2');
    expect(await learning.getByLabel('Korean').inputValue()).toBe('A2');
    expect(await learning.getByLabel('English').inputValue()).toBe('B2');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Your profile is saved.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'My youth profile' }).waitFor();
    await expectAccessible(page, 'youth profile after choosing levels (en)');

    // What was saved comes back on a fresh load.
    await page.reload();
    await form.waitFor();
    expect(await page.getByRole('checkbox', { name: 'Finnish' }).isChecked()).toBe(true);
    expect(await learning.getByLabel('Korean').inputValue()).toBe('A2');
    expect(await learning.getByLabel('English').inputValue()).toBe('B2');
    // Before the first save GET /api/youth/profile answers 404 (no profile yet), which Chromium logs.
    assertNoPageErrors(problems.filter((problem) => !problem.includes('404')));
    await context.close();
  });

  it('shows a demo young person their circle, masks a phone number and reports a message', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'youth.espoo.1@demo.silta.test');
    for (const locale of uiLocales) {
      await switchLanguage(page, locale);
      await page.goto('/youth');
      await page.getByTestId('my-circle').first().waitFor();
      await expectAccessible(page, `youth home (${locale})`);
      await screenshot(page, `youth-home-${locale}`);
      await page.goto('/youth/profile');
      await page.locator('main form').waitFor();
      await expectAccessible(page, `youth profile (${locale})`);
      await screenshot(page, `youth-profile-${locale}`);
      await page.goto('/youth/kits');
      await page.getByTestId('phrase-card').first().waitFor();
      await expectAccessible(page, `culture kits (${locale})`);
      await screenshot(page, `youth-kits-${locale}`);
    }

    await switchLanguage(page, 'en');
    await page.goto('/youth');
    await page.getByTestId('my-circle').first().getByRole('link').click();
    await page.getByTestId('masking-note').waitFor();
    await page.getByLabel('Write to the whole circle').fill('Hi! Call me on 040 123 4567 after school');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'phone number' }).waitFor();
    const mine = page.getByTestId('circle-message').last();
    expect(await mine.textContent()).not.toContain('123 4567');

    // Nobody reports their own message; another member of the circle does.
    expect(await mine.getByRole('button', { name: /^Report message/ }).count()).toBe(0);
    const circleUrl = new URL(page.url()).pathname;
    const names = await page.getByTestId('circle-person').allTextContents();
    const demoEmails: Record<string, string> = {
      Eetu: 'youth.espoo.2@demo.silta.test',
      Linnea: 'youth.espoo.3@demo.silta.test',
      Onni: 'youth.espoo.4@demo.silta.test',
      Saga: 'youth.espoo.5@demo.silta.test',
      서연: 'youth.osan.1@demo.silta.test',
      민준: 'youth.osan.2@demo.silta.test',
      지우: 'youth.osan.3@demo.silta.test',
      하준: 'youth.osan.4@demo.silta.test',
      수아: 'youth.osan.5@demo.silta.test',
    };
    const other = Object.keys(demoEmails).find((name) => names.some((text) => text.startsWith(name)));
    expect(other).toBeDefined();
    const peer = await newPage(browser, silta.baseUrl);
    await signIn(peer.page, demoEmails[other as string] as string);
    await switchLanguage(peer.page, 'en');
    await peer.page.goto(circleUrl);
    const seen = peer.page.getByTestId('circle-message').filter({ hasText: 'Call me on' }).last();
    expect(await seen.textContent()).not.toContain('123 4567');
    await seen.getByRole('button', { name: /^Report message/ }).click();
    await seen.getByLabel(/^What is wrong/).fill('Asks to call outside the circle');
    await seen.getByRole('button', { name: 'Send report' }).click();
    await peer.page.getByRole('status').filter({ hasText: 'facilitators' }).waitFor();
    await expectAccessible(peer.page, 'circle space after a report (en)');
    await screenshot(peer.page, 'youth-circle-peer-en');
    assertNoPageErrors(peer.problems);
    await peer.context.close();

    // Block a member: their messages are no longer shown.
    const otherCard = page.getByTestId('circle-person').filter({ hasText: other as string });
    await otherCard.getByRole('button', { name: `Block ${other}` }).click();
    await otherCard.getByText('Blocked').waitFor();
    await expectAccessible(page, 'circle space (en)');
    await screenshot(page, 'youth-circle-en');

    // The profile saves with the keyboard-reachable form.
    await page.goto('/youth/profile');
    await page.getByRole('checkbox', { name: 'Photography' }).check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Your profile is saved.' }).waitFor();

    // Marking a phrase as learned counts it.
    await page.goto('/youth/kits');
    await page.getByTestId('phrase-card').first().getByRole('button', { name: 'Mark as learned' }).click();
    await page.getByTestId('learned-count').filter({ hasText: 'You have learned 1 of' }).waitFor();
    assertNoPageErrors(problems);
    await context.close();
  });

  it('lets a facilitator plan a circle meeting that members see in both cities’ local times', async () => {
    const member = await newPage(browser, silta.baseUrl);
    await signIn(member.page, 'youth.osan.1@demo.silta.test');
    await switchLanguage(member.page, 'en');
    await member.page.goto('/youth');
    await member.page.getByTestId('my-circle').first().getByRole('link').click();
    await member.page.getByTestId('masking-note').waitFor();
    const circleUrl = new URL(member.page.url()).pathname;

    const facilitator = await newPage(browser, silta.baseUrl);
    await signIn(facilitator.page, 'youth.facilitator.espoo@demo.silta.test');
    await switchLanguage(facilitator.page, 'en');
    await facilitator.page.goto(circleUrl);
    await facilitator.page.getByRole('heading', { level: 2, name: 'Next meeting' }).waitFor();
    await facilitator.page.getByRole('button', { name: 'Suggest meeting times' }).click();
    const slot = facilitator.page.getByTestId('meeting-slot').first();
    await slot.waitFor();
    // Each suggestion reads in both cities' clocks.
    expect(await slot.getByTestId('meeting-slot-time').textContent()).toMatch(/Espoo.*Osan/);
    await expectAccessible(facilitator.page, 'circle meeting suggestions (en)');
    await slot.getByRole('button', { name: 'Plan the meeting for this time' }).click();
    await facilitator.page.getByRole('status').filter({ hasText: 'The meeting is planned' }).waitFor();
    await facilitator.page.getByTestId('next-meeting').waitFor();
    await screenshot(facilitator.page, 'youth-circle-meeting-facilitator-en');

    for (const locale of uiLocales) {
      await switchLanguage(member.page, locale);
      await member.page.goto(circleUrl);
      const time = member.page.getByTestId('next-meeting-time');
      await time.waitFor();
      const names = {
        fi: ['Espoo', 'Osan'],
        sv: ['Esbo', 'Osan'],
        en: ['Espoo', 'Osan'],
        ko: ['에스포', '오산'],
      };
      const text = (await time.textContent()) ?? '';
      for (const name of names[locale]) expect(text, locale).toContain(name);
      await expectAccessible(member.page, `circle with its next meeting (${locale})`);
      await screenshot(member.page, `youth-circle-meeting-${locale}`);
    }
    await switchLanguage(member.page, 'en');
    await member.page.getByRole('button', { name: 'I’ll be there' }).click();
    await member.page.getByTestId('meeting-registration').waitFor();
    await member.page.getByText('A facilitator opens the video room shortly before the start.').waitFor();
    expect(await member.page.getByRole('button', { name: 'Join the video room' }).count()).toBe(0);

    // The meeting is nowhere in the public listing.
    const listing = await member.page.request.get('/api/sessions?limit=200');
    const meetings = (await (await member.page.request.get(`/api${circleUrl}/meetings`)).json()) as {
      meetings: { id: string }[];
    };
    const meetingId = meetings.meetings[0]?.id;
    expect(meetingId).toBeDefined();
    expect(await listing.text()).not.toContain(meetingId as string);

    assertNoPageErrors(member.problems);
    assertNoPageErrors(facilitator.problems);
    await member.context.close();
    await facilitator.context.close();
  });

  it('lets a facilitator decide reports and a coordinator record a guardian’s signed form', async () => {
    // A member of a circle reports another member; the circle's facilitator decides.
    const reporter = await newPage(browser, silta.baseUrl);
    await signIn(reporter.page, 'youth.espoo.2@demo.silta.test');
    const circles = (await (await reporter.page.request.get('/api/youth/circles/mine')).json()) as {
      circles: { id: string; people: { userId: string; displayName: string; role: string }[] }[];
    };
    const circle = circles.circles[0];
    const me = (await (await reporter.page.request.get('/api/me')).json()) as { id: string };
    const reported = circle?.people.find((p) => p.role === 'member' && p.userId !== me.id);
    expect(reported).toBeDefined();
    const report = await reporter.page.request.post('/api/youth/reports', {
      data: { userId: reported?.userId, circleId: circle?.id, reason: 'Asked for my Instagram' },
    });
    expect(report.status()).toBe(201);
    await reporter.context.close();

    const facilitator = await newPage(browser, silta.baseUrl);
    await signIn(facilitator.page, 'youth.facilitator.osan@demo.silta.test');
    for (const locale of uiLocales) {
      await switchLanguage(facilitator.page, locale);
      await facilitator.page.goto('/youth/moderation');
      await facilitator.page.getByTestId('open-report').first().waitFor();
      await expectAccessible(facilitator.page, `youth moderation queue (${locale})`);
      await screenshot(facilitator.page, `youth-moderation-${locale}`);
    }
    await switchLanguage(facilitator.page, 'en');
    const card = facilitator.page
      .getByTestId('open-report')
      .filter({ hasText: 'Asked for my Instagram' })
      .first();
    expect(await card.textContent()).toContain(reported?.displayName);
    await card.getByRole('button', { name: 'Dismiss' }).click();
    await facilitator.page.getByRole('status').filter({ hasText: 'The report is dismissed.' }).waitFor();
    expect(
      await facilitator.page.getByTestId('open-report').filter({ hasText: 'Asked for my Instagram' }).count(),
    ).toBe(0);
    assertNoPageErrors(facilitator.problems);
    await facilitator.context.close();

    // A 13-year-old in Osan whose guardian chose a signed form waits until a coordinator records it.
    const young = await newPage(browser, silta.baseUrl);
    const signedUp = await young.page.request.post('/api/auth/register', {
      data: {
        birthDate: birthDateForAge(13, 2),
        email: 'jiho@example.test',
        password: 'oSan youth library 2',
        displayName: '지호',
        cityId: 'osan',
        locale: 'ko',
      },
    });
    expect(signedUp.status()).toBe(201);
    const asked = await young.page.request.post('/api/youth/consent-requests', {
      data: { guardianEmail: 'jiho.parent@example.test', guardianName: '박민수' },
    });
    expect(asked.status()).toBe(201);
    const consentLink = await linkMailedTo('jiho.parent@example.test', '/guardian/consent');
    const token = new URLSearchParams(consentLink.split('?')[1]).get('token') ?? '';
    const decided = await young.page.request.post(`/api/youth/consent/${token}`, {
      data: {
        decision: 'grant',
        guardianName: '박민수',
        relationship: 'father',
        verification: 'signed_form',
      },
    });
    expect(decided.status()).toBe(200);

    const coordinator = await newPage(browser, silta.baseUrl);
    await signIn(coordinator.page, 'coordinator.osan@demo.silta.test');
    for (const locale of uiLocales) {
      await switchLanguage(coordinator.page, locale);
      await coordinator.page.goto('/youth/consents');
      await coordinator.page.getByTestId('pending-consent').filter({ hasText: '지호' }).waitFor();
      await expectAccessible(coordinator.page, `guardian verification (${locale})`);
      await screenshot(coordinator.page, `youth-consents-${locale}`);
    }
    await switchLanguage(coordinator.page, 'en');
    const pending = coordinator.page.getByTestId('pending-consent').filter({ hasText: '지호' });
    expect(await pending.textContent()).toContain('Signed form');
    await pending.getByRole('button', { name: 'Record verification…' }).click();
    await expectAccessible(coordinator.page, 'guardian verification confirmation (en)');
    await pending.getByRole('button', { name: 'Yes, record it' }).click();
    await coordinator.page.getByRole('status').filter({ hasText: '지호 can now take part' }).waitFor();
    const status = (await (await young.page.request.get('/api/me')).json()) as { status: string };
    expect(status.status).toBe('active');
    assertNoPageErrors(coordinator.problems);
    await coordinator.context.close();
    await young.context.close();
  });

  it('gives a coordinator a dry run with scores and the unmatched', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    await switchLanguage(page, 'en');
    await page.goto('/youth/matching');
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByTestId('matching-summary').waitFor();
    await expectAccessible(page, 'matching dry run (en)');
    await screenshot(page, 'youth-matching-en');
    assertNoPageErrors(problems);
    await context.close();
  });
});
