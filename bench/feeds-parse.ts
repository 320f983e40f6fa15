/**
 * Feed parsing benchmark (not a test): throughput in MB/s over the same corpus, in one run, of
 *  - `ours`: the product's parseFeed (decode, DTD strip, feedsmith, map to our model, dates,
 *    sanitised HTML and readable text of every item — everything the store needs),
 *  - `feedsmith`: the raw library call on the text, to show what our mapping layer costs,
 *  - `rss-parser`: `parseString` (xml2js; its output has no sanitised HTML).
 * Rounds alternate between parsers so that machine noise hits each alike; the median counts.
 *
 * Run: npx tsx bench/feeds-parse.ts [--dir DIR] [--rounds N]
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
  },
});
const dir = values.dir ?? "";
if (!existsSync(dir)) {
  console.error(`corpus not found: ${dir} (pass --dir)`);
  process.exit(66);
}
const files = readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
const texts = files.map((f) => f.bytes.toString("utf8"));
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
    for (const text of texts) {
      try {
        feedsmithParse(text);
        ok++;
      } catch {}
    }
    return ok;
  },
  "rss-parser": async () => {
    let ok = 0;
    for (const text of texts) {
      try {
        await rssParser.parseString(text);
        ok++;
      } catch {}
    }
    return ok;
  },
};

const rounds = Number(values.rounds);
const seconds: Record<string, number[]> = Object.fromEntries(
  Object.keys(runners).map((name) => [name, []]),
);
const parsed: Record<string, number> = {};
for (const [name, run] of Object.entries(runners)) parsed[name] = await run(); // warm-up
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(runners)) {
    const start = process.hrtime.bigint();
    await run();
    seconds[name]?.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(
  `corpus: ${files.length} files, ${megabytes.toFixed(2)} MB, ${rounds} rounds, node ${process.version}`,
);
for (const name of Object.keys(runners)) {
  const s = median(seconds[name] ?? []);
  console.log(
    `${name.padEnd(11)} ${(megabytes / s).toFixed(1).padStart(6)} MB/s  median ${(s * 1000).toFixed(0)} ms  parsed ${parsed[name]}/${files.length}`,
  );
}
