import { Anchor, Button, Card, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { calendarDateIn } from '../../../core/time/calendar-date.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { formatLongDay, formatMonth } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { addMonths, isCalendarMonth, monthBounds, monthOf } from './calendar-month.js';
import { AcrossZones, SeatSummary, StatusBadges, useViewerZone } from './session-parts.js';
import { mayPlanSessions, type SessionSummary, sessionsApi } from './sessions-api.js';

/** Sessions month by month, filtered by topic and city, each with every city's local time. */
export default function SessionsPage() {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { partnership, cities } = usePartnership();
  const viewerZone = useViewerZone();
  const [params, setParams] = useSearchParams();
  const requestedMonth = params.get('month');
  const month = isCalendarMonth(requestedMonth) ? requestedMonth : monthOf(new Date(), viewerZone);
  const topic = params.get('topic') ?? '';
  const city = params.get('city') ?? '';
  const [result, setResult] = useState<{ items: SessionSummary[]; total: number }>();
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('sessions.title'));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` counts tries again.
  useEffect(() => {
    let cancelled = false;
    const { from, to } = monthBounds(month, viewerZone);
    setResult(undefined);
    setLoadError(undefined);
    sessionsApi
      .list({ from: from.toISOString(), to: to.toISOString(), topic, city, limit: 200 })
      .then((loaded) => {
        if (!cancelled) setResult(loaded);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error, t('common.loadFailed')));
      });
    return () => {
      cancelled = true;
    };
  }, [month, viewerZone, topic, city, t, attempt]);

  function change(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    setParams(next);
  }

  const days = new Map<string, SessionSummary[]>();
  for (const session of result?.items ?? []) {
    const day = calendarDateIn(new Date(session.startsAt), viewerZone);
    days.set(day, [...(days.get(day) ?? []), session]);
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t('sessions.title')}</Title>
        <Group gap="sm">
          {me && (
            <Button component={Link} to="/sessions/mine" variant="default">
              {t('sessions.mine.title')}
            </Button>
          )}
          {mayPlanSessions(me) && (
            <Button component={Link} to="/sessions/new">
              {t('sessions.new')}
            </Button>
          )}
        </Group>
      </Group>

      <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label={t('sessions.filters')}>
        <NativeSelect
          label={t('sessions.topic')}
          value={topic}
          onChange={(event) => change('topic', event.currentTarget.value)}
          data={[
            { value: '', label: t('sessions.allTopics') },
            ...(partnership?.topics ?? []).map((item) => ({ value: item.id, label: item.label[locale] })),
          ]}
        />
        <NativeSelect
          label={t('sessions.city')}
          value={city}
          onChange={(event) => change('city', event.currentTarget.value)}
          data={[
            { value: '', label: t('sessions.allCities') },
            ...(cities ?? []).map((item) => ({ value: item.id, label: item.name[locale] })),
          ]}
        />
      </Group>

      <nav aria-label={t('sessions.monthNav')}>
        <Group justify="space-between" wrap="nowrap">
          <Button variant="subtle" onClick={() => change('month', addMonths(month, -1))}>
            <span aria-hidden="true">←&nbsp;</span>
            {t('sessions.previousMonth')}
          </Button>
          <Title order={2} size="h3" aria-live="polite" data-testid="month-heading">
            {formatMonth(month, locale)}
          </Title>
          <Button variant="subtle" onClick={() => change('month', addMonths(month, 1))}>
            {t('sessions.nextMonth')}
            <span aria-hidden="true">&nbsp;→</span>
          </Button>
        </Group>
      </nav>

      {loadError ? (
        <LoadFailure message={loadError} onRetry={() => setAttempt((count) => count + 1)} />
      ) : result === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : result.items.length === 0 ? (
        <Text data-testid="no-sessions">{t('sessions.noneThisMonth')}</Text>
      ) : (
        <Stack gap="lg">
          {result.total > result.items.length && (
            <Text size="sm">
              {t('sessions.showingSome', { shown: result.items.length, total: result.total })}
            </Text>
          )}
          {[...days.entries()].map(([day, sessions]) => (
            <section key={day} aria-labelledby={`day-${day}`}>
              <Title order={3} size="h4" id={`day-${day}`} mb="xs">
                {formatLongDay(new Date(sessions[0]?.startsAt ?? day), locale, viewerZone)}
              </Title>
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {sessions.map((session) => (
                  <li key={session.id}>
                    <SessionCard session={session} />
                  </li>
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SessionCard({ session }: { session: SessionSummary }) {
  const { locale } = useI18n();
  const { partnership } = usePartnership();
  const topics = session.topics.map(
    (id) => partnership?.topics.find((topic) => topic.id === id)?.label[locale] ?? id,
  );
  return (
    <Card withBorder padding="md" data-testid={`session-${session.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Anchor
            component={Link}
            to={`/sessions/${session.id}`}
            fw={700}
            fz="lg"
            lang={session.display.language}
          >
            {session.display.title}
          </Anchor>
          <StatusBadges session={session} />
        </Group>
        <Text fw={500}>
          <AcrossZones instant={new Date(session.startsAt)} />
        </Text>
        <SeatSummary session={session} />
        {topics.length > 0 && (
          <Text size="sm" c="dimmed">
            {topics.join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
