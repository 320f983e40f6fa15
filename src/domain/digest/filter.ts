/**
 * The digest's filters, in this order (the first that applies is the reason shown):
 * 1. hidden by the person (feedback "hide");
 * 2. already read;
 * 3. a block word of the person → hidden; a keep word → never hidden as political;
 * 4. political: `P_level(a) ≥ θ_level`, the model's threshold at the person's strictness;
 * 5. private: `P_private(a) ≥ θ_private` (0.5).
 * Feedback never changes 3–4: the politics filter stays the person's explicit setting.
 */
import { type CandidateTable, FLAG_BLOCK, FLAG_HIDDEN, FLAG_KEEP, FLAG_READ } from "./table.js";
import type { DigestCandidate, PoliticsLevel, WordReason } from "./types.js";

export interface FilterOptions {
  strictness: PoliticsLevel;
  /** The politics model's decision threshold at `strictness`. */
  politicalThreshold: number;
  privateThreshold: number;
}

export type HiddenReason =
  | { kind: "hidden-by-you" }
  | { kind: "read" }
  | { kind: "blocked-word"; word: string }
  | { kind: "political"; probability: number; level: PoliticsLevel; words: string[] }
  | { kind: "private"; probability: number; words: string[] };

/** Positive-weight words, strongest first, at most `k`. */
function topWords(reasons: readonly WordReason[], k = 4): string[] {
  return reasons
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, k)
    .map((r) => r.term);
}

/**
 * Which filter keeps a candidate out (fast: no reasons parsed), or null when it may be shown.
 *
 * @example
 * hiddenKind(candidate, { strictness: "partisan", politicalThreshold: 0.5, privateThreshold: 0.5 });
 * // → "political"
 */
export function hiddenKind(c: DigestCandidate, opts: FilterOptions): HiddenReason["kind"] | null {
  const a = c.analysis;
  const flags =
    (c.hidden ? FLAG_HIDDEN : 0) |
    (c.read ? FLAG_READ : 0) |
    (a.wordOverride?.kind === "block" ? FLAG_BLOCK : 0) |
    (a.wordOverride?.kind === "keep" ? FLAG_KEEP : 0);
  return kindOf(flags, a.political[opts.strictness], a.private, opts);
}

/**
 * {@link hiddenKind} of row i of a candidate table (the same rules, on the columns).
 *
 * @example
 * hiddenKindAt(table, 0, { strictness: "strict", politicalThreshold: 0.4, privateThreshold: 0.5 });
 */
export function hiddenKindAt(
  t: CandidateTable,
  i: number,
  opts: FilterOptions,
): HiddenReason["kind"] | null {
  const p = (opts.strictness === "partisan" ? t.partisan : t.strict)[i] as number;
  return kindOf(t.flags[i] as number, p, t.private[i] as number, opts);
}

/** The filter order in one place: `FLAG_*` bits and the two probabilities in, a kind out. */
function kindOf(
  flags: number,
  political: number,
  priv: number,
  opts: FilterOptions,
): HiddenReason["kind"] | null {
  if ((flags & FLAG_HIDDEN) !== 0) return "hidden-by-you";
  if ((flags & FLAG_READ) !== 0) return "read";
  if ((flags & FLAG_BLOCK) !== 0) return "blocked-word";
  if ((flags & FLAG_KEEP) === 0 && political >= opts.politicalThreshold) return "political";
  if (priv >= opts.privateThreshold) return "private";
  return null;
}

/**
 * Why a candidate stays out of the digest, with its words, or null when it may be shown.
 *
 * @example
 * hiddenReason(candidate, { strictness: "partisan", politicalThreshold: 0.5, privateThreshold: 0.5 });
 * // → { kind: "political", probability: 0.93, level: "partisan", words: ["Bundestag", "Koalition"] }
 */
export function hiddenReason(c: DigestCandidate, opts: FilterOptions): HiddenReason | null {
  const kind = hiddenKind(c, opts);
  const a = c.analysis;
  switch (kind) {
    case null:
      return null;
    case "hidden-by-you":
    case "read":
      return { kind };
    case "blocked-word":
      return { kind, word: a.wordOverride?.word ?? "" };
    case "political": {
      const level = opts.strictness;
      const words = topWords(a.politicalReasons(level));
      return { kind, probability: a.political[level], level, words };
    }
    case "private":
      return { kind, probability: a.private, words: topWords(a.privateReasons()) };
  }
}

/**
 * One line for the person, e.g. `hidden: political, 0.93 — words: Bundestag, Koalition`.
 *
 * @example
 * describeHidden({ kind: "blocked-word", word: "*wahl" }); // "hidden: block word *wahl"
 */
export function describeHidden(reason: HiddenReason): string {
  const words = (w: string[]) => (w.length > 0 ? ` — words: ${w.join(", ")}` : "");
  switch (reason.kind) {
    case "hidden-by-you":
      return "hidden: by you";
    case "read":
      return "hidden: already read";
    case "blocked-word":
      return `hidden: block word ${reason.word}`;
    case "political":
      return `hidden: political, ${reason.probability.toFixed(2)}${words(reason.words)}`;
    case "private":
      return `hidden: private, ${reason.probability.toFixed(2)}${words(reason.words)}`;
  }
}
