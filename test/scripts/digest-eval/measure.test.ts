import { describe, expect, it } from "vitest";
import {
  beyondBound,
  type C,
  cappedByRelevance,
  meanRelevance,
} from "../../../scripts/digest-eval/measure.js";

const item = (id: number, sourceId: string, orgKey: string | null): C => ({
  id,
  sourceId,
  orgKey,
  kind: null,
});

describe("evaluation bounds", () => {
  it("the beyond bound takes the best B eligible relevances, then the best of the rest", () => {
    const visible = [0.9, 0.8, 0.7, 0.1];
    // One beyond slot: 0.7 (eligible) + 0.9 + 0.8.
    expect(beyondBound(visible, [0.1, 0.7], 3, 1)).toBeCloseTo((0.7 + 0.9 + 0.8) / 3, 12);
    // Two: both eligible ones (0.7, 0.1) + 0.9.
    expect(beyondBound(visible, [0.1, 0.7], 3, 2)).toBeCloseTo((0.7 + 0.1 + 0.9) / 3, 12);
    // Fewer eligible than slots: the rest fill up, as the digest's empty beyond slots do.
    expect(beyondBound(visible, [], 2, 1)).toBeCloseTo((0.9 + 0.8) / 2, 12);
  });

  it("the caps ceiling skips what a cap forbids and keeps the order by relevance", () => {
    const rel = new Map([
      [1, 0.9],
      [2, 0.8],
      [3, 0.7],
      [4, 0.6],
      [5, 0.5],
    ]);
    const sorted = [
      item(1, "a", "acme"),
      item(2, "a", "acme"),
      item(3, "b", "acme"),
      item(4, "c", "x"),
      item(5, "d", null),
    ];
    // L = 5: per source ⌊0.2·5⌋ = 1, per organisation ⌊0.4·5⌋ = 2, own employer ⌊0.2·5⌋ = 1.
    const caps = { perSourceCap: 0.2, perOrgCap: 0.4, ownEmployerCap: 0.2 };
    const picked = cappedByRelevance(sorted, 5, caps);
    expect(picked.map((c) => c.id)).toEqual([1, 4, 5]);
    expect(meanRelevance(picked, rel)).toBeCloseTo((0.9 + 0.6 + 0.5) / 3, 12);
  });
});
