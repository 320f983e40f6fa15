/**
 * Invitation advice benchmark (not a test): a seeded network of 30,000 contacts and 500 pending
 * invitations (`src/domain/people/invitations-sample.ts`), advised with the horizon effect
 * computed incrementally (default) and by recomputing the whole report per distinct invitee (the
 * former path, `{ horizon: "recompute" }`). Each mode runs in its own child process, so its
 * peak RSS is its own; CPU (user + system) is reported next to wall time because the machine
 * may be shared. The parent checks that both modes gave the same "after" scores.
 *
 * With `--db FILE` (a store, e.g. one filled by `bench/serve.ts --dir D`: D/data/tellerrand.db;
 * use a copy, the app may migrate it) the whole use case `adviseOnInvitations` is timed on the
 * store's contacts and pending invitations instead, store read included.
 *
 * Run: npm run bench:invitations [-- --contacts 30000 --invitations 500 --runs 5 --db FILE]
 *      (`--mode incremental|recompute` runs one mode in this process and prints JSON)
 */
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createApp } from "../src/app.js";
import { configSchema } from "../src/config/schema.js";
import { SqlPeopleStore } from "../src/db/people-store.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  DEFAULT_TRIAGE_THRESHOLDS,
  EMPTY_PROFILE_SOURCES,
  segmentsOf,
  TextVectorCache,
} from "../src/domain/people/index.js";
import { adviseInvitations, type InvitationContext } from "../src/domain/people/invitations.js";
import { horizonBaseline } from "../src/domain/people/invitations-horizon.js";
import { sampleContacts, sampleInvitations } from "../src/domain/people/invitations-sample.js";
import { mulberry32 } from "../src/integrations/importers/linkedin/sample/prng.js";
import { adviseOnInvitations } from "../src/services/invitations.js";
import { loadPeopleContext } from "../src/services/triage.js";

const { values } = parseArgs({
  options: {
    contacts: { type: "string", default: "30000" },
    invitations: { type: "string", default: "500" },
    runs: { type: "string", default: "5" },
    /** Runs of the recompute mode (slow: seconds each). */
    "recompute-runs": { type: "string", default: "1" },
    mode: { type: "string" },
    db: { type: "string" },
  },
});

type Mode = "incremental" | "recompute";
const ASOF = "2026-11-20";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

/** One mode in this process: a cold call, then `runs` timed calls with a fresh text cache. */
function measure(mode: Mode, contacts: number, invitations: number, runs: number) {
  const network = sampleContacts(mulberry32(7), contacts, ASOF);
  const pending = sampleInvitations(mulberry32(8), invitations, contacts);
  const base: Omit<InvitationContext, "cache"> = {
    profiles: buildPersonProfiles({
      ...EMPTY_PROFILE_SOURCES,
      interests: "Kafka, data platforms, stream processing, Steuern",
    }),
    index: buildSegmentIndex(network.map((c) => segmentsOf(c))),
    horizon: { asOf: ASOF, contacts: network, ownEmployerKeys: ["acme"] },
    thresholds: DEFAULT_TRIAGE_THRESHOLDS,
  };
  const rssBefore = peakRssMiB();
  const advise = () =>
    adviseInvitations(pending, { ...base, cache: new TextVectorCache() }, { horizon: mode });
  const cold = timed(advise);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = timed(advise);
    wall.push(t.wall);
    cpu.push(t.cpu);
  }
  // The once-per-call composition tally alone (part of every incremental run above).
  const tally = timed(() => horizonBaseline(base.horizon));
  const distinct = new Set(cold.value.map((a) => a.horizon.after)).size;
  return {
    mode,
    contacts,
    invitations: cold.value.length,
    distinctAfter: distinct,
    cold: { wall: cold.wall, cpu: cold.cpu },
    warm: { wallMedian: median(wall), cpuMedian: median(cpu), runs },
    tallyCpu: tally.cpu,
    contextCpu: Number.NaN,
    rssBeforeMiB: rssBefore,
    peakRssMiB: peakRssMiB(),
    after: cold.value.map((a) => a.horizon.after),
    advice: cold.value.map((a) => a.advice).join(""),
  };
}

/** One mode of the whole use case on a store: store read, context and advice. */
async function measureStore(mode: Mode, db: string, runs: number) {
  const config = configSchema.parse({ dataDir: "/nonexistent" });
  const app = await createApp(config, db);
  try {
    const deps = { people: new SqlPeopleStore(app.db), reports: app.reports };
    const contacts = (await deps.people.currentContacts()).length;
    const rssBefore = peakRssMiB();
    const run = async () => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const value = await adviseOnInvitations(deps, config.profile, config.triage, {
        horizon: mode,
      });
      const c = process.cpuUsage(c0);
      return { value, wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
    };
    const cold = await run();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await run();
      wall.push(t.wall);
      cpu.push(t.cpu);
    }
    // The share of each call that is not the advice: store read and profiles.
    const readCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      await loadPeopleContext(deps, config.profile);
      const c = process.cpuUsage(c0);
      readCpu.push((c.user + c.system) / 1e6);
    }
    const advice = cold.value.invitations;
    return {
      mode,
      contacts,
      invitations: advice.length,
      distinctAfter: new Set(advice.map((a) => a.horizon.after)).size,
      cold: { wall: cold.wall, cpu: cold.cpu },
      warm: { wallMedian: median(wall), cpuMedian: median(cpu), runs },
      tallyCpu: Number.NaN,
      contextCpu: median(readCpu),
      rssBeforeMiB: rssBefore,
      peakRssMiB: peakRssMiB(),
      after: advice.map((a) => a.horizon.after),
      advice: advice.map((a) => a.advice).join(""),
    };
  } finally {
    await app.close();
  }
}

type Result = ReturnType<typeof measure>;

function child(mode: Mode, runs: string): Result {
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/invitations.ts",
      "--mode",
      mode,
      "--contacts",
      values.contacts ?? "30000",
      "--invitations",
      values.invitations ?? "500",
      "--runs",
      runs,
      ...(values.db === undefined ? [] : ["--db", values.db]),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const line = out
    .trim()
    .split("\n")
    .find((l) => l.startsWith("{"));
  return JSON.parse(line ?? "{}") as Result;
}

const f3 = (x: number) => x.toFixed(3);

function print(r: Result): void {
  console.log(
    `${r.mode.padEnd(11)} cold: wall ${f3(r.cold.wall)} s, CPU ${f3(r.cold.cpu)} s | warm (median of ${r.warm.runs}): wall ${f3(r.warm.wallMedian)} s, CPU ${f3(r.warm.cpuMedian)} s | peak RSS ${r.peakRssMiB.toFixed(0)} MiB (${r.rssBeforeMiB.toFixed(0)} MiB before advising)`,
  );
}

if (values.mode === "incremental" || values.mode === "recompute") {
  const r =
    values.db === undefined
      ? measure(
          values.mode,
          Number(values.contacts),
          Number(values.invitations),
          Number(values.runs),
        )
      : await measureStore(values.mode, values.db, Number(values.runs));
  console.log(JSON.stringify(r));
} else {
  console.log(
    `load average before: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  const inc = child("incremental", values.runs ?? "5");
  const rec = child("recompute", values["recompute-runs"] ?? "1");
  console.log(
    `${inc.contacts} contacts, ${inc.invitations} invitations (${inc.distinctAfter} distinct "after" scores)`,
  );
  print(rec);
  print(inc);
  if (values.db === undefined) {
    console.log(`incremental: composition tally (once per call) CPU ${f3(inc.tallyCpu)} s`);
  } else {
    console.log(
      `store ${values.db}: the whole use case; of it, store read + context (loadPeopleContext) CPU median ${f3(inc.contextCpu)} s (incremental run) / ${f3(rec.contextCpu)} s (recompute run)`,
    );
  }
  let maxDiff = 0;
  for (const [i, a] of inc.after.entries())
    maxDiff = Math.max(maxDiff, Math.abs(a - (rec.after[i] ?? Number.NaN)));
  const same = inc.advice === rec.advice ? "identical" : "DIFFERENT";
  console.log(`check: max |after(incremental) − after(recompute)| = ${maxDiff}; advice ${same}`);
  console.log(
    `speed-up (warm CPU median): ${(rec.warm.cpuMedian / Math.max(inc.warm.cpuMedian, 1e-9)).toFixed(1)}×`,
  );
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
}
