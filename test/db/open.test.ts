import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/db/migrations/index.js";
import { openDatabase, SCHEMA_VERSION } from "../../src/db/open.js";

describe("openDatabase", () => {
  it("applies the migrations once and records them", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tr-db-")), "t.db");
    const first = await openDatabase(file);
    await first.destroy();
    const again = await openDatabase(file);
    const rows = await again.selectFrom("schema_migrations").selectAll().execute();
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(rows.at(-1)?.version).toBe(SCHEMA_VERSION);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(again);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    await again.destroy();
  });

  it("refuses a database written by a newer Tellerrand", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tr-db-")), "t.db");
    const db = await openDatabase(file);
    await db
      .insertInto("schema_migrations")
      .values({ version: SCHEMA_VERSION + 1, name: "future", applied_at: "2030-01-01" })
      .execute();
    await db.destroy();
    await expect(openDatabase(file)).rejects.toThrow(/newer than this Tellerrand understands/);
  });
});
