import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, databaseFile } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
import { cachedUntilChange } from "../../src/server/data/store-cache.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function counter() {
  let calls = 0;
  return {
    compute: async () => ++calls,
    get calls() {
      return calls;
    },
  };
}

describe("cachedUntilChange", () => {
  it("computes once until this connection writes, and shares a computation in flight", async () => {
    const app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
    const c = counter();
    const [a, b] = await Promise.all([
      cachedUntilChange(app, "k", c.compute),
      cachedUntilChange(app, "k", c.compute),
    ]);
    expect([a, b, await cachedUntilChange(app, "k", c.compute)]).toEqual([1, 1, 1]);
    await new SqlFeedStore(app.db).add(
      { url: "https://a.example/feed.xml" },
      "2026-01-01T00:00:00Z",
    );
    expect(await cachedUntilChange(app, "k", c.compute)).toBe(2);
    expect(await cachedUntilChange(app, "other", c.compute)).toBe(3);
    await app.close();
  });

  it("recomputes after another connection (a CLI import) commits", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tellerrand-cache-"));
    dirs.push(dir);
    const app = await createApp(configSchema.parse({ dataDir: dir }));
    const c = counter();
    expect(await cachedUntilChange(app, "k", c.compute)).toBe(1);
    expect(await cachedUntilChange(app, "k", c.compute)).toBe(1);
    const other = new Database(databaseFile(dir));
    other.prepare("insert into organizations (key, name) values ('acme', 'Acme')").run();
    other.close();
    expect(await cachedUntilChange(app, "k", c.compute)).toBe(2);
    await app.close();
  });

  it("forgets a failed computation", async () => {
    const app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
    await expect(
      cachedUntilChange(app, "k", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await cachedUntilChange(app, "k", async () => 7)).toBe(7);
    await app.close();
  });
});
