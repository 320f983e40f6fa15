import type {
  CompactFigures,
  DimensionKey,
  DimensionReport,
  FlowReport,
  HorizonScore,
  ScorePart,
} from "./types.js";

/**
 * The horizon score's knobs. Every number here is a convention (documented in
 * docs/horizon-score.md), not a law of nature; they are exported so that the docs, the tests
 * and any "what if" tool read the same values.
 */
export const SCORE_WEIGHTS: Record<ScorePart["key"], number> = {
  employer: 25,
  function: 20,
  seniority: 10,
  industry: 15,
  ownEmployer: 15,
  reference: 5,
  trend: 10,
};

/** Inverse-Simpson (Hill N2) value at which a spread part reaches 1 (log scale below it). */
export const SPREAD_TARGETS: Record<"employer" | "function" | "seniority" | "industry", number> = {
  employer: 10, // SCIENCE §7.2: HHI < 0.10 (N2 > 10) is the ambitious "unconcentrated" target
  function: 8, // about half the US occupational ceiling of N2 = 14.9 (SCIENCE §6.1)
  seniority: 5, // about half of the 9 seniority levels
  industry: 8, // like function: well below the whole-economy spread
};

/** A dimension counts only when at least this share of contacts has a known value. */
export const MIN_COVERAGE = 0.5;
/** Own-employer share at which that part reaches 0 (linear from 1 at 0%). */
export const OWN_EMPLOYER_ZERO_AT = 0.5;
/** Jensen–Shannon divergence (bits) to the reference: full value up to `fullUpTo`, 0 at `zeroAt`. */
export const REFERENCE_BAND = { fullUpTo: 0.7, zeroAt: 0.95 };
/** Difference in unbiased Gini–Simpson (recent − stock) that moves the trend part from 0.5 to 1. */
export const TREND_FULL_AT = 0.1;
/** Fewest recent ties with a known value before a dimension enters the trend. */
export const TREND_MIN_RECENT = 5;

export interface ScoreInput {
  contacts: number;
  dimensions: Record<DimensionKey, DimensionReport>;
  ownEmployerShare: number;
  hasOwnEmployer: boolean;
  jsdBits: number | null;
  flow: FlowReport;
}

/** A part before the weights are normalised; `null` value means "no usable data". */
interface Draft {
  key: ScorePart["key"];
  label: string;
  value: number | null;
  explanation: string;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const fmt = (x: number, digits = 1): string => x.toFixed(digits);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

const SPREAD_NOUNS = {
  employer: "employers",
  function: "job functions",
  seniority: "seniority levels",
  industry: "industries",
} as const;

function spreadPart(dim: keyof typeof SPREAD_TARGETS, d: DimensionReport): Draft {
  const label = `${dim[0]?.toUpperCase()}${dim.slice(1)} spread`;
  const noun = SPREAD_NOUNS[dim];
  if (d.known === 0 || d.coverage < MIN_COVERAGE) {
    return {
      key: dim,
      label,
      value: null,
      explanation: `Only ${pct(d.coverage)} of contacts have a known ${dim} (at least ${pct(MIN_COVERAGE)} needed), so this part's weight went to the other parts.`,
    };
  }
  const target = SPREAD_TARGETS[dim];
  const value = clamp01(Math.log(d.inverseSimpson) / Math.log(target));
  const caution = d.lowSample ? ` Only ${d.known} known values: read with care.` : "";
  return {
    key: dim,
    label,
    value,
    explanation: `Your ${d.known} contacts with a known ${dim} span the equivalent of ${fmt(d.inverseSimpson)} equally common ${noun} (inverse Simpson; HHI ${fmt(d.hhi, 3)}); on a log scale against a target of ${target} that is ${fmt(value, 2)}.${caution}`,
  };
}

function ownEmployerPart(input: ScoreInput): Draft {
  const base = { key: "ownEmployer" as const, label: "Beyond your own employer" };
  if (!input.hasOwnEmployer || input.dimensions.employer.known === 0) {
    return {
      ...base,
      value: null,
      explanation:
        "Your own employer is not known (or no contact has a known employer), so this part's weight went to the other parts.",
    };
  }
  const s = input.ownEmployerShare;
  const value = clamp01(1 - s / OWN_EMPLOYER_ZERO_AT);
  return {
    ...base,
    value,
    explanation: `${pct(s)} of contacts with a known employer work where you work; the part falls linearly from 1 at 0% to 0 at ${pct(OWN_EMPLOYER_ZERO_AT)}, giving ${fmt(value, 2)}.`,
  };
}

function referencePart(jsd: number | null): Draft {
  const base = { key: "reference" as const, label: "Distance to the labour market" };
  if (jsd === null) {
    return {
      ...base,
      value: null,
      explanation: "No contact has a known job function, so this part's weight went to the others.",
    };
  }
  const { fullUpTo, zeroAt } = REFERENCE_BAND;
  const value = clamp01((zeroAt - jsd) / (zeroAt - fullUpTo));
  const verdict =
    jsd <= fullUpTo
      ? `within the ${fullUpTo}-bit band where being different from the national mix is not penalised`
      : `beyond ${fullUpTo} bits, so the part falls linearly to 0 at ${zeroAt} bits`;
  return {
    ...base,
    value,
    explanation: `Your function mix is ${fmt(jsd, 2)} bits (Jensen–Shannon) from the US white-collar labour market, ${verdict}: ${fmt(value, 2)}. Matching the national mix earns nothing extra.`,
  };
}

function trendDelta(recent: CompactFigures, stock: CompactFigures): number | null {
  if (recent.known < TREND_MIN_RECENT || stock.known < 2) return null;
  return recent.giniSimpsonUnbiased - stock.giniSimpsonUnbiased;
}

function trendPart(flow: FlowReport): Draft {
  const base = { key: "trend" as const, label: "Recent trend" };
  const deltas = [
    trendDelta(flow.recent.employer, flow.stock.employer),
    trendDelta(flow.recent.function, flow.stock.function),
  ].filter((d): d is number => d !== null);
  if (deltas.length === 0) {
    return {
      ...base,
      value: null,
      explanation: `Fewer than ${TREND_MIN_RECENT} ties with a known employer or function were added in the last 12 months (${flow.recent.contacts} in all), so there is no trend to judge; its weight went to the other parts.`,
    };
  }
  const delta = deltas.reduce((a, b) => a + b, 0) / deltas.length;
  const value = clamp01(0.5 + delta / (2 * TREND_FULL_AT));
  const direction = delta >= 0 ? "more" : "less";
  return {
    ...base,
    value,
    explanation: `The ${flow.recent.contacts} ties added in the last 12 months are ${direction} varied than your network as a whole (unbiased Gini–Simpson ${delta >= 0 ? "+" : ""}${fmt(delta, 3)} on average over employer and function); 0.5 means no change, giving ${fmt(value, 2)}.`,
  };
}

/**
 * The horizon score: a weighted mean of parts in [0, 1], scaled to 0–100. A part without usable
 * data gets weight 0, and its weight is shared out over the others by the normalisation
 * `points = value × weight × 100 / Σ weights`; the points sum to the score.
 */
export function computeHorizonScore(input: ScoreInput): HorizonScore {
  const drafts: Draft[] = [
    spreadPart("employer", input.dimensions.employer),
    spreadPart("function", input.dimensions.function),
    spreadPart("seniority", input.dimensions.seniority),
    spreadPart("industry", input.dimensions.industry),
    ownEmployerPart(input),
    referencePart(input.jsdBits),
    trendPart(input.flow),
  ];
  const weightOf = (d: Draft): number => (d.value === null ? 0 : SCORE_WEIGHTS[d.key]);
  const totalWeight = drafts.reduce((sum, d) => sum + weightOf(d), 0);
  const parts: ScorePart[] = drafts.map((d) => {
    const weight = weightOf(d);
    const value = d.value ?? 0;
    const points = totalWeight === 0 ? 0 : (value * weight * 100) / totalWeight;
    return { key: d.key, label: d.label, value, weight, points, explanation: d.explanation };
  });
  return { value: parts.reduce((sum, p) => sum + p.points, 0), parts };
}
