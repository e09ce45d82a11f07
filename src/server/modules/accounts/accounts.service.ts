import { defaultLocale, isLocale, type Locale } from '../../../core/i18n/locales.js';
import { decideAdmission, minimumAge } from '../../../core/people/age.js';
import { calendarDateIn, isCalendarDate, isTimeZone } from '../../../core/time/calendar-date.js';
import type { TransactionStep } from '../../db/transaction-step.js';
import {
  hashPassword,
  minimumPasswordLength,
  verifyDecoy,
  verifyPassword,
} from '../../platform/auth/passwords.js';
import { isRole, type Role } from '../../platform/auth/permissions.js';
import { newToken } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import { t } from '../../platform/i18n/messages.js';
import type { OutgoingMail } from '../../platform/mail/outbox.js';
import type { City } from '../partnership/partnership.schema.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { AccountsRepository, UserRow } from './accounts.repository.js';
import type { LoginBody, Me, RegisterBody, UpdateMeBody } from './accounts.schema.js';

const verifyTokenHours = 48;
const resetTokenHours = 2;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AccountsDeps {
  repo: AccountsRepository;
  partnership: PartnershipService;
  clock: Clock;
  publicUrl: string;
}

/** Accounts: sign-up with the birth date first, sign-in, profile, e-mail verification, password reset. */
export function createAccountsService({ repo, partnership, clock, publicUrl }: AccountsDeps) {
  async function cityOrFail(cityId: string): Promise<City> {
    const city = await partnership.findCity(cityId);
    if (city === undefined) throw new AppError('UNKNOWN_CITY');
    return city;
  }

  function normaliseEmail(email: string): string {
    const normalised = email.trim().toLowerCase();
    if (!emailPattern.test(normalised)) throw new AppError('VALIDATION_FAILED', { field: 'email' });
    return normalised;
  }

  function checkPassword(password: string): void {
    if ([...password].length < minimumPasswordLength) {
      throw new AppError('WEAK_PASSWORD', { minimumLength: minimumPasswordLength });
    }
  }

  async function partnershipName(locale: Locale): Promise<string> {
    return (await partnership.getPartnership())?.name[locale] ?? 'Silta';
  }

  async function mailFor(
    to: string,
    name: string,
    locale: Locale,
    kind: 'verify' | 'reset',
    link: string,
    hours: number,
  ): Promise<OutgoingMail> {
    const text = [
      t(locale, 'mail.greeting', { name }),
      '',
      t(locale, `mail.${kind}.body`, { link, hours }),
      '',
      t(locale, 'mail.signature', { partnership: await partnershipName(locale) }),
    ].join('\n');
    return { to, subject: t(locale, `mail.${kind}.subject`), text };
  }

  async function toMe(user: UserRow): Promise<Me> {
    return {
      id: user.id,
      email: user.email,
      emailVerified: user.email_verified_at !== null,
      displayName: user.display_name,
      cityId: user.city_id,
      locale: isLocale(user.locale) ? user.locale : defaultLocale,
      timeZone: user.time_zone,
      roles: await repo.rolesOf(user.id),
      status: user.status,
    };
  }

  return {
    /**
     * Creates an account. The birth date is checked first (nothing else is looked at for someone under
     * the minimum age); a person under their city's digital-consent age waits for a guardian.
     */
    async register(body: RegisterBody, requestLocale: Locale): Promise<Me> {
      if (!isCalendarDate(body.birthDate)) throw new AppError('INVALID_BIRTH_DATE');
      const city = await cityOrFail(body.cityId);
      const today = calendarDateIn(clock.now(), city.timeZone);
      const admission = decideAdmission(body.birthDate, today, city);
      if (!admission.admitted) {
        throw admission.reason === 'too_young'
          ? new AppError('TOO_YOUNG', { minimumAge })
          : new AppError('INVALID_BIRTH_DATE');
      }
      const email = normaliseEmail(body.email);
      checkPassword(body.password);
      const timeZone = body.timeZone ?? city.timeZone;
      if (!isTimeZone(timeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
      const displayName = body.displayName.trim();
      if (displayName === '') throw new AppError('VALIDATION_FAILED', { field: 'displayName' });
      if ((await repo.findByEmail(email)) !== undefined) throw new AppError('EMAIL_TAKEN');

      const locale = body.locale ?? requestLocale;
      const token = newToken();
      const mail = await mailFor(
        email,
        displayName,
        locale,
        'verify',
        `${publicUrl}/verify-email?token=${token}`,
        verifyTokenHours,
      );
      const id = await repo.createUser(
        {
          email,
          passwordHash: await hashPassword(body.password),
          displayName,
          cityId: city.id,
          birthDate: body.birthDate,
          locale,
          timeZone,
          status: admission.needsGuardianConsent ? 'awaiting_guardian_consent' : 'active',
          emailVerified: false,
        },
        { role: 'member', cityId: city.id },
        {
          token: {
            token,
            purpose: 'verify_email',
            expiresAt: new Date(clock.now().getTime() + verifyTokenHours * 3600_000),
          },
          mail: () => mail,
        },
      );
      if (id === undefined) throw new AppError('EMAIL_TAKEN');
      return this.me(id);
    },

    /** Returns the user id, or throws INVALID_CREDENTIALS after the same work for every failure. */
    async authenticate(body: LoginBody): Promise<string> {
      const user = await repo.findByEmail(body.email.trim().toLowerCase());
      const valid =
        user === undefined
          ? await verifyDecoy(body.password)
          : await verifyPassword(user.password_hash, body.password);
      if (!valid || user === undefined) throw new AppError('INVALID_CREDENTIALS');
      return user.id;
    },

    async me(userId: string): Promise<Me> {
      const user = await repo.findById(userId);
      if (user === undefined) throw new AppError('UNAUTHENTICATED');
      return toMe(user);
    },

    async updateMe(userId: string, changes: UpdateMeBody): Promise<Me> {
      const user = await repo.findById(userId);
      if (user === undefined) throw new AppError('UNAUTHENTICATED');
      // Until a guardian consents, a young person may only choose how Silta speaks to them.
      const movesCity = changes.cityId !== undefined && changes.cityId !== user.city_id;
      if (user.status !== 'active' && (changes.displayName !== undefined || movesCity)) {
        throw new AppError('CONSENT_REQUIRED');
      }
      const update: Parameters<AccountsRepository['updateUser']>[1] = {};
      if (changes.displayName !== undefined) {
        const displayName = changes.displayName.trim();
        if (displayName === '') throw new AppError('VALIDATION_FAILED', { field: 'displayName' });
        update.display_name = displayName;
      }
      if (changes.locale !== undefined) update.locale = changes.locale;
      if (changes.timeZone !== undefined) {
        if (!isTimeZone(changes.timeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
        update.time_zone = changes.timeZone;
      }
      // The city decides which law protects the person (consent and majority ages, the seat quota
      // they count in): it changes only through a request both cities' coordinators approve
      // (POST /api/me/city-change). Naming the city one already has is harmless.
      if (movesCity) {
        throw new AppError('CITY_CHANGE_NEEDS_STAFF');
      }
      await repo.updateUser(userId, update);
      return this.me(userId);
    },

    async verifyEmail(token: string): Promise<void> {
      const userId = await repo.consumeToken(token, 'verify_email');
      if (userId === undefined) throw new AppError('INVALID_TOKEN');
      await repo.markEmailVerified(userId);
    },

    async resendVerification(userId: string): Promise<void> {
      const user = await repo.findById(userId);
      if (user === undefined || user.email_verified_at !== null) return;
      const token = newToken();
      const locale = isLocale(user.locale) ? user.locale : defaultLocale;
      await repo.issueToken(
        user.id,
        {
          token,
          purpose: 'verify_email',
          expiresAt: new Date(clock.now().getTime() + verifyTokenHours * 3600_000),
        },
        await mailFor(
          user.email,
          user.display_name,
          locale,
          'verify',
          `${publicUrl}/verify-email?token=${token}`,
          verifyTokenHours,
        ),
      );
    },

    /** Sends a reset link when the account exists; the answer is the same either way. */
    async requestPasswordReset(email: string): Promise<void> {
      const user = await repo.findByEmail(email.trim().toLowerCase());
      if (user === undefined) return;
      const token = newToken();
      const locale = isLocale(user.locale) ? user.locale : defaultLocale;
      await repo.issueToken(
        user.id,
        {
          token,
          purpose: 'reset_password',
          expiresAt: new Date(clock.now().getTime() + resetTokenHours * 3600_000),
        },
        await mailFor(
          user.email,
          user.display_name,
          locale,
          'reset',
          `${publicUrl}/reset-password?token=${token}`,
          resetTokenHours,
        ),
      );
    },

    async resetPassword(token: string, password: string): Promise<void> {
      checkPassword(password);
      const userId = await repo.consumeToken(token, 'reset_password');
      if (userId === undefined) throw new AppError('INVALID_TOKEN');
      await repo.setPassword(userId, await hashPassword(password));
      // Whoever could read the mail owns the address: the reset also verifies it.
      await repo.markEmailVerified(userId);
    },

    /**
     * For operators (CLI): a verified account with a role, able to sign in at once. Staff accounts are
     * adults by the operator's declaration, so no birth date is asked.
     */
    async createByOperator(input: {
      email: string;
      password: string;
      role: string;
      cityId?: string;
      displayName?: string;
      locale?: Locale;
    }): Promise<Me> {
      const email = normaliseEmail(input.email);
      checkPassword(input.password);
      if (!isRole(input.role)) throw new AppError('VALIDATION_FAILED', { field: 'role' });
      const role: Role = input.role;
      if (role !== 'admin' && input.cityId === undefined) throw new AppError('ROLE_NEEDS_CITY');
      const cities = await partnership.listCities();
      const first = cities[0];
      if (first === undefined) throw new AppError('UNKNOWN_CITY');
      const city = input.cityId === undefined ? first : await cityOrFail(input.cityId);
      const id = await repo.createUser(
        {
          email,
          passwordHash: await hashPassword(input.password),
          displayName: input.displayName ?? email.split('@')[0] ?? email,
          cityId: city.id,
          birthDate: null,
          locale: input.locale ?? (isLocale(city.languages[0]) ? city.languages[0] : defaultLocale),
          timeZone: city.timeZone,
          status: 'active',
          emailVerified: true,
        },
        { role, cityId: role === 'admin' ? null : city.id },
      );
      if (id === undefined) throw new AppError('EMAIL_TAKEN');
      return this.me(id);
    },

    countUsers: () => repo.countUsers(),

    /**
     * What other modules may know of some accounts to apply the rules on minors (the youth exchange):
     * birth date, city, zone and status. Never sent to a client as such.
     */
    async facts(userIds: readonly string[]): Promise<AccountFacts[]> {
      const ids = [...new Set(userIds)];
      const [rows, moves] = await Promise.all([repo.findByIds(ids), repo.pendingCityMoves(ids)]);
      return rows.map((user) => ({
        id: user.id,
        email: user.email,
        displayName: user.display_name,
        cityId: user.city_id,
        pendingCityId: moves.get(user.id) ?? null,
        emailVerified: user.email_verified_at !== null,
        birthDate: user.birth_date,
        locale: isLocale(user.locale) ? user.locale : defaultLocale,
        timeZone: user.time_zone,
        status: user.status,
        createdAt: user.created_at,
      }));
    },

    /** A guardian granted (active) or withdrew (awaiting_guardian_consent) consent; takes effect at once. */
    async setConsentStatus(userId: string, status: Me['status']): Promise<void> {
      await repo.updateUser(userId, { status });
    },

    /**
     * The same change as a step of the caller's transaction: a guardian's decision and the account it
     * activates (or puts back to waiting) are recorded together or not at all.
     */
    consentStatusStep(userId: string, status: Me['status']): TransactionStep {
      return repo.statusStep(userId, status);
    },

    /** Removes the account for good (DELETE /api/me); other modules anonymise their rows first. */
    async deleteAccount(userId: string): Promise<boolean> {
      return repo.deleteUser(userId);
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

/** An account as other modules' rules see it (see `facts`). */
export interface AccountFacts {
  id: string;
  email: string;
  displayName: string;
  cityId: string;
  /**
   * A city the person asked to move to, not yet approved by both cities: until it is decided both
   * cities' rules could apply, and the stricter one wins.
   */
  pendingCityId: string | null;
  emailVerified: boolean;
  birthDate: string | null;
  locale: Locale;
  timeZone: string;
  status: Me['status'];
  createdAt: string;
}
