import { api } from '../../app/api-client.js';
import type { Me } from '../accounts/accounts-api.js';

export type LatencyClass = 'turn_based' | 'latency_tolerant' | 'latency_sensitive';
export type TournamentFormat = 'single_elimination' | 'double_elimination' | 'round_robin' | 'swiss';
export type AdviceCode = 'play_as_is' | 'neutral_server' | 'two_legs';
export type ClubKind = 'club' | 'school' | 'university_programme' | 'company';
export type MatchStatus = 'pending' | 'ready' | 'reported' | 'disputed' | 'completed';

export const latencyClasses: readonly LatencyClass[] = [
  'turn_based',
  'latency_tolerant',
  'latency_sensitive',
];

/** A game of the catalogue, as GET /api/esports/games answers. */
export interface Game {
  id: string;
  name: string;
  latencyClass: LatencyClass;
  teamSize: number;
  allowDraws: boolean;
  ratingSystem: 'glicko2' | 'openskill';
}

export interface ClassAdvice {
  code: AdviceCode;
  toleratedRttMs: number | null;
  hostedRttMs: [number, number];
  neutralRttMs: [number, number];
  /** The reasoning with its figures, already in the reader's language. */
  explanation: string;
}

/** GET /api/esports/latency: figures between two cities and advice per latency class. */
export interface Latency {
  from: string;
  to: string;
  distanceKm: number;
  minRttMs: number;
  typicalRttMs: [number, number];
  summary: string;
  advice: Record<LatencyClass, ClassAdvice>;
  game?: { id: string; latencyClass: LatencyClass; advice: ClassAdvice };
}

export interface ShownText {
  language: string;
  text: string;
  source: 'original' | 'human' | 'machine';
}

export interface TeamSummary {
  id: string;
  name: string;
  gameId: string;
  cityId: string;
  clubId: string | null;
}

export interface ClubSession {
  id: string;
  title: string;
  startsAt: string;
  localTimes: Record<string, string>;
}

/** A club, school, university programme or company, as GET /api/esports/clubs/:id answers. */
export interface Club {
  id: string;
  name: string;
  kind: ClubKind;
  cityId: string;
  originalLanguage: string;
  description: Record<string, string>;
  coaching: Record<string, string>;
  shown: { description: ShownText; coaching: ShownText };
  contact: string | null;
  website: string | null;
  games: string[];
  teams: TeamSummary[];
  sessions: ClubSession[];
}

export type MemberRole = 'captain' | 'player' | 'substitute' | 'coach';

export interface RosterMember {
  userId: string | null;
  displayName: string | null;
  cityId: string;
  role: MemberRole;
  minor: boolean;
  /** A minor's profile the viewer may not see: no name is sent. */
  hidden: boolean;
}

export interface Team extends TeamSummary {
  members: RosterMember[];
}

/** An invitation to a roster, as its invitee (a minor) reads it: names with contact details masked. */
export interface TeamInvitation {
  id: string;
  team: TeamSummary;
  role: MemberRole;
  status: 'pending' | 'accepted' | 'declined';
  invitedBy: string | null;
  createdAt: string;
}

export interface Tournament {
  id: string;
  name: string;
  game: string;
  format: TournamentFormat;
  status: 'registration' | 'running' | 'completed';
  hostCityId: string;
  entrantKind: 'player' | 'team';
  seeding: 'rating' | 'hand';
  bestOf: number;
  swissRounds: number | null;
  currentRound: number;
  groups: number | null;
  thirdPlaceMatch: boolean;
  grandFinalReset: boolean;
  doubleRoundRobin: boolean;
  allowDraws: boolean;
  entryCap: number | null;
  entrantCount: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  checkInOpensAt: string | null;
  checkInClosesAt: string | null;
  parentId: string | null;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
}

export interface Entrant {
  id: string;
  name: string;
  cityId: string;
  rating: number | null;
  seed: number | null;
  teamId: string | null;
  status: 'registered' | 'checked_in' | 'no_show';
}

/** A match as GET /api/esports/tournaments/:id/matches answers. */
export interface Match {
  id: string;
  tournamentId: string;
  key: string;
  round: number;
  bracket: 'winners' | 'losers' | 'grand_final' | null;
  group: number | null;
  role: 'third_place' | 'reset' | null;
  bestOf: number;
  entrant1Id: string | null;
  entrant2Id: string | null;
  status: MatchStatus;
  winnerId: string | null;
  scores: [number, number] | null;
  forfeit: boolean;
  report: { byEntrantId: string; winnerId: string | null; scores: [number, number]; at: string } | null;
  dispute: { byEntrantId: string; reason: string } | null;
  scheduledAt: string | null;
  proposal: { startsAt: string; byEntrantId: string } | null;
  localTimes: Record<string, string>;
}

export interface Standing {
  entrantId: string;
  rank: number;
  points: number;
  wins: number;
  draws: number;
  losses: number;
  buchholz: number;
  sonnebornBerger: number;
  byes: number;
}

export interface MatchWindow {
  startsAt: string;
  endsAt: string;
  localTimes: Record<string, string>;
  score: number;
}

export interface Rating {
  subjectId: string;
  gameId: string;
  system: 'glicko2' | 'openskill';
  rating: number;
  rd: number | null;
  mu: number | null;
  sigma: number | null;
  matchId: string | null;
  at: string;
}

/** POST /api/esports/tournaments: what an organizer sets when creating a tournament. */
export interface TournamentInput {
  name: string;
  game: string;
  format: TournamentFormat;
  hostCityId?: string;
  entrantKind?: 'player' | 'team';
  seeding?: 'rating' | 'hand';
  bestOf?: number;
  swissRounds?: number;
  groups?: number;
  thirdPlaceMatch?: boolean;
  grandFinalReset?: boolean;
  doubleRoundRobin?: boolean;
  allowDraws?: boolean;
  entryCap?: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  checkInOpensAt?: string;
  checkInClosesAt?: string;
}

/** POST /api/esports/tournaments/:id/entrants: an organizer enters a player or team by name. */
export interface EntrantInput {
  name: string;
  cityId: string;
  rating?: number;
  seed?: number;
}

/** POST /api/esports/tournaments/:id/playoffs: the second stage of a finished Swiss or round robin. */
export interface PlayoffInput {
  format: 'single_elimination' | 'double_elimination';
  top: number;
  bestOf?: number;
}

export interface ResultInput {
  winnerId: string | null;
  scores: [number, number];
  forfeit?: boolean;
}

const path = (...parts: string[]) => `/api/esports/${parts.map(encodeURIComponent).join('/')}`;

export const esportsApi = {
  games: () => api<Game[]>('GET', '/api/esports/games'),
  latency: (from: string, to: string, game?: string) =>
    api<Latency>(
      'GET',
      `/api/esports/latency?${new URLSearchParams({ from, to, ...(game ? { game } : {}) }).toString()}`,
    ),
  leaderboard: (gameId: string) => api<Rating[]>('GET', path('games', gameId, 'ratings')),
  clubs: (city?: string) =>
    api<Club[]>('GET', `/api/esports/clubs${city ? `?city=${encodeURIComponent(city)}` : ''}`),
  club: (id: string) => api<Club>('GET', path('clubs', id)),
  team: (id: string) => api<Team>('GET', path('teams', id)),
  invitations: () => api<TeamInvitation[]>('GET', '/api/esports/invitations'),
  acceptInvitation: (id: string) => api<Team>('POST', path('invitations', id, 'accept'), {}),
  declineInvitation: (id: string) => api<undefined>('POST', path('invitations', id, 'decline'), {}),
  tournaments: (query: { game?: string } = {}) =>
    api<Tournament[]>(
      'GET',
      `/api/esports/tournaments?${new URLSearchParams({ limit: '200', ...query }).toString()}`,
    ),
  tournament: (id: string) => api<Tournament>('GET', path('tournaments', id)),
  createTournament: (input: TournamentInput) => api<Tournament>('POST', '/api/esports/tournaments', input),
  addEntrant: (id: string, input: EntrantInput) =>
    api<Entrant>('POST', path('tournaments', id, 'entrants'), input),
  register: (id: string) => api<Entrant>('POST', path('tournaments', id, 'registrations'), {}),
  checkIn: (id: string, entrantId?: string) =>
    api<Entrant>('POST', path('tournaments', id, 'check-in'), entrantId === undefined ? {} : { entrantId }),
  playoffs: (id: string, input: PlayoffInput) =>
    api<Tournament>('POST', path('tournaments', id, 'playoffs'), input),
  entrants: (id: string) => api<Entrant[]>('GET', path('tournaments', id, 'entrants')),
  matches: (id: string) => api<Match[]>('GET', path('tournaments', id, 'matches')),
  standings: (id: string) => api<Standing[]>('GET', path('tournaments', id, 'standings')),
  start: (id: string) => api<Tournament>('POST', path('tournaments', id, 'start'), {}),
  nextRound: (id: string) => api<unknown>('POST', path('tournaments', id, 'rounds'), {}),
  result: (matchId: string, input: ResultInput) =>
    api<Match>('POST', path('matches', matchId, 'result'), input),
  confirm: (matchId: string) => api<Match>('POST', path('matches', matchId, 'confirm'), {}),
  dispute: (matchId: string, reason: string) =>
    api<Match>('POST', path('matches', matchId, 'dispute'), { reason }),
  windows: (matchId: string) => api<MatchWindow[]>('GET', path('matches', matchId, 'windows')),
  schedule: (matchId: string, startsAt: string) =>
    api<Match>('POST', path('matches', matchId, 'schedule'), { startsAt }),
};

/**
 * Whether the viewer may run a tournament, mirroring the server's rule to show or hide controls:
 * admin, or a coordinator or facilitator of the host city or of a city with an entrant in it.
 */
export function mayOrganize(me: Me | null | undefined, cityIds: readonly string[]): boolean {
  return (
    me?.roles.some(
      (grant) =>
        grant.role === 'admin' ||
        ((grant.role === 'coordinator' || grant.role === 'facilitator') &&
          grant.cityId !== null &&
          cityIds.includes(grant.cityId)),
    ) ?? false
  );
}

/**
 * The cities the viewer may host a tournament in (the server's rule: admin anywhere, a coordinator
 * or facilitator in their own city); empty for everyone else, who sees no "New tournament".
 */
export function hostableCities(me: Me | null | undefined, cityIds: readonly string[]): string[] {
  const roles = me?.roles ?? [];
  if (roles.some((grant) => grant.role === 'admin')) return [...cityIds];
  return cityIds.filter((id) =>
    roles.some(
      (grant) => (grant.role === 'coordinator' || grant.role === 'facilitator') && grant.cityId === id,
    ),
  );
}
