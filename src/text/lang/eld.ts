/**
 * The n-gram fallback: `eld` (Efficient Language Detector), its "small" database, limited to the
 * languages we care about. The subset is applied with `setLanguageSubset`, which filters scores
 * after detection: that costs nothing at load time and keeps en/de from losing to languages we
 * never expect (e.g. "Call mit dem Kunden" → Danish). The database is loaded on
 * demand by {@link loadEld}.
 */
import { eld } from "eld";

/** Languages eld may answer with. Everything else comes back as "und". */
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

// The dynamic entry's instances can load a database; its typings give a union with the static one.
const detector = eld.newInstance() as ReturnType<typeof eld.newInstance> & {
  load(size?: string): Promise<unknown>;
};
let loading: Promise<void> | undefined;
let loaded = false;

/**
 * Loads eld's "small" n-gram database once (about 0.5 s and 150 MB: see
 * docs/text-language.md). Until it is loaded, {@link eldScores} answers nothing and detection
 * rests on the function-word vote alone, so commands that never detect languages never pay.
 *
 * @example
 * await loadEld();
 * detectLanguage("Spannendes Networking-Event").lang // "de"
 */
export function loadEld(): Promise<void> {
  loading ??= detector.load("small").then(() => {
    detector.setLanguageSubset([...ELD_LANGS]);
    loaded = true;
  });
  return loading;
}

/**
 * eld's scores for the subset languages, each scaled by the best one (so the winner has 1), or
 * an empty map when no n-gram matched.
 *
 * @example
 * eldScores("Quarterly profits jumped sharply").get("en") // 1
 */
export function eldScores(text: string): Map<string, number> {
  const scaled = new Map<string, number>();
  if (!loaded) return scaled;
  const result = detector.detect(text);
  if (result.language === "") return scaled;
  const raw = Object.entries(result.getScores());
  const best = Math.max(...raw.map(([, s]) => s));
  if (!(best > 0)) return scaled;
  for (const [lang, s] of raw) scaled.set(lang, s / best);
  return scaled;
}
