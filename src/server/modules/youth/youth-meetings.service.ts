import type { Locale } from '../../../core/i18n/locales.js';
import { addDays, calendarDateIn, isCalendarDate } from '../../../core/time/calendar-date.js';
import { daysOffBetween, isHolidayCountry } from '../../../core/time/holidays.js';
import { sensibleWindow } from '../../../core/time/sensible-hours.js';
import { minutesOfDay } from '../../../core/time/time-of-day.js';
import { isoWithOffset, zonedParts } from '../../../core/time/zoned-time.js';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors/app-error.js';
import { t } from '../../platform/i18n/messages.js';
import type { City } from '../partnership/partnership.schema.js';
import type { CircleRow, MemberRow } from './youth.repository.js';
import type { Meeting, MeetingBody, MeetingTimes, MeetingTimesQuery } from './youth.schema.js';
import type { PeopleReader, YouthDeps } from './youth-people.service.js';

/** The room opens (for the facilitator to open it, then for members to join) this long before the start. */
const joinOpensMs = 15 * 60_000;

/** The kind of tag that restricts a session to one circle (see "Restricted sessions" in the sessions service). */
const circleTagKind = 'youth_circle';

/** The tag that restricts a session to one circle. */
export function circleTag(circleId: string): string {
  return `${circleTagKind}:${circleId}`;
}

/**
 * The circle's web page (`/youth/circles/:id` in the web app's router): e-mails, calendars and "my
 * sessions" link a circle meeting there, as its own session page answers 404.
 */
export function circlePagePath(circleId: string): string {
  return `/youth/circles/${encodeURIComponent(circleId)}`;
}

/**
 * Whether a meeting lies, whole, inside the youth hours of every city on that local date: after school
 * on school days, daytime at weekends and in school holidays, never on a public or de facto holiday,
 * never across midnight.
 *
 * @example
 * withinYouthHours(new Date('2026-12-05T08:00:00Z'), 60, [espoo, osan]) // Sat 10:00 Espoo · 17:00 Osan: true
 */
export function withinYouthHours(start: Date, durationMinutes: number, cities: readonly City[]): boolean {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return cities.every((city) => {
    if (!isHolidayCountry(city.country)) return false;
    const from = zonedParts(start, city.timeZone);
    const to = zonedParts(new Date(end.getTime() - 1), city.timeZone);
    if (from.date !== to.date) return false;
    const window = sensibleWindow(
      from.date,
      'youth',
      { id: city.id, timeZone: city.timeZone, country: city.country },
      daysOffBetween(city.country, from.date, from.date),
    );
    if (window === null) return false;
    const startMinutes = from.hour * 60 + from.minute;
    return (
      startMinutes >= minutesOfDay(window.start) && startMinutes + durationMinutes <= minutesOfDay(window.end)
    );
  });
}

/**
 * Circle meetings: sessions of audience youth restricted to one circle, proposed by its facilitators in
 * youth hours of both cities. The sessions module keeps the seats, the mails, the reminders and the
 * unguessable room; this part decides who belongs, when the room is open and which page shows a
 * meeting (it registers the circle's page with the sessions service when built).
 */
export function createMeetingsService(deps: YouthDeps, people: PeopleReader) {
  const { repo, partnership, sessions, clock } = deps;
  sessions.restrictedPages.register(circleTagKind, circlePagePath);

  /** The circle and the viewer's role in it; a circle they are not in does not exist for them. */
  async function circleOf(actor: Actor, circleId: string) {
    const circle = await repo.findCircle(circleId);
    if (circle === undefined) throw new AppError('CIRCLE_NOT_FOUND');
    const members = await repo.membersOf([circle.id]);
    const mine = members.find((m) => m.user_id === actor.userId);
    if (mine === undefined) throw new AppError('CIRCLE_NOT_FOUND');
    return { circle, members, mine };
  }

  async function facilitatedCircle(actor: Actor, circleId: string) {
    const found = await circleOf(actor, circleId);
    if (found.mine.role !== 'facilitator') throw new AppError('FORBIDDEN');
    if (found.circle.status !== 'active') throw new AppError('CIRCLE_ENDED');
    return found;
  }

  /** A meeting's session, to someone in its circle: 404 SESSION_NOT_FOUND for anyone else. */
  async function meetingOf(actor: Actor, meetingId: string) {
    const meeting = await repo.findMeeting(meetingId);
    if (meeting === undefined) throw new AppError('SESSION_NOT_FOUND');
    const found = await circleOf(actor, meeting.circle_id).catch(() => {
      throw new AppError('SESSION_NOT_FOUND');
    });
    return { meeting, ...found };
  }

  async function citiesOf(circle: CircleRow): Promise<City[]> {
    const ids = JSON.parse(circle.city_ids) as string[];
    const all = await partnership.listCities();
    return ids.flatMap((id) => all.filter((city) => city.id === id));
  }

  function localTimes(instant: Date, cities: readonly City[]) {
    return cities.map((city) => ({
      cityId: city.id,
      timeZone: city.timeZone,
      local: isoWithOffset(instant, city.timeZone),
    }));
  }

  /** The members' usual weekly free time, in their own zones, for the slot finder. */
  async function invitees(members: readonly MemberRow[]) {
    const ids = members.filter((m) => m.role === 'member').map((m) => m.user_id);
    const [found, profiles] = await Promise.all([people.people(ids), repo.findProfiles(ids)]);
    const result = [];
    for (const id of ids) {
      const person = found.get(id);
      const profile = profiles.get(id);
      if (person === undefined || profile === undefined) continue;
      const weekly = (
        JSON.parse(profile.availability) as { weekday: number; from: string; to: string }[]
      ).map((slot) => ({ weekday: slot.weekday, start: slot.from, end: slot.to }));
      result.push({ id, timeZone: person.timeZone, weekly });
    }
    return result;
  }

  return {
    /** Start times in youth hours of both cities, clear of holidays, when most members are usually free. */
    async suggestTimes(actor: Actor, circleId: string, query: MeetingTimesQuery, locale: Locale) {
      const { circle, members } = await facilitatedCircle(actor, circleId);
      const cities = await citiesOf(circle);
      const first = cities[0];
      if (first === undefined) throw new AppError('CIRCLE_NOT_FOUND');
      const from = query.from ?? calendarDateIn(clock.now(), first.timeZone);
      if (!isCalendarDate(from)) throw new AppError('INVALID_DATE_RANGE');
      const durationMinutes = query.durationMinutes ?? 60;
      const people = await invitees(members);
      const found = await sessions.suggest(
        {
          durationMinutes,
          from,
          to: addDays(from, (query.days ?? 14) - 1),
          audience: 'youth',
          cities: cities.map((city) => city.id),
          invitees: people,
          count: 5,
          gridMinutes: 30,
        },
        locale,
      );
      const result: MeetingTimes = {
        slots: found.slots.map((slot) => {
          const free = slot.reasons.find((reason) => reason.code === 'invitees_available');
          return {
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            local: localTimes(new Date(slot.startsAt), cities),
            score: slot.score,
            membersFree: free?.available ?? 0,
            members: people.length,
          };
        }),
      };
      return result;
    },

    /** A facilitator proposes a meeting; it becomes a session only the circle sees and may join. */
    async propose(actor: Actor, circleId: string, body: MeetingBody, locale: Locale): Promise<Meeting> {
      const { circle, members, mine } = await facilitatedCircle(actor, circleId);
      const cities = await citiesOf(circle);
      const start = new Date(body.startsAt);
      if (
        !/(Z|[+-]\d{2}:\d{2})$/.test(body.startsAt) ||
        Number.isNaN(start.getTime()) ||
        !Number.isInteger(body.durationMinutes)
      ) {
        throw new AppError('INVALID_START');
      }
      if (start.getTime() <= clock.now().getTime()) throw new AppError('START_IN_PAST');
      if (!withinYouthHours(start, body.durationMinutes, cities)) throw new AppError('OUTSIDE_YOUTH_HOURS');
      const host = cities.find((city) => city.id === mine.city_id) ?? cities[0];
      if (host === undefined) throw new AppError('CIRCLE_NOT_FOUND');
      const seats = Object.fromEntries(
        cities.map((city) => [
          city.id,
          members.filter((m) => m.role === 'member' && m.city_id === city.id).length,
        ]),
      );
      const session = await sessions.create(
        actor,
        {
          title: { [locale]: body.title?.trim() || t(locale, 'youth.meeting.title') },
          originalLanguage: locale,
          startsAt: start.toISOString(),
          durationMinutes: body.durationMinutes,
          anchorTimeZone: host.timeZone,
          mode: 'online',
          audience: 'youth',
          hostCityId: host.id,
          seats,
          waitlist: false,
        },
        locale,
        null,
        circleTag(circle.id),
      );
      try {
        await repo.insertMeeting({
          session_id: session.id,
          circle_id: circle.id,
          proposed_by: actor.userId,
          room_opened_at: null,
          room_opened_by: null,
          created_at: clock.now().toISOString(),
        });
      } catch (error) {
        // The session and the meeting row live in two modules' tables: do not leave a meeting-less
        // session behind (it is restricted, so nobody could see it, but it would hold its hour).
        await sessions.cancel(session.id, actor, locale, circleTag(circle.id)).catch(() => undefined);
        throw error;
      }
      return (await this.meetings(actor, circle.id, locale)).meetings.find(
        (meeting) => meeting.id === session.id,
      ) as Meeting;
    },

    /** The circle's meetings that have not ended, soonest first, for its members and facilitators. */
    async meetings(actor: Actor, circleId: string, locale: Locale): Promise<{ meetings: Meeting[] }> {
      const { circle } = await circleOf(actor, circleId);
      const cities = await citiesOf(circle);
      // One query for the sessions (with this person's registration), one for the meeting rows.
      const rooms = new Map((await repo.meetingsOf(circle.id)).map((row) => [row.session_id, row]));
      const meetings: Meeting[] = [];
      for (const { session, registration } of await sessions.upcomingRestricted(
        circleTag(circle.id),
        actor,
        locale,
      )) {
        const row = rooms.get(session.id);
        if (row === undefined) continue;
        meetings.push({
          id: session.id,
          circleId: circle.id,
          title: session.display.title,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          durationMinutes: session.durationMinutes,
          local: localTimes(new Date(session.startsAt), cities),
          roomOpen: row.room_opened_at !== null,
          registration,
          joinOpensAt: new Date(new Date(session.startsAt).getTime() - joinOpensMs).toISOString(),
        });
      }
      return { meetings };
    },

    /** A member takes a seat; anyone outside the circle gets 404, as if the meeting did not exist. */
    async register(actor: Actor, meetingId: string) {
      const { meeting, mine } = await meetingOf(actor, meetingId);
      if (mine.role !== 'member') throw new AppError('FORBIDDEN');
      return sessions.register(meeting.session_id, actor, circleTag(meeting.circle_id));
    },

    async leave(actor: Actor, meetingId: string): Promise<void> {
      const { meeting } = await meetingOf(actor, meetingId);
      await sessions.leave(meeting.session_id, actor, circleTag(meeting.circle_id));
    },

    /** A facilitator opens the room (from 15 minutes before the start); from then on members may join. */
    async openRoom(actor: Actor, meetingId: string): Promise<{ url: string }> {
      const { meeting, mine } = await meetingOf(actor, meetingId);
      if (mine.role !== 'facilitator') throw new AppError('FORBIDDEN');
      const link = await sessions.join(meeting.session_id, actor, circleTag(meeting.circle_id));
      await repo.openRoom(meeting.session_id, actor.userId, mine.city_id);
      return link;
    },

    /** The room's link, for registered members once a facilitator opened it, until the meeting ends. */
    async join(actor: Actor, meetingId: string): Promise<{ url: string }> {
      const { meeting } = await meetingOf(actor, meetingId);
      if (meeting.room_opened_at === null) throw new AppError('ROOM_NOT_OPEN');
      return sessions.join(meeting.session_id, actor, circleTag(meeting.circle_id));
    },

    /** A facilitator calls a meeting off; registered members are told by the sessions module. */
    async cancel(actor: Actor, meetingId: string, locale: Locale): Promise<void> {
      const { meeting, mine } = await meetingOf(actor, meetingId);
      if (mine.role !== 'facilitator') throw new AppError('FORBIDDEN');
      await sessions.cancel(meeting.session_id, actor, locale, circleTag(meeting.circle_id));
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
