import { createHash, randomBytes } from 'node:crypto';
import { defaultLocale, isLocale, type Locale } from '../../../core/i18n/locales.js';
import { addDays, isCalendarDate, isTimeZone } from '../../../core/time/calendar-date.js';
import { isHolidayCountry } from '../../../core/time/holidays.js';
import type { Audience, AudienceChoice, SchedulingCity } from '../../../core/time/sensible-hours.js';
import { burdenOf } from '../../../core/time/series-burden.js';
import { seriesOccurrences, type WeeklySeries } from '../../../core/time/series-shifts.js';
import { findSlots, type SeriesBurden, type SlotReason } from '../../../core/time/slot-finder.js';
import { isoWithOffset, zonedParts } from '../../../core/time/zoned-time.js';
import type { Actor } from '../../platform/auth/actor.js';
import { hashToken, newId, newToken } from '../../platform/auth/tokens.js';
import { buildCalendar, buildSeriesCalendar, type CalendarEvent } from '../../platform/calendar/ics.js';
import type { Clock } from '../../platform/clock.js';
import {
  createTranslatable,
  editTranslatable,
  parseTranslatable,
  readIn,
  writtenTexts,
} from '../../platform/content/translatable.js';
import { AppError } from '../../platform/errors/app-error.js';
import { formatInstant, formatInZones } from '../../platform/i18n/format-date.js';
import { type ServerMessageKey, t } from '../../platform/i18n/messages.js';
import type { OutgoingMail } from '../../platform/mail/outbox.js';
import type { City } from '../partnership/partnership.schema.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import { citiesManagedBy, mayManageSession } from './sessions.policy.js';
import type { Recipient, SessionRecord, SessionRow, SessionsRepository } from './sessions.repository.js';
import type {
  EventFeed,
  EventsQuery,
  RegistrationOutcome,
  Series,
  SeriesBody,
  Session,
  SessionBody,
  SessionList,
  SessionListQuery,
  SessionPatch,
  SessionSummary,
  SuggestBody,
  Suggestions,
} from './sessions.schema.js';
import { eventFeed } from './sessions-events.service.js';

/** The video link opens this long before the start. */
export const joinOpensMs = 15 * 60_000;
const maxDurationMinutes = 24 * 60;
const maxSeats = 10_000;

export type { Actor } from '../../platform/auth/actor.js';

export interface SessionsDeps {
  repo: SessionsRepository;
  partnership: PartnershipService;
  clock: Clock;
  publicUrl: string;
  videoBaseUrl: string;
}

type MailKind =
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'changed'
  | 'cancelled'
  | 'reminder24'
  | 'reminder1'
  | 'dstShift';

/** A series' move in a city's local time is told this long before the moved occurrence. */
const dstNoticeMs = 8 * 24 * 3600_000;

/**
 * How long a listing that is the same for every reader is reused. Changes made through this
 * instance replace it at once; this bounds how long a change made by another instance (several app
 * instances on one PostgreSQL) can go unseen in listings. Session pages and registration answers are
 * always read fresh.
 */
export const sharedListTtlMs = 1000;
const sharedListLimit = 500;

/** A listing ready to send: its JSON as bytes and a strong entity tag of them. */
export interface ListPage {
  body: Buffer;
  etag: string;
}

/**
 * Remote and hybrid sessions: per-city seats with waiting lists, calendar invitations, reminders and
 * the video link. Every time is stored as a UTC instant plus the IANA zone it is anchored in.
 */
export function createSessionsService({
  repo: store,
  partnership,
  clock,
  publicUrl,
  videoBaseUrl,
}: SessionsDeps) {
  // Listings that are the same for every reader (no drafts in them), by language and query, kept as
  // the bytes that are sent. Each write to sessions or registrations through this service bumps the
  // generation and drops them; a page built while a write ran is used once and not kept.
  const sharedPages = new Map<string, { expires: number; page: Promise<ListPage> }>();
  let generation = 0;
  function invalidating<A extends unknown[], R>(write: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      try {
        return await write(...args);
      } finally {
        generation += 1;
        sharedPages.clear();
      }
    };
  }
  const repo: SessionsRepository = {
    ...store,
    insert: invalidating(store.insert),
    update: invalidating(store.update),
    register: invalidating(store.register),
    leave: invalidating(store.leave),
  };

  function sharedPage(query: SessionListQuery, locale: Locale): Promise<ListPage> {
    const key = [locale, query.from, query.to, query.topic, query.city, query.limit, query.offset].join('|');
    const now = clock.now().getTime();
    const cached = sharedPages.get(key);
    if (cached !== undefined && cached.expires > now) return cached.page;
    const startedAt = generation;
    const page = service.listFresh(query, null, locale).then(listPage);
    const entry = { expires: now + sharedListTtlMs, page };
    if (sharedPages.size >= sharedListLimit) sharedPages.clear();
    sharedPages.set(key, entry);
    const forget = () => {
      if (sharedPages.get(key) === entry) sharedPages.delete(key);
    };
    page.then(() => {
      if (generation !== startedAt) forget();
    }, forget);
    return page;
  }

  function parseInstant(value: string): Date {
    // An instant must say its offset: a floating local time is never accepted.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      throw new AppError('INVALID_START');
    }
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) throw new AppError('INVALID_START');
    return instant;
  }

  function checkDuration(minutes: number): void {
    if (!Number.isInteger(minutes) || minutes <= 0 || minutes > maxDurationMinutes) {
      throw new AppError('INVALID_DURATION');
    }
  }

  async function checkSeats(seats: Record<string, number>): Promise<void> {
    for (const [cityId, count] of Object.entries(seats)) {
      if ((await partnership.findCity(cityId)) === undefined) throw new AppError('UNKNOWN_CITY');
      if (!Number.isInteger(count) || count < 0 || count > maxSeats) throw new AppError('INVALID_SEATS');
    }
  }

  async function checkTopics(topics: string[]): Promise<string[]> {
    const known = new Set((await partnership.getPartnership())?.topics.map((topic) => topic.id) ?? []);
    const unique = [...new Set(topics)];
    if (unique.some((topic) => !known.has(topic))) throw new AppError('UNKNOWN_TOPIC');
    return unique;
  }

  function checkVideoUrl(url: string | null | undefined): string | null {
    if (url === undefined || url === null || url.trim() === '') return null;
    try {
      const parsed = new URL(url.trim());
      if (parsed.protocol !== 'https:') throw new Error('https only');
      return parsed.toString();
    } catch {
      throw new AppError('VALIDATION_FAILED', { field: 'videoUrl' });
    }
  }

  function sessionCityIds(record: SessionRecord): string[] {
    return [
      ...new Set([
        ...(record.session.host_city_id === null ? [] : [record.session.host_city_id]),
        ...record.cities.map((c) => c.city_id),
      ]),
    ];
  }

  async function toSession(record: SessionRecord, locale: Locale): Promise<Session> {
    const { session } = record;
    const summary = toSummary(record, locale, await partnership.listCities());
    const description = parseTranslatable(session.description);
    return {
      ...summary,
      description: writtenTexts(description),
      display: { ...summary.display, description: readIn(description, locale).text },
      durationMinutes: Number(session.duration_minutes),
      venues: Object.fromEntries(
        record.cities.flatMap((c) => (c.venue === null ? [] : [[c.city_id, c.venue]])),
      ),
      seriesId: session.series_id ?? null,
      updatedAt: session.updated_at,
    };
  }

  /** `restrictedTo`: see "Restricted sessions" at the end; without it a restricted session does not exist. */
  async function recordOrFail(
    id: string,
    viewer: Actor | null,
    restrictedTo?: string,
  ): Promise<SessionRecord> {
    const record = await repo.find(id);
    if (record === undefined || !opensTo(record.session, restrictedTo))
      throw new AppError('SESSION_NOT_FOUND');
    if (
      record.session.status === 'draft' &&
      (viewer === null || !mayManageSession(viewer.roles, sessionCityIds(record)))
    ) {
      throw new AppError('SESSION_NOT_FOUND');
    }
    return record;
  }

  /**
   * Who carried the early or late hour at each scheduled occurrence of a series, oldest first, measured
   * against the audience and cities a new time is being found for.
   */
  async function seriesBurdens(
    seriesId: string,
    audience: SuggestBody['audience'],
    cities: SchedulingCity[],
  ): Promise<SeriesBurden[]> {
    const records = await repo.seriesSessions(seriesId);
    if (records.length === 0) throw new AppError('SESSION_NOT_FOUND');
    return records
      .filter((record) => record.session.status === 'published')
      .map((record) =>
        burdenOf(
          {
            start: new Date(record.session.starts_at),
            durationMinutes: Number(record.session.duration_minutes),
          },
          audience as AudienceChoice,
          cities,
        ),
      );
  }

  function manageableOrFail(record: SessionRecord, actor: Actor): void {
    if (!mayManageSession(actor.roles, sessionCityIds(record))) throw new AppError('FORBIDDEN');
  }

  // Owners of restricted sessions register their page here (see "Restricted sessions" at the end).
  const restrictedPages = new Map<string, RestrictedPage>();

  /**
   * Where people read a session, as a web path: its own page, or the page its owner registered for
   * the space it is restricted to (its own page answers 404 there).
   */
  function sessionPath(session: { id: string; restricted_to?: string | null }): string {
    const tag = parseRestriction(session.restricted_to);
    return (tag && restrictedPages.get(tag.kind)?.(tag.ownerId)) ?? `/sessions/${session.id}`;
  }

  function sessionLink(session: { id: string; restricted_to?: string | null }): string {
    return `${publicUrl}${sessionPath(session)}`;
  }

  function localeOf(recipient: Recipient): Locale {
    return isLocale(recipient.locale) ? recipient.locale : defaultLocale;
  }

  function calendarEvent(session: SessionRow, locale: Locale): CalendarEvent {
    const title = readIn(parseTranslatable(session.title), locale).text;
    const description = readIn(parseTranslatable(session.description), locale).text;
    return {
      uid: `${session.id}@silta`,
      sequence: Number(session.sequence),
      stamp: new Date(session.updated_at),
      start: new Date(session.starts_at),
      end: new Date(session.ends_at),
      summary: title,
      description: `${description}\n\n${sessionLink(session)}`.trim(),
      url: sessionLink(session),
      cancelled: session.status === 'cancelled',
    };
  }

  interface MailContext {
    cities: City[];
    partnershipName: Partial<Record<Locale, string>>;
  }

  /** What every session e-mail needs besides the session and the recipient; read once per action. */
  async function mailContext(): Promise<MailContext> {
    const found = await partnership.getPartnership();
    return { cities: await partnership.listCities(), partnershipName: found?.name ?? {} };
  }

  /** Builds a session e-mail in the recipient's language and zone (synchronous: usable in a transaction). */
  function sessionMail(
    context: MailContext,
    kind: MailKind,
    session: SessionRow,
    to: Recipient,
    values: Record<string, string | number> = {},
  ): OutgoingMail {
    const locale = localeOf(to);
    const title = readIn(parseTranslatable(session.title), locale).text;
    const starts = new Date(session.starts_at);
    const when = t(locale, 'mail.session.when', {
      yourTime: formatInstant(
        starts,
        locale,
        isTimeZone(to.timeZone) ? to.timeZone : session.anchor_time_zone,
      ),
      cityTimes: formatInZones(
        starts,
        locale,
        context.cities.map((city) => ({ label: city.name[locale], timeZone: city.timeZone })),
      ),
    });
    const text = [
      t(locale, 'mail.greeting', { name: to.displayName }),
      '',
      t(locale, `mail.session.${kind}.body` as ServerMessageKey, {
        title,
        when,
        link: sessionLink(session),
        ...values,
      }),
      '',
      t(locale, 'mail.signature', { partnership: context.partnershipName[locale] ?? 'Silta' }),
    ].join('\n');
    const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const withInvitation =
      kind === 'confirmed' || kind === 'promoted' || kind === 'changed' || kind === 'cancelled';
    return {
      to: to.email,
      subject: t(locale, `mail.session.${kind}.subject` as ServerMessageKey, { title }),
      text,
      ...(withInvitation
        ? {
            attachments: [
              {
                filename: 'invite.ics',
                contentType: `text/calendar; charset=utf-8; method=${method}`,
                content: buildCalendar([calendarEvent(session, locale)], { method }),
              },
            ],
          }
        : {}),
    };
  }

  const service = {
    /**
     * Where e-mails, calendars and "my sessions" send people for a session restricted to
     * `<kind>:<ownerId>`: the owning module registers its kind once, when it is built. Registering
     * the same page again is harmless; another page for a kind already taken is a wiring mistake.
     *
     * @example
     * sessions.restrictedPages.register('youth_circle', (circleId) => `/youth/circles/${circleId}`);
     */
    restrictedPages: {
      register(kind: string, page: RestrictedPage): void {
        const known = restrictedPages.get(kind);
        if (!/^[a-z][a-z0-9_]*$/.test(kind) || (known !== undefined && known !== page))
          throw new Error(`restricted session kind ${kind} cannot be registered`);
        restrictedPages.set(kind, page);
      },
    },

    async create(
      actor: Actor,
      body: SessionBody,
      locale: Locale,
      seriesId: string | null = null,
      restrictedTo: string | null = null,
    ): Promise<Session> {
      if (!isTimeZone(body.anchorTimeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
      const startsAt = parseInstant(body.startsAt);
      if (startsAt.getTime() <= clock.now().getTime()) throw new AppError('START_IN_PAST');
      checkDuration(body.durationMinutes);
      await checkSeats(body.seats);
      const topics = await checkTopics(body.topics ?? []);
      const managed = citiesManagedBy(actor.roles);
      const hostCityId = body.hostCityId ?? managed?.[0] ?? actor.cityId;
      if ((await partnership.findCity(hostCityId)) === undefined) throw new AppError('UNKNOWN_CITY');
      if (managed !== undefined && !managed.includes(hostCityId)) throw new AppError('FORBIDDEN');
      const title = createTranslatable(body.title, body.originalLanguage, 'title', { maxLength: 200 });
      const description = createTranslatable(body.description ?? {}, body.originalLanguage, 'description', {
        required: false,
      });
      const now = clock.now().toISOString();
      const id = newId();
      await repo.insert(
        {
          id,
          series_id: seriesId,
          restricted_to: restrictedTo,
          title: JSON.stringify(title),
          description: JSON.stringify(description),
          original_language: body.originalLanguage,
          starts_at: startsAt.toISOString(),
          ends_at: new Date(startsAt.getTime() + body.durationMinutes * 60_000).toISOString(),
          duration_minutes: body.durationMinutes,
          anchor_time_zone: body.anchorTimeZone,
          mode: body.mode,
          audience: body.audience,
          host_city_id: hostCityId,
          status: body.status ?? 'published',
          sequence: 0,
          waitlist: body.waitlist === false ? 0 : 1,
          video_room: randomBytes(16).toString('hex'),
          video_url: checkVideoUrl(body.videoUrl),
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        },
        Object.entries(body.seats).map(([cityId, seats]) => ({
          city_id: cityId,
          seats,
          confirmed: 0,
          next_position: 0,
          venue: body.venues?.[cityId]?.trim() || null,
        })),
        topics,
      );
      return this.get(id, actor, locale, restrictedTo ?? undefined);
    },

    /** Checks a session body as `create` would, without saving anything (for polls' templates). */
    async validateTemplate(actor: Actor, body: SessionBody): Promise<void> {
      if (!isTimeZone(body.anchorTimeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
      checkDuration(body.durationMinutes);
      await checkSeats(body.seats);
      await checkTopics(body.topics ?? []);
      const managed = citiesManagedBy(actor.roles);
      const hostCityId = body.hostCityId ?? managed?.[0] ?? actor.cityId;
      if ((await partnership.findCity(hostCityId)) === undefined) throw new AppError('UNKNOWN_CITY');
      if (managed !== undefined && !managed.includes(hostCityId)) throw new AppError('FORBIDDEN');
      createTranslatable(body.title, body.originalLanguage, 'title', { maxLength: 200 });
      checkVideoUrl(body.videoUrl);
    },

    async get(id: string, viewer: Actor | null, locale: Locale, restrictedTo?: string): Promise<Session> {
      return toSession(await recordOrFail(id, viewer, restrictedTo), locale);
    },

    /**
     * Published sessions for a listing, as summaries (the session page has the rest). Staff also see
     * the drafts of their cities.
     */
    async list(query: SessionListQuery, viewer: Actor | null, locale: Locale): Promise<SessionList> {
      return this.listFresh(query, viewer, locale);
    },

    /**
     * The listing as the bytes to send and their entity tag. A listing without drafts is the same for
     * every reader, so its bytes are kept and reused (see `sharedListTtlMs`); a staff member's listing
     * with their drafts is built for them.
     */
    async listPage(query: SessionListQuery, viewer: Actor | null, locale: Locale): Promise<ListPage> {
      const managed = viewer === null ? [] : citiesManagedBy(viewer.roles);
      if (managed !== undefined && managed.length === 0) return sharedPage(query, locale);
      return listPage(await this.listFresh(query, viewer, locale));
    },

    async listFresh(query: SessionListQuery, viewer: Actor | null, locale: Locale): Promise<SessionList> {
      const from = query.from === undefined ? undefined : boundary(query.from, 'start');
      const to = query.to === undefined ? undefined : boundary(query.to, 'end');
      if (from !== undefined && to !== undefined && from >= to) throw new AppError('INVALID_DATE_RANGE');
      const managed = viewer === null ? [] : citiesManagedBy(viewer.roles);
      const canSeeDrafts = managed === undefined;
      const { records, total } = await repo.list({
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(query.topic === undefined ? {} : { topic: query.topic }),
        ...(query.city === undefined ? {} : { cityId: query.city }),
        statuses: canSeeDrafts ? ['draft', 'published', 'cancelled'] : ['published', 'cancelled'],
        ...(managed !== undefined && managed.length > 0 ? { draftsOfCities: managed } : {}),
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      });
      const cities = await partnership.listCities();
      return { items: records.map((record) => toSummary(record, locale, cities)), total };
    },

    async update(id: string, actor: Actor, patch: SessionPatch, locale: Locale): Promise<Session> {
      const record = await recordOrFail(id, actor);
      manageableOrFail(record, actor);
      const { session } = record;
      if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
      const changes: Partial<SessionRow> = {};
      let material = false;
      if (patch.anchorTimeZone !== undefined) {
        if (!isTimeZone(patch.anchorTimeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
        changes.anchor_time_zone = patch.anchorTimeZone;
      }
      let startsAt = new Date(session.starts_at);
      if (patch.startsAt !== undefined) {
        const next = parseInstant(patch.startsAt);
        if (next.getTime() !== startsAt.getTime()) {
          if (next.getTime() <= clock.now().getTime()) throw new AppError('START_IN_PAST');
          startsAt = next;
          material = true;
        }
      }
      let duration = Number(session.duration_minutes);
      if (patch.durationMinutes !== undefined && patch.durationMinutes !== duration) {
        checkDuration(patch.durationMinutes);
        duration = patch.durationMinutes;
        material = true;
      }
      changes.starts_at = startsAt.toISOString();
      changes.ends_at = new Date(startsAt.getTime() + duration * 60_000).toISOString();
      changes.duration_minutes = duration;
      if (patch.title !== undefined) {
        changes.title = JSON.stringify(
          editTranslatable(parseTranslatable(session.title), patch.title, 'title'),
        );
        material ||= changes.title !== session.title;
      }
      if (patch.description !== undefined) {
        changes.description = JSON.stringify(
          editTranslatable(parseTranslatable(session.description), patch.description, 'description'),
        );
        material ||= changes.description !== session.description;
      }
      if (patch.mode !== undefined && patch.mode !== session.mode) {
        changes.mode = patch.mode;
        material = true;
      }
      if (patch.audience !== undefined) changes.audience = patch.audience;
      if (patch.waitlist !== undefined) changes.waitlist = patch.waitlist ? 1 : 0;
      if (patch.videoUrl !== undefined) {
        changes.video_url = checkVideoUrl(patch.videoUrl);
        material ||= changes.video_url !== session.video_url;
      }
      if (patch.status !== undefined) changes.status = patch.status;
      if (patch.seats !== undefined) await checkSeats(patch.seats);
      if (patch.venues !== undefined) {
        material ||= Object.entries(patch.venues).some(
          ([cityId, venue]) =>
            (record.cities.find((c) => c.city_id === cityId)?.venue ?? '') !== venue.trim(),
        );
      }
      const topics = patch.topics === undefined ? undefined : await checkTopics(patch.topics);
      // RFC 5545: SEQUENCE grows with every change that matters to an attendee.
      if (material) changes.sequence = Number(session.sequence) + 1;
      changes.updated_at = clock.now().toISOString();

      const updated: SessionRow = { ...session, ...changes };
      const context = await mailContext();
      await repo.update(id, changes, {
        ...(patch.seats === undefined ? {} : { seats: patch.seats }),
        ...(patch.venues === undefined ? {} : { venues: patch.venues }),
        ...(topics === undefined ? {} : { topics }),
        promotionMail: (to) => sessionMail(context, 'promoted', updated, to),
      });
      if (material && updated.status === 'published') {
        const recipients = await repo.registrants(id);
        await repo.notify(recipients.map((to) => sessionMail(context, 'changed', updated, to)));
      }
      return this.get(id, actor, locale);
    },

    async cancel(id: string, actor: Actor, locale: Locale, restrictedTo?: string): Promise<Session> {
      const record = await recordOrFail(id, actor, restrictedTo);
      manageableOrFail(record, actor);
      if (record.session.status === 'cancelled') return toSession(record, locale);
      const now = clock.now().toISOString();
      const changes: Partial<SessionRow> = {
        status: 'cancelled',
        sequence: Number(record.session.sequence) + 1,
        updated_at: now,
      };
      const cancelled: SessionRow = { ...record.session, ...changes };
      const recipients = record.session.status === 'published' ? await repo.registrants(id) : [];
      const context = await mailContext();
      await repo.update(id, changes, {
        promotionMail: (to) => sessionMail(context, 'promoted', cancelled, to),
      });
      await repo.notify(recipients.map((to) => sessionMail(context, 'cancelled', cancelled, to)));
      return this.get(id, actor, locale, restrictedTo);
    },

    async register(id: string, actor: Actor, restrictedTo?: string): Promise<RegistrationOutcome> {
      // The session row and the registrant in one query: registration is the hot path when a popular
      // session opens.
      const found = await repo.sessionFor(id, actor.userId);
      const session = found?.session;
      if (session === undefined || session.status === 'draft' || !opensTo(session, restrictedTo))
        throw new AppError('SESSION_NOT_FOUND');
      if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
      if (new Date(session.ends_at).getTime() <= clock.now().getTime()) throw new AppError('SESSION_OVER');
      const to = found?.recipient;
      if (to === undefined) throw new AppError('UNAUTHENTICATED');
      const context = await mailContext();
      // The e-mail is queued in the registration's own transaction: it exists exactly when the seat does.
      const result = await repo.register(
        id,
        actor.userId,
        actor.cityId,
        Number(session.waitlist) === 1,
        (outcome) =>
          outcome.status === 'confirmed'
            ? sessionMail(context, 'confirmed', session, to)
            : sessionMail(context, 'waitlisted', session, to, { position: outcome.position }),
      );
      return result.status === 'confirmed'
        ? { status: 'confirmed' }
        : { status: 'waitlisted', position: result.position };
    },

    /**
     * The published sessions restricted to `restrictedTo` that have not ended, soonest first, with
     * the actor's registration status. The caller (the owner of the restriction) decides who may ask.
     */
    async upcomingRestricted(
      restrictedTo: string,
      actor: Actor,
      locale: Locale,
    ): Promise<{ session: Session; registration: 'confirmed' | 'waitlisted' | null }[]> {
      const found = await repo.restrictedUpcoming(restrictedTo, actor.userId, clock.now().toISOString());
      const items = [];
      for (const { record, registration } of found) {
        items.push({ session: await toSession(record, locale), registration });
      }
      return items;
    },

    async registration(id: string, actor: Actor, restrictedTo?: string): Promise<RegistrationOutcome> {
      await recordOrFail(id, actor, restrictedTo);
      const found = await repo.registrationOf(id, actor.userId);
      if (found === undefined) throw new AppError('NOT_FOUND');
      return found.status === 'confirmed'
        ? { status: 'confirmed' }
        : { status: 'waitlisted', position: found.position };
    },

    async leave(id: string, actor: Actor, restrictedTo?: string): Promise<void> {
      const record = await recordOrFail(id, actor, restrictedTo);
      const context = await mailContext();
      const left = await repo.leave(id, actor.userId, (to) =>
        sessionMail(context, 'promoted', record.session, to),
      );
      if (!left) throw new AppError('NOT_FOUND');
    },

    /**
     * Gives up every seat and place in line the person holds in sessions not yet over, through the
     * same rules as leaving (the next in line of each city gets the seat and is told). For account
     * deletion.
     */
    async releaseAll(userId: string): Promise<number> {
      const sessionIds = await repo.activeRegistrations(userId, clock.now().toISOString());
      const context = await mailContext();
      let released = 0;
      for (const id of sessionIds) {
        const record = await repo.find(id);
        if (record === undefined) continue;
        if (await repo.leave(id, userId, (to) => sessionMail(context, 'promoted', record.session, to)))
          released += 1;
      }
      return released;
    },

    async participants(id: string, actor: Actor) {
      const record = await recordOrFail(id, actor);
      manageableOrFail(record, actor);
      const rows = await repo.participants(id);
      return rows.map((row) => ({
        userId: row.user_id,
        displayName: row.display_name,
        cityId: row.city_id,
        status: row.status === 'confirmed' ? ('confirmed' as const) : ('waitlisted' as const),
        position: Number(row.position),
        attended: row.attended === null ? null : Number(row.attended) === 1,
      }));
    },

    async markAttendance(id: string, actor: Actor, attendance: { userId: string; attended: boolean }[]) {
      const record = await recordOrFail(id, actor);
      manageableOrFail(record, actor);
      if (new Date(record.session.starts_at).getTime() > clock.now().getTime())
        throw new AppError('VALIDATION_FAILED', { field: 'attendance' });
      await repo.markAttendance(id, attendance);
      return this.participants(id, actor);
    },

    /** The video link, for confirmed registrants only, from 15 minutes before the start to the end. */
    async join(id: string, actor: Actor, restrictedTo?: string): Promise<{ url: string }> {
      const record = await recordOrFail(id, actor, restrictedTo);
      const { session } = record;
      if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
      const registration = await repo.registrationOf(id, actor.userId);
      const manager = mayManageSession(actor.roles, sessionCityIds(record));
      if (registration?.status !== 'confirmed' && !manager) throw new AppError('NOT_REGISTERED');
      const now = clock.now().getTime();
      if (
        now < new Date(session.starts_at).getTime() - joinOpensMs ||
        now >= new Date(session.ends_at).getTime()
      ) {
        throw new AppError('NOT_LIVE');
      }
      if (session.mode === 'in_person') throw new AppError('NOT_LIVE');
      return { url: session.video_url ?? `${videoBaseUrl}silta-${session.video_room}` };
    },

    async calendar(id: string, viewer: Actor | null, locale: Locale): Promise<string> {
      const record = await recordOrFail(id, viewer);
      return buildCalendar([calendarEvent(record.session, locale)], {
        method: record.session.status === 'cancelled' ? 'CANCEL' : 'PUBLISH',
      });
    },

    /** Creates (or replaces) the person's private calendar feed; returns its URL once. */
    async createFeed(actor: Actor): Promise<{ url: string }> {
      const token = newToken();
      await repo.createFeedToken(actor.userId, hashToken(token));
      return { url: `${publicUrl}/api/calendar/${token}.ics` };
    },

    revokeFeed: (actor: Actor) => repo.revokeFeedTokens(actor.userId),

    /** The person's sessions (confirmed or waiting) from a month ago on, with their status. */
    async mine(actor: Actor, locale: Locale) {
      const from = new Date(clock.now().getTime() - 30 * 24 * 3600_000).toISOString();
      const found = await repo.registrationsOf(actor.userId, from);
      const items = [];
      for (const { record, registration } of found) {
        const page = sessionPath(record.session);
        items.push({ session: await toSession(record, locale), registration, page });
      }
      return { items };
    },

    async feed(token: string, locale: Locale | undefined): Promise<string | undefined> {
      const userId = await repo.feedOwner(hashToken(token));
      if (userId === undefined) return undefined;
      const from = new Date(clock.now().getTime() - 30 * 24 * 3600_000).toISOString();
      const records = await repo.sessionsOf(userId, from);
      const language = locale ?? defaultLocale;
      return buildCalendar(
        records.map((record) => calendarEvent(record.session, language)),
        { method: 'PUBLISH', name: 'Silta', refreshMinutes: 60 },
      );
    },

    /**
     * Queues due reminders: 24 h and 1 h before the start, in each person's language and zone. Each
     * is recorded with its e-mail in one transaction, so no crash loses or doubles one.
     */
    async sendDueReminders(): Promise<number> {
      const now = clock.now().getTime();
      let sent = 0;
      for (const [kind, before, until] of [
        ['24h', 24 * 3600_000, 3600_000],
        ['1h', 3600_000, 0],
      ] as const) {
        // Due when the start is at most `before` away, and more than `until` away (a 24 h reminder
        // is pointless once the 1 h one is due).
        const due = await repo.dueReminders(
          kind,
          new Date(now + until).toISOString(),
          new Date(now + before).toISOString(),
        );
        const context = due.length === 0 ? undefined : await mailContext();
        for (const entry of due) {
          if (context === undefined) break;
          const record = await repo.find(entry.sessionId);
          if (record === undefined) continue;
          const to: Recipient = {
            userId: entry.userId,
            email: entry.email,
            displayName: entry.displayName,
            locale: entry.locale,
            timeZone: entry.timeZone,
            cityId: entry.cityId,
          };
          const mail = sessionMail(context, kind === '24h' ? 'reminder24' : 'reminder1', record.session, to);
          if (
            await repo.sendReminder(
              { sessionId: entry.sessionId, userId: entry.userId, kind, startsAt: entry.startsAt },
              mail,
            )
          ) {
            sent += 1;
          }
        }
      }
      return sent;
    },

    /**
     * Creates a weekly (or every N weeks) series: every occurrence at the same wall-clock time in the
     * anchor zone, so in the other cities it moves when daylight saving starts or ends. Those moves are
     * returned, and the people of that city are told before they happen.
     */
    async createSeries(actor: Actor, body: SeriesBody, locale: Locale): Promise<Series> {
      if (!isTimeZone(body.anchorTimeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
      const first = parseInstant(body.startsAt);
      const local = zonedParts(first, body.anchorTimeZone);
      const definition: WeeklySeries = {
        anchorTimeZone: body.anchorTimeZone,
        firstDate: local.date,
        time: local.time,
        everyWeeks: body.recurrence.everyWeeks,
        count: body.recurrence.count,
      };
      const seriesId = newId();
      const { recurrence: _recurrence, ...single } = body;
      const ids: string[] = [];
      for (const occurrence of seriesOccurrences(definition, {})) {
        const created = await this.create(
          actor,
          { ...single, startsAt: occurrence.startsAt },
          locale,
          seriesId,
        );
        ids.push(created.id);
      }
      return this.getSeries(seriesId, actor, locale);
    },

    async getSeries(seriesId: string, viewer: Actor | null, locale: Locale): Promise<Series> {
      const records = (await repo.seriesSessions(seriesId)).filter(
        (record) =>
          record.session.status !== 'draft' ||
          (viewer !== null && mayManageSession(viewer.roles, sessionCityIds(record))),
      );
      const firstRecord = records[0];
      if (firstRecord === undefined) throw new AppError('SESSION_NOT_FOUND');
      const cities = await partnership.listCities();
      const anchor = firstRecord.session.anchor_time_zone;
      const sessions = await Promise.all(records.map((record) => toSession(record, locale)));
      return { id: seriesId, anchorTimeZone: anchor, sessions, shifts: shiftsOf(sessions, cities) };
    },

    /** The whole series as one recurring calendar event with its zone's VTIMEZONE. */
    async seriesCalendar(seriesId: string, locale: Locale): Promise<string> {
      const records = (await repo.seriesSessions(seriesId)).filter((r) => r.session.status !== 'draft');
      const first = records[0];
      const second = records[1];
      if (first === undefined) throw new AppError('SESSION_NOT_FOUND');
      const firstStart = new Date(first.session.starts_at);
      const weekMs = 7 * 24 * 3600_000;
      const everyWeeks =
        second === undefined
          ? 1
          : Math.max(
              1,
              Math.round((new Date(second.session.starts_at).getTime() - firstStart.getTime()) / weekMs),
            );
      const event = calendarEvent(first.session, locale);
      return buildSeriesCalendar(
        {
          uid: `${seriesId}@silta`,
          sequence: Math.max(...records.map((r) => Number(r.session.sequence))),
          stamp: new Date(
            records
              .map((r) => r.session.updated_at)
              .sort()
              .at(-1) ?? first.session.updated_at,
          ),
          start: firstStart,
          end: new Date(first.session.ends_at),
          timeZone: first.session.anchor_time_zone,
          everyWeeks,
          count: records.length,
          excluded: records
            .filter((r) => r.session.status === 'cancelled')
            .map((r) => new Date(r.session.starts_at)),
          summary: event.summary,
          description: event.description,
          ...(event.url === undefined ? {} : { url: event.url }),
        },
        { method: 'PUBLISH' },
      );
    },

    /** Registers the person for every occurrence still ahead; returns each outcome by session. */
    async registerSeries(seriesId: string, actor: Actor): Promise<Record<string, RegistrationOutcome>> {
      const records = await repo.seriesSessions(seriesId);
      if (records.length === 0) throw new AppError('SESSION_NOT_FOUND');
      const outcomes: Record<string, RegistrationOutcome> = {};
      for (const record of records) {
        if (record.session.status !== 'published') continue;
        if (new Date(record.session.starts_at).getTime() <= clock.now().getTime()) continue;
        try {
          outcomes[record.session.id] = await this.register(record.session.id, actor);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'ALREADY_REGISTERED') throw error;
          const found = await repo.registrationOf(record.session.id, actor.userId);
          if (found !== undefined) outcomes[record.session.id] = found;
        }
      }
      if (Object.keys(outcomes).length === 0) throw new AppError('SESSION_OVER');
      return outcomes;
    },

    /**
     * Tells registrants, about a week ahead, when an occurrence of their series starts at another local
     * hour in their city than the one before (daylight saving in the anchor zone or theirs).
     */
    async sendDstNotices(): Promise<number> {
      const now = clock.now().getTime();
      const due = await repo.dueReminders(
        'dst',
        new Date(now).toISOString(),
        new Date(now + dstNoticeMs).toISOString(),
      );
      if (due.length === 0) return 0;
      const context = await mailContext();
      let sent = 0;
      const seriesCache = new Map<string, SessionRecord[]>();
      for (const entry of due) {
        if (entry.seriesId === null) continue;
        let records = seriesCache.get(entry.seriesId);
        if (records === undefined) {
          records = (await repo.seriesSessions(entry.seriesId)).filter(
            (r) => r.session.status === 'published',
          );
          seriesCache.set(entry.seriesId, records);
        }
        const index = records.findIndex((r) => r.session.id === entry.sessionId);
        const previous = records[index - 1];
        const current = records[index];
        if (previous === undefined || current === undefined) continue;
        const zone = isTimeZone(entry.timeZone) ? entry.timeZone : current.session.anchor_time_zone;
        const before = zonedParts(new Date(previous.session.starts_at), zone).time;
        const after = zonedParts(new Date(current.session.starts_at), zone).time;
        if (before === after) continue;
        const to: Recipient = {
          userId: entry.userId,
          email: entry.email,
          displayName: entry.displayName,
          locale: entry.locale,
          timeZone: zone,
          cityId: entry.cityId,
        };
        const mail = sessionMail(context, 'dstShift', current.session, to, { before, after });
        if (
          await repo.sendReminder(
            { sessionId: entry.sessionId, userId: entry.userId, kind: 'dst', startsAt: entry.startsAt },
            mail,
          )
        ) {
          sent += 1;
        }
      }
      return sent;
    },

    /**
     * Ranks start times that suit every city's audience: sensible local hours, no holiday in any city,
     * clear of other sessions of the same audience. Each slot explains itself in the caller's language.
     */
    async suggest(body: SuggestBody, locale: Locale): Promise<Suggestions> {
      checkDuration(body.durationMinutes);
      if (
        !isCalendarDate(body.from) ||
        !isCalendarDate(body.to) ||
        body.from > body.to ||
        addDays(body.from, 366) < body.to
      ) {
        throw new AppError('INVALID_DATE_RANGE');
      }
      const cities: City[] = [];
      for (const id of new Set(body.cities)) {
        const city = await partnership.findCity(id);
        if (city === undefined) throw new AppError('UNKNOWN_CITY');
        cities.push(city);
      }
      if (typeof body.audience === 'object') {
        const chosen = body.audience;
        for (const id of Object.keys(chosen)) {
          if (!cities.some((city) => city.id === id)) throw new AppError('UNKNOWN_CITY');
        }
        // An audience per city must name one for every city asked about.
        if (cities.some((city) => chosen[city.id] === undefined)) {
          throw new AppError('VALIDATION_FAILED', { field: 'audience' });
        }
      }
      const scheduling: SchedulingCity[] = cities.map((city) => {
        if (!isHolidayCountry(city.country)) throw new AppError('UNSUPPORTED_COUNTRY');
        return { id: city.id, timeZone: city.timeZone, country: city.country };
      });
      // Sessions of the same audience keep their hour: youth do not get two offers at once.
      const sessionAudience = sessionAudienceOf(body.audience);
      const busy = await repo.busyBetween(
        sessionAudience,
        new Date(`${addDays(body.from, -1)}T00:00:00Z`).toISOString(),
        new Date(`${addDays(body.to, 2)}T00:00:00Z`).toISOString(),
      );
      const slots = findSlots({
        durationMinutes: body.durationMinutes,
        from: body.from,
        to: body.to,
        audience: body.audience as AudienceChoice,
        cities: scheduling,
        busy: busy.map((b) => ({ start: new Date(b.starts_at), end: new Date(b.ends_at) })),
        count: body.count ?? 10,
        gridMinutes: body.gridMinutes ?? 15,
        notBefore: clock.now(),
        invitees: (body.invitees ?? []).map((invitee) => {
          if (!isTimeZone(invitee.timeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
          return invitee;
        }),
        fairnessHistory: [
          ...(body.seriesId === undefined
            ? []
            : await seriesBurdens(body.seriesId, body.audience, scheduling)),
          ...(body.fairnessHistory ?? []),
        ],
      });
      const cityName = (id: string) => cities.find((city) => city.id === id)?.name[locale] ?? id;
      return {
        slots: slots.map((slot) => ({
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          localTimes: slot.localTimes,
          score: slot.score,
          reasons: slot.reasons.map((reason) => explainReason(reason, locale, cityName)),
          burden: { early: [...slot.burden.early], late: [...slot.burden.late] },
        })),
      };
    },

    /** Public sessions as schema.org Events (JSON-LD); see `eventFeed`. */
    async events(query: EventsQuery): Promise<EventFeed> {
      const updatedSince =
        query.modifiedSince === undefined ? undefined : boundary(query.modifiedSince, 'start');
      const { records } = await repo.list({
        ...(updatedSince === undefined ? {} : { updatedSince }),
        ...(query.from === undefined ? {} : { from: boundary(query.from, 'start') }),
        ...(query.to === undefined ? {} : { to: boundary(query.to, 'end') }),
        statuses: ['published', 'cancelled'],
        limit: query.limit ?? 200,
        offset: 0,
      });
      const found = await partnership.getPartnership();
      return eventFeed(records, { publicUrl, link: sessionLink, organizerName: found?.name ?? {} });
    },

    countSessions: () => repo.countSessions(),
  };
  return service;
}

/** Occurrences whose local start in a city differs from the occurrence before (daylight saving). */
function shiftsOf(sessions: Session[], cities: City[]) {
  const shifts = [];
  for (let index = 1; index < sessions.length; index += 1) {
    const previous = sessions[index - 1];
    const current = sessions[index];
    if (previous === undefined || current === undefined) continue;
    for (const city of cities) {
      const before = previous.localTimes[city.id];
      const after = current.localTimes[city.id];
      if (before === undefined || after === undefined) continue;
      const minutes = (value: string) => Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
      let moved = minutes(after) - minutes(before);
      if (moved > 720) moved -= 1440;
      if (moved < -720) moved += 1440;
      if (moved !== 0) {
        shifts.push({
          sessionId: current.id,
          city: city.id,
          startsAt: current.startsAt,
          previousLocalTime: before,
          localTime: after,
          minutesMoved: moved,
        });
      }
    }
  }
  return shifts;
}

/** The session audience a scheduling audience blocks: "school" classes count as youth. */
function sessionAudienceOf(choice: SuggestBody['audience']): 'everyone' | 'youth' | 'staff' {
  const values: Audience[] = typeof choice === 'string' ? [choice] : (Object.values(choice) as Audience[]);
  if (values.every((value) => value === 'staff')) return 'staff';
  if (values.some((value) => value === 'youth' || value === 'school')) return 'youth';
  return 'everyone';
}

function explainReason(reason: SlotReason, locale: Locale, cityName: (id: string) => string) {
  switch (reason.code) {
    case 'early_in_city':
    case 'late_in_city':
      return {
        code: reason.code,
        city: reason.city,
        localTime: reason.localTime,
        text: t(locale, `slot.${reason.code}`, { city: cityName(reason.city), localTime: reason.localTime }),
      };
    case 'comfortable_in_all_cities':
      return { code: reason.code, text: t(locale, 'slot.comfortable_in_all_cities') };
    case 'invitees_available':
      return {
        code: reason.code,
        available: reason.available,
        total: reason.total,
        text: t(locale, 'slot.invitees_available', { available: reason.available, total: reason.total }),
      };
    case 'fairness':
      return {
        code: reason.code,
        city: reason.city,
        earlyCount: reason.earlyCount,
        lateCount: reason.lateCount,
        carriesNow: reason.carriesNow,
        text: t(locale, 'slot.fairness', {
          city: cityName(reason.city),
          earlyCount: reason.earlyCount,
          lateCount: reason.lateCount,
        }),
      };
  }
}

/** A query boundary: a calendar date (start or end of that UTC day) or an instant. */
function boundary(value: string, side: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) throw new AppError('INVALID_DATE_RANGE');
    return new Date(day.getTime() + (side === 'end' ? 24 * 3600_000 : 0)).toISOString();
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new AppError('INVALID_DATE_RANGE');
  return instant.toISOString();
}

/** A session as listings show it, with every partnership city's local start time. */
function toSummary(record: SessionRecord, locale: Locale, cities: City[]): SessionSummary {
  const { session } = record;
  const title = parseTranslatable(session.title);
  const shownTitle = readIn(title, locale);
  const starts = new Date(session.starts_at);
  return {
    id: session.id,
    title: writtenTexts(title),
    originalLanguage: session.original_language,
    display: { language: shownTitle.language, title: shownTitle.text, source: shownTitle.source },
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    anchorTimeZone: session.anchor_time_zone,
    mode: session.mode,
    audience: session.audience,
    hostCityId: session.host_city_id,
    topics: record.topics,
    status: session.status,
    sequence: Number(session.sequence),
    waitlist: Number(session.waitlist) === 1,
    seats: Object.fromEntries(
      record.cities.map((c) => [
        c.city_id,
        { total: Number(c.seats), confirmed: Number(c.confirmed), waiting: record.waiting[c.city_id] ?? 0 },
      ]),
    ),
    localTimes: Object.fromEntries(cities.map((city) => [city.id, isoWithOffset(starts, city.timeZone)])),
  };
}

/** A listing as the bytes to send, with a strong entity tag derived from them. */
function listPage(list: SessionList): ListPage {
  const body = Buffer.from(JSON.stringify(list));
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

// ---- Restricted sessions (the people of one owner in another module, e.g. a circle) -------------
// A session created with `restrictedTo` (a tag `<kind>:<ownerId>` chosen by the owning module) is
// never listed, and `get`, `register`, `registration`, `leave`, `join` and `cancel` answer
// SESSION_NOT_FOUND unless the caller (the owning module's service, never a route) passes the same
// tag. Who belongs to the owner is the owning module's rule, and so is the web page that shows the
// session (`restrictedPages.register`); seats, mails, reminders and the video room stay the sessions'.

/** The web path of the page that shows a restricted session, given the owner's id from its tag. */
export type RestrictedPage = (ownerId: string) => string;

/** A restriction tag's kind and owner (`room:abc` → room, abc); none without both. */
function parseRestriction(tag: string | null | undefined): { kind: string; ownerId: string } | undefined {
  const colon = tag?.indexOf(':') ?? -1;
  if (tag == null || colon <= 0 || colon === tag.length - 1) return undefined;
  return { kind: tag.slice(0, colon), ownerId: tag.slice(colon + 1) };
}

/** Whether a session opens to a caller that names `restrictedTo` (undefined: the public routes). */
function opensTo(session: { restricted_to?: string | null }, restrictedTo: string | undefined): boolean {
  return (session.restricted_to ?? undefined) === restrictedTo;
}

export type SessionsService = ReturnType<typeof createSessionsService>;
