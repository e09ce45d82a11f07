import { type Static, Type } from 'typebox';
import { Session, SessionBody } from '../sessions/sessions.schema.js';

const Answer = Type.Union([Type.Literal('yes'), Type.Literal('if_need_be'), Type.Literal('no')]);

const { startsAt: _startsAt, status: _status, ...templateFields } = SessionBody.properties;

export const PollBody = Type.Object(
  {
    ...templateFields,
    options: Type.Array(Type.String({ maxLength: 40, description: 'Candidate start, ISO 8601 instant' }), {
      minItems: 2,
      maxItems: 20,
    }),
  },
  { additionalProperties: false },
);
export type PollBody = Static<typeof PollBody>;

export const PollOption = Type.Object(
  {
    id: Type.String(),
    startsAt: Type.String(),
    localTimes: Type.Record(Type.String(), Type.String()),
    yes: Type.Integer(),
    ifNeedBe: Type.Integer(),
    no: Type.Integer(),
  },
  { additionalProperties: false },
);

export const PollResponse = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    answers: Type.Record(Type.String(), Answer),
  },
  { additionalProperties: false },
);

export const Poll = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    description: Type.String(),
    language: Type.String(),
    durationMinutes: Type.Integer(),
    anchorTimeZone: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
    options: Type.Array(PollOption),
    responses: Type.Array(PollResponse),
    chosenOptionId: Type.Union([Type.String(), Type.Null()]),
    sessionId: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Poll = Static<typeof Poll>;

export const CreatedPoll = Type.Object(
  { poll: Poll, shareUrl: Type.String({ description: 'The invitation link; whoever has it may answer' }) },
  { additionalProperties: false },
);

export const PollParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const PollQuery = Type.Object({ token: Type.Optional(Type.String({ maxLength: 100 })) });

export const ResponseBody = Type.Object(
  {
    token: Type.Optional(Type.String({ maxLength: 100 })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    timeZone: Type.Optional(Type.String({ maxLength: 100 })),
    answers: Type.Record(Type.String({ maxLength: 100 }), Answer),
    /** Given back when changing an earlier answer as a guest. */
    editToken: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type ResponseBody = Static<typeof ResponseBody>;

export const ResponseSaved = Type.Object(
  { id: Type.String(), editToken: Type.Optional(Type.String()) },
  { additionalProperties: false },
);

export const PickBody = Type.Object(
  { optionId: Type.String({ maxLength: 100 }) },
  { additionalProperties: false },
);
export const Picked = Type.Object({ poll: Poll, session: Session }, { additionalProperties: false });
