import { type Expression, type Kysely, sql } from 'kysely';
import type { Locale } from '../../../core/i18n/locales.js';
import { type MatchMode, type SearchQuery, toFts5Match, toTsQuery } from '../../../core/text/index.js';
import type { DialectName } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

/** One language's pre-analysed tokens of a practice, as the index stores them. */
export interface IndexDocument {
  language: Locale;
  title: string[];
  summary: string[];
  body: string[];
}

/** A practice's index entry: its documents, or none to take it out of the index. */
export interface IndexEntry {
  searchKey: number;
  documents: IndexDocument[];
}

/** What a search asks: the analysed query, how its terms combine, and whose language to prefer. */
export interface IndexQuery {
  query: SearchQuery;
  mode: MatchMode;
  reader: Locale;
  /**
   * Topics the query names (`matchTopics`): their practices are found whether or not their text
   * matches, by how well their text matches any word of the query; above practices found by text
   * alone (tier 0) when `lead` (the query says the topic's name), below them (tier 3) when not
   * (one word of the name, which the text may mean otherwise).
   */
  topics?: { ids: readonly string[]; lead: boolean };
}

/**
 * Narrows a search (city and topic filters). `rows` selects the allowed practices' search_key
 * (PostgreSQL); `facets` is the same restriction as tokens of the SQLite index.
 */
export interface SearchRestriction {
  rows: Expression<unknown>;
  /** SQLite: facet tokens (see `facetToken`) every match must carry, one per filter. */
  facets: string[];
}

/**
 * SQLite: a filter value as a token of the `facets` column, written with the practice's texts, so
 * that a city or topic filter is one more posting list for FTS5 to intersect rather than a lookup
 * per match. The leading letter (ㆆ) never comes out of the text analysis, so no query meets it.
 *
 * @example
 * facetToken('topic', 'maker-spaces') // 'ㆆtopicmakerspaces'
 */
export function facetToken(kind: 'city' | 'topic', value: string): string {
  return `${facetMark}${kind}${value.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}
const facetMark = 'ㆆ';

/**
 * A practice found, best first: `tier` 1 matched in a title or summary, 2 only in a body; 0 or 3
 * carries a topic the query names (see `IndexQuery.topics`).
 */
export interface IndexHit {
  searchKey: number;
  tier: number;
  /** Higher is better, comparable within a tier. */
  score: number;
}

const languages: Locale[] = ['fi', 'sv', 'en', 'ko'];
const fields = ['title', 'summary', 'body'] as const;
type Field = (typeof fields)[number];
/** Column order of the SQLite table (migration 0008): title_fi … body_ko. */
const columns = fields.flatMap((field) => languages.map((language) => ({ field, language })));
const columnList = `${columns.map(({ field, language }) => `${field}_${language}`).join(', ')}, facets`;
/** practice_fts_head: titles and summaries only, so that the first tiers walk short posting lists. */
const headColumns = columns.filter(({ field }) => field !== 'body');
const headColumnList = `${headColumns.map(({ field, language }) => `${field}_${language}`).join(', ')}, facets`;
/** bm25 weight of one occurrence: title over summary over body. */
const fieldWeight: Record<Field, number> = { title: 10, summary: 4, body: 1 };
/** A reader's own language counts this much more than a hit through another language. */
export const readerLanguageBoost = 1.5;
/**
 * The tiers a search walks, strongest first: a practice that matches in its title or summary
 * (title weighted 10, summary 4) always ranks above one that matches only in its body. The second
 * tier is ranked only when the first cannot fill the page, so a common word costs what its title
 * and summary matches cost, not what all its matches cost (bm25 scores every row it is given).
 */
const tiers: { fields: readonly Field[]; weights: string }[] = [
  { fields: ['title', 'summary'], weights: 'AB' },
  { fields, weights: '' },
];
const rowsPerInsert = 200;
/**
 * At most this many matches of a tier are scored: the newest ones (highest search_key), found by
 * walking the posting lists backwards, which FTS5 stops at the limit. bm25 costs
 * microseconds per row, so a word in thousands of titles would otherwise cost milliseconds; with
 * the window, a page shows the best of the newest 128 title matches, then of the summaries, and so
 * on. Below the window (nearly every query) the ranking is exact.
 */
const candidateWindow = 128;
/**
 * Matches are counted up to this many: beyond it a count costs a walk of every posting list (and,
 * with a filter, a lookup per match) while the reader only learns "more than 1,000". The answer
 * then says so (`totalIsLowerBound`).
 */
export const countCap = 1_000;
const maximumPosition = 16_383;
const maximumPositionsPerLexeme = 255;

/**
 * A PostgreSQL tsvector literal of a document's tokens, weighted A (title), B (summary), C body,
 * with positions so that ts_rank counts repetitions. Built here rather than by to_tsvector so that
 * PostgreSQL's parser never re-splits the tokens src/core/text made.
 *
 * @example
 * toTsVectorLiteral({ language: 'fi', title: ['paja'], summary: [], body: ['paja'] }) // "'paja':1A,2C"
 */
export function toTsVectorLiteral(document: IndexDocument): string {
  const lexemes = new Map<string, string[]>();
  let position = 0;
  for (const [weight, tokens] of [
    ['A', document.title],
    ['B', document.summary],
    ['C', document.body],
  ] as const) {
    for (const token of tokens) {
      position = Math.min(position + 1, maximumPosition);
      const positions = lexemes.get(token) ?? [];
      if (positions.length < maximumPositionsPerLexeme) positions.push(`${position}${weight}`);
      lexemes.set(token, positions);
    }
  }
  return [...lexemes]
    .map(
      ([token, positions]) =>
        `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}':${positions.join(',')}`,
    )
    .join(' ');
}

/**
 * The practices' full-text index, the only code that knows its tables. SQLite: one contentless
 * FTS5 row per practice (rowid = search_key) with a column per field and language, ranked by bm25
 * with per-query column weights. PostgreSQL: a tsvector row per practice and language (weights A,
 * B, C), ranked by ts_rank. Both hold the same tokens from src/core/text.
 */
export function createPracticeSearchIndex(dialect: DialectName) {
  function tokensOf(entry: IndexEntry, of: typeof columns = columns): string[] {
    return of.map(({ field, language }) => {
      const document = entry.documents.find((d) => d.language === language);
      return document === undefined ? '' : document[field].join(' ');
    });
  }

  /**
   * bm25 for this reader: field weights, the reader's language boosted. Called inline rather than
   * through `rank MATCH`, which FTS5 answers several times slower. The weights are our numbers.
   */
  function rankOf(reader: Locale, table: 'practice_fts' | 'practice_fts_head') {
    const weights = (table === 'practice_fts' ? columns : headColumns).map(
      ({ field, language }) => fieldWeight[field] * (language === reader ? readerLanguageBoost : 1),
    );
    // The last column is `facets`, which never scores.
    return sql.raw(`bm25(${table}, ${[...weights, 0].map((weight) => weight.toFixed(1)).join(', ')})`);
  }

  /** The FTS5 column filter of a tier (never the facets): titles and summaries fill the head table. */
  function columnFilter(tierFields: readonly Field[]): string {
    const names = columns
      .filter(({ field }) => tierFields.includes(field))
      .map(({ field, language }) => `${field}_${language}`);
    return `{${names.join(' ')}} : `;
  }

  return {
    /**
     * Replaces the index entries of these practices, in the caller's transaction (or one of its
     * own per call): many rows per statement, so a rebuild of 50,000 practices is a few hundred
     * statements.
     */
    async write(
      db: Kysely<Database>,
      entries: readonly IndexEntry[],
      options: { fresh?: boolean } = {},
    ): Promise<void> {
      if (entries.length === 0) return;
      // `fresh`: the index was emptied and these practices are not in it yet (a rebuild), so
      // there is nothing to delete, and deleting from a contentless table is not free.
      const fresh = options.fresh === true;
      const keys = entries.map((entry) => entry.searchKey);
      const present = entries.filter((entry) => entry.documents.length > 0);
      if (dialect === 'sqlite') {
        if (!fresh) {
          await sql`delete from practice_fts where rowid in (${sql.join(keys)})`.execute(db);
          await sql`delete from practice_fts_head where rowid in (${sql.join(keys)})`.execute(db);
        }
        for (let start = 0; start < present.length; start += rowsPerInsert) {
          const batch = present.slice(start, start + rowsPerInsert);
          // City and topics as they stand in this transaction (the save wrote them first).
          const facetRows = await sql<{ k: number; city: string; topics: string | null }>`
            select p.search_key as k, p.city_id as city,
              (select group_concat(t.topic_id, ' ') from practice_topics t where t.practice_id = p.id) as topics
            from practices p where p.search_key in (${sql.join(batch.map((entry) => entry.searchKey))})`.execute(
            db,
          );
          const facets = new Map(
            facetRows.rows.map((row) => [
              Number(row.k),
              [
                facetToken('city', row.city),
                ...(row.topics ?? '')
                  .split(' ')
                  .filter(Boolean)
                  .map((topic) => facetToken('topic', topic)),
              ].join(' '),
            ]),
          );
          const facetsOf = (entry: IndexEntry) => facets.get(entry.searchKey) ?? '';
          const rows = batch.map(
            (entry) => sql`(${sql.join([entry.searchKey, ...tokensOf(entry), facetsOf(entry)])})`,
          );
          await sql`insert into practice_fts(rowid, ${sql.raw(columnList)}) values ${sql.join(rows)}`.execute(
            db,
          );
          const heads = batch.map(
            (entry) =>
              sql`(${sql.join([entry.searchKey, ...tokensOf(entry, headColumns), facetsOf(entry)])})`,
          );
          await sql`insert into practice_fts_head(rowid, ${sql.raw(headColumnList)}) values ${sql.join(heads)}`.execute(
            db,
          );
        }
        return;
      }
      if (!fresh) await db.deleteFrom('practice_search').where('search_key', 'in', keys).execute();
      const rows = present.flatMap((entry) =>
        entry.documents.map((document) => ({
          search_key: entry.searchKey,
          language: document.language,
          document: sql<string>`${toTsVectorLiteral(document)}::tsvector`,
        })),
      );
      for (let start = 0; start < rows.length; start += rowsPerInsert) {
        await db
          .insertInto('practice_search')
          .values(rows.slice(start, start + rowsPerInsert))
          .execute();
      }
    },

    /**
     * SQLite: how many segments of one size FTS5 lets pile up before merging them. A rebuild
     * writes everything at once, so it merges less often (about a fifth less work per practice);
     * afterwards the default comes back and later saves merge the rest bit by bit.
     */
    async mergeLess(db: Kysely<Database>, less: boolean): Promise<void> {
      if (dialect !== 'sqlite') return;
      const automerge = sql.raw(less ? '16' : '4');
      await sql`insert into practice_fts(practice_fts, rank) values ('automerge', ${automerge})`.execute(db);
      await sql`insert into practice_fts_head(practice_fts_head, rank) values ('automerge', ${automerge})`.execute(
        db,
      );
    },

    /** Empties the index (before a rebuild). */
    async clear(db: Kysely<Database>): Promise<void> {
      if (dialect === 'sqlite') {
        await sql`insert into practice_fts(practice_fts) values ('delete-all')`.execute(db);
        await sql`insert into practice_fts_head(practice_fts_head) values ('delete-all')`.execute(db);
      } else {
        await sql`delete from practice_search`.execute(db);
      }
    },

    /**
     * The best `needed` practices for a query, best first, and how many match in all. `restriction`
     * narrows to practices whose search_key it selects (city and topic filters). Tiers are walked
     * until `needed` practices are found: title matches rank above summary matches above body
     * matches, bm25 (ts_rank) within a tier, with the reader's language weighted up.
     */
    async search(
      db: Kysely<Database>,
      { query, mode, reader, topics: topicsOf }: IndexQuery,
      restriction: SearchRestriction | undefined,
      needed: number,
    ): Promise<{ hits: IndexHit[]; total: number; totalIsLowerBound: boolean }> {
      const counted = (n: unknown) => ({
        total: Math.min(Number(n ?? 0), countCap),
        totalIsLowerBound: Number(n ?? 0) > countCap,
      });
      const hits: IndexHit[] = [];
      const seen = new Set<number>();
      const keep = (rows: { k: number | string; score: number | string }[], tier: number) => {
        for (const row of rows) {
          const searchKey = Number(row.k);
          if (seen.has(searchKey)) continue;
          seen.add(searchKey);
          hits.push({ searchKey, tier, score: Number(row.score) });
        }
      };
      const restrict = restriction?.rows;
      const topics = topicsOf?.ids ?? [];
      const topicTier = topicsOf?.lead === true ? 0 : 3;
      if (dialect === 'sqlite') {
        const match = toFts5Match(query, mode);
        if (match === null) return { hits: [], total: 0, totalIsLowerBound: false };
        // Filters are facet tokens ANDed into the full-text query: FTS5 intersects posting lists.
        const facets = (restriction?.facets ?? []).map((token) => ` AND facets : "${token}"`).join('');
        const named =
          topics.length === 0
            ? undefined
            : `facets : (${topics.map((topic) => `"${facetToken('topic', topic)}"`).join(' OR ')})`;
        const text = `${columnFilter(fields)}(${match})`;
        const count = await sql<{ n: number }>`
          select count(*) as n from (select 1 from practice_fts
          where practice_fts match ${`${named === undefined ? text : `(${text} OR ${named})`}${facets}`} limit ${countCap + 1})`.execute(
          db,
        );
        const { total, totalIsLowerBound } = counted(count.rows[0]?.n);
        if (total === 0) return { hits: [], total, totalIsLowerBound };
        // The named topics' practices: first those whose text has any word of the query (best
        // first), then the rest, newest first.
        const topicTierSqlite = async () => {
          if (named === undefined || hits.length >= needed) return;
          const any = toFts5Match(query, 'any') ?? match;
          const ranked = await sql<{ k: number; score: number }>`
            select practice_fts.rowid as k, -${rankOf(reader, 'practice_fts')} as score from practice_fts
            where practice_fts match ${`${named} AND ${columnFilter(fields)}(${any})${facets}`}
            order by score desc, k desc limit ${needed + hits.length}`.execute(db);
          keep(ranked.rows, topicTier);
          if (hits.length >= needed) return;
          const rest = await sql<{ k: number; score: number }>`
            select rowid as k, 0 as score from practice_fts
            where practice_fts match ${`${named}${facets}`} order by rowid desc limit ${needed + hits.length}`.execute(
            db,
          );
          keep(rest.rows, topicTier);
        };
        if (topicTier === 0) await topicTierSqlite();
        for (const [index, tier] of tiers.entries()) {
          if (hits.length >= needed) break;
          const table = tier.fields.includes('body') ? 'practice_fts' : 'practice_fts_head';
          const expression = `${columnFilter(tier.fields)}(${match})${facets}`;
          // The newest matches (FTS5 walks rowids backwards and stops at the limit), then the best
          // of them by bm25: one statement, and bm25 runs on the window only.
          const ranked = await sql<{ k: number; score: number }>`
            select k, score from (
              select ${sql.ref(`${table}.rowid`)} as k, -${rankOf(reader, table)} as score
              from ${sql.table(table)}
              where ${sql.table(table)} match ${expression}
              order by ${sql.ref(`${table}.rowid`)} desc limit ${Math.max(candidateWindow, needed)})
            order by score desc, k desc limit ${needed}`.execute(db);
          keep(ranked.rows, index + 1);
        }
        if (topicTier === 3) await topicTierSqlite();
        return { hits: hits.slice(0, needed), total, totalIsLowerBound };
      }
      const full = toTsQuery(query, mode);
      if (full === null) return { hits: [], total: 0, totalIsLowerBound: false };
      const within = restrict === undefined ? sql`` : sql` and search_key in (${restrict})`;
      const named =
        topics.length === 0
          ? undefined
          : sql`search_key in (select p.search_key from practices p join practice_topics t
              on t.practice_id = p.id where t.topic_id in (${sql.join([...topics])}))`;
      // The named topics' practices, those whose text has any word of the query first.
      const topicTierPostgres = async () => {
        if (named === undefined || hits.length >= needed) return;
        const any = toTsQuery(query, 'any') ?? full;
        const ranked = await sql<{ k: number; score: number }>`
          select search_key as k,
                 max(case when document @@ ${any}::tsquery
                     then ts_rank('{0.1, 0.25, 0.5, 1.0}', document, ${any}::tsquery)
                       * case when language = ${reader} then ${readerLanguageBoost}::real else 1 end
                     else 0 end) as score
          from practice_search where ${named}${within}
          group by search_key order by score desc, search_key desc limit ${needed + hits.length}`.execute(db);
        keep(ranked.rows, topicTier);
      };
      if (topicTier === 0) await topicTierPostgres();
      for (const [index, tier] of tiers.entries()) {
        if (hits.length >= needed) break;
        const tsquery = toTsQuery(query, mode, tier.weights) ?? full;
        const ranked = await sql<{ k: number; score: number }>`
          select search_key as k,
                 max(ts_rank('{0.1, 0.25, 0.5, 1.0}', document, ${tsquery}::tsquery)
                     * case when language = ${reader} then ${readerLanguageBoost}::real else 1 end) as score
          from practice_search where document @@ ${tsquery}::tsquery${within}
          group by search_key order by score desc, search_key limit ${needed}`.execute(db);
        keep(ranked.rows, index + 1);
      }
      if (topicTier === 3) await topicTierPostgres();
      const matching =
        named === undefined
          ? sql`document @@ ${full}::tsquery`
          : sql`(document @@ ${full}::tsquery or ${named})`;
      const count = await sql<{ n: number }>`
        select count(*) as n from (select distinct search_key from practice_search
        where ${matching}${within} limit ${countCap + 1}) as matched`.execute(db);
      return { hits: hits.slice(0, needed), ...counted(count.rows[0]?.n) };
    },

    /** Every term in the index, for typo and compound expansion. */
    async indexedTerms(db: Kysely<Database>): Promise<string[]> {
      if (dialect === 'sqlite') {
        const result = await sql<{ term: string }>`select term from practice_fts_terms`.execute(db);
        return result.rows.map((row) => row.term).filter((term) => !term.startsWith(facetMark));
      }
      const result = await sql<{
        word: string;
      }>`select word from ts_stat('select document from practice_search')`.execute(db);
      return result.rows.map((row) => row.word);
    },

    /** The analyser version the index was built with, or undefined if never recorded. */
    async builtWith(db: Kysely<Database>): Promise<string | undefined> {
      const row = await db
        .selectFrom('search_index_versions')
        .select('version')
        .where('name', '=', 'practices')
        .executeTakeFirst();
      return row?.version;
    },

    async recordBuild(db: Kysely<Database>, version: string, at: Date): Promise<void> {
      await db
        .insertInto('search_index_versions')
        .values({ name: 'practices', version, built_at: at.toISOString() })
        .onConflict((oc) => oc.column('name').doUpdateSet({ version, built_at: at.toISOString() }))
        .execute();
    },
  };
}

export type PracticeSearchIndex = ReturnType<typeof createPracticeSearchIndex>;
