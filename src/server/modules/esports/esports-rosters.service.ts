import { maskContactDetails } from '../../../core/safety/mask-contact-details.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { Actor } from './esports.policy.js';
import type { EsportsRepository, TeamInvitationRow, TeamRow } from './esports.repository.js';
import type { Team, TeamInvitation } from './esports.schema.js';
import type { DirectoryService } from './esports-directory.service.js';

export interface RostersDeps {
  repo: EsportsRepository;
  accounts: Pick<AccountsService, 'facts'>;
  directory: DirectoryService;
}

/**
 * What adding someone to a roster did: an adult is on the team at once; a minor is invited and joins
 * only by accepting (an expected outcome, so a value rather than an error).
 */
export type RosterAddition =
  | { outcome: 'added'; team: Team }
  | { outcome: 'invited'; invitation: TeamInvitation };

/**
 * Who gets on a team roster, and how. Club staff, the city's organizers and the captain add people;
 * a minor (under the majority age of their own city or of the team's club city, whichever is
 * higher) is never put on a roster by someone else: they get an invitation they accept or decline
 * themselves, and accepting needs an active account (a guardian's consent where their city wants one).
 *
 * @example
 * const added = await rosters.addMember(captain, teamId, userId, 'player');
 * if (added.outcome === 'invited') await rosters.accept(minor, added.invitation.id);
 */
export function createRostersService({ repo, accounts, directory }: RostersDeps) {
  /** An invitation as its invitee reads it: names anyone could write are masked (the invitee is a minor). */
  async function toInvitation(
    row: TeamInvitationRow,
    team: Pick<TeamRow, 'id' | 'name' | 'game_id' | 'city_id' | 'club_id'>,
  ): Promise<TeamInvitation> {
    const inviter = row.invited_by === null ? undefined : (await accounts.facts([row.invited_by]))[0];
    return {
      id: row.id,
      team: {
        id: team.id,
        name: maskContactDetails(team.name).text,
        gameId: team.game_id,
        cityId: team.city_id,
        clubId: team.club_id,
      },
      role: row.role as TeamInvitation['role'],
      status: row.status,
      invitedBy: inviter === undefined ? null : maskContactDetails(inviter.displayName).text,
      createdAt: row.created_at,
    };
  }

  async function pendingInvitationOrFail(actor: Actor, id: string): Promise<TeamInvitationRow> {
    const invitation = await repo.findInvitation(id);
    // Someone else's invitation is as unknown as a missing one.
    if (invitation === undefined || invitation.user_id !== actor.userId || invitation.status !== 'pending')
      throw new AppError('NOT_FOUND');
    return invitation;
  }

  return {
    /** Adds an adult to a roster, or invites a minor (see `RosterAddition`). */
    async addMember(actor: Actor, teamId: string, userId: string, role: string): Promise<RosterAddition> {
      const team = await directory.teamOrFail(teamId);
      if (!(await directory.runsTeam(actor, team))) throw new AppError('FORBIDDEN');
      const person = (await directory.minorsAmong([userId], await directory.lawCityOf(team))).get(userId);
      if (person === undefined) throw new AppError('USER_NOT_FOUND');
      if ((await directory.teamMemberIds(teamId)).includes(userId)) throw new AppError('ALREADY_MEMBER');
      if (person.minor && userId !== actor.userId) {
        const invitation = await repo.invite({
          team_id: teamId,
          user_id: userId,
          role,
          invited_by: actor.userId,
        });
        return { outcome: 'invited', invitation: await toInvitation(invitation, team) };
      }
      if (!(await repo.addTeamMember(teamId, userId, role))) throw new AppError('ALREADY_MEMBER');
      return { outcome: 'added', team: await directory.getTeam(teamId, actor) };
    },

    /** The person's invitations still waiting for their answer, newest first. */
    async invitations(actor: Actor): Promise<TeamInvitation[]> {
      const rows = await repo.pendingInvitationsOf(actor.userId);
      return Promise.all(
        rows.map((row) =>
          toInvitation(row, {
            id: row.team_id,
            name: row.team_name,
            game_id: row.team_game_id,
            city_id: row.team_city_id,
            club_id: row.team_club_id,
          }),
        ),
      );
    },

    /** Accepts an invitation: the person is on the roster with the role they were invited to. */
    async accept(actor: Actor, id: string): Promise<Team> {
      const invitation = await pendingInvitationOrFail(actor, id);
      const [me] = await accounts.facts([actor.userId]);
      if (me?.status !== 'active') throw new AppError('CONSENT_REQUIRED');
      if (!(await repo.answerInvitation(invitation.id, actor.userId, true))) throw new AppError('NOT_FOUND');
      return directory.getTeam(invitation.team_id, actor);
    },

    /** Declines an invitation; the team may invite the person again later. */
    async decline(actor: Actor, id: string): Promise<void> {
      const invitation = await pendingInvitationOrFail(actor, id);
      if (!(await repo.answerInvitation(invitation.id, actor.userId, false))) throw new AppError('NOT_FOUND');
    },
  };
}

export type RostersService = ReturnType<typeof createRostersService>;
