import { Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { esportsApi } from './esports-api.js';
import { CityTimes, gameName, ShownContent, useCityName, useGames } from './esports-parts.js';

/** One club or programme: what it does, its coaching, games, teams and upcoming coaching sessions. */
export default function ClubPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { cities } = usePartnership();
  const cityName = useCityName();
  const games = useGames();
  const { value: club, error: loadError, retry } = usePageLoad(() => esportsApi.club(id), [id]);
  usePageTitle(club?.name ?? t('esports.title'));

  if (loadError) return <LoadFailure message={loadError} onRetry={retry} />;
  if (club === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  const allCities = (cities ?? []).map((city) => city.id);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/esports">
        <span aria-hidden="true">←&nbsp;</span>
        {t('esports.backToDirectory')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{club.name}</Title>
        <Group gap="xs">
          <Badge variant="light" color="blue" c="blue.9" tt="none">
            {t(`esports.kind.${club.kind}`)}
          </Badge>
          <Text>{cityName(club.cityId)}</Text>
        </Group>
      </Stack>
      <ShownContent shown={club.shown.description} />

      {club.shown.coaching.text !== '' && (
        <section aria-labelledby="club-coaching">
          <Title order={2} id="club-coaching" mb="xs">
            {t('esports.club.coaching')}
          </Title>
          <ShownContent shown={club.shown.coaching} />
        </section>
      )}

      <section aria-labelledby="club-sessions">
        <Title order={2} id="club-sessions" mb="xs">
          {t('esports.club.sessions')}
        </Title>
        {club.sessions.length === 0 ? (
          <Text>{t('esports.club.noSessions')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {club.sessions.map((session) => (
              <li key={session.id}>
                <Card withBorder padding="sm" data-testid="club-session">
                  <Anchor component={Link} to={`/sessions/${session.id}`} fw={600}>
                    {session.title}
                  </Anchor>
                  <Text>
                    <CityTimes instant={new Date(session.startsAt)} cityIds={allCities} withDate />
                  </Text>
                </Card>
              </li>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="club-games">
        <Title order={2} id="club-games" mb="xs">
          {t('esports.club.games')}
        </Title>
        {club.games.length === 0 ? (
          <Text>{t('esports.club.noGames')}</Text>
        ) : (
          <List>
            {club.games.map((game) => (
              <List.Item key={game}>
                <Anchor component={Link} to={`/esports/games?game=${encodeURIComponent(game)}`}>
                  {gameName(games, game)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <section aria-labelledby="club-teams">
        <Title order={2} id="club-teams" mb="xs">
          {t('esports.club.teams')}
        </Title>
        {club.teams.length === 0 ? (
          <Text>{t('esports.club.noTeams')}</Text>
        ) : (
          <List>
            {club.teams.map((team) => (
              <List.Item key={team.id}>
                {team.name} · {gameName(games, team.gameId)}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      {(club.contact || club.website) && (
        <section aria-labelledby="club-contact">
          <Title order={2} id="club-contact" mb="xs">
            {t('esports.club.contact')}
          </Title>
          {club.contact && <Text>{club.contact}</Text>}
          {club.website && <Anchor href={club.website}>{club.website}</Anchor>}
        </section>
      )}
    </Stack>
  );
}
