/**
 * The politics filter: how political a text is (0–1), why, and the person's keep/block words.
 * A hashed word + character n-gram linear model (see features.ts) plus curated lexicons
 * (lexicon.ts); keep/block words are applied after both. Design and figures:
 * docs/text-politics.md and src/text/models/politics.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TellerrandError } from "../../domain/errors.js";
import { decodeModel, type PoliticsModelData, type Strictness } from "./model.js";
import { type Reason, Scorer } from "./scorer.js";
import { matchTermsSlow, parseTerm, type Term } from "./terms.js";

export type { Strictness } from "./model.js";
export type { Reason } from "./scorer.js";

export interface PoliticsModel {
  readonly data: PoliticsModelData;
  /** One scorer per model: its buffers are reused, so scoring allocates almost nothing. */
  readonly scorer: Scorer;
}

export interface PoliticsOptions {
  /** `partisan` (default): parties, elections, politicians, culture war, government vs
   * opposition. `strict`: also public policy, legislation, regulation, geopolitics. */
  strictness?: Strictness;
  /** Never hide a text containing one of these (syntax: see terms.ts / docs). */
  keepWords?: string[];
  /** Always hide a text containing one of these; wins over keepWords. */
  blockWords?: string[];
}

export interface PoliticsResult {
  political: number;
  isPolitical: boolean;
  reasons: Reason[];
  overriddenBy?: { kind: "keep" | "block"; word: string };
}

/** Where the shipped model may be: next to the code (src/ under tsx/vitest, or dist/ when the
 * build copies it), else the src/ copy seen from dist/text/politics/. */
const CANDIDATES = ["../models/politics.bin", "../../../src/text/models/politics.bin"];

/**
 * Loads the shipped model (1 MiB, ~40 ms).
 *
 * @example
 * const model = loadPoliticsModel();
 * scorePolitics(model, "Die SPD verliert die Landtagswahl").isPolitical; // true
 */
export function loadPoliticsModel(path?: string): PoliticsModel {
  const files = path ? [path] : CANDIDATES.map((c) => fileURLToPath(new URL(c, import.meta.url)));
  const file = files.find((f) => existsSync(f));
  if (!file) {
    throw new TellerrandError(
      "not-found",
      `politics model not found (looked in ${files.join(", ")})`,
    );
  }
  const data = decodeModel(readFileSync(file), file);
  return { data, scorer: new Scorer(data) };
}

/** Compiled keep/block lists, cached per list identity-by-content. */
const termCache = new Map<string, Term<null>[]>();
function compile(words: string[] | undefined): Term<null>[] {
  if (!words || words.length === 0) return [];
  const key = words.join("\u0000");
  let terms = termCache.get(key);
  if (!terms) {
    terms = words.map((w) => parseTerm(w, null)).filter((t): t is Term<null> => t !== undefined);
    if (termCache.size > 100) termCache.clear();
    termCache.set(key, terms);
  }
  return terms;
}

/**
 * Scores one text. Keep/block words (whole word `wahl`, prefix `wahl*`, suffix `*wahl`,
 * part of word `*wahl*`, phrase `prime minister`) decide `isPolitical` after the model; the
 * score and reasons stay the model's, so the person still sees why.
 *
 * @example
 * scorePolitics(model, "Our new travel policy is live").isPolitical; // false
 * scorePolitics(model, "New EU regulation on AI", { strictness: "strict" }).isPolitical; // true
 * scorePolitics(model, "Die Bundestagswahl naht", { keepWords: ["*wahl"] }).overriddenBy;
 * // → { kind: "keep", word: "*wahl" }
 */
export function scorePolitics(
  model: PoliticsModel,
  text: string,
  options: PoliticsOptions = {},
): PoliticsResult {
  const level = options.strictness ?? "partisan";
  const political = model.scorer.score(text, level);
  const result: PoliticsResult = {
    political: Math.round(political * 1e4) / 1e4,
    isPolitical: political >= model.data.levels[level].threshold,
    reasons: model.scorer.reasons(),
  };
  const block = matchTermsSlow(text, compile(options.blockWords))[0];
  const keep = block ? undefined : matchTermsSlow(text, compile(options.keepWords))[0];
  if (block) {
    result.isPolitical = true;
    result.overriddenBy = { kind: "block", word: block.pattern };
  } else if (keep) {
    result.isPolitical = false;
    result.overriddenBy = { kind: "keep", word: keep.pattern };
  }
  return result;
}

/** The probability alone, for bulk work and the benchmark (no reasons, no overrides). */
export function politicalProbability(
  model: PoliticsModel,
  text: string,
  strictness: Strictness = "partisan",
): number {
  return model.scorer.score(text, strictness);
}

export interface PreviewChange {
  id: string;
  political: number;
  reasons: Reason[];
  overriddenBy?: PoliticsResult["overriddenBy"];
}

/**
 * What a new setting would change among stored items: which become hidden and which become
 * visible, compared with the current setting. Pure apart from the loaded model.
 *
 * @example
 * previewOverrides(model, items, { strictness: "partisan" }, { strictness: "strict" });
 * // → { hide: [...items only strict hides], unhide: [], hiddenBefore: 3, hiddenAfter: 5 }
 */
export function previewOverrides(
  model: PoliticsModel,
  items: ReadonlyArray<{ id: string; text: string }>,
  current: PoliticsOptions,
  proposed: PoliticsOptions,
): { hide: PreviewChange[]; unhide: PreviewChange[]; hiddenBefore: number; hiddenAfter: number } {
  const hide: PreviewChange[] = [];
  const unhide: PreviewChange[] = [];
  let hiddenBefore = 0;
  let hiddenAfter = 0;
  for (const item of items) {
    const before = scorePolitics(model, item.text, current);
    const after = scorePolitics(model, item.text, proposed);
    if (before.isPolitical) hiddenBefore++;
    if (after.isPolitical) hiddenAfter++;
    if (before.isPolitical === after.isPolitical) continue;
    const change: PreviewChange = {
      id: item.id,
      political: after.political,
      reasons: after.reasons,
    };
    if (after.overriddenBy) change.overriddenBy = after.overriddenBy;
    (after.isPolitical ? hide : unhide).push(change);
  }
  return { hide, unhide, hiddenBefore, hiddenAfter };
}
