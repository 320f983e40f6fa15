/**
 * Train and evaluate the private-vs-professional classifier.
 *   npx tsx scripts/eval-private.ts           # figures: rules vs linear model vs combination
 *   npx tsx scripts/eval-private.ts --errors  # also list the misclassified texts
 *   npx tsx scripts/eval-private.ts --write   # (re)write src/text/private/model-data.ts
 * Data: the hand-labelled sets in test/fixtures/text/private ({en,de}.tsv posts + news-{en,de}.tsv
 * news-style texts = development set for training and 5-fold cross-validation;
 * holdout-{en,de}.tsv and holdout-news-{en,de}.tsv = never trained or tuned on). Training is deterministic: --write gives byte-identical output on every run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { featurize } from "../src/text/private/features.js";
import { MODEL_SHARE, RULES_SHARE } from "../src/text/private/index.js";
import { rulesLogit } from "../src/text/private/rules.js";
import {
  type Example,
  type LinearModel,
  modelLogit,
  seededRandom,
  serializeModel,
  trainLogReg,
} from "../src/text/private/train.js";

const FIXTURES = join(import.meta.dirname, "../test/fixtures/text/private");
const MODEL_FILE = join(import.meta.dirname, "../src/text/private/model-data.ts");
const FOLDS = 5;
const args = new Set(process.argv.slice(2));

interface Row extends Example {
  readonly lang: "en" | "de";
  readonly hard: boolean;
  readonly news: boolean;
}

function load(file: string, lang: "en" | "de"): Row[] {
  const lines = readFileSync(join(FIXTURES, file), "utf8").split(/\r?\n/).slice(1);
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [label, hard, text] = l.split("\t");
      const news = file.includes("news");
      return {
        lang,
        text: text ?? "",
        hard: hard === "1",
        news,
        label: label === "private" ? 1 : 0,
      };
    });
}

type Scorer = (text: string) => number; // logit, > 0 = private

interface Figures {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  hardAccuracy: number;
}

function figures(rows: readonly Row[], predicted: readonly boolean[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  let hard = 0;
  let hardCorrect = 0;
  rows.forEach((r, i) => {
    const p = predicted[i] === true;
    const y = r.label === 1;
    if (p && y) tp++;
    if (p && !y) fp++;
    if (!p && y) fn++;
    if (p === y) correct++;
    if (r.hard) {
      hard++;
      if (p === y) hardCorrect++;
    }
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    n: rows.length,
    precision,
    recall,
    f1,
    accuracy: correct / rows.length,
    hardAccuracy: hard === 0 ? Number.NaN : hardCorrect / hard,
  };
}

const f = (x: number) => (Number.isNaN(x) ? "  n/a" : x.toFixed(3));
function print(name: string, rows: readonly Row[], predicted: readonly boolean[]): void {
  for (const lang of ["en", "de"] as const) {
    const idx = rows.map((r, i) => (r.lang === lang ? i : -1)).filter((i) => i >= 0);
    const fig = figures(
      idx.map((i) => rows[i] as Row),
      idx.map((i) => predicted[i] === true),
    );
    console.log(
      `${name.padEnd(34)} ${lang}  n=${String(fig.n).padStart(3)}  P=${f(fig.precision)}  R=${f(fig.recall)}  F1=${f(fig.f1)}  acc=${f(fig.accuracy)}  hard-acc=${f(fig.hardAccuracy)}`,
    );
  }
}

function listErrors(name: string, rows: readonly Row[], logits: readonly number[]): void {
  if (!args.has("--errors")) return;
  rows.forEach((r, i) => {
    const logit = logits[i] as number;
    if (logit > 0 !== (r.label === 1)) {
      console.log(
        `  [${name}] ${r.lang} ${r.label ? "private" : "profess"} ${logit.toFixed(2)}  ${r.text}`,
      );
    }
  });
}

/** Stratified by language and label, after a seeded shuffle. */
function foldOf(rows: readonly Row[]): number[] {
  const random = seededRandom(7);
  const folds = new Array<number>(rows.length).fill(0);
  for (const lang of ["en", "de"]) {
    for (const label of [0, 1]) {
      const idx = rows
        .map((r, i) => (r.lang === lang && r.label === label ? i : -1))
        .filter((i) => i >= 0);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
      }
      idx.forEach((rowIndex, k) => {
        folds[rowIndex] = k % FOLDS;
      });
    }
  }
  return folds;
}

const rulesScorer: Scorer = (text) => rulesLogit(text).logit;
const modelScorer =
  (model: LinearModel): Scorer =>
  (text) =>
    modelLogit(model, featurize(text));
const combined =
  (model: LinearModel): Scorer =>
  (text) =>
    RULES_SHARE * rulesScorer(text) + MODEL_SHARE * modelScorer(model)(text);

function crossValidate(rows: readonly Row[], make: (m: LinearModel) => Scorer): number[] {
  const folds = foldOf(rows);
  const logits = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const model = trainLogReg(rows.filter((_, i) => folds[i] !== k));
    const score = make(model);
    rows.forEach((r, i) => {
      if (folds[i] === k) logits[i] = score(r.text);
    });
  }
  return logits;
}

const dev = [
  ...load("en.tsv", "en"),
  ...load("de.tsv", "de"),
  ...load("news-en.tsv", "en"),
  ...load("news-de.tsv", "de"),
];
const holdout = [...load("holdout-en.tsv", "en"), ...load("holdout-de.tsv", "de")];
const newsHoldout = [...load("holdout-news-en.tsv", "en"), ...load("holdout-news-de.tsv", "de")];
console.log(
  `development set: ${dev.length} texts, holdout: posts ${holdout.length}, news ${newsHoldout.length}\n`,
);

const rulesDev = dev.map((r) => rulesScorer(r.text));
print(
  "rules, dev (in-sample: lexicon)",
  dev,
  rulesDev.map((z) => z > 0),
);
listErrors("rules/dev", dev, rulesDev);
const lrCv = crossValidate(dev, modelScorer);
print(
  "linear model, dev 5-fold CV",
  dev,
  lrCv.map((z) => z > 0),
);
listErrors("lr/cv", dev, lrCv);
const comboCv = crossValidate(dev, combined);
print(
  "rules+model, dev 5-fold CV",
  dev,
  comboCv.map((z) => z > 0),
);
listErrors("combo/cv", dev, comboCv);
for (const news of [false, true]) {
  const idx = dev.map((r, i) => (r.news === news ? i : -1)).filter((i) => i >= 0);
  print(
    `  of which ${news ? "news-style" : "posts"}`,
    idx.map((i) => dev[i] as Row),
    idx.map((i) => (comboCv[i] as number) > 0),
  );
}

const model = trainLogReg(dev);
console.log("");
for (const [name, scorer] of [
  ["rules, holdout", rulesScorer],
  ["linear model, holdout", modelScorer(model)],
  ["rules+model, holdout", combined(model)],
] as const) {
  for (const [set, rows] of [
    ["posts", holdout],
    ["news", newsHoldout],
  ] as const) {
    const logits = rows.map((r) => scorer(r.text));
    print(
      `${name} ${set}`,
      rows,
      logits.map((z) => z > 0),
    );
    listErrors(`${name} ${set}`, rows, logits);
  }
}

if (args.has("--write")) {
  const json = serializeModel(model);
  const source = `// Generated by \`npm run train:private\` (scripts/eval-private.ts). Do not edit.\n// Logistic regression over hashed words, word bigrams and char 3–5-grams; see docs/text-private.md.\nexport const PRIVATE_MODEL_JSON =\n  '${json}';\n`;
  writeFileSync(MODEL_FILE, source);
  console.log(`\nwrote ${MODEL_FILE} (${source.length} bytes)`);
}
