import type { Kysely } from 'kysely';
import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import type { RoleGrant } from '../auth/permissions.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors/app-error.js';
import {
  listTranslationQueue,
  listTranslators,
  type QueueEntry,
  setTranslatorLanguages,
  type TranslatorGrant,
  translatorLanguages,
} from './translation-queue.js';

export interface ContentActor {
  userId: string;
  cityId: string;
  roles: RoleGrant[];
}

export interface TranslationDeskDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** The city of an account, or undefined when there is no such account (through the accounts service). */
  findUserCity(userId: string): Promise<string | undefined>;
}

/** A language code from a URL or query: one of the four, else 422. */
export function languageOrFail(value: string | undefined): Locale {
  if (!isLocale(value)) throw new AppError('UNKNOWN_LANGUAGE');
  return value;
}

/** Cities whose translators an actor manages: undefined means all (admin). */
function coordinatedCities(roles: readonly RoleGrant[]): string[] | undefined {
  if (roles.some((grant) => grant.role === 'admin')) return undefined;
  return roles.flatMap((grant) =>
    grant.role === 'coordinator' && grant.cityId !== null ? [grant.cityId] : [],
  );
}

/**
 * The translators' side of multilingual content: the queue of fields to translate per language, and
 * who translates (a grant per language that a coordinator gives to people of their city).
 */
export function createTranslationDesk({ db, clock, findUserCity }: TranslationDeskDeps) {
  return {
    async queue(
      language: string | undefined,
      filter: { cityId?: string; limit?: number; offset?: number },
    ): Promise<{ language: Locale; items: QueueEntry[]; total: number }> {
      const lang = languageOrFail(language);
      const result = await listTranslationQueue(db, {
        language: lang,
        ...(filter.cityId === undefined ? {} : { cityId: filter.cityId }),
        limit: filter.limit ?? 50,
        offset: filter.offset ?? 0,
      });
      return { language: lang, ...result };
    },

    async translators(actor: ContentActor): Promise<TranslatorGrant[]> {
      const cities = coordinatedCities(actor.roles);
      return listTranslators(db, cities === undefined ? {} : { cityIds: cities });
    },

    /** Grants (or, with no languages, takes away) the translator role for the given languages. */
    async setTranslator(actor: ContentActor, userId: string, languages: string[]): Promise<TranslatorGrant> {
      const valid = [...new Set(languages.map(languageOrFail))].sort(
        (a, b) => locales.indexOf(a) - locales.indexOf(b),
      );
      const cityId = await findUserCity(userId);
      if (cityId === undefined) throw new AppError('USER_NOT_FOUND');
      const cities = coordinatedCities(actor.roles);
      if (cities !== undefined && !cities.includes(cityId)) throw new AppError('FORBIDDEN');
      await setTranslatorLanguages(db, clock, { userId, languages: valid, cityId, grantedBy: actor.userId });
      return { userId, languages: valid, cityId };
    },

    /** The languages someone translates into as a granted translator. */
    languagesOf: (userId: string): Promise<Locale[]> => translatorLanguages(db, userId),
  };
}

export type TranslationDesk = ReturnType<typeof createTranslationDesk>;
