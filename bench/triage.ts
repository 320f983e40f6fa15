/**
 * Triage benchmark (not a test): a synthetic export of 30,000 connections (the sample
 * generator, LinkedIn's cap) is imported into a temp store; then, in a fresh process so the
 * peak RSS is triage's own, the store reads, the pure scoring (`triageContacts`) and the whole
 * use case (`runTriage`) are timed, cold (first call, builds the topic index) and warm (median
 * of the runs), plus the invitation advice.
 *
 * Run: npm run bench:triage [-- --connections N --messages M --runs R]
 * Target (issue 5 §5): triage of 30,000 contacts ≤ 1 s.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../src/app.js";
import { configSchema } from "../src/config/schema.js";
import { SqlPeopleStore } from "../src/db/people-store.js";
import { triageContacts } from "../src/domain/people/index.js";
import { openLinkedInExport } from "../src/integrations/importers/linkedin/index.js";
import { writeSampleExport } from "../src/integrations/importers/linkedin/sample/index.js";
import { importLinkedInExport } from "../src/services/import-linkedin.js";
import { adviseOnInvitations } from "../src/services/invitations.js";
import { loadPeopleContext, runTriage } from "../src/services/triage.js";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "30000" },
    messages: { type: "string", default: "200000" },
    runs: { type: "string", default: "5" },
    phase: { type: "string" },
    db: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const seconds = (t0: number) => (performance.now() - t0) / 1000;
/** CPU seconds (user + system) since `c0`: on a shared, loaded machine wall time overstates. */
const cpuSeconds = (c0: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(c0);
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const mib = (bytes: number) => bytes / 1048576;
/** Peak RSS so far (Linux `maxRSS` is in KiB). */
const peakRss = () => process.resourceUsage().maxRSS / 1024;
const stats = (xs: number[]) => ({ min: Math.min(...xs), median: median(xs) });

/**
 * The triage phase alone, in this (fresh) process: one cold `runTriage` (builds the topic index),
 * then `runs` warm ones, each timed for wall and CPU. Nothing is kept between runs but the
 * counts, so the peak RSS is what one triage needs, not what the bench accumulates. Then, for
 * the breakdown, the store read and the scoring apart, and the invitation advice last (its RSS
 * is reported separately).
 */
async function measure(dbFile: string, runs: number) {
  const config = configSchema.parse({ dataDir: "/nonexistent" });
  const app = await createApp(config, dbFile);
  try {
    const deps = { people: new SqlPeopleStore(app.db), reports: app.reports };
    const rssBefore = peakRss();
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    const cold = await runTriage(deps, config.profile, config.triage);
    const coldWall = seconds(t0);
    const coldCpu = cpuSeconds(c0);
    const summary = { contacts: cold.entries.length, counts: cold.counts };
    const rssCold = peakRss();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      c0 = process.cpuUsage();
      const r = await runTriage(deps, config.profile, config.triage);
      wall.push(seconds(t0));
      cpu.push(cpuSeconds(c0));
      if (r.entries.length !== summary.contacts) throw new Error("triage changed between runs");
    }
    const rssTriage = peakRss();
    const heapAfterTriage = mib(process.memoryUsage().heapUsed);
    const read: number[] = [];
    const score: number[] = [];
    const scoreCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      const ctx = await loadPeopleContext(deps, config.profile);
      read.push(seconds(t0));
      t0 = performance.now();
      c0 = process.cpuUsage();
      triageContacts({
        asOf: ctx.asOf,
        profiles: ctx.profiles,
        contacts: ctx.contacts,
        ownEmployerKeys: ctx.ownEmployerKeys,
        thresholds: config.triage,
      });
      score.push(seconds(t0));
      scoreCpu.push(cpuSeconds(c0));
    }
    t0 = performance.now();
    const inv = await adviseOnInvitations(deps, config.profile, config.triage);
    const invitations = seconds(t0);
    return {
      ...summary,
      coldWall,
      coldCpu,
      total: { wall: stats(wall), cpu: stats(cpu) },
      read: stats(read),
      score: { wall: stats(score), cpu: stats(scoreCpu) },
      invitations: { seconds: invitations, pending: inv.invitations.length },
      rssBeforeMiB: rssBefore,
      peakRssColdMiB: rssCold,
      peakRssTriageMiB: rssTriage,
      heapAfterTriageMiB: heapAfterTriage,
      peakRssEndMiB: peakRss(),
    };
  } finally {
    await app.close();
  }
}

const f3 = (x: number) => x.toFixed(3);

/** Prints the measuring process's figures. */
// biome-ignore lint/suspicious/noExplicitAny: the JSON of `measure`, printed as read
function report(r: any, runs: string): void {
  const mm = (s: { min: number; median: number }) => `min ${f3(s.min)} / median ${f3(s.median)} s`;
  console.log(`contacts triaged: ${r.contacts}  ${JSON.stringify(r.counts)}`);
  console.log(
    `cold runTriage (first call, builds the topic index): wall ${f3(r.coldWall)} s, CPU ${f3(r.coldCpu)} s`,
  );
  console.log(`warm runTriage (${runs} runs): wall ${mm(r.total.wall)}, CPU ${mm(r.total.cpu)}`);
  console.log(`  store read (loadPeopleContext) wall ${mm(r.read)}`);
  console.log(`  scoring (triageContacts) wall ${mm(r.score.wall)}, CPU ${mm(r.score.cpu)}`);
  console.log(
    `peak RSS: ${r.rssBeforeMiB.toFixed(0)} MiB before triage (runtime + modules), ${r.peakRssColdMiB.toFixed(0)} MiB after the cold run, ${r.peakRssTriageMiB.toFixed(0)} MiB after the triage runs, ${r.peakRssEndMiB.toFixed(0)} MiB after the breakdown and invitations`,
  );
  console.log(
    `invitations: ${r.invitations.pending} pending advised in ${f3(r.invitations.seconds)} s`,
  );
  const ok = (x: number) => (x <= 1 ? "✓" : "✗");
  console.log(
    `target: triage of ${r.contacts} contacts ≤ 1 s: warm CPU median ${f3(r.total.cpu.median)} s ${ok(r.total.cpu.median)}, warm wall median ${f3(r.total.wall.median)} s ${ok(r.total.wall.median)}, cold wall ${f3(r.coldWall)} s ${ok(r.coldWall)}`,
  );
}

if (values.phase === "measure" && values.db !== undefined) {
  // `--phase measure --db FILE` alone re-measures an existing store.
  const r = await measure(values.db, Number(values.runs));
  console.log(JSON.stringify(r));
  if (values.json !== true) report(r, values.runs ?? "5");
} else {
  const dir = mkdtempSync(join(tmpdir(), "tellerrand-bench-triage-"));
  try {
    const zip = join(dir, "Complete_LinkedInDataExport_11-20-2026.zip");
    const connections = Number(values.connections);
    await writeSampleExport({
      connections,
      messages: Number(values.messages),
      seed: 7,
      output: zip,
    });
    const dbFile = join(dir, "bench.db");
    const app = await createApp(configSchema.parse({ dataDir: dir }), dbFile);
    const t0 = performance.now();
    await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, zip);
    await app.close();
    console.log(
      `sample: ${connections} connections, ${values.messages} messages; imported in ${seconds(t0).toFixed(1)} s`,
    );
    const out = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/triage.ts",
        "--phase",
        "measure",
        "--db",
        dbFile,
        "--runs",
        values.runs ?? "5",
        "--json",
      ],
      { encoding: "utf8" },
    );
    const lines = out.trim().split("\n");
    report(JSON.parse(lines.find((l) => l.startsWith("{")) ?? "{}"), values.runs ?? "5");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
