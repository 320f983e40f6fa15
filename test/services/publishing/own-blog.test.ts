import { afterEach, describe, expect, it } from "vitest";
import { SqlArticleStore } from "../../../src/db/article-store.js";
import { SqlFeedStore } from "../../../src/db/feed-store.js";
import { articleSource } from "../../../src/db/outbox-store.js";
import { mastodonPublisher } from "../../../src/integrations/publishers/mastodon/index.js";
import { onOwnBlogArticles } from "../../../src/services/publishing/own-blog.js";
import { runOutbox } from "../../../src/services/publishing/run.js";
import { type FakeMastodon, startFakeMastodon } from "../../fakes/publishers/mastodon.js";
import { connect, type TestPublishing, testContext } from "./helpers.js";

let fake: FakeMastodon;
let t: TestPublishing;
afterEach(async () => {
  await fake.close();
  await t.app.close();
});

async function storeArticle(): Promise<number> {
  const feeds = new SqlFeedStore(t.app.db);
  const { feed } = await feeds.add(
    { url: "https://me.example/feed.xml", kind: "own-blog" },
    t.clock.now.toISOString(),
  );
  await new SqlArticleStore(t.app.db).store(
    feed.id,
    [
      {
        guid: "sre",
        url: "https://me.example/blog/sre",
        canonicalUrl: "https://me.example/blog/sre",
        contentHash: "h",
        title: "What SRE taught me about teams",
        authors: [],
        categories: [],
        enclosures: [{ url: "https://me.example/sre.png", type: "image/png", length: null }],
        publishedAt: "2026-03-01T00:00:00.000Z",
        updatedAt: null,
        summaryText: "Error budgets as a conversation tool.",
        contentText: null,
        contentHtml: null,
        wordCount: 6,
        lang: "en",
      },
    ],
    t.clock.now.toISOString(),
    10,
  );
  const row = await t.app.db.selectFrom("articles").select("id").executeTakeFirstOrThrow();
  return row.id;
}

describe("own-blog automation", () => {
  it("drafts new own-blog articles once, and with autoApprove schedules where an account is connected", async () => {
    fake = await startFakeMastodon({ token: "t" });
    t = await testContext({ mastodon: mastodonPublisher() });
    t.ctx.articles = { get: (id) => articleSource(t.app.db, id) };
    const id = await storeArticle();
    expect((await articleSource(t.app.db, id))?.imageUrl).toBe("https://me.example/sre.png");
    t.ctx.policy.autoApprove = true;
    await connect(t, "mastodon", fake.url, { token: "t" });
    const [r] = await onOwnBlogArticles(t.ctx, [
      { id, kind: "own-blog" },
      { id: id + 1, kind: "other-company" },
    ]);
    const states = Object.fromEntries(
      (await t.ctx.outbox.listEntries()).map((e) => [e.network, e.state]),
    );
    expect(states).toEqual({
      linkedin: "draft",
      x: "draft",
      mastodon: "scheduled",
      bluesky: "draft",
      facebook: "draft",
    });
    expect(r?.entries.find((e) => e.network === "facebook")?.verdict.status).toBe("blocked");
    expect(await onOwnBlogArticles(t.ctx, [{ id, kind: "own-blog" }])).toEqual([]);
    t.clock.now = new Date("2026-03-03T00:00:00Z");
    expect((await runOutbox(t.ctx)).published).toHaveLength(1);
    expect(fake.statuses[0]?.status).toBe(
      "What SRE taught me about teams\n\nhttps://me.example/blog/sre",
    );
  });
});
