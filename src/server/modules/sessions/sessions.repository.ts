import { type Kysely, sql, type Transaction } from 'kysely';
import { isUniqueViolation } from '../../db/errors.js';
import type { Database, RegistrationStatus, SessionCityTable, SessionTable } from '../../db/schema.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import { enqueueMail, type OutgoingMail } from '../../platform/mail/outbox.js';

export type SessionRow = SessionTable;
export type SessionCityRow = SessionCityTable;

export interface SessionRecord {
  session: SessionRow;
  cities: SessionCityRow[];
  topics: string[];
  waiting: Record<string, number>;
}

export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
  cityId: string;
}

export interface SessionFilter {
  updatedSince?: string;
  from?: string;
  to?: string;
  topic?: string;
  cityId?: string;
  statuses: SessionRow['status'][];
  /** Drafts hosted by these cities are listed too (their staff plan them). */
  draftsOfCities?: string[];
  limit: number;
  offset: number;
}

export type RegisterResult =
  | { status: 'confirmed'; position?: undefined }
  | { status: 'waitlisted'; position: number };

export function createSessionsRepository(db: Kysely<Database>, clock: Clock) {
  /** The seats (with each city's waiting count) and topics of sessions: two queries for any number. */
  async function loadRecords(executor: Kysely<Database>, sessions: SessionRow[]): Promise<SessionRecord[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map((s) => s.id);
    const [cityRows, topicRows] = await Promise.all([
      executor
        .selectFrom('session_cities')
        .selectAll('session_cities')
        .select((eb) =>
          eb
            .selectFrom('registrations')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('registrations.session_id', '=', 'session_cities.session_id')
            .whereRef('registrations.city_id', '=', 'session_cities.city_id')
            .where('registrations.status', '=', 'waitlisted')
            .as('waiting'),
        )
        .where('session_cities.session_id', 'in', ids)
        .orderBy('session_cities.city_id')
        .execute(),
      executor
        .selectFrom('session_topics')
        .selectAll()
        .where('session_id', 'in', ids)
        .orderBy('topic_id')
        .execute(),
    ]);
    const records = new Map<string, SessionRecord>(
      sessions.map((session) => [session.id, { session, cities: [], topics: [], waiting: {} }]),
    );
    for (const { waiting, ...city } of cityRows) {
      const record = records.get(city.session_id);
      if (record === undefined) continue;
      record.cities.push(city);
      if (Number(waiting) > 0) record.waiting[city.city_id] = Number(waiting);
    }
    for (const topic of topicRows) records.get(topic.session_id)?.topics.push(topic.topic_id);
    return [...records.values()];
  }

  async function recipient(executor: Kysely<Database>, userId: string): Promise<Recipient | undefined> {
    const row = await executor
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'locale', 'time_zone', 'city_id'])
      .where('id', '=', userId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          userId: row.id,
          email: row.email,
          displayName: row.display_name,
          locale: row.locale,
          timeZone: row.time_zone,
          cityId: row.city_id,
        };
  }

  /**
   * Takes the lock that serialises seat changes of one session and city: a write to its
   * session_cities row (a row lock on PostgreSQL; SQLite writes one at a time anyway).
   */
  async function lockCity(trx: Transaction<Database>, sessionId: string, cityId: string) {
    return trx
      .updateTable('session_cities')
      .set({ next_position: sql`next_position + 1` })
      .where('session_id', '=', sessionId)
      .where('city_id', '=', cityId)
      .returning(['seats', 'confirmed', 'next_position'])
      .executeTakeFirst();
  }

  /** Confirms the first in line of a city while seats are free; tells each one. */
  async function promoteWaiting(
    trx: Transaction<Database>,
    sessionId: string,
    cityId: string,
    mail: (to: Recipient) => OutgoingMail,
  ): Promise<string[]> {
    const promoted: string[] = [];
    for (;;) {
      const seat = await trx
        .updateTable('session_cities')
        .set({ confirmed: sql`confirmed + 1` })
        .where('session_id', '=', sessionId)
        .where('city_id', '=', cityId)
        .where(sql<boolean>`confirmed < seats`)
        .executeTakeFirst();
      if (seat.numUpdatedRows === 0n) return promoted;
      const next = await trx
        .selectFrom('registrations')
        .select(['id', 'user_id'])
        .where('session_id', '=', sessionId)
        .where('city_id', '=', cityId)
        .where('status', '=', 'waitlisted')
        .orderBy('position')
        .limit(1)
        .executeTakeFirst();
      if (next === undefined) {
        await trx
          .updateTable('session_cities')
          .set({ confirmed: sql`confirmed - 1` })
          .where('session_id', '=', sessionId)
          .where('city_id', '=', cityId)
          .execute();
        return promoted;
      }
      await trx
        .updateTable('registrations')
        .set({ status: 'confirmed', updated_at: clock.now().toISOString() })
        .where('id', '=', next.id)
        .execute();
      promoted.push(next.user_id);
      const to = await recipient(trx, next.user_id);
      if (to !== undefined) await enqueueMail(trx, clock, mail(to));
    }
  }

  return {
    async insert(
      session: SessionRow,
      cities: Omit<SessionCityRow, 'session_id'>[],
      topics: string[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('sessions').values(session).execute();
        if (cities.length > 0) {
          await trx
            .insertInto('session_cities')
            .values(cities.map((c) => ({ ...c, session_id: session.id })))
            .execute();
        }
        if (topics.length > 0) {
          await trx
            .insertInto('session_topics')
            .values(topics.map((topic_id) => ({ session_id: session.id, topic_id })))
            .execute();
        }
      });
    },

    async recipient(userId: string): Promise<Recipient | undefined> {
      return recipient(db, userId);
    },

    /** A session's row and a person as a recipient, in one query (the start of every registration). */
    async sessionFor(
      sessionId: string,
      userId: string,
    ): Promise<{ session: SessionRow; recipient: Recipient | undefined } | undefined> {
      const row = await db
        .selectFrom('sessions')
        .leftJoin('users', (join) => join.on('users.id', '=', userId))
        .selectAll('sessions')
        .select([
          'users.id as recipient_id',
          'users.email as recipient_email',
          'users.display_name as recipient_display_name',
          'users.locale as recipient_locale',
          'users.time_zone as recipient_time_zone',
          'users.city_id as recipient_city_id',
        ])
        .where('sessions.id', '=', sessionId)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const {
        recipient_id: id,
        recipient_email: email,
        recipient_display_name: displayName,
        recipient_locale: locale,
        recipient_time_zone: timeZone,
        recipient_city_id: cityId,
        ...session
      } = row;
      return {
        session,
        recipient:
          id === null ||
          email === null ||
          displayName === null ||
          locale === null ||
          timeZone === null ||
          cityId === null
            ? undefined
            : { userId: id, email, displayName, locale, timeZone, cityId },
      };
    },

    async seriesSessions(seriesId: string): Promise<SessionRecord[]> {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('series_id', '=', seriesId)
        .orderBy('starts_at')
        .execute();
      return loadRecords(db, rows);
    },

    async find(id: string): Promise<SessionRecord | undefined> {
      const session = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      if (session === undefined) return undefined;
      return (await loadRecords(db, [session]))[0];
    },

    async list(filter: SessionFilter): Promise<{ records: SessionRecord[]; total: number }> {
      const drafts = filter.draftsOfCities ?? [];
      let query = db
        .selectFrom('sessions')
        // Restricted sessions (circle meetings) are never listed.
        .where('restricted_to', 'is', null)
        .where((eb) =>
          drafts.length === 0
            ? eb('status', 'in', filter.statuses)
            : eb.or([
                eb('status', 'in', filter.statuses),
                eb.and([eb('status', '=', 'draft'), eb('host_city_id', 'in', drafts)]),
              ]),
        );
      if (filter.updatedSince !== undefined) query = query.where('updated_at', '>=', filter.updatedSince);
      if (filter.from !== undefined) query = query.where('ends_at', '>', filter.from);
      if (filter.to !== undefined) query = query.where('starts_at', '<', filter.to);
      if (filter.topic !== undefined) {
        const topic = filter.topic;
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('session_topics')
              .select('session_topics.session_id')
              .whereRef('session_topics.session_id', '=', 'sessions.id')
              .where('session_topics.topic_id', '=', topic),
          ),
        );
      }
      if (filter.cityId !== undefined) {
        const cityId = filter.cityId;
        query = query.where((eb) =>
          eb.or([
            eb('sessions.host_city_id', '=', cityId),
            eb.exists(
              eb
                .selectFrom('session_cities')
                .select('session_cities.session_id')
                .whereRef('session_cities.session_id', '=', 'sessions.id')
                .where('session_cities.city_id', '=', cityId)
                .where('session_cities.seats', '>', 0),
            ),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('starts_at')
          .orderBy('id')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { records: await loadRecords(db, rows), total: Number(count.n) };
    },

    /**
     * Saves changes to a session. New seat quotas promote waiting registrants when seats appear.
     * A quota below the city's confirmed people is refused with SEATS_BELOW_CONFIRMED and nothing is
     * saved, whatever else the change held.
     */
    async update(
      id: string,
      changes: Partial<SessionRow>,
      options: {
        seats?: Record<string, number>;
        venues?: Record<string, string>;
        topics?: string[];
        promotionMail: (to: Recipient) => OutgoingMail;
      },
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (Object.keys(changes).length > 0) {
          await trx.updateTable('sessions').set(changes).where('id', '=', id).execute();
        }
        if (options.seats !== undefined) {
          for (const [cityId, seats] of Object.entries(options.seats)) {
            // One conditional write: on PostgreSQL it waits for a registration holding the row and
            // then compares with the count that registration left.
            const updated = await trx
              .updateTable('session_cities')
              .set({ seats })
              .where('session_id', '=', id)
              .where('city_id', '=', cityId)
              .where('confirmed', '<=', seats)
              .executeTakeFirst();
            if (updated.numUpdatedRows === 0n) {
              const city = await trx
                .selectFrom('session_cities')
                .select('confirmed')
                .where('session_id', '=', id)
                .where('city_id', '=', cityId)
                .executeTakeFirst();
              if (city !== undefined) {
                throw new AppError('SEATS_BELOW_CONFIRMED', { confirmed: Number(city.confirmed) });
              }
              await trx
                .insertInto('session_cities')
                .values({
                  session_id: id,
                  city_id: cityId,
                  seats,
                  confirmed: 0,
                  next_position: 0,
                  venue: null,
                })
                .execute();
            }
            await promoteWaiting(trx, id, cityId, options.promotionMail);
          }
        }
        if (options.venues !== undefined) {
          for (const [cityId, venue] of Object.entries(options.venues)) {
            await trx
              .updateTable('session_cities')
              .set({ venue: venue.trim() === '' ? null : venue.trim() })
              .where('session_id', '=', id)
              .where('city_id', '=', cityId)
              .execute();
          }
        }
        if (options.topics !== undefined) {
          await trx.deleteFrom('session_topics').where('session_id', '=', id).execute();
          if (options.topics.length > 0) {
            await trx
              .insertInto('session_topics')
              .values(options.topics.map((topic_id) => ({ session_id: id, topic_id })))
              .execute();
          }
        }
      });
    },

    /**
     * Registers a person in their city's quota: a seat when one is free, else a place at the end of
     * that city's waiting list (or SESSION_FULL without one). Exact under any concurrency: the city's
     * seat row is locked first, so registrations of one session and city happen one at a time.
     */
    async register(
      sessionId: string,
      userId: string,
      cityId: string,
      allowWaitlist: boolean,
      confirmationMail: (outcome: RegisterResult) => OutgoingMail | undefined,
    ): Promise<RegisterResult> {
      try {
        return await db.transaction().execute(async (trx) => {
          // The seat row first: it serialises this session and city, and says how many wait already.
          const city = await trx
            .updateTable('session_cities')
            .set({ next_position: sql`next_position + 1` })
            .where('session_id', '=', sessionId)
            .where('city_id', '=', cityId)
            .returning((eb) => [
              'seats',
              'confirmed',
              'next_position',
              eb
                .selectFrom('registrations')
                .select(eb.fn.countAll<number>().as('n'))
                .where('registrations.session_id', '=', sessionId)
                .where('registrations.city_id', '=', cityId)
                .where('registrations.status', '=', 'waitlisted')
                .as('waiting'),
            ])
            .executeTakeFirst();
          const refuse = async (code: 'NO_SEATS_FOR_CITY' | 'SESSION_FULL') => {
            // Someone already registered hears that first, as before any seat was looked at.
            const existing = await trx
              .selectFrom('registrations')
              .select('id')
              .where('session_id', '=', sessionId)
              .where('user_id', '=', userId)
              .where('status', '!=', 'cancelled')
              .executeTakeFirst();
            return new AppError(existing === undefined ? code : 'ALREADY_REGISTERED');
          };
          if (city === undefined || Number(city.seats) === 0) throw await refuse('NO_SEATS_FOR_CITY');
          let status: RegistrationStatus = 'waitlisted';
          if (Number(city.confirmed) < Number(city.seats)) {
            await trx
              .updateTable('session_cities')
              .set({ confirmed: sql`confirmed + 1` })
              .where('session_id', '=', sessionId)
              .where('city_id', '=', cityId)
              .execute();
            status = 'confirmed';
          } else if (!allowWaitlist) {
            throw await refuse('SESSION_FULL');
          }
          const now = clock.now().toISOString();
          const row = {
            status,
            position: Number(city.next_position),
            city_id: cityId,
            attended: null,
            updated_at: now,
          };
          // A first registration, or a new one after leaving; anything else is a second registration
          // (and the seat counted above is given back with the transaction).
          const saved = await trx
            .insertInto('registrations')
            .values({ id: newId(), session_id: sessionId, user_id: userId, created_at: now, ...row })
            .onConflict((conflict) =>
              conflict
                .columns(['session_id', 'user_id'])
                .doUpdateSet(row)
                .where('registrations.status', '=', 'cancelled'),
            )
            .returning('id')
            .executeTakeFirst();
          if (saved === undefined) throw new AppError('ALREADY_REGISTERED');
          // The newcomer is last in line: everyone waiting before is ahead.
          const result: RegisterResult =
            status === 'confirmed'
              ? { status: 'confirmed' }
              : { status: 'waitlisted', position: Number(city.waiting) + 1 };
          const mail = confirmationMail(result);
          if (mail !== undefined) await enqueueMail(trx, clock, mail);
          return result;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('ALREADY_REGISTERED');
        throw error;
      }
    },

    /** Sessions not yet over where the person holds a seat or a place in line. */
    async activeRegistrations(userId: string, now: string): Promise<string[]> {
      const rows = await db
        .selectFrom('registrations')
        .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
        .select('registrations.session_id')
        .where('registrations.user_id', '=', userId)
        .where('registrations.status', '!=', 'cancelled')
        .where('sessions.ends_at', '>', now)
        .execute();
      return rows.map((r) => r.session_id);
    },

    async registrationOf(sessionId: string, userId: string): Promise<RegisterResult | undefined> {
      const row = await db
        .selectFrom('registrations')
        .select(['status', 'position', 'city_id'])
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('status', '!=', 'cancelled')
        .executeTakeFirst();
      if (row === undefined) return undefined;
      if (row.status === 'confirmed') return { status: 'confirmed' };
      return {
        status: 'waitlisted',
        position: await waitingPosition(db, sessionId, row.city_id, Number(row.position)),
      };
    },

    /**
     * Cancels a registration. A freed seat goes to the first in line of the same city at once, in
     * the same transaction, and they are told. False when there was nothing to cancel.
     */
    async leave(
      sessionId: string,
      userId: string,
      promotionMail: (to: Recipient) => OutgoingMail,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const registration = await trx
          .selectFrom('registrations')
          .select(['id', 'status', 'city_id'])
          .where('session_id', '=', sessionId)
          .where('user_id', '=', userId)
          .where('status', '!=', 'cancelled')
          .executeTakeFirst();
        if (registration === undefined) return false;
        await lockCity(trx, sessionId, registration.city_id);
        const cancelled = await trx
          .updateTable('registrations')
          .set({ status: 'cancelled', updated_at: clock.now().toISOString() })
          .where('id', '=', registration.id)
          .where('status', '=', registration.status)
          .executeTakeFirst();
        if (cancelled.numUpdatedRows === 0n) return false;
        if (registration.status === 'confirmed') {
          await trx
            .updateTable('session_cities')
            .set({ confirmed: sql`confirmed - 1` })
            .where('session_id', '=', sessionId)
            .where('city_id', '=', registration.city_id)
            .execute();
          await promoteWaiting(trx, sessionId, registration.city_id, promotionMail);
        }
        return true;
      });
    },

    async participants(sessionId: string) {
      return db
        .selectFrom('registrations')
        .innerJoin('users', 'users.id', 'registrations.user_id')
        .select([
          'registrations.user_id',
          'users.display_name',
          'registrations.city_id',
          'registrations.status',
          'registrations.position',
          'registrations.attended',
        ])
        .where('registrations.session_id', '=', sessionId)
        .where('registrations.status', '!=', 'cancelled')
        .orderBy('registrations.city_id')
        .orderBy('registrations.status')
        .orderBy('registrations.position')
        .execute();
    },

    async markAttendance(
      sessionId: string,
      attendance: { userId: string; attended: boolean }[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const entry of attendance) {
          await trx
            .updateTable('registrations')
            .set({ attended: entry.attended ? 1 : 0, updated_at: clock.now().toISOString() })
            .where('session_id', '=', sessionId)
            .where('user_id', '=', entry.userId)
            .where('status', '=', 'confirmed')
            .execute();
        }
      });
    },

    /** Everyone still registered (confirmed or waiting), for change and cancellation notices. */
    async registrants(sessionId: string): Promise<Recipient[]> {
      const rows = await db
        .selectFrom('registrations')
        .innerJoin('users', 'users.id', 'registrations.user_id')
        .select([
          'users.id',
          'users.email',
          'users.display_name',
          'users.locale',
          'users.time_zone',
          'users.city_id',
        ])
        .where('registrations.session_id', '=', sessionId)
        .where('registrations.status', '!=', 'cancelled')
        .execute();
      return rows.map((r) => ({
        userId: r.id,
        email: r.email,
        displayName: r.display_name,
        locale: r.locale,
        timeZone: r.time_zone,
        cityId: r.city_id,
      }));
    },

    /** Queues one message per recipient in one transaction (with the change that caused them). */
    async notify(messages: OutgoingMail[]): Promise<void> {
      if (messages.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const message of messages) await enqueueMail(trx, clock, message);
      });
    },

    /**
     * Confirmed registrants of published sessions starting in (from, to] who have not had this
     * reminder for this start time yet.
     */
    async dueReminders(kind: '24h' | '1h' | 'dst', from: string, to: string) {
      return db
        .selectFrom('registrations')
        .innerJoin('sessions', 'sessions.id', 'registrations.session_id')
        .innerJoin('users', 'users.id', 'registrations.user_id')
        .leftJoin('session_reminders', (join) =>
          join
            .onRef('session_reminders.session_id', '=', 'registrations.session_id')
            .onRef('session_reminders.user_id', '=', 'registrations.user_id')
            .onRef('session_reminders.starts_at', '=', 'sessions.starts_at')
            .on('session_reminders.kind', '=', kind),
        )
        .select([
          'sessions.id as sessionId',
          'sessions.starts_at as startsAt',
          'users.id as userId',
          'users.email',
          'users.display_name as displayName',
          'users.locale',
          'users.time_zone as timeZone',
          'users.city_id as cityId',
          'sessions.series_id as seriesId',
        ])
        .where('sessions.status', '=', 'published')
        .where('registrations.status', '=', 'confirmed')
        .$if(kind === 'dst', (query) => query.where('sessions.series_id', 'is not', null))
        .where('sessions.starts_at', '>', from)
        .where('sessions.starts_at', '<=', to)
        .where('session_reminders.session_id', 'is', null)
        .orderBy('sessions.starts_at')
        .limit(500)
        .execute();
    },

    /** Records a reminder and queues its e-mail together; false when it was already sent. */
    async sendReminder(
      entry: { sessionId: string; userId: string; kind: '24h' | '1h' | 'dst'; startsAt: string },
      mail: OutgoingMail,
    ): Promise<boolean> {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('session_reminders')
            .values({
              session_id: entry.sessionId,
              user_id: entry.userId,
              kind: entry.kind,
              starts_at: entry.startsAt,
              sent_at: clock.now().toISOString(),
            })
            .execute();
          await enqueueMail(trx, clock, mail);
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    /**
     * One person's sessions (confirmed or waiting) ending after `from`, each with their registration
     * and place in line, in three queries however many there are.
     */
    async registrationsOf(
      userId: string,
      from: string,
    ): Promise<{ record: SessionRecord; registration: RegisterResult }[]> {
      const rows = await db
        .selectFrom('sessions')
        .innerJoin('registrations as mine', 'mine.session_id', 'sessions.id')
        .selectAll('sessions')
        .select((eb) => [
          'mine.status as registration_status',
          eb
            .selectFrom('registrations as ahead')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('ahead.session_id', '=', 'mine.session_id')
            .whereRef('ahead.city_id', '=', 'mine.city_id')
            .where('ahead.status', '=', 'waitlisted')
            .whereRef('ahead.position', '<', 'mine.position')
            .as('ahead'),
        ])
        .where('mine.user_id', '=', userId)
        .where('mine.status', '!=', 'cancelled')
        .where('sessions.status', '!=', 'draft')
        .where('sessions.ends_at', '>', from)
        .orderBy('sessions.starts_at')
        .limit(500)
        .execute();
      const records = await loadRecords(
        db,
        rows.map(({ registration_status: _status, ahead: _ahead, ...session }) => session),
      );
      return rows.flatMap((row, index) => {
        const record = records[index];
        if (record === undefined) return [];
        const registration: RegisterResult =
          row.registration_status === 'confirmed'
            ? { status: 'confirmed' }
            : { status: 'waitlisted', position: Number(row.ahead) + 1 };
        return [{ record, registration }];
      });
    },

    /**
     * Published sessions restricted to `restrictedTo` that have not ended, soonest first, each with
     * `userId`'s registration status (null when they hold none): one query for a circle's meetings.
     */
    async restrictedUpcoming(
      restrictedTo: string,
      userId: string,
      now: string,
    ): Promise<{ record: SessionRecord; registration: 'confirmed' | 'waitlisted' | null }[]> {
      const rows = await db
        .selectFrom('sessions')
        .leftJoin('registrations as mine', (join) =>
          join
            .onRef('mine.session_id', '=', 'sessions.id')
            .on('mine.user_id', '=', userId)
            .on('mine.status', '!=', 'cancelled'),
        )
        .selectAll('sessions')
        .select('mine.status as registration_status')
        .where('sessions.restricted_to', '=', restrictedTo)
        .where('sessions.status', '=', 'published')
        .where('sessions.ends_at', '>', now)
        .orderBy('sessions.starts_at')
        .limit(100)
        .execute();
      const records = await loadRecords(
        db,
        rows.map(({ registration_status: _status, ...session }) => session),
      );
      return rows.flatMap((row, index) => {
        const record = records[index];
        if (record === undefined) return [];
        const status = row.registration_status;
        return [{ record, registration: status === 'confirmed' || status === 'waitlisted' ? status : null }];
      });
    },

    /** Sessions of one person (confirmed or waiting), for their calendar feed. */
    async sessionsOf(userId: string, from: string): Promise<SessionRecord[]> {
      const rows = await db
        .selectFrom('sessions')
        .innerJoin('registrations', 'registrations.session_id', 'sessions.id')
        .selectAll('sessions')
        .where('registrations.user_id', '=', userId)
        .where('registrations.status', '!=', 'cancelled')
        .where('sessions.status', '!=', 'draft')
        .where('sessions.ends_at', '>', from)
        .orderBy('sessions.starts_at')
        .limit(500)
        .execute();
      return loadRecords(db, rows);
    },

    async createFeedToken(userId: string, tokenHash: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('calendar_feeds')
          .set({ revoked_at: clock.now().toISOString() })
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .execute();
        await trx
          .insertInto('calendar_feeds')
          .values({
            token_hash: tokenHash,
            user_id: userId,
            created_at: clock.now().toISOString(),
            revoked_at: null,
          })
          .execute();
      });
    },

    async revokeFeedTokens(userId: string): Promise<void> {
      await db
        .updateTable('calendar_feeds')
        .set({ revoked_at: clock.now().toISOString() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async feedOwner(tokenHash: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('calendar_feeds')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row?.user_id;
    },

    /** Published sessions of an audience overlapping [from, to): the slot finder keeps clear of them. */
    async busyBetween(audience: SessionRow['audience'], from: string, to: string) {
      return db
        .selectFrom('sessions')
        .select(['starts_at', 'ends_at'])
        .where('audience', '=', audience)
        .where('status', '=', 'published')
        .where('starts_at', '<', to)
        .where('ends_at', '>', from)
        .execute();
    },

    async countSessions(): Promise<number> {
      const row = await db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

async function waitingPosition(
  executor: Kysely<Database>,
  sessionId: string,
  cityId: string,
  position: number,
): Promise<number> {
  const ahead = await executor
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('city_id', '=', cityId)
    .where('status', '=', 'waitlisted')
    .where('position', '<', position)
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
