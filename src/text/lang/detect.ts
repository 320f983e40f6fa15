/**
 * Language of short texts (posts, titles, headlines). Stage 1 is a vote of curated function words
 * plus a few German spelling cues; it decides most German and English texts in microseconds and
 * is robust to English loanwords in German ("Unser Team sucht einen Senior Developer"). Stage 2,
 * only when the vote is weak, is eld's n-gram model limited to {@link ELD_LANGS} (a compact port:
 * `ngrams.ts`). Figures behind the thresholds: docs/text-language.md (`npm run eval:lang`).
 */
import { type Token, tokenize } from "../tokenize.js";
import { FUNCTION_WORDS } from "./functionWords.js";
import { eldScores } from "./ngrams.js";

export { ELD_LANGS, loadEld, loadLangModel } from "./ngrams.js";

/**
 * An n-gram stage: language → score scaled so the best is 1, best first; empty when it cannot
 * tell. {@link eldScores} is the shipped one.
 */
export type NgramScorer = (text: string) => Map<string, number>;

/** How a language was decided. */
export type LanguageMethod = "function-words" | "eld" | "none";

/** A detected language: ISO 639-1 code or "und", a 0–1 confidence, and the deciding stage. */
export interface LanguageGuess {
  lang: string;
  confidence: number;
  method: LanguageMethod;
}

/** Fewer words than this is "too short" to say anything. */
export const MIN_WORDS = 2;
/** The vote decides when the leader has at least this much weight ... */
export const VOTE_MIN = 1.5;
/** ... and leads the runner-up by at least this much. */
export const VOTE_MARGIN = 1;

const UND: LanguageGuess = { lang: "und", confidence: 0, method: "none" };

// German-only spellings and suffixes; English loanwords never carry them, so they tip texts like
// "Spannendes Networking-Event" that have no function word at all.
const DE_LETTERS = /[äß]/u;
const DE_SUFFIX = /(?:ung|ungen|keit|heit|schaft|lich|liche|lichen|isch|ische|ischen|ndes|nden)$/u;
const DE_CUE_WEIGHT = 0.5;
/** How much one vote point adds to eld's scaled score (1 = the winner's) in the fallback. */
export const VOTE_SHARE = 0.3;

/** Words of a text (letters inside), lower-cased; links, mentions, hashtags and emoji dropped. */
export function wordsOf(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const t of tokens) if (t.kind === "word") words.push(t.norm);
  return words;
}

/**
 * Weighted function-word vote over lower-cased words.
 *
 * @example
 * voteFunctionWords(["call", "mit", "dem", "kunden"]).get("de") // 2
 */
export function voteFunctionWords(words: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (lang: string, w: number) => scores.set(lang, (scores.get(lang) ?? 0) + w);
  for (const word of words) {
    const entries = FUNCTION_WORDS.get(word);
    if (entries !== undefined) for (const [lang, w] of entries) add(lang, w);
    else if (DE_LETTERS.test(word) || (word.length > 5 && DE_SUFFIX.test(word))) {
      add("de", DE_CUE_WEIGHT);
    }
  }
  return scores;
}

function topTwo(scores: Map<string, number>): [string, number, number] {
  let lang = "";
  let best = 0;
  let second = 0;
  for (const [l, s] of scores) {
    if (s > best) {
      second = best;
      best = s;
      lang = l;
    } else if (s > second) second = s;
  }
  return [lang, best, second];
}

/**
 * Stage 1 alone: the function-word vote, or "und" when it is not decisive.
 *
 * @example
 * detectByFunctionWords("Unser Team sucht einen Senior Developer").lang // "de"
 */
export function detectByFunctionWords(text: string): LanguageGuess {
  const words = wordsOf(tokenize(text));
  if (words.length < MIN_WORDS) return UND;
  return decideVote(voteFunctionWords(words)) ?? UND;
}

function decideVote(scores: Map<string, number>): LanguageGuess | undefined {
  const [lang, best, second] = topTwo(scores);
  if (best < VOTE_MIN || best - second < VOTE_MARGIN) return undefined;
  // 2 clean votes → 0.67, 4 → 0.8; a contested lead lowers it.
  const confidence = (best - second) / (best + 1);
  return { lang, confidence: round(confidence), method: "function-words" };
}

/**
 * Stage 2 alone: eld over the words of the text (subset {@link ELD_LANGS}).
 *
 * @example
 * detectByEld("Quarterly profits jumped sharply").lang // "en"
 */
export function detectByEld(text: string): LanguageGuess {
  const words = wordsOf(tokenize(text));
  if (words.length < MIN_WORDS) return UND;
  return eldGuess(words);
}

/**
 * eld's scaled scores plus a small share of the vote: a weak vote (one "und", one "-ung" word)
 * cannot decide alone but tips a close n-gram call, e.g. "Spannendes Networking-Event".
 */
function eldGuess(
  words: readonly string[],
  votes?: Map<string, number>,
  ngramScores: NgramScorer = eldScores,
): LanguageGuess {
  const scores = ngramScores(words.join(" "));
  if (votes !== undefined) {
    for (const [lang, v] of votes) {
      const s = scores.get(lang);
      if (s !== undefined) scores.set(lang, s + VOTE_SHARE * v);
    }
  }
  const [lang, best, second] = topTwo(scores);
  if (lang === "") return UND;
  // A clear lead gives ~1; a near tie ~0.5 or less.
  const confidence = 0.5 + (best - second) * 2;
  return { lang, confidence: round(confidence), method: "eld" };
}

/**
 * The language of a short text: "de", "en", another ISO 639-1 code, or "und" when the text is
 * empty, only emoji/links/mentions, or shorter than {@link MIN_WORDS} words.
 *
 * @example
 * detectLanguage("Call mit dem Kunden morgen")          // { lang: "de", method: "function-words", … }
 * detectLanguage("Spannendes Networking-Event")         // { lang: "de", … }
 * detectLanguage("🎉🎉 https://example.com")             // { lang: "und", method: "none", confidence: 0 }
 */
export function detectLanguage(text: string): LanguageGuess {
  return detectLanguageWith(text, eldScores);
}

/**
 * {@link detectLanguage} with another n-gram stage, e.g. eld itself, to compare the two
 * (`scripts/eval-lang.ts`).
 *
 * @example
 * detectLanguageWith("Quarterly profits jumped sharply", eldScores).lang // "en"
 */
export function detectLanguageWith(text: string, ngramScores: NgramScorer): LanguageGuess {
  const words = wordsOf(tokenize(text));
  if (words.length < MIN_WORDS) return UND;
  const votes = voteFunctionWords(words);
  return decideVote(votes) ?? eldGuess(words, votes, ngramScores);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
