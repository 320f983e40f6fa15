/**
 * The capped greedy pick of the discovery ranking (rank.ts): down the combined order under
 * per-segment caps, or, when the list should widen the network, one pick at a time by combined
 * score plus the coverage gain. Formulas: docs/discovery.md.
 */
import type { CoverageGain } from "./coverage.js";
import type { RankedIndex, SegmentsOf } from "./rank.js";

/**
 * Weight of the coverage gain against the combined score at dial y (times y). Tuned with
 * `npm run eval:discover` on seed 1 (0.3, 0.6, 1, 1.5, 2.5: the function gain at the default dial
 * rises up to 1.5 and then levels off), checked on seed 2; the relevance budget of rank.ts keeps
 * the relevance whatever this weight.
 */
export const COVERAGE_SCALE = 1.5;
export interface CappedPick {
  items: RankedIndex[];
  capped: string[];
}

/**
 * Greedy pick down `order` (best combined first; `combined[p]` is the score of `order[p]`): take a candidate unless one of its segments
 * already holds `cap` picks. When the pool runs out first, the passed-over candidates fill the
 * rest in score order, so the list is as long as at dial 0.
 */
export function cappedPick(
  order: readonly number[],
  combined: Float64Array,
  segments: SegmentsOf,
  cap: number,
  limit: number,
  capOf: (key: string) => number = () => cap,
  widen?: {
    gain: CoverageGain;
    categoriesOf: (index: number) => ReadonlyArray<string | null>;
    y: number;
  },
): CappedPick {
  const used = new Map<string, number>();
  const caps = new Map<string, number>();
  const capFor = (key: string) => {
    let c = caps.get(key);
    if (c === undefined) {
      c = Math.max(1, Math.min(cap, capOf(key)));
      caps.set(key, c);
    }
    return c;
  };
  const capped = new Set<string>();
  const items: RankedIndex[] = [];
  const skipped: number[] = [];
  if (widen !== undefined) {
    coveragePick(order, combined, segments, limit, capFor, widen, items, capped);
    return { items, capped: [...capped].sort() };
  }
  for (let p = 0; p < order.length && items.length < limit; p++) {
    const index = order[p] as number;
    const segs = segments(index);
    const full = segs.find((s) => s !== null && (used.get(s) ?? 0) >= capFor(s));
    if (full != null) {
      capped.add(full);
      skipped.push(p);
      continue;
    }
    for (const s of segs) if (s !== null) used.set(s, (used.get(s) ?? 0) + 1);
    const score = combined[p] as number;
    // Outside the uncapped top `limit`: only here because someone above was passed over.
    items.push({ index, combined: score, scoreRank: p + 1, forDiversity: p >= limit });
  }
  for (const p of skipped) {
    if (items.length >= limit) break;
    const index = order[p] as number;
    items.push({ index, combined: combined[p] as number, scoreRank: p + 1, forDiversity: false });
  }
  items.sort((a, b) => b.combined - a.combined || a.scoreRank - b.scoreRank);
  return { items, capped: [...capped].sort() };
}

/**
 * The greedy of {@link cappedPick} when the list should widen the network: each step takes the
 * candidate with the highest `combined + y · COVERAGE_SCALE · gain` whose segments are not full,
 * then counts it into the gain. If caps block everyone left, the passed-over fill in score order.
 */
function coveragePick(
  order: readonly number[],
  combined: Float64Array,
  segments: SegmentsOf,
  limit: number,
  capFor: (key: string) => number,
  widen: {
    gain: CoverageGain;
    categoriesOf: (index: number) => ReadonlyArray<string | null>;
    y: number;
  },
  items: RankedIndex[],
  capped: Set<string>,
): void {
  const used = new Map<string, number>();
  const taken = new Uint8Array(order.length);
  const weight = widen.y * COVERAGE_SCALE;
  while (items.length < limit) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    let blocked = -1;
    let blockedBy = "";
    for (let p = 0; p < order.length; p++) {
      if (taken[p] === 1) continue;
      const index = order[p] as number;
      const full = segments(index).find((s) => s !== null && (used.get(s) ?? 0) >= capFor(s));
      if (full != null) {
        if (blocked < 0) [blocked, blockedBy] = [p, full];
        continue;
      }
      const value = (combined[p] as number) + weight * widen.gain.gain(widen.categoriesOf(index));
      if (value > bestValue) [best, bestValue] = [p, value];
    }
    const p = best >= 0 ? best : blocked;
    if (p < 0) break;
    // A full segment counts as capped when it held back someone scored above the pick.
    if (blocked >= 0 && blocked < p) capped.add(blockedBy);
    taken[p] = 1;
    const index = order[p] as number;
    for (const s of segments(index)) if (s !== null) used.set(s, (used.get(s) ?? 0) + 1);
    widen.gain.add(widen.categoriesOf(index));
    items.push({
      index,
      combined: combined[p] as number,
      scoreRank: p + 1,
      forDiversity: p >= limit,
    });
  }
  items.sort((a, b) => b.combined - a.combined || a.scoreRank - b.scoreRank);
}
