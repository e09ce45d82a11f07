import { type Kysely, sql, type Transaction } from 'kysely';
import type { Locale } from '../../../core/i18n/locales.js';
import { reportsHide } from '../../../core/moderation/reports-hide.js';
import type { DialectName } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Database, PracticeTable } from '../../db/schema.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { TranslationState } from '../../platform/content/translatable.js';
import {
  cancelTranslations,
  enqueueTranslations,
  type TranslationJob,
} from '../../platform/content/translation-jobs.js';
import { type QueueSubject, syncTranslationQueue } from '../../platform/content/translation-queue.js';
import { AppError } from '../../platform/errors/app-error.js';
import { enqueueMail, type OutgoingMail } from '../../platform/mail/outbox.js';
import {
  createPracticeSearchIndex,
  facetToken,
  type IndexDocument,
  type IndexEntry,
  type IndexHit,
  type IndexQuery,
} from './practices-search.repository.js';

export type { IndexDocument, IndexEntry, IndexHit, IndexQuery };

export type PracticeRow = Omit<PracticeTable, 'search_key'> & { search_key: number };
export type NewPracticeRow = Omit<PracticeTable, 'search_key'>;

export interface PracticeRecord {
  practice: PracticeRow;
  topics: string[];
}

/** What a save changes besides the row: the search index, the translation queue, jobs, history, mail. */
export interface SideEffects {
  /** Null removes the practice from the index (not public); undefined leaves it alone. */
  index?: IndexDocument[] | null;
  queue?: {
    subject: QueueSubject;
    fields: { field: string; states: Record<Locale, TranslationState> }[] | null;
  };
  jobs?: TranslationJob[];
  revision?: { editorId: string | null; change: string; snapshot: unknown };
  mail?: OutgoingMail[];
}

export interface SearchFilter {
  cityId?: string;
  topic?: string;
}

export function createPracticesRepository(db: Kysely<Database>, clock: Clock, dialect: DialectName) {
  const searchIndex = createPracticeSearchIndex(dialect);

  async function applySideEffects(trx: Transaction<Database>, practice: PracticeRow, effects: SideEffects) {
    if (effects.index !== undefined) {
      await searchIndex.write(trx, [{ searchKey: practice.search_key, documents: effects.index ?? [] }]);
    }
    if (effects.queue !== undefined) {
      await syncTranslationQueue(trx, clock, effects.queue.subject, effects.queue.fields);
      if (effects.queue.fields === null) await cancelTranslations(trx, 'practice', practice.id);
    }
    if (effects.jobs !== undefined) await enqueueTranslations(trx, clock, effects.jobs);
    if (effects.revision !== undefined) {
      await trx
        .insertInto('practice_revisions')
        .values({
          id: newId(),
          practice_id: practice.id,
          version: practice.version,
          editor_id: effects.revision.editorId,
          change: effects.revision.change,
          snapshot: JSON.stringify(effects.revision.snapshot),
          created_at: clock.now().toISOString(),
        })
        .execute();
    }
    for (const mail of effects.mail ?? []) await enqueueMail(trx, clock, mail);
  }

  function filtered(filter: SearchFilter) {
    let keys = db
      .selectFrom('practices')
      .select('practices.search_key')
      .where('practices.status', '=', 'published');
    if (filter.cityId !== undefined) keys = keys.where('practices.city_id', '=', filter.cityId);
    if (filter.topic !== undefined) {
      const topic = filter.topic;
      keys = keys.where((eb) =>
        eb.exists(
          eb
            .selectFrom('practice_topics')
            .select('practice_topics.practice_id')
            .whereRef('practice_topics.practice_id', '=', 'practices.id')
            .where('practice_topics.topic_id', '=', topic),
        ),
      );
    }
    return keys;
  }

  /** SQLite: the same filter as facet tokens of the search index (only published practices are in it). */
  function filterFacets(filter: SearchFilter): string[] {
    return [
      ...(filter.cityId === undefined ? [] : [facetToken('city', filter.cityId)]),
      ...(filter.topic === undefined ? [] : [facetToken('topic', filter.topic)]),
    ];
  }

  return {
    dialect,

    /** Inserts a practice with its topics and side effects in one transaction; returns the row. */
    async insert(row: NewPracticeRow, topics: string[], effects: (saved: PracticeRow) => SideEffects) {
      return db.transaction().execute(async (trx) => {
        const saved = (await trx
          .insertInto('practices')
          .values(row)
          .returningAll()
          .executeTakeFirstOrThrow()) as PracticeRow;
        saved.search_key = Number(saved.search_key);
        if (topics.length > 0) {
          await trx
            .insertInto('practice_topics')
            .values(topics.map((topic_id) => ({ practice_id: row.id, topic_id })))
            .execute();
        }
        await applySideEffects(trx, saved, effects(saved));
        return saved;
      });
    },

    /**
     * Saves changes if the practice is still at `expectedVersion` (compare and set): false when
     * someone else saved first.
     */
    async update(
      current: PracticeRow,
      changes: Partial<NewPracticeRow>,
      topics: string[] | undefined,
      effects: (saved: PracticeRow) => SideEffects,
      expected: {
        version?: number;
        columns?: Partial<Pick<PracticeRow, 'title' | 'summary' | 'body' | 'images'>>;
      } = {},
    ): Promise<PracticeRow | undefined> {
      return db.transaction().execute(async (trx) => {
        let query = trx.updateTable('practices').set(changes).where('id', '=', current.id);
        if (expected.version !== undefined) query = query.where('version', '=', expected.version);
        for (const [column, value] of Object.entries(expected.columns ?? {})) {
          query = query.where(column as 'title', '=', value as string);
        }
        const saved = (await query.returningAll().executeTakeFirst()) as PracticeRow | undefined;
        if (saved === undefined) return undefined;
        saved.search_key = Number(saved.search_key);
        if (topics !== undefined) {
          await trx.deleteFrom('practice_topics').where('practice_id', '=', current.id).execute();
          if (topics.length > 0) {
            await trx
              .insertInto('practice_topics')
              .values(topics.map((topic_id) => ({ practice_id: current.id, topic_id })))
              .execute();
          }
        }
        await applySideEffects(trx, saved, effects(saved));
        return saved;
      });
    },

    async find(id: string): Promise<PracticeRecord | undefined> {
      const practice = await db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirst();
      if (practice === undefined) return undefined;
      const topics = await db
        .selectFrom('practice_topics')
        .select('topic_id')
        .where('practice_id', '=', id)
        .orderBy('topic_id')
        .execute();
      return {
        practice: { ...practice, search_key: Number(practice.search_key) },
        topics: topics.map((t) => t.topic_id),
      };
    },

    /** Practices by their index keys, with topics, in no particular order. */
    async findByKeys(keys: number[]): Promise<PracticeRecord[]> {
      if (keys.length === 0) return [];
      const practices = await db
        .selectFrom('practices')
        .selectAll()
        .where('search_key', 'in', keys)
        .execute();
      return attachTopics(practices.map((p) => ({ ...p, search_key: Number(p.search_key) })));
    },

    /** Published practices, newest first (the library without a query). */
    async listPublished(filter: SearchFilter & { limit: number; offset: number }) {
      const keys = filtered(filter);
      const [rows, count] = await Promise.all([
        db
          .selectFrom('practices')
          .selectAll()
          .where('search_key', 'in', keys)
          .orderBy('published_at', 'desc')
          .orderBy('id')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        db
          .selectFrom('practices')
          .where('search_key', 'in', keys)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        records: await attachTopics(rows.map((p) => ({ ...p, search_key: Number(p.search_key) }))),
        total: Number(count.n),
      };
    },

    /**
     * The best `needed` published practices for a query, best first (title matches, then summary,
     * then body; bm25 or ts_rank within each, the reader's language weighted up), and how many
     * match in all.
     */
    async search(
      query: IndexQuery,
      filter: SearchFilter,
      needed: number,
    ): Promise<{ hits: IndexHit[]; total: number; totalIsLowerBound: boolean }> {
      const restricted = filter.cityId !== undefined || filter.topic !== undefined;
      return searchIndex.search(
        db,
        query,
        restricted ? { rows: filtered(filter), facets: filterFacets(filter) } : undefined,
        needed,
      );
    },

    /** Every term in the search index, for typo and compound expansion. */
    async indexedTerms(): Promise<string[]> {
      return searchIndex.indexedTerms(db);
    },

    /**
     * Published practices after `afterKey` in search_key order, `size` at most: a rebuild of the
     * search index reads them page by page.
     */
    async publishedAfter(afterKey: number, size: number): Promise<PracticeRow[]> {
      const rows = await db
        .selectFrom('practices')
        .selectAll()
        .where('status', '=', 'published')
        .where('search_key', '>', afterKey)
        .orderBy('search_key')
        .limit(size)
        .execute();
      return rows.map((row) => ({ ...row, search_key: Number(row.search_key) }));
    },

    /**
     * Writes many practices' index entries in one transaction. `rebuilding`: part of a rebuild
     * that emptied the index (`clearFirst` on its first page), run before the app takes writes.
     */
    async writeIndex(
      entries: readonly IndexEntry[],
      options: { clearFirst?: boolean; rebuilding?: boolean } = {},
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (options.clearFirst === true) await searchIndex.clear(trx);
        await searchIndex.write(trx, entries, { fresh: options.rebuilding === true });
      });
    },

    /** See the search index's `mergeLess`: on while a rebuild writes, off after. */
    async mergeIndexLess(less: boolean): Promise<void> {
      await searchIndex.mergeLess(db, less);
    },

    /** The analyser version the search index was built with (undefined: never recorded). */
    async indexBuiltWith(): Promise<string | undefined> {
      return searchIndex.builtWith(db);
    },

    async recordIndexBuild(version: string): Promise<void> {
      await searchIndex.recordBuild(db, version, clock.now());
    },

    /**
     * Records a report. When the practice reaches `threshold` open reports while published, it is
     * hidden in the same transaction and `onHidden` gives what that changes (mail to the author).
     */
    async report(
      practice: PracticeRow,
      reporter: { userId: string; cityId: string; established: boolean },
      reason: string,
      threshold: number,
      onHidden: (hidden: PracticeRow) => SideEffects,
    ): Promise<{ hidden: boolean }> {
      const userId = reporter.userId;
      try {
        return await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('practice_reports')
            .values({
              id: newId(),
              practice_id: practice.id,
              user_id: userId,
              reason,
              created_at: clock.now().toISOString(),
              resolved_at: null,
              reporter_city_id: reporter.cityId,
              reporter_established: reporter.established ? 1 : 0,
            })
            .execute();
          const open = await trx
            .selectFrom('practice_reports')
            .select(['reporter_city_id', 'reporter_established'])
            .where('practice_id', '=', practice.id)
            .where('resolved_at', 'is', null)
            .execute();
          const voices = open.map((row) => ({
            cityId: row.reporter_city_id ?? '',
            established: Number(row.reporter_established) === 1 && row.reporter_city_id !== null,
          }));
          if (!reportsHide(voices, threshold)) return { hidden: false };
          const now = clock.now().toISOString();
          const hidden = (await trx
            .updateTable('practices')
            .set({ status: 'hidden', hidden_at: now, updated_at: now, version: sql`version + 1` })
            .where('id', '=', practice.id)
            .where('status', '=', 'published')
            .returningAll()
            .executeTakeFirst()) as PracticeRow | undefined;
          if (hidden === undefined) return { hidden: false };
          hidden.search_key = Number(hidden.search_key);
          await applySideEffects(trx, hidden, onHidden(hidden));
          return { hidden: true };
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('PRACTICE_ALREADY_REPORTED');
        throw error;
      }
    },

    /**
     * Closes the open reports of a practice that is still published (a coordinator found nothing
     * wrong before the threshold hid it). Returns how many were closed: none when there were none or
     * the practice is no longer published.
     */
    async dismissReports(practiceId: string): Promise<number> {
      const result = await db
        .updateTable('practice_reports')
        .set({ resolved_at: clock.now().toISOString() })
        .where('practice_id', '=', practiceId)
        .where('resolved_at', 'is', null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('practices')
              .select('practices.id')
              .where('practices.id', '=', practiceId)
              .where('practices.status', '=', 'published'),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Marks the open reports of a practice as dealt with (a coordinator decided). */
    async resolveReports(practiceId: string): Promise<void> {
      await db
        .updateTable('practice_reports')
        .set({ resolved_at: clock.now().toISOString() })
        .where('practice_id', '=', practiceId)
        .where('resolved_at', 'is', null)
        .execute();
    },

    /**
     * Pending and hidden practices, and published ones with open reports below the hiding threshold
     * (still visible, flagged so a coordinator can act early), of the given cities or all, with their
     * open reports.
     */
    async awaitingDecision(cityIds: string[] | undefined) {
      if (cityIds !== undefined && cityIds.length === 0) return [];
      let query = db
        .selectFrom('practices')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('status', 'in', ['pending', 'hidden']),
            eb.and([
              eb('status', '=', 'published'),
              eb.exists(
                eb
                  .selectFrom('practice_reports')
                  .select('practice_reports.id')
                  .whereRef('practice_reports.practice_id', '=', 'practices.id')
                  .where('practice_reports.resolved_at', 'is', null),
              ),
            ]),
          ]),
        )
        .orderBy('updated_at')
        .limit(200);
      if (cityIds !== undefined) query = query.where('city_id', 'in', cityIds);
      const practices = await query.execute();
      if (practices.length === 0) return [];
      const reports = await db
        .selectFrom('practice_reports')
        .select(['practice_id', 'reason', 'created_at'])
        .where(
          'practice_id',
          'in',
          practices.map((p) => p.id),
        )
        .where('resolved_at', 'is', null)
        .orderBy('created_at')
        .execute();
      return practices.map((practice) => ({
        practice: { ...practice, search_key: Number(practice.search_key) },
        reports: reports.filter((r) => r.practice_id === practice.id),
      }));
    },

    async revisions(practiceId: string) {
      return db
        .selectFrom('practice_revisions')
        .selectAll()
        .where('practice_id', '=', practiceId)
        .orderBy('version')
        .orderBy('created_at')
        .execute();
    },

    async countPractices(): Promise<number> {
      const row = await db
        .selectFrom('practices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };

  async function attachTopics(practices: PracticeRow[]): Promise<PracticeRecord[]> {
    if (practices.length === 0) return [];
    const topics = await db
      .selectFrom('practice_topics')
      .selectAll()
      .where(
        'practice_id',
        'in',
        practices.map((p) => p.id),
      )
      .orderBy('topic_id')
      .execute();
    return practices.map((practice) => ({
      practice,
      topics: topics.filter((t) => t.practice_id === practice.id).map((t) => t.topic_id),
    }));
  }
}

export type PracticesRepository = ReturnType<typeof createPracticesRepository>;
