import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A person's answers to scheduling polls, for their data export and for anonymising on deletion. */
export function createPollsPersonalDataRepository(db: Kysely<Database>) {
  return {
    /** Answers given signed in, or as a guest with the person's e-mail address. */
    async responsesOf(userId: string, email: string) {
      return db
        .selectFrom('poll_responses')
        .select([
          'id',
          'poll_id',
          'name',
          'email',
          'locale',
          'time_zone',
          'answers',
          'created_at',
          'updated_at',
        ])
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('email', '=', email)]))
        .orderBy('created_at')
        .execute();
    },

    async optionsOf(pollIds: readonly string[]) {
      if (pollIds.length === 0) return [];
      return db
        .selectFrom('poll_options')
        .select(['id', 'poll_id', 'starts_at'])
        .where('poll_id', 'in', [...pollIds])
        .execute();
    },

    /**
     * Detaches the person from their answers: the poll keeps its counts, but no name, address, account
     * or edit link leads back to them.
     */
    async anonymise(userId: string, email: string): Promise<number> {
      const result = await db
        .updateTable('poll_responses')
        .set({ user_id: null, name: '', email: null, edit_token_hash: '' })
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('email', '=', email)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

export type PollsPersonalDataRepository = ReturnType<typeof createPollsPersonalDataRepository>;
