import {
  DIMENSION_TITLES,
  type DimensionKey,
  type DimensionReport,
  type HorizonReport,
  type YearRow,
} from "../../domain/horizon/index.js";
import { bar, fitLabel, padLeft, percent, type Style, styler, wrap } from "./text-bits.js";

export interface HorizonTextOptions {
  color: boolean;
  /** Terminal width in columns; 80 by default, clamped to 60–120. */
  width?: number;
}

/** Rows shown per dimension before "n more". */
const TOP_ROWS = 5;

type Paint = (style: Style, text: string) => string;

interface Layout {
  width: number;
  label: number;
  bar: number;
  paint: Paint;
}

function scoreStyle(value: number): Style {
  return value >= 60 ? "green" : value >= 35 ? "yellow" : "red";
}

function scoreSection(report: HorizonReport, l: Layout): string[] {
  const { value, parts } = report.horizonScore;
  const rounded = Math.round(value);
  const lines = [
    `${l.paint("bold", "Horizon score")}  ${l.paint(scoreStyle(value), `${rounded} / 100`)}`,
    `  ${l.paint(scoreStyle(value), bar(value / 100, l.label + 1 + l.bar))}`,
    "",
  ];
  for (const p of parts) {
    const points = p.weight === 0 ? "  n/a" : padLeft(p.points.toFixed(1), 5);
    const head = `  ${fitLabel(p.label, l.label)} ${bar(p.value, l.bar)} ${points} pts`;
    lines.push(p.weight === 0 ? l.paint("dim", head) : head);
    lines.push(...wrap(p.explanation, l.width, "      ").map((s) => l.paint("dim", s)));
  }
  return lines;
}

function dimensionSection(key: DimensionKey, d: DimensionReport, l: Layout): string[] {
  const known = `${d.known} of ${d.known + d.unknown} known (coverage ${percent(d.coverage)})`;
  const caution = d.lowSample ? l.paint("yellow", " — small sample, read with care") : "";
  const lines = [`${l.paint("bold", DIMENSION_TITLES[key])}  ${l.paint("dim", known)}${caution}`];
  if (d.known === 0) return [...lines, "  no known values"];
  for (const row of d.shares.slice(0, TOP_ROWS)) {
    const share = padLeft(percent(row.share), 4);
    lines.push(
      `  ${fitLabel(row.label, l.label)} ${bar(row.share, l.bar)} ${share} ${padLeft(String(row.count), 5)}`,
    );
  }
  if (d.shares.length > TOP_ROWS) {
    lines.push(l.paint("dim", `  … and ${d.shares.length - TOP_ROWS} more`));
  }
  lines.push(
    l.paint(
      "dim",
      `  HHI ${d.hhi.toFixed(3)} · effective number ${d.effectiveNumber.toFixed(1)} · inverse Simpson ${d.inverseSimpson.toFixed(1)} · top 3 ${percent(d.top3Share)}`,
    ),
  );
  return lines;
}

function growthSection(rows: readonly YearRow[], l: Layout): string[] {
  if (rows.length === 0) return [];
  const max = Math.max(...rows.map((r) => r.added), 1);
  const lines = [`${l.paint("bold", "Connections added per year")}`];
  for (const r of rows) {
    const n = padLeft(String(r.added), 5);
    const emp =
      r.employer.known === 0 ? "" : ` · employers eq. ${r.employer.effectiveNumber.toFixed(1)}`;
    lines.push(
      `  ${r.year} ${bar(r.added / max, l.bar)} ${n}  ${l.paint("dim", `total ${r.cumulative}${emp}`)}`,
    );
  }
  return lines;
}

function flowSection(report: HorizonReport, l: Layout): string[] {
  const { recent, stock, since } = report.flow;
  const line = (name: string, s: typeof recent) =>
    `  ${fitLabel(name, l.label)} ${padLeft(String(s.contacts), 5)} ties · employers ${s.employer.effectiveNumber.toFixed(1)} · functions ${s.function.effectiveNumber.toFixed(1)} · own ${percent(s.ownEmployerShare)}`;
  return [
    l.paint("bold", `Last 12 months (after ${since}) vs whole network`),
    l.paint("dim", "  effective numbers of employers and functions; own = share at your employer"),
    line("Added recently", recent),
    line("Whole network", stock),
  ];
}

function referenceLine(report: HorizonReport): string {
  const { jsdBits, totalVariation, reference } = report.referenceDivergence;
  if (jsdBits === null || totalVariation === null)
    return "Labour-market comparison: no known job functions.";
  return `Function mix vs the labour market: Jensen–Shannon ${jsdBits.toFixed(2)} bits, total variation ${percent(totalVariation)} (${reference.source}, ${reference.year}). Context, not a target.`;
}

/**
 * Renders the horizon report for a terminal: the score with its parts, the top shares per
 * dimension, growth per year, the recent flow and the labour-market comparison.
 * ANSI colour only when `color` is true; labels from the data are stripped of control
 * characters.
 * @example process.stdout.write(renderHorizonText(report, { color: true, width: 100 }));
 */
export function renderHorizonText(report: HorizonReport, options: HorizonTextOptions): string {
  const width = Math.min(120, Math.max(60, Math.floor(options.width ?? 80)));
  const label = Math.min(28, Math.floor(width * 0.3));
  const layout: Layout = {
    width,
    label,
    bar: Math.max(10, width - label - 20),
    paint: styler(options.color),
  };
  const p = layout.paint;
  const ownShare =
    report.dimensions.employer.known === 0
      ? "Own employer: no contact has a known employer."
      : `Own employer: ${percent(report.ownEmployerShare)} of contacts with a known employer work where you work.`;
  const sections: string[][] = [
    [
      `${p("bold", "Your horizon")}  ${p("dim", `as of ${report.asOf}, ${report.contacts} contacts`)}`,
    ],
    scoreSection(report, layout),
    wrap(ownShare, width, ""),
    ...(["employer", "function", "seniority", "industry"] as const).map((k) =>
      dimensionSection(k, report.dimensions[k], layout),
    ),
    growthSection(report.byYear, layout),
    flowSection(report, layout),
    wrap(referenceLine(report), width, "").map((s) => p("dim", s)),
  ];
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join("\n"))
    .join("\n\n")}\n`;
}
