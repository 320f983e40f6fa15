/**
 * The discovery ranking (issue 5 §4): relevance combined with novelty through the exploration
 * dial, then diversified by a greedy pick under per-segment caps (a partition-matroid
 * constraint per dimension: function, industry, employer) that tighten as the dial rises.
 * Works on indices into parallel arrays so a pool of 1,000,000 costs a few float arrays.
 * Formulas and the argument for the invariants: docs/discovery.md.
 */

import { BestK } from "./best-k.js";
import type { CoverageGain } from "./coverage.js";
import { type CappedPick, cappedPick } from "./pick.js";

export { BestK, topK } from "./best-k.js";
export { COVERAGE_SCALE } from "./pick.js";

/**
 * Novelty's scale in the combined score: novelty runs higher than relevance on real pools
 * (a stranger is novel more easily than relevant), so it counts at this factor; tuned with
 * `npm run eval:discover` so the default dial keeps ≥ 80% of the pure-relevance list's relevance.
 */
export const NOVELTY_SCALE = 0.5;
/** Default exploration dial. */
export const DEFAULT_EXPLORE = 0.5;
/** The dial moves in these steps (it is rounded to the nearest): the invariant's grid. */
export const DIAL_STEP = 0.05;
/** Cap shape: `cap(x) = max(1, ⌈limit · (1 − x)^CAP_POWER⌉)` suggestions per segment. */
export const CAP_POWER = 2;
/** Candidates kept per dial before the capped pick: `max(POOL_MIN, POOL_FACTOR · limit)`. */
export const POOL_FACTOR = 10;
export const POOL_MIN = 200;
/**
 * The dial's relevance budget: the list at dial x keeps a mean relevance of at least
 * `(1 − RELEVANCE_BUDGET · x)` times that of the pure-relevance list (80% at the default 0.5,
 * 60% at 1): "furthest out while still relevant" as a number.
 */
export const RELEVANCE_BUDGET = 0.4;

export interface RankOptions {
  /** Exploration dial in [0, 1]: 0 = most relevant, 1 = furthest out while still relevant. */
  explore: number;
  limit: number;
  /** Candidates below this relevance are never suggested, whatever the dial. */
  minRelevance: number;
  /**
   * Narrows the cap of one segment at grid dial y (e.g. for functions the network already holds
   * many of); must return `cap` at y = 0 so dial 0 stays pure relevance. Result clamped to ≥ 1.
   */
  segmentCapOf?: (key: string, cap: number, y: number) => number;
  /**
   * The network's composition the list should widen: at grid dial y > 0 each pick maximises
   * `combined + y · COVERAGE_SCALE · gain` (see {@link CoverageGain}), the gain counting the
   * picks before it. Without it the pick goes down the combined order.
   */
  coverage?: {
    /** A fresh gain counter holding the network (one per grid dial: picks are counted in). */
    start: () => CoverageGain;
    /** The candidate's categories, one per dimension of the counter. */
    categoriesOf: (index: number) => ReadonlyArray<string | null>;
  };
}

/**
 * The segments a candidate belongs to, one key per dimension, namespaced so dimensions never
 * collide (`"function:Sales"`, `"employer:acme"`); null where unknown (never capped).
 */
export type SegmentsOf = (index: number) => ReadonlyArray<string | null>;

export interface RankedIndex {
  index: number;
  /** `(1 − y) · relevance + y · NOVELTY_SCALE · novelty` at the list's dial y. */
  combined: number;
  /** 1-based rank by `combined` among the eligible candidates at the list's dial. */
  scoreRank: number;
  /**
   * True when it made the list only because a better-scored candidate was passed over: its
   * segment already held `cap` suggestions (picked for diversity).
   */
  forDiversity: boolean;
}

export interface RankedList {
  /** The dial actually requested, rounded to {@link DIAL_STEP}. */
  explore: number;
  /** The grid dial whose capped list is returned (≤ explore; see {@link rankPool}). */
  listDial: number;
  /** Suggestions per segment allowed at `listDial`. */
  cap: number;
  /** Segments that reached the cap and made the pick pass over someone. */
  capped: string[];
  items: RankedIndex[];
}

/**
 * `combined = (1 − x) · r + x · s · n` with s = {@link NOVELTY_SCALE}. For x < 1 its order
 * equals that of `r + s · (x/(1−x)) · n`.
 *
 * @example
 * combinedScore(0.8, 0.2, 0.25); // 0.75 · 0.8 + 0.25 · 0.5 · 0.2 = 0.625
 */
export function combinedScore(relevance: number, novelty: number, explore: number): number {
  return (1 - explore) * relevance + explore * NOVELTY_SCALE * novelty;
}

/**
 * Suggestions allowed per segment at dial x: `max(1, ⌈limit · (1 − x)^2⌉)`; equals `limit`
 * (no constraint) at dial 0.
 *
 * @example
 * segmentCap(0.5, 20); // ⌈20 · 0.25⌉ = 5
 */
export function segmentCap(explore: number, limit: number): number {
  return Math.max(1, Math.ceil(limit * (1 - explore) ** CAP_POWER - 1e-9));
}

/** Rounds the dial to the grid and into [0, 1]. */
export function quantizeDial(explore: number): number {
  const x = Math.min(1, Math.max(0, Number.isFinite(explore) ? explore : 0));
  return Math.round(x / DIAL_STEP) / Math.round(1 / DIAL_STEP);
}

/**
 * The candidate pool per grid dial, in one pass over all candidates: the best
 * `max(POOL_MIN, POOL_FACTOR · limit)` by combined score, plus the best `limit` of each primary
 * group (the function, for people), so a pool that one function fills still offers the others.
 * Returned best first (ties: smaller index).
 */
function poolsAt(
  relevance: ArrayLike<number>,
  novelty: ArrayLike<number>,
  primary: ArrayLike<number> | undefined,
  opts: RankOptions,
  dials: readonly number[],
): number[][] {
  const k = Math.max(POOL_MIN, POOL_FACTOR * opts.limit);
  const global = dials.map(() => new BestK(k));
  const groups = dials.map(() => [] as BestK[]);
  // One tight pass per dial: the floors skip the heaps for all but a few candidates.
  dials.forEach((y, d) => {
    const heap = global[d] as BestK;
    const byGroup = groups[d] as BestK[];
    const floors: number[] = [];
    let floor = heap.floor;
    for (let i = 0; i < relevance.length; i++) {
      const r = relevance[i] as number;
      if (!(r >= opts.minRelevance)) continue;
      const w = (1 - y) * r + y * NOVELTY_SCALE * (novelty[i] as number);
      if (w >= floor) {
        heap.offer(i, w);
        floor = heap.floor;
      }
      const g = primary === undefined ? -1 : (primary[i] as number);
      if (g < 0 || w < (floors[g] ?? Number.NEGATIVE_INFINITY)) continue;
      let gh = byGroup[g];
      if (gh === undefined) {
        gh = new BestK(opts.limit);
        byGroup[g] = gh;
      }
      gh.offer(i, w);
      floors[g] = gh.floor;
    }
  });
  return dials.map((y, d) => {
    const ids = new Set((global[d] as BestK).indices());
    for (const gh of groups[d] as BestK[])
      if (gh !== undefined) for (const i of gh.indices()) ids.add(i);
    const w = (i: number) => combinedScore(relevance[i] as number, novelty[i] as number, y);
    return [...ids].sort((a, b) => w(b) - w(a) || a - b);
  });
}

const meanOf = (items: readonly RankedIndex[], values: ArrayLike<number>) =>
  items.reduce((s, e) => s + (values[e.index] as number), 0) / Math.max(1, items.length);

/**
 * Ranks a pool. Candidates with relevance < `minRelevance` are out. For a grid dial y the
 * capped list C(y) takes the best by {@link combinedScore} at y, passing over a candidate whose
 * function, industry or employer already holds {@link segmentCap}(y) picks. The dial x (rounded
 * to {@link DIAL_STEP}) returns the C(y), y ≤ x on the grid, with the highest mean novelty (ties:
 * the larger y, normally x itself). So at dial 0 the list is the pure relevance order, and the
 * list's mean novelty never falls as the dial rises (it is a running maximum).
 *
 * @example
 * rankPool([0.9, 0.5], [0.1, 0.9], () => [], { explore: 1, limit: 1, minRelevance: 0.2 }).items;
 * // [{ index: 1, combined: 0.45, scoreRank: 1, forDiversity: false }]
 */
export function rankPool(
  relevance: ArrayLike<number>,
  novelty: ArrayLike<number>,
  segments: SegmentsOf,
  opts: RankOptions,
  primary?: ArrayLike<number>,
): RankedList {
  const x = quantizeDial(opts.explore);
  const perUnit = Math.round(1 / DIAL_STEP);
  const dials = Array.from({ length: Math.round(x * perUnit) + 1 }, (_, s) => s / perUnit);
  const pools = poolsAt(relevance, novelty, primary, opts, dials);
  let best: (CappedPick & { cap: number; dial: number; novelty: number }) | null = null;
  let floor = 0;
  dials.forEach((y, d) => {
    const order = pools[d] as number[];
    const w = Float64Array.from(order, (i) =>
      combinedScore(relevance[i] as number, novelty[i] as number, y),
    );
    const cap = segmentCap(y, opts.limit);
    const capOf = opts.segmentCapOf;
    const cov = opts.coverage;
    const widen =
      cov === undefined || y === 0
        ? undefined
        : { gain: cov.start(), categoriesOf: cov.categoriesOf, y };
    const list = cappedPick(
      order,
      w,
      segments,
      cap,
      opts.limit,
      (key) => (capOf === undefined || y === 0 ? cap : capOf(key, cap, y)),
      widen,
    );
    const rel = meanOf(list.items, relevance);
    // The relevance budget of dial x, relative to the pure-relevance list C(0).
    if (y === 0) floor = (1 - RELEVANCE_BUDGET * x) * rel - 1e-12;
    else if (rel < floor) return;
    const nov = meanOf(list.items, novelty);
    if (best === null || nov >= best.novelty) best = { ...list, cap, dial: y, novelty: nov };
  });
  const b = best as unknown as CappedPick & { cap: number; dial: number };
  return { explore: x, listDial: b.dial, cap: b.cap, capped: b.capped, items: b.items };
}
