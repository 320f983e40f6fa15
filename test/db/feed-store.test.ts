import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlArticleStore } from "../../src/db/article-store.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
import type { ArticleInput } from "../../src/services/feeds/ports.js";

const NOW = "2026-02-01T12:00:00.000Z";
let app: App;
afterEach(async () => app?.close());

async function stores() {
  app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
  return { feeds: new SqlFeedStore(app.db), articles: new SqlArticleStore(app.db) };
}

function article(n: number, over: Partial<ArticleInput> = {}): ArticleInput {
  return {
    guid: `g${n}`,
    url: `https://a.example/${n}`,
    canonicalUrl: `https://a.example/${n}`,
    contentHash: `hash${n}`,
    title: `T${n}`,
    authors: ["Ann"],
    categories: [],
    enclosures: [],
    publishedAt: `2026-01-${String(n).padStart(2, "0")}T00:00:00.000Z`,
    updatedAt: null,
    summaryText: null,
    contentText: `text ${n}`,
    contentHtml: null,
    wordCount: 2,
    lang: "en",
    ...over,
  };
}

describe("migration 002", () => {
  it("creates the feed tables with a nullable lang column", async () => {
    await stores();
    const cols = await sql<{ name: string; notnull: number }>`pragma table_info(articles)`.execute(
      app.db,
    );
    const lang = cols.rows.find((c) => c.name === "lang");
    expect(lang?.notnull).toBe(0);
    const v = await app.db.selectFrom("schema_migrations").select("version").execute();
    expect(v.map((r) => r.version)).toContain(2);
  });
});

describe("SqlFeedStore", () => {
  it("adds once per URL, with tags and organisation", async () => {
    const { feeds } = await stores();
    const a = await feeds.add(
      {
        url: "https://a.example/f",
        tags: [" x ", "y", "x", ""],
        org: { key: "acme", name: "ACME" },
      },
      NOW,
    );
    expect(a.created).toBe(true);
    expect(a.feed).toMatchObject({
      kind: "other-company",
      tags: ["x", "y"],
      orgKey: "acme",
      orgName: "ACME",
      paused: false,
    });
    expect((await feeds.add({ url: "https://a.example/f" }, NOW)).created).toBe(false);
    await feeds.setTags(a.feed.id, ["z"]);
    expect((await feeds.get(a.feed.id))?.tags).toEqual(["z"]);
  });

  it("lists due feeds: never-fetched and past next check, unpaused", async () => {
    const { feeds } = await stores();
    const ids = [];
    for (const u of ["a", "b", "c"])
      ids.push((await feeds.add({ url: `https://${u}.example/` }, NOW)).feed.id);
    await feeds.recordSuccess(ids[1] as number, {
      fetchedAt: NOW,
      nextCheckAt: "2026-02-01T13:00:00.000Z",
    });
    await feeds.setPaused(ids[2] as number, true, "by hand");
    expect((await feeds.due(NOW, false)).map((f) => f.id)).toEqual([ids[0]]);
    expect((await feeds.due("2026-02-01T13:00:00.000Z", false)).map((f) => f.id)).toEqual(
      ids.slice(0, 2),
    );
    expect((await feeds.due(NOW, true)).map((f) => f.id)).toEqual(ids.slice(0, 2));
  });

  it("does not move a feed onto a URL another feed already has", async () => {
    const { feeds } = await stores();
    const a = (await feeds.add({ url: "https://a.example/" }, NOW)).feed;
    await feeds.add({ url: "https://b.example/" }, NOW);
    await feeds.recordSuccess(a.id, {
      fetchedAt: NOW,
      nextCheckAt: NOW,
      url: "https://b.example/",
    });
    expect((await feeds.get(a.id))?.url).toBe("https://a.example/");
  });

  it("remove deletes unstarred articles and keeps starred ones, detached", async () => {
    const { feeds, articles } = await stores();
    const f = (await feeds.add({ url: "https://a.example/" }, NOW)).feed;
    await articles.store(f.id, [article(1), article(2)], NOW, 10);
    const [first] = await articles.list({ feedId: f.id });
    await articles.setStarred(first?.id as number, true);
    expect(await feeds.remove(f.id)).toEqual({ articlesRemoved: 1, starredKept: 1 });
    const left = await articles.list({});
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ feedId: null, starred: true });
  });
});

describe("SqlArticleStore", () => {
  it("marks articles starred and read, and says when the id does not exist", async () => {
    const { feeds, articles } = await stores();
    const f = (await feeds.add({ url: "https://a.example/" }, NOW)).feed;
    await articles.store(f.id, [article(1)], NOW, 10);
    const [row] = await articles.list({ feedId: f.id });
    const id = row?.id as number;
    expect(await articles.mark(id, "read", true)).toBe(true);
    expect(await articles.mark(id, "starred", true)).toBe(true);
    expect((await articles.list({ feedId: f.id }))[0]).toMatchObject({ read: true, starred: true });
    expect(await articles.mark(id, "read", false)).toBe(true);
    expect((await articles.list({ feedId: f.id }))[0]).toMatchObject({
      read: false,
      starred: true,
    });
    expect(await articles.mark(id + 1000, "starred", true)).toBe(false);
  });

  it("dedups across feeds by canonical URL, then by content hash", async () => {
    const { feeds, articles } = await stores();
    const a = (await feeds.add({ url: "https://a.example/" }, NOW)).feed;
    const b = (await feeds.add({ url: "https://b.example/" }, NOW)).feed;
    expect((await articles.store(a.id, [article(1), article(2)], NOW, 10)).inserted).toBe(2);
    const out = await articles.store(
      b.id,
      [article(1, { guid: "other" }), article(9, { contentHash: "hash2" }), article(3)],
      NOW,
      10,
    );
    expect(out).toMatchObject({ inserted: 1, duplicates: 2 });
    expect((await articles.list({ feedId: b.id })).map((x) => x.guid)).toEqual(["g3"]);
  });

  it("keeps the newest N per feed, never deletes starred ones, and does not re-add old ones", async () => {
    const { feeds, articles } = await stores();
    const f = (await feeds.add({ url: "https://a.example/" }, NOW)).feed;
    await articles.store(f.id, [article(1), article(2)], NOW, 3);
    const oldest = (await articles.list({ feedId: f.id })).find((x) => x.guid === "g1");
    await articles.setStarred(oldest?.id as number, true);
    const out = await articles.store(
      f.id,
      [3, 4, 5].map((n) => article(n)),
      NOW,
      3,
    );
    expect(out.removedByRetention).toBe(1); // g2 goes; g1 is beyond the newest 3 but starred
    expect((await articles.list({ feedId: f.id })).map((x) => x.guid)).toEqual([
      "g5",
      "g4",
      "g3",
      "g1",
    ]);
    const again = await articles.store(
      f.id,
      [2, 3, 4, 5].map((n) => article(n)),
      NOW,
      3,
    );
    expect(again).toMatchObject({ inserted: 0, tooOld: 1, removedByRetention: 0 });
  });

  it("filters the list by since, feed, kind and lang", async () => {
    const { feeds, articles } = await stores();
    const a = (await feeds.add({ url: "https://a.example/", kind: "media" }, NOW)).feed;
    const b = (await feeds.add({ url: "https://b.example/", kind: "person" }, NOW)).feed;
    await articles.store(a.id, [article(1), article(20)], NOW, 10);
    await articles.store(b.id, [article(21)], NOW, 10);
    expect((await articles.list({ since: "2026-01-15" })).map((x) => x.guid)).toEqual([
      "g21",
      "g20",
    ]);
    expect((await articles.list({ kind: "media" })).map((x) => x.guid)).toEqual(["g20", "g1"]);
    expect((await articles.list({ feedId: b.id }))[0]).toMatchObject({
      kind: "person",
      authors: ["Ann"],
    });
    expect(await articles.list({ lang: "de" })).toEqual([]);
    expect(await articles.list({ limit: 1 })).toHaveLength(1);
  });
});
