import { describe, expect, it } from "vitest";
import {
  diversityFigures,
  effectiveNumber,
  giniSimpson,
  giniSimpsonUnbiased,
  hhi,
  inverseSimpson,
  jensenShannonBits,
  shannonEntropy,
  shares,
  topShare,
  totalVariation,
} from "../../src/domain/metrics/diversity.js";

describe("shares", () => {
  it("divides by the total", () => {
    // 2 + 1 + 1 = 4 → 2/4, 1/4, 1/4
    expect(shares([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
  });
  it("gives zeros for empty or all-zero input", () => {
    expect(shares([])).toEqual([]);
    expect(shares([0, 0])).toEqual([0, 0]);
  });
  it("rejects negative and non-finite counts", () => {
    expect(() => shares([1, -1])).toThrow(RangeError);
    expect(() => shares([Number.NaN])).toThrow(RangeError);
  });
});

describe("indices on the composition 2/1/1 (p = 0.5, 0.25, 0.25)", () => {
  const p = [0.5, 0.25, 0.25];
  it("HHI = 0.25 + 0.0625 + 0.0625 = 0.375", () => {
    expect(hhi(p)).toBeCloseTo(0.375, 12);
  });
  it("H = −(0.5 ln 0.5 + 2 · 0.25 ln 0.25) = 0.5 ln 2 + ln 2 = 1.5 ln 2 ≈ 1.039721", () => {
    expect(shannonEntropy(p)).toBeCloseTo(1.5 * Math.LN2, 12);
    expect(shannonEntropy(p)).toBeCloseTo(1.039721, 6);
  });
  it("N1 = exp(1.5 ln 2) = 2^1.5 ≈ 2.828427", () => {
    expect(effectiveNumber(p)).toBeCloseTo(2.828427, 6);
  });
  it("N2 = 1 / 0.375 = 8/3 ≈ 2.666667", () => {
    expect(inverseSimpson(p)).toBeCloseTo(8 / 3, 12);
  });
  it("Gini–Simpson = 1 − 0.375 = 0.625", () => {
    expect(giniSimpson(p)).toBeCloseTo(0.625, 12);
  });
  it("unbiased Gini–Simpson = 1 − (2·1 + 0 + 0)/(4·3) = 1 − 2/12 = 5/6", () => {
    expect(giniSimpsonUnbiased([2, 1, 1])).toBeCloseTo(5 / 6, 12);
  });
});

describe("top-k share", () => {
  it("sums the k largest: 0.4 + 0.3 + 0.2 = 0.9", () => {
    expect(topShare([0.1, 0.4, 0.2, 0.3])).toBeCloseTo(0.9, 12);
  });
  it("is 1 when there are at most k categories, 0 when empty", () => {
    expect(topShare([0.5, 0.5])).toBe(1);
    expect(topShare([])).toBe(0);
  });
  it("with k = 1 is Berger–Parker dominance", () => {
    expect(topShare([0.1, 0.4, 0.2, 0.3], 1)).toBeCloseTo(0.4, 12);
  });
});

describe("edge cases", () => {
  it("empty input: everything 0", () => {
    expect(diversityFigures([])).toEqual({
      hhi: 0,
      entropy: 0,
      effectiveNumber: 0,
      inverseSimpson: 0,
      giniSimpson: 0,
      giniSimpsonUnbiased: 0,
      top3Share: 0,
      richness: 0,
    });
  });
  it("one category (5 contacts): HHI 1, H 0, N1 = N2 = 1, Blau 0", () => {
    const f = diversityFigures([5]);
    expect(f).toMatchObject({ hhi: 1, entropy: 0, effectiveNumber: 1, inverseSimpson: 1 });
    expect(f.giniSimpson).toBe(0);
    expect(f.giniSimpsonUnbiased).toBe(0); // 1 − 5·4/(5·4)
    expect(f.top3Share).toBe(1);
    expect(f.richness).toBe(1);
  });
  it("zero counts are ignored: [3, 0, 1] behaves like [3, 1]", () => {
    // p = 0.75, 0.25: HHI = 0.5625 + 0.0625 = 0.625
    expect(diversityFigures([3, 0, 1])).toEqual(diversityFigures([3, 1]));
    expect(diversityFigures([3, 0, 1]).hhi).toBeCloseTo(0.625, 12);
    expect(diversityFigures([3, 0, 1]).richness).toBe(2);
  });
  it("unbiased Gini–Simpson needs N ≥ 2: [1] → 0; [1, 1] → 1 − 0/2 = 1", () => {
    expect(giniSimpsonUnbiased([1])).toBe(0);
    expect(giniSimpsonUnbiased([1, 1])).toBe(1);
  });
  it("N equal categories: N1 = N2 = N (four of 0.25)", () => {
    const p = [0.25, 0.25, 0.25, 0.25];
    expect(effectiveNumber(p)).toBeCloseTo(4, 12);
    expect(inverseSimpson(p)).toBeCloseTo(4, 12);
  });
});

describe("Jensen–Shannon divergence (bits)", () => {
  it("is 0 for identical distributions and 1 for disjoint ones", () => {
    expect(jensenShannonBits([0.3, 0.7], [3, 7])).toBeCloseTo(0, 12);
    expect(jensenShannonBits([1, 0], [0, 1])).toBe(1);
  });
  it("p = (1, 0), q = (0.5, 0.5): m = (0.75, 0.25)", () => {
    // ½ KL(p‖m) = ½ · 1 · log2(1/0.75) = ½ · 0.415037 = 0.207519
    // ½ KL(q‖m) = ½ · (0.5 log2(0.5/0.75) + 0.5 log2(0.5/0.25)) = ½ · (−0.292481 + 0.5) = 0.103759
    // JSD = 0.311278
    expect(jensenShannonBits([1, 0], [0.5, 0.5])).toBeCloseTo(0.311278, 6);
  });
  it("is symmetric", () => {
    expect(jensenShannonBits([0.2, 0.8], [0.6, 0.4])).toBeCloseTo(
      jensenShannonBits([0.6, 0.4], [0.2, 0.8]),
      12,
    );
  });
  it("rejects misaligned or empty distributions", () => {
    expect(() => jensenShannonBits([1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => jensenShannonBits([0, 0], [0.5, 0.5])).toThrow(RangeError);
  });
});

describe("total variation", () => {
  it("½ (|0.5 − 1| + |0.5 − 0|) = 0.5", () => {
    expect(totalVariation([0.5, 0.5], [1, 0])).toBeCloseTo(0.5, 12);
  });
  it("½ (|0.6 − 0.2| + |0.3 − 0.3| + |0.1 − 0.5|) = 0.4, counts normalised first", () => {
    expect(totalVariation([6, 3, 1], [0.2, 0.3, 0.5])).toBeCloseTo(0.4, 12);
  });
});
