import { Anchor, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { type Entrant, esportsApi, type Rating } from './esports-api.js';
import { formatFigure, useCityName, useGames } from './esports-parts.js';
import { LatencyAdvice } from './latency-advice.js';
import './esports.css';

/** Choosing a game: its latency class and what to do about the distance, and its leaderboard. */
export default function GamesPage() {
  const { t } = useI18n();
  const games = useGames();
  const [params, setParams] = useSearchParams();
  const gameId = params.get('game') ?? '';
  const game = games?.find((item) => item.id === gameId);
  usePageTitle(t('esports.games.title'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/esports">
        <span aria-hidden="true">←&nbsp;</span>
        {t('esports.backToDirectory')}
      </Anchor>
      <Title order={1}>{t('esports.games.title')}</Title>
      <Text>{t('esports.games.intro')}</Text>
      <NativeSelect
        label={t('esports.games.choose')}
        value={gameId}
        maw={360}
        onChange={(event) => {
          const next = new URLSearchParams(params);
          if (event.currentTarget.value === '') next.delete('game');
          else next.set('game', event.currentTarget.value);
          setParams(next, { replace: true });
        }}
        data={[
          { value: '', label: t('esports.games.anyGame') },
          ...(games ?? []).map((item) => ({
            value: item.id,
            label: `${item.name} (${t(`esports.latencyClass.${item.latencyClass}`)})`,
          })),
        ]}
      />
      <section aria-labelledby="latency-heading" aria-live="polite">
        <Title order={2} id="latency-heading" mb="xs">
          {game ? t('esports.latency.forThisGame', { game: game.name }) : t('esports.latency.title')}
        </Title>
        <LatencyAdvice key={gameId} gameId={game?.id} />
      </section>
      {game && (
        <section aria-labelledby="leaderboard-heading">
          <Title order={2} id="leaderboard-heading" mb="xs">
            {t('esports.ratings.title', { game: game.name })}
          </Title>
          <Leaderboard gameId={game.id} />
        </section>
      )}
    </Stack>
  );
}

/**
 * Current ratings, best first. The API names subjects by id (an account, or an entrant of a
 * tournament): names come from the entrants of this game's tournaments.
 */
function Leaderboard({ gameId }: { gameId: string }) {
  const { locale, t } = useI18n();
  const cityName = useCityName();
  const [ratings, setRatings] = useState<Rating[]>();
  const [names, setNames] = useState<Map<string, Entrant>>(new Map());
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` counts tries again.
  useEffect(() => {
    let cancelled = false;
    setRatings(undefined);
    setLoadError(undefined);
    Promise.all([esportsApi.leaderboard(gameId), esportsApi.tournaments({ game: gameId })])
      .then(async ([loaded, tournaments]) => {
        const entrantLists = await Promise.all(tournaments.map((item) => esportsApi.entrants(item.id)));
        if (cancelled) return;
        setNames(new Map(entrantLists.flat().map((entrant) => [entrant.id, entrant])));
        setRatings(loaded);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error, t('common.loadFailed')));
      });
    return () => {
      cancelled = true;
    };
  }, [gameId, t, attempt]);

  if (loadError) return <LoadFailure message={loadError} onRetry={() => setAttempt((count) => count + 1)} />;
  if (ratings === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (ratings.length === 0) return <Text>{t('esports.ratings.none')}</Text>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-labelledby="leaderboard-heading">
      <Table striped data-testid="leaderboard">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('esports.standings.rank')}</Table.Th>
            <Table.Th scope="col">{t('esports.ratings.who')}</Table.Th>
            <Table.Th scope="col">{t('esports.standings.rating')}</Table.Th>
            <Table.Th scope="col">{t('esports.ratings.system')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ratings.map((rating, index) => {
            const entrant = names.get(rating.subjectId);
            return (
              <Table.Tr key={rating.subjectId}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {entrant ? `${entrant.name} · ${cityName(entrant.cityId)}` : t('esports.ratings.unnamed')}
                </Table.Th>
                <Table.Td>{formatFigure(rating.rating, locale)}</Table.Td>
                <Table.Td>{t(`esports.ratings.${rating.system}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
