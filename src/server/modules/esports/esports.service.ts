import type { Clock } from '../../platform/clock.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { EsportsRepository } from './esports.repository.js';
import { defaultGames, demoClubs, demoTournaments } from './esports.seed.js';
import { createDirectoryService } from './esports-directory.service.js';
import { createMatchesService } from './esports-matches.service.js';
import { createRostersService } from './esports-rosters.service.js';
import { createTournamentsService } from './esports-tournaments.service.js';

export type { Actor } from './esports.policy.js';

export interface EsportsDeps {
  repo: EsportsRepository;
  accounts: Pick<AccountsService, 'facts'>;
  partnership: PartnershipService;
  sessions: SessionsService;
  clock: Clock;
}

/**
 * E-sports between partner cities: the directory (games, clubs, teams), tournaments in four formats
 * and their matches, results and ratings. Built from four parts that share the repository.
 *
 * @example
 * const esports = createEsportsService({ repo, accounts, partnership, sessions, clock });
 * await esports.tournaments.create(actor, { name: 'Cup', game: 'chess', format: 'swiss' });
 */
export function createEsportsService({ repo, accounts, partnership, sessions, clock }: EsportsDeps) {
  const directory = createDirectoryService({ repo, accounts, partnership, sessions, clock });
  const tournaments = createTournamentsService({ repo, partnership, directory, clock });
  const matches = createMatchesService({ repo, partnership, tournaments, clock });
  const rosters = createRostersService({ repo, accounts, directory });
  return {
    directory,
    rosters,
    tournaments,
    matches,

    /** The games catalogue on an empty database. Returns whether it did anything. */
    async seedDefault(): Promise<boolean> {
      if ((await repo.countGames()) > 0) return false;
      return repo.insertGames(defaultGames(clock.now().toISOString()));
    },

    /**
     * Demo content on a database without tournaments: Osan University's programme and Espoo clubs,
     * a finished cross-city Swiss and the double-elimination playoffs of its top eight, running.
     */
    async seedDemo(): Promise<boolean> {
      if ((await repo.countTournaments()) > 0) return false;
      const now = clock.now().toISOString();
      for (const club of demoClubs(now)) await repo.insertClub(club, []);
      const host = (await partnership.listCities())[0]?.id;
      if (host === undefined) return false;
      for (const demo of demoTournaments(clock.now(), host)) {
        await repo.insertPlayedTournament(
          demo.tournament,
          demo.entrants,
          demo.subjects,
          demo.matches,
          demo.ratings,
        );
      }
      return true;
    },
  };
}

export type EsportsService = ReturnType<typeof createEsportsService>;
