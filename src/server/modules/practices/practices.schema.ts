import { type Static, Type } from 'typebox';

const LanguageCode = Type.String({ maxLength: 10, description: 'fi, sv, en or ko' });
const Language = Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en'), Type.Literal('ko')]);
const Provenance = Type.Union([Type.Literal('original'), Type.Literal('human'), Type.Literal('machine')]);
const Status = Type.Union([
  Type.Literal('published'),
  Type.Literal('pending'),
  Type.Literal('hidden'),
  Type.Literal('rejected'),
]);
const TranslationStatus = Type.Union([
  Type.Literal('original'),
  Type.Literal('human'),
  Type.Literal('machine'),
  Type.Literal('outdated'),
  Type.Literal('missing'),
]);

const texts = (maxLength: number, description: string) =>
  Type.Record(Type.String({ maxLength: 10 }), Type.String({ maxLength }), { description });

const Link = Type.Object(
  { url: Type.String({ maxLength: 1000 }), label: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
const Contact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    organisation: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
const ImageInput = Type.Object(
  {
    url: Type.String({ maxLength: 1000 }),
    alt: texts(500, 'Alternative text per language; the original is required'),
  },
  { additionalProperties: false },
);

export const PracticeBody = Type.Object(
  {
    title: texts(200, 'Title per language; the original language is required'),
    summary: texts(1000, 'Summary per language; the original language is required'),
    body: texts(20_000, 'Markdown per language; the original language is required'),
    originalLanguage: LanguageCode,
    cityId: Type.String({ maxLength: 100 }),
    topics: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    targetGroups: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 })),
    links: Type.Optional(Type.Array(Link, { maxItems: 20 })),
    contact: Type.Optional(Type.Union([Contact, Type.Null()])),
    relatedSessions: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    images: Type.Optional(Type.Array(ImageInput, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type PracticeBody = Static<typeof PracticeBody>;

export const PracticePatch = Type.Object(
  {
    title: Type.Optional(texts(200, 'Changed texts per language')),
    summary: Type.Optional(texts(1000, 'Changed texts per language')),
    body: Type.Optional(texts(20_000, 'Changed Markdown per language')),
    topics: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    targetGroups: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 })),
    links: Type.Optional(Type.Array(Link, { maxItems: 20 })),
    contact: Type.Optional(Type.Union([Contact, Type.Null()])),
    relatedSessions: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    images: Type.Optional(Type.Array(ImageInput, { maxItems: 10 })),
    version: Type.Optional(
      Type.Integer({ minimum: 0, description: 'The version you edited; another edit since answers 409' }),
    ),
  },
  { additionalProperties: false },
);
export type PracticePatch = Static<typeof PracticePatch>;

export const TranslationBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 200 })),
    summary: Type.Optional(Type.String({ maxLength: 1000 })),
    body: Type.Optional(Type.String({ maxLength: 20_000, description: 'Markdown' })),
    imageAlts: Type.Optional(
      Type.Array(Type.String({ maxLength: 500 }), { maxItems: 10, description: 'Alt texts, in image order' }),
    ),
  },
  { additionalProperties: false },
);
export type TranslationBody = Static<typeof TranslationBody>;

export const ShownText = Type.Object(
  {
    text: Type.String(),
    language: Language,
    provenance: Provenance,
    outdated: Type.Boolean({ description: 'The original changed after this translation was made' }),
  },
  { additionalProperties: false },
);
export type ShownText = Static<typeof ShownText>;

export const ShownBody = Type.Object(
  {
    html: Type.String({ description: 'Rendered from Markdown and sanitised on the server' }),
    language: Language,
    provenance: Provenance,
    outdated: Type.Boolean(),
  },
  { additionalProperties: false },
);

const Written = Type.Record(Type.String(), Type.String(), {
  description: 'What people wrote per language (original and human translations), for editors',
});

export const Practice = Type.Object(
  {
    id: Type.String(),
    status: Status,
    title: ShownText,
    summary: ShownText,
    body: ShownBody,
    originalLanguage: Language,
    cityId: Type.String(),
    topics: Type.Array(Type.String()),
    translations: Type.Record(Type.String(), TranslationStatus, {
      description: 'Per language: original, human, machine, outdated or missing',
    }),
    written: Type.Object(
      { title: Written, summary: Written, body: Written },
      { additionalProperties: false, description: 'Source texts for the editor' },
    ),
    targetGroups: Type.Array(Type.String()),
    links: Type.Array(
      Type.Object({ url: Type.String(), label: Type.String() }, { additionalProperties: false }),
    ),
    contact: Type.Union([Contact, Type.Null()]),
    relatedSessions: Type.Array(Type.String()),
    images: Type.Array(Type.Object({ url: Type.String(), alt: ShownText }, { additionalProperties: false })),
    authorId: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    publishedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Practice = Static<typeof Practice>;

export const PracticeParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const TranslationParams = Type.Object({
  id: Type.String({ maxLength: 100 }),
  lang: Type.String({ maxLength: 10 }),
});

export const PracticeQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    lang: Type.Optional(Type.String({ maxLength: 10 })),
    topic: Type.Optional(Type.String({ maxLength: 100 })),
    city: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  },
  { additionalProperties: false },
);
export type PracticeQuery = Static<typeof PracticeQuery>;

export const Segment = Type.Object(
  { text: Type.String(), matched: Type.Boolean() },
  { additionalProperties: false },
);

export const PracticeHit = Type.Object(
  {
    id: Type.String(),
    title: ShownText,
    snippet: Type.String({ description: 'Plain text around the first match' }),
    highlights: Type.Array(Segment, {
      description: 'The snippet as segments, matches marked; render as text, never as HTML',
    }),
    cityId: Type.String(),
    topics: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type PracticeHit = Static<typeof PracticeHit>;

export const PracticeResults = Type.Object(
  {
    items: Type.Array(PracticeHit),
    /** Matches in all; when `totalIsLowerBound`, at least this many (a search counts up to 1,000). */
    total: Type.Integer(),
    totalIsLowerBound: Type.Boolean(),
    suggestedTopics: Type.Array(Type.String(), {
      description:
        'Topics (ids) the query names in any language, not already the filter: offer each as a filter. Their practices rank first.',
    }),
  },
  { additionalProperties: false },
);
export type PracticeResults = Static<typeof PracticeResults>;

export const ReportBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const ReportReceipt = Type.Object(
  { practiceId: Type.String(), received: Type.Boolean() },
  { additionalProperties: false },
);

export const ModerationBody = Type.Object(
  {
    decision: Type.Union([
      Type.Literal('publish'),
      Type.Literal('hide'),
      Type.Literal('restore'),
      Type.Literal('reject'),
      Type.Literal('dismiss'),
    ]),
  },
  { additionalProperties: false },
);
export type ModerationDecision = Static<typeof ModerationBody>['decision'];

export const ModerationItem = Type.Object(
  {
    id: Type.String(),
    status: Status,
    title: ShownText,
    cityId: Type.String(),
    authorId: Type.Union([Type.String(), Type.Null()]),
    reports: Type.Array(
      Type.Object({ reason: Type.String(), createdAt: Type.String() }, { additionalProperties: false }),
    ),
    flagged: Type.Boolean({
      description: 'Published and still visible, with open reports below the hiding threshold',
    }),
    reportsToHide: Type.Integer({ description: 'Open reports that hide a published practice' }),
    updatedAt: Type.String(),
  },
  { additionalProperties: false },
);
export type ModerationItem = Static<typeof ModerationItem>;

export const Revision = Type.Object(
  {
    version: Type.Integer(),
    change: Type.String(),
    editorId: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    snapshot: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);
