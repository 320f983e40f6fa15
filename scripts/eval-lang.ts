/**
 * Evaluates language detection on short texts (3–12 words) and prints accuracy per language and
 * throughput for: the function-word vote alone, the n-gram stage alone (the compact model, and
 * eld itself with two database sizes, subset and all languages), and the shipped combination
 * `detectLanguage` next to the same combination over eld (the path before the compact model),
 * with their agreement. Then load time and memory of eld's database vs the compact model, each
 * in a fresh process.
 *
 * Data: first sentences of ../shared/data/politics/*.jsonl (read here, never copied; skipped with
 * a note when absent) plus the hand-written posts in test/fixtures/text/lang/.
 *
 * Run: npm run eval:lang (= npx tsx scripts/eval-lang.ts)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eld as eldXs } from "eld/extrasmall";
import { eld as eldSmall } from "eld/small";
import {
  detectByEld,
  detectByFunctionWords,
  detectLanguage,
  detectLanguageWith,
  ELD_LANGS,
  eldScores,
  type LanguageGuess,
  loadLangModel,
} from "../src/text/lang/index.js";
import { tokenize } from "../src/text/tokenize.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = join(ROOT, "test/fixtures/text/lang");
const POLITICS = join(ROOT, "../shared/data/politics");

interface Sample {
  lang: string;
  source: string;
  text: string;
}

/** First sentence of a news text, cut to at most 12 words; undefined if under 3 words. */
function shortText(text: string): string | undefined {
  const first = text.split(/(?<=[.!?])\s+| – /u)[0] ?? "";
  const words = first.split(/\s+/u).filter((w) => w !== "");
  if (words.length < 3) return undefined;
  return words.slice(0, 12).join(" ");
}

function newsSamples(file: string, lang: string): Sample[] {
  const path = join(POLITICS, file);
  if (!existsSync(path)) {
    console.log(`(skipped ${file}: not found at ${path})`);
    return [];
  }
  const out: Sample[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const text = shortText((JSON.parse(line) as { text: string }).text);
    if (text !== undefined) out.push({ lang, source: `news-${lang}`, text });
  }
  return out;
}

function fixtureSamples(): Sample[] {
  const lines = (f: string) =>
    readFileSync(join(FIXTURES, f), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
  const out: Sample[] = [];
  for (const text of lines("de.txt")) out.push({ lang: "de", source: "posts-de", text });
  for (const text of lines("en.txt")) out.push({ lang: "en", source: "posts-en", text });
  for (const row of lines("other.tsv")) {
    const [lang = "", text = ""] = row.split("\t");
    out.push({ lang, source: "posts-other", text });
  }
  return out;
}

type Detector = (text: string) => string;

function eldDetector(instance: typeof eldSmall, subset: readonly string[] | false): Detector {
  const d = instance.newInstance();
  d.setLanguageSubset(subset === false ? false : [...subset]);
  return (text) => {
    const words = tokenize(text).filter((t) => t.kind === "word");
    if (words.length < 2) return "und";
    return d.detect(words.map((t) => t.norm).join(" ")).language || "und";
  };
}

const viaGuess =
  (f: (t: string) => LanguageGuess): Detector =>
  (text) =>
    f(text).lang;

/** The n-gram stage as it was before the compact model: eld/small with the subset. */
const eldSubset = eldSmall.newInstance();
eldSubset.setLanguageSubset([...ELD_LANGS]);
function eldReference(text: string): Map<string, number> {
  const scaled = new Map<string, number>();
  const result = eldSubset.detect(text);
  if (result.language === "") return scaled;
  const raw = Object.entries(result.getScores());
  const best = Math.max(...raw.map(([, s]) => s));
  for (const [lang, s] of raw) scaled.set(lang, s / best);
  return scaled;
}

const DETECTORS: Array<[string, Detector]> = [
  ["function words alone", viaGuess(detectByFunctionWords)],
  ["eld XS, subset", eldDetector(eldXs, ELD_LANGS)],
  ["eld S, subset", eldDetector(eldSmall, ELD_LANGS)],
  ["compact model (= eld S, subset)", viaGuess(detectByEld)],
  ["eld S, all 60 languages", eldDetector(eldSmall, false)],
  ["combination over eld S (old path)", viaGuess((t) => detectLanguageWith(t, eldReference))],
  ["combination (detectLanguage, compact model)", viaGuess(detectLanguage)],
];

/** Share of texts where the compact model gives eld's exact scores, and where the shipped
 * combination decides as the old one did. */
function agreement(samples: readonly Sample[]): string {
  let scores = 0;
  let langs = 0;
  for (const { text } of samples) {
    const words = tokenize(text)
      .filter((t) => t.kind === "word")
      .map((t) => t.norm)
      .join(" ");
    if (JSON.stringify([...eldScores(words)]) === JSON.stringify([...eldReference(words)])) {
      scores++;
    }
    if (detectLanguage(text).lang === detectLanguageWith(text, eldReference).lang) langs++;
  }
  const n = samples.length;
  return `compact model vs eld S subset: same scores ${pct(scores, n)}; combination: same language ${pct(langs, n)} (${n} texts)`;
}

function pct(n: number, d: number): string {
  return d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`;
}

function evaluate(name: string, detect: Detector, samples: Sample[]): string[] {
  const groups = new Map<string, { n: number; ok: number; deEnWrong: number }>();
  const wrong: string[] = [];
  for (const s of samples) {
    const got = detect(s.text);
    const g = groups.get(s.source) ?? { n: 0, ok: 0, deEnWrong: 0 };
    g.n++;
    if (got === s.lang) g.ok++;
    else if (wrong.length < 6 && s.source !== "posts-other")
      wrong.push(`${s.lang}→${got}: ${s.text}`);
    if (s.lang !== "de" && s.lang !== "en" && (got === "de" || got === "en")) g.deEnWrong++;
    groups.set(s.source, g);
  }
  // Throughput over the whole set, repeated until at least 0.5 s has passed.
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    for (const s of samples) detect(s.text);
    runs++;
  }
  const perSec = (runs * samples.length) / ((performance.now() - t0) / 1000);
  const cells = [...groups.entries()].map(([src, g]) => {
    const extra = src === "posts-other" ? ` (taken for de/en: ${pct(g.deEnWrong, g.n)})` : "";
    return `${src} ${pct(g.ok, g.n)} of ${g.n}${extra}`;
  });
  console.log(`| ${name} | ${cells.join(" | ")} | ${Math.round(perSec).toLocaleString("en")} |`);
  return wrong;
}

// Each loads its n-gram data in a fresh process: time of the load call, then retained memory
// after a full GC (JS heap + external, where the model's buffer lives), RSS and peak RSS.
const LOADERS: Record<string, string> = {
  "eld/small + subset (old)": `const { eld } = await import("eld"); const d = eld.newInstance();
    const load = async () => { await d.load("small"); d.setLanguageSubset(${JSON.stringify(ELD_LANGS)}); };`,
  "compact model (new)": `const m = await import(${JSON.stringify(join(ROOT, "src/text/lang/index.ts"))});
    const load = async () => m.loadLangModel();`,
};

function measureLoad(setup: string): string {
  const code = `${setup}
    const mb = (b) => (b / 1048576).toFixed(1);
    gc(); const m0 = process.memoryUsage(); const t = performance.now(); await load();
    const ms = performance.now() - t; gc(); const m1 = process.memoryUsage();
    const kept = m1.heapUsed + m1.external - m0.heapUsed - m0.external;
    console.log(ms.toFixed(1) + " ms, retained +" + mb(kept) + " MiB (heap +" +
      mb(m1.heapUsed - m0.heapUsed) + ", external +" + mb(m1.external - m0.external) + "), RSS +" +
      mb(m1.rss - m0.rss) + " MiB, peak RSS " + mb(process.resourceUsage().maxRSS * 1024) + " MiB");`;
  const args = ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", code];
  return execFileSync(process.execPath, args, { cwd: ROOT }).toString().trim();
}

function main(): void {
  const samples = [
    ...newsSamples("de-10kgnad-part-a.jsonl", "de"),
    ...newsSamples("en-bbc-news.jsonl", "en"),
    ...fixtureSamples(),
  ];
  console.log(`${samples.length} samples; eld subset: ${ELD_LANGS.join(",")}\n`);
  console.log("| method | accuracy per source | texts/s |\n|---|---|---|");
  const errors = new Map<string, string[]>();
  for (const [name, detect] of DETECTORS) errors.set(name, evaluate(name, detect, samples));
  console.log(`\n${agreement(samples)}`);
  console.log("\nn-gram data load (fresh process each, Node with tsx):");
  for (const [name, setup] of Object.entries(LOADERS)) {
    console.log(`  ${name}: ${measureLoad(setup)}`);
  }
  console.log("\nSome errors per method:");
  for (const [name, list] of errors) console.log(`  ${name}:\n    ${list.join("\n    ")}`);
}

loadLangModel();
main();
