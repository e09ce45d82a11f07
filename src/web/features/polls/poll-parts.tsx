import { Stack, Text } from '@mantine/core';
import { calendarDateIn } from '../../../core/time/calendar-date.js';
import { formatLongDay, formatShortDay, formatTime, formatTimeRange } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCityPlaces, useViewerZone } from '../sessions/session-parts.js';
import type { PollAnswer } from './polls-api.js';

/** Yes, if need be and no look different without colour too: a mark as well as a tint. */
export const answerLook: Record<PollAnswer, { mark: string; background: string; color: string }> = {
  // Mantine's darkest green (shade 9) is 3.8:1 on its own light tint; this green keeps 5.7:1.
  yes: { mark: '✓', background: 'var(--mantine-color-green-1)', color: '#1e6b30' },
  if_need_be: {
    mark: '(✓)',
    background: 'var(--mantine-color-yellow-1)',
    color: 'var(--mantine-color-dark-8)',
  },
  no: { mark: '✗', background: 'var(--mantine-color-gray-1)', color: 'var(--mantine-color-dark-8)' },
};

/**
 * A candidate time: the day and time in the viewer's zone, then every city's time, with the city's
 * own day where it differs ("Osan 01.00–02.00, su 27.12.").
 */
export function OptionWhen({
  startsAt,
  durationMinutes,
  testId,
}: {
  startsAt: string;
  durationMinutes: number;
  testId?: string;
}) {
  const { locale, t } = useI18n();
  const viewerZone = useViewerZone();
  const places = useCityPlaces();
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const viewerDay = calendarDateIn(start, viewerZone);
  const viewerInCity = places.some((place) => place.timeZone === viewerZone);
  return (
    <Stack gap={0} data-testid={testId}>
      <Text fw={700}>
        <time dateTime={startsAt}>{formatLongDay(start, locale, viewerZone)}</time>
      </Text>
      {!viewerInCity && (
        <Text data-testid={testId === undefined ? undefined : `${testId}-viewer`}>
          {formatTimeRange(start, end, locale, viewerZone)} {t('common.yourTime')}
        </Text>
      )}
      <Text className="across-zones">
        {places.map((place, index) => {
          const otherDay = calendarDateIn(start, place.timeZone) !== viewerDay;
          return (
            <span key={place.id} data-testid={testId === undefined ? undefined : `${testId}-${place.id}`}>
              {index > 0 && ' · '}
              {place.name} {formatTimeRange(start, end, locale, place.timeZone)}
              {otherDay && `, ${formatShortDay(start, locale, place.timeZone)}`}
            </span>
          );
        })}
      </Text>
    </Stack>
  );
}

/** A short label of a candidate time in the viewer's zone, for a column heading: "ti 13.1. 10.00". */
export function useShortOptionLabel(): (startsAt: string) => string {
  const { locale } = useI18n();
  const viewerZone = useViewerZone();
  return (startsAt) => {
    const start = new Date(startsAt);
    return `${formatShortDay(start, locale, viewerZone)} ${formatTime(start, locale, viewerZone)}`;
  };
}
