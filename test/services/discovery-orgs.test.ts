import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlArticleStore } from "../../src/db/article-store.js";
import { SqlCandidateStore } from "../../src/db/candidate-store.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
import { SqlOrgStore } from "../../src/db/org-store.js";
import { discoverOrgs } from "../../src/domain/discovery/index.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  EMPTY_PROFILE_SOURCES,
} from "../../src/domain/people/index.js";
import { orgCandidates } from "../../src/services/candidates.js";
import type { ArticleInput, FeedKind } from "../../src/services/feeds/ports.js";

const NOW = "2026-11-20T12:00:00.000Z";
let app: App;
afterEach(async () => app?.close());

let n = 0;
function article(title: string, authors: string[] = []): ArticleInput {
  n++;
  return {
    guid: `g${n}`,
    url: `https://x.example/${n}`,
    canonicalUrl: `https://x.example/${n}`,
    contentHash: `h${n}`,
    title,
    authors,
    categories: [],
    enclosures: [],
    publishedAt: `2026-11-${String((n % 28) + 1).padStart(2, "0")}T00:00:00.000Z`,
    updatedAt: null,
    summaryText: null,
    contentText: null,
    contentHtml: null,
    wordCount: 3,
    lang: "en",
  };
}

async function store() {
  app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
  const feeds = new SqlFeedStore(app.db);
  const articles = new SqlArticleStore(app.db);
  const add = async (title: string, kind: FeedKind, org: string | null, items: ArticleInput[]) => {
    const { feed } = await feeds.add(
      {
        url: `https://${title.replace(/\W/g, "")}.example/feed`,
        title,
        kind,
        org: org === null ? null : { key: org.toLowerCase(), name: org },
      },
      NOW,
    );
    await articles.store(feed.id, items, NOW, 100);
  };
  await add("ODI Blog", "other-company", "ODI", [
    article("Open Data portals for cities"),
    article("Open Data and smart city platforms"),
    article("Our annual report"),
  ]);
  await add("Stadtblatt", "media", "Stadtblatt", [
    article("Offene Daten in der Stadtentwicklung", ["Bertelsmann Stiftung", "Jana Beispiel"]),
    article("Wahlen im Herbst", ["Redaktion"]),
  ]);
  await add("Acme Engineering", "own-employer", "Acme", [article("Kafka at Acme")]);
  await add("Tech Weekly", "media", "Acme", [article("Acme opens a data lab")]);
  await new SqlOrgStore(app.db).setIndustry("odi", "ODI", "M");
  return new SqlCandidateStore(app.db);
}

const profiles = buildPersonProfiles({
  ...EMPTY_PROFILE_SOURCES,
  interests: "Open Data, Stadtentwicklung, Smart City",
  positions: [{ title: "Kafka Engineer", description: null, companyName: "Acme", current: true }],
});

describe("organisations behind stored articles", () => {
  it("collects feed organisations and author organisations, leaving out the person's own", async () => {
    const reader = await store();
    const origins = await reader.articleOrigins();
    expect(origins).toHaveLength(7);
    expect(origins.find((o) => o.text === "Open Data portals for cities")).toMatchObject({
      feedTitle: "ODI Blog",
      feedKind: "other-company",
      org: { key: "odi", name: "ODI", industry: "M" },
    });
    const { orgs, pool } = await orgCandidates(reader, { ownEmployerKeys: ["acme"] });
    const byKey = new Map(orgs.map((o) => [o.key, o]));
    expect([...byKey.keys()].sort()).toEqual(["bertelsmann stiftung", "odi", "stadtblatt"]);
    expect(byKey.get("odi")).toMatchObject({
      label: "ODI",
      industry: "M",
      via: ["feed"],
      feeds: ["ODI Blog"],
    });
    expect(byKey.get("odi")?.articles).toHaveLength(3);
    expect(byKey.get("bertelsmann stiftung")).toMatchObject({ via: ["author"], feeds: [] });
    expect(byKey.get("stadtblatt")?.articles).toHaveLength(2);
    // 3 ODI + 2 Stadtblatt; Acme's own feed and the Acme-org media feed are left out.
    expect(pool).toEqual({ organisations: 3, articles: 5 });
  });

  it("ranks them with reasons naming the topics and the contacts there", async () => {
    const reader = await store();
    const { orgs } = await orgCandidates(reader, { ownEmployerKeys: ["acme"] });
    const index = buildSegmentIndex([
      { function: "Engineering", industry: "J", employer: "acme" },
      { function: "Engineering", industry: "J", employer: "stadtblatt" },
    ]);
    const out = discoverOrgs({
      profiles,
      index,
      candidates: orgs,
      explore: 0,
      limit: 10,
      minRelevance: 0,
    });
    const odi = out.find((o) => o.key === "odi");
    expect(odi?.topics[0]).toEqual({ id: "open-data", label: "Open data", articles: 2 });
    expect(odi?.reason).toMatch(
      /^Publishes on Open data \(2 of 3 articles in your feeds\).*; nobody in your network works there; .*Via feed "ODI Blog"\.$/,
    );
    expect(out.find((o) => o.key === "stadtblatt")?.reason).toMatch(/; 1 contact works there; /);
    // Dial 0: relevance order.
    for (let i = 1; i < out.length; i++)
      expect(out[i - 1]?.relevance).toBeGreaterThanOrEqual(out[i]?.relevance ?? 0);
  });
});
