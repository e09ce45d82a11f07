import { type Static, Type } from 'typebox';

const Id = Type.String({ maxLength: 100 });
const Email = Type.String({ maxLength: 254 });
const Name = Type.String({ minLength: 1, maxLength: 100 });
const LanguageCode = Type.String({ maxLength: 3, description: 'ISO 639-1 or 639-3 code, e.g. "fi", "ko"' });
const Level = Type.Union([
  Type.Literal('A1'),
  Type.Literal('A2'),
  Type.Literal('B1'),
  Type.Literal('B2'),
  Type.Literal('C1'),
  Type.Literal('C2'),
]);
const AgeBand = Type.Union(
  [Type.Literal('13-15'), Type.Literal('16-17'), Type.Literal('18-24'), Type.Literal('25-29')],
  {
    description: 'The only age a young person is shown with; never the birth date',
  },
);
const Relationship = Type.Union([
  Type.Literal('mother'),
  Type.Literal('father'),
  Type.Literal('parent'),
  Type.Literal('legal_guardian'),
  Type.Literal('other'),
]);
const Verification = Type.Union(
  [Type.Literal('email'), Type.Literal('signed_form'), Type.Literal('phone_check')],
  {
    description:
      'How the guardian was verified. E-mail counts at once (the guardian opened the mailed link); a signed form or a phone check is recorded by a coordinator of the child’s city before consent takes effect.',
  },
);
export type Verification = 'email' | 'signed_form' | 'phone_check';

// ---- Profile -------------------------------------------------------------------------------------

export const Learning = Type.Object(
  { language: LanguageCode, level: Level },
  { additionalProperties: false },
);
export const FreeTime = Type.Object(
  {
    weekday: Type.Integer({ description: '1 = Monday … 7 = Sunday' }),
    from: Type.String({ maxLength: 5, description: 'HH:MM, local time of the person’s zone' }),
    to: Type.String({ maxLength: 5, description: 'HH:MM; 24:00 ends the day' }),
  },
  { additionalProperties: false },
);

export const ProfileBody = Type.Object(
  {
    nativeLanguages: Type.Array(LanguageCode, { minItems: 1, maxItems: 5 }),
    learning: Type.Array(Learning, { maxItems: 5 }),
    interests: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }),
    availability: Type.Array(FreeTime, { maxItems: 50 }),
    preferredCircleSize: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export type ProfileBody = Static<typeof ProfileBody>;

export const YouthProfile = Type.Object(
  {
    userId: Type.String(),
    displayName: Type.String(),
    cityId: Type.String(),
    ageBand: AgeBand,
    timeZone: Type.String(),
    nativeLanguages: Type.Array(Type.String()),
    learning: Type.Array(Type.Object({ language: Type.String(), level: Type.String() })),
    interests: Type.Array(Type.String()),
    availability: Type.Array(FreeTime),
    preferredCircleSize: Type.Union([Type.Integer(), Type.Null()]),
    updatedAt: Type.String(),
  },
  { additionalProperties: false },
);
export type YouthProfile = Static<typeof YouthProfile>;

// ---- Consent -------------------------------------------------------------------------------------

export const ConsentRequestBody = Type.Object(
  { guardianEmail: Email, guardianName: Name },
  { additionalProperties: false },
);
export type ConsentRequestBody = Static<typeof ConsentRequestBody>;

export const ConsentRequest = Type.Object(
  {
    id: Type.String(),
    guardianEmail: Type.String(),
    guardianName: Type.String(),
    status: Type.Union([Type.Literal('pending'), Type.Literal('used'), Type.Literal('expired')]),
    expiresAt: Type.String(),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
export type ConsentRequest = Static<typeof ConsentRequest>;

export const ConsentRecord = Type.Object(
  {
    id: Type.String(),
    decision: Type.Union([Type.Literal('granted'), Type.Literal('refused')]),
    guardianName: Type.String(),
    guardianEmail: Type.String(),
    relationship: Type.String(),
    verification: Type.String(),
    verified: Type.Boolean({ description: 'False while a form or phone check awaits a coordinator' }),
    cityId: Type.String(),
    consentAge: Type.Integer(),
    decidedAt: Type.String(),
    withdrawnAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ConsentRecord = Static<typeof ConsentRecord>;

export const ConsentState = Type.Object(
  {
    status: Type.Union([Type.Literal('active'), Type.Literal('awaiting_guardian_consent')]),
    needsGuardianConsent: Type.Boolean({ description: 'Under the digital-consent age of the city' }),
    consentAge: Type.Integer(),
    requests: Type.Array(ConsentRequest),
    consents: Type.Array(ConsentRecord),
  },
  { additionalProperties: false },
);
export type ConsentState = Static<typeof ConsentState>;

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

export const ConsentInvitation = Type.Object(
  {
    child: Type.Object(
      { displayName: Type.String(), ageBand: AgeBand, cityId: Type.String(), cityName: Type.String() },
      { additionalProperties: false },
    ),
    guardianName: Type.String(),
    about: Type.String(),
    dataKept: Type.Array(Type.String()),
    consentAge: Type.Integer(),
    verificationRequired: Type.Boolean(),
    verificationMethods: Type.Array(Type.String()),
    expiresAt: Type.String(),
  },
  { additionalProperties: false, description: 'What a guardian reads before deciding' },
);
export type ConsentInvitation = Static<typeof ConsentInvitation>;

export const ConsentDecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('grant'), Type.Literal('refuse')]),
    guardianName: Name,
    relationship: Relationship,
    verification: Type.Optional(Verification),
  },
  { additionalProperties: false },
);
export type ConsentDecisionBody = Static<typeof ConsentDecisionBody>;

export const ConsentDecision = Type.Object(
  {
    decision: Type.Union([Type.Literal('granted'), Type.Literal('refused')]),
    childStatus: Type.Union([Type.Literal('active'), Type.Literal('awaiting_guardian_consent')]),
    verification: Type.String(),
    verified: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ConsentDecision = Static<typeof ConsentDecision>;

export const VerificationParams = Type.Object({ consentId: Id });

export const GuardianView = Type.Object(
  {
    child: Type.Object(
      { displayName: Type.String(), ageBand: AgeBand, cityId: Type.String() },
      { additionalProperties: false },
    ),
    consent: ConsentRecord,
    circles: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          ageBand: Type.String(),
          status: Type.String(),
          joinedAt: Type.String(),
          memberCount: Type.Integer(),
          facilitators: Type.Array(
            Type.Object(
              { displayName: Type.String(), cityId: Type.String() },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    profile: Type.Union([Type.Null(), YouthProfile]),
  },
  { additionalProperties: false },
);

// ---- Facilitators --------------------------------------------------------------------------------

export const VettingBody = Type.Object(
  {
    userId: Id,
    cityId: Id,
    method: Type.Union(
      [
        Type.Literal('criminal_record_extract'),
        Type.Literal('sex_offence_record_check'),
        Type.Literal('reference_check'),
        Type.Literal('interview'),
      ],
      {
        description:
          'Finland: extract of the criminal record for work with children (Act 504/2002); Korea: sex-offence record check (청소년성보호법 art. 56)',
      },
    ),
    checkedOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type VettingBody = Static<typeof VettingBody>;

export const Facilitator = Type.Object(
  {
    userId: Type.String(),
    displayName: Type.String(),
    cityId: Type.String(),
    method: Type.String(),
    checkedOn: Type.String(),
    vettedBy: Type.Union([Type.String(), Type.Null()]),
    vettedAt: Type.String(),
  },
  { additionalProperties: false },
);
export type Facilitator = Static<typeof Facilitator>;

export const Vocabulary = Type.Object(
  {
    interests: Type.Array(Type.String()),
    levels: Type.Array(Type.String()),
    ageBands: Type.Array(Type.String()),
    circleSize: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
  },
  { additionalProperties: false },
);

export const UserParams = Type.Object({ userId: Id });

export const PersonCard = Type.Object(
  {
    id: Type.String(),
    displayName: Type.String(),
    cityId: Type.String(),
    ageBand: Type.Union([AgeBand, Type.Null()]),
    profile: Type.Union([Type.Null(), YouthProfile]),
  },
  { additionalProperties: false },
);
export type PersonCard = Static<typeof PersonCard>;

// ---- Matching and circles ------------------------------------------------------------------------

export const MatchingRunBody = Type.Object(
  {
    dryRun: Type.Boolean(),
    cityIds: Type.Optional(Type.Array(Id, { minItems: 2, maxItems: 2 })),
    referenceDate: Type.Optional(
      Type.String({ maxLength: 10, description: 'YYYY-MM-DD in the week the circles start; default today' }),
    ),
    circles: Type.Optional(
      Type.Array(Type.Object({ members: Type.Array(Id, { maxItems: 8 }) }, { additionalProperties: false }), {
        maxItems: 2000,
        description:
          'A coordinator’s adjusted plan (e.g. the dry run, edited). Each circle is checked against every rule',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MatchingRunBody = Static<typeof MatchingRunBody>;

const Scores = Type.Object(
  { interests: Type.Number(), levelFit: Type.Number(), sizeFit: Type.Number(), total: Type.Number() },
  { additionalProperties: false },
);
const WeekTime = Type.Object(
  { weekday: Type.Integer(), time: Type.String() },
  { additionalProperties: false },
);
const SharedWindow = Type.Object(
  {
    minutes: Type.Integer(),
    local: Type.Array(
      Type.Object(
        { cityId: Type.String(), timeZone: Type.String(), start: WeekTime, end: WeekTime },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const MatchingRun = Type.Object(
  {
    dryRun: Type.Boolean(),
    cityIds: Type.Array(Type.String()),
    referenceWeekStart: Type.String(),
    circles: Type.Array(
      Type.Object(
        {
          id: Type.Optional(Type.String({ description: 'Set when the circle was created' })),
          ageBand: Type.String(),
          members: Type.Array(Type.String()),
          membersByCity: Type.Record(Type.String(), Type.Array(Type.String())),
          facilitators: Type.Optional(Type.Array(Type.String())),
          scores: Scores,
          sharedWindows: Type.Array(SharedWindow),
        },
        { additionalProperties: false },
      ),
    ),
    unmatched: Type.Array(
      Type.Object({ userId: Type.String(), reason: Type.String() }, { additionalProperties: false }),
    ),
    objective: Type.Object(
      { matched: Type.Integer(), score: Type.Number() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type MatchingRun = Static<typeof MatchingRun>;

export const CircleParams = Type.Object({ id: Id });

const CirclePerson = Type.Object(
  {
    userId: Type.String(),
    displayName: Type.String(),
    cityId: Type.String(),
    role: Type.Union([Type.Literal('member'), Type.Literal('facilitator')]),
    ageBand: Type.Union([AgeBand, Type.Null()]),
  },
  { additionalProperties: false },
);

export const Circle = Type.Object(
  {
    id: Type.String(),
    ageBand: Type.String(),
    status: Type.String(),
    cityIds: Type.Array(Type.String()),
    myRole: Type.Union([Type.Literal('member'), Type.Literal('facilitator'), Type.Literal('staff')]),
    people: Type.Array(CirclePerson),
    sharedWindows: Type.Array(SharedWindow),
    minorsPresent: Type.Boolean({ description: 'Contact details are masked in this circle' }),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
export type Circle = Static<typeof Circle>;

export const CircleList = Type.Object({ circles: Type.Array(Circle) }, { additionalProperties: false });

// ---- Circle meetings ---------------------------------------------------------------------------

export const MeetingParams = Type.Object({ meetingId: Id });

export const MeetingTimesQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({ maxLength: 10, description: 'First local date, YYYY-MM-DD (default today)' }),
    ),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 14 })),
    durationMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 180, default: 60 })),
  },
  { additionalProperties: false },
);
export type MeetingTimesQuery = Static<typeof MeetingTimesQuery>;

const CityTime = Type.Object(
  {
    cityId: Type.String(),
    timeZone: Type.String(),
    local: Type.String({ description: 'ISO 8601 with the city’s offset, e.g. 2026-12-05T10:00:00+02:00' }),
  },
  { additionalProperties: false },
);

export const MeetingTimes = Type.Object(
  {
    slots: Type.Array(
      Type.Object(
        {
          startsAt: Type.String(),
          endsAt: Type.String(),
          local: Type.Array(CityTime),
          score: Type.Number(),
          membersFree: Type.Integer({ description: 'Members whose usual free time covers the slot' }),
          members: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type MeetingTimes = Static<typeof MeetingTimes>;

export const MeetingBody = Type.Object(
  {
    startsAt: Type.String({ maxLength: 40, description: 'ISO 8601 instant with its offset' }),
    durationMinutes: Type.Integer({ minimum: 15, maximum: 180 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type MeetingBody = Static<typeof MeetingBody>;

export const Meeting = Type.Object(
  {
    id: Type.String({ description: 'The session id of the meeting' }),
    circleId: Type.String(),
    title: Type.String(),
    startsAt: Type.String(),
    endsAt: Type.String(),
    durationMinutes: Type.Integer(),
    local: Type.Array(CityTime, { description: 'The start in each city of the circle' }),
    roomOpen: Type.Boolean({ description: 'Whether a facilitator opened the video room' }),
    registration: Type.Union([Type.Literal('confirmed'), Type.Literal('waitlisted'), Type.Null()]),
    joinOpensAt: Type.String({ description: 'From when the room can be opened and joined' }),
  },
  { additionalProperties: false },
);
export type Meeting = Static<typeof Meeting>;

export const MeetingList = Type.Object({ meetings: Type.Array(Meeting) }, { additionalProperties: false });

export const RoomLink = Type.Object({ url: Type.String() }, { additionalProperties: false });

export const MessageBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);

export const Message = Type.Object(
  {
    id: Type.String(),
    circleId: Type.String(),
    authorId: Type.Union([Type.String(), Type.Null()]),
    authorName: Type.Union([Type.String(), Type.Null()]),
    authorCityId: Type.Union([Type.String(), Type.Null()]),
    text: Type.Union([Type.String(), Type.Null()], { description: 'Null while hidden, for members' }),
    masked: Type.Array(Type.String(), { description: 'Kinds of contact detail that were masked' }),
    status: Type.Union([Type.Literal('visible'), Type.Literal('hidden'), Type.Literal('removed')]),
    reportCount: Type.Optional(Type.Integer({ description: 'Facilitators only' })),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
export type Message = Static<typeof Message>;

export const MessageList = Type.Object({ messages: Type.Array(Message) }, { additionalProperties: false });

export const MessageParams = Type.Object({ messageId: Id });

export const ReportBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const PersonReportBody = Type.Object(
  { userId: Id, circleId: Type.Optional(Id), reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const ReportOutcome = Type.Object(
  {
    reportId: Type.String(),
    reports: Type.Integer(),
    hidden: Type.Boolean({ description: 'The message is hidden until a facilitator decides' }),
  },
  { additionalProperties: false },
);

export const BlockBody = Type.Object({ userId: Id }, { additionalProperties: false });

export const Blocks = Type.Object({ blocked: Type.Array(Type.String()) }, { additionalProperties: false });

export const MessageDecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('restore'), Type.Literal('remove')]) },
  { additionalProperties: false },
);

export const ReportParams = Type.Object({ reportId: Id });

export const ReportDecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('dismiss'), Type.Literal('remove_from_circle')]) },
  { additionalProperties: false },
);

export const ModerationQueue = Type.Object(
  {
    messages: Type.Array(Message),
    reports: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          circleId: Type.Union([Type.String(), Type.Null()]),
          messageId: Type.Union([Type.String(), Type.Null()]),
          reportedUserId: Type.Union([Type.String(), Type.Null()]),
          reportedName: Type.Union([Type.String(), Type.Null()]),
          reason: Type.String(),
          createdAt: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const PendingVerification = Type.Object(
  {
    consent: ConsentRecord,
    child: Type.Object(
      { userId: Type.String(), displayName: Type.String(), ageBand: Type.Union([AgeBand, Type.Null()]) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type PendingVerification = Static<typeof PendingVerification>;
export const PendingVerifications = Type.Object(
  { consents: Type.Array(PendingVerification) },
  { additionalProperties: false },
);

// ---- Culture kits --------------------------------------------------------------------------------

const Texts = Type.Record(Type.String({ maxLength: 5 }), Type.String({ maxLength: 5000 }));

export const KitItemBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('phrase'), Type.Literal('note')]),
    hangul: Type.Optional(Type.String({ maxLength: 200, description: 'Phrase cards: the Korean phrase' })),
    title: Texts,
    body: Type.Optional(Texts),
    originalLanguage: Type.String({ maxLength: 5 }),
  },
  { additionalProperties: false },
);
export type KitItemBody = Static<typeof KitItemBody>;

export const KitItem = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('phrase'), Type.Literal('note')]),
    hangul: Type.Union([Type.String(), Type.Null()]),
    romanization: Type.Union([Type.String(), Type.Null()], { description: 'Revised Romanization' }),
    title: Type.Record(Type.String(), Type.String(), { description: 'Every language written for it' }),
    body: Type.Record(Type.String(), Type.String()),
    display: Type.Object(
      {
        language: Type.String(),
        title: Type.String(),
        body: Type.String(),
        source: Type.String(),
      },
      { additionalProperties: false },
    ),
    learned: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type KitItem = Static<typeof KitItem>;

export const KitList = Type.Object({ items: Type.Array(KitItem) }, { additionalProperties: false });

export const KitItemParams = Type.Object({ itemId: Id });

// ---- Privacy -------------------------------------------------------------------------------------

const Str = Type.String();
const NullableStr = Type.Union([Type.String(), Type.Null()]);
const NullableNum = Type.Union([Type.Number(), Type.Null()]);
const LanguageTextMap = Type.Record(Type.String(), Type.String());
const Row = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });

/** The other modules' parts of a person's data (see each module's `*-personal-data.service.ts`). */
const SessionsData = Row({
  registrations: Type.Array(
    Row({
      sessionId: Str,
      title: LanguageTextMap,
      startsAt: Str,
      endsAt: Str,
      sessionStatus: Str,
      cityId: Str,
      status: Str,
      position: Type.Number(),
      attended: Type.Union([Type.Boolean(), Type.Null()]),
      createdAt: Str,
      updatedAt: Str,
    }),
  ),
  sessionsCreated: Type.Array(Row({ id: Str, title: LanguageTextMap, startsAt: Str, status: Str })),
  calendarFeeds: Type.Array(Row({ createdAt: Str, revokedAt: NullableStr }), {
    description: 'When each personal feed was made and revoked; never the secret link',
  }),
});
const PollsData = Row({
  answers: Type.Array(
    Row({
      id: Str,
      pollId: Str,
      name: Str,
      email: NullableStr,
      locale: Str,
      timeZone: Str,
      answers: Type.Array(Row({ optionId: Str, startsAt: NullableStr, answer: Str })),
      createdAt: Str,
      updatedAt: Str,
    }),
  ),
});
const PracticesData = Row({
  written: Type.Array(
    Row({
      id: Str,
      title: LanguageTextMap,
      cityId: Str,
      status: Str,
      version: Type.Number(),
      createdAt: Str,
      updatedAt: Str,
      publishedAt: NullableStr,
    }),
  ),
  edits: Type.Array(Row({ practiceId: Str, version: Type.Number(), change: Str, createdAt: Str })),
  reports: Type.Array(
    Row({ id: Str, practiceId: Str, reason: Str, createdAt: Str, resolvedAt: NullableStr }),
  ),
});
const EsportsData = Row({
  entrants: Type.Array(
    Row({
      id: Str,
      tournamentId: Str,
      name: Str,
      cityId: Str,
      rating: NullableNum,
      seed: NullableNum,
      teamId: NullableStr,
      status: Str,
      checkedInAt: NullableStr,
      createdAt: Str,
    }),
  ),
  teams: Type.Array(Row({ teamId: Str, name: Str, gameId: Str, role: Str, joinedAt: Str })),
  clubStaff: Type.Array(Row({ clubId: Str, addedAt: Str })),
  ratings: Type.Array(
    Row({
      gameId: Str,
      seq: Type.Number(),
      system: Str,
      rating: Type.Number(),
      rd: NullableNum,
      mu: NullableNum,
      sigma: NullableNum,
      tournamentId: NullableStr,
      matchId: NullableStr,
      createdAt: Str,
    }),
  ),
});

export const DataExport = Type.Object(
  {
    exportedAt: Type.String(),
    sessions: SessionsData,
    polls: PollsData,
    practices: PracticesData,
    esports: EsportsData,
    account: Type.Object(
      {
        id: Type.String(),
        email: Type.String(),
        displayName: Type.String(),
        cityId: Type.String(),
        birthDate: Type.Union([Type.String(), Type.Null()]),
        locale: Type.String(),
        timeZone: Type.String(),
        status: Type.String(),
        createdAt: Type.String(),
        roles: Type.Array(
          Type.Object({ role: Type.String(), cityId: Type.Union([Type.String(), Type.Null()]) }),
        ),
      },
      { additionalProperties: false },
    ),
    youth: Type.Object(
      {
        profile: Type.Union([Type.Null(), YouthProfile]),
        consentRequests: Type.Array(ConsentRequest),
        consents: Type.Array(ConsentRecord),
        consentsGiven: Type.Array(ConsentRecord, {
          description: 'Consents this person gave as a guardian, by their e-mail address',
        }),
        circles: Type.Array(
          Type.Object(
            {
              circleId: Type.String(),
              role: Type.String(),
              joinedAt: Type.String(),
              leftAt: Type.Union([Type.String(), Type.Null()]),
            },
            { additionalProperties: false },
          ),
        ),
        messages: Type.Array(
          Type.Object(
            {
              id: Type.String(),
              circleId: Type.String(),
              text: Type.String(),
              status: Type.String(),
              createdAt: Type.String(),
            },
            { additionalProperties: false },
          ),
        ),
        reports: Type.Array(
          Type.Object(
            {
              id: Type.String(),
              messageId: Type.Union([Type.String(), Type.Null()]),
              reportedUserId: Type.Union([Type.String(), Type.Null()]),
              reason: Type.String(),
              createdAt: Type.String(),
            },
            { additionalProperties: false },
          ),
        ),
        blocked: Type.Array(Type.String()),
        learnedKitItems: Type.Array(Type.String()),
        vetting: Type.Array(
          Type.Object(
            {
              cityId: Type.String(),
              method: Type.String(),
              checkedOn: Type.String(),
              vettedAt: Type.String(),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type DataExport = Static<typeof DataExport>;
