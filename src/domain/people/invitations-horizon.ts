/**
 * The horizon score with one more contact, without recomputing the report (issue 5 §3: "the
 * effect accepting would have on the horizon score", for hundreds of invitations against tens of
 * thousands of contacts).
 *
 * The network's composition is tallied once: counts per employer / function / seniority /
 * industry (stock) and per employer / function among the ties of the last 12 months (recent),
 * with their integer sums Σ n² and Σ n(n − 1). Adding one contact changes at most one count per
 * dimension, so every input of {@link computeHorizonScore} follows in O(1) per dimension plus
 * O(#job functions) for the distance to the labour market; the score itself is then computed by
 * the very same `computeHorizonScore`, so weights, clamps and coverage rules cannot drift.
 *
 * Exactness: the unbiased Gini–Simpson of the trend and the Jensen–Shannon divergence are
 * computed from the same integer counts in the same order as the report does, so they are
 * bit-identical. The HHI (and so the inverse Simpson) of a dimension the contact adds a value to
 * is (Σ n² + 2 n_k + 1) / (N + 1)², exact up to one rounding, where the report sums the squared
 * shares: they differ by a few ulps (far below 1e-9 on the 0–100 score). Dimensions the contact
 * leaves unknown reuse the report's own figures, so an invitee who adds nothing gets exactly the
 * "before" score unless a coverage threshold is crossed.
 */

import { dimensionValue } from "../horizon/dimensions.js";
import { computeHorizonReport, computeHorizonScore } from "../horizon/index.js";
import type {
  CompactFigures,
  ContactFacts,
  DimensionReport,
  FlowReport,
  FlowSide,
  HorizonInput,
  HorizonReport,
} from "../horizon/types.js";
import { LOW_SAMPLE_N } from "../horizon/types.js";
import { jensenShannonBits } from "../metrics/diversity.js";
import { US_FUNCTION_REFERENCE } from "../reference/function-reference.js";
import { JOB_FUNCTIONS } from "../taxonomy.js";

const SPREAD_DIMS = ["employer", "function", "seniority", "industry"] as const;
type SpreadDim = (typeof SPREAD_DIMS)[number];
const FLOW_DIMS = ["employer", "function"] as const;
type FlowDim = (typeof FLOW_DIMS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Counts of one dimension with the integer sums the diversity figures need. */
interface Tally {
  counts: Map<string, number>;
  known: number;
  /** Σ n² (exact: integers far below 2^53). */
  squares: number;
  /** Σ n(n − 1), summed in the report's row order; exact as well. */
  pairs: number;
}

function tallyOf(rows: readonly { key: string; count: number }[]): Tally {
  const counts = new Map<string, number>();
  let known = 0;
  let squares = 0;
  let pairs = 0;
  for (const r of rows) {
    counts.set(r.key, r.count);
    known += r.count;
    squares += r.count * r.count;
    pairs += r.count * (r.count - 1);
  }
  return { counts, known, squares, pairs };
}

function tallyContacts(contacts: readonly ContactFacts[], dim: FlowDim): Tally {
  const counts = new Map<string, number>();
  for (const c of contacts) {
    const v = dimensionValue(c, dim);
    if (v !== null) counts.set(v.key, (counts.get(v.key) ?? 0) + 1);
  }
  return tallyOf([...counts].map(([key, count]) => ({ key, count })));
}

/** The network's composition, tallied once; feed it to {@link horizonScoreWith}. */
export interface HorizonBaseline {
  /** The plain report of the network as it is (its score is the "before"). */
  report: HorizonReport;
  contacts: number;
  own: ReadonlySet<string>;
  ownKnown: number;
  stock: Record<SpreadDim, Tally>;
  recent: Record<FlowDim, Tally>;
}

/**
 * Computes the plain report once and tallies the composition the score depends on.
 * Throws like {@link computeHorizonReport} on a malformed `asOf`.
 *
 * @example
 * const base = horizonBaseline({ asOf: "2026-11-20", contacts, ownEmployerKeys: ["acme"] });
 * horizonScoreWith(base, invitee) - base.report.horizonScore.value; // the effect of accepting
 */
export function horizonBaseline(input: HorizonInput): HorizonBaseline {
  const report = computeHorizonReport(input);
  const own = new Set(input.ownEmployerKeys.map((k) => k.trim()).filter((k) => k !== ""));
  const { since, until } = report.flow;
  const recentContacts = input.contacts.filter((c) => inWindow(c.connectedOn, since, until));
  const stock = Object.fromEntries(
    SPREAD_DIMS.map((d) => [d, tallyOf(report.dimensions[d].shares)]),
  ) as Record<SpreadDim, Tally>;
  let ownKnown = 0;
  for (const [key, n] of stock.employer.counts) if (own.has(key)) ownKnown += n;
  return {
    report,
    contacts: input.contacts.length,
    own,
    ownKnown,
    stock,
    recent: {
      employer: tallyContacts(recentContacts, "employer"),
      function: tallyContacts(recentContacts, "function"),
    },
  };
}

/** The report's "last 12 months" test (exclusive start, inclusive end). */
function inWindow(connectedOn: string, since: string, until: string): boolean {
  return DATE.test(connectedOn) && connectedOn > since && connectedOn <= until;
}

/** The unbiased Gini–Simpson of a tally, exactly as `giniSimpsonUnbiased` computes it. */
function unbiased(known: number, pairs: number): number {
  return known < 2 ? 0 : 1 - pairs / (known * (known - 1));
}

/** A spread dimension with the contact added; fields the score does not read stay as before. */
function spreadWith(
  d: DimensionReport,
  t: Tally,
  key: string | null,
  contacts: number,
): DimensionReport {
  if (key === null) return { ...d, unknown: d.unknown + 1, coverage: d.known / contacts };
  const known = d.known + 1;
  const n = t.counts.get(key) ?? 0;
  const hhi = (t.squares + 2 * n + 1) / (known * known);
  return {
    ...d,
    known,
    coverage: known / contacts,
    hhi,
    inverseSimpson: hhi === 0 ? 0 : 1 / hhi,
    lowSample: known < LOW_SAMPLE_N,
  };
}

/** Compact figures (trend inputs: known and unbiased Gini–Simpson) with the contact added. */
function compactWith(c: CompactFigures, t: Tally, key: string | null): CompactFigures {
  if (key === null) return c;
  const known = t.known + 1;
  const pairs = t.pairs + 2 * (t.counts.get(key) ?? 0);
  return { ...c, known, giniSimpsonUnbiased: unbiased(known, pairs) };
}

function flowWith(
  base: HorizonBaseline,
  keys: Record<FlowDim, string | null>,
  ownShare: number,
  recent: boolean,
): FlowReport {
  const f = base.report.flow;
  const stock: FlowSide = {
    ...f.stock,
    contacts: f.stock.contacts + 1,
    employer: compactWith(f.stock.employer, base.stock.employer, keys.employer),
    function: compactWith(f.stock.function, base.stock.function, keys.function),
    ownEmployerShare: ownShare,
  };
  if (!recent) return { ...f, stock };
  return {
    ...f,
    stock,
    recent: {
      ...f.recent,
      contacts: f.recent.contacts + 1,
      employer: compactWith(f.recent.employer, base.recent.employer, keys.employer),
      function: compactWith(f.recent.function, base.recent.function, keys.function),
    },
  };
}

/** The function mix's Jensen–Shannon distance to the reference, with one more `fn`. */
function jsdWith(base: HorizonBaseline, fn: string | null): number | null {
  const before = base.report.referenceDivergence.jsdBits;
  if (fn === null) return before;
  const counts = base.stock.function.counts;
  const p = JOB_FUNCTIONS.map((f) => (counts.get(f) ?? 0) + (f === fn ? 1 : 0));
  const q = JOB_FUNCTIONS.map((f) => US_FUNCTION_REFERENCE.shares[f]);
  return jensenShannonBits(p, q);
}

/**
 * The horizon score (0–100) of the baseline network with `facts` added, in O(#dimensions +
 * #job functions); equal to `computeHorizonReport` on the extended contact list (see the file
 * header for the floating-point fine print).
 *
 * @example
 * const base = horizonBaseline(input);
 * horizonScoreWith(base, { ...facts, connectedOn: input.asOf }); // e.g. 61.8
 */
export function horizonScoreWith(base: HorizonBaseline, facts: ContactFacts): number {
  const { report } = base;
  const contacts = base.contacts + 1;
  const keys = Object.fromEntries(
    SPREAD_DIMS.map((d) => [d, dimensionValue(facts, d)?.key ?? null]),
  ) as Record<SpreadDim, string | null>;
  const dimensions = { ...report.dimensions };
  for (const d of SPREAD_DIMS) {
    dimensions[d] = spreadWith(report.dimensions[d], base.stock[d], keys[d], contacts);
  }
  const ownEmployerShare =
    keys.employer === null
      ? report.ownEmployerShare
      : (base.ownKnown + (base.own.has(keys.employer) ? 1 : 0)) / (base.stock.employer.known + 1);
  const { since, until } = report.flow;
  const recent = inWindow(facts.connectedOn, since, until);
  return computeHorizonScore({
    contacts,
    dimensions,
    ownEmployerShare,
    hasOwnEmployer: base.own.size > 0,
    jsdBits: jsdWith(base, keys.function),
    flow: flowWith(base, keys, ownEmployerShare, recent),
  }).value;
}
