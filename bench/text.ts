/**
 * Politics filter benchmark (not a test): our model vs Debian's fastText, trained on the same
 * examples (same split, same headline/sentence augmentation, same hand-written posts) with
 * comparable settings (word bigrams, char 3–5-grams, 2^20 buckets, same epochs, one thread),
 * scored on the same held-out set. Also our load time and memory, in a fresh process.
 *
 * Run: npx tsx bench/text.ts [-- --repeat 200000]   (reads ../shared/data/politics)
 * Targets: ≥ 200,000 short texts/s/core, ≥ 0.5× fastText, accuracy within 1 point, load ≤ 300 ms,
 * memory ≤ 150 MB.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GERMAN_WEIGHT, readWritten } from "../scripts/politics/build.js";
import { firstSentence, loadNews, parsePosts, splitNews } from "../scripts/politics/data.js";
import { postTruth } from "../scripts/politics/evaluate.js";
import { buildExamples } from "../scripts/politics/examples.js";
import { DEFAULT_OPTIONS } from "../scripts/politics/train.js";
import { loadPoliticsModel, politicalProbability } from "../src/text/politics/index.js";
import { ensureFasttext, fasttextLine, measureLoad } from "./text/helpers.js";

const { values } = parseArgs({ options: { repeat: { type: "string", default: "200000" } } });
const dataDir = join(import.meta.dirname, "..", "..", "shared", "data", "politics");
const { train, test } = splitNews(loadNews(dataDir));
const read = (p: string) => readFileSync(join(import.meta.dirname, "..", p), "utf8");
const heldPosts = parsePosts(read("test/fixtures/text/politics/posts-heldout.tsv"));
// The shipped model's training set: articles, their sentences and all hand-written texts.
const examples = buildExamples(train, readWritten(join(import.meta.dirname, "..")), {
  germanWeight: GERMAN_WEIGHT,
  germanNegWeight: GERMAN_WEIGHT,
});

/** The held-out sets, truth at the `strict` level (the news labels' meaning). */
type Item = { text: string; truth: boolean };
const sets: { news: Item[]; headlines: Item[]; posts: Item[] } = {
  news: test.map((d) => ({ text: d.text, truth: d.political })),
  headlines: test.map((d) => ({ text: firstSentence(d.text), truth: d.political })),
  posts: heldPosts.map((p) => ({ text: p.text, truth: postTruth(p, "strict") })),
};
const shortTexts = [...sets.headlines, ...sets.posts].map((x) => x.text);
const repeat = Number(values.repeat);
const bulk = Array.from({ length: repeat }, (_, i) => shortTexts[i % shortTexts.length] as string);
const words = bulk.reduce((n, t) => n + t.split(/\s+/).length, 0) / bulk.length;
console.log(`short texts: ${bulk.length} (mean ${words.toFixed(1)} words)`);

// --- ours
const load = measureLoad();
const model = loadPoliticsModel();
const ourAcc: Record<string, number> = {};
for (const [name, items] of Object.entries(sets)) {
  const ok = items.filter((x) => politicalProbability(model, x.text, "strict") >= 0.5 === x.truth);
  ourAcc[name] = ok.length / items.length;
}
for (const t of bulk.slice(0, 20000)) politicalProbability(model, t, "strict"); // warm-up
// Five timed passes (the machine may be shared): the median pass, wall and CPU time.
let sink = 0;
const passes: Array<{ wall: number; cpu: number }> = [];
for (let r = 0; r < 5; r++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of bulk) sink += politicalProbability(model, t, "strict");
  const cpu = process.cpuUsage(cpu0);
  passes.push({ wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const ourSeconds = median(passes.map((p) => p.wall));
const ourCpuSeconds = median(passes.map((p) => p.cpu));

// --- fastText
const ft = ensureFasttext();
const dir = mkdtempSync(join(tmpdir(), "tellerrand-fasttext-"));
const keep = process.env.KEEP_FASTTEXT === "1";
let ftAcc: Record<string, number> = {};
let ftSeconds = 0;
try {
  const trainFile = join(dir, "train.txt");
  const lines = examples.flatMap((e) => {
    const line = `__label__${e.y.strict === 1 ? "pol" : "non"} ${fasttextLine(e.text)}`;
    // fastText has no weights: repeat an example as often as its weight says (posts 3×, German 2×)
    return Array.from({ length: Math.max(1, Math.round(e.weight)) }, () => line);
  });
  writeFileSync(trainFile, `${lines.join("\n")}\n`);
  const base = join(dir, "model");
  const args = ["supervised", "-input", trainFile, "-output", base, "-wordNgrams", "2"];
  args.push("-minn", "3", "-maxn", "5", "-epoch", String(DEFAULT_OPTIONS.epochs), "-dim", "50");
  // lr 0.5: fastText's default 0.1 underfits this small set in 8 epochs (measured: 82% on news).
  args.push("-lr", "0.5");
  args.push("-bucket", String(DEFAULT_OPTIONS.buckets), "-thread", "1", "-verbose", "0");
  execFileSync(ft, args);
  ftAcc = {};
  for (const [name, items] of Object.entries(sets)) {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, `${items.map((x) => fasttextLine(x.text)).join("\n")}\n`);
    const out = execFileSync(ft, ["predict", `${base}.bin`, file], { encoding: "utf8" }).trim();
    const labels = out.split("\n");
    ftAcc[name] =
      items.filter((x, i) => (labels[i] === "__label__pol") === x.truth).length / items.length;
  }
  const bulkFile = join(dir, "bulk.txt");
  writeFileSync(bulkFile, `${bulk.map(fasttextLine).join("\n")}\n`);
  const oneFile = join(dir, "one.txt");
  writeFileSync(oneFile, `${fasttextLine(bulk[0] ?? "")}\n`);
  // Throughput without model load: the bulk run minus a one-line run (wall time).
  const timed = (file: string) => {
    const s = performance.now();
    execFileSync(ft, ["predict", `${base}.bin`, file], { maxBuffer: 1 << 28 });
    return (performance.now() - s) / 1000;
  };
  timed(oneFile);
  const bulkSeconds = timed(bulkFile);
  const loadSeconds = timed(oneFile);
  ftSeconds = bulkSeconds - loadSeconds;
  console.log(
    `fastText predict: ${bulkSeconds.toFixed(2)} s for the bulk, ${loadSeconds.toFixed(2)} s for one line`,
  );
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

const pct = (x: number | undefined) => `${((x ?? 0) * 100).toFixed(1)}%`;
const rate = (s: number) => Math.round(bulk.length / s).toLocaleString("en");
console.log("\n| | ours | fastText |\n|---|---|---|");
for (const name of Object.keys(sets)) {
  console.log(
    `| accuracy ${name} (n=${sets[name as keyof typeof sets].length}) | ${pct(ourAcc[name])} | ${pct(ftAcc[name])} |`,
  );
}
console.log(
  `| short texts/s (wall, 1 thread; ours: median of 5 passes, ${passes.map((p) => rate(p.wall)).join(" / ")}) | ${rate(ourSeconds)} | ${rate(ftSeconds)} |`,
);
console.log(`| short texts/s per CPU second | ${rate(ourCpuSeconds)} | (not measured) |`);
console.log(`| throughput ratio ours/fastText | ${(ftSeconds / ourSeconds).toFixed(2)}× | |`);
console.log(`| model load | ${load.ms.toFixed(0)} ms | |`);
console.log(`| memory after load (RSS − baseline) | ${load.rssMiB.toFixed(1)} MiB | |`);
console.log(`(checksum ${sink.toFixed(3)})`);
