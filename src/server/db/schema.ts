import type { Generated } from 'kysely';

/**
 * Table types shared by SQLite and PostgreSQL. Instants are ISO-8601 UTC strings
 * ("2026-11-26T09:00:00.000Z"), which sort chronologically on both; calendar dates are "YYYY-MM-DD";
 * structured values are JSON text.
 */
export interface Database {
  cities: CityTable;
  partnerships: PartnershipTable;
  partnership_cities: PartnershipCityTable;
  topics: TopicTable;
  users: UserTable;
  user_roles: UserRoleTable;
  auth_sessions: AuthSessionTable;
  user_tokens: UserTokenTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  rate_limits: RateLimitTable;
  sessions: SessionTable;
  session_topics: SessionTopicTable;
  session_cities: SessionCityTable;
  registrations: RegistrationTable;
  session_reminders: SessionReminderTable;
  calendar_feeds: CalendarFeedTable;
}

export interface CityTable {
  id: string;
  /** JSON: { fi, sv, en, ko } */
  name: string;
  country: string;
  time_zone: string;
  /** JSON: BCP 47 language codes, first is the main one. */
  languages: string;
  consent_age: number;
  majority_age: number;
  latitude: number;
  longitude: number;
}

export interface PartnershipTable {
  id: string;
  /** JSON: { fi, sv, en, ko } */
  name: string;
  start_date: string;
  term_years: number;
  /** JSON array of language codes. */
  working_languages: string;
  created_at: string;
}

export interface PartnershipCityTable {
  partnership_id: string;
  city_id: string;
  position: number;
}

export interface TopicTable {
  id: string;
  partnership_id: string;
  /** JSON: { fi, sv, en, ko } */
  label: string;
  position: number;
}

export type UserStatus = 'active' | 'awaiting_guardian_consent';

export interface UserTable {
  id: string;
  email: string;
  email_verified_at: string | null;
  password_hash: string;
  display_name: string;
  city_id: string;
  /** Null only for staff accounts an operator created, declared adult. */
  birth_date: string | null;
  locale: string;
  time_zone: string;
  status: UserStatus;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  id: string;
  user_id: string;
  role: string;
  /** The city the role is scoped to; null for admin. */
  city_id: string | null;
  granted_by: string | null;
  granted_at: string;
}

export interface AuthSessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface UserTokenTable {
  token_hash: string;
  user_id: string;
  purpose: 'verify_email' | 'reset_password';
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  city_id: string | null;
  /** JSON */
  detail: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  recipient: string;
  subject: string;
  body_text: string;
  /** JSON array of extra attachments or alternatives (e.g. text/calendar), may be '[]'. */
  attachments: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  available_at: string;
  locked_until: string | null;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
}

export interface RateLimitTable {
  key: string;
  /** Epoch milliseconds when the current window began. */
  window_start: number;
  count: number;
}

export type SessionMode = 'online' | 'hybrid' | 'in_person';
export type SessionAudience = 'everyone' | 'youth' | 'staff';
export type SessionStatus = 'draft' | 'published' | 'cancelled';

export interface SessionTable {
  id: string;
  series_id: string | null;
  /** JSON: a translatable text (platform/content). */
  title: string;
  /** JSON: a translatable text (platform/content). */
  description: string;
  original_language: string;
  starts_at: string;
  ends_at: string;
  duration_minutes: number;
  anchor_time_zone: string;
  mode: SessionMode;
  audience: SessionAudience;
  host_city_id: string | null;
  status: SessionStatus;
  /** RFC 5545 SEQUENCE: grows on every material change and on cancellation. */
  sequence: number;
  /** 1 when a full city's registrants join a waiting list. */
  waitlist: number;
  /** Unguessable room name for the video link. */
  video_room: string;
  /** A link the coordinator pasted, used instead of the generated room. */
  video_url: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTopicTable {
  session_id: string;
  topic_id: string;
}

export interface SessionCityTable {
  session_id: string;
  city_id: string;
  seats: number;
  confirmed: number;
  next_position: number;
  venue: string | null;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

export interface RegistrationTable {
  id: string;
  session_id: string;
  user_id: string;
  city_id: string;
  status: RegistrationStatus;
  /** Arrival number within the session and city; the waiting list is served in this order. */
  position: number;
  attended: number | null;
  created_at: string;
  updated_at: string;
}

export interface SessionReminderTable {
  session_id: string;
  user_id: string;
  kind: '24h' | '1h' | 'dst';
  starts_at: string;
  sent_at: string;
}

export interface CalendarFeedTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  revoked_at: string | null;
}
