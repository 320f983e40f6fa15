import { afterEach, describe, expect, it } from "vitest";
import { SqlFeedStore } from "../../../src/db/feed-store.js";
import { articleSource } from "../../../src/db/outbox-store.js";
import { linkedInPublisher } from "../../../src/integrations/publishers/linkedin/index.js";
import { runFetchCycle } from "../../../src/services/feeds/refresh.js";
import { feedContext } from "../../../src/services/feeds/wiring.js";
import { onOwnBlogArticles } from "../../../src/services/publishing/own-blog.js";
import { runOutbox } from "../../../src/services/publishing/run.js";
import { type FakeLinkedIn, startFakeLinkedIn } from "../../fakes/publishers/linkedin.js";
import { type LoopbackServer, startLoopback } from "../../fakes/publishers/server.js";
import { connect, type TestPublishing, testContext } from "./helpers.js";

/** A fetch cycle over a loopback own-blog feed drafts, schedules and posts its new articles. */
const closers: Array<() => Promise<void>> = [];
let t: TestPublishing;
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
  await t.app.close();
});

function rss(items: Array<{ slug: string; title: string }>): string {
  const body = items
    .map(
      (i) => `<item><title>${i.title}</title><link>https://me.example.com/blog/${i.slug}</link>
      <guid>${i.slug}</guid><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate>
      <description>Notes from running platform teams.</description></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>My blog</title>
    <link>https://me.example.com/</link>${body}</channel></rss>`;
}

describe("own-blog automation after a fetch cycle", () => {
  it("drafts each new own-blog article once, auto-approves it into a slot, publishes it", async () => {
    const items = [{ slug: "sre", title: "What SRE taught me about teams" }];
    const blog: LoopbackServer = await startLoopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(rss(items));
    });
    const linkedin: FakeLinkedIn = await startFakeLinkedIn({ token: "li" });
    closers.push(
      () => blog.close(),
      () => linkedin.close(),
    );
    t = await testContext({ linkedin: linkedInPublisher() });
    t.ctx.articles = { get: (id) => articleSource(t.app.db, id) };
    t.ctx.policy.autoApprove = true;
    t.ctx.policy.networks = ["linkedin"];
    await connect(t, "linkedin", linkedin.url, { token: "li" }, "urn:li:person:1");
    t.app.config.feeds.allowPrivateNetworks = true; // the blog is a loopback server
    const feeds = feedContext(t.app, "test", { now: () => t.clock.now });
    await new SqlFeedStore(t.app.db).add(
      { url: `${blog.url}/feed.xml`, kind: "own-blog" },
      t.clock.now.toISOString(),
    );
    const hook = (a: Array<{ id: number; kind: string | null }>) => onOwnBlogArticles(t.ctx, a);

    const first = await runFetchCycle(feeds, { all: true, onNewArticles: hook });
    expect(first.inserted).toBe(1);
    const entries = await t.ctx.outbox.listEntries({ network: "linkedin" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      state: "scheduled",
      scheduledAt: "2026-03-02T09:00:00.000Z",
    });

    items.push({ slug: "oncall", title: "Fair on-call rotations" });
    t.clock.now = new Date("2026-03-02T08:10:00.000Z");
    await runFetchCycle(feeds, { all: true, onNewArticles: hook });
    const after = await t.ctx.outbox.listEntries({ network: "linkedin" });
    expect(after).toHaveLength(2); // only the new article got a draft
    const drafts = await Promise.all(after.map((e) => t.ctx.outbox.getDraft(e.draftId)));
    expect(drafts.map((d) => d?.title)).toEqual([
      "What SRE taught me about teams",
      "Fair on-call rotations",
    ]);

    t.clock.now = new Date("2026-03-02T09:01:00.000Z");
    expect((await runOutbox(t.ctx)).published).toEqual([after[0]?.id]);
    expect(linkedin.posts).toHaveLength(1);
    expect(linkedin.posts[0]?.content).toMatchObject({
      article: { source: "https://me.example.com/blog/sre" },
    });
  });
});
