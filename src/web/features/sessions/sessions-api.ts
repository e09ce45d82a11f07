import type { Locale } from '../../../core/i18n/locales.js';
import { api } from '../../app/api-client.js';
import type { Me } from '../accounts/accounts-api.js';

export type SessionMode = 'online' | 'hybrid' | 'in_person';
export type SessionAudience = 'everyone' | 'youth' | 'staff';
export type SessionStatus = 'draft' | 'published' | 'cancelled';
/** Audiences the slot finder knows: a session's audiences plus a school class in school hours. */
export type SlotAudience = SessionAudience | 'school';

export const sessionModes: readonly SessionMode[] = ['online', 'hybrid', 'in_person'];
export const sessionAudiences: readonly SessionAudience[] = ['everyone', 'youth', 'staff'];
export const slotAudiences: readonly SlotAudience[] = ['everyone', 'youth', 'staff', 'school'];

export interface SeatCount {
  total: number;
  confirmed: number;
  waiting: number;
}

/** A session as GET /api/sessions lists it: no description or venues (the session page has them). */
export interface SessionSummary {
  id: string;
  title: Record<string, string>;
  originalLanguage: string;
  /** The title in the reader's language when there is one. */
  display: { language: string; title: string; source: 'original' | 'human' | 'machine' };
  startsAt: string;
  endsAt: string;
  anchorTimeZone: string;
  mode: SessionMode;
  audience: SessionAudience;
  hostCityId: string | null;
  topics: string[];
  status: SessionStatus;
  sequence: number;
  waitlist: boolean;
  seats: Record<string, SeatCount>;
  localTimes: Record<string, string>;
}

/** A session as GET /api/sessions/:id answers. */
export interface Session extends SessionSummary {
  description: Record<string, string>;
  /** Title and description in the reader's language when there is one. */
  display: { language: string; title: string; description: string; source: 'original' | 'human' | 'machine' };
  durationMinutes: number;
  venues: Record<string, string>;
  /** The series this session is an occurrence of, or null. */
  seriesId: string | null;
  updatedAt: string;
}

/** What POST /api/sessions takes; PATCH takes any part of it except the original language. */
export interface SessionInput {
  title: Record<string, string>;
  description?: Record<string, string>;
  originalLanguage: Locale;
  startsAt: string;
  durationMinutes: number;
  anchorTimeZone: string;
  mode: SessionMode;
  audience: SessionAudience;
  seats: Record<string, number>;
  waitlist: boolean;
  topics: string[];
  hostCityId?: string;
  venues?: Record<string, string>;
  videoUrl?: string | null;
  status?: 'draft' | 'published';
}

export type RegistrationOutcome = { status: 'confirmed' } | { status: 'waitlisted'; position: number };

export interface Participant {
  userId: string;
  displayName: string;
  cityId: string;
  status: 'confirmed' | 'waitlisted';
  position: number;
  attended: boolean | null;
}

export interface SlotReason {
  code: string;
  /** Already in the caller's language. */
  text: string;
  city?: string;
}

export interface SuggestedSlot {
  startsAt: string;
  endsAt: string;
  localTimes: Record<string, string>;
  score: number;
  reasons: SlotReason[];
}

export interface SuggestRequest {
  durationMinutes: number;
  from: string;
  to: string;
  audience: SlotAudience | Record<string, SlotAudience>;
  cities: string[];
  count?: number;
  /** A series the time is for: who carried the early or late hour at its occurrences weighs in. */
  seriesId?: string;
}

export interface SessionQuery {
  from?: string;
  to?: string;
  topic?: string;
  city?: string;
  limit?: number;
  offset?: number;
}

function sessionPath(id: string, rest = ''): string {
  return `/api/sessions/${encodeURIComponent(id)}${rest}`;
}

function queryString(query: SessionQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export const sessionsApi = {
  list: (query: SessionQuery) =>
    api<{ items: SessionSummary[]; total: number }>('GET', `/api/sessions${queryString(query)}`),
  /** The viewer's sessions (confirmed or waiting) from a month ago on, with their registration. */
  mine: () =>
    api<{ items: { session: Session; registration: RegistrationOutcome; page: string }[] }>(
      'GET',
      '/api/me/sessions',
    ),
  get: (id: string) => api<Session>('GET', sessionPath(id)),
  create: (input: SessionInput) => api<Session>('POST', '/api/sessions', input),
  update: (id: string, changes: Partial<Omit<SessionInput, 'originalLanguage' | 'hostCityId'>>) =>
    api<Session>('PATCH', sessionPath(id), changes),
  cancel: (id: string) => api<Session>('POST', sessionPath(id, '/cancel'), {}),
  register: (id: string) => api<RegistrationOutcome>('POST', sessionPath(id, '/registrations'), {}),
  myRegistration: (id: string) => api<RegistrationOutcome>('GET', sessionPath(id, '/registrations/me')),
  leave: (id: string) => api<void>('DELETE', sessionPath(id, '/registrations/me')),
  join: (id: string) => api<{ url: string }>('GET', sessionPath(id, '/join')),
  participants: (id: string) => api<Participant[]>('GET', sessionPath(id, '/participants')),
  markAttendance: (id: string, attendance: { userId: string; attended: boolean }[]) =>
    api<Participant[]>('PUT', sessionPath(id, '/attendance'), { attendance }),
  suggest: (request: SuggestRequest) =>
    api<{ slots: SuggestedSlot[] }>('POST', '/api/scheduling/suggest', request),
  createFeed: () => api<{ url: string }>('POST', '/api/me/calendar-feed', {}),
  revokeFeed: () => api<void>('DELETE', '/api/me/calendar-feed'),
};

/** The address of a session's .ics file, for an "Add to calendar" link. */
export function calendarUrl(id: string, locale: Locale): string {
  return `${sessionPath(id, '/calendar.ics')}?lang=${locale}`;
}

/** Whether someone may plan sessions at all (the server decides for each session). */
export function mayPlanSessions(me: Me | null | undefined): boolean {
  return (
    me?.roles.some(
      (grant) => grant.role === 'admin' || grant.role === 'coordinator' || grant.role === 'facilitator',
    ) ?? false
  );
}

/** The cities a session involves: its host and every city with seats in it. */
export function sessionCityIds(session: SessionSummary): string[] {
  return [
    ...new Set([...(session.hostCityId === null ? [] : [session.hostCityId]), ...Object.keys(session.seats)]),
  ];
}

/**
 * Whether someone may edit a session and see its participants, mirroring the server's rule: an admin,
 * or a coordinator or facilitator of one of the session's cities.
 */
export function mayManage(me: Me | null | undefined, session: SessionSummary): boolean {
  const cities = sessionCityIds(session);
  return (
    me?.roles.some(
      (grant) =>
        grant.role === 'admin' ||
        ((grant.role === 'coordinator' || grant.role === 'facilitator') &&
          grant.cityId !== null &&
          cities.includes(grant.cityId)),
    ) ?? false
  );
}

/** Seats left for a city (0 when the city has no quota). */
export function seatsLeft(session: SessionSummary, cityId: string): number {
  const seats = session.seats[cityId];
  return seats === undefined ? 0 : Math.max(0, seats.total - seats.confirmed);
}
