import { type Kysely, SqliteAdapter, sql } from 'kysely';

function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

const languages = ['fi', 'sv', 'en', 'ko'];
const fields = ['title', 'summary', 'body'];
/** title_fi … body_ko: one column per field and language, so one row holds a whole practice. */
const columns = fields.flatMap((field) => languages.map((language) => `${field}_${language}`));
const headColumns = columns.filter((column) => !column.startsWith('body_'));
// `facets` holds a practice's city and topics as tokens, so that filters are full-text terms too.

/**
 * Practice search, second design. SQLite: one contentless FTS5 row per practice (rowid =
 * search_key) with a column per field and language, instead of a row per language with a copy of
 * its text: a third of the rows, no stored copy (snippets come from `practices`), a count of
 * matches without DISTINCT, and per-query column weights for title > summary > body and the
 * reader's language. PostgreSQL keeps its table. Both indexes are emptied: the tokens changed, so
 * the service rebuilds them (it compares `search_index_versions` with the analyser's version).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    await sql`drop table practice_fts_terms`.execute(db);
    await sql`drop table practice_fts`.execute(db);
    await sql
      .raw(
        `create virtual table practice_fts using fts5(${columns.join(', ')}, facets, content='', contentless_delete=1, prefix='3 4')`,
      )
      .execute(db);
    // Titles and summaries again, alone: ranking the title and summary tiers walks only their
    // short posting lists, not those of every body that mentions a common word.
    await sql
      .raw(
        `create virtual table practice_fts_head using fts5(${headColumns.join(', ')}, facets, content='', contentless_delete=1, prefix='3 4')`,
      )
      .execute(db);
    await sql`create virtual table practice_fts_terms using fts5vocab(practice_fts, 'row')`.execute(db);
  } else {
    await sql`delete from practice_search`.execute(db);
  }
  await db.schema
    .createTable('search_index_versions')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('built_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('search_index_versions').execute();
  if (isSqlite(db)) {
    await sql`drop table practice_fts_terms`.execute(db);
    await sql`drop table practice_fts_head`.execute(db);
    await sql`drop table practice_fts`.execute(db);
    await sql`create virtual table practice_fts using fts5(title, summary, body, prefix='3 4')`.execute(db);
    await sql`insert into practice_fts(practice_fts, rank) values ('rank', 'bm25(10.0, 4.0, 1.0)')`.execute(
      db,
    );
    await sql`create virtual table practice_fts_terms using fts5vocab(practice_fts, 'row')`.execute(db);
  }
}
