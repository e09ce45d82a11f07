import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '../../db/errors.js';
import type { Database, UserTable } from '../../db/schema.js';
import type { TransactionStep } from '../../db/transaction-step.js';
import type { Role } from '../../platform/auth/permissions.js';
import { isRole } from '../../platform/auth/permissions.js';
import { hashToken, newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { enqueueMail, type OutgoingMail } from '../../platform/mail/outbox.js';

export type UserRow = UserTable;
export type TokenPurpose = 'verify_email' | 'reset_password';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  cityId: string;
  birthDate: string | null;
  locale: string;
  timeZone: string;
  status: UserTable['status'];
  emailVerified: boolean;
}

export interface NewToken {
  token: string;
  purpose: TokenPurpose;
  expiresAt: Date;
}

export function createAccountsRepository(db: Kysely<Database>, clock: Clock) {
  async function insertToken(trx: Transaction<Database>, userId: string, token: NewToken) {
    await trx
      .insertInto('user_tokens')
      .values({
        token_hash: hashToken(token.token),
        user_id: userId,
        purpose: token.purpose,
        expires_at: token.expiresAt.toISOString(),
        used_at: null,
        created_at: clock.now().toISOString(),
      })
      .execute();
  }

  return {
    async findByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },

    async findById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async rolesOf(userId: string): Promise<{ role: Role; cityId: string | null }[]> {
      const rows = await db
        .selectFrom('user_roles')
        .select(['role', 'city_id'])
        .where('user_id', '=', userId)
        .orderBy('granted_at')
        .orderBy('role')
        .execute();
      return rows.flatMap((r) => (isRole(r.role) ? [{ role: r.role, cityId: r.city_id }] : []));
    },

    /**
     * Creates the account, its first role, an optional e-mailed token and its message, all or nothing.
     * Returns undefined when the e-mail address is already taken (also under a concurrent sign-up).
     */
    async createUser(
      user: NewUser,
      role: { role: Role; cityId: string | null },
      followUp?: { token: NewToken; mail: (userId: string) => OutgoingMail },
    ): Promise<string | undefined> {
      const id = newId();
      const now = clock.now().toISOString();
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({
              id,
              email: user.email,
              email_verified_at: user.emailVerified ? now : null,
              password_hash: user.passwordHash,
              display_name: user.displayName,
              city_id: user.cityId,
              birth_date: user.birthDate,
              locale: user.locale,
              time_zone: user.timeZone,
              status: user.status,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await trx
            .insertInto('user_roles')
            .values({
              id: newId(),
              user_id: id,
              role: role.role,
              city_id: role.cityId,
              granted_by: null,
              granted_at: now,
            })
            .execute();
          if (followUp !== undefined) {
            await insertToken(trx, id, followUp.token);
            await enqueueMail(trx, clock, followUp.mail(id));
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }
      return id;
    },

    async updateUser(
      id: string,
      changes: Partial<Pick<UserRow, 'display_name' | 'locale' | 'time_zone' | 'city_id' | 'status'>>,
    ): Promise<void> {
      await db
        .updateTable('users')
        .set({ ...changes, updated_at: clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
    },

    /**
     * The change of an account's consent status as a step of another module's transaction (a
     * guardian's decision): it fails, and so undoes the whole transaction, when the account is gone.
     */
    statusStep(id: string, status: UserRow['status']): TransactionStep {
      return async (trx) => {
        const done = await trx
          .updateTable('users')
          .set({ status, updated_at: clock.now().toISOString() })
          .where('id', '=', id)
          .executeTakeFirst();
        if (done.numUpdatedRows !== 1n) throw new Error(`account ${id} is gone`);
      };
    },

    /** Stores a token and its e-mail in one transaction. */
    async issueToken(userId: string, token: NewToken, mail: OutgoingMail): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await insertToken(trx, userId, token);
        await enqueueMail(trx, clock, mail);
      });
    },

    /**
     * Marks a token used and returns its user, or undefined when the token is unknown, used, expired
     * or for another purpose. The conditional update makes it single-use under concurrency.
     */
    async consumeToken(token: string, purpose: TokenPurpose): Promise<string | undefined> {
      const tokenHash = hashToken(token);
      const now = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('user_tokens')
          .select('user_id')
          .where('token_hash', '=', tokenHash)
          .where('purpose', '=', purpose)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (row === undefined) return undefined;
        const used = await trx
          .updateTable('user_tokens')
          .set({ used_at: now })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        return used.numUpdatedRows === 1n ? row.user_id : undefined;
      });
    },

    async markEmailVerified(userId: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ email_verified_at: clock.now().toISOString() })
        .where('id', '=', userId)
        .where('email_verified_at', 'is', null)
        .execute();
    },

    /** Sets a new password and ends every session of the account. */
    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, updated_at: clock.now().toISOString() })
          .where('id', '=', userId)
          .execute();
        await trx.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
        await trx
          .updateTable('user_tokens')
          .set({ used_at: clock.now().toISOString() })
          .where('user_id', '=', userId)
          .where('purpose', '=', 'reset_password')
          .where('used_at', 'is', null)
          .execute();
      });
    },

    /** The city each of these people has asked to move to and is waiting for, by user id. */
    async pendingCityMoves(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('city_change_requests')
        .select(['user_id', 'to_city_id'])
        .where('user_id', 'in', [...ids])
        .where('status', '=', 'pending')
        .execute();
      return new Map(rows.map((row) => [row.user_id, row.to_city_id]));
    },

    async findByIds(ids: readonly string[]): Promise<UserRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('users')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();
    },

    /** Removes the account; its sessions, tokens and roles go with it (foreign keys cascade). */
    async deleteUser(id: string): Promise<boolean> {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows === 1n;
    },

    async countUsers(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
