/**
 * The matcher's own normalisation, shared by the topic vocabulary and the private classifier.
 * Deliberately small and independent of the project tokenizer/stemmer: surface forms of the
 * vocabulary and running text go through exactly the same steps, so a match never depends on
 * how a stemmer treats a rare technical word.
 */

/** One token of running text. */
export interface Token {
  /** NFKC form as written (case kept), used by case-sensitive forms such as `IT` or `Go`. */
  readonly raw: string;
  /** Lower-cased, `ß` → `ss`. */
  readonly low: string;
  /** `low` with a light DE/EN plural and inflection ending removed (see {@link foldWord}). */
  readonly fold: string;
}

// Symbols that carry meaning in technology names; rewritten before splitting on non-letters.
const SYMBOL_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|[^\p{L}\p{N}])([cC])\+\+/gu, "$1$2plusplus"],
  [/(^|[^\p{L}\p{N}])([cCfF])#/gu, "$1$2sharp"],
  [/(^|[^\p{L}\p{N}])\.(net|NET)\b/gu, "$1dotnet"],
];

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

// Longest first. Each ending is removed only when at least MIN_STEM characters stay.
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["ungen", "ung"],
  ["innen", ""],
  ["ies", "y"],
  ["ern", ""],
  ["en", ""],
  ["in", ""],
  ["es", ""],
  ["e", ""],
  ["n", ""],
  ["s", ""],
];
const MIN_STEM = 4;
const MIN_FOLD_LENGTH = 5;

/**
 * Folds a lower-cased word to a matching key: removes common DE/EN plural or inflection endings
 * until none applies (`Plattformen` → `plattform`, `designs` → `design` → `desig`, `companies` →
 * `company`), so a word and its plural always meet. `-er` is kept on purpose: it makes agent
 * nouns (`leader`, `Entwickler`), not inflections. It is not a stemmer: it only has to map the
 * inflected forms of one surface form together; vocabulary and text are folded alike.
 * Words shorter than five letters, or containing digits, are kept as they are.
 *
 * @example
 * foldWord("clouds"); // "cloud"
 * foldWord("datenbanken") === foldWord("datenbank"); // true
 */
export function foldWord(low: string): string {
  if (/\p{N}/u.test(low)) return low;
  let word = low;
  for (let round = 0; round < 3; round++) {
    const next = stripOneEnding(word);
    if (next === word) break;
    word = next;
  }
  return word;
}

function stripOneEnding(word: string): string {
  if (word.length < MIN_FOLD_LENGTH || word.endsWith("ss")) return word;
  for (const [ending, replacement] of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return word.slice(0, word.length - ending.length) + replacement;
    }
  }
  return word;
}

/** NFKC, symbol rewrites (`C++`, `C#`, `.NET`); case is kept. */
export function normalizeText(text: string): string {
  let out = text.normalize("NFKC");
  for (const [re, replacement] of SYMBOL_RULES) out = out.replace(re, replacement);
  return out;
}

/** Lower-cases and maps `ß` to `ss` so `Maßnahme` and `Massnahme` meet. */
export function lowerWord(raw: string): string {
  return raw.toLowerCase().replace(/ß/g, "ss");
}

/**
 * Splits text into `\p{L}\p{N}` tokens with their raw, lower and folded forms.
 *
 * @example
 * tokenize("Wir suchen C++-Entwickler").map((t) => t.fold); // ["wir", "such", "cplusplus", "entwickler"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalizeText(text).matchAll(TOKEN_RE)) {
    const raw = m[0];
    const low = lowerWord(raw);
    tokens.push({ raw, low, fold: foldWord(low) });
  }
  return tokens;
}

/** True when most letters of the text are upper case (shouting, headlines in caps). */
export function isMostlyUpperCase(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{Lu}/u.test(ch)) upper++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return letters >= 8 && upper / letters > 0.6;
}
