import { type Static, Type } from 'typebox';

const Locale = Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en'), Type.Literal('ko')]);

export const RoleGrant = Type.Object(
  {
    role: Type.Union([
      Type.Literal('admin'),
      Type.Literal('coordinator'),
      Type.Literal('facilitator'),
      Type.Literal('member'),
    ]),
    cityId: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const Me = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    emailVerified: Type.Boolean(),
    displayName: Type.String(),
    cityId: Type.String(),
    locale: Locale,
    timeZone: Type.String(),
    roles: Type.Array(RoleGrant),
    status: Type.Union([Type.Literal('active'), Type.Literal('awaiting_guardian_consent')]),
  },
  { additionalProperties: false },
);
export type Me = Static<typeof Me>;

// Lengths are capped so that no input is unbounded; the rules a person must be told about
// (password length, age, city) are checked by the service and answered with their own codes.
export const RegisterBody = Type.Object(
  {
    birthDate: Type.String({ maxLength: 10, description: 'YYYY-MM-DD; asked first' }),
    email: Type.String({ maxLength: 254 }),
    password: Type.String({ maxLength: 1000 }),
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    cityId: Type.String({ maxLength: 100 }),
    locale: Type.Optional(Locale),
    timeZone: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const UpdateMeBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    locale: Type.Optional(Locale),
    timeZone: Type.Optional(Type.String({ maxLength: 100 })),
    cityId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type UpdateMeBody = Static<typeof UpdateMeBody>;

export const TokenBody = Type.Object(
  { token: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);

export const PasswordResetRequestBody = Type.Object(
  { email: Type.String({ maxLength: 254 }) },
  { additionalProperties: false },
);

export const PasswordResetConfirmBody = Type.Object(
  { token: Type.String({ maxLength: 200 }), password: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);

export const Accepted = Type.Object({ status: Type.Literal('accepted') }, { additionalProperties: false });

export const CityChangeRequestBody = Type.Object(
  {
    cityId: Type.String({ maxLength: 100, description: 'The city to move to' }),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CityChangeRequestBody = Static<typeof CityChangeRequestBody>;

export const CityChangeRequest = Type.Object(
  {
    id: Type.String(),
    userId: Type.String(),
    displayName: Type.String(),
    fromCityId: Type.String(),
    toCityId: Type.String(),
    reason: Type.Union([Type.String(), Type.Null()]),
    status: Type.Union([
      Type.Literal('pending'),
      Type.Literal('approved'),
      Type.Literal('refused'),
      Type.Literal('withdrawn'),
    ]),
    requestedAt: Type.String({ format: 'date-time' }),
    fromApprovedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    toApprovedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  {
    additionalProperties: false,
    description:
      'A move to another city: it changes which law protects the person (consent and majority ages, seat quotas), so it takes effect only when a coordinator of each city has approved',
  },
);
export type CityChangeRequest = Static<typeof CityChangeRequest>;

export const CityChangeRequests = Type.Object(
  { requests: Type.Array(CityChangeRequest) },
  { additionalProperties: false },
);

export const MyCityChange = Type.Object(
  { request: Type.Union([CityChangeRequest, Type.Null()]) },
  { additionalProperties: false },
);
