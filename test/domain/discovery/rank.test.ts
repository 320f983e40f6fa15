import { describe, expect, it } from "vitest";
import {
  combinedScore,
  quantizeDial,
  rankPool,
  segmentCap,
  topK,
} from "../../../src/domain/discovery/rank.js";
import { mulberry32 as prng } from "../../../src/integrations/importers/linkedin/sample/prng.js";

/** With `correlated`, novelty depends on the segment (a rare segment is novel for all in it). */
function pool(seed: number, n: number, correlated = false) {
  const rnd = prng(seed);
  const relevance: number[] = [];
  const novelty: number[] = [];
  const segment: number[] = [];
  for (let i = 0; i < n; i++) {
    const seg = Math.floor(rnd() * 6);
    relevance.push(Math.round(rnd() * 100) / 100);
    novelty.push(
      correlated ? Math.round((seg / 6) * 80 + rnd() * 20) / 100 : Math.round(rnd() * 100) / 100,
    );
    segment.push(seg);
  }
  const sim = (i: number) => [`s:${segment[i]}`];
  return { relevance, novelty, segment, sim };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

describe("discovery ranking formulas", () => {
  it("combines relevance and novelty linearly (hand-computed)", () => {
    expect(combinedScore(0.8, 0.2, 0)).toBe(0.8);
    // (1 − x)·r + x·0.5·n
    expect(combinedScore(0.8, 0.2, 0.25)).toBeCloseTo(0.75 * 0.8 + 0.25 * 0.5 * 0.2, 12); // 0.625
    expect(combinedScore(0.8, 0.2, 1)).toBeCloseTo(0.1, 12);
    // cap = max(1, ⌈limit · (1 − x)²⌉)
    expect(segmentCap(0, 20)).toBe(20);
    expect(segmentCap(0.5, 20)).toBe(5);
    expect(segmentCap(0.25, 20)).toBe(12); // ⌈11.25⌉
    expect(segmentCap(1, 20)).toBe(1);
    expect(quantizeDial(0.52)).toBe(0.5);
    expect(quantizeDial(7)).toBe(1);
  });

  it("keeps the k best, ties to the lower index", () => {
    const s = Float64Array.from([0.1, 0.5, 0.5, 0.9, 0.3]);
    expect(topK(s, () => true, 3)).toEqual([3, 1, 2]);
    expect(topK(s, (i) => i !== 3, 2)).toEqual([1, 2]);
  });

  it("passes over a full segment, as computed by hand", () => {
    // limit 4, dial 0.5: cap ⌈4 · 0.25⌉ = 1 per segment. combined = 0.5 r + 0.25 n (n = 0.4):
    // a 0.50, b 0.48, c 0.46 (segment A), d 0.40 (B), e 0.30 (C), f 0.20 (B).
    const r = [0.8, 0.76, 0.72, 0.6, 0.4, 0.2];
    const seg = ["A", "A", "A", "B", "C", "B"];
    const out = rankPool(
      r,
      r.map(() => 0.4),
      (i) => [seg[i] ?? null],
      {
        explore: 0.5,
        limit: 4,
        minRelevance: 0,
      },
    );
    // Equal novelty everywhere, so the running maximum keeps the own dial (ties → larger dial).
    expect(out.listDial).toBe(0.5);
    expect(out.cap).toBe(1);
    // a, d, e by the caps; the pool then runs out, so b fills the 4th place (not for diversity).
    expect(out.items.map((e) => e.index)).toEqual([0, 1, 3, 4]);
    expect(out.items.map((e) => e.forDiversity)).toEqual([false, false, false, true]);
    expect(out.items[3]?.scoreRank).toBe(5);
    expect(out.capped).toEqual(["A", "B"]);
  });

  it("never suggests a candidate below the relevance floor", () => {
    const r = rankPool([0.1, 0.3], [1, 0], () => [], { explore: 1, limit: 5, minRelevance: 0.2 });
    expect(r.items.map((e) => e.index)).toEqual([1]);
  });
});

describe("discovery ranking invariants on generated pools", () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  it("at dial 0 a more relevant candidate never ranks lower", () => {
    for (const seed of seeds) {
      const p = pool(seed, 300);
      const r = rankPool(p.relevance, p.novelty, p.sim, {
        explore: 0,
        limit: 40,
        minRelevance: 0.1,
      });
      const items = r.items;
      expect(items).toHaveLength(40);
      const listed = new Set(items.map((e) => e.index));
      for (let i = 1; i < items.length; i++) {
        expect(p.relevance[items[i - 1]?.index as number]).toBeGreaterThanOrEqual(
          p.relevance[items[i]?.index as number] as number,
        );
      }
      const lowest = p.relevance[items.at(-1)?.index as number] as number;
      for (let i = 0; i < p.relevance.length; i++)
        if (!listed.has(i)) expect(p.relevance[i]).toBeLessThanOrEqual(lowest);
    }
  });

  it("raising the dial never lowers the mean novelty of the list", () => {
    const grid = Array.from({ length: 21 }, (_, i) => i / 20);
    let diversified = 0;
    for (const [seed, correlated] of seeds.flatMap(
      (s) =>
        [
          [s, false],
          [s, true],
        ] as const,
    )) {
      const p = pool(seed, 400, correlated);
      let previous = Number.NEGATIVE_INFINITY;
      for (const explore of grid) {
        const r = rankPool(p.relevance, p.novelty, p.sim, {
          explore,
          limit: 20,
          minRelevance: 0.2,
        });
        const novelty = mean(r.items.map((e) => p.novelty[e.index] as number));
        if (explore === 0.5 && new Set(r.items.map((e) => p.segment[e.index])).size >= 4)
          diversified++;
        expect(novelty, `seed ${seed} ${correlated}, dial ${explore}`).toBeGreaterThanOrEqual(
          previous - 1e-12,
        );
        previous = novelty;
      }
    }
    // Not vacuous: at the default dial most lists span ≥ 4 of the 6 segments.
    expect(diversified).toBeGreaterThanOrEqual(12);
  });

  it("holds on 80 more pools, with the segment skew of a real network", () => {
    const grid = Array.from({ length: 21 }, (_, i) => i / 20);
    for (let seed = 100; seed < 180; seed++) {
      const rnd = prng(seed);
      const n = 150 + Math.floor(rnd() * 300);
      // Skewed segments (one holds ~half) and novelty that may run against relevance.
      const seg = Array.from({ length: n }, () => (rnd() < 0.5 ? 0 : 1 + Math.floor(rnd() * 8)));
      const rel = seg.map(() => rnd());
      const nov = rel.map((r) =>
        seed % 2 === 0 ? rnd() : Math.max(0, 1 - r + (rnd() - 0.5) * 0.3),
      );
      let previous = Number.NEGATIVE_INFINITY;
      for (const explore of grid) {
        const r = rankPool(rel, nov, (i) => [`s:${seg[i]}`], {
          explore,
          limit: 10 + (seed % 3) * 10,
          minRelevance: 0.1,
        });
        const novelty = mean(r.items.map((e) => nov[e.index] as number));
        expect(novelty, `seed ${seed}, dial ${explore}`).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = novelty;
      }
    }
  });
});
