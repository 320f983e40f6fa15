/**
 * Evaluation of people discovery (issue 5 §5): on the bundled sample export and a candidate pool
 * generated here, for dial settings 0, 0.25, 0.5, 0.75, 1, the mean relevance of the top 20 and
 * how much adding them would raise the effective number (Hill 1) of functions and industries.
 * Target at the default dial (0.5): ≥ +15% effective functions while mean relevance stays
 * ≥ 80% of the pure-relevance ranking (dial 0).
 *
 * The pool: 5,000 people whose titles are drawn half from the network's own titles and half from
 * a list of roles across many functions (EN/DE), with companies from the network and invented
 * ones; deterministic (seeded). Interests: the export's profile plus `--interests` (default: a
 * statement that reaches beyond the sample owner's current work).
 *
 * Networks: generated exports of 150 and 400 connections (the sample generator, seed 7) and the
 * bundled sample (1,443 contacts). The samples carry no industry, so every organisation gets a
 * NACE section through the org store (keyword rules, else a seeded hash: synthetic, stated).
 * Also printed: the largest gain of the effective number of functions that ANY 20 added people
 * could bring (exact: minimising Σ c·ln c under added counts is solved greedily).
 *
 * Run: npm run eval:discover [-- --interests "…" --pool 5000 --seed 1 --sizes 150,400,bundled]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../src/app.js";
import { configSchema } from "../src/config/schema.js";
import { SqlOrgStore } from "../src/db/org-store.js";
import { SqlPeopleStore } from "../src/db/people-store.js";
import {
  compositionEffect,
  discoverPeople,
  type PersonCandidate,
} from "../src/domain/discovery/index.js";
import { buildSegmentIndex, segmentsOf } from "../src/domain/people/index.js";
import { RelevanceScorer } from "../src/domain/people/relevance.js";
import { isNaceSection, JOB_FUNCTIONS, NACE_SECTIONS } from "../src/domain/taxonomy.js";
import { openLinkedInExport } from "../src/integrations/importers/linkedin/index.js";
import { writeSampleExport } from "../src/integrations/importers/linkedin/sample/index.js";
import { importLinkedInExport } from "../src/services/import-linkedin.js";
import { loadPeopleContext } from "../src/services/triage.js";
import { bestEffective, oracleAtRelevance } from "./discover-eval/ceiling.js";
import { generatePool, industryFor } from "./discover-eval/pool.js";

const { values } = parseArgs({
  options: {
    interests: {
      type: "string",
      default: "Open Data, Stadtentwicklung, Nachhaltigkeit, Datenplattformen, Product Management",
    },
    pool: { type: "string", default: "5000" },
    seed: { type: "string", default: "1" },
    sample: { type: "string", default: "samples/Complete_LinkedInDataExport_11-20-2026.zip" },
    /** Network sizes: "bundled" is the sample above; numbers are generated (seed 7). */
    sizes: { type: "string", default: "150,400,bundled" },
    /** "events" (attendee lists with notes) or "titles" (no notes): scripts/discover-eval/pool.ts. */
    kind: { type: "string", default: "events" },
  },
});

const config = configSchema.parse({ dataDir: "/nonexistent" });
const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;

async function exportFor(size: string, dir: string): Promise<string> {
  if (size === "bundled") return values.sample;
  const zip = join(dir, `Complete_LinkedInDataExport_11-20-2026-${size}.zip`);
  const n = Number(size);
  await writeSampleExport({ connections: n, messages: 4 * n, seed: 7, output: zip });
  return zip;
}

async function evaluate(size: string, dir: string): Promise<void> {
  const app = await createApp(config, ":memory:");
  await importLinkedInExport(
    { open: openLinkedInExport, store: app.linkedin },
    await exportFor(size, dir),
  );
  const orgs = new SqlOrgStore(app.db);
  for (const o of await orgs.list())
    if (o.industry === null && o.selfEmployed !== true)
      await orgs.setIndustry(o.key, o.name, industryFor(o.name));
  const profile = { ...config.profile, interests: values.interests };
  const ctx = await loadPeopleContext(
    { people: new SqlPeopleStore(app.db), reports: app.reports },
    profile,
  );
  const index = buildSegmentIndex(ctx.contacts.map(segmentsOf));
  const candidates = generatePool(ctx.contacts, {
    size: Number(values.pool),
    seed: Number(values.seed),
    kind: values.kind === "titles" ? "titles" : "events",
  });
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  const minRelevance = config.triage.relevantMin;
  const fnCounts = new Map<string, number>();
  for (const c of ctx.contacts)
    if (c.function !== "unknown") fnCounts.set(c.function, (fnCounts.get(c.function) ?? 0) + 1);
  const fnBefore = compositionEffect(
    ctx.contacts.map((c) => c.function),
    [],
  ).before;
  const fnCategories: readonly string[] = JOB_FUNCTIONS;
  const ceiling = bestEffective(fnCounts, fnCategories, 20) / fnBefore - 1;
  // What the pool allows: only candidates at or above the relevance floor can be suggested.
  const scorer = new RelevanceScorer(ctx.profiles);
  const relevantByFunction = new Map<string, number>();
  const oraclePool: Array<{ function: string | null; relevance: number }> = [];
  for (const c of candidates) {
    const industry =
      c.industry !== null && isNaceSection(c.industry) ? NACE_SECTIONS[c.industry] : null;
    const relevance = scorer.quickParts(c.title, c.company, industry, c.note);
    if (relevance < minRelevance) continue;
    oraclePool.push({ function: c.function === "unknown" ? null : c.function, relevance });
    if (c.function !== "unknown")
      relevantByFunction.set(c.function, (relevantByFunction.get(c.function) ?? 0) + 1);
  }
  const attainable = bestEffective(fnCounts, fnCategories, 20, relevantByFunction) / fnBefore - 1;
  console.log(
    `\n== network ${size}: ${ctx.contacts.length} contacts; pool ${candidates.length} generated candidates; relevance floor ${minRelevance}`,
  );
  console.log(
    `   effective functions ${fnBefore.toFixed(2)}; the best ANY 20 added people could do: ${pct(ceiling)}; the best 20 of this pool's relevant candidates: ${pct(attainable)}`,
  );
  console.log(
    `   relevant candidates (≥ ${minRelevance}) per known function: ${[...relevantByFunction].map(([f, n]) => `${f} ${n}`).join(", ")}`,
  );
  console.log(
    "dial  list dial  mean rel  rel vs dial 0  Δ eff. functions        Δ eff. industries       mean novelty  div. picks",
  );
  const grid = process.env.GRID === "1";
  let base = 0;
  for (const explore of grid
    ? Array.from({ length: 21 }, (_, i) => i / 20)
    : [0, 0.25, 0.5, 0.75, 1]) {
    const { suggestions: top, ranking } = discoverPeople({
      profiles: ctx.profiles,
      index,
      candidates,
      explore,
      limit: 20,
      minRelevance,
    });
    const added = top.map((s) => byKey.get(s.key) as PersonCandidate);
    const rel = top.reduce((s, x) => s + x.relevance, 0) / Math.max(1, top.length);
    const nov = top.reduce((s, x) => s + x.novelty, 0) / Math.max(1, top.length);
    if (explore === 0) base = rel;
    const fn = compositionEffect(
      ctx.contacts.map((c) => c.function),
      added.map((c) => c.function),
    );
    const ind = compositionEffect(
      ctx.contacts.map((c) => c.industry),
      added.map((c) => c.industry),
    );
    const industries =
      ind.before === 0
        ? "n/a (no industry known)"
        : `${pct(ind.gain)} (${ind.before.toFixed(2)}→${ind.after.toFixed(2)})`;
    console.log(
      `${explore.toFixed(2)}  ${ranking.listDial.toFixed(2)}       ${rel.toFixed(3)}     ${((rel / base) * 100).toFixed(0).padStart(4)}%          ${pct(fn.gain).padEnd(6)} (${fn.before.toFixed(2)}→${fn.after.toFixed(2)})   ${industries.padEnd(22)}  ${nov.toFixed(3)}         ${top.filter((s) => s.forDiversity).length}`,
    );
    if (explore === 0.5) {
      const ok = fn.gain >= 0.15 && rel >= 0.8 * base;
      const oracle = oracleAtRelevance(fnCounts, oraclePool, 20, 0.8 * base) / fnBefore - 1;
      console.log(
        `      an oracle that optimises the measure itself, at ≥ 80% relevance: ${pct(oracle)}`,
      );
      console.log(
        `      target at the default dial (+15% functions, ≥ 80% relevance): ${ok ? "met" : "NOT met"} (functions ${pct(fn.gain)}; the relevant pool allows at most ${pct(attainable)}; relevance ${((rel / base) * 100).toFixed(0)}%)`,
      );
    }
  }
  await app.close();
}

const dir = mkdtempSync(join(tmpdir(), "tellerrand-eval-discover-"));
try {
  console.log(`interests: "${values.interests}"; seed ${values.seed}`);
  for (const size of (values.sizes ?? "bundled").split(",")) await evaluate(size.trim(), dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
