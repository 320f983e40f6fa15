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
  },
});

const seconds = (t0: number) => (performance.now() - t0) / 1000;
/** CPU seconds (user + system) since `c0`: on a shared, loaded machine wall time overstates. */
const cpuSeconds = (c0: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(c0);
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measure(dbFile: string, runs: number) {
  const config = configSchema.parse({ dataDir: "/nonexistent" });
  const app = await createApp(config, dbFile);
  try {
    const deps = { people: new SqlPeopleStore(app.db), reports: app.reports };
    const t = { read: [] as number[], score: [] as number[], total: [] as number[] };
    const cpu = { score: [] as number[], total: [] as number[] };
    let t0 = performance.now();
    let ctx = await loadPeopleContext(deps, config.profile);
    const coldRead = seconds(t0);
    const input = () => ({
      asOf: ctx.asOf,
      profiles: ctx.profiles,
      contacts: ctx.contacts,
      ownEmployerKeys: ctx.ownEmployerKeys,
      thresholds: config.triage,
    });
    t0 = performance.now();
    const result = triageContacts(input());
    const coldScore = seconds(t0);
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      ctx = await loadPeopleContext(deps, config.profile);
      t.read.push(seconds(t0));
      t0 = performance.now();
      let c0 = process.cpuUsage();
      triageContacts(input());
      t.score.push(seconds(t0));
      cpu.score.push(cpuSeconds(c0));
      t0 = performance.now();
      c0 = process.cpuUsage();
      await runTriage(deps, config.profile, config.triage);
      t.total.push(seconds(t0));
      cpu.total.push(cpuSeconds(c0));
    }
    t0 = performance.now();
    const inv = await adviseOnInvitations(deps, config.profile, config.triage);
    const invitations = seconds(t0);
    return {
      contacts: result.entries.length,
      counts: result.counts,
      coldRead,
      coldScore,
      warmRead: median(t.read),
      warmScore: median(t.score),
      warmTotal: median(t.total),
      warmScoreCpu: median(cpu.score),
      warmTotalCpu: median(cpu.total),
      invitations: { seconds: invitations, pending: inv.invitations.length },
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await app.close();
  }
}

if (values.phase === "measure" && values.db !== undefined) {
  // `--phase measure --db FILE` alone re-measures an existing store.
  console.log(JSON.stringify(await measure(values.db, Number(values.runs))));
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
      ],
      { encoding: "utf8" },
    );
    const r = JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
    console.log(`contacts triaged: ${r.contacts}  ${JSON.stringify(r.counts)}`);
    console.log(
      `cold (first call, builds the topic index): store read ${r.coldRead.toFixed(3)} s, scoring ${r.coldScore.toFixed(3)} s`,
    );
    console.log(
      `warm (median of ${values.runs}): store read ${r.warmRead.toFixed(3)} s, scoring ${r.warmScore.toFixed(3)} s, runTriage ${r.warmTotal.toFixed(3)} s`,
    );
    console.log(
      `warm CPU (user + system, median): scoring ${r.warmScoreCpu.toFixed(3)} s, runTriage ${r.warmTotalCpu.toFixed(3)} s`,
    );
    console.log(
      `invitations: ${r.invitations.pending} pending advised in ${r.invitations.seconds.toFixed(3)} s`,
    );
    console.log(`peak RSS of the measuring process: ${r.peakRssMiB.toFixed(0)} MiB`);
    const cold = r.coldRead + r.coldScore;
    const cpuOk = r.warmTotalCpu <= 1 ? "✓" : "✗";
    console.log(
      `target: triage of ${r.contacts} contacts ≤ 1 s: cold ${cold.toFixed(3)} s ${cold <= 1 ? "✓" : "✗"}, warm ${r.warmTotal.toFixed(3)} s ${r.warmTotal <= 1 ? "✓" : "✗"}, warm CPU ${r.warmTotalCpu.toFixed(3)} s ${cpuOk}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
