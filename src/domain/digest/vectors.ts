import type { TopicVector } from "./types.js";

/**
 * Euclidean norm `‖v‖ = √Σ v_k²` of a sparse vector.
 * @example norm(new Map([["a", 3], ["b", 4]])) // 5
 */
export function norm(v: TopicVector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/**
 * Cosine similarity `cos(a, b) = Σ a_k b_k / (‖a‖ ‖b‖)`, 0 when either is empty. Norms may be
 * passed in when known, which the ranking does for 100,000 articles against one interest vector.
 * @example cosine(new Map([["a", 1]]), new Map([["a", 2]])) // 1
 */
export function cosine(a: TopicVector, b: TopicVector, na = norm(a), nb = norm(b)): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

/**
 * Adds `weight · v` into `into` (for centroids of read, starred, "more", "less" articles).
 * @example addScaled(new Map(), new Map([["a", 1]]), 2).get("a") // 2
 */
export function addScaled(
  into: Map<string, number>,
  v: TopicVector,
  weight: number,
): Map<string, number> {
  for (const [k, x] of v) into.set(k, (into.get(k) ?? 0) + weight * x);
  return into;
}
