import { type Kysely, SqliteAdapter, sql } from 'kysely';

/** Full-text search differs by database: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL. */
function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = isSqlite(db);

  // search_key is a small integer for the full-text index (FTS5 rows are keyed by integers).
  await db.schema
    .createTable('practices')
    .addColumn('search_key', sqlite ? 'integer' : 'bigserial', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('original_language', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('target_groups', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('related_sessions', 'text', (c) => c.notNull())
    .addColumn('images', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('hidden_at', 'text')
    .execute();
  await db.schema.createIndex('practices_status').on('practices').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('practices_city').on('practices').columns(['city_id', 'status']).execute();
  await db.schema.createIndex('practices_author').on('practices').column('author_id').execute();

  await db.schema
    .createTable('practice_topics')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('practice_topics_pk', ['practice_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('practice_topics_topic').on('practice_topics').column('topic_id').execute();

  // Every saved version of a practice, so that edits keep a history.
  await db.schema
    .createTable('practice_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('editor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('practice_revisions_practice')
    .on('practice_revisions')
    .columns(['practice_id', 'version'])
    .execute();

  await db.schema
    .createTable('practice_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addUniqueConstraint('practice_reports_once', ['practice_id', 'user_id'])
    .execute();

  // The search index holds one row per practice and language that has text (original, human or
  // machine), as pre-analysed tokens (src/core/text). Row key: search_key * 4 + language index.
  if (sqlite) {
    await sql`create virtual table practice_fts using fts5(title, summary, body, prefix='3 4')`.execute(db);
    await sql`insert into practice_fts(practice_fts, rank) values ('rank', 'bm25(10.0, 4.0, 1.0)')`.execute(
      db,
    );
    await sql`create virtual table practice_fts_terms using fts5vocab(practice_fts, 'row')`.execute(db);
  } else {
    await db.schema
      .createTable('practice_search')
      .addColumn('search_key', 'bigint', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('document', sql`tsvector`, (c) => c.notNull())
      .addPrimaryKeyConstraint('practice_search_pk', ['search_key', 'language'])
      .execute();
    await sql`create index practice_search_document on practice_search using gin (document)`.execute(db);
  }

  // platform/content: machine translation jobs, the translation queue and translator grants.
  await db.schema
    .createTable('translation_jobs')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_jobs_pk', [
      'subject_type',
      'subject_id',
      'field',
      'target_language',
    ])
    .execute();
  await db.schema
    .createIndex('translation_jobs_due')
    .on('translation_jobs')
    .columns(['status', 'available_at'])
    .execute();

  await db.schema
    .createTable('translation_queue')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('original_language', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_queue_pk', ['subject_type', 'subject_id', 'field', 'language'])
    .execute();
  await db.schema
    .createIndex('translation_queue_language')
    .on('translation_queue')
    .columns(['language', 'state', 'updated_at'])
    .execute();

  await db.schema
    .createTable('translators')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('city_id', 'text')
    .addColumn('granted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translators_pk', ['user_id', 'language'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    await sql`drop table practice_fts_terms`.execute(db);
    await sql`drop table practice_fts`.execute(db);
  } else {
    await db.schema.dropTable('practice_search').execute();
  }
  for (const table of [
    'translators',
    'translation_queue',
    'translation_jobs',
    'practice_reports',
    'practice_revisions',
    'practice_topics',
    'practices',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
