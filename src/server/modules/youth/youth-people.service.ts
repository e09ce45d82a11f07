import type { AgeBand } from '../../../core/matching/index.js';
import { ageOn } from '../../../core/people/age.js';
import { maskContactDetails } from '../../../core/safety/mask-contact-details.js';
import { calendarDateIn } from '../../../core/time/calendar-date.js';
import type { RoleGrant } from '../../platform/auth/permissions.js';
import type { Clock } from '../../platform/clock.js';
import type { AccountFacts, AccountsService } from '../accounts/accounts.service.js';
import type { EsportsPersonalDataService } from '../esports/esports-personal-data.service.js';
import type { City } from '../partnership/partnership.schema.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { PollsPersonalDataService } from '../polls/polls-personal-data.service.js';
import type { PracticesPersonalDataService } from '../practices/practices-personal-data.service.js';
import type { RolesService } from '../roles/roles.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { SessionsPersonalDataService } from '../sessions/sessions-personal-data.service.js';
import { ageBandOf } from './youth.policy.js';
import type { YouthRepository } from './youth.repository.js';

/** Who is asking: the signed-in viewer as the youth services need them. */
export interface Actor {
  userId: string;
  roles: RoleGrant[];
}

/** An account with what the rules on minors need: age (in the city's own "today"), band, minority. */
export interface Person extends AccountFacts {
  /** The name as the person wrote it, for their own export; `displayName` is what others see. */
  ownDisplayName: string;
  city: City | undefined;
  /** Undefined for staff accounts without a birth date (adults by the operator's declaration). */
  age: number | undefined;
  ageBand: AgeBand | undefined;
  minor: boolean;
  needsGuardianConsent: boolean;
}

export interface YouthDeps {
  repo: YouthRepository;
  accounts: AccountsService;
  partnership: PartnershipService;
  roles: RolesService;
  /**
   * Frees a deleted person's seats through the sessions rules (the next in line is told), and runs
   * circle meetings as sessions restricted to a circle (linked to the circle's page).
   */
  sessions: Pick<
    SessionsService,
    | 'restrictedPages'
    | 'releaseAll'
    | 'create'
    | 'get'
    | 'upcomingRestricted'
    | 'register'
    | 'registration'
    | 'leave'
    | 'join'
    | 'cancel'
    | 'suggest'
  >;
  /** Every other module's part of a person's data: exported with theirs, anonymised on deletion. */
  personalData: {
    sessions: SessionsPersonalDataService;
    polls: PollsPersonalDataService;
    practices: PracticesPersonalDataService;
    esports: EsportsPersonalDataService;
  };
  clock: Clock;
  publicUrl: string;
}

/**
 * Reads people through the accounts service and applies the law of each one's city: age on today's
 * date there, the band they are shown in, whether they are a minor or still need a guardian.
 */
export function createPeopleReader({ accounts, partnership, clock }: YouthDeps) {
  async function people(userIds: readonly string[]): Promise<Map<string, Person>> {
    const [facts, cities] = await Promise.all([accounts.facts(userIds), partnership.listCities()]);
    const result = new Map<string, Person>();
    for (const fact of facts) {
      const city = cities.find((c) => c.id === fact.cityId);
      const age =
        fact.birthDate === null || city === undefined
          ? undefined
          : ageOn(fact.birthDate, calendarDateIn(clock.now(), city.timeZone));
      // Where two cities' rules could apply (a move asked for, not yet approved), the stricter wins.
      const laws = cities.filter((c) => c.id === fact.cityId || c.id === fact.pendingCityId);
      const strictest = (pick: (c: City) => number) => Math.max(0, ...laws.map(pick));
      result.set(fact.id, {
        ...fact,
        // A name is text a circle sees: contact details in it are masked like those in messages.
        displayName: maskContactDetails(fact.displayName).text,
        ownDisplayName: fact.displayName,
        city,
        age,
        ageBand: age === undefined ? undefined : ageBandOf(age),
        minor: age !== undefined && city !== undefined && age < strictest((c) => c.majorityAge),
        needsGuardianConsent: age !== undefined && city !== undefined && age < strictest((c) => c.consentAge),
      });
    }
    return result;
  }

  return {
    people,
    async person(userId: string): Promise<Person | undefined> {
      return (await people([userId])).get(userId);
    },
  };
}

export type PeopleReader = ReturnType<typeof createPeopleReader>;
