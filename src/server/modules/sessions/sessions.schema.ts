import { type Static, Type } from 'typebox';

const Mode = Type.Union([Type.Literal('online'), Type.Literal('hybrid'), Type.Literal('in_person')]);
const Audience = Type.Union([Type.Literal('everyone'), Type.Literal('youth'), Type.Literal('staff')]);
const Status = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('cancelled')]);
const LanguageTexts = Type.Record(Type.String({ maxLength: 5 }), Type.String({ maxLength: 20_000 }), {
  description: 'Text per language code (fi, sv, en, ko); the original language is required',
});

export const SessionBody = Type.Object(
  {
    title: LanguageTexts,
    description: Type.Optional(LanguageTexts),
    originalLanguage: Type.String({ maxLength: 5 }),
    startsAt: Type.String({ maxLength: 40, description: 'ISO 8601 instant, e.g. 2027-03-28T07:00:00Z' }),
    durationMinutes: Type.Integer(),
    anchorTimeZone: Type.String({ maxLength: 100, description: 'IANA zone the time is set in' }),
    mode: Mode,
    audience: Audience,
    seats: Type.Record(Type.String({ maxLength: 100 }), Type.Integer(), {
      description: 'Seats per city id; a city missing here has no seats',
    }),
    waitlist: Type.Optional(Type.Boolean({ default: true })),
    topics: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    hostCityId: Type.Optional(Type.String({ maxLength: 100 })),
    venues: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 500 }))),
    videoUrl: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
    status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('published')])),
  },
  { additionalProperties: false },
);
export type SessionBody = Static<typeof SessionBody>;

export const SessionPatch = Type.Partial(
  Type.Object(
    {
      title: LanguageTexts,
      description: LanguageTexts,
      startsAt: Type.String({ maxLength: 40 }),
      durationMinutes: Type.Integer(),
      anchorTimeZone: Type.String({ maxLength: 100 }),
      mode: Mode,
      audience: Audience,
      seats: Type.Record(Type.String({ maxLength: 100 }), Type.Integer()),
      waitlist: Type.Boolean(),
      topics: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 }),
      venues: Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 500 })),
      videoUrl: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]),
      status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
    },
    { additionalProperties: false },
  ),
  { additionalProperties: false },
);
export type SessionPatch = Static<typeof SessionPatch>;

export const SeatCount = Type.Object(
  { total: Type.Integer(), confirmed: Type.Integer(), waiting: Type.Integer() },
  { additionalProperties: false },
);

/** Who wrote a text shown in the reader's language. */
const Source = Type.Union([Type.Literal('original'), Type.Literal('human'), Type.Literal('machine')]);

/**
 * A session as a listing shows it: the contract's fields and what a list card needs, without the
 * description, venues and provenance that only the session's own page shows.
 */
export const SessionSummary = Type.Object(
  {
    id: Type.String(),
    title: Type.Record(Type.String(), Type.String()),
    originalLanguage: Type.String(),
    display: Type.Object(
      {
        language: Type.String({ description: 'The language the title is shown in' }),
        title: Type.String(),
        source: Source,
      },
      { additionalProperties: false, description: 'The title in the reader’s language when there is one' },
    ),
    startsAt: Type.String(),
    endsAt: Type.String(),
    anchorTimeZone: Type.String(),
    mode: Mode,
    audience: Audience,
    hostCityId: Type.Union([Type.String(), Type.Null()]),
    topics: Type.Array(Type.String()),
    status: Status,
    sequence: Type.Integer(),
    waitlist: Type.Boolean(),
    seats: Type.Record(Type.String(), SeatCount),
    localTimes: Type.Record(Type.String(), Type.String(), {
      description: 'The start in each partnership city’s local time, ISO 8601 with offset',
    }),
  },
  { additionalProperties: false },
);
export type SessionSummary = Static<typeof SessionSummary>;

/** A session on its own page: the summary with its description, duration, venues and series. */
export const Session = Type.Object(
  {
    ...SessionSummary.properties,
    description: Type.Record(Type.String(), Type.String()),
    display: Type.Object(
      {
        language: Type.String({ description: 'The language title and description are shown in' }),
        title: Type.String(),
        description: Type.String(),
        source: Source,
      },
      {
        additionalProperties: false,
        description: 'Title and description in the reader’s language when there is one',
      },
    ),
    durationMinutes: Type.Integer(),
    venues: Type.Record(Type.String(), Type.String()),
    seriesId: Type.Union([Type.String(), Type.Null()], {
      description: 'The series this session is an occurrence of (GET /api/series/:id), or null',
    }),
    updatedAt: Type.String(),
  },
  { additionalProperties: false },
);
export type Session = Static<typeof Session>;

export const SessionParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const SessionListQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ maxLength: 40 })),
    to: Type.Optional(Type.String({ maxLength: 40 })),
    topic: Type.Optional(Type.String({ maxLength: 100 })),
    city: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    lang: Type.Optional(Type.String({ maxLength: 5 })),
  },
  { additionalProperties: false },
);
export type SessionListQuery = Static<typeof SessionListQuery>;

export const SessionList = Type.Object(
  { items: Type.Array(SessionSummary), total: Type.Integer() },
  { additionalProperties: false },
);
export type SessionList = Static<typeof SessionList>;

export const RegistrationOutcome = Type.Object(
  {
    status: Type.Union([Type.Literal('confirmed'), Type.Literal('waitlisted')]),
    position: Type.Optional(
      Type.Integer({ description: 'Place in the waiting list of the registrant’s city' }),
    ),
  },
  { additionalProperties: false },
);
export type RegistrationOutcome = Static<typeof RegistrationOutcome>;

export const JoinLink = Type.Object({ url: Type.String() }, { additionalProperties: false });

export const AttendanceBody = Type.Object(
  {
    attendance: Type.Array(Type.Object({ userId: Type.String(), attended: Type.Boolean() }), {
      maxItems: 1000,
    }),
  },
  { additionalProperties: false },
);

export const Participant = Type.Object(
  {
    userId: Type.String(),
    displayName: Type.String(),
    cityId: Type.String(),
    status: Type.Union([Type.Literal('confirmed'), Type.Literal('waitlisted')]),
    position: Type.Integer(),
    attended: Type.Union([Type.Boolean(), Type.Null()]),
  },
  { additionalProperties: false },
);

const AudienceChoice = Type.Union([
  Type.Union([
    Type.Literal('everyone'),
    Type.Literal('youth'),
    Type.Literal('staff'),
    Type.Literal('school'),
  ]),
  Type.Record(
    Type.String({ maxLength: 100 }),
    Type.Union([
      Type.Literal('everyone'),
      Type.Literal('youth'),
      Type.Literal('staff'),
      Type.Literal('school'),
    ]),
  ),
]);

export const SuggestBody = Type.Object(
  {
    durationMinutes: Type.Integer(),
    from: Type.String({ maxLength: 10, description: 'First local date, YYYY-MM-DD' }),
    to: Type.String({ maxLength: 10, description: 'Last local date, YYYY-MM-DD' }),
    audience: AudienceChoice,
    cities: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 10 }),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    gridMinutes: Type.Optional(Type.Union([Type.Literal(15), Type.Literal(30), Type.Literal(60)])),
    invitees: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ maxLength: 100 }),
            timeZone: Type.String({ maxLength: 100 }),
            weekly: Type.Array(
              Type.Object(
                {
                  weekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 Monday … 7 Sunday' }),
                  start: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
                  end: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$' }),
                },
                { additionalProperties: false },
              ),
              { maxItems: 50 },
            ),
          },
          { additionalProperties: false },
        ),
        { maxItems: 500, description: 'People whose usual free time (in their own zone) should be met' },
      ),
    ),
    seriesId: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          'A series this time is for: who carried the early or late hour at its occurrences so far weighs in',
      }),
    ),
    fairnessHistory: Type.Optional(
      Type.Array(
        Type.Object(
          {
            early: Type.Array(Type.String({ maxLength: 100 })),
            late: Type.Array(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: 52,
          description:
            'Who carried the early or late hour at earlier occurrences, oldest first; with seriesId, occurrences not saved yet (after the saved ones)',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SuggestBody = Static<typeof SuggestBody>;

export const SlotReason = Type.Object(
  {
    code: Type.String(),
    text: Type.String({ description: 'The reason in the caller’s language' }),
    city: Type.Optional(Type.String()),
    localTime: Type.Optional(Type.String()),
    available: Type.Optional(Type.Integer()),
    total: Type.Optional(Type.Integer()),
    earlyCount: Type.Optional(Type.Integer()),
    lateCount: Type.Optional(Type.Integer()),
    carriesNow: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Suggestions = Type.Object(
  {
    slots: Type.Array(
      Type.Object(
        {
          startsAt: Type.String(),
          endsAt: Type.String(),
          localTimes: Type.Record(Type.String(), Type.String()),
          score: Type.Number(),
          reasons: Type.Array(SlotReason),
          burden: Type.Object(
            { early: Type.Array(Type.String()), late: Type.Array(Type.String()) },
            {
              additionalProperties: false,
              description: 'Pass back in fairnessHistory when this slot is used',
            },
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Suggestions = Static<typeof Suggestions>;

export const EventsQuery = Type.Object(
  {
    modifiedSince: Type.Optional(Type.String({ maxLength: 40 })),
    from: Type.Optional(Type.String({ maxLength: 40 })),
    to: Type.Optional(Type.String({ maxLength: 40 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);
export type EventsQuery = Static<typeof EventsQuery>;

/**
 * A JSON-LD language map: the text per language tag. Machine translations are left out, so a
 * language shows only when a person wrote the text in it.
 */
const FeedLanguageMap = Type.Record(
  Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }),
  Type.String(),
  {
    description: 'JSON-LD language map: text per language tag (fi, sv, en, ko)',
  },
);

/** A term definition of the feed's own context (JSON-LD 1.1 expanded term definition). */
const FeedTermDefinition = Type.Object(
  {
    '@id': Type.String(),
    '@type': Type.Optional(Type.String()),
    '@container': Type.Optional(Type.Literal('@language')),
  },
  { additionalProperties: false },
);

/**
 * What the feed adds to schema.org's context: title and description as language maps, the
 * enumerations and dates with their schema.org types, and the `silta:` prefix for the terms
 * schema.org lacks (`silta:timeZone`, the IANA zone the session is anchored in).
 */
export const EventFeedTerms = Type.Object(
  {
    silta: Type.String({ description: 'Namespace of Silta’s own terms, under this installation’s URL' }),
    name: FeedTermDefinition,
    description: FeedTermDefinition,
    startDate: FeedTermDefinition,
    endDate: FeedTermDefinition,
    dateModified: FeedTermDefinition,
    eventStatus: FeedTermDefinition,
    eventAttendanceMode: FeedTermDefinition,
  },
  { additionalProperties: false },
);
export type EventFeedTerms = Static<typeof EventFeedTerms>;

const FeedVirtualLocation = Type.Object(
  { '@type': Type.Literal('VirtualLocation'), url: Type.String({ description: 'The session’s page' }) },
  { additionalProperties: false },
);
const FeedPlace = Type.Object(
  {
    '@type': Type.Literal('Place'),
    name: Type.String({ description: 'The venue as its city wrote it' }),
    address: Type.String({ description: 'Partnership city id' }),
  },
  { additionalProperties: false },
);

/** One public session as a schema.org Event. */
export const FeedEvent = Type.Object(
  {
    '@type': Type.Literal('Event'),
    '@id': Type.String({ description: 'The session’s page' }),
    identifier: Type.String(),
    url: Type.String(),
    name: FeedLanguageMap,
    description: FeedLanguageMap,
    inLanguage: Type.Array(Type.String(), { description: 'Languages the title is written in' }),
    startDate: Type.String({ description: 'ISO 8601 local date-time with offset in the anchor zone' }),
    endDate: Type.String({ description: 'ISO 8601 local date-time with offset in the anchor zone' }),
    'silta:timeZone': Type.String({ description: 'IANA zone the session is anchored in' }),
    duration: Type.String({ description: 'ISO 8601 duration, e.g. PT90M' }),
    eventStatus: Type.Union([
      Type.Literal('https://schema.org/EventScheduled'),
      Type.Literal('https://schema.org/EventRescheduled'),
      Type.Literal('https://schema.org/EventCancelled'),
    ]),
    eventAttendanceMode: Type.Union([
      Type.Literal('https://schema.org/OnlineEventAttendanceMode'),
      Type.Literal('https://schema.org/MixedEventAttendanceMode'),
      Type.Literal('https://schema.org/OfflineEventAttendanceMode'),
    ]),
    location: Type.Union([FeedVirtualLocation, Type.Array(Type.Union([FeedVirtualLocation, FeedPlace]))]),
    remainingAttendeeCapacity: Type.Integer(),
    maximumAttendeeCapacity: Type.Integer(),
    audience: Type.Object(
      { '@type': Type.Literal('Audience'), audienceType: Audience },
      { additionalProperties: false },
    ),
    keywords: Type.Array(Type.String(), { description: 'Topic ids' }),
    organizer: Type.Object(
      { '@type': Type.Literal('Organization'), name: FeedLanguageMap },
      { additionalProperties: false },
    ),
    dateModified: Type.String(),
  },
  { additionalProperties: false },
);
export type FeedEvent = Static<typeof FeedEvent>;

/**
 * The open event feed (`GET /api/events`): JSON-LD whose context is schema.org's plus the feed's
 * own terms, so a JSON-LD processor reads every title with its language, and a plain JSON reader
 * finds the same fields by name.
 */
export const EventFeed = Type.Object(
  {
    '@context': Type.Array(Type.Union([Type.Literal('https://schema.org'), EventFeedTerms]), {
      minItems: 2,
      maxItems: 2,
      description: '"https://schema.org", then the feed’s own term definitions',
    }),
    '@graph': Type.Array(FeedEvent),
  },
  { additionalProperties: false },
);
export type EventFeed = Static<typeof EventFeed>;

const { status: _status, ...seriesFields } = SessionBody.properties;

export const SeriesBody = Type.Object(
  {
    ...seriesFields,
    recurrence: Type.Object(
      {
        everyWeeks: Type.Integer({ minimum: 1, maximum: 4 }),
        count: Type.Integer({ minimum: 2, maximum: 52 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type SeriesBody = Static<typeof SeriesBody>;

export const SeriesShift = Type.Object(
  {
    sessionId: Type.String(),
    city: Type.String(),
    startsAt: Type.String(),
    previousLocalTime: Type.String(),
    localTime: Type.String(),
    minutesMoved: Type.Integer(),
  },
  { additionalProperties: false },
);

export const Series = Type.Object(
  {
    id: Type.String(),
    anchorTimeZone: Type.String(),
    sessions: Type.Array(Session),
    shifts: Type.Array(SeriesShift, {
      description:
        'Occurrences whose local time in a city moves (daylight saving); that city is told in advance',
    }),
  },
  { additionalProperties: false },
);
export type Series = Static<typeof Series>;
