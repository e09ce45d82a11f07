import type { Kysely, Selectable } from 'kysely';
import type { CityTable, Database } from '../../db/schema.js';
import type { City, LocalizedText, Partnership, Topic } from './partnership.schema.js';

function toCity(row: Selectable<CityTable>): City {
  return {
    id: row.id,
    name: JSON.parse(row.name) as LocalizedText,
    country: row.country,
    timeZone: row.time_zone,
    languages: JSON.parse(row.languages) as string[],
    consentAge: Number(row.consent_age),
    majorityAge: Number(row.majority_age),
    guardianVerificationRequired: Number(row.guardian_verification_required) === 1,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  };
}

export function createPartnershipRepository(db: Kysely<Database>) {
  return {
    async listCities(): Promise<City[]> {
      const rows = await db
        .selectFrom('cities')
        .leftJoin('partnership_cities', 'partnership_cities.city_id', 'cities.id')
        .selectAll('cities')
        .orderBy('partnership_cities.position')
        .orderBy('cities.id')
        .execute();
      return rows.map(toCity);
    },

    async findCity(id: string): Promise<City | undefined> {
      const row = await db.selectFrom('cities').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : toCity(row);
    },

    async findPartnership(): Promise<Omit<Partnership, 'endDate'> | undefined> {
      const row = await db.selectFrom('partnerships').selectAll().orderBy('created_at').executeTakeFirst();
      if (row === undefined) return undefined;
      const cityRows = await db
        .selectFrom('partnership_cities')
        .innerJoin('cities', 'cities.id', 'partnership_cities.city_id')
        .selectAll('cities')
        .where('partnership_cities.partnership_id', '=', row.id)
        .orderBy('partnership_cities.position')
        .execute();
      const topicRows = await db
        .selectFrom('topics')
        .select(['id', 'label'])
        .where('partnership_id', '=', row.id)
        .orderBy('position')
        .execute();
      return {
        id: row.id,
        name: JSON.parse(row.name) as LocalizedText,
        startDate: row.start_date,
        termYears: Number(row.term_years),
        workingLanguages: JSON.parse(row.working_languages) as string[],
        cities: cityRows.map(toCity),
        topics: topicRows.map((t): Topic => ({ id: t.id, label: JSON.parse(t.label) as LocalizedText })),
      };
    },

    async countPartnerships(): Promise<number> {
      const row = await db
        .selectFrom('partnerships')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insertPartnership(
      partnership: Omit<Partnership, 'cities' | 'endDate'> & { cityIds: string[] },
      cities: City[],
      createdAt: string,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const city of cities) {
          await trx
            .insertInto('cities')
            .values({
              id: city.id,
              name: JSON.stringify(city.name),
              country: city.country,
              time_zone: city.timeZone,
              languages: JSON.stringify(city.languages),
              consent_age: city.consentAge,
              majority_age: city.majorityAge,
              guardian_verification_required: city.guardianVerificationRequired ? 1 : 0,
              latitude: city.latitude,
              longitude: city.longitude,
            })
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
        }
        await trx
          .insertInto('partnerships')
          .values({
            id: partnership.id,
            name: JSON.stringify(partnership.name),
            start_date: partnership.startDate,
            term_years: partnership.termYears,
            working_languages: JSON.stringify(partnership.workingLanguages),
            created_at: createdAt,
          })
          .execute();
        await trx
          .insertInto('partnership_cities')
          .values(
            partnership.cityIds.map((cityId, position) => ({
              partnership_id: partnership.id,
              city_id: cityId,
              position,
            })),
          )
          .execute();
        await trx
          .insertInto('topics')
          .values(
            partnership.topics.map((topic, position) => ({
              id: topic.id,
              partnership_id: partnership.id,
              label: JSON.stringify(topic.label),
              position,
            })),
          )
          .execute();
      });
    },
  };
}

export type PartnershipRepository = ReturnType<typeof createPartnershipRepository>;
