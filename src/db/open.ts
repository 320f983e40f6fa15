import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { TellerrandError } from "../domain/errors.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { Database } from "./tables.js";

export type Db = Kysely<Database>;

/**
 * Prepared-statement row inserts on the same SQLite connection as `Db` (so they join its open
 * transaction). Bulk imports use it: Kysely would compile and prepare a statement per batch.
 */
export interface RowInserter {
  insertIgnoringConflicts(table: string, row: Record<string, unknown>): void;
}

const handles = new WeakMap<Db, SQLite.Database>();

/** The bulk inserter for a database opened here, or undefined for other dialects. */
export function rowInserter(db: Db): RowInserter | undefined {
  const sqlite = handles.get(db);
  if (sqlite === undefined) return undefined;
  const statements = new Map<string, SQLite.Statement>();
  return {
    insertIgnoringConflicts(table, row) {
      const columns = Object.keys(row);
      const key = `${table}(${columns.join(",")})`;
      let stmt = statements.get(key);
      if (stmt === undefined) {
        const names = columns.map((c) => `"${c}"`).join(", ");
        const params = columns.map(() => "?").join(", ");
        stmt = sqlite.prepare(
          `insert into "${table}" (${names}) values (${params}) on conflict do nothing`,
        );
        statements.set(key, stmt);
      }
      // Positional binding: measurably cheaper than named parameters per row.
      stmt.run(columns.map((c) => row[c] ?? null));
    },
  };
}

/** Runs a read-only query and returns its rows as arrays (column order of the SELECT). */
export type RawReader = (query: string, params: readonly unknown[]) => unknown[][];

/**
 * better-sqlite3's `.raw()` statement mode on the connection of `Db`, statements prepared once:
 * for reads of 100,000 rows, where an object per row costs more than the query. Undefined for
 * other dialects.
 *
 * @example
 * const read = rawReader(db);
 * read?.("select id, title from articles where id > ?", [10]); // [[11, "…"], …]
 */
export function rawReader(db: Db): RawReader | undefined {
  const sqlite = handles.get(db);
  if (sqlite === undefined) return undefined;
  const statements = new Map<string, SQLite.Statement>();
  return (query, params) => {
    let stmt = statements.get(query);
    if (stmt === undefined) {
      stmt = sqlite.prepare(query).raw(true);
      statements.set(query, stmt);
    }
    return stmt.all(...params) as unknown[][];
  };
}

/**
 * Opens (creating if needed) the SQLite store and applies pending migrations.
 * Refuses a database written by a newer Tellerrand. `":memory:"` gives a throwaway store.
 *
 * @example
 * const db = await openDatabase(":memory:");
 * await db.destroy();
 */
export async function openDatabase(file: string): Promise<Db> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    // SQLite's default 2 MiB page cache; bulk imports raise it for their transaction.
    sqlite.pragma("cache_size = -2000");
  } catch (error) {
    throw new TellerrandError("database", `cannot open database ${file}: ${String(error)}`, {
      file,
      cause: error,
    });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  handles.set(db, sqlite);
  try {
    await migrate(db, file);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** The newest schema version this code knows. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

async function migrate(db: Db, file: string): Promise<void> {
  await db.schema
    .createTable("schema_migrations")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const row = await db
    .selectFrom("schema_migrations")
    .select(sql<number | null>`max(version)`.as("v"))
    .executeTakeFirst();
  const current = row?.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new TellerrandError(
      "database",
      `database ${file} has schema version ${current}, newer than this Tellerrand understands (${SCHEMA_VERSION}); update Tellerrand`,
      { file },
    );
  }
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto("schema_migrations")
        .values({
          version: migration.version,
          name: migration.name,
          applied_at: new Date().toISOString(),
        })
        .execute();
    });
  }
}
