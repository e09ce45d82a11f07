import { isoWithOffset } from '../../../core/time/zoned-time.js';
import { parseTranslatable, writtenTexts } from '../../platform/content/translatable.js';
import type { SessionRecord } from './sessions.repository.js';
import type { EventFeed, EventFeedTerms, FeedEvent } from './sessions.schema.js';

/**
 * The namespace of the feed's terms that schema.org has no word for. It sits under the
 * installation's own address because each installation answers for what it publishes.
 *
 * @example
 * eventFeedNamespace('https://silta.espoo.fi') // 'https://silta.espoo.fi/api/events/vocab#'
 */
export function eventFeedNamespace(publicUrl: string): string {
  return `${publicUrl}/api/events/vocab#`;
}

/**
 * The feed's additions to schema.org's context. schema.org's own context has `@vocab` and no
 * language containers, so without these a processor reads `{"fi": …, "en": …}` as a node with
 * properties schema:fi and schema:en and loses every title. `schema:` is schema.org's prefix
 * (http://schema.org/ in its context); the dates are date-times with an offset, not the plain
 * `Date` schema.org's context declares for them; the enumerations are IRIs, not strings.
 */
export function eventFeedTerms(publicUrl: string): EventFeedTerms {
  const dateTime = { '@type': 'schema:DateTime' };
  return {
    silta: eventFeedNamespace(publicUrl),
    name: { '@id': 'schema:name', '@container': '@language' },
    description: { '@id': 'schema:description', '@container': '@language' },
    startDate: { '@id': 'schema:startDate', ...dateTime },
    endDate: { '@id': 'schema:endDate', ...dateTime },
    dateModified: { '@id': 'schema:dateModified', ...dateTime },
    eventStatus: { '@id': 'schema:eventStatus', '@type': '@id' },
    eventAttendanceMode: { '@id': 'schema:eventAttendanceMode', '@type': '@id' },
  };
}

/**
 * Public sessions as schema.org Events, Linked Events style: title and description as language
 * maps, local start and end with offset, the IANA zone (`silta:timeZone`), attendance mode and
 * capacity.
 */
export function eventFeed(
  records: readonly SessionRecord[],
  options: {
    publicUrl: string;
    link: (session: SessionRecord['session']) => string;
    organizerName: Record<string, string>;
  },
): EventFeed {
  return {
    '@context': ['https://schema.org', eventFeedTerms(options.publicUrl)],
    '@graph': records.map((record) => feedEvent(record, options)),
  };
}

function feedEvent(
  record: SessionRecord,
  {
    link,
    organizerName,
  }: { link: (session: SessionRecord['session']) => string; organizerName: Record<string, string> },
): FeedEvent {
  const { session } = record;
  const title = writtenTexts(parseTranslatable(session.title));
  const remaining = record.cities.reduce(
    (sum, city) => sum + Math.max(0, Number(city.seats) - Number(city.confirmed)),
    0,
  );
  const page = link(session);
  const virtual = { '@type': 'VirtualLocation' as const, url: page };
  const places = record.cities.flatMap((city) =>
    city.venue === null ? [] : [{ '@type': 'Place' as const, name: city.venue, address: city.city_id }],
  );
  return {
    '@type': 'Event',
    '@id': page,
    identifier: session.id,
    url: page,
    name: title,
    description: writtenTexts(parseTranslatable(session.description)),
    inLanguage: Object.keys(title),
    startDate: isoWithOffset(new Date(session.starts_at), session.anchor_time_zone),
    endDate: isoWithOffset(new Date(session.ends_at), session.anchor_time_zone),
    'silta:timeZone': session.anchor_time_zone,
    duration: `PT${Number(session.duration_minutes)}M`,
    eventStatus:
      session.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : Number(session.sequence) > 0
          ? 'https://schema.org/EventRescheduled'
          : 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      session.mode === 'online'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : session.mode === 'hybrid'
          ? 'https://schema.org/MixedEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: session.mode === 'online' ? virtual : session.mode === 'hybrid' ? [virtual, ...places] : places,
    remainingAttendeeCapacity: remaining,
    maximumAttendeeCapacity: record.cities.reduce((sum, city) => sum + Number(city.seats), 0),
    audience: { '@type': 'Audience', audienceType: session.audience },
    keywords: record.topics,
    organizer: { '@type': 'Organization', name: organizerName },
    dateModified: session.updated_at,
  };
}
