import type { DiversityFigures } from "../metrics/diversity.js";
import type { JobFunction, NaceSection, Seniority } from "../taxonomy.js";

/** What the horizon report needs to know about one contact. */
export interface ContactFacts {
  /** Canonical organisation key and its display label. */
  employerKey: string | null;
  employerLabel: string | null;
  function: JobFunction | "unknown";
  seniority: Seniority | "unknown";
  /** NACE section of the employer, where known. */
  industry: NaceSection | null;
  /** YYYY-MM-DD */
  connectedOn: string;
}

export interface HorizonInput {
  /** YYYY-MM-DD; the "last 12 months" window ends here. */
  asOf: string;
  contacts: ContactFacts[];
  /** The user's own current employer(s), as canonical keys. */
  ownEmployerKeys: string[];
}

export const DIMENSION_KEYS = ["employer", "function", "seniority", "industry", "year"] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/** How each dimension is titled in the terminal and HTML reports. */
export const DIMENSION_TITLES: Record<DimensionKey, string> = {
  employer: "Employers",
  function: "Job functions",
  seniority: "Seniority",
  industry: "Industries",
  year: "Connection years",
};

export interface ShareRow {
  key: string;
  label: string;
  count: number;
  /** Share among contacts with a known value. */
  share: number;
}

/** Diversity of one dimension. `unknown` values are left out and reported as coverage. */
export interface DimensionReport extends DiversityFigures {
  /** Share of contacts with a known value (0 when there are no contacts). */
  coverage: number;
  known: number;
  unknown: number;
  /** Fewer than {@link LOW_SAMPLE_N} known values: read the figures with care. */
  lowSample: boolean;
  /** Sorted by count descending, then key. */
  shares: ShareRow[];
}

/** The compact figures used per year and for the flow. */
export interface CompactFigures {
  known: number;
  hhi: number;
  effectiveNumber: number;
  inverseSimpson: number;
  giniSimpsonUnbiased: number;
  top3Share: number;
}

export interface YearRow {
  year: number;
  /** Ties added in that year. */
  added: number;
  /** Ties at the end of that year. */
  cumulative: number;
  /** added / cumulative at the end of the previous year; null for the first year or from 0. */
  growthRate: number | null;
  /** Figures for the ties added in that year. */
  employer: CompactFigures;
  function: CompactFigures;
  ownEmployerShare: number;
}

export interface FlowSide {
  contacts: number;
  employer: CompactFigures;
  function: CompactFigures;
  ownEmployerShare: number;
}

export interface FlowReport {
  /** Exclusive start of the window (asOf minus one year), YYYY-MM-DD. */
  since: string;
  until: string;
  recent: FlowSide;
  stock: FlowSide;
  lowSample: boolean;
}

export interface ScorePart {
  key: "employer" | "function" | "seniority" | "industry" | "ownEmployer" | "reference" | "trend";
  label: string;
  /** 0–1 */
  value: number;
  /** Weight actually used; 0 when the part had no usable data and its weight was redistributed. */
  weight: number;
  /** value × weight × 100 / Σ weights */
  points: number;
  explanation: string;
}

export interface HorizonScore {
  /** 0–100, the sum of the parts' points. */
  value: number;
  parts: ScorePart[];
}

export interface ReferenceDivergence {
  /** null when no contact has a known function. */
  jsdBits: number | null;
  totalVariation: number | null;
  reference: { source: string; year: number };
}

export interface HorizonReport {
  asOf: string;
  contacts: number;
  /** Share of contacts with a known employer who work at one of the user's own employers. */
  ownEmployerShare: number;
  horizonScore: HorizonScore;
  dimensions: Record<DimensionKey, DimensionReport>;
  referenceDivergence: ReferenceDivergence;
  byYear: YearRow[];
  flow: FlowReport;
}

/** Below this many known values a dimension is marked `lowSample` (SCIENCE.md §3.4). */
export const LOW_SAMPLE_N = 30;
