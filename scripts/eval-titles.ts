/**
 * Evaluate the title classifier.
 *   npx tsx scripts/eval-titles.ts             # figures
 *   npx tsx scripts/eval-titles.ts --errors    # also list fixture misses
 *   npx tsx scripts/eval-titles.ts --sample 220  # print the seeded O*NET sample to hand-label
 * O*NET 27.0 data (CC BY 4.0, U.S. Department of Labor/ETA) is read from ../shared/data/titles
 * and never copied into the repo; the hand-labelled fixtures live in test/fixtures/titles.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyTitle } from "../src/domain/titles/classify.js";
import { socToFunction } from "../src/domain/titles/soc-map.js";

const DATA = process.env.TITLES_DATA ?? join(import.meta.dirname, "../../shared/data/titles");
const FIXTURES = join(import.meta.dirname, "../test/fixtures/titles");
const args = process.argv.slice(2);

function readTsv(path: string): string[][] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/).slice(1);
  return lines.filter((l) => l.trim().length > 0).map((l) => l.split("\t"));
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

/** mulberry32: small seeded PRNG so the labelled sample is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleReported(rows: string[][], n: number, seed = 20240527): string[] {
  const titles = rows.map((r) => r[1] ?? "");
  const next = rng(seed);
  for (let i = titles.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [titles[i], titles[j]] = [titles[j] ?? "", titles[i] ?? ""];
  }
  return titles.slice(0, n);
}

function evalOnet(name: string, rows: string[][], titleCol: number): void {
  let inScope = 0;
  let covered = 0;
  let correct = 0;
  let outScope = 0;
  let outUnknown = 0;
  const confusions = new Map<string, number>();
  for (const row of rows) {
    const expected = socToFunction(row[0] ?? "");
    const got = classifyTitle(row[titleCol] ?? "").function;
    if (expected === null) {
      outScope++;
      if (got === "unknown") outUnknown++;
      continue;
    }
    inScope++;
    if (got === "unknown") continue;
    covered++;
    if (got === expected) correct++;
    else confusions.set(`${expected} → ${got}`, (confusions.get(`${expected} → ${got}`) ?? 0) + 1);
  }
  const allCorrect = correct + outUnknown;
  console.log(`\n## O*NET ${name}: ${rows.length} titles`);
  console.log(`  all rows (out-of-scope expected unknown): ${pct(allCorrect, rows.length)}`);
  console.log(
    `  in scope: ${inScope}; out of scope: ${outScope} (left unknown ${pct(outUnknown, outScope)})`,
  );
  console.log(`  in-scope accuracy (unknown = wrong): ${pct(correct, inScope)}`);
  console.log(
    `  coverage: ${pct(covered, inScope)}; accuracy among covered: ${pct(correct, covered)}`,
  );
  const top = [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log("  top confusions (expected → got):");
  for (const [pair, n] of top) console.log(`    ${String(n).padStart(5)}  ${pair}`);
}

function evalFixture(file: string, showErrors: boolean): void {
  const path = join(FIXTURES, file);
  if (!existsSync(path)) return;
  const rows = readTsv(path);
  const hasFunction = rows.every((r) => r.length >= 3);
  let fnOk = 0;
  let senOk = 0;
  let both = 0;
  const misses: string[] = [];
  for (const [title = "", fn = "", sen = ""] of rows) {
    const expectedSen = hasFunction ? sen : fn;
    const got = classifyTitle(title);
    const f = !hasFunction || got.function === fn;
    const s = got.seniority === expectedSen;
    if (f) fnOk++;
    if (s) senOk++;
    if (f && s) both++;
    if (!(f && s)) {
      const want = hasFunction ? `${fn}/${sen}` : expectedSen;
      const have = hasFunction ? `${got.function}/${got.seniority}` : got.seniority;
      misses.push(`    ${title}  want ${want}  got ${have}`);
    }
  }
  console.log(`\n## ${file}: ${rows.length} hand-labelled titles`);
  if (hasFunction) console.log(`  function: ${pct(fnOk, rows.length)}`);
  console.log(`  seniority: ${pct(senOk, rows.length)}`);
  if (hasFunction) console.log(`  both: ${pct(both, rows.length)}`);
  if (showErrors) console.log(misses.join("\n"));
}

function main(): void {
  const reportedPath = join(DATA, "onet-reported-titles.tsv");
  const alternatePath = join(DATA, "onet-alternate-titles.tsv");
  const sampleAt = args.indexOf("--sample");
  if (sampleAt >= 0) {
    const n = Number(args[sampleAt + 1] ?? 200);
    for (const t of sampleReported(readTsv(reportedPath), n)) console.log(t);
    return;
  }
  if (existsSync(reportedPath) && existsSync(alternatePath)) {
    const alternate = readTsv(alternatePath);
    const reported = readTsv(reportedPath);
    evalOnet("alternate titles", alternate, 1);
    evalOnet("reported titles", reported, 1);
    const many = [...alternate, ...reported].map((r) => r[1] ?? "").slice(0, 30_000);
    const t0 = performance.now();
    for (const t of many) classifyTitle(t);
    console.log(`\n  speed: ${many.length} titles in ${(performance.now() - t0).toFixed(0)} ms`);
  } else {
    console.log(`O*NET data not found under ${DATA}; skipping the English function figures.`);
  }
  evalFixture("de.tsv", args.includes("--errors"));
  evalFixture("de-real.tsv", args.includes("--errors"));
  evalFixture("en-seniority.tsv", args.includes("--errors"));
}

main();
