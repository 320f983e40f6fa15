import type { Command } from "commander";
import type { App } from "../app.js";
import { TellerrandError } from "../domain/errors.js";
import type {
  Category,
  InvitationAdvice,
  Mark,
  TriageEntry,
  TriageResult,
} from "../domain/people/index.js";
import type { InvitationsResult } from "../services/invitations.js";
import type { PeopleDeps } from "../services/triage.js";
import { printJson, withApp } from "./context.js";
import { fitLabel, padLeft, wrap } from "./render/text-bits.js";

const CATEGORY_NAMES = ["door-opener", "core", "dormant", "ballast"] as const;
const MARK_NAMES = ["keep", "reconnect", "let-go"] as const;
const TITLES: Record<Category, string> = {
  "door-opener": "Door-openers: relevant, from segments you rarely reach",
  core: "Core: relevant and in touch (or in touch for the relationship)",
  dormant: "Dormant: relevant but quiet: reconnect",
  ballast: "Ballast: neither relevant nor in touch: let go if you like",
};

function category(value: string): Category {
  if (!(CATEGORY_NAMES as readonly string[]).includes(value)) {
    throw new TellerrandError(
      "usage",
      `--category "${value}" is not one of ${CATEGORY_NAMES.join(", ")}`,
    );
  }
  return value as Category;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new TellerrandError("usage", `--limit "${value}" is not a positive whole number`);
  return n;
}

/** The store wiring, loaded on demand so other commands never import it. */
async function peopleDeps(app: App): Promise<PeopleDeps> {
  const { SqlPeopleStore } = await import("../db/people-store.js");
  return { people: new SqlPeopleStore(app.db), reports: app.reports };
}

interface TriageOpts {
  category?: Category;
  limit?: number;
  json?: boolean;
}

export function registerTriage(program: Command): void {
  const triage = program
    .command("triage")
    .description("place every contact: door-opener, core, dormant or ballast, with the reason")
    .option("--category <c>", `only one of ${CATEGORY_NAMES.join("|")}`, category)
    .option("--limit <n>", "at most n contacts per category (terminal default 10)", positiveInt)
    .option("--json", "print as JSON")
    .action(async (opts: TriageOpts, command: Command) => {
      const result = await withApp(command, async (app) => {
        const { runTriage } = await import("../services/triage.js");
        return runTriage(await peopleDeps(app), app.config.profile, app.config.triage);
      });
      const shown = select(result, opts.category, opts.limit ?? (opts.json ? undefined : 10));
      if (opts.json) return printJson({ ...result, entries: shown });
      process.stdout.write(
        renderTriage(result, shown, opts.category, process.stdout.columns ?? 100),
      );
    });
  triage
    .command("mark")
    .description("mark a contact keep, reconnect or let-go; the next triage respects it")
    .argument("<contact>", "contact id (from triage --json), profile URL or full name")
    .argument("<mark>", `${MARK_NAMES.join("|")} (or clear)`)
    .option("--note <text>", "a note for yourself")
    .action(async (ref: string, mark: string, opts: { note?: string }, command: Command) => {
      if (mark !== "clear" && !(MARK_NAMES as readonly string[]).includes(mark)) {
        throw new TellerrandError(
          "usage",
          `mark "${mark}" is not one of ${MARK_NAMES.join(", ")}, clear`,
        );
      }
      const message = await withApp(command, async (app) => {
        const { SqlPeopleStore } = await import("../db/people-store.js");
        const store = new SqlPeopleStore(app.db);
        if (mark === "clear") return clear(store, ref);
        const { markContact } = await import("../services/triage.js");
        const r = await markContact(
          store,
          ref,
          mark as Mark,
          opts.note ?? null,
          new Date().toISOString(),
        );
        return `#${r.id} ${r.name}: ${r.mark}`;
      });
      process.stdout.write(`${message}\n`);
    });
  program
    .command("invitations")
    .description("advice on pending incoming invitations: accept, consider or decline, and why")
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const result = await withApp(command, async (app) => {
        const { adviseOnInvitations } = await import("../services/invitations.js");
        return adviseOnInvitations(await peopleDeps(app), app.config.profile, app.config.triage);
      });
      if (opts.json) return printJson(result);
      process.stdout.write(renderInvitations(result, process.stdout.columns ?? 100));
    });
}

async function clear(store: import("../db/people-store.js").SqlPeopleStore, ref: string) {
  const found = await store.findContacts(ref);
  const only = found[0];
  if (only === undefined || found.length > 1) {
    throw new TellerrandError(
      found.length > 1 ? "usage" : "not-found",
      `"${ref}" matches ${found.length} contacts; use the id`,
    );
  }
  return (await store.clearMark(only.id))
    ? `#${only.id} ${only.name}: mark cleared`
    : `#${only.id} ${only.name} had no mark`;
}

function select(
  r: TriageResult,
  only: Category | undefined,
  limit: number | undefined,
): TriageEntry[] {
  const taken = new Map<Category, number>();
  return r.entries.filter((e) => {
    if (only !== undefined && e.category !== only) return false;
    const n = taken.get(e.category) ?? 0;
    taken.set(e.category, n + 1);
    return limit === undefined || n < limit;
  });
}

const f2 = (x: number) => x.toFixed(2);

function entryLines(e: TriageEntry, width: number): string[] {
  const who = fitLabel(e.name, 24);
  const role = fitLabel([e.title, e.company].filter((p) => p !== null).join(" @ ") || "-", 40);
  const nums = `rel ${f2(e.relevance.score)}  bridge ${f2(e.bridge.score)}  tie ${padLeft(e.tie.grade, 8)} ${f2(e.tie.score)}`;
  const mark = e.mark === null ? "" : `  [${e.mark}]`;
  return [
    `  ${padLeft(String(e.id), 6)} ${who} ${role} ${nums}${mark}`,
    ...wrap(e.reason, width, "         "),
  ];
}

/** The terminal table: one block per category, each contact with its numbers and reason. */
export function renderTriage(
  r: TriageResult,
  shown: TriageEntry[],
  only: Category | undefined,
  width: number,
): string {
  const out = [
    `Triage of ${r.entries.length} current connections (as of ${r.asOf}): ` +
      CATEGORY_NAMES.map((c) => `${r.counts[c]} ${c}`).join(", "),
    `Thresholds: relevant ≥ ${r.thresholds.relevantMin}, bridging ≥ ${r.thresholds.bridgeMin}, ` +
      `strong tie ≥ ${r.thresholds.strongMin}, moderate ≥ ${r.thresholds.moderateMin}, dormant after ${r.thresholds.dormantAfterDays} days (config [triage]).`,
  ];
  for (const c of CATEGORY_NAMES) {
    if (only !== undefined && c !== only) continue;
    const rows = shown.filter((e) => e.category === c);
    out.push("", `${TITLES[c]} (${r.counts[c]})`);
    if (rows.length === 0) out.push("  none");
    for (const e of rows) out.push(...entryLines(e, width));
    if (r.counts[c] > rows.length)
      out.push(`  … ${r.counts[c] - rows.length} more (--category ${c} --limit N, or --json)`);
  }
  return `${out.join("\n")}\n`;
}

function invitationLines(i: InvitationAdvice, width: number): string[] {
  const head = `  ${fitLabel(i.advice.toUpperCase(), 9)} ${fitLabel(i.name, 28)} ${i.sentAt.slice(0, 10)}  rel ${f2(i.relevance.score)}  bridge ${f2(i.bridge.score)}  horizon ${i.horizon.delta >= 0 ? "+" : ""}${i.horizon.delta.toFixed(2)}`;
  return [head, ...wrap(i.reason, width, "            ")];
}

/** The terminal list of invitations with advice and reasons. */
export function renderInvitations(r: InvitationsResult, width: number): string {
  const out = [
    `${r.invitations.length} pending invitations (as of ${r.asOf}): ${r.counts.accept} accept, ${r.counts.consider} consider, ${r.counts.decline} decline. Horizon score now ${r.horizonScore.toFixed(2)}.`,
  ];
  for (const i of r.invitations) out.push(...invitationLines(i, width));
  if (r.invitations.length === 0) out.push("  no pending incoming invitations");
  return `${out.join("\n")}\n`;
}
