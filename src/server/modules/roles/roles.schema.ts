import { type Static, Type } from 'typebox';
import { RoleGrant } from '../accounts/accounts.schema.js';

export const RoleName = Type.Union([
  Type.Literal('admin'),
  Type.Literal('coordinator'),
  Type.Literal('facilitator'),
  Type.Literal('member'),
]);

export const UserSummary = Type.Object(
  {
    id: Type.String(),
    displayName: Type.String(),
    email: Type.String(),
    cityId: Type.String(),
    status: Type.Union([Type.Literal('active'), Type.Literal('awaiting_guardian_consent')]),
    roles: Type.Array(RoleGrant),
  },
  { additionalProperties: false },
);
export type UserSummary = Static<typeof UserSummary>;

export const UserParams = Type.Object({ userId: Type.String({ maxLength: 100 }) });

export const GrantBody = Type.Object(
  { role: RoleName, cityId: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])) },
  { additionalProperties: false },
);
export type GrantBody = Static<typeof GrantBody>;

export const RevokeParams = Type.Object({ userId: Type.String({ maxLength: 100 }), role: RoleName });
export const RevokeQuery = Type.Object({ cityId: Type.Optional(Type.String({ maxLength: 100 })) });

export const UsersQuery = Type.Object({ cityId: Type.Optional(Type.String({ maxLength: 100 })) });

export const AuditQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) });

export const AuditRecord = Type.Object(
  {
    id: Type.String(),
    actorId: Type.Union([Type.String(), Type.Null()]),
    action: Type.String(),
    subjectType: Type.String(),
    subjectId: Type.String(),
    cityId: Type.Union([Type.String(), Type.Null()]),
    detail: Type.Record(Type.String(), Type.Unknown()),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
