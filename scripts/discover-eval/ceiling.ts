/**
 * What the discovery eval judges the list against (scripts/eval-discover.ts): exact ceilings of
 * the effective number of functions after adding k people, and a feasible list that trades
 * function gain against mean relevance directly (an oracle that knows the measure).
 */

import { effectiveNumber, shares } from "../../src/domain/metrics/diversity.js";

/** exp(H) of the counts: the horizon report's own effective number. */
const effective = (counts: Map<string, number>) => effectiveNumber(shares([...counts.values()]));

/**
 * Largest effective number (exp H) reachable by adding `k` items to `counts` (exact greedy),
 * at most `available.get(x)` of category x when given (else unbounded).
 */
export function bestEffective(
  counts: Map<string, number>,
  categories: readonly string[],
  k: number,
  available?: Map<string, number>,
) {
  const c = new Map(categories.map((x) => [x, counts.get(x) ?? 0]));
  const left = available === undefined ? undefined : new Map(available);
  const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);
  for (let i = 0; i < k; i++) {
    let best = "";
    let delta = Number.POSITIVE_INFINITY;
    for (const [x, n] of c) {
      if (left !== undefined && (left.get(x) ?? 0) <= 0) continue;
      const d = f(n + 1) - f(n);
      if (d < delta) [best, delta] = [x, d];
    }
    if (best === "") break;
    c.set(best, (c.get(best) ?? 0) + 1);
    left?.set(best, (left.get(best) ?? 0) - 1);
  }
  return effective(c);
}

export interface OracleCandidate {
  /** Known function, or null (then adding them leaves the effective number as it is). */
  function: string | null;
  relevance: number;
}

/**
 * The largest effective number of functions found for `k` added candidates whose mean relevance
 * stays ≥ `minMean`: for each λ on a grid, greedy picks maximising `Δ ln D + λ · r`; the best
 * feasible result over λ. A feasible list, so a lower bound on the true optimum (a knapsack-like
 * problem), and the yardstick of what the pool allows at that relevance.
 *
 * @example
 * oracleAtRelevance(new Map([["A", 5]]), [{ function: "B", relevance: 0.5 }], 1, 0.4); // 1.93…
 */
export function oracleAtRelevance(
  counts: Map<string, number>,
  pool: readonly OracleCandidate[],
  k: number,
  minMean: number,
): number {
  // Many candidates share (function, relevance): one entry each with its multiplicity.
  const distinct = new Map<string, { c: OracleCandidate; left: number }>();
  for (const c of pool) {
    const key = `${c.function}|${c.relevance.toFixed(6)}`;
    const e = distinct.get(key);
    if (e === undefined) distinct.set(key, { c, left: 1 });
    else e.left++;
  }
  const entries = [...distinct.values()];
  let best = 0;
  // Gains are of the order 0.01 per pick, relevances 0.2–0.6: λ on a geometric grid from 0.
  for (let step = 0; step <= 60; step++) {
    const lambda = step === 0 ? 0 : 0.0005 * 1.2 ** step;
    const left = entries.map((e) => e.left);
    const cur = new Map(counts);
    let sumR = 0;
    for (let pick = 0; pick < k; pick++) {
      const base = Math.log(effective(cur));
      let at = -1;
      let value = Number.NEGATIVE_INFINITY;
      entries.forEach((e, i) => {
        if ((left[i] as number) <= 0) return;
        const f = e.c.function;
        let gain = 0;
        if (f !== null) {
          cur.set(f, (cur.get(f) ?? 0) + 1);
          gain = Math.log(effective(cur)) - base;
          cur.set(f, (cur.get(f) ?? 0) - 1);
        }
        const v = gain + lambda * e.c.relevance;
        if (v > value) [at, value] = [i, v];
      });
      if (at < 0) break;
      const e = entries[at] as { c: OracleCandidate; left: number };
      left[at] = (left[at] as number) - 1;
      sumR += e.c.relevance;
      if (e.c.function !== null) cur.set(e.c.function, (cur.get(e.c.function) ?? 0) + 1);
    }
    if (sumR / k >= minMean) best = Math.max(best, effective(cur));
  }
  return best;
}
