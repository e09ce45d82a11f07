import { Badge, Group, Text } from '@mantine/core';
import { browserTimeZone, formatAcrossZones, formatZoneName, type ZonedPlace } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { type SessionSummary, seatsLeft } from './sessions-api.js';

/** The zone times are shown in: the account's, else the browser's. */
export function useViewerZone(): string {
  const { me } = useSession();
  return me?.timeZone ?? browserTimeZone();
}

/** The partnership cities as places with a name in the UI language and a zone. */
export function useCityPlaces(): (ZonedPlace & { id: string })[] {
  const { cities } = usePartnership();
  const { locale } = useI18n();
  return (cities ?? []).map((city) => ({ id: city.id, name: city.name[locale], timeZone: city.timeZone }));
}

/** Names a zone as people say it ("Espoo, paikallinen aika", "오산 시간"), never as an IANA id. */
export function useZoneName(): (timeZone: string) => string {
  const { locale, t } = useI18n();
  const places = useCityPlaces();
  return (timeZone) => formatZoneName(timeZone, locale, places, (city) => t('common.cityTime', { city }));
}

/**
 * An instant in the viewer's zone and in every city's: "Tue 10:00 Espoo · 17:00 Osan". The viewer's
 * own time comes first, labelled, when the viewer is in none of the cities' zones.
 */
export function AcrossZones({ instant, testId }: { instant: Date; testId?: string }) {
  const { locale, t } = useI18n();
  const places = useCityPlaces();
  const viewerZone = useViewerZone();
  return (
    <time dateTime={instant.toISOString()} data-testid={testId} className="across-zones">
      {formatAcrossZones(instant, locale, places, { timeZone: viewerZone, label: t('common.yourTime') })}
    </time>
  );
}

/** Seats per city: "Espoo 3/5 · Osan 5/5, 2 waiting". */
export function SeatSummary({ session }: { session: SessionSummary }) {
  const { t } = useI18n();
  const places = useCityPlaces();
  const parts = places.flatMap((place) => {
    const seats = session.seats[place.id];
    if (seats === undefined || seats.total === 0) return [];
    const values = {
      city: place.name,
      confirmed: seats.confirmed,
      total: seats.total,
      waiting: seats.waiting,
    };
    return [t(seats.waiting > 0 ? 'sessions.seatsWithWaiting' : 'sessions.seatsInCity', values)];
  });
  return (
    <Text size="sm" data-testid="seat-summary">
      {parts.length === 0 ? t('sessions.noSeats') : parts.join(' · ')}
    </Text>
  );
}

/**
 * Badges for what a reader must notice first: cancelled, draft, and whether the reader's city (or,
 * signed out, every city) is full, with or without a waiting list, unless the reader has a seat.
 */
export function StatusBadges({ session, hasSeat = false }: { session: SessionSummary; hasSeat?: boolean }) {
  const { t } = useI18n();
  const { me } = useSession();
  const cities = me
    ? [me.cityId]
    : Object.keys(session.seats).filter((id) => (session.seats[id]?.total ?? 0) > 0);
  const full = cities.length > 0 && cities.every((id) => seatsLeft(session, id) === 0);
  const badges: { key: string; label: string; color: string }[] = [];
  if (session.status === 'cancelled')
    badges.push({ key: 'cancelled', label: t('sessions.status.cancelled'), color: 'red' });
  if (session.status === 'draft')
    badges.push({ key: 'draft', label: t('sessions.status.draft'), color: 'gray' });
  // Someone who has a seat is not helped by "full": the seats are taken, one of them by them.
  if (session.status !== 'cancelled' && full && !hasSeat) {
    badges.push(
      session.waitlist
        ? { key: 'waitlist', label: t('sessions.badge.waitlist'), color: 'orange' }
        : { key: 'full', label: t('sessions.badge.full'), color: 'orange' },
    );
  }
  badges.push({ key: 'mode', label: t(`sessions.mode.${session.mode}`), color: 'blue' });
  return (
    <Group gap={6}>
      {badges.map((badge) => (
        <Badge
          key={badge.key}
          variant="light"
          color={badge.color}
          // Shade 9 of orange and gray falls below 4.5:1 on their light tint; dark text does not.
          c={badge.color === 'red' || badge.color === 'blue' ? `${badge.color}.9` : 'dark.8'}
          tt="none"
          data-testid={`badge-${badge.key}`}
        >
          {badge.label}
        </Badge>
      ))}
    </Group>
  );
}
