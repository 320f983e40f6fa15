/**
 * The sharing audit as a picture: whose links the person shared, month by month, as a 100%
 * stacked area chart (own employer at the bottom, against its target as a dashed line), and a
 * standalone HTML report around it (inline styles, no scripts, every value escaped). The
 * dashboard embeds {@link shareMixChartSvg} with `rawSvg`; `audit shares --html` writes
 * {@link sharesReportHtml}.
 */
import { SHARE_CLASSES, type ShareClass, type ShareCounts } from "../../domain/audit/shares.js";
import { escapeHtml } from "./escape-html.js";

/** One month of the audit timeline (as `shareTimeline` returns it). */
export interface ShareMonth {
  month: string;
  counts: ShareCounts;
  total: number;
}

export const SHARE_COLORS: Record<ShareClass, string> = {
  "own-employer": "#c0392b",
  "other-company": "#1f5f99",
  "own-blog": "#2e8b57",
  media: "#8e6bbf",
  other: "#9a9a9a",
};

const INK = "#1a1a1a";
const GRID = "#d0d0d0";
const n = (x: number): string => (Math.round(x * 10) / 10).toString();
const pct = (x: number): string => `${Math.round(x * 100)}%`;

export interface ShareChartOptions {
  labels: Record<ShareClass, string>;
  /** Target share per class (fractions summing to 1); draws the own-employer target line. */
  target?: Record<ShareClass, number>;
  ariaLabel: string;
  width?: number;
}

/** Cumulative shares per month: bands[c][i] = [bottom, top] of class c in month i. */
function bands(months: readonly ShareMonth[]): Record<ShareClass, Array<[number, number]>> {
  const out = {} as Record<ShareClass, Array<[number, number]>>;
  for (const c of SHARE_CLASSES) out[c] = [];
  months.forEach((m) => {
    let bottom = 0;
    for (const c of SHARE_CLASSES) {
      const share = m.total === 0 ? 0 : m.counts[c] / m.total;
      out[c].push([bottom, bottom + share]);
      bottom += share;
    }
  });
  return out;
}

/**
 * The monthly mix of shares as a 100% stacked area chart (SVG, labels escaped). A single month
 * is drawn as a full-width block; the number of shares is written above each month.
 *
 * @example
 * shareMixChartSvg(audit.timeline, { labels: SHARE_CLASS_LABELS, ariaLabel: "Shares per month" });
 */
export function shareMixChartSvg(months: readonly ShareMonth[], opts: ShareChartOptions): string {
  const width = opts.width ?? 640;
  const height = 280;
  const [left, right, top, bottom] = [44, 16, 48, 30];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const count = months.length;
  // One month: a block; more: points at the month centres.
  const x = (i: number) => left + (count <= 1 ? i * plotW : (i * plotW) / (count - 1));
  const xs = count === 1 ? [x(0), x(1)] : months.map((_, i) => x(i));
  const y = (share: number) => top + plotH - share * plotH;
  const b = bands(months);
  const areas = SHARE_CLASSES.map((c) => {
    const first = b[c][0] ?? [0, 0];
    const band = count === 1 ? [first, first] : b[c];
    if (band.length === 0) return "";
    const upper = band.map(([, t], i) => `${n(xs[i] as number)} ${n(y(t))}`);
    const lower = band.map(([lo], i) => `${n(xs[i] as number)} ${n(y(lo))}`).reverse();
    return `<path d="M${upper.join(" L")} L${lower.join(" L")} Z" fill="${SHARE_COLORS[c]}" fill-opacity="0.85"><title>${escapeHtml(opts.labels[c])}</title></path>`;
  });
  const grid = [0, 0.5, 1].map(
    (f) =>
      `<line x1="${left}" y1="${n(y(f))}" x2="${width - right}" y2="${n(y(f))}" stroke="${GRID}"/><text x="${left - 6}" y="${n(y(f))}" text-anchor="end" dominant-baseline="middle" fill="${INK}" font-size="11">${pct(f)}</text>`,
  );
  const every = Math.max(1, Math.ceil(count / 12));
  const tickX = (i: number) => (count === 1 ? left + plotW / 2 : x(i));
  const ticks = months.map((m, i) =>
    i % every === 0
      ? `<text x="${n(tickX(i))}" y="${height - 10}" text-anchor="middle" fill="${INK}" font-size="11">${escapeHtml(m.month)}</text><text x="${n(tickX(i))}" y="${top - 4}" text-anchor="middle" fill="${INK}" font-size="10">${m.total}</text>`
      : "",
  );
  const own = opts.target?.["own-employer"];
  const target =
    own === undefined
      ? ""
      : `<line x1="${left}" y1="${n(y(own))}" x2="${width - right}" y2="${n(y(own))}" stroke="${INK}" stroke-dasharray="6 4" stroke-width="1.5"/><text x="${width - right}" y="${n(y(own) - 4)}" text-anchor="end" fill="${INK}" font-size="11">${escapeHtml(`${opts.labels["own-employer"]} target ${pct(own)}`)}</text>`;
  const legend = SHARE_CLASSES.map(
    (c, k) =>
      `<rect x="${left + k * 120}" y="6" width="12" height="12" fill="${SHARE_COLORS[c]}"/><text x="${left + k * 120 + 16}" y="16" fill="${INK}" font-size="11">${escapeHtml(opts.labels[c])}</text>`,
  );
  const label = escapeHtml(opts.ariaLabel);
  const empty =
    count === 0
      ? `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="${INK}">no shares</text>`
      : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${label}"><title>${label}</title>${areas.join("")}${grid.join("")}${ticks.join("")}${target}${legend.join("")}${empty}</svg>`;
}

/** What the HTML report shows (the `SharesAudit` of services/audit.ts fits). */
export interface SharesReportInput {
  total: number;
  assumed: number;
  timeline: readonly ShareMonth[];
  balance: {
    distance: number | null;
    byClass: Record<ShareClass, { actual: number; target: number }>;
  };
  offered: { balance: { byClass: Record<ShareClass, { target: number }> } };
}

/**
 * A standalone HTML page: the chart and the table "you / target / digest offered" per class.
 *
 * @example
 * writeFileSync("shares.html", sharesReportHtml(audit, { labels: SHARE_CLASS_LABELS, generatedAt }));
 */
export function sharesReportHtml(
  audit: SharesReportInput,
  opts: { labels: Record<ShareClass, string>; generatedAt: string },
): string {
  const target = {} as Record<ShareClass, number>;
  for (const c of SHARE_CLASSES) target[c] = audit.balance.byClass[c].target;
  const chart = shareMixChartSvg(audit.timeline, {
    labels: opts.labels,
    target,
    ariaLabel: "Whose links you shared, per month",
  });
  const cell = 'style="padding:4px 10px;text-align:right;border-bottom:1px solid #e0e0e0"';
  const rows = SHARE_CLASSES.map(
    (c) =>
      `<tr><td style="padding:4px 10px;border-bottom:1px solid #e0e0e0"><span style="display:inline-block;width:10px;height:10px;background:${SHARE_COLORS[c]}"></span> ${escapeHtml(opts.labels[c])}</td><td ${cell}>${pct(audit.balance.byClass[c].actual)}</td><td ${cell}>${pct(audit.balance.byClass[c].target)}</td><td ${cell}>${pct(audit.offered.balance.byClass[c].target)}</td></tr>`,
  );
  const d = audit.balance.distance;
  const summary = `${audit.total} shares${audit.assumed > 0 ? `, ${audit.assumed} from unknown sites counted as other companies` : ""}${d === null ? "" : `; distance from your target (total variation): ${d.toFixed(2)}`}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tellerrand: what you share</title></head><body style="font-family:system-ui,sans-serif;color:${INK};max-width:720px;margin:24px auto;padding:0 12px"><h1 style="font-size:22px">What you share</h1><p>${escapeHtml(summary)}</p><figure style="margin:0">${chart}</figure><table style="border-collapse:collapse;margin-top:16px"><thead><tr><th style="text-align:left;padding:4px 10px">whose link</th><th ${cell}>you</th><th ${cell}>your target</th><th ${cell}>digest offered</th></tr></thead><tbody>${rows.join("")}</tbody></table><p style="color:#666;font-size:12px">Generated ${escapeHtml(opts.generatedAt)} by Tellerrand.</p></body></html>\n`;
}
