import type { Writable } from "node:stream";
import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/** Tables in the order an export lists them. */
const TABLES: ReadonlyArray<keyof Database> = [
  "snapshots",
  "profile",
  "own_positions",
  "education",
  "skills",
  "languages",
  "certifications",
  "organizations",
  "contacts",
  "contact_roles",
  "invitations",
  "messages",
  "shares",
  "comments",
  "reactions",
  "company_follows",
  "endorsements_received",
  "recommendations_received",
  "contact_marks",
  "discovery_candidates",
  "feeds",
  "feed_tags",
  "articles",
  "article_feedback",
  "digest_runs",
  "publishing_drafts",
  "outbox_entries",
  "outbox_attempts",
  "publishing_accounts",
];

/**
 * Tables an export leaves out, and why: bookkeeping and caches that are recomputed from the
 * exported tables. A test checks that every table is either exported or listed here.
 */
export const NOT_EXPORTED: ReadonlyArray<keyof Database> = [
  "schema_migrations",
  "article_analysis",
  "topic_concepts",
];

/** Columns an export never writes: account secrets stay on this machine, even encrypted. */
const OMITTED_COLUMNS: Partial<Record<keyof Database, readonly string[]>> = {
  publishing_accounts: ["secrets"],
};

/** The exported tables, in order (for tests and `export --json` consumers). */
export const EXPORTED_TABLES: ReadonlyArray<keyof Database> = TABLES;

/**
 * Writes every stored row as one JSON document, streaming table by table so a large store never
 * sits in memory as one string.
 */
export async function writeJsonExport(
  db: Kysely<Database>,
  out: Writable,
  version: string,
): Promise<number> {
  let rows = 0;
  await write(out, `{"format":"tellerrand-export","tellerrandVersion":${JSON.stringify(version)},`);
  await write(out, `"exportedAt":${JSON.stringify(new Date().toISOString())},"tables":{`);
  for (const [i, table] of TABLES.entries()) {
    await write(out, `${i === 0 ? "" : ","}${JSON.stringify(table)}:[`);
    let first = true;
    const omit = OMITTED_COLUMNS[table] ?? [];
    for await (const row of db.selectFrom(table).selectAll().stream(500)) {
      const kept = omit.length === 0 ? row : withoutColumns(row, omit);
      await write(out, `${first ? "" : ","}\n${JSON.stringify(kept)}`);
      first = false;
      rows++;
    }
    await write(out, "]");
  }
  await write(out, "}}\n");
  return rows;
}

function withoutColumns(row: object, omit: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !omit.includes(key)));
}

function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(chunk)) resolve();
    else {
      out.once("drain", resolve);
      out.once("error", reject);
    }
  });
}
