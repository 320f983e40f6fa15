/**
 * The n-gram fallback: eld's (Efficient Language Detector, Apache-2.0) "small" database, limited
 * to the languages we care about, as a compact shipped model (`src/text/models/lang-ngrams.bin`,
 * built by `scripts/build-lang-model.ts`) scored by a port of eld's algorithm (`eldPort.ts`).
 * The limit keeps en/de from losing to languages we never expect (e.g. "Call mit dem Kunden" →
 * Danish). The model is loaded on demand by {@link loadLangModel}.
 */
import { scaledScores } from "./eldPort.js";
import { loadNgramModel, type NgramModel } from "./ngramModel.js";

/** Languages the n-gram stage may answer with. Everything else comes back as "und". */
export const ELD_LANGS: readonly string[] = [
  "de",
  "en",
  "fr",
  "es",
  "it",
  "nl",
  "pt",
  "pl",
  "tr",
  "da",
  "sv",
  "no",
];

let model: NgramModel | undefined;

/**
 * Loads the shipped n-gram model once (1 MiB, a few milliseconds: see docs/text-language.md).
 * Until it is loaded, {@link eldScores} answers nothing and detection rests on the function-word
 * vote alone. Synchronous; {@link loadEld} is the promise-returning name callers already use.
 *
 * @example
 * loadLangModel();
 * detectLanguage("Spannendes Networking-Event").lang // "de"
 */
export function loadLangModel(): void {
  model ??= loadNgramModel();
}

/**
 * Same as {@link loadLangModel}, as a promise (the name and signature of the eld loader it
 * replaced, so callers need no change).
 *
 * @example
 * await loadEld();
 */
export function loadEld(): Promise<void> {
  try {
    loadLangModel();
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * eld's scores for {@link ELD_LANGS}, each scaled by the best one (so the winner has 1), best
 * first, or an empty map when no n-gram matched or the model is not loaded.
 *
 * @example
 * eldScores("Quarterly profits jumped sharply").get("en") // 1
 */
export function eldScores(text: string): Map<string, number> {
  return model === undefined ? new Map() : scaledScores(model, text);
}
