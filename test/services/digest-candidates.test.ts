import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeRankData } from "../../src/db/digest-candidates.js";
import { SqlDigestStore } from "../../src/db/digest-store.js";
import { type Db, openDatabase } from "../../src/db/open.js";
import {
  candidateAt,
  FLAG_BLOCK,
  FLAG_HIDDEN,
  FLAG_KEEP,
  FLAG_READ,
  FLAG_STARRED,
} from "../../src/domain/digest/index.js";
import type { AnalysisRow } from "../../src/services/digest.js";
import { seed } from "./digest-fixtures.js";

const NOW = new Date("2026-03-10T12:00:00Z");
let db: Db;
let store: SqlDigestStore;
let ids: number[];

function row(id: number, over: Partial<AnalysisRow> = {}): AnalysisRow {
  return {
    articleId: id,
    modelVersion: "v1",
    lang: "en",
    politicalPartisan: 0.1,
    politicalStrict: 0.2,
    partisanReasons: '[{"term":"Wahl","weight":1.5}]',
    strictReasons: "[]",
    private: 0.05,
    privateReasons: "[]",
    topics: JSON.stringify([
      ["machine-learning", 0.75],
      ["data", 0.25],
    ]),
    wordsKey: "k:|b:",
    wordsMatch: null,
    ...over,
  };
}

beforeEach(async () => {
  db = await openDatabase(":memory:");
  store = new SqlDigestStore(db);
  ids = await seed(
    db,
    NOW,
    [
      { title: "Acme", kind: "own-employer", org: "acme" },
      { title: "News", kind: "media" },
    ],
    [
      { feed: 1, title: "A", hoursAgo: 2 },
      { feed: 2, title: "B", hoursAgo: 30 },
      { feed: 2, title: "C", hoursAgo: 400 },
    ],
  );
  const [a, b, c] = ids as [number, number, number];
  await store.saveAnalyses(
    [
      row(a),
      row(b, {
        politicalPartisan: 0.875,
        topics: JSON.stringify([["kubernetes", 1]]),
        wordsMatch: { kind: "keep", word: "wahl*" },
      }),
      row(c, { wordsMatch: { kind: "block", word: "crypto" } }),
    ],
    NOW.toISOString(),
  );
});

afterEach(async () => {
  await db.destroy();
});

describe("the compact candidate read", () => {
  it("packs probabilities and topics into a fixed 76-byte blob", () => {
    const blob = encodeRankData(
      { partisan: 0.5, strict: 0.25, private: 1, topics: [["x", 2]] },
      () => 7,
    );
    expect(blob.length).toBe(76);
    expect([blob.readFloatLE(0), blob.readFloatLE(4), blob.readFloatLE(8)]).toEqual([0.5, 0.25, 1]);
    expect([blob.readInt32LE(12), blob.readInt32LE(16)]).toEqual([7, -1]);
    expect(blob.readFloatLE(44)).toBe(2);
  });

  it("reads back exactly what was stored, in columns", async () => {
    const t = await store.candidates("2026-01-01T00:00:00Z", "v1");
    expect(t.size).toBe(3);
    const byId = new Map([...t.ids].map((id, i) => [id, i]));
    const a = byId.get(ids[0] as number) as number;
    const b = byId.get(ids[1] as number) as number;
    const c = byId.get(ids[2] as number) as number;
    expect(t.partisan[b]).toBeCloseTo(0.875, 6);
    expect(t.strict[a]).toBeCloseTo(0.2, 6);
    expect(t.publishedMs[a]).toBe(NOW.getTime() - 2 * 3_600_000);
    expect(t.sources[t.source[a] as number]).toMatchObject({ id: "1", kind: "own-employer" });
    expect(t.flags[b]).toBe(FLAG_KEEP);
    expect(t.flags[c]).toBe(FLAG_BLOCK);
    const ca = candidateAt(t, a);
    expect([...ca.analysis.topics]).toEqual([
      ["machine-learning", 0.75],
      ["data", 0.25],
    ]);
    expect(candidateAt(t, b).analysis.wordOverride).toEqual({ kind: "keep", word: "wahl*" });
    expect(candidateAt(t, c).analysis.wordOverride).toEqual({ kind: "block", word: "crypto" });
    // Reasons appear once the shown rows' details are loaded.
    expect(candidateAt(t, b).analysis.politicalReasons("partisan")).toEqual([]);
    const shown = candidateAt(t, b);
    await store.loadDetails([shown]);
    expect(shown.title).toBe("B");
    expect(shown.analysis.politicalReasons("partisan")).toEqual([{ term: "Wahl", weight: 1.5 }]);
  });

  it("reads the same rows through the index (short span) and the scan (long span)", async () => {
    // Five more, older articles, so the last 3 hours hold under a quarter of the store.
    for (let i = 0; i < 5; i++) {
      const at = new Date(NOW.getTime() - (500 + i) * 3_600_000).toISOString();
      await db
        .insertInto("articles")
        .values({
          feed_id: 2,
          guid: `old${i}`,
          url: `https://x.example/old${i}`,
          canonical_url: `https://x.example/old${i}`,
          content_hash: `old${i}`,
          authors: "[]",
          categories: "[]",
          enclosures: "[]",
          word_count: 1,
          sort_at: at,
          published_at: at,
          fetched_at: at,
        })
        .execute();
    }
    const recent = new Date(NOW.getTime() - 3 * 3_600_000).toISOString();
    const narrow = await store.candidates(recent, "v1");
    expect([...narrow.ids]).toEqual([ids[0]]);
    expect([...narrow.topicIds.subarray(0, 8)]).toEqual([
      ...(await store.candidates("2000-01-01T00:00:00Z", "v1")).topicIds.subarray(0, 8),
    ]);
    const wide = await store.candidates("2000-01-01T00:00:00Z", "v1");
    expect([...wide.ids].sort((x, y) => x - y)).toEqual(ids); // unanalysed articles are no candidates
    expect((await store.candidates("2000-01-01T00:00:00Z", "other-version")).size).toBe(0);
  });

  it("carries feedback flags and a removed feed", async () => {
    await store.addFeedback(ids[0] as number, "read", NOW.toISOString());
    await store.addFeedback(ids[0] as number, "star", NOW.toISOString());
    await store.addFeedback(ids[1] as number, "hide", NOW.toISOString());
    await db
      .updateTable("articles")
      .set({ feed_id: null })
      .where("id", "=", ids[2] as number)
      .execute();
    const t = await store.candidates("2000-01-01T00:00:00Z", "v1");
    const at = (id: number) => [...t.ids].indexOf(id);
    expect(t.flags[at(ids[0] as number)]).toBe(FLAG_READ | FLAG_STARRED);
    expect(t.flags[at(ids[1] as number)]).toBe(FLAG_HIDDEN | FLAG_KEEP);
    expect(candidateAt(t, at(ids[2] as number))).toMatchObject({
      sourceId: "none",
      sourceTitle: "(removed feed)",
      kind: null,
    });
  });
});
