import {
  DIMENSION_TITLES,
  type DimensionKey,
  type DimensionReport,
  type HorizonReport,
} from "../../domain/horizon/index.js";
import { escapeHtml } from "./escape-html.js";
import { barChartSvg, columnChartSvg, lineChartSvg } from "./svg-charts.js";

export interface HorizonHtmlOptions {
  title?: string;
}

/** Bars shown per dimension; the rest is summed into "Other". */
const TOP_ROWS = 10;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

const CSS = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:760px;margin:0 auto;padding:24px}
h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d0d0}
.muted{color:#4a4a4a}.score{font-size:3rem;font-weight:700;color:#1f5f99;margin:.5rem 0}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#4a4a4a}
svg text{font:13px system-ui,sans-serif}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e4e4;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}
.warn{color:#8a4b00}
`;

function scoreSection(report: HorizonReport): string {
  const { value, parts } = report.horizonScore;
  const chart = barChartSvg(
    parts.map((p) => ({
      label: p.label,
      fraction: p.value,
      valueText: p.weight === 0 ? "n/a" : `${p.points.toFixed(1)} pts`,
    })),
    `Horizon score parts: ${parts.map((p) => `${p.label} ${Math.round(p.value * 100)}%`).join(", ")}`,
  );
  const rows = parts.map(
    (p) =>
      `<tr><td>${escapeHtml(p.label)}</td><td class="num">${p.value.toFixed(2)}</td><td class="num">${p.weight}</td><td class="num">${p.points.toFixed(1)}</td><td>${escapeHtml(p.explanation)}</td></tr>`,
  );
  return `<section aria-labelledby="score"><h2 id="score">Horizon score</h2>
<p class="score">${Math.round(value)}<span class="muted"> / 100</span></p>
<figure>${chart}<figcaption>Each part runs from 0 to 1; its points are value × weight × 100 / Σ weights, and the points add up to the score. A part without enough data gets weight 0.</figcaption></figure>
<table><thead><tr><th>Part</th><th class="num">Value</th><th class="num">Weight</th><th class="num">Points</th><th>Why</th></tr></thead><tbody>${rows.join("")}</tbody></table>
</section>`;
}

function dimensionSection(key: DimensionKey, d: DimensionReport): string {
  const title = DIMENSION_TITLES[key];
  const id = `dim-${key}`;
  const caution = d.lowSample
    ? ` <span class="warn">Small sample (${d.known} known values): read with care.</span>`
    : "";
  const summary = `<p>${d.known} of ${d.known + d.unknown} contacts known (coverage ${pct(d.coverage)}). HHI ${d.hhi.toFixed(3)} · effective number ${d.effectiveNumber.toFixed(1)} · inverse Simpson ${d.inverseSimpson.toFixed(1)} · top 3 ${pct(d.top3Share)}.${caution}</p>`;
  if (d.known === 0) {
    return `<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${summary}</section>`;
  }
  const top = d.shares.slice(0, TOP_ROWS);
  const rest = d.shares.slice(TOP_ROWS);
  const rows = top.map((r) => ({
    label: r.label,
    fraction: r.share,
    valueText: `${pct(r.share)} (${r.count})`,
  }));
  if (rest.length > 0) {
    const count = rest.reduce((s, r) => s + r.count, 0);
    rows.push({
      label: `Other (${rest.length})`,
      fraction: count / d.known,
      valueText: `${pct(count / d.known)} (${count})`,
    });
  }
  const aria = `${title}: ${rows.map((r) => `${r.label} ${r.valueText}`).join(", ")}`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${summary}
<figure>${barChartSvg(rows, aria)}<figcaption>${title}: share of contacts with a known value, largest first.</figcaption></figure></section>`;
}

function growthSection(report: HorizonReport): string {
  const rows = report.byYear;
  if (rows.length === 0) return "";
  const years = rows.map((r) => String(r.year));
  const added = columnChartSvg(
    rows.map((r) => ({ label: String(r.year), value: r.added })),
    `Connections added per year: ${rows.map((r) => `${r.year} ${r.added}`).join(", ")}`,
  );
  const eff = rows.map((r) => (r.employer.known === 0 ? null : r.employer.effectiveNumber));
  const effMax = Math.max(1, ...eff.map((v) => v ?? 0));
  const trendEmployers = lineChartSvg(
    years,
    [{ name: "Effective number of employers", color: "#1f5f99", values: eff }],
    {
      ariaLabel: `Effective number of employers among ties added each year: ${rows.map((r, i) => `${r.year} ${eff[i] === null ? "none" : (eff[i] ?? 0).toFixed(1)}`).join(", ")}`,
      yMax: Math.ceil(effMax),
      format: (v) => v.toFixed(0),
    },
  );
  const own = rows.map((r) => (r.employer.known === 0 ? null : r.ownEmployerShare));
  const trendOwn = lineChartSvg(
    years,
    [{ name: "Share at your own employer", color: "#a33a00", values: own }],
    {
      ariaLabel: `Share of ties added each year who work at your own employer: ${rows.map((r, i) => `${r.year} ${own[i] === null ? "none" : pct(own[i] ?? 0)}`).join(", ")}`,
      yMax: 1,
      format: pct,
    },
  );
  return `<section aria-labelledby="growth"><h2 id="growth">How your network grew</h2>
<figure>${added}<figcaption>Connections added per year (${rows.at(-1)?.cumulative ?? 0} in all).</figcaption></figure>
<figure>${trendEmployers}<figcaption>Effective number of employers (exp of Shannon entropy) among the ties added in each year. Years with few ties swing widely.</figcaption></figure>
<figure>${trendOwn}<figcaption>Share of the ties added in each year who work at your own current employer.</figcaption></figure>
</section>`;
}

function flowSection(report: HorizonReport): string {
  const { recent, stock, since, until, lowSample } = report.flow;
  const row = (name: string, s: typeof recent) =>
    `<tr><td>${name}</td><td class="num">${s.contacts}</td><td class="num">${s.employer.effectiveNumber.toFixed(1)}</td><td class="num">${s.function.effectiveNumber.toFixed(1)}</td><td class="num">${pct(s.ownEmployerShare)}</td></tr>`;
  const caution = lowSample
    ? `<p class="warn">Few recent ties with a known employer: read with care.</p>`
    : "";
  return `<section aria-labelledby="flow"><h2 id="flow">Last 12 months vs your whole network</h2>
<p class="muted">Ties added after ${escapeHtml(since)} up to ${escapeHtml(until)}, against all ties.</p>${caution}
<table><thead><tr><th></th><th class="num">Ties</th><th class="num">Employers (eff.)</th><th class="num">Functions (eff.)</th><th class="num">Own employer</th></tr></thead>
<tbody>${row("Added recently", recent)}${row("Whole network", stock)}</tbody></table></section>`;
}

function referenceSection(report: HorizonReport): string {
  const { jsdBits, totalVariation, reference } = report.referenceDivergence;
  const text =
    jsdBits === null || totalVariation === null
      ? "No contact has a known job function, so there is nothing to compare."
      : `Your function mix is ${jsdBits.toFixed(2)} bits (Jensen–Shannon) from the labour market; ${pct(totalVariation)} of your contacts would have to be in other functions to match it (total variation). This is context, not a target: a professional's network should differ from the national mix.`;
  return `<section aria-labelledby="reference"><h2 id="reference">Compared with the labour market</h2>
<p>${text}</p><p class="muted">Reference: ${escapeHtml(reference.source)}, ${reference.year}.</p></section>`;
}

/**
 * Renders the horizon report as one self-contained HTML page: inline CSS and server-side SVG
 * charts, no scripts, no external fonts or URLs. Every string from the data is escaped.
 * The output depends only on `report` and `options`, so equal input gives equal bytes.
 * @example writeFileSync("horizon.html", renderHorizonHtml(report, { title: "My horizon" }));
 */
export function renderHorizonHtml(report: HorizonReport, options: HorizonHtmlOptions = {}): string {
  const title = escapeHtml(options.title ?? "Your network's horizon");
  const own =
    report.dimensions.employer.known === 0
      ? "No contact has a known employer."
      : `${pct(report.ownEmployerShare)} of your contacts with a known employer work where you work.`;
  const dims = (["employer", "function", "seniority", "industry"] as const).map((k) =>
    dimensionSection(k, report.dimensions[k]),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${CSS}</style></head>
<body><main>
<header><h1>${title}</h1><p class="muted">As of ${escapeHtml(report.asOf)} · ${report.contacts} contacts. ${own}</p></header>
${scoreSection(report)}
${dims.join("\n")}
${growthSection(report)}
${flowSection(report)}
${referenceSection(report)}
<footer><p class="muted">Made by Tellerrand on your own computer. Composition measures who your contacts are, not how information flows; see docs/horizon-score.md.</p></footer>
</main></body></html>
`;
}
