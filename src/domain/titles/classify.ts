/**
 * Rule-based job-title classifier (German and English): function and seniority.
 * Pure: no I/O, regexes compiled once at module load.
 */
import {
  type JobFunction,
  SENIORITIES,
  type Seniority,
  type TitleClassification,
  UNKNOWN,
} from "../taxonomy.js";
import { DE_FUNCTION_RULES, DE_SENIORITY_RULES } from "./lexicon-de.js";
import { EN_FUNCTION_RULES, EN_SENIORITY_RULES } from "./lexicon-en.js";
import { normalizeTitle, splitRoles } from "./normalize.js";
import { BigramIndex } from "./prefilter.js";
import { RANK, type Rank } from "./rules.js";

interface CompiledFunctionRule {
  re: RegExp;
  fn: JobFunction | null;
  rank: Rank;
}
interface CompiledSeniorityRule {
  re: RegExp;
  level: Seniority;
  kind: "mod" | "role";
}

const FUNCTION_RULES: readonly CompiledFunctionRule[] = [
  ...DE_FUNCTION_RULES,
  ...EN_FUNCTION_RULES,
].map(([p, fn, rank]) => ({ re: new RegExp(p), fn, rank }));
const FUNCTION_INDEX = new BigramIndex(FUNCTION_RULES, (r) => r.re.source);

const SENIORITY_RULES: readonly CompiledSeniorityRule[] = [
  ...DE_SENIORITY_RULES,
  ...EN_SENIORITY_RULES,
].map(([p, level, kind]) => ({ re: new RegExp(p), level, kind }));
const SENIORITY_INDEX = new BigramIndex(SENIORITY_RULES, (r) => r.re.source);

/** "Assistenz der Geschäftsführung", "Executive Assistant to the CEO": the CEO is the object. */
const SUPPORT_ROLE_OBJECT =
  /^(.*?\b(?:\w*assist\w*|\w*sekretar\w*|\w*referent\w*|secretary|aide|office manager))\s+(?:to|of|for|der|des|fur)\s+(?:the\s+|die\s+|den\s+)?(.+)$/u;
const DEPUTY = /\b(stellv\w*|stv|deputy|acting|kommissarisch\w*)\b/u;
const ASSISTANT = /assist/u;
/** Functions in which "Assistent/Assistant" is the first rung of a career, not an admin job. */
const JUNIOR_ASSISTANT_FUNCTIONS: ReadonlySet<JobFunction> = new Set([
  "Marketing",
  "Sales",
  "Project Management",
  "Product Management",
  "Business Development",
  "Human Resources",
  "Consulting",
]);

const rankOf = (s: Seniority): number => SENIORITIES.indexOf(s);

interface SegmentResult {
  fn: JobFunction | null;
  rank: Rank | -1;
  hasRole: boolean;
  seniority: Seniority | null;
}

function findFunction(text: string): { fn: JobFunction | null; rank: Rank | -1; hasRole: boolean } {
  let best: CompiledFunctionRule | null = null;
  let bestIndex = -1;
  let hasRole = false;
  for (const rule of FUNCTION_INDEX.candidates(text)) {
    const m = rule.re.exec(text);
    if (m === null) continue;
    if (rule.rank !== RANK.domain) hasRole = true;
    if (rule.fn === null) continue;
    const nounRank = rule.rank === RANK.strongNoun || rule.rank === RANK.weakNoun;
    const better =
      best === null ||
      rule.rank > best.rank ||
      (rule.rank === best.rank && (nounRank ? m.index > bestIndex : m.index < bestIndex));
    if (better) {
      best = rule;
      bestIndex = m.index;
    }
  }
  return { fn: best?.fn ?? null, rank: best?.rank ?? -1, hasRole };
}

function findSeniority(text: string): Seniority | null {
  let role: Seniority | null = null;
  let mod: Seniority | null = null;
  for (const rule of SENIORITY_INDEX.candidates(text)) {
    if (!rule.re.test(text)) continue;
    if (rule.level === "intern") return "intern";
    if (rule.kind === "mod") {
      if (mod === null || rule.level === "junior") mod = rule.level;
    } else if (role === null || rankOf(rule.level) > rankOf(role)) {
      role = rule.level;
    }
  }
  if (mod === "junior" && (role === null || rankOf(role) < rankOf("director"))) return "junior";
  if (role === null) return mod;
  if (mod !== null && rankOf(mod) > rankOf(role)) return mod;
  // A deputy stands one step below the position named.
  return DEPUTY.test(text) ? (SENIORITIES[Math.max(1, rankOf(role) - 1)] ?? role) : role;
}

function classifySegment(segment: string): SegmentResult {
  const split = SUPPORT_ROLE_OBJECT.exec(segment);
  const head = split?.[1] ?? segment;
  let { fn, rank, hasRole } = findFunction(head);
  if (fn === null && split?.[2] !== undefined) ({ fn, rank } = findFunction(split[2]));
  let seniority = findSeniority(head);
  if (seniority === null && hasRole) {
    const juniorAssistant =
      fn !== null && JUNIOR_ASSISTANT_FUNCTIONS.has(fn) && ASSISTANT.test(head);
    seniority = juniorAssistant ? "junior" : "professional";
  }
  return { fn, rank, hasRole: hasRole || seniority !== null, seniority };
}

const RANK_CONFIDENCE: Record<Rank, number> = {
  [RANK.phrase]: 0.9,
  [RANK.strongNoun]: 0.85,
  [RANK.domain]: 0.75,
  [RANK.weakNoun]: 0.65,
  [RANK.generic]: 0.3,
};

function confidenceOf(first: SegmentResult | undefined, seniority: Seniority | null, n: number) {
  if (first === undefined) return seniority === null ? 0 : 0.3;
  let c = first.rank === -1 ? 0.3 : RANK_CONFIDENCE[first.rank];
  if (first.rank === RANK.domain && !first.hasRole) c = 0.5;
  if (seniority === null) c *= 0.8;
  if (n > 1) c *= 0.95;
  return Math.round(c * 100) / 100;
}

/**
 * Classify one job title (German, English or mixed) into a job function and a seniority.
 * Multi-role titles ("CTO & Co-Founder", "Engineer | Speaker") take the function of the first
 * segment that has one and the highest seniority of any segment.
 * @example
 * classifyTitle("Senior Softwareentwickler (m/w/d)")
 * // { function: "Engineering", seniority: "senior", confidence: 0.85 }
 */
export function classifyTitle(title: string): TitleClassification {
  const normalized = normalizeTitle(title);
  if (normalized.length === 0) return { function: UNKNOWN, seniority: UNKNOWN, confidence: 0 };
  const segments = splitRoles(normalized, (s) => classifySegment(s).hasRole).map(classifySegment);
  const withFunction = segments.find((s) => s.fn !== null);
  let seniority: Seniority | null = null;
  for (const s of segments) {
    if (s.seniority !== null && (seniority === null || rankOf(s.seniority) > rankOf(seniority))) {
      seniority = s.seniority;
    }
  }
  if (withFunction === undefined && seniority === null) {
    return { function: UNKNOWN, seniority: UNKNOWN, confidence: 0 };
  }
  return {
    function: withFunction?.fn ?? UNKNOWN,
    seniority: seniority ?? UNKNOWN,
    confidence: confidenceOf(withFunction, seniority, segments.length),
  };
}

/** Classify many titles; same results as mapping `classifyTitle`. */
export function classifyTitles(titles: Iterable<string>): TitleClassification[] {
  const out: TitleClassification[] = [];
  for (const t of titles) out.push(classifyTitle(t));
  return out;
}
