/**
 * Stratified k-fold cross-validation of the politics filter on German news, for choices that
 * the 81-article dev split cannot resolve. Every fold trains on all English training articles,
 * the hand-written texts and the other German folds, and predicts its own German articles;
 * predictions are pooled over folds before precision/recall/F1 (one figure over all articles).
 *
 * Default: folds over the German part of the TRAIN split only (406 articles; the held-out
 * split is never touched). `--all`: folds over all 508 German articles, for the model card
 * only (never for choices).
 *
 * Run: npx tsx scripts/politics/cv.ts [--all --errors --folds 5 --de-weight 2 --de-neg-weight 2
 *      --written-weight 3 --epochs 8 --buckets 524288 --no-written]   (defaults: the shipped setup)
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Scorer } from "../../src/text/politics/scorer.js";
import { GERMAN_WEIGHT, readWritten } from "./build.js";
import { firstSentence, loadNews, type NewsDoc, rng, shuffle, splitNews } from "./data.js";
import { prf } from "./evaluate.js";
import { buildExamples } from "./examples.js";
import { DEFAULT_OPTIONS, trainPolitics } from "./train.js";

const { values } = parseArgs({
  options: {
    all: { type: "boolean", default: false },
    errors: { type: "boolean", default: false },
    folds: { type: "string", default: "5" },
    "de-weight": { type: "string", default: String(GERMAN_WEIGHT) },
    "de-neg-weight": { type: "string", default: String(GERMAN_WEIGHT) },
    "written-weight": { type: "string" },
    "no-written": { type: "boolean", default: false },
    epochs: { type: "string", default: String(DEFAULT_OPTIONS.epochs) },
    buckets: { type: "string", default: String(DEFAULT_OPTIONS.buckets) },
  },
});
const root = join(import.meta.dirname, "..", "..");
const all = loadNews(join(root, "..", "shared", "data", "politics"));
const { train } = splitNews(all);
const en = train.filter((d) => d.lang === "en");
const de = (values.all ? all : train).filter((d) => d.lang === "de");
const k = Number(values.folds);

/** Stratified fold of each German article (seed 20260303, independent of the other splits). */
const fold = new Map<NewsDoc, number>();
const random = rng(20260303);
for (const political of [true, false]) {
  const stratum = shuffle(
    de.filter((d) => d.political === political),
    random,
  );
  for (const [i, d] of stratum.entries()) fold.set(d, i % k);
}

const written = readWritten(root, !values["no-written"]);
/** Errors per section (news, strict), to see their kinds. */
const errors = new Map<string, number>();
const pairs: Record<string, Array<{ truth: boolean; predicted: boolean }>> = {};
for (let f = 0; f < k; f++) {
  const test = de.filter((d) => fold.get(d) === f);
  const examples = buildExamples([...en, ...de.filter((d) => fold.get(d) !== f)], written, {
    germanWeight: Number(values["de-weight"]),
    germanNegWeight: Number(values["de-neg-weight"]),
    ...(values["written-weight"] ? { writtenWeight: Number(values["written-weight"]) } : {}),
  });
  const model = trainPolitics(examples, {
    ...DEFAULT_OPTIONS,
    epochs: Number(values.epochs),
    buckets: Number(values.buckets),
    meta: {},
  });
  const scorer = new Scorer(model);
  for (const level of ["strict", "partisan"] as const) {
    for (const [name, cut] of [
      ["news", (t: string) => t],
      ["first", (t: string) => firstSentence(t)],
    ] as const) {
      const key = `de.${name}.${level}`;
      pairs[key] ??= [];
      for (const d of test) {
        const predicted = scorer.score(cut(d.text), level) >= model.levels[level].threshold;
        pairs[key].push({ truth: d.political, predicted });
        if (predicted !== d.political && key === "de.news.strict") {
          errors.set(d.section, (errors.get(d.section) ?? 0) + 1);
          if (values.errors) console.log(`  ${d.section} ${d.text.slice(0, 110)}`);
        }
      }
    }
  }
}
console.log(`${k}-fold CV over ${de.length} German articles (${values.all ? "all" : "train"})`);
console.log("strict news errors by section:", JSON.stringify(Object.fromEntries(errors)));
for (const [key, p] of Object.entries(pairs)) console.log(key, JSON.stringify(prf(p)));
