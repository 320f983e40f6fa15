import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SqlDigestStore } from "../../src/db/digest-store.js";
import { type Db, openDatabase } from "../../src/db/open.js";
import {
  type ArticleAnalyzer,
  buildDigest,
  createArticleAnalyzer,
  type DigestRequest,
  ensureAnalyses,
  rankingContext,
} from "../../src/services/digest.js";
import { seed } from "./digest-fixtures.js";

const NOW = new Date("2026-03-10T12:00:00Z");
const NO_WORDS = { keepWords: [], blockWords: [] };

function request(overrides: Partial<DigestRequest> = {}): DigestRequest {
  return {
    now: NOW,
    since: "2026-03-01T00:00:00Z",
    limit: 5,
    showHidden: 10,
    settings: {
      ownEmployerCap: 0.2,
      beyondShare: 0.2,
      perSourceCap: 0.4,
      perOrgCap: 0.4,
      freshnessHalfLifeHours: 36,
    },
    strictness: "partisan",
    interests: "machine learning, Kubernetes and data engineering",
    ownEmployerKeys: ["acme"],
    ...overrides,
  };
}

let analyzer: ArticleAnalyzer;
let db: Db;
let store: SqlDigestStore;
let ids: number[];

beforeAll(async () => {
  analyzer = await createArticleAnalyzer();
});

beforeEach(async () => {
  db = await openDatabase(":memory:");
  store = new SqlDigestStore(db);
  ids = await seed(
    db,
    NOW,
    [
      { title: "Acme Engineering", kind: "own-employer", org: "acme" },
      { title: "Other Co Blog", kind: "other-company", org: "otherco" },
      { title: "News", kind: "media", org: "news" },
    ],
    [
      { feed: 1, title: "Acme: machine learning on Kubernetes at scale" },
      { feed: 1, title: "Acme: our data engineering platform with Kubernetes" },
      { feed: 1, title: "Acme: training machine learning models faster" },
      { feed: 2, title: "Feature stores for machine learning teams" },
      { feed: 2, title: "Data engineering pipelines with Apache Spark" },
      { feed: 3, title: "Die SPD und die CDU streiten im Bundestag über die Koalition" },
      { feed: 3, title: "Endlich Urlaub mit der Familie am Strand, die Kinder lieben es" },
      { feed: 2, title: "Databases and data warehouses: a practical comparison" },
    ],
  );
  await ensureAnalyses(store, analyzer, "2026-03-01T00:00:00Z", NO_WORDS);
});

afterEach(async () => {
  await db.destroy();
});

describe("digest service over SQLite", () => {
  it("analyses each article once per model version", async () => {
    const again = await ensureAnalyses(store, analyzer, "2026-03-01T00:00:00Z", NO_WORDS);
    expect(again).toEqual({ analysed: 0, rematched: 0 });
    const rows = await db.selectFrom("article_analysis").select("model_version").execute();
    expect(rows).toHaveLength(ids.length);
    expect(new Set(rows.map((r) => r.model_version))).toEqual(new Set([analyzer.version]));
  });

  it("filters politics and private content and explains why", async () => {
    const { plan, view } = await buildDigest(store, analyzer, request());
    const shown = plan.items.map((i) => i.candidate.id);
    expect(shown).not.toContain(ids[5]);
    expect(shown).not.toContain(ids[6]);
    const political = view.hidden.find((h) => h.id === ids[5]);
    expect(political?.reason).toMatch(/^hidden: political, [01]\.\d\d — words: /);
    expect(view.hidden.find((h) => h.id === ids[6])?.reason).toMatch(/^hidden: private/);
  });

  it("caps the own employer at its share", async () => {
    const { plan } = await buildDigest(store, analyzer, request());
    const own = plan.items.filter((i) => i.candidate.orgKey === "acme");
    expect(plan.items.length).toBeGreaterThan(1);
    expect(own.length).toBeLessThanOrEqual(Math.floor(0.2 * 5));
  });

  it("keep words unhide political items, block words hide anything", async () => {
    const words = { keepWords: ["Koalition"], blockWords: ["Spark"] };
    const r = await ensureAnalyses(store, analyzer, "2026-03-01T00:00:00Z", words);
    expect(r.rematched).toBe(ids.length);
    const { plan, view } = await buildDigest(store, analyzer, request({ limit: 8 }));
    const shown = plan.items.map((i) => i.candidate.id);
    expect(shown).toContain(ids[5]);
    expect(view.hidden.find((h) => h.id === ids[4])?.reason).toBe("hidden: block word Spark");
  });

  it("feedback sets flags and moves the ranking, never the politics filter", async () => {
    const id = ids[3] as number;
    expect(await store.addFeedback(id, "star", NOW.toISOString())).toBe(true);
    expect(await store.addFeedback(ids[5] as number, "more", NOW.toISOString())).toBe(true);
    expect(await store.addFeedback(999_999, "read", NOW.toISOString())).toBe(false);
    await store.addFeedback(ids[4] as number, "read", NOW.toISOString());
    await store.addFeedback(ids[7] as number, "hide", NOW.toISOString());
    const flags = await db
      .selectFrom("articles")
      .select(["id", "read", "starred", "hidden"])
      .where("id", "in", [id, ids[4] as number, ids[7] as number])
      .orderBy("id")
      .execute();
    expect(flags.map((f) => [f.starred, f.read, f.hidden])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    const { plan, view } = await buildDigest(store, analyzer, request({ limit: 8 }));
    const shown = plan.items.map((i) => i.candidate.id);
    expect(shown).not.toContain(ids[4]); // read
    expect(shown).not.toContain(ids[5]); // political, even after "more like this"
    expect(view.hidden.find((h) => h.id === ids[7])?.reason).toBe("hidden: by you");
    const starredSource = plan.items.find((i) => i.candidate.sourceId === "2");
    expect(starredSource?.parts.quality ?? 0).toBeGreaterThan(1);
  });
});

describe("beyond your work with a current position", () => {
  it("reads the work's concepts and fills the beyond slot with an interest that is not the work", async () => {
    await db
      .insertInto("own_positions")
      .values({
        company_name: "Acme",
        org_key: "acme",
        title: "Machine learning engineer",
        description: null,
        location: null,
        started_on: "2024-01",
        finished_on: null,
      })
      .execute();
    const ctx = await rankingContext(store, request());
    expect(ctx.workConcepts).toContain("machine-learning");
    // No caps in the way: 3 core slots, 1 beyond slot.
    const caps = { ownEmployerCap: 1, perSourceCap: 1, perOrgCap: 1, beyondShare: 0.25 };
    const req = request({ limit: 4, settings: { ...request().settings, ...caps } });
    const { plan } = await buildDigest(store, analyzer, req);
    const beyond = plan.items.filter((i) => i.section === "beyond");
    expect(beyond).toHaveLength(1);
    for (const b of beyond) {
      expect(b.parts.workShare).toBeLessThan(0.34);
      expect(b.parts.relevance).toBeGreaterThan(0);
      expect(b.candidate.title.toLowerCase()).not.toContain("machine learning");
    }
  });
});

describe("interests when none are configured", () => {
  it("reads the export's headline and skills, so articles are not all equally relevant", async () => {
    await db
      .insertInto("profile")
      .values({
        id: 1,
        first_name: "Ada",
        last_name: "Example",
        headline: "Data engineer",
        summary: null,
        industry: null,
        geo_location: null,
      })
      .execute();
    await db
      .insertInto("skills")
      .values([{ name: "Kubernetes" }, { name: "Apache Spark" }])
      .execute();
    expect(await store.profileText()).toBe("Data engineer\nKubernetes\nApache Spark");
    const ctx = await rankingContext(store, request({ interests: "  " }));
    expect(ctx.interestConcepts.length).toBeGreaterThan(0);
    const { plan } = await buildDigest(store, analyzer, request({ interests: "", limit: 8 }));
    const relevance = plan.items.map((i) => i.parts.relevance);
    // Not the "every article is relevant" fallback of an empty profile.
    expect(Math.min(...relevance)).toBeLessThan(1);
    expect(Math.max(...relevance)).toBeGreaterThan(0);
  });

  it("without interests and without a profile every article counts as relevant", async () => {
    const ctx = await rankingContext(store, request({ interests: "" }));
    expect(ctx.interestConcepts).toEqual([]);
    const { plan } = await buildDigest(store, analyzer, request({ interests: "", limit: 8 }));
    expect(plan.items.every((i) => i.parts.relevance === 1)).toBe(true);
  });
});
