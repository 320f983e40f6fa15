/**
 * Diversity of a composition (SCIENCE.md §3). Pure functions on counts or shares.
 *
 * Notation: categories k = 1…S with counts n_k ≥ 0, N = Σ n_k, shares p_k = n_k / N.
 * Categories with a zero count contribute nothing (0 · ln 0 is taken as 0).
 *
 * Conventions for degenerate input, chosen so that every figure stays a finite number that
 * survives `JSON.stringify`: an empty composition (no categories, or all counts zero) has
 * HHI 0, entropy 0, effective numbers 0 and Gini–Simpson 0. One category gives HHI 1,
 * entropy 0, effective numbers 1, Gini–Simpson 0.
 */

function assertCounts(values: readonly number[]): void {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`counts and shares must be finite and non-negative, got ${v}`);
    }
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Shares from counts: `p_k = n_k / N`. Returns all zeros when N = 0.
 * @example shares([2, 1, 1]) // [0.5, 0.25, 0.25]
 */
export function shares(counts: readonly number[]): number[] {
  assertCounts(counts);
  const total = sum(counts);
  return counts.map((n) => (total === 0 ? 0 : n / total));
}

/**
 * Herfindahl–Hirschman index on shares in [0, 1]: `HHI = Σ p_k²` (Simpson's concentration λ).
 * Multiply by 10,000 for the antitrust convention.
 * @example hhi([0.5, 0.25, 0.25]) // 0.375
 */
export function hhi(p: readonly number[]): number {
  assertCounts(p);
  let total = 0;
  for (const x of p) total += x * x;
  return total;
}

/**
 * Shannon entropy in nats: `H = −Σ p_k ln p_k`, with 0 · ln 0 = 0.
 * @example shannonEntropy([0.5, 0.5]) // ln 2 ≈ 0.6931
 */
export function shannonEntropy(p: readonly number[]): number {
  assertCounts(p);
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log(x);
  return h;
}

/**
 * Hill number of order 1 (effective number of categories): `¹D = exp(H)`.
 * "The number of equally common categories that would give the same entropy." 0 when empty.
 * @example effectiveNumber([0.5, 0.5]) // 2
 */
export function effectiveNumber(p: readonly number[]): number {
  return sum(p) === 0 ? 0 : Math.exp(shannonEntropy(p));
}

/**
 * Hill number of order 2 (inverse Simpson): `²D = 1 / Σ p_k² = 1 / HHI`. 0 when empty.
 * @example inverseSimpson([0.5, 0.25, 0.25]) // 1 / 0.375 ≈ 2.667
 */
export function inverseSimpson(p: readonly number[]): number {
  const h = hhi(p);
  return h === 0 ? 0 : 1 / h;
}

/**
 * Gini–Simpson (Blau) index: `B = 1 − Σ p_k²`, the chance that two contacts drawn with
 * replacement fall into different categories. 0 when empty.
 * @example giniSimpson([0.5, 0.25, 0.25]) // 0.625
 */
export function giniSimpson(p: readonly number[]): number {
  return sum(p) === 0 ? 0 : 1 - hhi(p);
}

/**
 * Unbiased finite-N Gini–Simpson on counts: `B_unb = 1 − Σ n_k(n_k − 1) / (N(N − 1))`, the
 * chance that two *different* contacts drawn without replacement differ. Comparable across
 * samples of different size, unlike the plug-in form. Undefined for N < 2: returns 0.
 * @example giniSimpsonUnbiased([2, 1, 1]) // 1 − 2/12 ≈ 0.8333
 */
export function giniSimpsonUnbiased(counts: readonly number[]): number {
  assertCounts(counts);
  const total = sum(counts);
  if (total < 2) return 0;
  let same = 0;
  for (const n of counts) same += n * (n - 1);
  return 1 - same / (total * (total - 1));
}

/**
 * Share of the k largest categories: `Σ_{top k} p_(i)` (k = 3 by default). Berger–Parker
 * dominance is `topShare(p, 1)`.
 * @example topShare([0.1, 0.4, 0.2, 0.3]) // 0.9
 */
export function topShare(p: readonly number[], k = 3): number {
  assertCounts(p);
  const sorted = [...p].sort((a, b) => b - a);
  return sum(sorted.slice(0, Math.max(0, k)));
}

function normalisedPair(p: readonly number[], q: readonly number[]): [number[], number[]] {
  if (p.length !== q.length) {
    throw new RangeError(`distributions must be aligned, got lengths ${p.length} and ${q.length}`);
  }
  const pp = shares(p);
  const qq = shares(q);
  if (sum(pp) === 0 || sum(qq) === 0) throw new RangeError("an empty distribution has no shape");
  return [pp, qq];
}

/**
 * Jensen–Shannon divergence in bits, bounded in [0, 1]:
 * `JSD(p, q) = ½ KL(p‖m) + ½ KL(q‖m)`, `m = ½(p + q)`, `KL(a‖b) = Σ a_k log₂(a_k / b_k)`.
 * Inputs are aligned weights (counts or shares); each is normalised to sum 1. Finite even
 * where one side is zero, unlike KL. Throws `RangeError` on misaligned or empty input.
 * @example jensenShannonBits([1, 0], [0, 1]) // 1
 */
export function jensenShannonBits(p: readonly number[], q: readonly number[]): number {
  const [pp, qq] = normalisedPair(p, q);
  let jsd = 0;
  for (let k = 0; k < pp.length; k++) {
    const a = pp[k] ?? 0;
    const b = qq[k] ?? 0;
    const m = (a + b) / 2;
    if (a > 0) jsd += 0.5 * a * Math.log2(a / m);
    if (b > 0) jsd += 0.5 * b * Math.log2(b / m);
  }
  // Rounding can leave a hair outside [0, 1].
  return Math.min(1, Math.max(0, jsd));
}

/**
 * Total variation distance: `TV = ½ Σ_k |p_k − q_k|`, in [0, 1]: the share of the network that
 * would have to sit in other categories to match the reference. Inputs as for
 * {@link jensenShannonBits}.
 * @example totalVariation([0.5, 0.5], [1, 0]) // 0.5
 */
export function totalVariation(p: readonly number[], q: readonly number[]): number {
  const [pp, qq] = normalisedPair(p, q);
  let tv = 0;
  for (let k = 0; k < pp.length; k++) tv += Math.abs((pp[k] ?? 0) - (qq[k] ?? 0));
  return tv / 2;
}

/** All headline figures of one composition, from counts. */
export interface DiversityFigures {
  hhi: number;
  entropy: number;
  effectiveNumber: number;
  inverseSimpson: number;
  giniSimpson: number;
  giniSimpsonUnbiased: number;
  top3Share: number;
  richness: number;
}

/**
 * Every index above at once, from counts (zero counts ignored).
 * @example diversityFigures([2, 1, 1]).inverseSimpson // ≈ 2.667
 */
export function diversityFigures(counts: readonly number[]): DiversityFigures {
  const p = shares(counts);
  return {
    hhi: hhi(p),
    entropy: shannonEntropy(p),
    effectiveNumber: effectiveNumber(p),
    inverseSimpson: inverseSimpson(p),
    giniSimpson: giniSimpson(p),
    giniSimpsonUnbiased: giniSimpsonUnbiased(counts),
    top3Share: topShare(p, 3),
    richness: counts.filter((n) => n > 0).length,
  };
}
