import { describe, expect, it } from "vitest";
import {
  candidateAt,
  describeHidden,
  type FilterOptions,
  hiddenReason,
  planDigest,
  planTable,
  renderDigest,
  scoreCandidates,
  selectDigest,
  tableOf,
} from "../../../src/domain/digest/index.js";
import { analysis, candidate, context } from "./helpers.js";

const FILTER: FilterOptions = {
  strictness: "partisan",
  politicalThreshold: 0.5,
  privateThreshold: 0.5,
};
const SELECT = {
  limit: 10,
  perSourceCap: 0.2,
  perOrgCap: 0.3,
  ownEmployerCap: 0.2,
  beyondShare: 0.2,
  ownEmployerKeys: new Set(["acme"]),
};

describe("filters", () => {
  it("hides political items at the person's strictness and names the words", () => {
    const c = candidate({
      analysis: analysis({ ml: 1 }, { political: { partisan: 0.3, strict: 0.93 } }),
    });
    expect(hiddenReason(c, FILTER)).toBeNull();
    const strict = hiddenReason(c, { ...FILTER, strictness: "strict" });
    expect(strict && describeHidden(strict)).toBe(
      "hidden: political, 0.93 — words: Bundestag, Koalition",
    );
  });

  it("keep words win over the model, block words over everything", () => {
    const political = { partisan: 0.9, strict: 0.95 };
    const kept = candidate({
      analysis: analysis({ ml: 1 }, { political, wordOverride: { kind: "keep", word: "wahl*" } }),
    });
    expect(hiddenReason(kept, FILTER)).toBeNull();
    const blocked = candidate({
      analysis: analysis({ ml: 1 }, { wordOverride: { kind: "block", word: "crypto" } }),
    });
    expect(describeHidden(hiddenReason(blocked, FILTER) ?? { kind: "read" })).toBe(
      "hidden: block word crypto",
    );
  });

  it("hides private, read and hidden-by-you items, in that precedence", () => {
    const priv = candidate({ analysis: analysis({ ml: 1 }, { private: 0.81 }) });
    expect(describeHidden(hiddenReason(priv, FILTER) ?? { kind: "read" })).toBe(
      "hidden: private, 0.81 — words: Urlaub",
    );
    expect(hiddenReason(candidate({ read: true }), FILTER)?.kind).toBe("read");
    expect(hiddenReason(candidate({ read: true, hidden: true }), FILTER)?.kind).toBe(
      "hidden-by-you",
    );
  });
});

function pool() {
  const items = [];
  // One prolific, highly relevant own-employer source and many smaller ones.
  for (let i = 0; i < 30; i++)
    items.push(
      candidate({
        sourceId: "own",
        kind: "own-employer",
        orgKey: "acme",
        topics: { ml: 1, data: 0.5 },
      }),
    );
  for (let s = 0; s < 8; s++)
    for (let i = 0; i < 4; i++)
      items.push(
        candidate({
          sourceId: `s${s}`,
          orgKey: `org${s % 4}`,
          topics: { ml: 1, data: 0.5, [i % 2 ? "k8s" : "cloud"]: 0.4 },
        }),
      );
  for (let i = 0; i < 6; i++)
    items.push(
      candidate({ sourceId: `b${i % 3}`, orgKey: `borg${i}`, topics: { dbs: 1, data: 0.5 } }),
    );
  return items;
}

describe("selection", () => {
  it("respects per-source, per-organisation and own-employer caps", () => {
    const items = selectDigest(scoreCandidates(pool(), context()), SELECT);
    expect(items).toHaveLength(10);
    const count = (key: (i: (typeof items)[number]) => string | null) => {
      const m = new Map<string | null, number>();
      for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
      return Math.max(...[...m].filter(([k]) => k !== null).map(([, n]) => n));
    };
    expect(count((i) => i.candidate.sourceId)).toBeLessThanOrEqual(2);
    expect(count((i) => i.candidate.orgKey)).toBeLessThanOrEqual(3);
    expect(items.filter((i) => i.candidate.orgKey === "acme").length).toBeLessThanOrEqual(2);
  });

  it("fills the beyond share from adjacent topics", () => {
    const items = selectDigest(scoreCandidates(pool(), context()), SELECT);
    const beyond = items.filter((i) => i.section === "beyond");
    expect(beyond).toHaveLength(2);
    for (const b of beyond) expect(b.candidate.analysis.topics.has("dbs")).toBe(true);
  });

  it("gives empty beyond slots to core items and stops when the pool is exhausted", () => {
    const items = selectDigest(scoreCandidates(pool().slice(0, 62), context()), SELECT);
    expect(items).toHaveLength(10);
    expect(items.every((i) => i.section === "core")).toBe(true);
    // Three items of one own-employer source: the source cap (2 of 10) stops the digest short.
    expect(selectDigest(scoreCandidates(pool().slice(0, 3), context()), SELECT)).toHaveLength(2);
  });

  it("diversifies topics: MMR prefers a new topic over a near duplicate", () => {
    const same = Array.from({ length: 5 }, (_, i) =>
      candidate({ sourceId: `x${i}`, topics: { ml: 1, dbs: 0.3 } }),
    );
    const other = candidate({ sourceId: "y", topics: { ml: 1, k8s: 0.3 } });
    const items = selectDigest(scoreCandidates([...same, other], context()), {
      ...SELECT,
      limit: 3,
      beyondShare: 0,
      perSourceCap: 1,
      perOrgCap: 1,
    });
    expect(items.map((i) => i.candidate.id)).toContain(other.id);
  });

  it("prefers a new source over a second item of a source already picked", () => {
    // Source "a" has three equally relevant items; "b" one slightly less relevant item.
    const a = Array.from({ length: 3 }, () =>
      candidate({ sourceId: "a", topics: { ml: 1, data: 0.5 } }),
    );
    const b = candidate({ sourceId: "b", topics: { ml: 1, data: 0.45 } });
    const opts = { ...SELECT, limit: 2, beyondShare: 0, perSourceCap: 1, perOrgCap: 1 };
    const picked = selectDigest(scoreCandidates([...a, b], context()), opts);
    expect(picked.map((i) => i.candidate.sourceId)).toEqual(["a", "b"]);
    // Without the source term MMR would take the second "a" item (identical topics aside).
    const without = selectDigest(scoreCandidates([...a, b], context()), {
      ...opts,
      sourceRepeatPenalty: 0,
      lambda: 1,
    });
    expect(without.map((i) => i.candidate.sourceId)).toEqual(["a", "a"]);
  });

  it("plans the same digest from a candidate table as from objects", () => {
    const items = pool();
    const opts = { filter: FILTER, select: SELECT, showHidden: 0 };
    const fromObjects = planDigest(items, context(), opts).items.map((i) => i.candidate.id);
    const t = tableOf(items);
    const fromTable = planTable(t, context(), opts).items.map((i) => i.candidate.id);
    expect(fromTable).toEqual(fromObjects);
    expect(candidateAt(t, 0).analysis.topics).toEqual(items[0]?.analysis.topics);
  });
});

describe("plan and render", () => {
  it("counts hidden items by reason and renders e-mail-safe HTML", () => {
    const evil = candidate({
      title: '<script>alert("x")</script>',
      url: "javascript:alert(1)",
      sourceTitle: "<b>S</b>",
    });
    const political = candidate({
      analysis: analysis({ ml: 1 }, { political: { partisan: 0.9, strict: 0.9 } }),
    });
    const plan = planDigest([evil, political, candidate({ read: true })], context(), {
      filter: FILTER,
      select: SELECT,
      showHidden: 5,
    });
    expect(plan.counts.hidden).toMatchObject({ political: 1, read: 1 });
    expect(plan.hidden.map((h) => h.candidate.id)).toEqual([political.id]);
    const view = {
      generatedAt: "2026-03-10T12:00:00Z",
      since: "2026-03-09T12:00:00Z",
      items: plan.items.map((i) => ({
        id: i.candidate.id,
        title: i.candidate.title,
        url: i.candidate.url,
        source: i.candidate.sourceTitle,
        kind: i.candidate.kind,
        org: null,
        publishedAt: i.candidate.publishedAt,
        section: i.section,
        topics: ["ML"],
        why: { score: 1, relevance: 1, novelty: 1, freshness: 1, quality: 1, taste: 1 },
      })),
      hidden: [
        { id: political.id, title: "P", url: null, source: "S", reason: "hidden: political, 0.90" },
      ],
      counts: plan.counts,
    };
    const html = renderDigest(view, "html");
    expect(html).not.toMatch(/<script|javascript:|<b>/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toMatch(/style="/);
    expect(renderDigest(view, "text")).toContain("hidden: political, 0.90");
    expect(JSON.parse(renderDigest(view, "json")).items).toHaveLength(1);
    expect(renderDigest(view, "md")).toContain("\\<script\\>");
  });
});
