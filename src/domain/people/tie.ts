/**
 * Tie strength from what the export shows. Granovetter (1973) defines it as "a (probably
 * linear) combination of the amount of time, the emotional intensity, the intimacy (mutual
 * confiding), and the reciprocal services": so a linear combination of observable proxies.
 * Rajkumar et al. (2022) measured two notions, interaction intensity (relational) and mutual
 * connections (structural); the export has no mutual connections, so a shared employer stands
 * in for the structural side (Feld's foci, SCIENCE.md §2.4).
 */

/** What the export says about the interaction with one contact. */
export interface Interaction {
  /** Messages the contact sent to the person. */
  messagesIn: number;
  /** Messages the person sent to the contact. */
  messagesOut: number;
  /** ISO timestamp or date of the newest message either way; null if none. */
  lastMessageAt: string | null;
  /** Recommendations the contact wrote for the person. */
  recommendations: number;
  /** Endorsements the contact gave the person. */
  endorsements: number;
  /** Newest recommendation or endorsement, ISO; null if none. */
  lastGestureAt: string | null;
  /** YYYY-MM-DD */
  connectedOn: string;
  /** The contact works (now) at an employer the person worked or works at. */
  sharedEmployer: boolean;
}

/** Parameters of the tie-strength formula (config `triage`). */
export interface TieParams {
  /** Message count at which the volume part reaches 1 (log scale below it). */
  messagesFull: number;
  /** Days after which the recency part halves. */
  recencyHalfLifeDays: number;
  /** Score at or above which a tie is strong. */
  strongMin: number;
  /** Score at or above which a tie is moderate. */
  moderateMin: number;
}

export const DEFAULT_TIE_PARAMS: TieParams = {
  messagesFull: 50,
  recencyHalfLifeDays: 365,
  strongMin: 0.5,
  moderateMin: 0.2,
};

/** Weights of the parts; they sum to 1. Messages carry most (time and intensity). */
export const TIE_WEIGHTS = {
  volume: 0.3,
  recency: 0.2,
  reciprocity: 0.1,
  recommendation: 0.15,
  endorsement: 0.1,
  sharedEmployer: 0.1,
  age: 0.05,
} as const;

/** Endorsements at which the endorsement part reaches 1. */
export const ENDORSEMENTS_FULL = 3;
/** Years of connection at which the age part reaches 1. */
export const AGE_FULL_YEARS = 10;

export type TieGrade = "weak" | "moderate" | "strong";

export interface TieStrength {
  /** 0–1: Σ weight × part. */
  score: number;
  grade: TieGrade;
  parts: Record<keyof typeof TIE_WEIGHTS, number>;
  /** Newest message, recommendation or endorsement (ISO), or null if none. */
  lastInteractionAt: string | null;
  /** Days from the last interaction (or, if none, from the connection) to `asOf`. */
  quietDays: number;
}

const DAY_MS = 86_400_000;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Milliseconds of an ISO date (`YYYY-MM-DD`, its start, or its end when `end`) or timestamp
 * (`YYYY-MM-DDTHH:mm:ss…Z`). Hand-parsed: `Date.parse` dominated a 30,000-contact triage.
 * NaN if it does not parse.
 */
export function isoMs(s: string, end = false): number {
  if (s.length === 10) {
    const ms = Date.UTC(digits(s, 0, 4), digits(s, 5, 7) - 1, digits(s, 8, 10));
    return end ? ms + DAY_MS - 1000 : ms;
  }
  if (s.length === 20 && s[10] === "T" && s[19] === "Z") {
    return Date.UTC(
      digits(s, 0, 4),
      digits(s, 5, 7) - 1,
      digits(s, 8, 10),
      digits(s, 11, 13),
      digits(s, 14, 16),
      digits(s, 17, 19),
    );
  }
  return Date.parse(s);
}

/** The number written in `s[from, to)`, NaN unless all are ASCII digits (no substrings made). */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Whole days from `from` to `to` (ISO dates or timestamps; a date means its start for `from`
 * and its end for `to`), never negative; 0 if either does not parse.
 *
 * @example
 * daysBetween("2026-11-01", "2026-11-20"); // 19
 */
export function daysBetween(from: string, to: string): number {
  const a = isoMs(from);
  const b = isoMs(to, true);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  return Math.max(0, Math.floor((b - a) / DAY_MS));
}

const newest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/**
 * Grades a tie. With n = messagesIn + messagesOut:
 * - volume = min(1, ln(1 + n) / ln(1 + messagesFull))
 * - recency = n > 0 ? 0.5^(days since last message / recencyHalfLifeDays) : 0
 * - reciprocity = n > 0 ? min(in, out) / max(in, out) : 0 (a conversation, not a broadcast)
 * - recommendation = 1 if the contact recommended the person (a reciprocal service)
 * - endorsement = min(1, endorsements / 3)
 * - sharedEmployer = 1 if they work where the person works or worked (structural overlap)
 * - age = min(1, years connected / 10)
 *
 * score = Σ TIE_WEIGHTS × part; strong ≥ strongMin, moderate ≥ moderateMin, else weak.
 *
 * @example
 * tieStrength({ messagesIn: 10, messagesOut: 10, lastMessageAt: "2026-10-01", recommendations: 0,
 *   endorsements: 0, lastGestureAt: null, connectedOn: "2020-01-01", sharedEmployer: true },
 *   "2026-11-20").grade; // "strong"
 */
export function tieStrength(
  i: Interaction,
  asOf: string,
  params: TieParams = DEFAULT_TIE_PARAMS,
): TieStrength {
  const f = new Float64Array(TIE_SLOTS);
  const last = tieFigures(
    f,
    0,
    i.messagesIn,
    i.messagesOut,
    i.lastMessageAt,
    i.recommendations,
    i.endorsements,
    i.lastGestureAt,
    i.connectedOn,
    i.sharedEmployer,
    asOf,
    params,
  );
  return tieFromFigures(f, 0, last, params);
}

/**
 * Slots of one contact's figures in a {@link tieFigures} array: the score, the seven parts in
 * {@link TIE_WEIGHTS} order, and the quiet days.
 */
export const TIE_SLOTS = 9;
const QUIET_SLOT = 8;

/**
 * {@link tieStrength} into `out[at … at + TIE_SLOTS)` (score, parts, quiet days), on
 * positional arguments: a 30,000-contact triage keeps its figures in one Float64Array and
 * builds no object per contact. Returns `lastInteractionAt`. Same formula, same numbers.
 *
 * @example
 * const f = new Float64Array(TIE_SLOTS);
 * tieFigures(f, 0, 10, 10, "2026-10-01", 0, 0, null, "2020-01-01", true, "2026-11-20", DEFAULT_TIE_PARAMS);
 * f[0]; // the score
 */
export function tieFigures(
  out: Float64Array,
  at: number,
  messagesIn: number,
  messagesOut: number,
  lastMessageAt: string | null,
  recommendations: number,
  endorsements: number,
  lastGestureAt: string | null,
  connectedOn: string,
  sharedEmployer: boolean,
  asOf: string,
  params: TieParams,
): string | null {
  const n = messagesIn + messagesOut;
  const sinceMessage = lastMessageAt === null ? null : daysBetween(lastMessageAt, asOf);
  const connectedDays = daysBetween(connectedOn, asOf);
  const volume = clamp01(Math.log1p(n) / Math.log1p(params.messagesFull));
  const recency =
    n > 0 && sinceMessage !== null ? 0.5 ** (sinceMessage / params.recencyHalfLifeDays) : 0;
  const reciprocity =
    n > 0 ? Math.min(messagesIn, messagesOut) / Math.max(messagesIn, messagesOut) : 0;
  const recommendation = recommendations > 0 ? 1 : 0;
  const endorsement = clamp01(endorsements / ENDORSEMENTS_FULL);
  const shared = sharedEmployer ? 1 : 0;
  const age = clamp01(connectedDays / 365.25 / AGE_FULL_YEARS);
  const w = TIE_WEIGHTS;
  out[at] =
    w.volume * volume +
    w.recency * recency +
    w.reciprocity * reciprocity +
    w.recommendation * recommendation +
    w.endorsement * endorsement +
    w.sharedEmployer * shared +
    w.age * age;
  out[at + 1] = volume;
  out[at + 2] = recency;
  out[at + 3] = reciprocity;
  out[at + 4] = recommendation;
  out[at + 5] = endorsement;
  out[at + 6] = shared;
  out[at + 7] = age;
  const lastInteractionAt = newest(n > 0 ? lastMessageAt : null, lastGestureAt);
  out[at + QUIET_SLOT] =
    lastInteractionAt === null
      ? connectedDays
      : lastInteractionAt === lastMessageAt && sinceMessage !== null
        ? sinceMessage
        : daysBetween(lastInteractionAt, asOf);
  return lastInteractionAt;
}

/** The grade of a tie score (strong ≥ strongMin, moderate ≥ moderateMin, else weak). */
export function tieGrade(score: number, params: TieParams): TieGrade {
  return score >= params.strongMin ? "strong" : score >= params.moderateMin ? "moderate" : "weak";
}

/**
 * The {@link TieStrength} object of figures written by {@link tieFigures}.
 *
 * @example
 * tieFromFigures(f, 0, "2026-10-01", DEFAULT_TIE_PARAMS).grade; // "strong"
 */
export function tieFromFigures(
  f: Float64Array,
  at: number,
  lastInteractionAt: string | null,
  params: TieParams,
): TieStrength {
  const score = f[at] as number;
  return {
    score,
    grade: tieGrade(score, params),
    parts: {
      volume: f[at + 1] as number,
      recency: f[at + 2] as number,
      reciprocity: f[at + 3] as number,
      recommendation: f[at + 4] as number,
      endorsement: f[at + 5] as number,
      sharedEmployer: f[at + 6] as number,
      age: f[at + 7] as number,
    },
    lastInteractionAt,
    quietDays: f[at + QUIET_SLOT] as number,
  };
}
