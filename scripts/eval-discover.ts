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
import { canonicalOrganization } from "../src/domain/orgs/index.js";
import { buildSegmentIndex, segmentsOf } from "../src/domain/people/index.js";
import { JOB_FUNCTIONS, type NACE_SECTIONS } from "../src/domain/taxonomy.js";
import { classifyTitle } from "../src/domain/titles/index.js";
import { openLinkedInExport } from "../src/integrations/importers/linkedin/index.js";
import { writeSampleExport } from "../src/integrations/importers/linkedin/sample/index.js";
import { mulberry32 as prng } from "../src/integrations/importers/linkedin/sample/prng.js";
import { importLinkedInExport } from "../src/services/import-linkedin.js";
import { loadPeopleContext } from "../src/services/triage.js";

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
  },
});

const ROLES = [
  "Urban Planner",
  "Stadtplanerin",
  "Smart City Manager",
  "Sustainability Manager",
  "Nachhaltigkeitsmanagerin",
  "ESG Analyst",
  "Energy Consultant",
  "Open Data Lead",
  "Data Steward",
  "Head of Legal",
  "Datenschutzbeauftragter",
  "Compliance Officer",
  "UX Researcher",
  "Product Designer",
  "Produktmanagerin",
  "Product Owner",
  "Policy Advisor",
  "Referentin Digitalisierung",
  "Research Scientist",
  "Wissenschaftliche Mitarbeiterin",
  "Journalist",
  "Redakteurin",
  "Community Manager",
  "Head of Communications",
  "Supply Chain Manager",
  "Logistikleiter",
  "Procurement Lead",
  "Einkäuferin",
  "HR Business Partner",
  "Personalreferentin",
  "Recruiter",
  "Learning & Development Lead",
  "Controller",
  "Finanzbuchhalterin",
  "Investment Manager",
  "Venture Capital Associate",
  "Teacher",
  "Lehrerin",
  "Physician",
  "Ärztin",
  "Architect",
  "Bauingenieurin",
  "Sales Director",
  "Key Account Managerin",
  "Customer Success Manager",
  "Marketing Lead",
];
const COMPANIES = [
  "Stadtwerke Nord",
  "Urban Lab e.V.",
  "GreenGrid GmbH",
  "Open Knowledge Foundation",
  "Fraunhofer FOKUS",
  "Kanzlei Recht & Partner",
  "Designwerk",
  "Bundesamt für Statistik",
  "Climate Ventures",
  "Uniklinik Süd",
  "Logistik Plus AG",
  "Zeitung am Morgen",
];

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;

const INDUSTRY_RULES: Array<[RegExp, keyof typeof NACE_SECTIONS]> = [
  [/stadtwerk|energ|grid|solar|wind/i, "D"],
  [/bank|invest|venture|capital|versicher|insur|financ/i, "K"],
  [/klinik|hospital|health|pharma|medi/i, "Q"],
  [/universit|hochschule|school|schule|fraunhofer|institut|academy/i, "P"],
  [/stadt |city|bundesamt|ministerium|amt\b|verwaltung|behörde/i, "O"],
  [/kanzlei|recht|law|consult|beratung|partner/i, "M"],
  [/logistik|logistics|transport|bahn|spedition/i, "H"],
  [/zeitung|verlag|media|news|radio|tv/i, "J"],
  [/software|cloud|data|tech|digital|it\b|labs?\b/i, "J"],
  [/bau|immobil|architekt/i, "F"],
  [/handel|retail|shop|store/i, "G"],
  [/e\.v\.|foundation|stiftung|verein/i, "S"],
];
const HASHED: Array<keyof typeof NACE_SECTIONS> = [
  "C",
  "G",
  "J",
  "M",
  "N",
  "C",
  "J",
  "K",
  "Q",
  "P",
];
/** A NACE section for an organisation name: keyword rules, else a stable hash (synthetic). */
function industryFor(name: string): keyof typeof NACE_SECTIONS {
  for (const [re, section] of INDUSTRY_RULES) if (re.test(name)) return section;
  let h = 7;
  for (const ch of name) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return HASHED[h % HASHED.length] as keyof typeof NACE_SECTIONS;
}

/** Largest effective number (exp H) reachable by adding `k` items to `counts` (exact greedy). */
function bestEffective(counts: Map<string, number>, categories: readonly string[], k: number) {
  const c = new Map(categories.map((x) => [x, counts.get(x) ?? 0]));
  const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);
  for (let i = 0; i < k; i++) {
    let best = "";
    let delta = Number.POSITIVE_INFINITY;
    for (const [x, n] of c) {
      const d = f(n + 1) - f(n);
      if (d < delta) [best, delta] = [x, d];
    }
    c.set(best, (c.get(best) ?? 0) + 1);
  }
  const total = [...c.values()].reduce((a, b) => a + b, 0);
  const h = -[...c.values()].reduce(
    (s, n) => s + (n > 0 ? (n / total) * Math.log(n / total) : 0),
    0,
  );
  return Math.exp(h);
}

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
  const rnd = prng(Number(values.seed));
  const networkTitles = ctx.contacts.map((c) => c.title).filter((t): t is string => t !== null);
  const networkCompanies = ctx.contacts
    .filter((c) => c.company !== null)
    .map((c) => ({ name: c.company as string, industry: c.industry }));
  const candidates: PersonCandidate[] = Array.from({ length: Number(values.pool) }, (_, i) => {
    const title = rnd() < 0.5 ? pick(networkTitles, rnd) : pick(ROLES, rnd);
    const company =
      rnd() < 0.5
        ? pick(networkCompanies, rnd)
        : (({ name }) => ({ name, industry: industryFor(name) as string | null }))({
            name: pick(COMPANIES, rnd),
          });
    return {
      key: `gen:${i}`,
      source: "imported",
      name: `Candidate ${i}`,
      title,
      company: company.name,
      url: null,
      note: null,
      employerKey: canonicalOrganization(company.name)?.key ?? null,
      function: classifyTitle(title).function,
      industry: company.industry,
      via: "generated pool",
    };
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
  console.log(
    `\n== network ${size}: ${ctx.contacts.length} contacts; pool ${candidates.length} generated candidates; relevance floor ${minRelevance}`,
  );
  console.log(
    `   effective functions ${fnBefore.toFixed(2)}; the best ANY 20 added people could do: ${pct(ceiling)}`,
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
      console.log(
        `      target at the default dial (+15% functions, ≥ 80% relevance): ${ok ? "met" : "NOT met"} (functions ${pct(fn.gain)} of at most ${pct(ceiling)}; relevance ${((rel / base) * 100).toFixed(0)}%)`,
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
