/**
 * Evaluates language detection on short texts (3–12 words) and prints accuracy per language and
 * throughput for: the function-word vote alone, eld alone (subset and all languages, two database
 * sizes), and the shipped combination `detectLanguage`. Also measures eld load time and memory in
 * fresh processes.
 *
 * Data: first sentences of ../shared/data/politics/*.jsonl (read here, never copied; skipped with
 * a note when absent) plus the hand-written posts in test/fixtures/text/lang/.
 *
 * Run: npx tsx scripts/eval-lang.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eld as eldXs } from "eld/extrasmall";
import { eld as eldSmall } from "eld/small";
import {
  detectByFunctionWords,
  detectLanguage,
  ELD_LANGS,
  type LanguageGuess,
  loadEld,
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

const DETECTORS: Array<[string, Detector]> = [
  ["function words alone", viaGuess(detectByFunctionWords)],
  ["eld XS, subset", eldDetector(eldXs, ELD_LANGS)],
  ["eld S, subset", eldDetector(eldSmall, ELD_LANGS)],
  ["eld S, all 60 languages", eldDetector(eldSmall, false)],
  ["combination (detectLanguage)", viaGuess(detectLanguage)],
];

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

function measureLoad(entry: string): string {
  const code = `const r0=process.memoryUsage().rss;const t=performance.now();const {eld}=await import("${entry}");const ms=performance.now()-t;const r1=process.memoryUsage().rss;console.log(ms.toFixed(0)+" ms, +"+((r1-r0)/1048576).toFixed(0)+" MiB RSS")`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT })
    .toString()
    .trim();
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
  console.log("\neld load (fresh process):");
  for (const entry of ["eld/extrasmall", "eld/small", "eld/medium"]) {
    console.log(`  ${entry}: ${measureLoad(entry)}`);
  }
  console.log("\nSome errors per method:");
  for (const [name, list] of errors) console.log(`  ${name}:\n    ${list.join("\n    ")}`);
}

await loadEld();
main();
