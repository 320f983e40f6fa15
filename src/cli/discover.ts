import type { Command } from "commander";
import type { App } from "../app.js";
import type { DiscoveryLang } from "../domain/discovery/index.js";
import { TellerrandError } from "../domain/errors.js";
import type { DiscoveryDeps, DiscoveryResult } from "../services/discovery.js";
import { printJson, withApp } from "./context.js";
import { fitLabel, wrap } from "./render/text-bits.js";

interface DiscoverOpts {
  people?: boolean;
  topics?: boolean;
  sources?: boolean;
  orgs?: boolean;
  lang?: DiscoveryLang;
  explore: number;
  limit: number;
  minRelevance?: number;
  json?: boolean;
}

function dial(value: string): number {
  const x = Number(value);
  if (value.trim() === "" || !Number.isFinite(x) || x < 0 || x > 1)
    throw new TellerrandError("usage", `--explore "${value}" is not a number from 0 to 1`);
  return x;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new TellerrandError("usage", `--limit "${value}" is not a positive whole number`);
  return n;
}

function language(value: string): DiscoveryLang {
  const v = value.trim().toLowerCase();
  if (v !== "en" && v !== "de")
    throw new TellerrandError("usage", `--lang "${value}" is not one of: en, de`);
  return v;
}

async function deps(app: App): Promise<DiscoveryDeps> {
  const { SqlPeopleStore } = await import("../db/people-store.js");
  const { SqlCandidateStore } = await import("../db/candidate-store.js");
  return {
    people: new SqlPeopleStore(app.db),
    reports: app.reports,
    candidates: new SqlCandidateStore(app.db),
  };
}

/**
 * `tellerrand discover --people|--topics|--sources|--orgs [--explore X] [--limit N] [--lang de|en]
 * [--json]`. The config has no language setting yet, so reasons default to English.
 */
export function registerDiscover(program: Command): void {
  program
    .command("discover")
    .description(
      "people, topics, sources or organisations next to your interests but beyond your current work",
    )
    .option("--people", "people: pending invitations, imported candidates, article authors")
    .option("--topics", "topics next to your interests that your network and reading miss")
    .option("--sources", "organisations and sites you do not follow yet")
    .option("--orgs", "organisations behind your stored articles that your network does not reach")
    .option("--explore <x>", "exploration dial: 0 = most relevant … 1 = furthest out", dial, 0.5)
    .option("--limit <n>", "how many suggestions", positiveInt, 20)
    .option("--min-relevance <x>", "relevance floor (default: triage relevantMin)", dial)
    .option("--lang <de|en>", "language of reasons and topic labels", language, "en")
    .option("--json", "print as JSON")
    .action(async (opts: DiscoverOpts, command: Command) => {
      const kinds = (["people", "topics", "sources", "orgs"] as const).filter(
        (k) => opts[k] === true,
      );
      if (kinds.length > 1)
        throw new TellerrandError("usage", "choose one of --people, --topics, --sources, --orgs");
      const kind = kinds[0] ?? "people";
      const result = await withApp(command, async (app) => {
        const { runDiscovery } = await import("../services/discovery.js");
        return runDiscovery(await deps(app), app.config.profile, {
          kind,
          explore: opts.explore,
          limit: opts.limit,
          minRelevance: opts.minRelevance ?? app.config.triage.relevantMin,
          lang: opts.lang ?? "en",
        });
      });
      if (opts.json) return printJson(result);
      process.stdout.write(renderDiscovery(result, process.stdout.columns ?? 100));
    });
}

const f2 = (x: number) => x.toFixed(2);

function rows(r: DiscoveryResult): Array<{ head: string; reason: string }> {
  switch (r.kind) {
    case "people":
      return r.suggestions.map((s) => ({
        head: `${fitLabel(s.name, 24)} ${fitLabel([s.title, s.company].filter((p) => p !== null).join(" @ ") || "-", 38)} rel ${f2(s.relevance)}  nov ${f2(s.novelty)}`,
        reason: s.reason,
      }));
    case "topics":
      return r.suggestions.map((s) => ({
        head: `${fitLabel(s.label[r.lang], 50)} rel ${f2(s.relevance)}  nov ${f2(s.novelty)}`,
        reason: s.reason,
      }));
    case "sources":
      return r.suggestions.map((s) => ({
        head: `${fitLabel(`${s.label} (${s.kind})`, 50)} rel ${f2(s.relevance)}  nov ${f2(s.novelty)}`,
        reason: s.reason,
      }));
    case "orgs":
      return r.suggestions.map((s) => ({
        head: `${fitLabel(`${s.label} (${r.lang === "de" ? `${s.articles} Artikel, ${s.contacts} Kontakte` : `${s.articles} articles, ${s.contacts} contacts`})`, 50)} rel ${f2(s.relevance)}  nov ${f2(s.novelty)}`,
        reason: s.reason,
      }));
  }
}

/** The terminal table: one line per suggestion with its numbers, then the reason. */
export function renderDiscovery(r: DiscoveryResult, width: number): string {
  const pool = Object.entries(r.pool)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  const out = [
    r.lang === "de"
      ? `Entdecken: ${r.kind} (Stand ${r.asOf}), Erkundungsregler ${r.explore}, Relevanz ≥ ${r.minRelevance}; betrachtet: ${pool || "nichts"}`
      : `Discover ${r.kind} (as of ${r.asOf}), exploration dial ${r.explore}, relevance ≥ ${r.minRelevance}; pool: ${pool || "empty"}`,
  ];
  if (r.kind === "people")
    out.push(
      `Adding all ${r.suggestions.length} would take your effective number of functions from ${r.functions.before.toFixed(1)} to ${r.functions.after.toFixed(1)} (${(r.functions.gain * 100).toFixed(0)}%), of industries from ${r.industries.before.toFixed(1)} to ${r.industries.after.toFixed(1)}.`,
    );
  const list = rows(r);
  list.forEach((row, i) => {
    out.push(`  ${String(i + 1).padStart(3)}. ${row.head}`, ...wrap(row.reason, width, "       "));
  });
  if (list.length === 0)
    out.push(
      r.lang === "de"
        ? "  nichts vorzuschlagen: Kandidaten importieren (`tellerrand candidates import FILE.csv`), Feeds abonnieren oder --min-relevance senken"
        : "  nothing to suggest: import candidates (`tellerrand candidates import FILE.csv`), add feeds, or lower --min-relevance",
    );
  return `${out.join("\n")}\n`;
}
