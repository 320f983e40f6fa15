import { describe, expect, it } from "vitest";
import { CoverageGain } from "../../../src/domain/discovery/coverage.js";
import { RELEVANCE_BUDGET, rankPool } from "../../../src/domain/discovery/rank.js";
import { mulberry32 as prng } from "../../../src/integrations/importers/linkedin/sample/prng.js";

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

describe("coverage gain", () => {
  it("matches the formula, computed by hand", () => {
    // counts {Sales 3, Legal 1}: N = 4, S = 3 ln 3, H = ln 4 − 3 ln 3 / 4 = 0.562335
    const g = new CoverageGain(
      [
        new Map([
          ["Sales", 3],
          ["Legal", 1],
        ]),
      ],
      [1],
    );
    // new category: H' = ln 5 − 3 ln 3 / 5 = 0.950271; g = 5 · 0.387936 / ln 5 = 1.205189
    expect(g.gain(["Finance"])).toBeCloseTo(1.2051890651, 9);
    // Legal 1 → 2: H' = ln 5 − (3 ln 3 + 2 ln 2) / 5 = 0.673012; g = 5 · 0.110677 / ln 5
    expect(g.gain(["Legal"])).toBeCloseTo(0.343835949, 9);
    // Sales 3 → 4: the crowded category narrows the network
    expect(g.gain(["Sales"])).toBeCloseTo(-0.192404816, 9);
    expect(g.gain([null])).toBe(0);
  });

  it("has diminishing returns as picks are counted in, and weighs dimensions", () => {
    const g = new CoverageGain(
      [
        new Map([
          ["Sales", 3],
          ["Legal", 1],
        ]),
        new Map([["J", 4]]),
      ],
      [0.6, 0.4],
    );
    const first = g.gain(["Finance", "K"]);
    // (0.6 · 1.205189 + 0.4 · g_industry(new K against {J 4})) / 1
    const k = new CoverageGain([new Map([["J", 4]])], [1]).gain(["K"]);
    expect(first).toBeCloseTo(0.6 * 1.2051890651 + 0.4 * k, 9);
    g.add(["Finance", "K"]);
    expect(g.gain(["Finance", "K"])).toBeLessThan(first);
    // An unknown industry counts 0, not a bonus.
    expect(g.gain(["Finance", null])).toBeCloseTo(0.6 * g.dimensionGain(0, "Finance"), 12);
  });
});

describe("ranking with coverage and the relevance budget", () => {
  const network = new Map([
    ["A", 10],
    ["B", 1],
  ]);
  const coverageOf = (cats: string[]) => ({
    start: () => new CoverageGain([network], [1]),
    categoriesOf: (i: number) => [cats[i] ?? null],
  });

  it("takes the person from the rare function once the dial rises (hand-computed)", () => {
    // combined at y = 0.5: 0.5 r + 0.1 → 0.50, 0.49, 0.45; gain A −0.0860, B +0.7047, times
    // y · COVERAGE_SCALE = 0.75: values 0.4355, 0.4255, 0.9785 → B first, then the best A.
    const r = [0.8, 0.78, 0.7];
    const cats = ["A", "A", "B"];
    const opts = { limit: 2, minRelevance: 0, coverage: coverageOf(cats) };
    const nov = [0.4, 0.4, 0.4];
    expect(rankPool(r, nov, () => [], { ...opts, explore: 0 }).items.map((e) => e.index)).toEqual([
      0, 1,
    ]);
    const half = rankPool(r, nov, () => [], { ...opts, explore: 0.5 });
    expect(half.listDial).toBe(0.5);
    expect(half.items.map((e) => e.index)).toEqual([0, 2]);
    expect(half.items[1]?.forDiversity).toBe(true);
  });

  it("keeps the budget and the novelty order on 20 skewed pools", () => {
    const grid = Array.from({ length: 11 }, (_, i) => i / 10);
    let widened = 0;
    for (let seed = 300; seed < 320; seed++) {
      const rnd = prng(seed);
      const n = 150 + Math.floor(rnd() * 150);
      const fn = Array.from({ length: n }, () => (rnd() < 0.6 ? "A" : `F${Math.floor(rnd() * 9)}`));
      // Rare functions tend to be less relevant: the budget has something to hold back.
      const rel = fn.map((f) => (f === "A" ? 0.3 + 0.7 * rnd() : 0.7 * rnd()));
      const nov = fn.map((f) => (f === "A" ? 0.3 * rnd() : 0.4 + 0.6 * rnd()));
      const coverage = {
        start: () =>
          new CoverageGain(
            [
              new Map([
                ["A", 50],
                ["F1", 5],
              ]),
            ],
            [1],
          ),
        categoriesOf: (i: number) => [fn[i] ?? null],
      };
      let previous = Number.NEGATIVE_INFINITY;
      let base = 0;
      let rareAtZero = 0;
      for (const explore of grid) {
        const r = rankPool(rel, nov, (i) => [`f:${fn[i]}`], {
          explore,
          limit: 20,
          minRelevance: 0.1,
          coverage,
        });
        const relevance = mean(r.items.map((e) => rel[e.index] as number));
        const novelty = mean(r.items.map((e) => nov[e.index] as number));
        if (explore === 0) base = relevance;
        expect(relevance, `seed ${seed} dial ${explore}`).toBeGreaterThanOrEqual(
          (1 - RELEVANCE_BUDGET * explore) * base - 1e-9,
        );
        expect(novelty, `seed ${seed} dial ${explore}`).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = novelty;
        const rare = r.items.filter((e) => fn[e.index] !== "A").length;
        if (explore === 0) rareAtZero = rare;
        if (explore === 0.5 && rare > rareAtZero) widened++;
      }
    }
    // Not vacuous: at the default dial most lists hold more people of the rare functions.
    expect(widened).toBeGreaterThanOrEqual(15);
  });
});
