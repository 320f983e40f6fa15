import { JOB_FUNCTIONS, type JobFunction } from "../taxonomy.js";
import {
  OEWS_2023_MAJOR_GROUPS,
  OEWS_2023_SOURCE,
  OEWS_2023_TOTAL,
  OEWS_2023_YEAR,
} from "./oews-2023.js";

/**
 * Where each SOC major group goes in our 22 job functions, or `null` when it is dropped.
 *
 * Decisions (see docs/horizon-score.md):
 * - One major group maps to one function. The major-group level cannot split a group, so
 *   functions that live *inside* a group get no reference share of their own: HR specialists,
 *   buyers, management analysts and project-management specialists sit in 13 (mapped to
 *   Finance, its largest part); software developers sit in 15 with IT support (mapped to
 *   Information Technology); designers and media workers sit in 27 (mapped to Arts & Culture).
 *   Splitting by detailed occupation would need the detailed OEWS rows; left for later.
 * - Manual and service groups with no white-collar counterpart (33, 35, 37, 39, 45, 47, 49,
 *   51, 53) are dropped, not lumped into Operations: together they are 39% of US jobs and
 *   would make Operations the dominant reference category, while LinkedIn's membership
 *   over-represents professional occupations (SCIENCE.md §6.4). The reference is therefore
 *   "the white-collar US labour market", renormalised to sum 1.
 */
export const SOC_TO_FUNCTION: Readonly<Record<string, JobFunction | null>> = {
  "11-0000": "General Management",
  "13-0000": "Finance",
  "15-0000": "Information Technology",
  "17-0000": "Engineering",
  "19-0000": "Data & Research",
  "21-0000": "Healthcare", // social workers and counsellors: health and social work (NACE Q)
  "23-0000": "Legal",
  "25-0000": "Education",
  "27-0000": "Arts & Culture",
  "29-0000": "Healthcare",
  "31-0000": "Healthcare",
  "33-0000": null,
  "35-0000": null,
  "37-0000": null,
  "39-0000": null,
  "41-0000": "Sales",
  "43-0000": "Administrative",
  "45-0000": null,
  "47-0000": null,
  "49-0000": null,
  "51-0000": null,
  "53-0000": null,
};

/** A reference mix over our job functions. */
export interface FunctionReference {
  source: string;
  year: number;
  /** Shares summing to 1; functions without a mapped SOC group have 0. */
  shares: Record<JobFunction, number>;
  /** Share of total US employment that the mapped groups cover (the rest was dropped). */
  coverage: number;
  /** SOC codes that were dropped. */
  dropped: string[];
}

function buildReference(): FunctionReference {
  const employment = Object.fromEntries(JOB_FUNCTIONS.map((f) => [f, 0])) as Record<
    JobFunction,
    number
  >;
  let mapped = 0;
  const dropped: string[] = [];
  for (const group of OEWS_2023_MAJOR_GROUPS) {
    const fn = SOC_TO_FUNCTION[group.code];
    if (fn === undefined || fn === null) {
      dropped.push(group.code);
      continue;
    }
    employment[fn] += group.employment;
    mapped += group.employment;
  }
  const shares = Object.fromEntries(
    JOB_FUNCTIONS.map((f) => [f, employment[f] / mapped]),
  ) as Record<JobFunction, number>;
  return {
    source: `${OEWS_2023_SOURCE}, mapped to job functions (white-collar groups only)`,
    year: OEWS_2023_YEAR,
    shares,
    coverage: mapped / OEWS_2023_TOTAL,
    dropped,
  };
}

/**
 * The labour-market reference function mix: OEWS May 2023 employment, mapped with
 * {@link SOC_TO_FUNCTION} and renormalised over the mapped groups.
 * @example US_FUNCTION_REFERENCE.shares.Administrative // ≈ 0.202
 */
export const US_FUNCTION_REFERENCE: FunctionReference = buildReference();
