import type { EsportsPersonalDataRepository } from './esports-personal-data.repository.js';

/** What the e-sports module holds about a person. */
export interface EsportsPersonalData {
  entrants: {
    id: string;
    tournamentId: string;
    name: string;
    cityId: string;
    rating: number | null;
    seed: number | null;
    teamId: string | null;
    status: string;
    checkedInAt: string | null;
    createdAt: string;
  }[];
  teams: { teamId: string; name: string; gameId: string; role: string; joinedAt: string }[];
  clubStaff: { clubId: string; addedAt: string }[];
  ratings: {
    gameId: string;
    seq: number;
    system: string;
    rating: number;
    rd: number | null;
    mu: number | null;
    sigma: number | null;
    tournamentId: string | null;
    matchId: string | null;
    createdAt: string;
  }[];
}

/** How a deleted person's entrants are named from then on. */
export const formerPlayerName = '—';

/**
 * The e-sports module's part of a person's data export and deletion.
 *
 * @example
 * await createEsportsPersonalData({ repo }).forget(userId); // their entrants are no longer named
 */
export function createEsportsPersonalData({ repo }: { repo: EsportsPersonalDataRepository }) {
  const num = (value: number | null) => (value === null ? null : Number(value));
  return {
    async exportFor(userId: string): Promise<EsportsPersonalData> {
      const [entrants, teams, staff, ratings] = await Promise.all([
        repo.entrantsOf(userId),
        repo.teamsOf(userId),
        repo.clubsStaffedBy(userId),
        repo.ratingsOf(userId),
      ]);
      return {
        entrants: entrants.map((row) => ({
          id: row.id,
          tournamentId: row.tournament_id,
          name: row.name,
          cityId: row.city_id,
          rating: num(row.rating),
          seed: num(row.seed),
          teamId: row.team_id,
          status: row.status,
          checkedInAt: row.checked_in_at,
          createdAt: row.created_at,
        })),
        teams,
        clubStaff: staff.map((row) => ({ clubId: row.club_id, addedAt: row.added_at })),
        ratings: ratings.map((row) => ({
          gameId: row.game_id,
          seq: Number(row.seq),
          system: row.system,
          rating: Number(row.rating),
          rd: num(row.rd),
          mu: num(row.mu),
          sigma: num(row.sigma),
          tournamentId: row.tournament_id,
          matchId: row.match_id,
          createdAt: row.created_at,
        })),
      };
    },

    forget: (userId: string) => repo.anonymise(userId, formerPlayerName),
  };
}

export type EsportsPersonalDataService = ReturnType<typeof createEsportsPersonalData>;
