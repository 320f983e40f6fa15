import { PassThrough } from "node:stream";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { EXPORTED_TABLES, NOT_EXPORTED, writeJsonExport } from "../../src/db/export-store.js";
import { openDatabase } from "../../src/db/open.js";

async function collect(run: (out: PassThrough) => Promise<unknown>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await run(out);
  out.end();
  return Buffer.concat(chunks).toString("utf8");
}

describe("export", () => {
  it("lists every table of the real migrations as exported or deliberately left out", async () => {
    const db = await openDatabase(":memory:");
    const { rows } = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    `.execute(db);
    const known = new Set<string>([...EXPORTED_TABLES, ...NOT_EXPORTED]);
    expect(rows.map((r) => r.name).filter((name) => !known.has(name))).toEqual([]);
    await db.destroy();
  });

  it("writes every exported table and never an account's secrets", async () => {
    const db = await openDatabase(":memory:");
    const now = "2026-11-27T00:00:00Z";
    await db
      .insertInto("publishing_accounts")
      .values({
        network: "mastodon",
        handle: "@me@example.social",
        service_url: "https://example.social",
        secrets: "ENCRYPTED-SECRET",
        expires_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const text = await collect((out) => writeJsonExport(db, out, "test"));
    const doc = JSON.parse(text) as { tables: Record<string, Array<Record<string, unknown>>> };
    expect(Object.keys(doc.tables)).toEqual([...EXPORTED_TABLES]);
    expect(doc.tables.publishing_accounts?.[0]?.handle).toBe("@me@example.social");
    expect(text).not.toContain("ENCRYPTED-SECRET");
    await db.destroy();
  });
});
