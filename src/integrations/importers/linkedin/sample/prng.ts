/**
 * A small seeded PRNG (mulberry32) plus keyed sub-streams. Every generated fact draws from a
 * stream keyed by what it is about (e.g. `("contact", 17)`), never from one shared sequence, so
 * adding a file or changing the order of generation cannot shift the values of anything else.
 */

/** A function returning uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: 32-bit state, good enough statistically for synthetic data, and tiny. */
export function mulberry32(state: number): Rng {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the key, then a murmur3 finaliser so that nearby keys give unrelated states. */
export function hashKey(seed: number, parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = `${seed}|${parts.join("|")}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stream for one keyed purpose, e.g. `rngFor(seed, "contact", id)`. */
export function rngFor(seed: number, ...parts: (string | number)[]): Rng {
  return mulberry32(hashKey(seed, parts));
}

/** Integer in [lo, hi], both inclusive. */
export function int(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

export function chance(r: Rng, p: number): boolean {
  return r() < p;
}

export function pick<T>(r: Rng, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Picks from `[value, weight]` pairs; weights need not sum to 1. */
export function weighted<T>(r: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = r() * total;
  for (const [value, w] of items) {
    x -= w;
    if (x < 0) return value;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error("weighted pick from an empty list");
  return last[0];
}

/** Zipf-like index in [0, n): small indices are much more likely (exponent ~1). */
export function zipfIndex(r: Rng, n: number): number {
  // Inverse CDF of a continuous 1/x law on [1, n + 1): cheap and close enough to Zipf(1).
  return Math.min(n - 1, Math.floor((n + 1) ** r()) - 1);
}

/** Pareto(alpha) weight ≥ 1: a few large values, many small ones (heavy tail). */
export function pareto(r: Rng, alpha: number): number {
  return (1 - r()) ** (-1 / alpha);
}
