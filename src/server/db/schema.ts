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
  polls: PollTable;
  poll_options: PollOptionTable;
  poll_responses: PollResponseTable;
  practices: PracticeTable;
  practice_topics: PracticeTopicTable;
  practice_revisions: PracticeRevisionTable;
  practice_reports: PracticeReportTable;
  /** PostgreSQL only; SQLite searches the FTS5 table practice_fts (raw SQL in the repository). */
  practice_search: PracticeSearchTable;
  /** Which analyser version built each search index (a mismatch means rebuild). */
  search_index_versions: SearchIndexVersionTable;
  translation_jobs: TranslationJobTable;
  translation_queue: TranslationQueueTable;
  translators: TranslatorTable;
  esports_games: EsportsGameTable;
  esports_clubs: EsportsClubTable;
  esports_club_staff: EsportsClubStaffTable;
  esports_teams: EsportsTeamTable;
  esports_team_members: EsportsTeamMemberTable;
  esports_team_invitations: EsportsTeamInvitationTable;
  esports_tournaments: EsportsTournamentTable;
  esports_entrants: EsportsEntrantTable;
  esports_entrant_subjects: EsportsEntrantSubjectTable;
  esports_matches: EsportsMatchTable;
  esports_ratings: EsportsRatingTable;
  youth_consent_requests: YouthConsentRequestTable;
  youth_consents: YouthConsentTable;
  youth_facilitator_vetting: YouthFacilitatorVettingTable;
  youth_profiles: YouthProfileTable;
  youth_circles: YouthCircleTable;
  youth_circle_members: YouthCircleMemberTable;
  youth_messages: YouthMessageTable;
  youth_reports: YouthReportTable;
  youth_blocks: YouthBlockTable;
  youth_kit_items: YouthKitItemTable;
  youth_kit_learned: YouthKitLearnedTable;
  youth_circle_meetings: YouthCircleMeetingTable;
  city_change_requests: CityChangeRequestTable;
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
  /** 1 when the jurisdiction wants a guardian's consent verified by a recorded method (not a mailed link alone). */
  guardian_verification_required: Generated<number>;
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
  /**
   * Null for an ordinary session. Otherwise the only people who may see and join it are those of this
   * owner (`youth_circle:<id>`, migration 0007): it is never listed, and the public routes answer 404.
   */
  restricted_to?: string | null;
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

export interface EsportsGameTable {
  id: string;
  name: string;
  /** 'turn_based' | 'latency_tolerant' | 'latency_sensitive' */
  latency_class: string;
  /** Players per side: 1 is one-on-one (Glicko-2), more is a team game (OpenSkill). */
  team_size: number;
  allow_draws: number;
  created_at: string;
}

export interface EsportsClubTable {
  id: string;
  city_id: string;
  /** 'club' | 'school' | 'university_programme' | 'company' */
  kind: string;
  name: string;
  /** JSON: a translatable text (platform/content). */
  description: string;
  /** JSON: a translatable text (platform/content): the coaching the club offers. */
  coaching: string;
  contact: string | null;
  website: string | null;
  /** JSON array of game ids. */
  games: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EsportsClubStaffTable {
  club_id: string;
  user_id: string;
  added_at: string;
}

export interface EsportsTeamTable {
  id: string;
  club_id: string | null;
  city_id: string;
  game_id: string;
  name: string;
  created_by: string | null;
  created_at: string;
}

export interface EsportsTeamMemberTable {
  team_id: string;
  user_id: string;
  /** 'captain' | 'player' | 'substitute' | 'coach' */
  role: string;
  joined_at: string;
}

export type TeamInvitationStatus = 'pending' | 'accepted' | 'declined';

export interface EsportsTeamInvitationTable {
  id: string;
  team_id: string;
  user_id: string;
  /** The roster role the person gets on accepting. */
  role: string;
  status: TeamInvitationStatus;
  invited_by: string | null;
  created_at: string;
  answered_at: string | null;
}

export interface EsportsTournamentTable {
  id: string;
  name: string;
  game_id: string;
  /** 'single_elimination' | 'double_elimination' | 'round_robin' | 'swiss' */
  format: string;
  /** 'player' | 'team' */
  entrant_kind: string;
  host_city_id: string;
  /** 'registration' | 'running' | 'completed' */
  status: string;
  /** 'rating' | 'hand' */
  seeding: string;
  best_of: number;
  swiss_rounds: number | null;
  /** Round robin only: play in this many groups (the first stage of a two-stage event). */
  groups: number | null;
  third_place: number;
  grand_final_reset: number;
  double_round_robin: number;
  allow_draws: number;
  entry_cap: number | null;
  entrant_count: number;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  check_in_opens_at: string | null;
  check_in_closes_at: string | null;
  /** The tournament whose top entrants this one's playoffs were made from. */
  parent_id: string | null;
  /** Grows on every write; writes compare and set it. */
  version: number;
  created_by: string | null;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  updated_at: string;
}

export interface EsportsEntrantTable {
  id: string;
  tournament_id: string;
  name: string;
  city_id: string;
  rating: number | null;
  seed: number | null;
  user_id: string | null;
  team_id: string | null;
  /** 'registered' | 'checked_in' | 'no_show' */
  status: string;
  checked_in_at: string | null;
  created_at: string;
}

export interface EsportsEntrantSubjectTable {
  entrant_id: string;
  subject_id: string;
}

export interface EsportsMatchTable {
  id: string;
  tournament_id: string;
  /** The core's match id within the tournament: "W1-3", "L2-1", "GF-1", "S3-bye". */
  match_key: string;
  position: number;
  round: number;
  bracket: string | null;
  group_number: number | null;
  role: string | null;
  best_of: number;
  entrant1_id: string | null;
  entrant2_id: string | null;
  /** JSON: where the slot's entrant comes from ({ type: 'winner' | 'loser', matchId }), or null. */
  source1: string | null;
  source2: string | null;
  /** 'pending' | 'ready' | 'reported' | 'disputed' | 'completed' | 'skipped' */
  status: string;
  winner_id: string | null;
  loser_id: string | null;
  /** JSON [a, b] */
  scores: string | null;
  forfeited_by: number | null;
  reported_by: string | null;
  reported_winner_id: string | null;
  reported_scores: string | null;
  reported_at: string | null;
  disputed_by: string | null;
  dispute_reason: string | null;
  decided_by: string | null;
  scheduled_at: string | null;
  proposed_at: string | null;
  proposed_by: string | null;
  completed_at: string | null;
  updated_at: string;
}

export interface EsportsRatingTable {
  id: string;
  game_id: string;
  subject_id: string;
  seq: number;
  /** 'glicko2' | 'openskill' */
  system: string;
  /** Glicko-2 rating, or the OpenSkill ordinal (mu − 3σ). */
  rating: number;
  rd: number | null;
  volatility: number | null;
  mu: number | null;
  sigma: number | null;
  tournament_id: string | null;
  match_id: string | null;
  created_at: string;
}

export type PracticeStatus = 'pending' | 'published' | 'hidden' | 'rejected';

export interface PracticeTable {
  /** Integer key of the practice's rows in the full-text index. */
  search_key: Generated<number>;
  id: string;
  /** JSON: translatable texts (platform/content); body is Markdown. */
  title: string;
  summary: string;
  body: string;
  original_language: string;
  city_id: string;
  status: PracticeStatus;
  author_id: string | null;
  /** JSON array of strings. */
  target_groups: string;
  /** JSON array of { url, label }. */
  links: string;
  /** JSON { name, email?, organisation? } or null. */
  contact: string | null;
  /** JSON array of session ids. */
  related_sessions: string;
  /** JSON array of { url, alt: translatable text }. */
  images: string;
  version: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  /** When reports hid it, until a coordinator decides. */
  hidden_at: string | null;
}

export interface PracticeTopicTable {
  practice_id: string;
  topic_id: string;
}

export interface PracticeRevisionTable {
  id: string;
  practice_id: string;
  version: number;
  editor_id: string | null;
  /** 'created' | 'edited' | 'translated' | 'published' | 'hidden' | 'restored' | 'rejected' */
  change: string;
  /** JSON of the practice's texts and fields after the change. */
  snapshot: string;
  created_at: string;
}

export interface PracticeReportTable {
  id: string;
  practice_id: string;
  user_id: string;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  /** The reporter's city when they reported (null for reports made before it was recorded). */
  reporter_city_id: string | null;
  /** 1 when the reporter's account was verified and a day old when they reported. */
  reporter_established: Generated<number>;
}

export interface PracticeSearchTable {
  search_key: number;
  language: string;
  /** tsvector of pre-analysed tokens, weighted A title, B summary, C body. */
  document: string;
}

export interface SearchIndexVersionTable {
  /** The index, e.g. "practices". */
  name: string;
  /** The analyser version (src/core/text `analyzerVersion`) its tokens were made with. */
  version: string;
  built_at: string;
}

export interface TranslationJobTable {
  subject_type: string;
  subject_id: string;
  field: string;
  target_language: string;
  source_language: string;
  source_hash: string;
  status: 'pending' | 'failed';
  attempts: number;
  available_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
}

export interface TranslationQueueTable {
  subject_type: string;
  subject_id: string;
  field: string;
  language: string;
  /** 'missing' | 'machine' | 'outdated' */
  state: string;
  original_language: string;
  city_id: string | null;
  label: string;
  path: string;
  updated_at: string;
}

export interface TranslatorTable {
  user_id: string;
  language: string;
  city_id: string | null;
  granted_by: string | null;
  created_at: string;
}

export interface YouthConsentRequestTable {
  id: string;
  user_id: string;
  guardian_email: string;
  guardian_name: string;
  /** SHA-256 of the mailed single-use token. */
  token_hash: string;
  /** The language of the mail: the young person's city's main language. */
  locale: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface YouthConsentTable {
  id: string;
  user_id: string;
  request_id: string;
  /** 'granted' | 'refused' */
  decision: string;
  guardian_email: string;
  guardian_name: string;
  /** 'mother' | 'father' | 'parent' | 'legal_guardian' | 'other' */
  relationship: string;
  /** 'email' | 'signed_form' | 'phone_check' */
  verification: string;
  /** When the verification was done: at once for e-mail, by staff for a form or a phone check. */
  verified_at: string | null;
  verified_by: string | null;
  /** The city and its consent age when the guardian decided (the law applied). */
  city_id: string;
  consent_age: number;
  /** SHA-256 of the guardian's link to see what the child joins and to withdraw. */
  guardian_token_hash: string | null;
  decided_at: string;
  withdrawn_at: string | null;
}

export interface YouthFacilitatorVettingTable {
  user_id: string;
  city_id: string;
  method: string;
  checked_on: string;
  note: string | null;
  vetted_by: string | null;
  vetted_at: string;
  revoked_at: string | null;
}

export interface YouthProfileTable {
  user_id: string;
  /** JSON array of language codes. */
  native_languages: string;
  /** JSON array of { language, level }. */
  learning: string;
  /** JSON array of interest ids. */
  interests: string;
  /** JSON array of { weekday, from, to } in the person's own zone. */
  availability: string;
  preferred_circle_size: number | null;
  created_at: string;
  updated_at: string;
}

export interface YouthCircleTable {
  id: string;
  run_id: string | null;
  age_band: string;
  /** JSON array of the two city ids. */
  city_ids: string;
  /** JSON: the matching scores. */
  scores: string;
  /** JSON: shared weekly windows (UTC minutes and each city's local time). */
  shared_windows: string;
  /** 'active' | 'ended' */
  status: string;
  created_by: string | null;
  created_at: string;
  ended_at: string | null;
}

export interface YouthCircleMemberTable {
  circle_id: string;
  user_id: string;
  /** 'member' | 'facilitator' */
  role: string;
  city_id: string;
  joined_at: string;
  left_at: string | null;
}

export interface YouthMessageTable {
  id: string;
  circle_id: string;
  /** Null once the author deleted their account (the message is anonymised). */
  author_id: string | null;
  author_city_id: string | null;
  /** As stored: already masked when a minor is in the circle. */
  text: string;
  /** JSON array of masked kinds ('phone' | 'email' | 'handle' | 'link'). */
  masked: string;
  /** 'visible' | 'hidden' | 'removed' */
  status: string;
  report_count: number;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface YouthReportTable {
  id: string;
  circle_id: string | null;
  message_id: string | null;
  reported_user_id: string | null;
  reporter_id: string | null;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  decision: string | null;
}

export interface YouthBlockTable {
  blocker_id: string;
  blocked_id: string;
  created_at: string;
}

export interface YouthKitItemTable {
  id: string;
  /** 'phrase' | 'note' */
  kind: string;
  /** Phrase cards: the Korean phrase and its Revised Romanization. */
  hangul: string | null;
  romanization: string | null;
  /** JSON: a translatable text (platform/content). */
  title: string;
  /** JSON: a translatable text (platform/content). */
  body: string;
  position: number;
  created_by: string | null;
  created_at: string;
}

export interface YouthKitLearnedTable {
  user_id: string;
  item_id: string;
  learned_at: string;
}

export interface PollTable {
  id: string;
  share_token_hash: string;
  /** JSON: the session to create when a time is picked. */
  session_template: string;
  host_city_id: string | null;
  status: 'open' | 'closed';
  chosen_option_id: string | null;
  session_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PollOptionTable {
  id: string;
  poll_id: string;
  starts_at: string;
  position: number;
}

export interface PollResponseTable {
  id: string;
  poll_id: string;
  user_id: string | null;
  name: string;
  email: string | null;
  locale: string;
  time_zone: string;
  edit_token_hash: string;
  /** JSON: { optionId: "yes" | "if_need_be" | "no" } */
  answers: string;
  created_at: string;
  updated_at: string;
}

/** A youth circle's meeting: a session restricted to the circle (migration 0007). */
export interface YouthCircleMeetingTable {
  session_id: string;
  circle_id: string;
  proposed_by: string | null;
  /** When a facilitator opened the video room; members get the link only from then on. */
  room_opened_at: string | null;
  room_opened_by: string | null;
  created_at: string;
}

/** A person's move to another city: takes effect only when a coordinator of each city has approved. */
export interface CityChangeRequestTable {
  id: string;
  user_id: string;
  from_city_id: string;
  to_city_id: string;
  reason: string | null;
  /** pending | approved | refused | withdrawn */
  status: string;
  requested_by: string | null;
  requested_at: string;
  from_approved_by: string | null;
  from_approved_at: string | null;
  to_approved_by: string | null;
  to_approved_at: string | null;
  decided_at: string | null;
}
