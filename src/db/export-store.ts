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
];

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
    for await (const row of db.selectFrom(table).selectAll().stream(500)) {
      await write(out, `${first ? "" : ","}\n${JSON.stringify(row)}`);
      first = false;
      rows++;
    }
    await write(out, "]");
  }
  await write(out, "}}\n");
  return rows;
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
