/**
 * Coverage gain (issue 5 §4–5): how much adding one more person would raise the network's
 * effective number (Hill 1, `exp H`, SCIENCE.md §3.2) of functions and of industries, counting
 * the people already on the list. A static novelty score cannot see the list: twenty people of
 * the one rare function each look novel, yet together they barely widen the network. The gain
 * does see it, with diminishing returns per category, which is what "break out of the pattern"
 * asks of a list rather than of a person.
 *
 * Per dimension d with counts c (network + picks so far), N = Σ c, S = Σ c·ln c, H = ln N − S/N,
 * adding one to category j gives H' = ln(N+1) − (S − c_j ln c_j + (c_j+1) ln(c_j+1)) / (N+1), and
 *
 *   g_d(j) = (N + 1) · (H' − H) / ln(N + 1)
 *
 * For large N, `(N+1)·(H'−H) ≈ ln(1/p_j) − H`: the surprisal of the category less the network's
 * entropy, so the gain is positive for categories rarer than typical and negative for crowded
 * ones; dividing by `ln(N+1)`, the largest surprisal, puts it in about [−1, 1] at any network
 * size. Unknown values gain 0. The person's gain is `Σ_d w_d · g_d / Σ_d w_d`.
 */

/** Weights of the dimensions in the gain: the two the horizon report measures. */
export const COVERAGE_WEIGHTS = { function: 0.6, industry: 0.4 } as const;

const xlnx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/**
 * Running counts per dimension with the gain of adding one person.
 *
 * @example
 * const g = new CoverageGain([new Map([["Sales", 3], ["Legal", 1]])], [1]);
 * g.gain(["Finance"]) > g.gain(["Legal"]); // true: a new function widens more
 * g.gain(["Legal"]) > g.gain(["Sales"]); // true
 */
export class CoverageGain {
  private readonly counts: Map<string, number>[];
  private readonly totals: number[];
  private readonly sums: number[];
  private readonly weightSum: number;

  constructor(
    base: ReadonlyArray<ReadonlyMap<string, number>>,
    readonly weights: readonly number[],
  ) {
    this.counts = base.map((m) => new Map(m));
    this.totals = base.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    this.sums = base.map((m) => [...m.values()].reduce((a, c) => a + xlnx(c), 0));
    this.weightSum = weights.reduce((a, b) => a + b, 0);
  }

  /** `g_d` for one dimension (see the module comment); 0 for an unknown value. */
  dimensionGain(d: number, category: string | null): number {
    if (category === null) return 0;
    const n = this.totals[d] ?? 0;
    if (n === 0) return 0;
    const s = this.sums[d] ?? 0;
    const c = this.counts[d]?.get(category) ?? 0;
    const h = Math.log(n) - s / n;
    const h1 = Math.log(n + 1) - (s - xlnx(c) + xlnx(c + 1)) / (n + 1);
    return ((n + 1) * (h1 - h)) / Math.log(n + 1);
  }

  /** The weighted gain of a person whose categories (one per dimension) are given. */
  gain(categories: ReadonlyArray<string | null>): number {
    if (this.weightSum === 0) return 0;
    let sum = 0;
    for (let d = 0; d < this.weights.length; d++)
      sum += (this.weights[d] as number) * this.dimensionGain(d, categories[d] ?? null);
    return sum / this.weightSum;
  }

  /** Counts the person in: later gains see them. */
  add(categories: ReadonlyArray<string | null>): void {
    for (let d = 0; d < this.counts.length; d++) {
      const category = categories[d] ?? null;
      if (category === null) continue;
      const m = this.counts[d] as Map<string, number>;
      const c = m.get(category) ?? 0;
      this.sums[d] = (this.sums[d] ?? 0) - xlnx(c) + xlnx(c + 1);
      this.totals[d] = (this.totals[d] ?? 0) + 1;
      m.set(category, c + 1);
    }
  }
}
