import type { Clock } from '../../platform/clock.js';
import type { PartnershipRepository } from './partnership.repository.js';
import type { City, Partnership } from './partnership.schema.js';
import { defaultCities, defaultPartnership } from './partnership.seed.js';

/** The partnership and its member cities: read by everyone, written only by seeding (for now). */
export function createPartnershipService(deps: { repo: PartnershipRepository; clock: Clock }) {
  const { repo, clock } = deps;
  let citiesCache: City[] | undefined;
  let partnershipCache: Partnership | undefined;

  return {
    /** Cities rarely change; they are cached for the life of the process after the first read. */
    async listCities(): Promise<City[]> {
      citiesCache ??= await repo.listCities();
      return citiesCache;
    },

    async findCity(id: string): Promise<City | undefined> {
      return (await this.listCities()).find((city) => city.id === id);
    },

    /** Like the cities, the partnership is read once per process (it changes only by seeding). */
    async getPartnership(): Promise<Partnership | undefined> {
      if (partnershipCache !== undefined) return partnershipCache;
      const partnership = await repo.findPartnership();
      if (partnership === undefined) return undefined;
      const [year, rest] = [Number(partnership.startDate.slice(0, 4)), partnership.startDate.slice(4)];
      partnershipCache = { ...partnership, endDate: `${year + partnership.termYears}${rest}` };
      return partnershipCache;
    },

    /** Creates the default partnership on an empty database. Returns whether it did. */
    async seedDefault(): Promise<boolean> {
      if ((await repo.countPartnerships()) > 0) return false;
      await repo.insertPartnership(defaultPartnership, defaultCities, clock.now().toISOString());
      citiesCache = undefined;
      partnershipCache = undefined;
      return true;
    },
  };
}

export type PartnershipService = ReturnType<typeof createPartnershipService>;
