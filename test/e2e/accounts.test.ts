import type { Browser, Page } from 'playwright-core';
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

async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto('/sign-in?lang=en');
  const main = page.locator('main');
  await main.getByLabel('E-mail address').fill(email);
  await main.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.skipIf(chromiumPath === false)('accounts in the browser', () => {
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

  it('asks the birth date first and alone, and kindly refuses someone under 13', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/sign-up?lang=en');
    await page.getByRole('heading', { name: 'Step 1 of 2: your birth date' }).waitFor();
    // Nothing else is asked before the birth date.
    expect(await page.locator('main input').count()).toBe(1);
    expect(await page.locator('main input').getAttribute('type')).toBe('date');
    await expectAccessible(page, 'sign-up step 1');

    await page.locator('main').getByLabel('Birth date').fill(birthDateForAge(11));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('too-young').waitFor();
    expect(await page.getByTestId('too-young').textContent()).toContain('13');
    expect(await page.locator('main input').count()).toBe(0);
    await expectAccessible(page, 'sign-up refused');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('signs up an adult, who lands signed in on the profile', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/sign-up?lang=en');
    await page.locator('main').getByLabel('Birth date').fill('1990-05-17');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Step 2 of 2: your account' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('At least 10 characters');

    await page.locator('main').getByLabel('E-mail address').fill('maija@example.test');
    await page
      .locator('main')
      .getByLabel(/^Password/)
      .fill('short');
    await page.locator('main').getByLabel('Name shown to others').fill('Maija Meikäläinen');
    await page.locator('main').getByLabel(/^City/).selectOption('espoo');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('The password needs at least 10 characters.').waitFor();
    await expectAccessible(page, 'sign-up step 2 with an error');

    await page
      .locator('main')
      .getByLabel(/^Password/)
      .fill('kirjasto ja kahvi');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/profile');
    await page.getByText('Signed in as Maija Meikäläinen').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Not verified yet');
    await expectAccessible(page, 'profile after sign-up');

    // The e-mail is now taken: the server's translated message is shown.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign up' }).waitFor();
    await page.goto('/sign-up?lang=sv');
    await page.locator('main').getByLabel('Födelsedatum').fill('1990-05-17');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.locator('main').getByLabel('E-postadress').fill('maija@example.test');
    await page
      .locator('main')
      .getByLabel(/^Lösenord/)
      .fill('kirjasto ja kahvi');
    await page.locator('main').getByLabel('Namn som andra ser').fill('Maija');
    await page.locator('main').getByLabel(/^Stad/).selectOption('espoo');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).not.toContain('EMAIL_TAKEN');
    expect((await alert.textContent())?.length).toBeGreaterThan(5);
    assertNoPageErrors(problems.filter((p) => !p.includes('409')));
    await context.close();
  });

  it('leaves a 13-year-old in Osan (consent age 14) waiting for a guardian', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/sign-up?lang=ko');
    await page.locator('main').getByLabel('생년월일').fill(birthDateForAge(13, 1));
    await page.getByRole('button', { name: '계속' }).click();
    await page.locator('main').getByLabel('이메일 주소').fill('minjun@example.test');
    await page
      .locator('main')
      .getByLabel(/^비밀번호/)
      .fill('오산 청소년 도서관');
    await page.locator('main').getByLabel('다른 사람에게 보이는 이름').fill('민준');
    await page.locator('main').getByLabel(/^도시/).selectOption('osan');
    await page.getByTestId('guardian-notice').waitFor();
    expect(await page.getByTestId('guardian-notice').textContent()).toContain('14');
    await expectAccessible(page, 'sign-up with guardian notice (ko)');
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await page.waitForURL('**/profile');
    await page.getByTestId('awaiting-consent').waitFor();
    // The account sees only that state and the guardian request: no settings form.
    expect(await page.locator('main').getByLabel('다른 사람에게 보이는 이름').count()).toBe(0);
    expect(await page.locator('main input').count()).toBe(2);
    expect(await page.getByTestId('awaiting-consent').textContent()).toContain('보호자');
    await expectAccessible(page, 'awaiting consent (ko)');
    await screenshot(page, 'awaiting-consent-ko');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('lets a coordinator open the staff page and change a facilitator role', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    // The coordinator's own language (Finnish) takes over once signed in.
    await page.getByRole('link', { name: 'Henkilökunta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Henkilökunta' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    const row = page.getByTestId('user-facilitator.espoo@demo.silta.test');
    await row.waitFor();
    // Osan's people are not listed for Espoo's coordinator.
    expect(await page.getByTestId('user-coordinator.osan@demo.silta.test').count()).toBe(0);
    await expectAccessible(page, 'staff page (fi)');

    await row.getByRole('button', { name: 'Poista ohjaajan rooli (Elsa Lindqvist)' }).click();
    await page.getByText('Elsa Lindqvist ei ole enää ohjaaja (Espoo).').waitFor();
    await row.getByRole('button', { name: 'Tee ohjaajaksi (Elsa Lindqvist)' }).waitFor();
    const audit = page.getByTestId('audit-log');
    await audit.waitFor();
    expect(await audit.textContent()).toContain('Poisti käyttäjältä Elsa Lindqvist roolin Ohjaaja (Espoo)');
    await expectAccessible(page, 'staff page after a change (fi)');
    await screenshot(page, 'staff-fi');
    assertNoPageErrors(problems);
    await context.close();
  });

  it('moves a person to another city only when a coordinator of each city has approved', async () => {
    const person = await newPage(browser, silta.baseUrl);
    const email = `mover.${Date.now()}@example.test`;
    const signedUp = await person.page.request.post('/api/auth/register', {
      data: {
        birthDate: birthDateForAge(30, 3),
        email,
        password: 'moving to osan 2027',
        displayName: 'Mika Muuttaja',
        cityId: 'espoo',
        locale: 'en',
      },
    });
    expect(signedUp.status()).toBe(201);
    await person.page.goto('/profile');
    const main = person.page.locator('main');
    await main.getByTestId('my-city').filter({ hasText: 'Espoo' }).waitFor();
    await main.getByLabel('Move to').selectOption('osan');
    await main.getByLabel('Why (optional)').fill('My family moves to Osan.');
    await main.getByRole('button', { name: 'Ask to move' }).click();
    await main.getByTestId('city-change-pending').filter({ hasText: 'Osan' }).waitFor();
    await expectAccessible(person.page, 'profile with a move waiting (en)');

    for (const coordinator of ['coordinator.espoo@demo.silta.test', 'coordinator.osan@demo.silta.test']) {
      const staff = await newPage(browser, silta.baseUrl);
      await signIn(staff.page, coordinator);
      await staff.page.getByRole('button', { name: /Kirjaudu ulos|로그아웃|Sign out|Logga ut/ }).waitFor();
      await staff.page.goto('/staff');
      const request = staff.page.getByTestId('city-change').filter({ hasText: 'Mika Muuttaja' });
      await request.waitFor();
      await expectAccessible(staff.page, `staff page with a move (${coordinator})`);
      await request.getByRole('button').first().click();
      await staff.page.locator('[role="status"]').first().waitFor();
      assertNoPageErrors(staff.problems);
      await staff.context.close();
      const me = (await (await person.page.request.get('/api/me')).json()) as { cityId: string };
      expect(me.cityId).toBe(coordinator.includes('osan') ? 'osan' : 'espoo');
    }
    await person.page.goto('/profile');
    await main.getByTestId('my-city').filter({ hasText: 'Osan' }).waitFor();
    assertNoPageErrors(person.problems);
    await person.context.close();
  });

  it('keeps the staff page from people without a staff role', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'facilitator.espoo@demo.silta.test');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    expect(await page.getByRole('link', { name: 'Personal' }).count()).toBe(0);
    await page.goto('/staff');
    await page.getByText('Den här sidan är för koordinatorer och administratörer.').waitFor();
    assertNoPageErrors(problems);
    await context.close();
  });

  it('changes the profile language to Korean and the whole UI follows', async () => {
    const { page, context, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'admin@demo.silta.test');
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await page.locator('main').getByLabel('Language').selectOption('ko');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: '프로필' }).waitFor();
    await page.getByText('변경 사항을 저장했어요.').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.getByRole('link', { name: '홈' }).waitFor();

    // The time zone list is searchable.
    await page.locator('main').getByLabel('시간대').fill('Seoul');
    await page.getByRole('option', { name: 'Asia/Seoul' }).click();
    await page.getByRole('button', { name: '변경 사항 저장' }).click();
    await page.getByText('변경 사항을 저장했어요.').waitFor();

    // The setting is the account's: a fresh load keeps it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '프로필' }).waitFor();
    expect(await page.locator('main').getByLabel('시간대').inputValue()).toBe('Asia/Seoul');
    await expectAccessible(page, 'profile (ko)');

    // Screenshots of the profile in every language, switched from the header (saved on the account).
    for (const locale of uiLocales) {
      const name = { fi: 'Suomi', sv: 'Svenska', en: 'English', ko: '한국어' }[locale];
      await page.getByRole('button', { name, exact: true }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale);
      await expectAccessible(page, `profile (${locale})`);
      await screenshot(page, `profile-${locale}`);
    }
    assertNoPageErrors(problems);
    await context.close();
  });

  for (const locale of uiLocales) {
    it(`shows both sign-up steps in ${locale}`, async () => {
      const { page, context, problems } = await newPage(browser, silta.baseUrl);
      await page.goto(`/sign-up?lang=${locale}`);
      await page.locator('main input[type=date]').waitFor();
      await screenshot(page, `sign-up-1-${locale}`);
      await page.locator('main input[type=date]').fill(birthDateForAge(13, 2));
      await page.locator('main button[type=submit]').click();
      await page.locator('main input[type=email]').waitFor();
      await page.locator('main select').first().selectOption('osan');
      await page.getByTestId('guardian-notice').waitFor();
      await expectAccessible(page, `sign-up step 2 (${locale})`);
      await screenshot(page, `sign-up-2-${locale}`);
      assertNoPageErrors(problems);
      await context.close();
    });
  }
});
