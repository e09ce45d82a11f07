import SqliteDriver from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface SiltaDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** For SQLite only: the underlying connection, used for online backups. */
  sqlite?: SqliteDriver.Database;
  /** PostgreSQL only: the schema this connection works in, when not the default. */
  schema?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; absent means SQLite. */
  url?: string;
  /** The SQLite file (":memory:" for tests). */
  file?: string;
  /** PostgreSQL only: a schema to work in (tests isolate themselves this way). */
  schema?: string;
}

// PostgreSQL returns int8 as strings to protect precision; our bigints are epoch milliseconds, well
// inside Number's safe range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens the database: PostgreSQL when a postgres:// URL is given, else SQLite in WAL mode.
 *
 * @example
 * const { db } = openDatabase({ file: 'data/silta.db' });
 */
export function openDatabase(options: DatabaseOptions): SiltaDatabase {
  if (options.url !== undefined && /^postgres(ql)?:\/\//.test(options.url)) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: 'postgres',
      ...(options.schema === undefined ? {} : { schema: options.schema }),
      close: () => db.destroy(),
    };
  }
  const sqlite = new SqliteDriver(options.file ?? ':memory:');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads through a memory map (no copy per page) and a 64 MB page cache instead of 2 MB: the
  // full-text index of a large library is hundreds of MB, and a search touches pages all over it.
  sqlite.pragma(`mmap_size = ${256 * 1024 * 1024}`);
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * better-sqlite3 compiles the SQL again on every `prepare`; Kysely prepares once per query. The same
 * few hundred SQL texts come back all the time, so their compiled statements are kept (least recently
 * used first out). better-sqlite3 runs a statement to the end synchronously (we never stream), and
 * SQLite recompiles a kept statement by itself after a schema change.
 */
function withStatementCache(sqlite: SqliteDriver.Database, size = 500) {
  const statements = new Map<string, SqliteDriver.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string): SqliteDriver.Statement {
      let statement = statements.get(source);
      if (statement !== undefined) {
        statements.delete(source);
      } else {
        statement = sqlite.prepare(source);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(source, statement);
      return statement;
    },
  };
}

/** Whether the database answers a trivial query. */
export async function pingDatabase(database: SiltaDatabase): Promise<boolean> {
  try {
    await sql`select 1`.execute(database.db);
    return true;
  } catch {
    return false;
  }
}
