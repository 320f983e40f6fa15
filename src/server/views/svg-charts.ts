import { escapeHtml } from "./escape-html.js";

/**
 * Inline SVG charts rendered on the server: no scripts, no external resources, fixed number
 * formatting so the same input gives the same bytes. Every label is escaped here.
 */

export interface BarDatum {
  label: string;
  /** 0–1, the bar's length relative to the chart. */
  fraction: number;
  valueText: string;
}

export interface ColumnDatum {
  label: string;
  value: number;
}

export interface LineSeries {
  name: string;
  color: string;
  /** One value per x label; null leaves a gap. */
  values: (number | null)[];
}

const INK = "#1a1a1a";
const BAR = "#1f5f99";
const GRID = "#d0d0d0";
const n = (x: number): string => (Math.round(x * 10) / 10).toString();

function svgOpen(width: number, height: number, ariaLabel: string): string {
  const label = escapeHtml(ariaLabel);
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${label}"><title>${label}</title>`;
}

function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : label;
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Horizontal bars, one row per datum, label on the left and value on the right. */
export function barChartSvg(rows: readonly BarDatum[], ariaLabel: string, width = 640): string {
  const rowH = 26;
  const labelW = 220;
  const valueW = 70;
  const barW = width - labelW - valueW - 10;
  const height = rows.length * rowH + 8;
  const body = rows.map((r, i) => {
    const y = 4 + i * rowH;
    const w = clamp01(r.fraction) * barW;
    return [
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" fill="${INK}">${escapeHtml(clip(r.label, 30))}</text>`,
      `<rect x="${labelW}" y="${y + 4}" width="${barW}" height="18" fill="#eef2f6"/>`,
      `<rect x="${labelW}" y="${y + 4}" width="${n(w)}" height="18" fill="${BAR}"/>`,
      `<text x="${labelW + barW + 8}" y="${y + 17}" fill="${INK}">${escapeHtml(r.valueText)}</text>`,
    ].join("");
  });
  return `${svgOpen(width, height, ariaLabel)}${body.join("")}</svg>`;
}

/** Vertical columns (e.g. connections added per year) with the value above each column. */
export function columnChartSvg(
  cols: readonly ColumnDatum[],
  ariaLabel: string,
  width = 640,
): string {
  const height = 220;
  const top = 20;
  const bottom = 30;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...cols.map((c) => c.value));
  const slot = cols.length === 0 ? 0 : (width - 20) / cols.length;
  const colW = Math.max(2, slot * 0.7);
  const body = cols.map((c, i) => {
    const h = (c.value / max) * plotH;
    const x = 10 + i * slot + (slot - colW) / 2;
    const cx = n(x + colW / 2);
    return [
      `<rect x="${n(x)}" y="${n(top + plotH - h)}" width="${n(colW)}" height="${n(h)}" fill="${BAR}"/>`,
      `<text x="${cx}" y="${n(top + plotH - h - 4)}" text-anchor="middle" fill="${INK}">${c.value}</text>`,
      `<text x="${cx}" y="${height - 10}" text-anchor="middle" fill="${INK}">${escapeHtml(c.label)}</text>`,
    ].join("");
  });
  const axis = `<line x1="10" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" stroke="${GRID}"/>`;
  return `${svgOpen(width, height, ariaLabel)}${axis}${body.join("")}</svg>`;
}

function linePath(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${n(x(i))} ${n(y(v))} `;
    pen = true;
  });
  return d.trim();
}

/** Lines over shared x labels, with a zero-based y axis up to `yMax` and a small legend. */
export function lineChartSvg(
  xLabels: readonly string[],
  series: readonly LineSeries[],
  opts: { ariaLabel: string; yMax: number; format: (v: number) => string; width?: number },
): string {
  const width = opts.width ?? 640;
  const height = 240;
  const [left, right, top, bottom] = [50, 20, 30, 30];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const yMax = opts.yMax > 0 ? opts.yMax : 1;
  const x = (i: number) =>
    left + (xLabels.length <= 1 ? plotW / 2 : (i * plotW) / (xLabels.length - 1));
  const y = (v: number) => top + plotH - (Math.min(v, yMax) / yMax) * plotH;
  const grid = [0, 0.5, 1].map((f) => {
    const gy = n(y(f * yMax));
    return `<line x1="${left}" y1="${gy}" x2="${width - right}" y2="${gy}" stroke="${GRID}"/><text x="${left - 6}" y="${gy}" text-anchor="end" dominant-baseline="middle" fill="${INK}">${escapeHtml(opts.format(f * yMax))}</text>`;
  });
  const every = Math.max(1, Math.ceil(xLabels.length / 12));
  // The outermost labels sit at the plot's edges: anchored inwards, they are not cut off.
  const anchor = (i: number) =>
    xLabels.length <= 1
      ? "middle"
      : i === 0
        ? "start"
        : i === xLabels.length - 1
          ? "end"
          : "middle";
  const ticks = xLabels.map((l, i) =>
    i % every === 0
      ? `<text x="${n(x(i))}" y="${height - 8}" text-anchor="${anchor(i)}" fill="${INK}">${escapeHtml(l)}</text>`
      : "",
  );
  const lines = series.map((s, k) => {
    const dots = s.values
      .map((v, i) =>
        v === null || !Number.isFinite(v)
          ? ""
          : `<circle cx="${n(x(i))}" cy="${n(y(v))}" r="3" fill="${s.color}"/>`,
      )
      .join("");
    const legend = `<rect x="${left + k * 220}" y="6" width="12" height="12" fill="${s.color}"/><text x="${left + k * 220 + 18}" y="16" fill="${INK}">${escapeHtml(s.name)}</text>`;
    return `<path d="${linePath(s.values, x, y)}" fill="none" stroke="${s.color}" stroke-width="2"/>${dots}${legend}`;
  });
  return `${svgOpen(width, height, opts.ariaLabel)}${grid.join("")}${ticks.join("")}${lines.join("")}</svg>`;
}
