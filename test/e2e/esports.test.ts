import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/core/i18n/locales.js';
import type { MessageValues } from '../../src/core/i18n/translator.js';
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

interface TournamentJson {
  id: string;
  name: string;
  format: string;
  status: string;
}
interface MatchJson {
  key: string;
  status: string;
  entrant1Id: string | null;
  entrant2Id: string | null;
  winnerId: string | null;
  scores: [number, number] | null;
}
interface EntrantJson {
  id: string;
  name: string;
}
interface StandingJson {
  entrantId: string;
  rank: number;
  points: number;
  buchholz: number;
  sonnebornBerger: number;
}

const languageButton = { fi: 'Suomi', sv: 'Svenska', en: 'English', ko: '한국어' } as const;
const directoryHeading = {
  fi: 'Seurat ja ohjelmat',
  sv: 'Klubbar och program',
  en: 'Clubs and programmes',
  ko: '클럽과 프로그램',
};
const pageHeading = { fi: 'E-urheilu', sv: 'E-sport', en: 'E-sports', ko: 'e스포츠' };

/** A UI text as the web app shows it in a language: selectors follow the catalogs, not copies of them. */
const text = (locale: Locale, key: MessageKey, values?: MessageValues) => translate(locale, key, values);

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in?lang=en');
  const main = page.locator('main');
  await main.getByLabel('E-mail address').fill(email);
  await main.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe.skipIf(chromiumPath === false)('e-sports in the browser', () => {
  let silta: Awaited<ReturnType<typeof startSilta>>;
  let browser: Browser;
  let swiss: TournamentJson;
  let playoffs: TournamentJson;

  const getJson = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${silta.baseUrl}${path}`)).json()) as T;

  beforeAll(async () => {
    silta = await startSilta();
    browser = await launchChromium(chromiumPath as string);
    const tournaments = await getJson<TournamentJson[]>('/api/esports/tournaments');
    swiss = tournaments.find((t) => t.format === 'swiss' && t.status === 'completed') as TournamentJson;
    playoffs = tournaments.find(
      (t) => t.format === 'double_elimination' && t.status === 'running',
    ) as TournamentJson;
    expect(swiss).toBeDefined();
    expect(playoffs).toBeDefined();
  });

  afterAll(async () => {
    await browser?.close();
    await silta?.close();
  });

  it('shows the club directory by city in every language, and a club page with its coaching sessions', async () => {
    const { page, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/?lang=en');
    // "E-sports" is in the navigation for everyone, signed out too.
    await page.getByRole('link', { name: 'E-sports', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'E-sports' }).waitFor();
    for (const locale of uiLocales) {
      await page.getByRole('button', { name: languageButton[locale], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: pageHeading[locale] }).waitFor();
      await page.getByRole('heading', { level: 2, name: directoryHeading[locale] }).waitFor();
      // One section per city, each with its clubs.
      await page.getByTestId('clubs-espoo').waitFor();
      expect(await page.getByTestId('clubs-osan').getByRole('link').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('clubs-espoo').getByRole('link').count()).toBeGreaterThan(1);
      await expectAccessible(page, `e-sports directory (${locale})`);
      await screenshot(page, `esports-directory-${locale}`);
    }

    // Filter by game: only clubs that play chess.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByLabel('Game').selectOption('chess');
    await expect.poll(() => page.getByTestId('clubs-osan').count()).toBe(0);
    expect(await page.getByTestId('clubs-espoo').getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Game').selectOption('');

    await page.getByTestId('clubs-osan').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Upcoming coaching sessions and talks' }).waitFor();
    const session = page.getByTestId('club-session').first();
    const text = (await session.textContent()) ?? '';
    // The day first (sessions are weeks away), named once, then each city's clock.
    expect(text).toMatch(/[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2} \d\d:\d\d Espoo/);
    expect(text).toMatch(/\d\d:\d\d Osan/);
    expect(text).not.toMatch(/AM|PM/);
    await expectAccessible(page, 'club page (en)');
    await screenshot(page, 'esports-club-en');
    assertNoPageErrors(problems);
  });

  it('shows the finished Swiss with its standings, tiebreaks and rounds', async () => {
    const { page, problems } = await newPage(browser, silta.baseUrl);
    const [standings, entrants] = await Promise.all([
      getJson<StandingJson[]>(`/api/esports/tournaments/${swiss.id}/standings`),
      getJson<EntrantJson[]>(`/api/esports/tournaments/${swiss.id}/entrants`),
    ]);
    const nameOf = (id: string) => entrants.find((e) => e.id === id)?.name ?? id;

    await page.goto('/esports/tournaments?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Tournaments' }).waitFor();
    await expectAccessible(page, 'tournaments (en)');
    await screenshot(page, 'esports-tournaments-en');
    await page.getByRole('link', { name: swiss.name }).click();
    await page.getByRole('heading', { level: 1, name: swiss.name }).waitFor();

    const table = page.getByTestId('standings');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBe('Standings after round 4');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Rank', 'Entrant', 'Points', 'W–D–L', 'Buchholz', 'Sonneborn–Berger', 'Rating']);
    const rows = table.getByTestId('standing-row');
    expect(await rows.count()).toBe(16);
    const top = standings.find((s) => s.rank === 1) as StandingJson;
    const cells = await rows.first().locator('th, td').allTextContents();
    expect(cells[0]).toBe('1');
    expect(cells[1]).toContain(nameOf(top.entrantId));
    expect(cells[2]).toBe(String(top.points));
    expect(cells[4]).toBe(String(top.buchholz));
    expect(cells[5]).toBe(String(top.sonnebornBerger));

    // Four rounds of eight matches, every one played with a score.
    const roundOne = page.getByRole('heading', { name: 'Round 1', exact: true });
    await roundOne.waitFor();
    expect(await page.getByTestId(/^match-S\d-\d$/).count()).toBe(32);
    expect(await page.getByTestId('match-S1-1').getByTestId('match-status').textContent()).toBe('Played');

    // The table as it stood after round 1: nobody above one point.
    await page.getByLabel('Standings after').selectOption('1');
    expect(await table.locator('caption').textContent()).toBe('Standings after round 1');
    const pointsAfterOne = await rows.locator('td:nth-of-type(2)').allTextContents();
    expect(pointsAfterOne.every((points) => Number(points) <= 1)).toBe(true);
    expect(pointsAfterOne.filter((points) => points === '1')).toHaveLength(8);
    await expectAccessible(page, 'Swiss tournament (en)');
    await screenshot(page, 'esports-swiss-en');

    for (const locale of ['fi', 'sv', 'ko'] as const) {
      await page.getByRole('button', { name: languageButton[locale], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: swiss.name }).waitFor();
      await expectAccessible(page, `Swiss tournament (${locale})`);
      await screenshot(page, `esports-swiss-${locale}`);
    }
    assertNoPageErrors(problems);
  });

  it('lets the coordinator enter a result in the running double elimination, and the bracket advances', async () => {
    const { page, problems } = await newPage(browser, silta.baseUrl);
    await signIn(page, 'coordinator.espoo@demo.silta.test');
    await page.goto(`/esports/tournaments/${playoffs.id}`);
    // The coordinator's language is Finnish.
    await page.getByRole('heading', { level: 1, name: playoffs.name }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Voittajien kaavio' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Häviäjien kaavio' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Suurfinaali' }).waitFor();
    await page.getByTestId('organizer-console').waitFor();
    await expectAccessible(page, 'double elimination, organizer (fi)');
    await screenshot(page, 'esports-double-elimination-fi');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Organizer console' }).waitFor();

    const before = await getJson<MatchJson[]>(`/api/esports/tournaments/${playoffs.id}/matches`);
    const winnersFinal = before.find((m) => m.key === 'W3-1') as MatchJson;
    expect(winnersFinal.status).toBe('ready');
    const entrants = await getJson<EntrantJson[]>(`/api/esports/tournaments/${playoffs.id}/entrants`);
    const home = entrants.find((e) => e.id === winnersFinal.entrant1Id) as EntrantJson;
    const away = entrants.find((e) => e.id === winnersFinal.entrant2Id) as EntrantJson;

    const card = page.getByTestId('match-W3-1');
    // Keyboard only: focus the button and press Enter, type the scores, submit with Enter.
    await card.getByRole('button', { name: 'Enter result' }).focus();
    await page.keyboard.press('Enter');
    await card.getByLabel(`Games won by ${home.name}`).fill('2');
    await card.getByLabel(`Games won by ${away.name}`).fill('1');
    await expectAccessible(page, 'result form (en)');
    await screenshot(page, 'esports-result-form-en');
    await card.getByLabel(`Games won by ${away.name}`).press('Enter');
    await page.getByText('Result saved. The bracket has moved on.').waitFor();
    await expect.poll(async () => card.getByTestId('match-status').textContent()).toBe('Played');

    const after = await getJson<MatchJson[]>(`/api/esports/tournaments/${playoffs.id}/matches`);
    const decided = after.find((m) => m.key === 'W3-1') as MatchJson;
    expect(decided).toMatchObject({ status: 'completed', winnerId: home.id, scores: [2, 1] });
    // The winner goes to the grand final, the loser drops to the losers bracket.
    const grandFinal = after.find((m) => m.key === 'GF-1') as MatchJson;
    expect([grandFinal.entrant1Id, grandFinal.entrant2Id]).toContain(home.id);
    const dropped = after.filter(
      (m) => m.key.startsWith('L') && (m.entrant1Id === away.id || m.entrant2Id === away.id),
    );
    expect(dropped.length).toBeGreaterThan(0);
    expect(await page.getByTestId('match-GF-1').getByTestId('side-0').textContent()).toContain(home.name);
    expect(await card.getByTestId('side-0').textContent()).toContain('winner');
    await expectAccessible(page, 'bracket after a result (en)');
    await screenshot(page, 'esports-double-elimination-after-en');

    for (const locale of ['sv', 'ko'] as const) {
      await page.getByRole('button', { name: languageButton[locale], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: playoffs.name }).waitFor();
      await expectAccessible(page, `double elimination (${locale})`);
      await screenshot(page, `esports-double-elimination-${locale}`);
    }
    assertNoPageErrors(problems);
  });

  it('lets an organizer create a tournament and its entrants, start it, and settle a dispute the sides raised', async () => {
    // The organizer is Osan's coordinator, whose language is Korean: no ?lang= anywhere.
    const organizer = await newPage(browser, silta.baseUrl);
    const page = organizer.page;
    await signIn(page, 'coordinator.osan@demo.silta.test');
    await page.goto('/esports/tournaments');
    await page.getByRole('heading', { level: 1, name: text('ko', 'esports.tournaments.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await page.getByRole('link', { name: text('ko', 'esports.newTournament.title') }).click();
    await page.getByRole('heading', { level: 1, name: text('ko', 'esports.newTournament.title') }).waitFor();
    await expectAccessible(page, 'new tournament (ko)');

    // Choosing a shooter shows the latency advice with its figures; chess shows none.
    const gameField = page.getByLabel(text('ko', 'esports.games.choose'));
    await gameField.selectOption('counter-strike-2');
    const advice = page.getByTestId('form-latency');
    await advice.getByTestId('latency-verdict').waitFor();
    expect(await advice.getByTestId('latency-verdict').textContent()).toBe(
      text('ko', 'esports.advice.two_legs'),
    );
    expect(await advice.getByTestId('latency-figures').textContent()).toMatch(/\d+–\d+ ?ms/);
    await expectAccessible(page, 'new tournament, latency advice for a shooter (ko)');
    await screenshot(page, 'esports-new-tournament-ko');
    await gameField.selectOption('chess');
    await expect.poll(() => advice.count()).toBe(0);
    for (const locale of ['fi', 'sv', 'en', 'ko'] as const) {
      await page.getByRole('button', { name: languageButton[locale], exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: text(locale, 'esports.newTournament.title') })
        .waitFor();
      await expectAccessible(page, `new tournament (${locale})`);
    }

    // A one-on-one fighting game, single elimination, best of three, at most eight entrants.
    const name = 'Espoo–Osan Friday Cup';
    await gameField.selectOption('tekken-8');
    await advice.getByTestId('latency-verdict').waitFor();
    await page.getByLabel(text('ko', 'esports.newTournament.name'), { exact: false }).fill(name);
    await page.getByLabel(text('ko', 'esports.newTournament.format')).selectOption('single_elimination');
    await page.getByLabel(text('ko', 'esports.newTournament.bestOf')).selectOption('3');
    await page.getByLabel(text('ko', 'esports.newTournament.entryCap')).fill('8');
    await page.getByRole('button', { name: text('ko', 'esports.newTournament.create') }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(text('ko', 'esports.newTournament.created')).waitFor();
    const tournamentUrl = page.url();
    const tournamentId = tournamentUrl.split('/').at(-1) as string;
    await expectAccessible(page, 'tournament open for entries, organizer (ko)');

    // Two entrants by name, one per city, with ratings that put them at the top and the bottom.
    const organizerConsole = page.getByTestId('organizer-console');
    for (const [player, city, rating] of [
      ['Mikko Saarinen', 'espoo', '2000'],
      ['이서준', 'osan', '1000'],
    ] as const) {
      await organizerConsole
        .getByLabel(text('ko', 'esports.console.playerName'), { exact: false })
        .fill(player);
      await organizerConsole.getByLabel(text('ko', 'esports.console.city')).selectOption(city);
      await organizerConsole.getByLabel(text('ko', 'esports.console.rating')).fill(rating);
      await organizerConsole.getByRole('button', { name: text('ko', 'esports.console.addPlayer') }).click();
      await page.getByRole('listitem').filter({ hasText: player }).waitFor();
    }

    // Two players sign up and enter themselves, each in their own language: they meet in round one.
    const players = [
      { email: 'linnea@players.test', name: 'Linnea Holm', cityId: 'espoo', locale: 'sv' },
      { email: 'jihoon@players.test', name: 'Park Jihoon', cityId: 'osan', locale: 'en' },
    ] as const;
    const playerPages: Page[] = [];
    for (const player of players) {
      const { page: own } = await newPage(browser, silta.baseUrl);
      const created = await own.request.post('/api/auth/register', {
        data: {
          birthDate: '1998-04-02',
          email: player.email,
          password: 'a long enough password',
          displayName: player.name,
          cityId: player.cityId,
          locale: player.locale,
        },
      });
      expect(created.status()).toBe(201);
      await own.goto(tournamentUrl.replace(silta.baseUrl, ''));
      await own.getByRole('heading', { level: 1, name }).waitFor();
      await own.getByRole('button', { name: text(player.locale, 'esports.takePart.enter') }).click();
      await own.getByText(text(player.locale, 'esports.takePart.entered')).waitFor();
      await expectAccessible(own, `tournament, entering (${player.locale})`);
      playerPages.push(own);
    }
    const [linnea, jihoon] = playerPages as [Page, Page];

    await page.reload();
    await page.getByRole('listitem').filter({ hasText: players[1].name }).waitFor();
    await page.getByRole('button', { name: text('ko', 'esports.console.start') }).click();
    await page.getByText(text('ko', 'esports.console.started')).waitFor();
    const entrants = await getJson<EntrantJson[]>(`/api/esports/tournaments/${tournamentId}/entrants`);
    const idOf = (who: string) => (entrants.find((e) => e.name === who) as EntrantJson).id;
    const matches = await getJson<MatchJson[]>(`/api/esports/tournaments/${tournamentId}/matches`);
    const theirs = matches.find((m) =>
      [m.entrant1Id, m.entrant2Id].every(
        (id) => id === idOf(players[0].name) || id === idOf(players[1].name),
      ),
    ) as MatchJson;
    expect(theirs.status).toBe('ready');
    const sideOf = (who: string) => (theirs.entrant1Id === idOf(who) ? 0 : 1);
    const scoresFor = (winner: string, loser: string) => ({ [winner]: '2', [loser]: '1' });

    // Linnea reports that she won 2–1.
    await linnea.reload();
    const linneaCard = linnea.getByTestId(`match-${theirs.key}`);
    await linneaCard.getByRole('button', { name: text('sv', 'esports.result.report') }).click();
    const reported = scoresFor(players[0].name, players[1].name);
    for (const who of [players[0].name, players[1].name]) {
      await linneaCard
        .getByLabel(text('sv', 'esports.result.gamesWon', { name: who }))
        .fill(reported[who] as string);
    }
    await expectAccessible(linnea, 'report form (sv)');
    await linneaCard.getByRole('button', { name: text('sv', 'esports.result.save') }).click();
    await linnea.getByText(text('sv', 'esports.result.reportedDone')).waitFor();
    await expect
      .poll(() => linneaCard.getByTestId('match-status').textContent())
      .toBe(text('sv', 'esports.matchStatus.reported'));

    // Jihoon disputes it, with a reason.
    await jihoon.reload();
    const jihoonCard = jihoon.getByTestId(`match-${theirs.key}`);
    await jihoonCard.getByTestId('match-report').waitFor();
    await jihoonCard.getByRole('button', { name: text('en', 'esports.result.dispute'), exact: true }).click();
    await jihoonCard
      .getByLabel(text('en', 'esports.result.reason'))
      .fill('I won the third game 3–1 on rounds.');
    await expectAccessible(jihoon, 'dispute form (en)');
    await jihoonCard.getByRole('button', { name: text('en', 'esports.result.sendDispute') }).click();
    await jihoon.getByText(text('en', 'esports.result.disputedDone')).waitFor();
    await expect
      .poll(() => jihoonCard.getByTestId('match-status').textContent())
      .toBe(text('en', 'esports.matchStatus.disputed'));
    await screenshot(jihoon, 'esports-disputed-en');

    // The organizer sees the dispute with its reason and decides it: Jihoon won 2–1.
    await page.reload();
    const disputes = page.getByTestId('console-disputes');
    await disputes.waitFor();
    expect(await disputes.textContent()).toContain('I won the third game');
    await expectAccessible(page, 'organizer console with a dispute (ko)');
    await screenshot(page, 'esports-console-dispute-ko');
    const card = page.getByTestId(`match-${theirs.key}`);
    await card.getByRole('button', { name: text('ko', 'esports.result.decide') }).click();
    const decided = scoresFor(players[1].name, players[0].name);
    for (const who of [players[0].name, players[1].name]) {
      await card
        .getByLabel(text('ko', 'esports.result.gamesWon', { name: who }))
        .fill(decided[who] as string);
    }
    await card.getByRole('button', { name: text('ko', 'esports.result.save') }).click();
    await page.getByText(text('ko', 'esports.result.saved')).waitFor();
    await expect
      .poll(() => card.getByTestId('match-status').textContent())
      .toBe(text('ko', 'esports.matchStatus.completed'));
    expect(await page.getByTestId('console-disputes').count()).toBe(0);

    const after = await getJson<MatchJson[]>(`/api/esports/tournaments/${tournamentId}/matches`);
    const settled = after.find((m) => m.key === theirs.key) as MatchJson;
    const expected: [number, number] = sideOf(players[1].name) === 0 ? [2, 1] : [1, 2];
    expect(settled).toMatchObject({ status: 'completed', winnerId: idOf(players[1].name), scores: expected });
    // The winner goes on to the final.
    const final = after.find((m) => m.key.startsWith('W2')) as MatchJson;
    expect([final.entrant1Id, final.entrant2Id]).toContain(idOf(players[1].name));
    await expectAccessible(page, 'bracket after the decision (ko)');
    assertNoPageErrors(organizer.problems);
  });

  it('advises two legs for a latency-sensitive game, and play as is for chess, with the figures', async () => {
    const { page, problems } = await newPage(browser, silta.baseUrl);
    await page.goto('/esports/games?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Games and latency' }).waitFor();
    await page.getByTestId('latency-figures').waitFor();
    await expectAccessible(page, 'latency by class (en)');

    await page.getByLabel('Game').selectOption('counter-strike-2');
    await page.getByRole('heading', { name: 'Playing Counter-Strike 2 across the cities' }).waitFor();
    const verdict = page.getByTestId('latency-verdict');
    await expect.poll(() => verdict.textContent()).toMatch(/two legs/i);
    const figures = (await page.getByTestId('latency-figures').textContent()) ?? '';
    expect(figures).toMatch(/\d[\d,\s]* km/);
    expect(figures).toMatch(/\d+–\d+ ?ms/);
    expect(await page.getByTestId('latency-explanation').textContent()).toMatch(/\d+ ms/);
    await page.getByText('No rated matches in this game yet.').waitFor();
    await expectAccessible(page, 'latency advice for a shooter (en)');
    await screenshot(page, 'esports-latency-cs2-en');

    await page.getByLabel('Game').selectOption('chess');
    await expect.poll(() => verdict.textContent()).toBe('Play as is');

    await page.getByLabel('Game').selectOption('rocket-league');
    // Rocket League has ratings from the seeded cup, named by their entrants.
    const leaderboard = page.getByTestId('leaderboard');
    await leaderboard.waitFor();
    expect(await leaderboard.locator('tbody tr').count()).toBeGreaterThan(8);
    expect(await leaderboard.locator('tbody tr').first().textContent()).not.toContain('A player');
    for (const locale of ['fi', 'sv', 'ko'] as const) {
      await page.getByRole('button', { name: languageButton[locale], exact: true }).click();
      await page.getByTestId('leaderboard').waitFor();
      await expectAccessible(page, `latency advice and ratings (${locale})`);
      await screenshot(page, `esports-latency-${locale}`);
    }
    expect(await page.getByTestId('latency-verdict').textContent()).toContain('두 번');
    assertNoPageErrors(problems);
  });
});
