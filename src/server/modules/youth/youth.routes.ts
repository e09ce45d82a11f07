import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireActor } from '../../platform/auth/actor.js';
import { sessionCookieName } from '../../platform/auth/auth-plugin.js';
import {
  BlockBody,
  Blocks,
  CircleList,
  CircleParams,
  ConsentDecision,
  ConsentDecisionBody,
  ConsentInvitation,
  ConsentRecord,
  ConsentRequest,
  ConsentRequestBody,
  ConsentState,
  DataExport,
  Facilitator,
  GuardianView,
  KitItem,
  KitItemBody,
  KitItemParams,
  KitList,
  MatchingRun,
  MatchingRunBody,
  Meeting,
  MeetingBody,
  MeetingList,
  MeetingParams,
  MeetingTimes,
  MeetingTimesQuery,
  Message,
  MessageBody,
  MessageDecisionBody,
  MessageList,
  MessageParams,
  ModerationQueue,
  PendingVerifications,
  PersonCard,
  PersonReportBody,
  ProfileBody,
  ReportBody,
  ReportDecisionBody,
  ReportOutcome,
  ReportParams,
  RoomLink,
  TokenParams,
  UserParams,
  VerificationParams,
  VettingBody,
  Vocabulary,
  YouthProfile,
} from './youth.schema.js';
import type { YouthService } from './youth.service.js';

const Registration = Type.Object(
  {
    status: Type.Union([Type.Literal('confirmed'), Type.Literal('waitlisted')]),
    position: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);

const Resolved = Type.Object({ status: Type.Literal('resolved') }, { additionalProperties: false });
const Withdrawn = Type.Object({ status: Type.Literal('withdrawn') }, { additionalProperties: false });

/**
 * The youth exchange's HTTP API. Every route but the consent ones needs an active account, so a young
 * person waiting for a guardian gets 403 CONSENT_REQUIRED from the access guard.
 */
export const youthRoutes: FastifyPluginAsyncTypebox<{ youth: YouthService }> = async (app, { youth }) => {
  const tags = ['youth'];

  // ---- Consent (the only routes open to an account that waits for a guardian) -------------------

  app.get(
    '/api/youth/consent',
    {
      config: { access: 'pending' },
      schema: {
        tags,
        summary: 'My consent state: requests sent and guardians’ decisions',
        response: { 200: ConsentState },
      },
    },
    async (request) => youth.consent.state(requireActor(request)),
  );

  app.post(
    '/api/youth/consent-requests',
    {
      preHandler: app.abuseLimit('consent'),
      config: { access: 'pending' },
      schema: {
        tags,
        summary: 'Ask a guardian to consent: mails a single-use, expiring link in the city’s language',
        body: ConsentRequestBody,
        response: { 201: ConsentRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await youth.consent.request(requireActor(request), request.body)),
  );

  app.get(
    '/api/youth/consent/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What the guardian reads: what Silta is and what data it keeps (410 when used or expired)',
        params: TokenParams,
        response: { 200: ConsentInvitation },
      },
    },
    async (request) => youth.consent.invitation(request.params.token, request.locale),
  );

  app.post(
    '/api/youth/consent/:token',
    {
      preHandler: app.abuseLimit('write'),
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The guardian grants or refuses (410 when the link was used or expired)',
        params: TokenParams,
        body: ConsentDecisionBody,
        response: { 200: ConsentDecision },
      },
    },
    async (request) => youth.consent.decide(request.params.token, request.body),
  );

  app.get(
    '/api/youth/guardian/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A guardian’s view: the consent, the child’s profile and the circles they join',
        params: TokenParams,
        response: { 200: GuardianView },
      },
    },
    async (request) => youth.consent.guardianView(request.params.token),
  );

  app.post(
    '/api/youth/guardian/:token/withdraw',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Withdraw consent: participation stops at once',
        params: TokenParams,
        response: { 200: Withdrawn },
      },
    },
    async (request) => youth.consent.withdraw(request.params.token),
  );

  app.get(
    '/api/youth/consents/awaiting-verification',
    {
      config: { access: 'youth.vet' },
      schema: {
        tags,
        summary: 'Guardians’ consents waiting for a recorded signed form or phone check, in my cities',
        response: { 200: PendingVerifications },
      },
    },
    async (request) => youth.consent.awaitingVerification(requireActor(request)),
  );

  app.post(
    '/api/youth/consents/:consentId/verification',
    {
      config: { access: 'youth.vet' },
      schema: {
        tags,
        summary: 'Record the signed form or phone check of a guardian (coordinators of the child’s city)',
        params: VerificationParams,
        response: { 200: ConsentRecord },
      },
    },
    async (request) => youth.consent.verify(requireActor(request), request.params.consentId),
  );

  // ---- Facilitators ------------------------------------------------------------------------------

  app.post(
    '/api/youth/facilitators',
    {
      config: { access: 'youth.vet' },
      schema: {
        tags,
        summary: 'Make someone a facilitator of a city and record their vetting',
        body: VettingBody,
        response: { 201: Facilitator },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await youth.consent.vet(requireActor(request), request.body)),
  );

  app.get(
    '/api/youth/facilitators',
    {
      config: { access: 'youth.vet' },
      schema: {
        tags,
        summary: 'Vetted facilitators of my cities',
        response: { 200: Type.Array(Facilitator) },
      },
    },
    async (request) => youth.consent.facilitators(requireActor(request)),
  );

  // ---- Profiles ----------------------------------------------------------------------------------

  app.get(
    '/api/youth/vocabulary',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Interests, levels, age bands and circle sizes',
        response: { 200: Vocabulary },
      },
    },
    async () => youth.circles.vocabulary(),
  );

  app.put(
    '/api/youth/profile',
    {
      preHandler: app.abuseLimit('write'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'My youth profile (free time in my own zone; weekday 1 = Monday)',
        body: ProfileBody,
        response: { 200: YouthProfile },
      },
    },
    async (request) => youth.circles.saveProfile(requireActor(request), request.body),
  );

  app.get(
    '/api/youth/profile',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'My youth profile', response: { 200: YouthProfile } },
    },
    async (request) => youth.circles.myProfile(requireActor(request)),
  );

  app.get(
    '/api/users/:userId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['youth', 'accounts'],
        summary:
          'A person; a minor is 404 for anyone but themselves, their facilitators and city coordinators',
        params: UserParams,
        response: { 200: PersonCard },
      },
    },
    async (request) => youth.circles.personCard(requireActor(request), request.params.userId),
  );

  // ---- Matching and circles ----------------------------------------------------------------------

  app.post(
    '/api/youth/matching-runs',
    {
      config: { access: 'youth.match' },
      schema: {
        tags,
        summary: 'Match circles: a dry run shows circles, scores and the unmatched; otherwise creates them',
        body: MatchingRunBody,
        response: { 200: MatchingRun, 201: MatchingRun },
      },
    },
    async (request, reply) => {
      const run = await youth.circles.runMatching(requireActor(request), request.body);
      return reply.status(run.dryRun ? 200 : 201).send(run);
    },
  );

  app.get(
    '/api/youth/circles/mine',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'The circles I am in or facilitate', response: { 200: CircleList } },
    },
    async (request) => youth.circles.myCircles(requireActor(request)),
  );

  app.get(
    '/api/youth/circles/:id/messages',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The circle’s messages, for its members and facilitators',
        params: CircleParams,
        response: { 200: MessageList },
      },
    },
    async (request) => youth.circles.messages(requireActor(request), request.params.id),
  );

  app.post(
    '/api/youth/circles/:id/messages',
    {
      preHandler: app.abuseLimit('message'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Write to the whole circle (contact details masked when a minor is involved)',
        params: CircleParams,
        body: MessageBody,
        response: { 201: Message },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await youth.circles.post(requireActor(request), request.params.id, request.body.text)),
  );

  // ---- Circle meetings (sessions restricted to the circle) ---------------------------------------

  app.get(
    '/api/youth/circles/:id/meetings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The circle’s coming meetings, in the local time of each of its cities',
        params: CircleParams,
        response: { 200: MeetingList },
      },
    },
    async (request) => youth.meetings.meetings(requireActor(request), request.params.id, request.locale),
  );

  app.get(
    '/api/youth/circles/:id/meeting-times',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Facilitators: start times in youth hours of both cities, clear of holidays, when members are free',
        params: CircleParams,
        querystring: MeetingTimesQuery,
        response: { 200: MeetingTimes },
      },
    },
    async (request) =>
      youth.meetings.suggestTimes(requireActor(request), request.params.id, request.query, request.locale),
  );

  app.post(
    '/api/youth/circles/:id/meetings',
    {
      preHandler: app.abuseLimit('write'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Facilitators: propose a meeting; a session only the circle sees and may join',
        params: CircleParams,
        body: MeetingBody,
        response: { 201: Meeting },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await youth.meetings.propose(
            requireActor(request),
            request.params.id,
            request.body,
            request.locale,
          ),
        ),
  );

  app.post(
    '/api/youth/meetings/:meetingId/registration',
    {
      preHandler: app.abuseLimit('registration'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Take a seat in a meeting of my circle (404 for anyone outside the circle)',
        params: MeetingParams,
        response: { 201: Registration },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await youth.meetings.register(requireActor(request), request.params.meetingId)),
  );

  app.delete(
    '/api/youth/meetings/:meetingId/registration',
    {
      preHandler: app.abuseLimit('registration'),
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Give up my seat', params: MeetingParams, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await youth.meetings.leave(requireActor(request), request.params.meetingId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/youth/meetings/:meetingId/room',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Facilitators: open the video room (from 15 minutes before the start)',
        params: MeetingParams,
        response: { 200: RoomLink },
      },
    },
    async (request) => youth.meetings.openRoom(requireActor(request), request.params.meetingId),
  );

  app.post(
    '/api/youth/meetings/:meetingId/join',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The room’s link, for registered members once a facilitator opened it',
        params: MeetingParams,
        response: { 200: RoomLink },
      },
    },
    async (request) => youth.meetings.join(requireActor(request), request.params.meetingId),
  );

  app.delete(
    '/api/youth/meetings/:meetingId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Facilitators: call a meeting off (registered members are told)',
        params: MeetingParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await youth.meetings.cancel(requireActor(request), request.params.meetingId, request.locale);
      return reply.status(204).send(null);
    },
  );

  // ---- Reports, blocks, moderation ---------------------------------------------------------------

  app.post(
    '/api/youth/messages/:messageId/reports',
    {
      preHandler: app.abuseLimit('report'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Report a message; three reports hide it until a facilitator decides',
        params: MessageParams,
        body: ReportBody,
        response: { 201: ReportOutcome },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await youth.circles.reportMessage(
            requireActor(request),
            request.params.messageId,
            request.body.reason,
          ),
        ),
  );

  app.post(
    '/api/youth/reports',
    {
      preHandler: app.abuseLimit('report'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Report a person met in a circle',
        body: PersonReportBody,
        response: { 201: ReportOutcome },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await youth.circles.reportPerson(requireActor(request), request.body)),
  );

  app.get(
    '/api/youth/blocks',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'People I blocked', response: { 200: Blocks } },
    },
    async (request) => youth.circles.blocks(requireActor(request)),
  );

  app.post(
    '/api/youth/blocks',
    {
      preHandler: app.abuseLimit('write'),
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Block a person: I no longer see their messages',
        body: BlockBody,
        response: { 200: Blocks },
      },
    },
    async (request) => youth.circles.block(requireActor(request), request.body.userId),
  );

  app.delete(
    '/api/youth/blocks/:userId',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Unblock a person', params: UserParams, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await youth.circles.unblock(requireActor(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/youth/moderation',
    {
      config: { access: 'youth.moderate' },
      schema: {
        tags,
        summary: 'Hidden messages and open reports of the circles I moderate',
        response: { 200: ModerationQueue },
      },
    },
    async (request) => youth.circles.moderationQueue(requireActor(request)),
  );

  app.post(
    '/api/youth/messages/:messageId/decision',
    {
      config: { access: 'youth.moderate' },
      schema: {
        tags,
        summary: 'Restore or remove a message',
        params: MessageParams,
        body: MessageDecisionBody,
        response: { 200: Message },
      },
    },
    async (request) =>
      youth.circles.decideMessage(requireActor(request), request.params.messageId, request.body.decision),
  );

  app.post(
    '/api/youth/reports/:reportId/decision',
    {
      config: { access: 'youth.moderate' },
      schema: {
        tags,
        summary: 'Dismiss a report, or take the reported person out of the circle',
        params: ReportParams,
        body: ReportDecisionBody,
        response: { 200: Resolved },
      },
    },
    async (request) =>
      youth.circles.decideReport(requireActor(request), request.params.reportId, request.body.decision),
  );

  // ---- Culture kits ------------------------------------------------------------------------------

  app.get(
    '/api/youth/kits',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Phrase cards and culture notes, with what I have learned',
        response: { 200: KitList },
      },
    },
    async (request) => youth.kits.list(requireActor(request), request.locale),
  );

  app.post(
    '/api/youth/kits',
    {
      config: { access: 'youth.kits' },
      schema: {
        tags,
        summary: 'Author a phrase card or a culture note',
        body: KitItemBody,
        response: { 201: KitItem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await youth.kits.create(requireActor(request), request.body, request.locale)),
  );

  app.put(
    '/api/youth/kits/:itemId/learned',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark a card as learned',
        params: KitItemParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await youth.kits.markLearned(requireActor(request), request.params.itemId, true);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/youth/kits/:itemId/learned',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Unmark a learned card',
        params: KitItemParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await youth.kits.markLearned(requireActor(request), request.params.itemId, false);
      return reply.status(204).send(null);
    },
  );

  // ---- Privacy -----------------------------------------------------------------------------------

  app.get(
    '/api/me/export',
    {
      config: { access: 'pending' },
      schema: { tags: ['accounts', 'youth'], summary: 'All my data as JSON', response: { 200: DataExport } },
    },
    async (request, reply) => {
      const data = await youth.privacy.exportData(requireActor(request));
      return reply.header('content-disposition', 'attachment; filename="silta-export.json"').send(data);
    },
  );

  app.delete(
    '/api/me',
    {
      config: { access: 'pending' },
      schema: {
        tags: ['accounts', 'youth'],
        summary: 'Delete my account; my activity is anonymised',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await youth.privacy.deleteAccount(requireActor(request));
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};
