import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { ageOn } from '../../../core/people/age.js';
import { usePageTitle } from '../../app/page-title.js';
import { useNow } from '../../app/use-now.js';
import {
  browserTimeZone,
  countryName,
  formatDate,
  formatDateRange,
  formatList,
  formatTime,
  formatUtcOffset,
  hoursAhead,
  languageName,
  todayIn,
} from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import type { City } from './partnership-api.js';
import { usePartnership } from './partnership-context.js';

/** The partnership at a glance: its cities and their clocks, its term and its shared topics. */
export function HomePage() {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { partnership, cities, failed, reload } = usePartnership();
  const now = useNow();
  usePageTitle(partnership?.name[locale] ?? t('nav.home'));

  if (failed) {
    return (
      <Alert color="red" title={t('common.loadFailed')}>
        <Button mt="sm" onClick={reload}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (partnership === undefined || cities === undefined)
    return <Loader role="status" aria-label={t('common.loading')} />;

  const today = todayIn(me?.timeZone ?? browserTimeZone(), now);
  const elapsed = Math.max(0, ageOn(partnership.startDate, today));
  const reference = cities[0];

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{partnership.name[locale]}</Title>
        <Text size="lg">{t('home.intro')}</Text>
      </Stack>

      <section aria-labelledby="cities-heading">
        <Title order={2} id="cities-heading" mb="md">
          {t('home.citiesHeading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: Math.min(cities.length, 3) }} spacing="md">
          {cities.map((city) => (
            <CityCard key={city.id} city={city} now={now} />
          ))}
        </SimpleGrid>
        {reference !== undefined && cities.length > 1 && (
          <Stack gap={4} mt="md" data-testid="time-difference">
            <Title order={3} size="h4">
              {t('home.differenceHeading')}
            </Title>
            {cities.slice(1).map((city) => {
              const hours = hoursAhead(now, reference.timeZone, city.timeZone);
              const names = { city: city.name[locale], reference: reference.name[locale] };
              return (
                <Text key={city.id}>
                  {hours === 0
                    ? t('home.sameTime', names)
                    : t(hours > 0 ? 'home.ahead' : 'home.behind', { ...names, hours: Math.abs(hours) })}
                </Text>
              );
            })}
            <Text size="sm" c="dimmed">
              {t('home.differenceChanges')}
            </Text>
          </Stack>
        )}
      </section>

      <section aria-labelledby="term-heading">
        <Title order={2} id="term-heading" mb="xs">
          {t('home.termHeading')}
        </Title>
        <Text>
          {t('home.termLength', {
            years: partnership.termYears,
            range: formatDateRange(partnership.startDate, partnership.endDate, locale),
          })}
        </Text>
        <Text>
          {today < partnership.startDate
            ? t('home.termNotStarted', { date: formatDate(partnership.startDate, locale) })
            : today >= partnership.endDate
              ? t('home.termEnded', { date: formatDate(partnership.endDate, locale) })
              : t('home.termElapsed', { elapsed, total: partnership.termYears })}
        </Text>
        <Text>
          {t('home.workingLanguages', {
            languages: formatList(
              partnership.workingLanguages.map((code) => languageName(code, locale)),
              locale,
            ),
          })}
        </Text>
      </section>

      <section aria-labelledby="topics-heading">
        <Title order={2} id="topics-heading" mb="md">
          {t('home.topicsHeading')}
        </Title>
        <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {partnership.topics.map((topic) => (
            <li key={topic.id}>
              <Badge size="lg" variant="light" color="blue" c="blue.9" tt="none">
                {topic.label[locale]}
              </Badge>
            </li>
          ))}
        </Group>
      </section>
    </Stack>
  );
}

function CityCard({ city, now }: { city: City; now: Date }) {
  const { locale, t } = useI18n();
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={`city-${city.id}`}>
      <Title order={3} id={`city-${city.id}`} mb="xs">
        {city.name[locale]}
      </Title>
      <List listStyleType="none" spacing={4}>
        <List.Item>
          {t('home.localTime')}:{' '}
          <Text span fw={700} fz="xl" data-testid={`local-time-${city.id}`}>
            <time dateTime={now.toISOString()}>{formatTime(now, locale, city.timeZone)}</time>
          </Text>
        </List.Item>
        <List.Item>
          {t('home.country')}: {countryName(city.country, locale)}
        </List.Item>
        <List.Item>
          {t('home.timeZone')}: {formatUtcOffset(now, city.timeZone)}
        </List.Item>
        <List.Item>
          {t('home.languages')}:{' '}
          {formatList(
            city.languages.map((code) => languageName(code, locale)),
            locale,
          )}
        </List.Item>
      </List>
    </Card>
  );
}
