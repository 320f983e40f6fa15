/**
 * Our politics scorer's throughput alone (no fastText), repeated: the same 200,000 short texts
 * as bench/text.ts (held-out first sentences and posts, cycled), `--runs` timed passes after a
 * warm-up, min/median/max printed. For a loaded machine, pin it: `taskset -c 1 npx tsx …`.
 *
 * Run: npx tsx bench/text/throughput.ts [--runs 7 --repeat 200000 --model FILE]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { firstSentence, loadNews, parsePosts, splitNews } from "../../scripts/politics/data.js";
import { loadPoliticsModel, politicalProbability } from "../../src/text/politics/index.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    repeat: { type: "string", default: "200000" },
    model: { type: "string" },
  },
});
const root = join(import.meta.dirname, "..", "..");
const { test } = splitNews(loadNews(join(root, "..", "shared", "data", "politics")));
const posts = parsePosts(
  readFileSync(join(root, "test/fixtures/text/politics/posts-heldout.tsv"), "utf8"),
);
const short = [...test.map((d) => firstSentence(d.text)), ...posts.map((p) => p.text)];
const bulk = Array.from({ length: Number(values.repeat) }, (_, i) => short[i % short.length]);
const model = loadPoliticsModel(values.model);
let sink = 0;
for (const t of bulk.slice(0, 50_000)) sink += politicalProbability(model, t as string, "strict");
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of bulk) sink += politicalProbability(model, t as string, "strict");
  wall.push(bulk.length / ((performance.now() - t0) / 1000));
  const c = process.cpuUsage(c0);
  cpu.push(bulk.length / ((c.user + c.system) / 1e6));
}
const k = (x: number | undefined) => Math.round(x ?? 0).toLocaleString("en");
const line = (name: string, rates: number[]) => {
  const sorted = [...rates].sort((a, b) => a - b);
  const mid = sorted[sorted.length >> 1];
  console.log(
    `${name}: min ${k(sorted[0])} / median ${k(mid)} / max ${k(sorted.at(-1))} (${rates.map(k).join(", ")})`,
  );
};
console.log(`${bulk.length} short texts, ${wall.length} runs`);
line("texts/s (wall)", wall);
line("texts/s per CPU second (this process)", cpu);
console.log(`(checksum ${sink.toFixed(3)})`);
