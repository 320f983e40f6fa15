import { describe, expect, it } from "vitest";
import {
  BEYOND_MAX_CORE_SHARE,
  BEYOND_MIN_RELATEDNESS,
  hierarchyClassifier,
  scoreCandidates,
  scoreTable,
  selectDigest,
  tableOf,
} from "../../../src/domain/digest/index.js";
import { candidate, context, PATHS } from "./helpers.js";

// Interests: ml and k8s; current work: ml (the person is an ML engineer who also cares for k8s).
const atWork = context({
  interests: new Map([
    ["ml", 1],
    ["k8s", 1],
  ]),
  interestConcepts: ["ml", "k8s"],
  work: new Map([["ml", 1]]),
  workConcepts: ["ml"],
});
const FRESH = 0.8 + 0.4 * 2 ** (-1 / 36); // F of an article published an hour ago
const score = (r: number, novelty: number) => (0.05 + r) * novelty * FRESH;

describe("beyond your work", () => {
  it("classifies against any concept list: the work as well as the interests", () => {
    const byWork = hierarchyClassifier(["ml"], (id) => PATHS[id]);
    expect(byWork("ml")).toEqual({ kind: "core" });
    expect(byWork("k8s")).toEqual({ kind: "other", adjacency: 0.5 });
    expect(BEYOND_MAX_CORE_SHARE).toBe(0.34);
    expect(BEYOND_MIN_RELATEDNESS).toBe(0.3);
  });

  it("takes interests that are not the work, scored ρ · (1 − cos(v_a, v_W)) · score", () => {
    const [k8s, ml, mixed, mostlyK8s, seo, dbs] = scoreCandidates(
      [
        candidate({ topics: { k8s: 1 } }),
        candidate({ topics: { ml: 1 } }),
        candidate({ topics: { k8s: 0.6, ml: 0.4 } }),
        candidate({ topics: { k8s: 0.8, ml: 0.2 } }),
        candidate({ topics: { seo: 1 } }),
        candidate({ topics: { dbs: 1 } }),
      ],
      atWork,
    );
    // k8s: an interest, not the work: workShare 0, ρ = 1, cos to the work 0, r = 1/√2.
    expect(k8s?.parts.workShare).toBe(0);
    expect(k8s?.parts.beyond).toBe(true);
    expect(k8s?.parts.beyondScore).toBeCloseTo(score(Math.SQRT1_2, 1.1), 6);
    // ml is the work itself; 0.4 of the mass on the work is over the 0.34 limit.
    expect(ml?.parts.workShare).toBe(1);
    expect(ml?.parts.beyond).toBe(false);
    expect(mixed?.parts.workShare).toBeCloseTo(0.4, 6);
    expect(mixed?.parts.beyond).toBe(false);
    // 0.2 on the work: cos to the work = 0.2/√0.68, and it counts against the beyond score.
    const sim = 0.2 / Math.sqrt(0.68);
    const r = 1 / Math.sqrt(0.68 * 2);
    expect(mostlyK8s?.parts.beyond).toBe(true);
    expect(mostlyK8s?.parts.beyondScore).toBeCloseTo((1 - sim) * score(r, 1.1 - 0.2 * sim), 6);
    // Unrelated to the interests (ρ = 0): never beyond, however far from the work.
    expect(seo?.parts.beyond).toBe(false);
    // An adjacent topic (a sibling of ml) is still beyond, with r = 0: it ranks below k8s.
    expect(dbs?.parts.beyond).toBe(true);
    expect(dbs?.parts.beyondScore).toBeCloseTo(score(0, 1.1), 6);
  });

  it("without a named work falls back to adjacent topics: interests themselves are core", () => {
    const noWork = { ...atWork, work: new Map(), workConcepts: [] };
    const [k8s, dbs, half, little] = scoreCandidates(
      [
        candidate({ topics: { k8s: 1 } }),
        candidate({ topics: { dbs: 1 } }),
        candidate({ topics: { dbs: 0.5, seo: 0.5 } }),
        candidate({ topics: { dbs: 0.2, seo: 0.8 } }),
      ],
      noWork,
    );
    expect(k8s?.parts.workShare).toBe(1); // the reference is the interests
    expect(k8s?.parts.beyond).toBe(false);
    expect(dbs?.parts.beyond).toBe(true);
    // ρ = coreShare + adjacency = 0 + (0.5·1 + 0.5·0) = 0.5; r = 0, novelty 1.2 − … = 1.1.
    expect(half?.parts.beyond).toBe(true);
    expect(half?.parts.beyondScore).toBeCloseTo(0.5 * score(0, 1.1), 6);
    expect(little?.parts.beyond).toBe(false); // ρ = 0.2 < 0.3
  });

  it("the table path agrees with the objects for the work columns", () => {
    const items = [candidate({ topics: { k8s: 0.8, ml: 0.2 } }), candidate({ topics: { ml: 1 } })];
    const cols = scoreTable(tableOf(items), atWork);
    scoreCandidates(items, atWork).forEach((s, i) => {
      expect(cols.workShare[i]).toBeCloseTo(s.parts.workShare, 12);
      expect(cols.beyondScore[i]).toBeCloseTo(s.parts.beyondScore, 12);
    });
  });

  it("fills the beyond slot with the interest beyond the work before a merely adjacent topic", () => {
    const ctx = {
      ...atWork,
      interests: new Map([
        ["ml", 1],
        ["k8s", 0.5],
      ]),
    };
    const core = [1, 2, 3, 4].map((i) =>
      candidate({ topics: { ml: 1 }, sourceId: `w${i}`, orgKey: `o${i}` }),
    );
    const k8s = candidate({ topics: { k8s: 1 }, sourceId: "k", orgKey: "k" });
    const dbs = candidate({ topics: { dbs: 1 }, sourceId: "d", orgKey: "d" });
    const scored = scoreCandidates([...core, dbs, k8s], ctx);
    const items = selectDigest(scored, {
      limit: 5,
      perSourceCap: 0.2,
      perOrgCap: 0.2,
      ownEmployerCap: 0.2,
      beyondShare: 0.2,
      ownEmployerKeys: new Set(),
    });
    expect(items.filter((i) => i.section === "core").map((i) => i.candidate.id)).toEqual(
      core.map((c) => c.id),
    );
    expect(items.filter((i) => i.section === "beyond").map((i) => i.candidate.id)).toEqual([
      k8s.id,
    ]);
  });
});
