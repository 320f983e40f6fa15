import { describe, expect, it } from "vitest";
import { REFERENCE_BAND } from "../../src/domain/horizon/index.js";
import { jensenShannonBits } from "../../src/domain/metrics/diversity.js";
import {
  SOC_TO_FUNCTION,
  US_FUNCTION_REFERENCE,
} from "../../src/domain/reference/function-reference.js";
import { OEWS_2023_MAJOR_GROUPS, OEWS_2023_TOTAL } from "../../src/domain/reference/oews-2023.js";
import { JOB_FUNCTIONS } from "../../src/domain/taxonomy.js";

describe("OEWS May 2023 table", () => {
  it("has the 22 SOC major groups, summing exactly to the published total", () => {
    expect(OEWS_2023_MAJOR_GROUPS).toHaveLength(22);
    const total = OEWS_2023_MAJOR_GROUPS.reduce((s, g) => s + g.employment, 0);
    expect(total).toBe(OEWS_2023_TOTAL);
  });
  it("matches the BLS headline: office and administrative support is 12.2% of jobs", () => {
    const office = OEWS_2023_MAJOR_GROUPS.find((g) => g.code === "43-0000");
    expect((office?.employment ?? 0) / OEWS_2023_TOTAL).toBeCloseTo(0.122, 3);
  });
  it("maps every group, and only to known job functions", () => {
    for (const g of OEWS_2023_MAJOR_GROUPS) {
      expect(Object.hasOwn(SOC_TO_FUNCTION, g.code)).toBe(true);
      const fn = SOC_TO_FUNCTION[g.code];
      if (fn !== null && fn !== undefined) expect(JOB_FUNCTIONS).toContain(fn);
    }
  });
});

describe("US function reference", () => {
  const { shares } = US_FUNCTION_REFERENCE;
  it("is a distribution over all 22 functions", () => {
    expect(Object.keys(shares).sort()).toEqual([...JOB_FUNCTIONS].sort());
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("renormalises over the mapped white-collar groups", () => {
    // Mapped groups 11,13,15,17,19,21,23,25,27,29,31,41,43 sum to 92,461,750
    // → coverage 92,461,750 / 151,853,870 ≈ 0.608886
    expect(US_FUNCTION_REFERENCE.coverage).toBeCloseTo(0.608886, 6);
    // Administrative = 18,533,450 / 92,461,750 ≈ 0.200445
    expect(shares.Administrative).toBeCloseTo(0.200445, 6);
    // Healthcare = (2,418,130 + 9,284,210 + 7,063,530) / 92,461,750 ≈ 0.202958
    expect(shares.Healthcare).toBeCloseTo(0.202958, 6);
    expect(shares.Operations).toBe(0);
    expect(US_FUNCTION_REFERENCE.dropped).toEqual([
      "33-0000",
      "35-0000",
      "37-0000",
      "39-0000",
      "45-0000",
      "47-0000",
      "49-0000",
      "51-0000",
      "53-0000",
    ]);
  });
  it("names its source and year", () => {
    expect(US_FUNCTION_REFERENCE.source).toMatch(/OEWS/);
    expect(US_FUNCTION_REFERENCE.year).toBe(2023);
  });
});

describe("calibration of the reference band (figures quoted in docs/horizon-score.md)", () => {
  const q = JOB_FUNCTIONS.map((f) => US_FUNCTION_REFERENCE.shares[f]);
  const jsd = (mix: Partial<Record<(typeof JOB_FUNCTIONS)[number], number>>) =>
    jensenShannonBits(
      JOB_FUNCTIONS.map((f) => mix[f] ?? 0),
      q,
    );
  it("a one-function network is beyond the band, a typical engineer's network inside it", () => {
    const mono = jsd({ Engineering: 1 });
    const engineer = jsd({
      Engineering: 40,
      "Product Management": 10,
      "Information Technology": 10,
      "Data & Research": 10,
      Design: 5,
      Marketing: 5,
      Sales: 5,
      "General Management": 10,
      "Human Resources": 5,
    });
    expect(mono).toBeCloseTo(0.909, 3);
    expect(engineer).toBeCloseTo(0.634, 3);
    expect(mono).toBeGreaterThan(REFERENCE_BAND.fullUpTo);
    expect(engineer).toBeLessThan(REFERENCE_BAND.fullUpTo);
  });
});
