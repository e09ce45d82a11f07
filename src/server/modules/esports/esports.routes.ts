import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { actorOf, requireActor } from '../../platform/auth/actor.js';
import {
  CheckInBody,
  Club,
  ClubBody,
  ClubListQuery,
  DisputeBody,
  Entrant,
  EntrantBody,
  Game,
  GameBody,
  IdParams,
  Latency,
  LatencyQuery,
  Match,
  MatchWindow,
  MemberBody,
  PlayoffBody,
  Rating,
  RatingParams,
  RegisterBody,
  ResultBody,
  ScheduleBody,
  StaffBody,
  Standing,
  SwissRound,
  Team,
  TeamBody,
  TeamInvitation,
  Tournament,
  TournamentBody,
  TournamentListQuery,
  WindowQuery,
} from './esports.schema.js';
import type { EsportsService } from './esports.service.js';

const tags = ['esports'];

/** A POST whose body is all optional may come without one: validate it as `{}`. */
async function emptyBody(request: FastifyRequest) {
  request.body ??= {};
}

export const esportsRoutes: FastifyPluginAsyncTypebox<{ esports: EsportsService }> = async (
  app,
  { esports },
) => {
  const { directory, rosters, tournaments, matches } = esports;

  // Games, latency, ratings

  app.get(
    '/api/esports/games',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The games catalogue with latency classes',
        response: { 200: Type.Array(Game) },
      },
    },
    async () => directory.listGames(),
  );

  app.post(
    '/api/esports/games',
    {
      config: { access: 'esports.organize' },
      schema: { tags, summary: 'Add a game to the catalogue', body: GameBody, response: { 201: Game } },
    },
    async (request, reply) => reply.status(201).send(await directory.createGame(request.body)),
  );

  app.get(
    '/api/esports/latency',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Round-trip figures between two cities and what to do for each latency class',
        querystring: LatencyQuery,
        response: { 200: Latency },
      },
    },
    async (request) => directory.latency(request.query, request.locale),
  );

  app.get(
    '/api/esports/games/:id/ratings',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Current ratings in a game, best first',
        params: IdParams,
        response: { 200: Type.Array(Rating) },
      },
    },
    async (request) => {
      await directory.gameOrFail(request.params.id);
      return matches.leaderboard(request.params.id);
    },
  );

  app.get(
    '/api/esports/games/:id/ratings/:subjectId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The rating history of a player (or a named entrant) in a game, oldest first',
        params: RatingParams,
        response: { 200: Type.Array(Rating) },
      },
    },
    async (request) => {
      await directory.gameOrFail(request.params.id);
      return matches.ratingHistory(request.params.id, request.params.subjectId);
    },
  );

  // Clubs and teams

  app.get(
    '/api/esports/clubs',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Clubs, schools, university programmes and companies, per city',
        querystring: ClubListQuery,
        response: { 200: Type.Array(Club) },
      },
    },
    async (request) => directory.listClubs(request.query.city, request.locale),
  );

  app.post(
    '/api/esports/clubs',
    {
      config: { access: 'esports.organize' },
      schema: {
        tags,
        summary: 'Add a club or programme of your city',
        body: ClubBody,
        response: { 201: Club },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await directory.createClub(requireActor(request), request.body, request.locale)),
  );

  app.get(
    '/api/esports/clubs/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A club page: description, coaching, teams and upcoming e-sports sessions',
        params: IdParams,
        response: { 200: Club },
      },
    },
    async (request) => directory.getClub(request.params.id, request.locale),
  );

  app.post(
    '/api/esports/clubs/:id/staff',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags,
        summary: 'Add a staff member to a club (its staff or the city’s organizers)',
        params: IdParams,
        body: StaffBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await directory.addClubStaff(requireActor(request), request.params.id, request.body.userId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/esports/teams',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('write'),
      schema: { tags, summary: 'Create a team', body: TeamBody, response: { 201: Team } },
    },
    async (request, reply) =>
      reply.status(201).send(await directory.createTeam(requireActor(request), request.body)),
  );

  app.get(
    '/api/esports/teams/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A team and its roster; minors’ profiles only for their club’s staff and team',
        params: IdParams,
        response: { 200: Team },
      },
    },
    async (request) => directory.getTeam(request.params.id, actorOf(request)),
  );

  app.post(
    '/api/esports/teams/:id/members',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('registration'),
      schema: {
        tags,
        summary: 'Add a member to a roster (club staff, the city’s organizers or the captain)',
        description:
          'An adult is added at once (201, the team). A minor, under the majority age of their city or ' +
          'of the team’s club city, is invited instead (202, the invitation): they join only by accepting it.',
        params: IdParams,
        body: MemberBody,
        response: { 201: Team, 202: TeamInvitation },
      },
    },
    async (request, reply) => {
      const added = await rosters.addMember(
        requireActor(request),
        request.params.id,
        request.body.userId,
        request.body.role ?? 'player',
      );
      return added.outcome === 'added'
        ? reply.status(201).send(added.team)
        : reply.status(202).send(added.invitation);
    },
  );

  app.get(
    '/api/esports/invitations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Your team invitations waiting for your answer, newest first',
        response: { 200: Type.Array(TeamInvitation) },
      },
    },
    async (request) => rosters.invitations(requireActor(request)),
  );

  app.post(
    '/api/esports/invitations/:id/accept',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('registration'),
      schema: {
        tags,
        summary: 'Accept a team invitation: you are on the roster (needs an active account)',
        params: IdParams,
        response: { 200: Team },
      },
    },
    async (request) => rosters.accept(requireActor(request), request.params.id),
  );

  app.post(
    '/api/esports/invitations/:id/decline',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('registration'),
      schema: {
        tags,
        summary: 'Decline a team invitation',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await rosters.decline(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Tournaments

  app.post(
    '/api/esports/tournaments',
    {
      config: { access: 'esports.organize' },
      schema: {
        tags,
        summary: 'Create a tournament (coordinators and facilitators)',
        body: TournamentBody,
        response: { 201: Tournament },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await tournaments.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/esports/tournaments',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Tournaments, newest first',
        querystring: TournamentListQuery,
        response: { 200: Type.Array(Tournament) },
      },
    },
    async (request) => tournaments.list(request.query),
  );

  app.get(
    '/api/esports/tournaments/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One tournament', params: IdParams, response: { 200: Tournament } },
    },
    async (request) => tournaments.get(request.params.id),
  );

  app.post(
    '/api/esports/tournaments/:id/entrants',
    {
      config: { access: 'esports.organize' },
      schema: {
        tags,
        summary: 'Enter a player or team (organizers; before the start, within the entry cap)',
        params: IdParams,
        body: EntrantBody,
        response: { 201: Entrant },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await tournaments.addEntrant(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/api/esports/tournaments/:id/entrants',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Entrants', params: IdParams, response: { 200: Type.Array(Entrant) } },
    },
    async (request) => tournaments.entrants(request.params.id),
  );

  app.post(
    '/api/esports/tournaments/:id/registrations',
    {
      config: { access: 'signed-in' },
      preValidation: emptyBody,
      preHandler: app.abuseLimit('registration'),
      schema: {
        tags,
        summary: 'Enter yourself, or a team you captain, within the registration window',
        params: IdParams,
        body: RegisterBody,
        response: { 201: Entrant },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await tournaments.register(requireActor(request), request.params.id, request.body.teamId)),
  );

  app.post(
    '/api/esports/tournaments/:id/check-in',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('registration'),
      preValidation: emptyBody,
      schema: {
        tags,
        summary: 'Check in within the check-in window; entrants who do not are no-shows at the start',
        params: IdParams,
        body: CheckInBody,
        response: { 200: Entrant },
      },
    },
    async (request) => tournaments.checkIn(requireActor(request), request.params.id, request.body.entrantId),
  );

  app.post(
    '/api/esports/tournaments/:id/start',
    {
      config: { access: 'esports.organize' },
      schema: {
        tags,
        summary: 'Start: the bracket, the table or the first Swiss round is created',
        params: IdParams,
        response: { 200: Tournament },
      },
    },
    async (request) => tournaments.start(requireActor(request), request.params.id),
  );

  app.get(
    '/api/esports/tournaments/:id/matches',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Matches in bracket order (a bye has one entrant null and is completed)',
        params: IdParams,
        response: { 200: Type.Array(Match) },
      },
    },
    async (request) => tournaments.matches(request.params.id),
  );

  app.post(
    '/api/esports/tournaments/:id/rounds',
    {
      config: { access: 'esports.organize' },
      schema: {
        tags,
        summary: 'Pair the next Swiss round (only when the current one is complete)',
        params: IdParams,
        response: { 201: SwissRound },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await tournaments.nextRound(requireActor(request), request.params.id)),
  );

  app.get(
    '/api/esports/tournaments/:id/standings',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Standings: Swiss by points, Buchholz, Sonneborn–Berger, rating; elimination by stage reached',
        params: IdParams,
        response: { 200: Type.Array(Standing) },
      },
    },
    async (request) => tournaments.standings(request.params.id),
  );

  app.post(
    '/api/esports/tournaments/:id/playoffs',
    {
      config: { access: 'esports.organize' },
      schema: {
        tags,
        summary:
          'Second stage: an elimination bracket of the top entrants of a finished Swiss or round robin',
        params: IdParams,
        body: PlayoffBody,
        response: { 201: Tournament },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await tournaments.playoffs(requireActor(request), request.params.id, request.body)),
  );

  // Matches

  app.get(
    '/api/esports/matches/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One match', params: IdParams, response: { 200: Match } },
    },
    async (request) => matches.get(request.params.id),
  );

  app.post(
    '/api/esports/matches/:id/result',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags,
        summary:
          'Enter a result: an organizer completes the match; a side reports it for the other to confirm',
        params: IdParams,
        body: ResultBody,
        response: { 200: Match },
      },
    },
    async (request) => matches.result(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/esports/matches/:id/confirm',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags,
        summary: 'Confirm the other side’s report: the match completes',
        params: IdParams,
        response: { 200: Match },
      },
    },
    async (request) => matches.confirm(requireActor(request), request.params.id),
  );

  app.post(
    '/api/esports/matches/:id/dispute',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags,
        summary: 'Dispute the other side’s report with a reason: the match waits for an organizer',
        params: IdParams,
        body: DisputeBody,
        response: { 200: Match },
      },
    },
    async (request) => matches.dispute(requireActor(request), request.params.id, request.body.reason),
  );

  app.get(
    '/api/esports/matches/:id/windows',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Times that fit both sides’ youth hours and holidays, with both local times',
        params: IdParams,
        querystring: WindowQuery,
        response: { 200: Type.Array(MatchWindow) },
      },
    },
    async (request) => matches.windows(request.params.id, request.query),
  );

  app.post(
    '/api/esports/matches/:id/schedule',
    {
      config: { access: 'signed-in' },
      preHandler: app.abuseLimit('write'),
      schema: {
        tags,
        summary:
          'Set (organizer) or propose (a side) the match time; the same proposal from both sides agrees it',
        params: IdParams,
        body: ScheduleBody,
        response: { 200: Match },
      },
    },
    async (request) => matches.schedule(requireActor(request), request.params.id, request.body.startsAt),
  );
};
