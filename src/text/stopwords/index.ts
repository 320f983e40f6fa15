import { STOPWORDS_DE } from "./de.js";
import { STOPWORDS_EN } from "./en.js";

export { STOPWORDS_DE, STOPWORDS_EN };

const SETS = { de: new Set(STOPWORDS_DE), en: new Set(STOPWORDS_EN) };

/**
 * Whether a normalized token (see `Token.norm`: NFKC, lower-case, `'` apostrophe) is a stopword.
 * Languages other than de/en have no list and always answer false.
 *
 * @example
 * isStopword("und", "de") // true
 * isStopword("netzwerk", "de") // false
 * isStopword("don't", "en") // true
 */
export function isStopword(norm: string, lang: string): boolean {
  if (lang === "de") return SETS.de.has(norm);
  if (lang === "en") return SETS.en.has(norm);
  return false;
}
