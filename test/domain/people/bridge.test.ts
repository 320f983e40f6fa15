import { describe, expect, it } from "vitest";
import {
  BRIDGE_WEIGHTS,
  bridgeValue,
  buildSegmentIndex,
  rarity,
  type Segments,
} from "../../../src/domain/people/index.js";

const seg = (
  fn: string | null,
  employer: string | null,
  industry: string | null = null,
): Segments => ({
  function: fn,
  industry,
  employer,
});

describe("rarity", () => {
  it("is the normalised surprisal log2((N+1)/(n+1)) / log2(N+1)", () => {
    expect(rarity(0, 99)).toBe(1);
    expect(rarity(9, 99)).toBeCloseTo(0.5, 10);
    expect(rarity(99, 99)).toBe(0);
    expect(rarity(0, 0)).toBe(1);
  });

  it("never rises when more others share the category", () => {
    for (let n = 0; n < 50; n++) expect(rarity(n + 1, 100)).toBeLessThan(rarity(n, 100));
  });
});

describe("bridge value", () => {
  // 10 contacts: 8 engineers at acme, 1 engineer at beta, 1 lawyer at gamma (industry unknown).
  const network = [
    ...Array.from({ length: 8 }, () => seg("Engineering", "acme")),
    seg("Engineering", "beta"),
    seg("Legal", "gamma"),
  ];
  const index = buildSegmentIndex(network);

  it("pins a member's value by hand", () => {
    // The lawyer: 9 others with a known function, none Legal → rarity 1; employer gamma: 1.
    expect(bridgeValue(index, seg("Legal", "gamma"), true).score).toBe(1);
    // An acme engineer: function 8 of 9 others share it → log2(10/9)/log2(10) = 0.045757;
    // employer 7 of 9 → log2(10/8)/log2(10) = 0.096910. Industry unknown → left out.
    // score = (0.45·0.045757 + 0.3·0.096910) / 0.75 = 0.066218
    const v = bridgeValue(index, seg("Engineering", "acme"), true);
    expect(v.parts.map((p) => p.dimension)).toEqual(["function", "employer"]);
    expect(v.parts[0]?.share).toBeCloseTo(8 / 9, 10);
    const expected =
      (BRIDGE_WEIGHTS.function * Math.log2(10 / 9) + BRIDGE_WEIGHTS.employer * Math.log2(10 / 8)) /
      Math.log2(10) /
      (BRIDGE_WEIGHTS.function + BRIDGE_WEIGHTS.employer);
    expect(v.score).toBeCloseTo(expected, 10);
    expect(v.score).toBeCloseTo(0.066218, 5);
  });

  it("counts an outsider against everyone", () => {
    // A designer at delta: 10 others, none share → 1; an engineer at acme: 9 of 10 → log2(11/10)/log2(11).
    expect(bridgeValue(index, seg("Design", "delta"), false).score).toBe(1);
    expect(bridgeValue(index, seg("Engineering", null), false).score).toBeCloseTo(
      Math.log2(11 / 10) / Math.log2(11),
      10,
    );
  });

  it("is 0 with no known segment", () => {
    expect(bridgeValue(index, seg(null, null), false)).toEqual({ score: 0, parts: [] });
  });
});
