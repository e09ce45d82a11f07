import { type Static, Type } from 'typebox';

export const LocalizedText = Type.Object(
  { fi: Type.String(), sv: Type.String(), en: Type.String(), ko: Type.String() },
  { additionalProperties: false, description: 'The same text in each UI language' },
);
export type LocalizedText = Static<typeof LocalizedText>;

export const City = Type.Object(
  {
    id: Type.String({ description: 'Slug, e.g. "espoo"' }),
    name: LocalizedText,
    country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
    timeZone: Type.String({ description: 'IANA time zone' }),
    languages: Type.Array(Type.String(), { description: 'Official languages, main first' }),
    consentAge: Type.Integer({ description: 'Digital-consent age of the jurisdiction' }),
    majorityAge: Type.Integer(),
    guardianVerificationRequired: Type.Boolean({
      description:
        "Whether a guardian's consent needs a recorded verification (signed form, phone check) before it takes effect, not the mailed link alone",
    }),
    latitude: Type.Number(),
    longitude: Type.Number(),
  },
  { additionalProperties: false },
);
export type City = Static<typeof City>;

export const Topic = Type.Object(
  { id: Type.String(), label: LocalizedText },
  { additionalProperties: false },
);
export type Topic = Static<typeof Topic>;

export const Partnership = Type.Object(
  {
    id: Type.String(),
    name: LocalizedText,
    startDate: Type.String({ format: 'date' }),
    termYears: Type.Integer(),
    endDate: Type.String({ format: 'date', description: 'The day after the term ends' }),
    workingLanguages: Type.Array(Type.String()),
    cities: Type.Array(City),
    topics: Type.Array(Topic),
  },
  { additionalProperties: false },
);
export type Partnership = Static<typeof Partnership>;
