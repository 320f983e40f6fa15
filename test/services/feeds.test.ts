import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { TellerrandError } from "../../src/domain/errors.js";
import { runFetchCycle } from "../../src/services/feeds/refresh.js";
import {
  addFeed,
  exportOpml,
  importOpml,
  resolveFeed,
} from "../../src/services/feeds/subscriptions.js";
import { feedBody, type Harness, harness, item, ok } from "./feeds-fakes.js";

const FEED = "https://blog.example/feed.xml";
let h: Harness;
afterEach(async () => h?.app.close());

describe("addFeed", () => {
  it("subscribes to a feed URL and stores its first articles", async () => {
    h = await harness();
    h.fetcher.on(FEED, ok(FEED, feedBody([item({ id: "a" }), item({ id: "b" })])));
    const r = await addFeed(h.ctx, {
      url: FEED,
      kind: "media",
      org: "Example GmbH",
      tags: ["eng"],
    });
    expect(r.created).toBe(true);
    expect(r.inserted).toBe(2);
    expect(r.feed).toMatchObject({
      url: FEED,
      title: "A blog",
      siteUrl: "https://blog.example/",
      kind: "media",
      orgKey: "example",
      orgName: "Example",
      tags: ["eng"],
      etag: '"v1"',
      articleCount: 2,
    });
    const again = await addFeed(h.ctx, { url: FEED });
    expect(again.created).toBe(false);
    expect(h.fetcher.requests).toHaveLength(1);
  });

  it("autodiscovers the first feed of a web page and reports the others", async () => {
    h = await harness();
    const page = `<html><head>
      <link rel="alternate" type="application/atom+xml" href="/atom.xml" title="Atom">
      <link rel="alternate" type="application/feed+json" href="feed.json">
      </head><body></body></html>`;
    h.fetcher
      .on(
        "https://blog.example/posts/",
        ok("https://blog.example/posts/", Buffer.from(page), { contentType: "text/html" }),
      )
      .on(
        "https://blog.example/atom.xml",
        ok("https://blog.example/atom.xml", feedBody([item({ id: "a" })])),
      );
    const r = await addFeed(h.ctx, { url: "https://blog.example/posts/" });
    expect(r.feed.url).toBe("https://blog.example/atom.xml");
    expect(r.discoveredFrom).toBe("https://blog.example/posts/");
    expect(r.otherFeeds.map((f) => f.url)).toEqual(["https://blog.example/posts/feed.json"]);
  });

  it("refuses a page without feeds, a non-feed and a non-http URL", async () => {
    h = await harness();
    h.fetcher.on(
      "https://x.example/",
      ok("https://x.example/", Buffer.from("<!doctype html><p>hi"), { contentType: "text/html" }),
    );
    h.fetcher.on(
      "https://x.example/f",
      ok("https://x.example/f", Buffer.from("garbage"), { contentType: "text/plain" }),
    );
    await expect(addFeed(h.ctx, { url: "https://x.example/" })).rejects.toThrow(
      /announces no feed/,
    );
    await expect(addFeed(h.ctx, { url: "https://x.example/f" })).rejects.toThrow(/is not a feed/);
    await expect(addFeed(h.ctx, { url: "file:///etc/passwd" })).rejects.toThrow(TellerrandError);
    await expect(addFeed(h.ctx, { url: "https://x.example/404" })).rejects.toThrow(/404/);
    expect(await h.ctx.feeds.list()).toEqual([]);
  });

  it("stores the permanent URL after a 301", async () => {
    h = await harness();
    h.fetcher.on(
      FEED,
      ok("https://new.example/feed", feedBody([item({ id: "a" })]), {
        permanentUrl: "https://new.example/feed",
      }),
    );
    const r = await addFeed(h.ctx, { url: FEED });
    expect(r.feed.url).toBe("https://new.example/feed");
    expect((await resolveFeed(h.ctx, String(r.feed.id))).id).toBe(r.feed.id);
  });
});

describe("runFetchCycle", () => {
  it("sends validators, treats 304 as timestamps only, and skips feeds not yet due", async () => {
    h = await harness();
    h.fetcher.on(FEED, ok(FEED, feedBody([item({ id: "a" })])), {
      status: "not-modified",
      permanentUrl: null,
    });
    const { feed } = await addFeed(h.ctx, { url: FEED });
    expect((await runFetchCycle(h.ctx, {})).feeds).toBe(0);
    const s = await runFetchCycle(h.ctx, { all: true });
    expect(s).toMatchObject({ feeds: 1, notModified: 1, inserted: 0, errors: 0 });
    expect(h.fetcher.requests[1]).toMatchObject({ url: FEED, etag: '"v1"' });
    const after = await h.ctx.feeds.get(feed.id);
    expect(after?.nextCheckAt).toBe("2026-02-01T13:00:00.000Z");
    h.clock.now = new Date("2026-02-01T13:00:00.000Z");
    expect((await runFetchCycle(h.ctx, {})).feeds).toBe(1);
  });

  it("stores new items and updates an edited one", async () => {
    h = await harness();
    h.fetcher.on(
      FEED,
      ok(FEED, feedBody([item({ id: "a" })])),
      ok(FEED, feedBody([item({ id: "a", contentText: "Edited body" }), item({ id: "b" })])),
    );
    await addFeed(h.ctx, { url: FEED });
    const s = await runFetchCycle(h.ctx, { all: true });
    expect(s).toMatchObject({ updated: 1, inserted: 1 });
    const list = await h.ctx.articles.list({});
    expect(list.map((a) => a.contentText).sort()).toEqual([
      "Body of b with some words",
      "Edited body",
    ]);
    expect(list.map((a) => a.lang)).toEqual(["en", "en"]);
  });

  it("stores each article's language and filters by it", async () => {
    h = await harness();
    h.fetcher.on(
      FEED,
      ok(
        FEED,
        feedBody([
          item({ id: "en1" }),
          item({ id: "de1", contentText: "Die Zahlen und der Plan" }),
        ]),
      ),
    );
    await addFeed(h.ctx, { url: FEED });
    const german = await h.ctx.articles.list({ lang: "de" });
    expect(german.map((a) => a.guid)).toEqual(["de1"]);
  });

  it("counts errors, honours Retry-After, backs off and pauses after N errors", async () => {
    h = await harness({ pauseAfterErrors: 3 });
    h.fetcher.on(FEED, ok(FEED, feedBody([item({ id: "a" })])), {
      status: "error",
      kind: "retry",
      message: "HTTP 500",
      httpStatus: 500,
    });
    const { feed } = await addFeed(h.ctx, { url: FEED });
    await runFetchCycle(h.ctx, { all: true });
    let f = await h.ctx.feeds.get(feed.id);
    expect(f).toMatchObject({ errorCount: 1, lastError: "retry: HTTP 500", paused: false });
    expect(f?.nextCheckAt).toBe("2026-02-01T12:01:00.000Z");
    h.fetcher.on(
      FEED,
      { status: "error", kind: "rate-limited", message: "HTTP 429", retryAfterMs: 7_200_000 },
      { status: "error", kind: "retry", message: "HTTP 503" },
    );
    await runFetchCycle(h.ctx, { all: true });
    f = await h.ctx.feeds.get(feed.id);
    expect(f?.nextCheckAt).toBe("2026-02-01T14:00:00.000Z");
    const s = await runFetchCycle(h.ctx, { all: true });
    expect(s.paused).toBe(1);
    f = await h.ctx.feeds.get(feed.id);
    expect(f).toMatchObject({ paused: true, errorCount: 3 });
    expect(f?.pausedReason).toMatch(/3 consecutive errors; last: retry: HTTP 503/);
    expect((await runFetchCycle(h.ctx, { all: true })).feeds).toBe(0);
    await h.ctx.feeds.setPaused(feed.id, false, null);
    expect(await h.ctx.feeds.get(feed.id)).toMatchObject({ paused: false, errorCount: 0 });
  });

  it("a body that does not parse counts as an error; other feeds go on", async () => {
    h = await harness();
    const other = "https://other.example/feed";
    h.fetcher.on(FEED, ok(FEED, feedBody([item({ id: "a" })])), ok(FEED, Buffer.from("<html>")));
    h.fetcher.on(other, ok(other, feedBody([item({ id: "z" })])));
    await addFeed(h.ctx, { url: FEED });
    await addFeed(h.ctx, { url: other });
    const s = await runFetchCycle(h.ctx, { all: true });
    expect(s).toMatchObject({ feeds: 2, errors: 1, updated: 1 });
    expect(s.results.find((r) => r.url === FEED)?.error).toMatch(/^parse: /);
  });
});

describe("OPML", () => {
  it("round-trips subscriptions with tags, kind and organisation", async () => {
    h = await harness();
    h.fetcher.on(FEED, ok(FEED, feedBody([item({ id: "a" })], "Blog & <Co>")));
    await addFeed(h.ctx, {
      url: FEED,
      kind: "own-employer",
      org: "Nordlicht Consulting GmbH",
      tags: ["work", "eng"],
    });
    const opml = `<?xml version="1.0"?><opml version="1.0"><body>
      <outline text="Media"><outline type="rss" text="News" xmlUrl="https://news.example/rss" htmlUrl="https://news.example/"/></outline>
      <outline type="rss" text="Loose" xmlUrl="https://loose.example/atom"/>
      <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
    </body></opml>`;
    const imported = await importOpml(h.ctx, Buffer.from(opml), "subs.opml");
    expect(imported).toMatchObject({ added: 2, existing: 0 });
    expect(imported.skipped[0]?.reason).toMatch(/not an http/);
    const before = await h.ctx.feeds.list();
    const exported = await exportOpml(h.ctx);

    const h2 = await harness();
    const back = await importOpml(h2.ctx, Buffer.from(exported), "export.opml");
    expect(back.added).toBe(3);
    const pick = (fs: typeof before) =>
      fs.map((f) => ({
        url: f.url,
        title: f.title,
        siteUrl: f.siteUrl,
        tags: f.tags,
        kind: f.kind,
        orgKey: f.orgKey,
      }));
    expect(pick(await h2.ctx.feeds.list()).sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      pick(before).sort((a, b) => a.url.localeCompare(b.url)),
    );
    await h2.app.close();
  });
});

// Reads ../shared/data/feeds/engineering_blogs.opml (a real 400-feed list) when it is present.
const REAL_OPML = new URL("../../../shared/data/feeds/engineering_blogs.opml", import.meta.url)
  .pathname;
describe.skipIf(!existsSync(REAL_OPML))("importing the real engineering_blogs.opml", () => {
  it("subscribes to every distinct feed once, tagged, and a second import adds none", async () => {
    h = await harness();
    const bytes = readFileSync(REAL_OPML);
    const first = await importOpml(h.ctx, bytes, REAL_OPML);
    const feeds = await h.ctx.feeds.list();
    expect(first.added).toBe(feeds.length);
    expect(feeds.length).toBeGreaterThan(390);
    expect(feeds.every((f) => f.tags.includes("Engineering Blogs") && f.title !== null)).toBe(true);
    const second = await importOpml(h.ctx, bytes, REAL_OPML);
    expect(second).toMatchObject({ added: 0, existing: first.added + first.existing });
    expect(h.fetcher.requests).toEqual([]);
  });
});
