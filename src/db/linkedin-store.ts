import { type Kysely, sql } from "kysely";
import type {
  ImportWriter,
  LinkedInStore,
  SnapshotMeta,
  SnapshotSummary,
} from "../services/ports.js";
import { SqlImportWriter } from "./import-writer.js";
import { rowInserter } from "./open.js";
import type { Database } from "./tables.js";

/** SQLite/Kysely implementation of the import port. */
export class SqlLinkedInStore implements LinkedInStore {
  /**
   * @param bulkInserts use prepared-statement inserts where the database offers them (SQLite);
   *   false takes the portable Kysely path that other dialects use.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly bulkInserts = true,
  ) {}

  async findSnapshotByHash(contentHash: string): Promise<SnapshotSummary | undefined> {
    const row = await this.db
      .selectFrom("snapshots")
      .selectAll()
      .where("content_hash", "=", contentHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toSummary(row);
  }

  async runImport<T>(meta: SnapshotMeta, work: (writer: ImportWriter) => Promise<T>): Promise<T> {
    // A 32 MiB page cache while the import fills several unique indexes at once; the default
    // (2 MiB) afterwards, so long-running commands do not keep the memory.
    await sql`pragma cache_size = -32000`.execute(this.db);
    try {
      return await this.importTransaction(meta, work);
    } finally {
      await sql`pragma cache_size = -2000`.execute(this.db);
    }
  }

  private importTransaction<T>(
    meta: SnapshotMeta,
    work: (writer: ImportWriter) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("snapshots")
        .values({
          source: meta.source,
          variant: meta.variant,
          export_date: meta.exportDate,
          content_hash: meta.contentHash,
          as_of: meta.asOf,
          imported_at: meta.importedAt,
          stats: "{}",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const later = await trx
        .selectFrom("snapshots")
        .select("id")
        .where("as_of", ">", meta.asOf)
        .orderBy("as_of")
        .executeTakeFirst();
      const writer = new SqlImportWriter(
        trx,
        id,
        later?.id ?? null,
        this.bulkInserts ? rowInserter(this.db) : undefined,
      );
      await writer.load();
      return work(writer);
    });
  }
}

type SnapshotRow = Omit<Database["snapshots"], "id"> & { id: number };

export function toSummary(row: SnapshotRow): SnapshotSummary {
  return {
    id: row.id,
    source: row.source,
    variant: row.variant,
    asOf: row.as_of,
    importedAt: row.imported_at,
    contentHash: row.content_hash,
    stats: JSON.parse(row.stats) as unknown,
  };
}
