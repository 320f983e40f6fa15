import { TellerrandError } from "../errors.js";
import { jensenShannonBits, totalVariation } from "../metrics/diversity.js";
import { US_FUNCTION_REFERENCE } from "../reference/function-reference.js";
import { JOB_FUNCTIONS } from "../taxonomy.js";
import {
  compactFigures,
  connectionYear,
  dimensionReport,
  ownEmployerShareOf,
} from "./dimensions.js";
import { computeHorizonScore } from "./score.js";
import {
  type ContactFacts,
  DIMENSION_KEYS,
  type DimensionKey,
  type DimensionReport,
  type FlowReport,
  type FlowSide,
  type HorizonInput,
  type HorizonReport,
  LOW_SAMPLE_N,
  type ReferenceDivergence,
  type YearRow,
} from "./types.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function referenceDivergence(fn: DimensionReport): ReferenceDivergence {
  const reference = { source: US_FUNCTION_REFERENCE.source, year: US_FUNCTION_REFERENCE.year };
  if (fn.known === 0) return { jsdBits: null, totalVariation: null, reference };
  const counts = new Map(fn.shares.map((r) => [r.key, r.count]));
  const p = JOB_FUNCTIONS.map((f) => counts.get(f) ?? 0);
  const q = JOB_FUNCTIONS.map((f) => US_FUNCTION_REFERENCE.shares[f]);
  return { jsdBits: jensenShannonBits(p, q), totalVariation: totalVariation(p, q), reference };
}

function yearRows(contacts: readonly ContactFacts[], own: ReadonlySet<string>): YearRow[] {
  const byYear = new Map<number, ContactFacts[]>();
  for (const c of contacts) {
    const year = connectionYear(c.connectedOn);
    if (year === null) continue;
    const list = byYear.get(year);
    if (list) list.push(c);
    else byYear.set(year, [c]);
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: YearRow[] = [];
  let cumulative = 0;
  // Every year from the first to the last, so that a quiet year shows as a gap, not a jump.
  for (let year = first; year <= last; year++) {
    const added = byYear.get(year) ?? [];
    const before = cumulative;
    cumulative += added.length;
    rows.push({
      year,
      added: added.length,
      cumulative,
      growthRate: before === 0 ? null : added.length / before,
      employer: compactFigures(added, "employer"),
      function: compactFigures(added, "function"),
      ownEmployerShare: ownEmployerShareOf(added, own),
    });
  }
  return rows;
}

function flowSide(contacts: readonly ContactFacts[], own: ReadonlySet<string>): FlowSide {
  return {
    contacts: contacts.length,
    employer: compactFigures(contacts, "employer"),
    function: compactFigures(contacts, "function"),
    ownEmployerShare: ownEmployerShareOf(contacts, own),
  };
}

function flowReport(input: HorizonInput, own: ReadonlySet<string>): FlowReport {
  const { asOf } = input;
  // Same calendar day a year earlier; plain string comparison on YYYY-MM-DD is date order.
  const since = `${String(Number(asOf.slice(0, 4)) - 1).padStart(4, "0")}${asOf.slice(4)}`;
  const recent = input.contacts.filter(
    (c) => DATE.test(c.connectedOn) && c.connectedOn > since && c.connectedOn <= asOf,
  );
  const recentSide = flowSide(recent, own);
  return {
    since,
    until: asOf,
    recent: recentSide,
    stock: flowSide(input.contacts, own),
    lowSample: recentSide.employer.known < LOW_SAMPLE_N,
  };
}

/**
 * Computes the horizon report: per-dimension composition and diversity, the function mix's
 * distance to the labour-market reference, the development per connection year, the flow of
 * the last 12 months against the stock, and the explained horizon score.
 *
 * Throws `TellerrandError("bad-input")` when `asOf` is not a YYYY-MM-DD date. Contacts with a
 * malformed `connectedOn` count everywhere except in the year dimension, `byYear` and the flow.
 *
 * @example
 * const report = computeHorizonReport({ asOf: "2025-06-30", contacts, ownEmployerKeys: ["acme"] });
 * report.horizonScore.value; // 0–100
 */
export function computeHorizonReport(input: HorizonInput): HorizonReport {
  if (!DATE.test(input.asOf)) {
    throw new TellerrandError("bad-input", `asOf must be a YYYY-MM-DD date, got "${input.asOf}"`);
  }
  const own = new Set(input.ownEmployerKeys.map((k) => k.trim()).filter((k) => k !== ""));
  const dimensions = Object.fromEntries(
    DIMENSION_KEYS.map((dim) => [dim, dimensionReport(input.contacts, dim)]),
  ) as Record<DimensionKey, DimensionReport>;
  const ownEmployerShare = ownEmployerShareOf(input.contacts, own);
  const divergence = referenceDivergence(dimensions.function);
  const flow = flowReport(input, own);
  const horizonScore = computeHorizonScore({
    contacts: input.contacts.length,
    dimensions,
    ownEmployerShare,
    hasOwnEmployer: own.size > 0,
    jsdBits: divergence.jsdBits,
    flow,
  });
  return {
    asOf: input.asOf,
    contacts: input.contacts.length,
    ownEmployerShare,
    horizonScore,
    dimensions,
    referenceDivergence: divergence,
    byYear: yearRows(input.contacts, own),
    flow,
  };
}
