import { Anchor, Badge, Card, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { esportsApi } from './esports-api.js';
import { gameName, ShownContent, useGames } from './esports-parts.js';
import { TeamInvitations } from './team-invitations.js';

/** The e-sports directory: clubs, schools, programmes and companies of every city, by city. */
export default function EsportsPage() {
  const { locale, t } = useI18n();
  const { cities } = usePartnership();
  const games = useGames();
  const [params, setParams] = useSearchParams();
  const city = params.get('city') ?? '';
  const game = params.get('game') ?? '';
  const { value: clubs, error: loadError, retry } = usePageLoad(() => esportsApi.clubs(), []);
  usePageTitle(t('esports.title'));

  function change(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const shown = (clubs ?? []).filter(
    (club) => (city === '' || club.cityId === city) && (game === '' || club.games.includes(game)),
  );
  const cityList = (cities ?? []).filter((item) => city === '' || item.id === city);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('esports.title')}</Title>
      <Text>{t('esports.intro')}</Text>
      <TeamInvitations games={games} />
      <nav aria-label={t('esports.sectionsNav')}>
        <Group gap="lg" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <li>
            <Anchor component={Link} to="/esports/tournaments" fw={600}>
              {t('esports.tournaments.title')}
            </Anchor>
          </li>
          <li>
            <Anchor component={Link} to="/esports/games" fw={600}>
              {t('esports.games.title')}
            </Anchor>
          </li>
        </Group>
      </nav>

      <Title order={2}>{t('esports.directory.title')}</Title>
      <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label={t('esports.directory.filters')}>
        <NativeSelect
          label={t('esports.directory.city')}
          value={city}
          onChange={(event) => change('city', event.currentTarget.value)}
          data={[
            { value: '', label: t('esports.directory.allCities') },
            ...(cities ?? []).map((item) => ({ value: item.id, label: item.name[locale] })),
          ]}
        />
        <NativeSelect
          label={t('esports.directory.game')}
          value={game}
          onChange={(event) => change('game', event.currentTarget.value)}
          data={[
            { value: '', label: t('esports.directory.allGames') },
            ...(games ?? []).map((item) => ({ value: item.id, label: item.name })),
          ]}
        />
      </Group>

      {loadError ? (
        <LoadFailure message={loadError} onRetry={retry} />
      ) : clubs === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : shown.length === 0 ? (
        <Text data-testid="no-clubs">{t('esports.directory.none')}</Text>
      ) : (
        cityList.map((item) => {
          const inCity = shown.filter((club) => club.cityId === item.id);
          if (inCity.length === 0) return null;
          return (
            <section key={item.id} aria-labelledby={`city-${item.id}`} data-testid={`clubs-${item.id}`}>
              <Title order={3} id={`city-${item.id}`} mb="xs">
                {item.name[locale]}
              </Title>
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {inCity.map((club) => (
                  <li key={club.id}>
                    <Card withBorder padding="md">
                      <Stack gap={6}>
                        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                          <Anchor component={Link} to={`/esports/clubs/${club.id}`} fw={700} fz="lg">
                            {club.name}
                          </Anchor>
                          <Badge variant="light" color="blue" c="blue.9" tt="none">
                            {t(`esports.kind.${club.kind}`)}
                          </Badge>
                        </Group>
                        <ShownContent shown={club.shown.description} />
                        {club.games.length > 0 && (
                          <Text size="sm">
                            {t('esports.club.gamesLine', {
                              games: club.games.map((id) => gameName(games, id)).join(', '),
                            })}
                          </Text>
                        )}
                        <Text size="sm" c="gray.8">
                          {t('esports.club.sessionCount', { count: club.sessions.length })}
                        </Text>
                      </Stack>
                    </Card>
                  </li>
                ))}
              </Stack>
            </section>
          );
        })
      )}
    </Stack>
  );
}
