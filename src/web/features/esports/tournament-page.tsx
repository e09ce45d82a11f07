import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useNow } from '../../app/use-now.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
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
import { gameName, useCityName, useGames, useTournamentAction } from './esports-parts.js';
import { LatencyAdvice } from './latency-advice.js';
import { OrganizerConsole } from './organizer-console.js';
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
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<MessageKey | undefined>(
    (location.state as { notice?: MessageKey } | null)?.notice,
  );
  // A notice handed over by the page before (created, playoffs) is shown once, not again on reload.
  useEffect(() => {
    if ((location.state as { notice?: MessageKey } | null)?.notice !== undefined) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location, navigate]);
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

  if (loadError) {
    const again = () => {
      setLoadError(undefined);
      reload();
    };
    return <LoadFailure message={loadError} onRetry={again} />;
  }
  if (loaded === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
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

      {organizer && (
        <OrganizerConsole tournament={tournament} entrants={entrants} matches={matches} onChanged={changed} />
      )}

      {tournament.status === 'registration' && (
        <TakePart tournament={tournament} signedIn={Boolean(me)} onChanged={changed} />
      )}

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

/** Whether an optional window is open now (no start: open since ever; no end: open for good). */
function isOpen(now: number, opens: string | null, closes: string | null): boolean {
  return (
    (opens === null || now >= new Date(opens).getTime()) &&
    (closes === null || now < new Date(closes).getTime())
  );
}

/**
 * Entering oneself and checking in, within their windows, shown to everyone while the tournament
 * takes entries (team tournaments are entered by their captain through the API or an organizer).
 */
function TakePart({
  tournament,
  signedIn,
  onChanged,
}: {
  tournament: Tournament;
  signedIn: boolean;
  onChanged(message: MessageKey): void;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const { busy, problem, run: attempt } = useTournamentAction();
  const zone = me?.timeZone ?? browserTimeZone();
  const at = (iso: string) => formatDateTime(new Date(iso), locale, zone);
  const now = useNow().getTime();
  const registrationOpen = isOpen(now, tournament.registrationOpensAt, tournament.registrationClosesAt);
  const checkIn = tournament.checkInOpensAt !== null || tournament.checkInClosesAt !== null;
  const checkInOpen = checkIn && isOpen(now, tournament.checkInOpensAt, tournament.checkInClosesAt);
  const full = tournament.entryCap !== null && tournament.entrantCount >= tournament.entryCap;

  async function run(action: () => Promise<unknown>, done: MessageKey) {
    if (await attempt(action)) onChanged(done);
  }

  const windows: string[] = [
    ...(tournament.registrationOpensAt
      ? [t('esports.takePart.registrationOpens', { time: at(tournament.registrationOpensAt) })]
      : []),
    ...(tournament.registrationClosesAt
      ? [t('esports.takePart.registrationCloses', { time: at(tournament.registrationClosesAt) })]
      : []),
    ...(tournament.checkInOpensAt
      ? [t('esports.takePart.checkInOpens', { time: at(tournament.checkInOpensAt) })]
      : []),
    ...(tournament.checkInClosesAt
      ? [t('esports.takePart.checkInCloses', { time: at(tournament.checkInClosesAt) })]
      : []),
    ...(tournament.entryCap === null
      ? []
      : [t('esports.takePart.cap', { cap: tournament.entryCap, count: tournament.entrantCount })]),
  ];

  // A team tournament without windows has nothing here: captains and organizers enter teams.
  if (tournament.entrantKind === 'team' && windows.length === 0 && !checkIn) return null;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="take-part-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="take-part-heading">
          {t('esports.takePart.title')}
        </Title>
        {windows.length > 0 && (
          <ul className="plain-list" data-testid="tournament-windows">
            {windows.map((line) => (
              <li key={line}>
                <Text size="sm">{line}</Text>
              </li>
            ))}
          </ul>
        )}
        {checkIn && <Text size="sm">{t('esports.takePart.checkInRule')}</Text>}
        {!signedIn ? (
          <Text size="sm">
            <Anchor component={Link} to="/sign-in">
              {t('esports.takePart.signIn')}
            </Anchor>
          </Text>
        ) : (
          <Group gap="sm">
            {tournament.entrantKind === 'player' && (
              <Button
                loading={busy}
                disabled={!registrationOpen || full}
                onClick={() => void run(() => esportsApi.register(tournament.id), 'esports.takePart.entered')}
              >
                {t('esports.takePart.enter')}
              </Button>
            )}
            {checkIn && (
              <Button
                variant="light"
                loading={busy}
                disabled={!checkInOpen}
                onClick={() =>
                  void run(() => esportsApi.checkIn(tournament.id), 'esports.takePart.checkedIn')
                }
              >
                {t('esports.takePart.checkIn')}
              </Button>
            )}
          </Group>
        )}
        {signedIn && tournament.entrantKind === 'player' && !registrationOpen && (
          <Text size="sm">{t('esports.takePart.registrationClosed')}</Text>
        )}
        {signedIn && full && <Text size="sm">{t('esports.takePart.full')}</Text>}
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
