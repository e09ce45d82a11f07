import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { esportsApi, hostableCities, type Tournament } from './esports-api.js';
import { gameName, useCityName, useGames } from './esports-parts.js';

const statusOrder: Tournament['status'][] = ['running', 'registration', 'completed'];

/**
 * Tournaments by status: running first, then open for entries, then finished; organizers start a
 * new one from here. Loaded again when the language changes, so server text follows the viewer.
 */
export default function TournamentsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { cities } = usePartnership();
  const organizer =
    hostableCities(
      me,
      (cities ?? []).map((city) => city.id),
    ).length > 0;
  const { value: tournaments, error: loadError, retry } = usePageLoad(() => esportsApi.tournaments(), []);
  usePageTitle(t('esports.tournaments.title'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/esports">
        <span aria-hidden="true">←&nbsp;</span>
        {t('esports.backToDirectory')}
      </Anchor>
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1}>{t('esports.tournaments.title')}</Title>
        {organizer && (
          <Button component={Link} to="/esports/tournaments/new">
            {t('esports.newTournament.title')}
          </Button>
        )}
      </Group>
      {loadError ? (
        <LoadFailure message={loadError} onRetry={retry} />
      ) : tournaments === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : tournaments.length === 0 ? (
        <Text>{t('esports.tournaments.none')}</Text>
      ) : (
        statusOrder.map((status) => {
          const some = tournaments.filter((tournament) => tournament.status === status);
          if (some.length === 0) return null;
          return (
            <section key={status} aria-labelledby={`tournaments-${status}`}>
              <Title order={2} id={`tournaments-${status}`} mb="xs">
                {t(`esports.tournaments.group.${status}`)}
              </Title>
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {some.map((tournament) => (
                  <li key={tournament.id}>
                    <TournamentCard tournament={tournament} />
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

function TournamentCard({ tournament }: { tournament: Tournament }) {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const games = useGames();
  const cityName = useCityName();
  const zone = me?.timeZone ?? browserTimeZone();
  const when = tournament.completedAt ?? tournament.startedAt;
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/esports/tournaments/${tournament.id}`} fw={700} fz="lg">
            {tournament.name}
          </Anchor>
          <Badge variant="light" color="blue" c="blue.9" tt="none">
            {t(`esports.format.${tournament.format}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('esports.tournament.facts', {
            game: gameName(games, tournament.game),
            entrants: tournament.entrantCount,
            bestOf: tournament.bestOf,
            city: cityName(tournament.hostCityId),
          })}
        </Text>
        {when && (
          <Text size="sm" c="gray.8">
            {t(tournament.completedAt ? 'esports.tournament.completedAt' : 'esports.tournament.startedAt', {
              time: formatDateTime(new Date(when), locale, zone),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
