import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useSession } from '../accounts/session.js';
import { BracketView } from './bracket-view.js';
import {
  type Entrant,
  esportsApi,
  type Match,
  mayOrganize,
  type Standing,
  type Tournament,
} from './esports-api.js';
import { gameName, useCityName, useGames } from './esports-parts.js';
import { LatencyAdvice } from './latency-advice.js';
import { StandingsTable } from './standings-table.js';
import './esports.css';

interface Loaded {
  tournament: Tournament;
  entrants: Entrant[];
  matches: Match[];
  standings: Standing[];
}

async function load(id: string): Promise<Loaded> {
  const [tournament, entrants, matches, standings] = await Promise.all([
    esportsApi.tournament(id),
    esportsApi.entrants(id),
    esportsApi.matches(id),
    esportsApi.standings(id),
  ]);
  return { tournament, entrants, matches, standings };
}

/** One tournament: facts, the organizer console, the bracket or the Swiss rounds, and the table. */
export default function TournamentPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const games = useGames();
  const cityName = useCityName();
  const [loaded, setLoaded] = useState<Loaded>();
  const [loadError, setLoadError] = useState<string>();
  const [notice, setNotice] = useState<MessageKey>();
  usePageTitle(loaded?.tournament.name ?? t('esports.tournaments.title'));

  const reload = useCallback(() => {
    load(id)
      .then(setLoaded)
      .catch((error: unknown) => setLoadError(errorMessage(error, t('common.loadFailed'))));
  }, [id, t]);

  useEffect(reload, [reload]);

  const changed = useCallback(
    (message: MessageKey) => {
      setNotice(message);
      reload();
    },
    [reload],
  );

  if (loadError) return <Alert color="red">{loadError}</Alert>;
  if (loaded === undefined) return <Loader aria-label={t('common.loading')} />;
  const { tournament, entrants, matches, standings } = loaded;
  const byId = new Map(entrants.map((entrant) => [entrant.id, entrant]));
  const cityIds = [...new Set([tournament.hostCityId, ...entrants.map((entrant) => entrant.cityId)])];
  const organizer = mayOrganize(me, cityIds);
  const swiss = tournament.format === 'swiss';
  const table = swiss || tournament.format === 'round_robin';
  const playedRounds = Math.max(0, ...matches.map((match) => match.round));
  const game = games?.find((item) => item.id === tournament.game);
  const crossCity = new Set(entrants.map((entrant) => entrant.cityId)).size > 1;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/esports/tournaments">
        <span aria-hidden="true">←&nbsp;</span>
        {t('esports.backToTournaments')}
      </Anchor>
      <Stack gap={6}>
        <Title order={1}>{tournament.name}</Title>
        <Group gap="xs">
          <Badge variant="light" color="blue" c="blue.9" tt="none">
            {t(`esports.format.${tournament.format}`)}
          </Badge>
          <Badge variant="light" color="gray" c="dark.8" tt="none" data-testid="tournament-status">
            {t(`esports.tournaments.status.${tournament.status}`)}
          </Badge>
        </Group>
        <Text>
          {t('esports.tournament.facts', {
            game: gameName(games, tournament.game),
            entrants: tournament.entrantCount,
            bestOf: tournament.bestOf,
            city: cityName(tournament.hostCityId),
          })}
        </Text>
        {swiss && tournament.swissRounds !== null && (
          <Text>
            {t('esports.tournament.swissProgress', {
              round: tournament.currentRound,
              rounds: tournament.swissRounds,
            })}
          </Text>
        )}
      </Stack>

      {notice && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setNotice(undefined)}
          closeButtonLabel={t('esports.dismiss')}
        >
          {t(notice)}
        </Alert>
      )}

      {organizer && <OrganizerConsole tournament={tournament} matches={matches} onChanged={changed} />}

      {game && crossCity && game.latencyClass !== 'turn_based' && (
        <details>
          <summary>{t('esports.latency.forThisGame', { game: game.name })}</summary>
          <LatencyAdvice gameId={game.id} />
        </details>
      )}

      {table && playedRounds > 0 && (
        <section aria-labelledby="standings-heading">
          <Title order={2} id="standings-heading" mb="xs">
            {t('esports.standings.title')}
          </Title>
          <Text size="sm" mb="xs">
            {t(swiss ? 'esports.standings.swissOrder' : 'esports.standings.roundRobinOrder')}
          </Text>
          <StandingsTable
            key={playedRounds}
            entrants={entrants}
            matches={matches}
            standings={standings}
            rounds={playedRounds}
          />
        </section>
      )}

      <section aria-labelledby="matches-heading">
        <Title order={2} id="matches-heading" mb="sm">
          {t(table ? 'esports.rounds.title' : 'esports.bracket.title')}
        </Title>
        {matches.length === 0 ? (
          <Text>{t('esports.bracket.notStarted')}</Text>
        ) : (
          <BracketView
            matches={matches}
            entrants={byId}
            organizer={organizer}
            allowDraws={tournament.allowDraws}
            onChanged={changed}
            level={3}
          />
        )}
      </section>

      {tournament.status === 'registration' && (
        <section aria-labelledby="entrants-heading">
          <Title order={2} id="entrants-heading" mb="xs">
            {t('esports.entrants.title')}
          </Title>
          <ul>
            {entrants.map((entrant) => (
              <li key={entrant.id}>
                {entrant.name} · {cityName(entrant.cityId)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}

/** Start, next Swiss round: what only organizers do. Results are entered on each match. */
function OrganizerConsole({
  tournament,
  matches,
  onChanged,
}: {
  tournament: Tournament;
  matches: Match[];
  onChanged(message: MessageKey): void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const open = matches.filter((match) => match.status === 'ready' || match.status === 'reported');
  const disputed = matches.filter((match) => match.status === 'disputed');
  const roundComplete = matches.every(
    (match) => match.round < tournament.currentRound || match.status === 'completed',
  );
  const canPairNext =
    tournament.format === 'swiss' &&
    tournament.status === 'running' &&
    roundComplete &&
    tournament.swissRounds !== null &&
    tournament.currentRound < tournament.swissRounds;

  async function run(action: () => Promise<unknown>, done: MessageKey) {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      onChanged(done);
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="console-heading"
      data-testid="organizer-console"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="console-heading">
          {t('esports.console.title')}
        </Title>
        <Text size="sm">{t('esports.console.intro')}</Text>
        {tournament.status !== 'completed' && (
          <Text size="sm" data-testid="console-counts">
            {t('esports.console.counts', { open: open.length, disputed: disputed.length })}
          </Text>
        )}
        <Group gap="sm">
          {tournament.status === 'registration' && (
            <Button
              loading={busy}
              onClick={() => void run(() => esportsApi.start(tournament.id), 'esports.console.started')}
            >
              {t('esports.console.start')}
            </Button>
          )}
          {tournament.format === 'swiss' && tournament.status === 'running' && (
            <Button
              loading={busy}
              disabled={!canPairNext}
              onClick={() => void run(() => esportsApi.nextRound(tournament.id), 'esports.console.paired')}
            >
              {t('esports.console.nextRound', { round: tournament.currentRound + 1 })}
            </Button>
          )}
        </Group>
        {tournament.format === 'swiss' && tournament.status === 'running' && !roundComplete && (
          <Text size="sm">{t('esports.console.roundIncomplete')}</Text>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
