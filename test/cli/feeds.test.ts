import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../integrations/feeds/server.js";
import { runCli } from "./run.js";

/** End to end through the CLI, the real fetcher and parser, against a loopback server. */
const ENV = {
  TELLERRAND_FEEDS_ALLOW_PRIVATE_NETWORKS: "true",
  TELLERRAND_FEEDS_PER_HOST_DELAY_MS: "0",
  TELLERRAND_FEEDS_KEEP_PER_FEED: "4",
  TELLERRAND_FEEDS_PAUSE_AFTER_ERRORS: "2",
};

function rss(items: Array<{ id: string; link: string; title: string; day: number }>): string {
  const entries = items
    .map(
      (i) => `<item><guid>${i.id}</guid><title>${i.title}</title><link>${i.link}</link>
      <pubDate>${new Date(Date.UTC(2026, 0, i.day)).toUTCString()}</pubDate>
      <description>&lt;p onclick="x()"&gt;Text of ${i.title}&lt;script&gt;evil()&lt;/script&gt;&lt;/p&gt;</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog A</title><link>https://a.example/</link>${entries}</channel></rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog B</title>
  <link href="${base}/"/><id>urn:b</id><updated>2026-01-05T00:00:00Z</updated>
  <entry><id>urn:b:1</id><title>Shared story</title><link href="https://a.example/post/1?utm_source=b"/>
    <updated>2026-01-05T00:00:00Z</updated><summary>Copied from A</summary></entry>
  <entry><id>urn:b:2</id><title>Only in B</title><link href="${base}/b/2"/>
    <updated>2026-01-06T00:00:00Z</updated><content type="html">&lt;a href="javascript:alert(1)"&gt;B two&lt;/a&gt;</content></entry>
</feed>`;
}

let server: TestServer;
let dir: string;
let flakyHits = 0;
const many = Array.from({ length: 8 }, (_, n) => ({
  id: `m${n}`,
  link: `https://m.example/${n}`,
  title: `Many ${n}`,
  day: n + 1,
}));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tellerrand-feeds-"));
  server = await startTestServer({
    "/a.xml": {
      etag: '"a1"',
      headers: { "content-type": "application/rss+xml" },
      body: rss([
        { id: "a1", link: "https://a.example/post/1", title: "First", day: 1 },
        { id: "a2", link: "https://a.example/post/2", title: "Second", day: 2 },
      ]),
    },
    "/page.html": () => ({
      headers: { "content-type": "text/html; charset=utf-8" },
      body: `<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="/b.xml">
        <link rel="alternate" type="application/rss+xml" href="/a.xml"></head><body>hi</body></html>`,
    }),
    "/b.xml": () => ({
      lastModified: "Tue, 06 Jan 2026 00:00:00 GMT",
      headers: { "content-type": "application/atom+xml" },
      body: atom(server.url),
    }),
    "/many.xml": { headers: { "content-type": "application/rss+xml" }, body: rss(many) },
    "/flaky.xml": () =>
      ++flakyHits === 1
        ? {
            headers: { "content-type": "application/rss+xml" },
            body: rss([{ id: "f", link: "https://f.example/1", title: "F", day: 3 }]),
          }
        : { status: 500, body: "boom" },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], data = dir) => runCli(["--data-dir", data, ...args], ENV);
const json = <T>(s: string) => JSON.parse(s) as T;

describe("tellerrand feeds (loopback)", () => {
  it("adds by feed URL and by page URL (autodiscovery), deduplicating across feeds", async () => {
    const a = await cli([
      "feeds",
      "add",
      `${server.url}/a.xml`,
      "--kind",
      "own-blog",
      "--org",
      "Acme GmbH",
      "--tag",
      "eng",
      "--tag",
      "mine",
    ]);
    expect(a.stderr).toBe("");
    expect(a.stdout).toMatch(/subscribed: #1 Blog A/);
    expect(a.stdout).toMatch(/2 articles stored/);
    const b = await cli(["feeds", "add", `${server.url}/page.html`, "--json"]);
    const added = json<{
      feed: { url: string };
      inserted: number;
      otherFeeds: Array<{ url: string }>;
    }>(b.stdout);
    expect(added.feed.url).toBe(`${server.url}/b.xml`);
    expect(added.otherFeeds.map((f) => f.url)).toEqual([`${server.url}/a.xml`]);
    expect(added.inserted).toBe(1); // the shared story is A's (same canonical URL)
  });

  it("answers 304s on the next fetch and lists stored, sanitised articles", async () => {
    const f = await cli(["feeds", "fetch", "--all"]);
    const summary = json<{ feeds: number; notModified: number; inserted: number }>(f.stdout);
    expect(summary).toMatchObject({ feeds: 2, notModified: 2, inserted: 0 });
    expect(server.hitsFor("/a.xml")[1]?.headers["if-none-match"]).toBe('"a1"');
    const list = await cli(["articles", "list", "--json"]);
    const rows = json<
      Array<{ title: string; contentHtml: string | null; kind: string; orgKey: string }>
    >(list.stdout);
    expect(rows.map((r) => r.title).sort()).toEqual(["First", "Only in B", "Second"]);
    for (const r of rows) expect(r.contentHtml ?? "").not.toMatch(/script|onclick|javascript:/i);
    expect(rows.find((r) => r.title === "First")).toMatchObject({
      kind: "own-blog",
      orgKey: "acme",
    });
    const own = await cli([
      "articles",
      "list",
      "--kind",
      "own-blog",
      "--since",
      "2026-01-02",
      "--json",
    ]);
    expect(json<Array<{ title: string }>>(own.stdout).map((r) => r.title)).toEqual(["Second"]);
    expect((await cli(["articles", "list", "--since", "yesterday"])).code).toBe(64);
  });

  it("keeps only the newest N articles of a feed", async () => {
    await cli(["feeds", "add", `${server.url}/many.xml`]);
    const rows = json<Array<{ title: string }>>(
      (await cli(["articles", "list", "--feed", "3", "--json"])).stdout,
    );
    expect(rows.map((r) => r.title)).toEqual(["Many 7", "Many 6", "Many 5", "Many 4"]);
  });

  it("stars, unstars, reads and unreads an article by id", async () => {
    type Row = { id: number; title: string; starred: boolean; read: boolean };
    const rows = () =>
      cli(["articles", "list", "--feed", "3", "--json"]).then((r) => json<Row[]>(r.stdout));
    const target = (await rows()).find((r) => r.title === "Many 4") as Row;
    expect(target).toMatchObject({ starred: false, read: false });
    const star = await cli(["articles", "star", String(target.id), "--json"]);
    expect(json(star.stdout)).toEqual({ id: target.id, starred: true });
    expect((await cli(["articles", "read", String(target.id)])).stdout).toBe(
      `article #${target.id} read\n`,
    );
    expect((await rows()).find((r) => r.id === target.id)).toMatchObject({
      starred: true,
      read: true,
    });
    // Starring and reading are feedback the digest learns from, as with `digest feedback`.
    type Export = { tables: { article_feedback: Array<{ article_id: number; action: string }> } };
    const exported = json<Export>((await cli(["export"])).stdout).tables.article_feedback;
    expect(exported.filter((f) => f.article_id === target.id).map((f) => f.action)).toEqual([
      "star",
      "read",
    ]);
    const text = await cli(["articles", "list", "--feed", "3"]);
    expect(text.stdout).toMatch(new RegExp(`#${target.id}\\s+.*Many 4 ★\\n`));
    await cli(["articles", "unstar", String(target.id)]);
    await cli(["articles", "unread", String(target.id)]);
    expect((await rows()).find((r) => r.id === target.id)).toMatchObject({
      starred: false,
      read: false,
    });
    const missing = await cli(["articles", "star", "99999"]);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toMatch(/no article #99999/);
    expect((await cli(["articles", "read", "abc"])).code).toBe(64);
  });

  it("pauses a feed after repeated 500s and shows the last error", async () => {
    await cli(["feeds", "add", `${server.url}/flaky.xml`]);
    await cli(["feeds", "fetch", "--all"]);
    const second = json<{ paused: number }>(
      (await cli(["feeds", "fetch", "--all", "--json"])).stdout,
    );
    expect(second.paused).toBe(1);
    const text = await cli(["feeds", "list"]);
    expect(text.stdout).toMatch(/paused after 2 consecutive errors; last: retry: .*500/);
    const listed = json<Array<{ url: string; paused: boolean }>>(
      (await cli(["feeds", "list", "--json"])).stdout,
    );
    expect(listed.find((f) => f.url.endsWith("/flaky.xml"))?.paused).toBe(true);
    expect((await cli(["feeds", "resume", `${server.url}/flaky.xml`])).stdout).toMatch(
      /resumed #4/,
    );
  });

  it("exports OPML that imports back to the same subscriptions; pause and remove work", async () => {
    const file = join(dir, "subs.opml");
    expect((await cli(["feeds", "export-opml", "-o", file])).code).toBe(0);
    const other = join(dir, "other");
    const imp = await cli(["feeds", "import-opml", file], other);
    expect(imp.stdout).toMatch(/4 feeds added, 0 already subscribed, 0 skipped/);
    type Row = { url: string; kind: string; orgKey: string | null; tags: string[]; title: string };
    const pick = (rows: Row[]) =>
      rows.map(({ url, kind, orgKey, tags, title }) => ({ url, kind, orgKey, tags, title }));
    const mine = json<Row[]>((await cli(["feeds", "list", "--json"])).stdout);
    const theirs = json<Row[]>((await cli(["feeds", "list", "--json"], other)).stdout);
    expect(pick(theirs).sort((x, y) => x.url.localeCompare(y.url))).toEqual(
      pick(mine).sort((x, y) => x.url.localeCompare(y.url)),
    );
    expect((await cli(["feeds", "pause", "1"])).stdout).toMatch(/paused #1/);
    expect((await cli(["feeds", "remove", "2"])).stdout).toMatch(
      /removed #2 Blog B: 1 articles deleted, 0 starred kept/,
    );
    expect((await cli(["feeds", "remove", "99"])).code).toBe(66);
  });

  it("feeds parse prints the normalised feed without storing", async () => {
    const file = join(dir, "feed.xml");
    writeFileSync(file, atom("https://b.example"));
    const out = await cli(["feeds", "parse", file, "--url", "https://b.example/feed", "--json"]);
    const feed = json<{ format: string; items: Array<{ link: string }> }>(out.stdout);
    expect(feed.format).toBe("atom1.0");
    expect(feed.items[1]?.link).toBe("https://b.example/b/2");
  });

  it("refuses the loopback server unless private networks are allowed", async () => {
    const other = join(dir, "strict");
    const r = await runCli(["--data-dir", other, "feeds", "add", `${server.url}/a.xml`], {});
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/blocked/);
  });

  it("refuses a bad kind and an unknown URL scheme with usage errors", async () => {
    expect((await cli(["feeds", "add", "https://x.example/", "--kind", "blog"])).code).toBe(64);
    expect((await cli(["feeds", "add", "ftp://x.example/feed"])).code).toBe(64);
  });
});
