/**
 * Hashed features for the private/professional linear model: folded words, word bigrams and
 * character 3–5-grams of each word (fastText-style), as a sparse, L2-normalised binary vector.
 * Each feature remembers the word it came from, so a prediction can be explained by words.
 */

import { tokenize } from "../topics/normalize.js";
import { hashFeature } from "../topics/vectors.js";

/** Size of the hashed feature space (a power of two). */
export const FEATURE_DIMS = 2 ** 18;

/** A text's features: bucket → value, and bucket → the words that produced it. */
export interface FeatureVector {
  readonly values: ReadonlyMap<number, number>;
  readonly words: ReadonlyMap<number, readonly string[]>;
}

function charGrams(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/**
 * Extracts the hashed features of a text.
 *
 * @example
 * featurize("Happy birthday").values.size > 10; // true
 */
export function featurize(text: string): FeatureVector {
  const tokens = tokenize(text);
  const words = new Map<number, string[]>();
  const add = (feature: string, word: string) => {
    const bucket = hashFeature(feature, FEATURE_DIMS);
    const list = words.get(bucket);
    if (list === undefined) words.set(bucket, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  tokens.forEach((t, i) => {
    add(`w:${t.fold}`, t.raw);
    for (const g of charGrams(t.low)) add(`c:${g}`, t.raw);
    const next = tokens[i + 1];
    if (next !== undefined) {
      add(`b:${t.fold} ${next.fold}`, t.raw);
      add(`b:${t.fold} ${next.fold}`, next.raw);
    }
  });
  const norm = words.size === 0 ? 1 : 1 / Math.sqrt(words.size);
  const values = new Map<number, number>();
  for (const bucket of words.keys()) values.set(bucket, norm);
  return { values, words };
}
