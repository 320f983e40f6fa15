import type { HorizonReport, ScorePart } from "../../domain/horizon/index.js";
import { US_FUNCTION_REFERENCE } from "../../domain/reference/function-reference.js";
import { JOB_FUNCTIONS } from "../../domain/taxonomy.js";
import type { MessageKey } from "../i18n/index.js";

/** One suggestion: a dictionary key and its parameters (category labels stay untranslated). */
export interface NextStep {
  part: ScorePart["key"];
  /** Points the score would gain if this part were perfect. */
  gain: number;
  message: MessageKey;
  params: Record<string, string | number>;
  /** Parameters that are category names, by their kind, so the view can translate them. */
  labels: Record<
    string,
    { kind: "employer" | "function" | "seniority" | "industry"; keys: string[] }
  >;
}

/**
 * The three things to do next: the score parts with the most points still to win
 * (weight × (1 − value), normalised like the points), each turned into advice that names the
 * categories behind it. Parts without data (weight 0) give no advice.
 *
 * @example
 * nextSteps(report).map((s) => s.message) // e.g. ["next.employer", "next.function", "next.trend"]
 */
export function nextSteps(report: HorizonReport, count = 3): NextStep[] {
  const parts = report.horizonScore.parts;
  const totalWeight = parts.reduce((sum, p) => sum + p.weight, 0);
  if (totalWeight === 0) return [];
  return parts
    .filter((p) => p.weight > 0 && p.value < 1)
    .map((p) => ({ part: p, gain: ((1 - p.value) * p.weight * 100) / totalWeight }))
    .sort((a, b) => b.gain - a.gain || a.part.key.localeCompare(b.part.key))
    .slice(0, count)
    .map(({ part, gain }) => ({ part: part.key, gain, ...advice(part.key, report) }));
}

type Advice = Pick<NextStep, "message" | "params" | "labels">;

function topKeys(report: HorizonReport, dim: "employer" | "function" | "seniority" | "industry") {
  return report.dimensions[dim].shares.slice(0, 3);
}

function rareFunctions(report: HorizonReport): string[] {
  const own = new Map(report.dimensions.function.shares.map((s) => [s.key, s.share]));
  return JOB_FUNCTIONS.map((f) => ({ f, gap: US_FUNCTION_REFERENCE.shares[f] - (own.get(f) ?? 0) }))
    .filter((r) => r.gap > 0)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 2)
    .map((r) => r.f);
}

function advice(key: ScorePart["key"], report: HorizonReport): Advice {
  const labelsOf = (dim: "employer" | "function" | "seniority" | "industry") => {
    const top = topKeys(report, dim);
    return {
      params: { top: top.map((s) => s.label).join(", ") },
      labels: { top: { kind: dim, keys: top.map((s) => s.key) } },
    };
  };
  switch (key) {
    case "employer":
    case "seniority":
      return { message: `next.${key}`, ...labelsOf(key) };
    case "industry": {
      const d = report.dimensions.industry;
      if (d.coverage < 0.5) {
        return { message: "next.industryCoverage", params: { coverage: d.coverage }, labels: {} };
      }
      return { message: "next.industry", ...labelsOf("industry") };
    }
    case "function":
    case "reference": {
      const rare = rareFunctions(report);
      const top = labelsOf("function");
      return {
        message: key === "function" ? "next.function" : "next.reference",
        params: { ...top.params, rare: rare.join(", ") },
        labels: { ...top.labels, rare: { kind: "function", keys: rare } },
      };
    }
    case "ownEmployer":
      return { message: "next.ownEmployer", params: { pct: report.ownEmployerShare }, labels: {} };
    case "trend":
      return { message: "next.trend", params: {}, labels: {} };
  }
}
