/**
 * Private vs professional: does a text talk primarily about personal life (family, holidays,
 * birthdays, hobbies, health, relationships, pets, the weekend) or about work? The score is the
 * mean of two logits, a curated cue lexicon and a small hashed-feature logistic regression,
 * which measured best on the hand-labelled sets (docs/text-private.md).
 */
import { featurize } from "./features.js";
import { PRIVATE_MODEL_JSON } from "./model-data.js";
import { type Reason, rulesLogit } from "./rules.js";
import { type LinearModel, modelLogit, parseModel } from "./train.js";

export type { Reason } from "./rules.js";

/** The result of {@link scorePrivate}. */
export interface PrivateScore {
  /** Probability (0–1) that the text is primarily private. */
  readonly private: number;
  readonly isPrivate: boolean;
  /** The words and cues that weighed most; positive weight = towards private. */
  readonly reasons: Reason[];
}

/** Share of each scorer in the final logit (the evaluation script uses the same). */
export const RULES_SHARE = 0.5;
export const MODEL_SHARE = 0.5;
const MAX_REASONS = 8;
const MIN_REASON_WEIGHT = 0.05;

let model: LinearModel | undefined;

function loadModel(): LinearModel {
  model ??= parseModel(PRIVATE_MODEL_JSON);
  return model;
}

function modelReasons(
  m: LinearModel,
  text: string,
): { logit: number; byWord: Map<string, number> } {
  const fv = featurize(text);
  const byWord = new Map<string, number>();
  for (const [bucket, value] of fv.values) {
    const contribution = (m.weights.get(bucket) ?? 0) * value;
    const words = fv.words.get(bucket) ?? [];
    for (const word of words) {
      byWord.set(word, (byWord.get(word) ?? 0) + contribution / words.length);
    }
  }
  return { logit: modelLogit(m, fv), byWord };
}

/**
 * Scores how private a text is, with the reasons.
 *
 * @example
 * scorePrivate("Endlich Urlaub – Laptop bleibt zu Hause").isPrivate; // true
 * scorePrivate("Proud to announce my new role as Head of Data").isPrivate; // false
 */
export function scorePrivate(text: string): PrivateScore {
  // No words, no evidence: nothing to keep off a professional channel.
  if (!/[\p{L}\p{N}]/u.test(text)) return { private: 0, isPrivate: false, reasons: [] };
  const rules = rulesLogit(text);
  const learned = modelReasons(loadModel(), text);
  const logit = RULES_SHARE * rules.logit + MODEL_SHARE * learned.logit;
  const merged = new Map<string, number>();
  for (const r of rules.reasons) {
    // Show the cue as a word: `*urlaub`, `urlaub*` and the model's `Urlaub` are one reason.
    const key = r.term.replace(/[*=]/g, "").toLowerCase();
    merged.set(key, (merged.get(key) ?? 0) + RULES_SHARE * r.weight);
  }
  for (const [word, w] of learned.byWord) {
    const key = word.toLowerCase();
    merged.set(key, (merged.get(key) ?? 0) + MODEL_SHARE * w);
  }
  const reasons = [...merged]
    .filter(([, w]) => Math.abs(w) >= MIN_REASON_WEIGHT)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, MAX_REASONS)
    .map(([term, w]) => ({ term, weight: Number(w.toFixed(3)) }));
  const probability = 1 / (1 + Math.exp(-logit));
  return { private: probability, isPrivate: probability >= 0.5, reasons };
}
