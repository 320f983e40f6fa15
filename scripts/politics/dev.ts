/**
 * Development split for tuning the politics filter without touching the held-out split: the
 * training articles are split again (20% per language and label, seed 20260302) into dev-train
 * and dev, a model is trained on dev-train, and the dev figures and errors are printed.
 *
 * Run: npx tsx scripts/politics/dev.ts [-- --errors]
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Scorer } from "../../src/text/politics/scorer.js";
import { readWritten } from "./build.js";
import { firstSentence, loadNews, splitNews } from "./data.js";
import { prf } from "./evaluate.js";
import { buildExamples } from "./examples.js";
import { DEFAULT_OPTIONS, trainPolitics } from "./train.js";

export const DEV_SEED = 20260302;

const { values } = parseArgs({
  options: {
    errors: { type: "boolean", default: false },
    "de-weight": { type: "string", default: "1" },
    epochs: { type: "string", default: String(DEFAULT_OPTIONS.epochs) },
    lr: { type: "string", default: String(DEFAULT_OPTIONS.learningRate) },
  },
});
const root = join(import.meta.dirname, "..", "..");
const { train } = splitNews(loadNews(join(root, "..", "shared", "data", "politics")));
const { train: devTrain, test: dev } = splitNews(train, 0.2, DEV_SEED);
const posts = readWritten(root);
const model = trainPolitics(
  buildExamples(devTrain, posts, { germanWeight: Number(values["de-weight"]) }),
  {
    ...DEFAULT_OPTIONS,
    epochs: Number(values.epochs),
    learningRate: Number(values.lr),
    meta: {},
  },
);
const scorer = new Scorer(model);
for (const lang of ["en", "de"] as const) {
  const docs = dev.filter((d) => d.lang === lang);
  for (const level of ["strict", "partisan"] as const) {
    for (const [name, text] of [
      ["news", (t: string) => t],
      ["headlines", (t: string) => firstSentence(t)],
    ] as const) {
      const pairs = docs.map((d) => ({
        truth: d.political,
        predicted: scorer.score(text(d.text), level) >= 0.5,
      }));
      console.log(`${lang}.${name}.${level}`, JSON.stringify(prf(pairs)));
    }
  }
  if (values.errors && lang === "de") {
    for (const d of docs) {
      const p = scorer.score(d.text, "strict");
      if (p >= 0.5 !== d.political) {
        console.log(`  ${d.section} p=${p.toFixed(2)} ${d.text.slice(0, 150)}`);
      }
    }
  }
}
