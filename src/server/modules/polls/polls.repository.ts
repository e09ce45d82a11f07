import type { Kysely } from 'kysely';
import type { Database, PollOptionTable, PollResponseTable, PollTable } from '../../db/schema.js';
import { hashToken, newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { enqueueMail, type OutgoingMail } from '../../platform/mail/outbox.js';

export interface PollRecord {
  poll: PollTable;
  options: PollOptionTable[];
  responses: PollResponseTable[];
}

export function createPollsRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async insert(
      poll: Omit<PollTable, 'share_token_hash'>,
      shareToken: string,
      options: string[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('polls')
          .values({ ...poll, share_token_hash: hashToken(shareToken) })
          .execute();
        await trx
          .insertInto('poll_options')
          .values(
            options.map((startsAt, position) => ({
              id: newId(),
              poll_id: poll.id,
              starts_at: startsAt,
              position,
            })),
          )
          .execute();
      });
    },

    async find(id: string): Promise<PollRecord | undefined> {
      const poll = await db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
      if (poll === undefined) return undefined;
      const [options, responses] = await Promise.all([
        db.selectFrom('poll_options').selectAll().where('poll_id', '=', id).orderBy('position').execute(),
        db
          .selectFrom('poll_responses')
          .selectAll()
          .where('poll_id', '=', id)
          .orderBy('created_at')
          .orderBy('id')
          .execute(),
      ]);
      return { poll, options, responses };
    },

    tokenMatches(record: PollRecord, token: string): boolean {
      return record.poll.share_token_hash === hashToken(token);
    },

    async responseOf(pollId: string, userId: string): Promise<PollResponseTable | undefined> {
      return db
        .selectFrom('poll_responses')
        .selectAll()
        .where('poll_id', '=', pollId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },

    async insertResponse(
      response: Omit<PollResponseTable, 'edit_token_hash'>,
      editToken: string,
    ): Promise<void> {
      await db
        .insertInto('poll_responses')
        .values({ ...response, edit_token_hash: hashToken(editToken) })
        .execute();
    },

    async updateResponse(id: string, answers: string, name: string): Promise<void> {
      await db
        .updateTable('poll_responses')
        .set({ answers, name, updated_at: clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
    },

    async responseByEditToken(pollId: string, editToken: string): Promise<PollResponseTable | undefined> {
      return db
        .selectFrom('poll_responses')
        .selectAll()
        .where('poll_id', '=', pollId)
        .where('edit_token_hash', '=', hashToken(editToken))
        .executeTakeFirst();
    },

    /** Closes the poll on the picked option, once: false when it was already closed. */
    async close(
      pollId: string,
      optionId: string,
      sessionId: string,
      notices: OutgoingMail[],
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const closed = await trx
          .updateTable('polls')
          .set({
            status: 'closed',
            chosen_option_id: optionId,
            session_id: sessionId,
            updated_at: clock.now().toISOString(),
          })
          .where('id', '=', pollId)
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (closed.numUpdatedRows === 0n) return false;
        for (const notice of notices) await enqueueMail(trx, clock, notice);
        return true;
      });
    },

    async recipients(pollId: string) {
      return db
        .selectFrom('poll_responses')
        .leftJoin('users', 'users.id', 'poll_responses.user_id')
        .select([
          'poll_responses.name',
          'poll_responses.email as guestEmail',
          'users.email as userEmail',
          'poll_responses.locale',
          'poll_responses.time_zone',
        ])
        .where('poll_responses.poll_id', '=', pollId)
        .execute();
    },
  };
}

export type PollsRepository = ReturnType<typeof createPollsRepository>;
