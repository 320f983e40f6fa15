/**
 * What adding suggested people would do to the network's composition: the effective number
 * (Hill number of order 1, `exp(H)`, SCIENCE.md §3.2) of functions and of industries, before and
 * after. Unknown values are left out, as in the horizon report.
 */
import { effectiveNumber, shares } from "../metrics/diversity.js";

export interface CompositionEffect {
  before: number;
  after: number;
  /** `after / before − 1` (0 when before is 0). */
  gain: number;
}

function counts(values: Iterable<string | null>, into = new Map<string, number>()) {
  for (const v of values) if (v !== null && v !== "unknown") into.set(v, (into.get(v) ?? 0) + 1);
  return into;
}

/**
 * Effective number of categories before and after adding `added` to `network`.
 *
 * @example
 * compositionEffect(["a", "a"], ["b", "b"]); // { before: 1, after: 2, gain: 1 }
 */
export function compositionEffect(
  network: Iterable<string | null>,
  added: Iterable<string | null>,
): CompositionEffect {
  const base = counts(network);
  const before = effectiveNumber(shares([...base.values()]));
  const after = effectiveNumber(shares([...counts(added, new Map(base)).values()]));
  return { before, after, gain: before === 0 ? 0 : after / before - 1 };
}
