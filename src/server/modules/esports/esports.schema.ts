import { type Static, type TSchema, Type } from 'typebox';

const Id = Type.String({ maxLength: 100 });
const Instant = Type.String({
  maxLength: 40,
  description: 'ISO 8601 instant with offset, e.g. 2027-03-28T07:00:00Z',
});
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const LanguageTexts = Type.Record(Type.String({ maxLength: 5 }), Type.String({ maxLength: 20_000 }), {
  description: 'Text per language code (fi, sv, en, ko); the original language is required',
});

export const LatencyClass = Type.Union([
  Type.Literal('turn_based'),
  Type.Literal('latency_tolerant'),
  Type.Literal('latency_sensitive'),
]);
export const Format = Type.Union([
  Type.Literal('single_elimination'),
  Type.Literal('double_elimination'),
  Type.Literal('round_robin'),
  Type.Literal('swiss'),
]);
const AdviceCode = Type.Union([
  Type.Literal('play_as_is'),
  Type.Literal('neutral_server'),
  Type.Literal('two_legs'),
]);
const ClubKind = Type.Union([
  Type.Literal('club'),
  Type.Literal('school'),
  Type.Literal('university_programme'),
  Type.Literal('company'),
]);
const MemberRole = Type.Union([
  Type.Literal('captain'),
  Type.Literal('player'),
  Type.Literal('substitute'),
  Type.Literal('coach'),
]);

export const IdParams = Type.Object({ id: Id });

// Games and latency

export const Game = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    latencyClass: LatencyClass,
    teamSize: Type.Integer(),
    allowDraws: Type.Boolean(),
    ratingSystem: Type.Union([Type.Literal('glicko2'), Type.Literal('openskill')]),
  },
  { additionalProperties: false },
);
export type Game = Static<typeof Game>;

export const GameBody = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$', description: 'Slug, e.g. "chess"' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    latencyClass: LatencyClass,
    teamSize: Type.Integer({ minimum: 1, maximum: 12 }),
    allowDraws: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type GameBody = Static<typeof GameBody>;

const ClassAdvice = Type.Object(
  {
    code: AdviceCode,
    toleratedRttMs: Nullable(Type.Number()),
    hostedRttMs: Type.Tuple([Type.Number(), Type.Number()]),
    neutralRttMs: Type.Tuple([Type.Number(), Type.Number()]),
    explanation: Type.String({ description: 'The reasoning with its figures, in the reader’s language' }),
  },
  { additionalProperties: false },
);

export const LatencyQuery = Type.Object(
  {
    from: Id,
    to: Id,
    game: Type.Optional(Id),
    lang: Type.Optional(Type.String({ maxLength: 5 })),
  },
  { additionalProperties: false },
);
export type LatencyQuery = Static<typeof LatencyQuery>;

export const Latency = Type.Object(
  {
    from: Type.String(),
    to: Type.String(),
    distanceKm: Type.Number(),
    minRttMs: Type.Number({ description: 'Round trip in fibre along the great circle: the physical floor' }),
    typicalRttMs: Type.Tuple([Type.Number(), Type.Number()], { description: '[low, high] in practice' }),
    summary: Type.String(),
    advice: Type.Object(
      { turn_based: ClassAdvice, latency_tolerant: ClassAdvice, latency_sensitive: ClassAdvice },
      { additionalProperties: false },
    ),
    game: Type.Optional(
      Type.Object(
        { id: Type.String(), latencyClass: LatencyClass, advice: ClassAdvice },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Latency = Static<typeof Latency>;

// Clubs, teams and rosters

export const ClubBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: ClubKind,
    cityId: Type.Optional(Id),
    description: LanguageTexts,
    coaching: Type.Optional(LanguageTexts),
    originalLanguage: Type.String({ maxLength: 5 }),
    contact: Type.Optional(Type.String({ maxLength: 500 })),
    website: Type.Optional(Type.String({ maxLength: 500 })),
    games: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type ClubBody = Static<typeof ClubBody>;

const Shown = Type.Object(
  {
    language: Type.String(),
    text: Type.String(),
    source: Type.Union([Type.Literal('original'), Type.Literal('human'), Type.Literal('machine')]),
  },
  { additionalProperties: false },
);

export const TeamSummary = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    gameId: Type.String(),
    cityId: Type.String(),
    clubId: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const ClubSession = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    startsAt: Type.String(),
    localTimes: Type.Record(Type.String(), Type.String()),
  },
  { additionalProperties: false },
);

export const Club = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: ClubKind,
    cityId: Type.String(),
    originalLanguage: Type.String(),
    description: Type.Record(Type.String(), Type.String()),
    coaching: Type.Record(Type.String(), Type.String()),
    shown: Type.Object({ description: Shown, coaching: Shown }, { additionalProperties: false }),
    contact: Nullable(Type.String()),
    website: Nullable(Type.String()),
    games: Type.Array(Type.String()),
    teams: Type.Array(TeamSummary),
    sessions: Type.Array(ClubSession, {
      description: 'Upcoming e-sports coaching clinics and talks in the club’s city',
    }),
  },
  { additionalProperties: false },
);
export type Club = Static<typeof Club>;

export const ClubListQuery = Type.Object(
  { city: Type.Optional(Id), lang: Type.Optional(Type.String({ maxLength: 5 })) },
  { additionalProperties: false },
);

export const StaffBody = Type.Object({ userId: Id }, { additionalProperties: false });

export const TeamBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    gameId: Id,
    clubId: Type.Optional(Id),
    cityId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type TeamBody = Static<typeof TeamBody>;

export const MemberBody = Type.Object(
  { userId: Id, role: Type.Optional(MemberRole) },
  { additionalProperties: false },
);

export const RosterMember = Type.Object(
  {
    userId: Nullable(Type.String()),
    displayName: Nullable(Type.String()),
    cityId: Type.String(),
    role: MemberRole,
    minor: Type.Boolean(),
    hidden: Type.Boolean({ description: 'A minor’s profile, shown only to their club’s staff and team' }),
  },
  { additionalProperties: false },
);
export type RosterMember = Static<typeof RosterMember>;

export const Team = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    gameId: Type.String(),
    cityId: Type.String(),
    clubId: Nullable(Type.String()),
    members: Type.Array(RosterMember),
  },
  { additionalProperties: false },
);
export type Team = Static<typeof Team>;

export const TeamInvitation = Type.Object(
  {
    id: Type.String(),
    team: Type.Object(
      {
        id: Type.String(),
        name: Type.String(),
        gameId: Type.String(),
        cityId: Type.String(),
        clubId: Nullable(Type.String()),
      },
      { additionalProperties: false },
    ),
    role: MemberRole,
    status: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('declined')]),
    invitedBy: Nullable(Type.String({ description: 'The name of who invited, contact details masked' })),
    createdAt: Type.String(),
  },
  {
    additionalProperties: false,
    description: 'An invitation to a roster: a minor joins a team only by accepting one',
  },
);
export type TeamInvitation = Static<typeof TeamInvitation>;

// Tournaments

export const TournamentBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    game: Id,
    format: Format,
    swissRounds: Type.Optional(Type.Integer({ description: 'Default: ⌈log2 n⌉ at the start' })),
    bestOf: Type.Optional(Type.Integer()),
    hostCityId: Type.Optional(Id),
    entrantKind: Type.Optional(Type.Union([Type.Literal('player'), Type.Literal('team')])),
    seeding: Type.Optional(Type.Union([Type.Literal('rating'), Type.Literal('hand')])),
    thirdPlaceMatch: Type.Optional(Type.Boolean()),
    grandFinalReset: Type.Optional(Type.Boolean({ default: true })),
    doubleRoundRobin: Type.Optional(Type.Boolean()),
    groups: Type.Optional(Type.Integer({ description: 'Round robin in groups: the first stage of two' })),
    allowDraws: Type.Optional(Type.Boolean()),
    entryCap: Type.Optional(Type.Integer()),
    registrationOpensAt: Type.Optional(Instant),
    registrationClosesAt: Type.Optional(Instant),
    checkInOpensAt: Type.Optional(Instant),
    checkInClosesAt: Type.Optional(Instant),
  },
  { additionalProperties: false },
);
export type TournamentBody = Static<typeof TournamentBody>;

export const Tournament = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    game: Type.String(),
    format: Format,
    status: Type.Union([Type.Literal('registration'), Type.Literal('running'), Type.Literal('completed')]),
    hostCityId: Type.String(),
    entrantKind: Type.Union([Type.Literal('player'), Type.Literal('team')]),
    seeding: Type.Union([Type.Literal('rating'), Type.Literal('hand')]),
    bestOf: Type.Integer(),
    swissRounds: Nullable(Type.Integer()),
    currentRound: Type.Integer(),
    groups: Nullable(Type.Integer()),
    thirdPlaceMatch: Type.Boolean(),
    grandFinalReset: Type.Boolean(),
    doubleRoundRobin: Type.Boolean(),
    allowDraws: Type.Boolean(),
    entryCap: Nullable(Type.Integer()),
    entrantCount: Type.Integer(),
    registrationOpensAt: Nullable(Type.String()),
    registrationClosesAt: Nullable(Type.String()),
    checkInOpensAt: Nullable(Type.String()),
    checkInClosesAt: Nullable(Type.String()),
    parentId: Nullable(Type.String()),
    createdAt: Type.String(),
    startedAt: Nullable(Type.String()),
    completedAt: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type Tournament = Static<typeof Tournament>;

export const TournamentListQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('registration'), Type.Literal('running'), Type.Literal('completed')]),
    ),
    game: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);
export type TournamentListQuery = Static<typeof TournamentListQuery>;

export const EntrantBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    cityId: Id,
    rating: Type.Optional(Type.Number({ minimum: -10_000, maximum: 10_000 })),
    seed: Type.Optional(Type.Integer({ minimum: 1, maximum: 4096 })),
    userId: Type.Optional(Id),
    teamId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type EntrantBody = Static<typeof EntrantBody>;

export const RegisterBody = Type.Object({ teamId: Type.Optional(Id) }, { additionalProperties: false });

export const CheckInBody = Type.Object({ entrantId: Type.Optional(Id) }, { additionalProperties: false });

export const Entrant = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    cityId: Type.String(),
    rating: Nullable(Type.Number()),
    seed: Nullable(Type.Integer()),
    teamId: Nullable(Type.String()),
    status: Type.Union([Type.Literal('registered'), Type.Literal('checked_in'), Type.Literal('no_show')]),
  },
  { additionalProperties: false },
);
export type Entrant = Static<typeof Entrant>;

export const MatchStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('ready'),
  Type.Literal('reported'),
  Type.Literal('disputed'),
  Type.Literal('completed'),
]);

export const Match = Type.Object(
  {
    id: Type.String(),
    tournamentId: Type.String(),
    key: Type.String({ description: 'Place in the bracket: W1-3, L2-1, GF-1, S3-2, R1-1' }),
    round: Type.Integer(),
    bracket: Nullable(
      Type.Union([Type.Literal('winners'), Type.Literal('losers'), Type.Literal('grand_final')]),
    ),
    group: Nullable(Type.Integer()),
    role: Nullable(Type.Union([Type.Literal('third_place'), Type.Literal('reset')])),
    bestOf: Type.Integer(),
    entrant1Id: Nullable(Type.String()),
    entrant2Id: Nullable(Type.String()),
    status: MatchStatus,
    winnerId: Nullable(Type.String()),
    scores: Nullable(Type.Tuple([Type.Number(), Type.Number()])),
    forfeit: Type.Boolean({ description: 'Decided by a no-show or walkover' }),
    report: Nullable(
      Type.Object(
        {
          byEntrantId: Type.String(),
          winnerId: Nullable(Type.String()),
          scores: Type.Tuple([Type.Number(), Type.Number()]),
          at: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    dispute: Nullable(
      Type.Object({ byEntrantId: Type.String(), reason: Type.String() }, { additionalProperties: false }),
    ),
    scheduledAt: Nullable(Type.String()),
    proposal: Nullable(
      Type.Object({ startsAt: Type.String(), byEntrantId: Type.String() }, { additionalProperties: false }),
    ),
    localTimes: Type.Record(Type.String(), Type.String(), {
      description: 'The scheduled start in each entrant city’s local time, ISO 8601 with offset',
    }),
  },
  { additionalProperties: false },
);
export type Match = Static<typeof Match>;

export const ResultBody = Type.Object(
  {
    // Null first: with type coercion on, a null tried against a string first would become "".
    winnerId: Type.Union([Type.Null(), Id], { description: 'Null for a draw where the format allows it' }),
    scores: Type.Tuple([
      Type.Number({ minimum: 0, maximum: 100 }),
      Type.Number({ minimum: 0, maximum: 100 }),
    ]),
    forfeit: Type.Optional(
      Type.Boolean({ description: 'Organizers: the side that lost did not show up (a walkover)' }),
    ),
  },
  { additionalProperties: false },
);
export type ResultBody = Static<typeof ResultBody>;

export const DisputeBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const ScheduleBody = Type.Object({ startsAt: Instant }, { additionalProperties: false });

export const SwissRound = Type.Object(
  { round: Type.Integer(), matches: Type.Array(Match) },
  { additionalProperties: false },
);

export const Standing = Type.Object(
  {
    entrantId: Type.String(),
    rank: Type.Integer(),
    points: Type.Number(),
    wins: Type.Integer(),
    draws: Type.Integer(),
    losses: Type.Integer(),
    buchholz: Type.Number(),
    sonnebornBerger: Type.Number(),
    byes: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Standing = Static<typeof Standing>;

export const PlayoffBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    format: Type.Union([Type.Literal('single_elimination'), Type.Literal('double_elimination')]),
    top: Type.Integer({ minimum: 2, maximum: 256 }),
    bestOf: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export type PlayoffBody = Static<typeof PlayoffBody>;

export const MatchWindow = Type.Object(
  {
    startsAt: Type.String(),
    endsAt: Type.String(),
    localTimes: Type.Record(Type.String(), Type.String()),
    score: Type.Number(),
  },
  { additionalProperties: false },
);

export const WindowQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ maxLength: 10, description: 'First local date, YYYY-MM-DD' })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 28 })),
  },
  { additionalProperties: false },
);

export const Rating = Type.Object(
  {
    subjectId: Type.String(),
    gameId: Type.String(),
    system: Type.Union([Type.Literal('glicko2'), Type.Literal('openskill')]),
    rating: Type.Number(),
    rd: Nullable(Type.Number()),
    mu: Nullable(Type.Number()),
    sigma: Nullable(Type.Number()),
    matchId: Nullable(Type.String()),
    at: Type.String(),
  },
  { additionalProperties: false },
);
export type Rating = Static<typeof Rating>;

export const RatingParams = Type.Object({ id: Id, subjectId: Id });
