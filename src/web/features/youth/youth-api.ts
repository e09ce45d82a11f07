import { api } from '../../app/api-client.js';
import type { Me } from '../accounts/accounts-api.js';

/** Levels of the Common European Framework, lowest first. */
export const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Level = (typeof levels)[number];

/** Languages a young person can name as native or as learning; the UI has a name for each. */
export const youthLanguages = ['fi', 'sv', 'en', 'ko'] as const;
export type YouthLanguage = (typeof youthLanguages)[number];

export type Relationship = 'mother' | 'father' | 'parent' | 'legal_guardian' | 'other';
export const relationships: readonly Relationship[] = [
  'mother',
  'father',
  'parent',
  'legal_guardian',
  'other',
];
export type Verification = 'email' | 'signed_form' | 'phone_check';

export interface ConsentRequest {
  id: string;
  guardianEmail: string;
  guardianName: string;
  status: 'pending' | 'used' | 'expired';
  expiresAt: string;
  createdAt: string;
}

export interface ConsentRecord {
  id: string;
  decision: 'granted' | 'refused';
  guardianName: string;
  guardianEmail: string;
  relationship: string;
  verification: string;
  verified: boolean;
  cityId: string;
  consentAge: number;
  decidedAt: string;
  withdrawnAt: string | null;
}

export interface ConsentState {
  status: 'active' | 'awaiting_guardian_consent';
  needsGuardianConsent: boolean;
  consentAge: number;
  requests: ConsentRequest[];
  consents: ConsentRecord[];
}

/** What a guardian reads before deciding (GET /api/youth/consent/:token). */
export interface ConsentInvitation {
  child: { displayName: string; ageBand: string; cityId: string; cityName: string };
  guardianName: string;
  about: string;
  dataKept: string[];
  consentAge: number;
  verificationRequired: boolean;
  verificationMethods: Verification[];
  expiresAt: string;
}

export interface ConsentDecision {
  decision: 'granted' | 'refused';
  childStatus: 'active' | 'awaiting_guardian_consent';
  verification: string;
  verified: boolean;
}

export interface FreeTime {
  weekday: number;
  from: string;
  to: string;
}

export interface YouthProfile {
  userId: string;
  displayName: string;
  cityId: string;
  ageBand: string;
  timeZone: string;
  nativeLanguages: string[];
  learning: { language: string; level: string }[];
  interests: string[];
  availability: FreeTime[];
  preferredCircleSize: number | null;
  updatedAt: string;
}

export interface ProfileInput {
  nativeLanguages: string[];
  learning: { language: string; level: Level }[];
  interests: string[];
  availability: FreeTime[];
  preferredCircleSize?: number;
}

export interface GuardianView {
  child: { displayName: string; ageBand: string; cityId: string };
  consent: ConsentRecord;
  circles: {
    id: string;
    ageBand: string;
    status: string;
    joinedAt: string;
    memberCount: number;
    facilitators: { displayName: string; cityId: string }[];
  }[];
  profile: YouthProfile | null;
}

export interface Vocabulary {
  interests: string[];
  levels: string[];
  ageBands: string[];
  circleSize: { min: number; max: number };
}

export interface WeekTime {
  weekday: number;
  time: string;
}

export interface SharedWindow {
  minutes: number;
  local: { cityId: string; timeZone: string; start: WeekTime; end: WeekTime }[];
}

export interface CirclePerson {
  userId: string;
  displayName: string;
  cityId: string;
  role: 'member' | 'facilitator';
  ageBand: string | null;
}

export interface Circle {
  id: string;
  ageBand: string;
  status: string;
  cityIds: string[];
  myRole: 'member' | 'facilitator' | 'staff';
  people: CirclePerson[];
  sharedWindows: SharedWindow[];
  minorsPresent: boolean;
  createdAt: string;
}

export interface CircleMessage {
  id: string;
  circleId: string;
  authorId: string | null;
  authorName: string | null;
  authorCityId: string | null;
  /** Null while hidden, for members. */
  text: string | null;
  masked: string[];
  status: 'visible' | 'hidden' | 'removed';
  reportCount?: number;
  createdAt: string;
}

export interface ReportOutcome {
  reportId: string;
  reports: number;
  hidden: boolean;
}

export interface Scores {
  interests: number;
  levelFit: number;
  sizeFit: number;
  total: number;
}

export interface MatchingRun {
  dryRun: boolean;
  cityIds: string[];
  referenceWeekStart: string;
  circles: {
    id?: string;
    ageBand: string;
    members: string[];
    membersByCity: Record<string, string[]>;
    facilitators?: string[];
    scores: Scores;
    sharedWindows: SharedWindow[];
  }[];
  unmatched: { userId: string; reason: string }[];
  objective: { matched: number; score: number };
}

export interface PersonCard {
  id: string;
  displayName: string;
  cityId: string;
  ageBand: string | null;
  profile: YouthProfile | null;
}

export interface KitItem {
  id: string;
  kind: 'phrase' | 'note';
  hangul: string | null;
  romanization: string | null;
  title: Record<string, string>;
  body: Record<string, string>;
  display: { language: string; title: string; body: string; source: string };
  learned: boolean;
}

/** A city's local time of a meeting or a suggested slot. */
export interface CityTime {
  cityId: string;
  timeZone: string;
  local: string;
}

/** A circle meeting: a session only the circle sees (GET /api/youth/circles/:id/meetings). */
export interface Meeting {
  id: string;
  circleId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  local: CityTime[];
  roomOpen: boolean;
  registration: 'confirmed' | 'waitlisted' | null;
  joinOpensAt: string;
}

export interface MeetingSlot {
  startsAt: string;
  endsAt: string;
  local: CityTime[];
  score: number;
  membersFree: number;
  members: number;
}

/** Hidden messages and open reports of the circles a facilitator or coordinator moderates. */
export interface ModerationQueue {
  messages: CircleMessage[];
  reports: {
    id: string;
    circleId: string | null;
    messageId: string | null;
    reportedUserId: string | null;
    reportedName: string | null;
    reason: string;
    createdAt: string;
  }[];
}

/** A guardian's grant waiting for a coordinator to record the signed form or phone check. */
export interface PendingVerification {
  consent: ConsentRecord;
  child: { userId: string; displayName: string; ageBand: string | null };
}

const token = (value: string) => encodeURIComponent(value);

export const youthApi = {
  consentState: () => api<ConsentState>('GET', '/api/youth/consent'),
  askGuardian: (guardianEmail: string, guardianName: string) =>
    api<ConsentRequest>('POST', '/api/youth/consent-requests', { guardianEmail, guardianName }),
  invitation: (value: string) => api<ConsentInvitation>('GET', `/api/youth/consent/${token(value)}`),
  decide: (
    value: string,
    body: {
      decision: 'grant' | 'refuse';
      guardianName: string;
      relationship: Relationship;
      verification?: Verification;
    },
  ) => api<ConsentDecision>('POST', `/api/youth/consent/${token(value)}`, body),
  guardianView: (value: string) => api<GuardianView>('GET', `/api/youth/guardian/${token(value)}`),
  withdraw: (value: string) =>
    api<{ status: 'withdrawn' }>('POST', `/api/youth/guardian/${token(value)}/withdraw`, {}),
  vocabulary: () => api<Vocabulary>('GET', '/api/youth/vocabulary'),
  profile: () => api<YouthProfile>('GET', '/api/youth/profile'),
  saveProfile: (profile: ProfileInput) => api<YouthProfile>('PUT', '/api/youth/profile', profile),
  person: (userId: string) => api<PersonCard>('GET', `/api/users/${token(userId)}`),
  myCircles: () => api<{ circles: Circle[] }>('GET', '/api/youth/circles/mine'),
  messages: (circleId: string) =>
    api<{ messages: CircleMessage[] }>('GET', `/api/youth/circles/${token(circleId)}/messages`),
  post: (circleId: string, text: string) =>
    api<CircleMessage>('POST', `/api/youth/circles/${token(circleId)}/messages`, { text }),
  reportMessage: (messageId: string, reason: string) =>
    api<ReportOutcome>('POST', `/api/youth/messages/${token(messageId)}/reports`, { reason }),
  reportPerson: (userId: string, circleId: string, reason: string) =>
    api<ReportOutcome>('POST', '/api/youth/reports', { userId, circleId, reason }),
  blocks: () => api<{ blocked: string[] }>('GET', '/api/youth/blocks'),
  block: (userId: string) => api<{ blocked: string[] }>('POST', '/api/youth/blocks', { userId }),
  unblock: (userId: string) => api<void>('DELETE', `/api/youth/blocks/${token(userId)}`),
  runMatching: (body: { dryRun: boolean; circles?: { members: string[] }[] }) =>
    api<MatchingRun>('POST', '/api/youth/matching-runs', body),
  meetings: (circleId: string) =>
    api<{ meetings: Meeting[] }>('GET', `/api/youth/circles/${token(circleId)}/meetings`),
  meetingTimes: (circleId: string) =>
    api<{ slots: MeetingSlot[] }>('GET', `/api/youth/circles/${token(circleId)}/meeting-times`),
  proposeMeeting: (circleId: string, body: { startsAt: string; durationMinutes: number }) =>
    api<Meeting>('POST', `/api/youth/circles/${token(circleId)}/meetings`, body),
  takeSeat: (meetingId: string) =>
    api<{ status: string }>('POST', `/api/youth/meetings/${token(meetingId)}/registration`, {}),
  giveUpSeat: (meetingId: string) =>
    api<void>('DELETE', `/api/youth/meetings/${token(meetingId)}/registration`),
  openRoom: (meetingId: string) =>
    api<{ url: string }>('POST', `/api/youth/meetings/${token(meetingId)}/room`, {}),
  joinRoom: (meetingId: string) =>
    api<{ url: string }>('POST', `/api/youth/meetings/${token(meetingId)}/join`, {}),
  moderation: () => api<ModerationQueue>('GET', '/api/youth/moderation'),
  decideMessage: (messageId: string, decision: 'restore' | 'remove') =>
    api<CircleMessage>('POST', `/api/youth/messages/${token(messageId)}/decision`, { decision }),
  decideReport: (reportId: string, decision: 'dismiss' | 'remove_from_circle') =>
    api<{ status: 'resolved' }>('POST', `/api/youth/reports/${token(reportId)}/decision`, { decision }),
  awaitingVerification: () =>
    api<{ consents: PendingVerification[] }>('GET', '/api/youth/consents/awaiting-verification'),
  recordVerification: (consentId: string) =>
    api<ConsentRecord>('POST', `/api/youth/consents/${token(consentId)}/verification`, {}),
  kits: () => api<{ items: KitItem[] }>('GET', '/api/youth/kits'),
  markLearned: (itemId: string, learned: boolean) =>
    api<void>(learned ? 'PUT' : 'DELETE', `/api/youth/kits/${token(itemId)}/learned`),
};

/** Whether someone moderates circles (facilitators, coordinators and admins). */
export function isModerator(me: Me | null | undefined): boolean {
  return me?.roles.some((grant) => ['admin', 'coordinator', 'facilitator'].includes(grant.role)) ?? false;
}

/** Whether someone runs matching (coordinators and admins). */
export function isCoordinator(me: Me | null | undefined): boolean {
  return me?.roles.some((grant) => grant.role === 'admin' || grant.role === 'coordinator') ?? false;
}

/**
 * Whether the youth exchange is in someone's navigation. GET /api/me carries no age band, so every
 * active account sees it; the pages tell an adult who is not staff that the exchange is for 13–29.
 */
export function seesYouthExchange(me: Me | null | undefined): boolean {
  return me?.status === 'active';
}
