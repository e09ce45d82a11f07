import { type Kysely, sql } from 'kysely';
import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Clock } from '../clock.js';
import type { TranslationState } from './translatable.js';

/** A piece of content whose translatable fields the queue tracks. */
export interface QueueSubject {
  type: string;
  id: string;
  cityId: string | null;
  originalLanguage: Locale;
  /** The title in the original language, for the queue's list. */
  label: string;
  /** Where a translator opens it in the web app, e.g. "/practices/…". */
  path: string;
}

/** The states that put a field in a language's queue. */
export type QueueState = Extract<TranslationState, 'missing' | 'machine' | 'outdated'>;

export interface QueueEntry {
  subjectType: string;
  subjectId: string;
  field: string;
  language: Locale;
  state: QueueState;
  originalLanguage: Locale;
  cityId: string | null;
  label: string;
  path: string;
  updatedAt: string;
}

function isQueued(state: TranslationState): state is QueueState {
  return state === 'missing' || state === 'machine' || state === 'outdated';
}

/**
 * Rewrites the queue entries of one piece of content from its fields' states per language. Call it
 * in the transaction of every save; `fields` null takes the content out of the queue (not public).
 */
export async function syncTranslationQueue(
  db: Kysely<Database>,
  clock: Clock,
  subject: QueueSubject,
  fields: { field: string; states: Record<Locale, TranslationState> }[] | null,
): Promise<void> {
  await db
    .deleteFrom('translation_queue')
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .execute();
  if (fields === null) return;
  const now = clock.now().toISOString();
  const rows = fields.flatMap(({ field, states }) =>
    locales.flatMap((language) => {
      const state = states[language];
      return isQueued(state)
        ? [
            {
              subject_type: subject.type,
              subject_id: subject.id,
              field,
              language,
              state,
              original_language: subject.originalLanguage,
              city_id: subject.cityId,
              label: subject.label.slice(0, 300),
              path: subject.path,
              updated_at: now,
            },
          ]
        : [];
    }),
  );
  if (rows.length > 0) await db.insertInto('translation_queue').values(rows).execute();
}

/** A language's queue: outdated first (readers see wrong text), then missing, then machine-only; oldest first. */
export async function listTranslationQueue(
  db: Kysely<Database>,
  filter: { language: Locale; cityId?: string; limit: number; offset: number },
): Promise<{ items: QueueEntry[]; total: number }> {
  let query = db.selectFrom('translation_queue').where('language', '=', filter.language);
  if (filter.cityId !== undefined) query = query.where('city_id', '=', filter.cityId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(sql`case state when 'outdated' then 0 when 'missing' then 1 else 2 end`)
      .orderBy('updated_at')
      .orderBy('subject_id')
      .orderBy('field')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.flatMap((row) =>
      isLocale(row.language) && isLocale(row.original_language)
        ? [
            {
              subjectType: row.subject_type,
              subjectId: row.subject_id,
              field: row.field,
              language: row.language,
              state: row.state as QueueState,
              originalLanguage: row.original_language,
              cityId: row.city_id,
              label: row.label,
              path: row.path,
              updatedAt: row.updated_at,
            },
          ]
        : [],
    ),
    total: Number(count.n),
  };
}

export interface TranslatorGrant {
  userId: string;
  languages: Locale[];
  cityId: string | null;
}

/**
 * Replaces the languages someone translates into; no languages removes the grant. A change is
 * written to the audit log in the same transaction (`translator.grant` with the languages now held,
 * `translator.revoke` when none are left), so each city's coordinators see who changed what.
 */
export async function setTranslatorLanguages(
  db: Kysely<Database>,
  clock: Clock,
  grant: TranslatorGrant & { grantedBy: string },
): Promise<void> {
  const languages = [...new Set(grant.languages)];
  await db.transaction().execute(async (trx) => {
    const before = (
      await trx.selectFrom('translators').select('language').where('user_id', '=', grant.userId).execute()
    )
      .map((row) => row.language)
      .filter(isLocale)
      .sort((a, b) => locales.indexOf(a) - locales.indexOf(b));
    await trx.deleteFrom('translators').where('user_id', '=', grant.userId).execute();
    if (languages.length > 0) {
      const now = clock.now().toISOString();
      await trx
        .insertInto('translators')
        .values(
          languages.map((language) => ({
            user_id: grant.userId,
            language,
            city_id: grant.cityId,
            granted_by: grant.grantedBy,
            created_at: now,
          })),
        )
        .execute();
    }
    const unchanged =
      before.length === languages.length && before.every((language) => languages.includes(language));
    if (unchanged) return;
    await recordAudit(trx, clock, {
      actorId: grant.grantedBy,
      action: languages.length === 0 ? 'translator.revoke' : 'translator.grant',
      subjectType: 'user',
      subjectId: grant.userId,
      cityId: grant.cityId,
      detail: { languages, previous: before },
    });
  });
}

export async function listTranslators(
  db: Kysely<Database>,
  filter: { cityIds?: string[] },
): Promise<TranslatorGrant[]> {
  let query = db.selectFrom('translators').selectAll().orderBy('user_id').orderBy('language');
  if (filter.cityIds !== undefined) {
    if (filter.cityIds.length === 0) return [];
    query = query.where('city_id', 'in', filter.cityIds);
  }
  const byUser = new Map<string, TranslatorGrant>();
  for (const row of await query.execute()) {
    if (!isLocale(row.language)) continue;
    const grant = byUser.get(row.user_id) ?? { userId: row.user_id, languages: [], cityId: row.city_id };
    grant.languages.push(row.language);
    byUser.set(row.user_id, grant);
  }
  return [...byUser.values()];
}

/** The languages someone may translate into as a translator. */
export async function translatorLanguages(db: Kysely<Database>, userId: string): Promise<Locale[]> {
  const rows = await db.selectFrom('translators').select('language').where('user_id', '=', userId).execute();
  return rows.map((row) => row.language).filter(isLocale);
}
