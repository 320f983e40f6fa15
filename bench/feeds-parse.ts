/**
 * Feed parsing benchmark (not a test): throughput in MB/s over the same corpus, in one run, of
 *  - `ours`: the product's parseFeed (decode, DTD strip, feedsmith, map to our model, dates,
 *    sanitised HTML and readable text of every item — everything the store needs),
 *  - `feedsmith`: the raw library call, to show what our mapping layer costs,
 *  - `rss-parser`: `parseString` (xml2js; its output has no sanitised HTML).
 * All three start from the bytes, as a fetcher has them: the libraries take a string, so their
 * runs include the cheapest possible decoding (`toString("utf8")`); ours detects the encoding.
 * Rounds alternate between parsers so that machine noise hits each alike, and each round starts
 * with the next parser (`--fixed-order` to keep ours, feedsmith, rss-parser every round); the
 * median counts, the range is shown, and the rss-parser/ours time ratio (above 1: ours is
 * faster) is taken within each round, on wall time and on this process's CPU time.
 *
 * Run: npx tsx bench/feeds-parse.ts [--dir DIR] [--rounds N] [--fixed-order]
 * Default DIR: ../shared/data/feeds/rss-parser-fixtures/input (the 31 real feeds).
 * Target: `ours` at least as fast as `rss-parser`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseFeed as feedsmithParse } from "feedsmith";
import RssParser from "rss-parser";
import { parseFeed } from "../src/integrations/feeds/parse/index.js";

const { values } = parseArgs({
  options: {
    dir: {
      type: "string",
      default: join(process.cwd(), "../shared/data/feeds/rss-parser-fixtures/input"),
    },
    rounds: { type: "string", default: "7" },
    "fixed-order": { type: "boolean", default: false },
  },
});
const dir = values.dir ?? "";
if (!existsSync(dir)) {
  console.error(`corpus not found: ${dir} (pass --dir)`);
  process.exit(66);
}
const files = readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
const rssParser = new RssParser();

type Runner = () => Promise<number>;
const runners: Record<string, Runner> = {
  ours: async () => {
    let ok = 0;
    for (const f of files) {
      try {
        parseFeed(f.bytes, { url: `https://bench.test/${f.name}` });
        ok++;
      } catch {}
    }
    return ok;
  },
  feedsmith: async () => {
    let ok = 0;
    for (const f of files) {
      try {
        feedsmithParse(f.bytes.toString("utf8"));
        ok++;
      } catch {}
    }
    return ok;
  },
  "rss-parser": async () => {
    let ok = 0;
    for (const f of files) {
      try {
        await rssParser.parseString(f.bytes.toString("utf8"));
        ok++;
      } catch {}
    }
    return ok;
  },
};

const rounds = Number(values.rounds);
const names = Object.keys(runners);
const wall: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
const parsed: Record<string, number> = {};
for (const [name, run] of Object.entries(runners)) parsed[name] = await run(); // warm-up
for (let round = 0; round < rounds; round++) {
  // Each round starts with the next runner, so no parser always pays for the garbage the one
  // before it left (a major GC lands on whoever runs when it triggers), unless --fixed-order.
  const shift = values["fixed-order"] ? 0 : round % names.length;
  for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await runners[name]?.();
    wall[name]?.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpuStart);
    cpu[name]?.push((used.user + used.system) / 1e6);
  }
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const rate = (s: number) => (megabytes / s).toFixed(1);
const ms = (s: number) => (s * 1000).toFixed(0);
console.log(
  `corpus: ${files.length} files, ${megabytes.toFixed(2)} MB, ${rounds} rounds, node ${process.version}, order ${values["fixed-order"] ? "fixed" : "rotated"}`,
);
for (const name of names) {
  const xs = wall[name] ?? [];
  const cs = cpu[name] ?? [];
  console.log(
    `${name.padEnd(11)} ${rate(median(xs)).padStart(6)} MB/s  (range ${rate(Math.max(...xs))}–${rate(Math.min(...xs))})  median ${ms(median(xs))} ms wall, ${ms(median(cs))} ms CPU  parsed ${parsed[name]}/${files.length}`,
  );
}
// Same-round ratios: both ran back to back, so machine noise mostly cancels out. CPU time
// (this process only) is steadier still on a shared machine: waiting for a core is not counted.
const summary = (times: Record<string, number[]>) => {
  const ratios = (times["rss-parser"] ?? []).map((t, i) => t / (times.ours?.[i] ?? Number.NaN));
  const each = ratios.map((r) => r.toFixed(2)).join(" ");
  return `min ${Math.min(...ratios).toFixed(2)}, median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}  [${each}]`;
};
console.log(`ours vs rss-parser, speed ratio per round (wall): ${summary(wall)}`);
console.log(`ours vs rss-parser, speed ratio per round (CPU):  ${summary(cpu)}`);
