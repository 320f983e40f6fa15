import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
import { cachedUntilChange, keepingUnaffected } from "../../src/server/data/store-cache.js";

function counter() {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
}

const at = "2026-11-20T00:00:00.000Z";

describe("keepingUnaffected", () => {
  it("keeps the models a small own write cannot affect and recomputes the others", async () => {
    const app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
    try {
      const kept = counter();
      const redone = counter();
      await cachedUntilChange(app, "people.contacts", kept.compute);
      await cachedUntilChange(app, "triage", redone.compute);
      const feeds = new SqlFeedStore(app.db);
      await keepingUnaffected(
        app,
        (key) => key.startsWith("people."),
        () => feeds.add({ url: "https://a.example/feed", title: "A", kind: "media" }, at),
      );
      expect(await cachedUntilChange(app, "people.contacts", kept.compute)).toBe(1);
      expect(await cachedUntilChange(app, "triage", redone.compute)).toBe(2);
      expect([kept.calls(), redone.calls()]).toEqual([1, 2]);
    } finally {
      await app.close();
    }
  });

  it("keeps nothing when the write changed more rows than a small write does", async () => {
    const app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
    try {
      const kept = counter();
      await cachedUntilChange(app, "people.contacts", kept.compute);
      const feeds = new SqlFeedStore(app.db);
      await keepingUnaffected(
        app,
        () => true,
        async () => {
          for (let i = 0; i < 5; i++)
            await feeds.add({ url: `https://a.example/f${i}`, title: "A", kind: "media" }, at);
        },
        2,
      );
      expect(await cachedUntilChange(app, "people.contacts", kept.compute)).toBe(2);
    } finally {
      await app.close();
    }
  });
});
