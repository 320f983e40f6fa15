/**
 * Import benchmark (not a test): a plain streaming csv-parse pass over the export's CSVs (the
 * floor), the full import, and the horizon report, each in its own process for a fair peak RSS,
 * on a synthetic export of 30,000 connections and 200,000 messages.
 *
 * Run: npm run bench:import [-- --connections N --messages M]
 * Targets: import ≤ 3× the floor, peak RSS ≤ 300 MB, report ≤ 1 s.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeSampleExport } from "../src/integrations/importers/linkedin/sample/index.js";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "30000" },
    messages: { type: "string", default: "200000" },
    runs: { type: "string", default: "3" },
  },
});
const runs = Number(values.runs);
const connections = Number(values.connections);
const messages = Number(values.messages);

interface PhaseResult {
  phase: string;
  seconds: number;
  peakRssMiB: number;
  [k: string]: unknown;
}

function phase(name: string, zip: string, db: string): PhaseResult {
  const out = execFileSync(process.execPath, ["bench/phase.mjs", name, zip, db], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as PhaseResult;
}

/** The run with the median wall time: shared machines are noisy, one run can mislead. */
function median(results: PhaseResult[]): PhaseResult {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)] as PhaseResult;
}

const dir = mkdtempSync(join(tmpdir(), "tellerrand-bench-"));
try {
  const zip = join(dir, "Complete_LinkedInDataExport_11-20-2026.zip");
  const t0 = performance.now();
  await writeSampleExport({ connections, messages, seed: 7, output: zip });
  console.log(
    `sample export: ${connections} connections, ${messages} messages, generated in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
  if (!existsSync("dist/services/import-linkedin.js")) throw new Error("run `npm run build` first");
  const all: Record<string, PhaseResult[]> = { floor: [], import: [], report: [] };
  // Interleaved so that a slow spell of the machine hits every phase alike.
  for (let i = 0; i < runs; i++) {
    const db = join(dir, `bench-${i}.db`);
    all.floor?.push(phase("floor", zip, db));
    all.import?.push(phase("import", zip, db));
    all.report?.push(phase("report", zip, db));
  }
  const floor = median(all.floor ?? []);
  const imported = median(all.import ?? []);
  const report = median(all.report ?? []);
  const rows = [floor, imported, report];
  console.log(
    `\nmedian of ${runs} run(s); wall s of each run: ${Object.entries(all)
      .map(([k, v]) => `${k} ${v.map((r) => r.seconds.toFixed(2)).join("/")}`)
      .join(", ")}`,
  );
  console.log("phase    wall s   peak RSS MiB   detail");
  for (const r of rows) {
    const { phase: name, seconds, peakRssMiB, ...detail } = r;
    console.log(
      `${name.padEnd(8)} ${seconds.toFixed(2).padStart(6)}   ${peakRssMiB.toFixed(0).padStart(12)}   ${JSON.stringify(detail)}`,
    );
  }
  const ratio = imported.seconds / floor.seconds;
  console.log(`\nimport / floor = ${ratio.toFixed(2)}× (target ≤ 3×)`);
  console.log(
    `peak RSS: import ${imported.peakRssMiB.toFixed(0)} MiB, report ${report.peakRssMiB.toFixed(0)} MiB (target ≤ 300 MB)`,
  );
  console.log(`report: ${report.seconds.toFixed(2)} s including opening the store (target ≤ 1 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
