/**
 * German and English stemming with the official Snowball algorithms (German, and Porter2 for
 * English) as ported by nlp.js (`@nlpjs/lang-de`, `@nlpjs/lang-en-min`). Their outputs agree
 * 100 % with the reference `snowball-stemmers` build on the ~58,000 distinct words of the politics
 * corpus (see docs/text-language.md), and they are 2–3× faster. Their own `stemWord()` cache is
 * unbounded, so we call the algorithm directly and keep our own bounded cache.
 */
import nlpDe from "@nlpjs/lang-de";
import nlpEn from "@nlpjs/lang-en-min";

/** Languages we stem. */
export type StemLang = "de" | "en";

/** Entries per language before the oldest generation is dropped. */
export const STEM_CACHE_SIZE = 50_000;

/**
 * Two-generation cache: lookups hit `young` or `old`; when `young` fills half the budget, `old`
 * is dropped and `young` becomes `old`. Recently used entries survive (they are copied on hit),
 * memory stays bounded by `limit`, and every operation is O(1) with no linked list.
 */
class GenerationCache {
  private young = new Map<string, string>();
  private old = new Map<string, string>();
  constructor(private readonly limit: number) {}

  get(key: string): string | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: string): void {
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

const stemmers = { de: new nlpDe.StemmerDe(), en: new nlpEn.StemmerEn() };
const caches = {
  de: new GenerationCache(STEM_CACHE_SIZE),
  en: new GenerationCache(STEM_CACHE_SIZE),
};

// Binnen-I needs the original case: "EntwicklerInnen" but not "Berlin".
const BINNEN_I = /(\p{Ll})In(?:nen)?$/u;
// Explicit gender markers: Entwickler:innen, Entwickler*in, Entwickler_innen, Entwickler·innen,
// Entwickler/innen, Entwickler/-innen.
const GENDER_MARK = /[:*_\u00B7/]-?in(?:nen)?$/u;
// Feminine plurals whose "-innen" is part of the root, not a suffix.
const INNEN_ROOTS = new Set([
  "innen",
  "binnen",
  "drinnen",
  "gewinnen",
  "beginnen",
  "besinnen",
  "entrinnen",
  "ersinnen",
  "spinnen",
  "zerrinnen",
  "rinnen",
  "sinnen",
  "linnen",
]);

/**
 * Reduces German feminine and gender-inclusive forms to the base noun, so they share a stem with
 * the generic form: "Entwickler:innen", "EntwicklerInnen", "Entwicklerinnen", "Entwicklerin" →
 * "entwickler". A bare "-in" is only removed after "-er" ("Beraterin"), because "Termin",
 * "Berlin" and "Medizin" also end in "-in".
 */
function degenderDe(word: string): string {
  const w = word.replace(BINNEN_I, "$1").toLowerCase().replace(GENDER_MARK, "");
  if (w.endsWith("innen") && w.length >= 9 && !INNEN_ROOTS.has(w)) return w.slice(0, -5);
  if (w.endsWith("erin") && w.length >= 6) return w.slice(0, -2);
  return w;
}

/**
 * The Snowball stem of one word, lower-cased. German gendered forms stem like the generic noun.
 * Results are cached (at most {@link STEM_CACHE_SIZE} entries per language).
 *
 * @example
 * stem("Entwickler:innen", "de") === stem("Entwickler", "de") // true, both "entwickl"
 * stem("networking", "en") // "network"
 */
export function stem(word: string, lang: StemLang): string {
  const cache = caches[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const input = lang === "de" ? degenderDe(word) : word.toLowerCase().replace(/\u2019/g, "'");
  const stemmer = stemmers[lang];
  stemmer.setCurrent(input);
  stemmer.innerStem();
  const out = stemmer.getCurrent();
  cache.set(word, out);
  return out;
}

/** Number of cached stems for a language (for tests and memory checks). */
export function stemCacheSize(lang: StemLang): number {
  return caches[lang].size;
}
