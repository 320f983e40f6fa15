import { html } from "hono/html";
import type { SegmentAxis, SegmentGrid } from "../data/network.js";
import type { Translator } from "../i18n/index.js";
import type { Html } from "./layout.js";

const CELL = 30;
const LEFT = 230;
const TOP = 150;

/** The display name of a row (job function) or column (industry, employer, unknown, other). */
export function axisLabel(t: Translator, grid: SegmentGrid, axis: "row" | "col", a: SegmentAxis) {
  if (a.key === "unknown") return t("network.unknown");
  if (axis === "row") return t.label("function", a.key, a.label);
  if (grid.columns === "employer") return a.key === "other" ? t("network.otherEmployers") : a.label;
  return t.label("industry", a.key, a.label);
}

/** Link to the contacts of one segment. */
export function segmentHref(grid: SegmentGrid, fn: string, col: string): string {
  const q = new URLSearchParams({ cols: grid.columns, fn, col });
  return `/network/segment?${q.toString()}`;
}

const clip = (s: string, max: number) =>
  [...s].length > max ? `${[...s].slice(0, max - 1).join("")}…` : s;

/**
 * The segment map as server-rendered SVG: job functions down, industries or employers across,
 * one square per non-empty cell with its area proportional to the number of contacts, each a
 * keyboard-reachable link (with an accessible name) to the contacts in it.
 *
 * @example
 * html`<figure>${segmentGridSvg(t, segmentGrid(contacts, "industry"))}</figure>`
 */
export function segmentGridSvg(t: Translator, grid: SegmentGrid): Html {
  const width = LEFT + grid.cols.length * CELL + 10;
  const height = TOP + grid.rows.length * CELL + 10;
  const colLabels = grid.cols.map((c, i) => {
    const x = LEFT + i * CELL + CELL / 2;
    return html`<text transform="translate(${x} ${TOP - 6}) rotate(-50)" fill="#1a1a1a">${clip(axisLabel(t, grid, "col", c), 24)}</text>`;
  });
  const rowLabels = grid.rows.map(
    (r, j) =>
      html`<text x="${LEFT - 8}" y="${TOP + j * CELL + CELL / 2 + 4}" text-anchor="end" fill="#1a1a1a">${clip(axisLabel(t, grid, "row", r), 30)}</text>`,
  );
  const cells = grid.rows.flatMap((r, j) =>
    grid.cols.map((c, i) => {
      const count = grid.cells[`${r.key}\u0000${c.key}`] ?? 0;
      if (count === 0) return "";
      const side = Math.max(4, Math.sqrt(count / grid.max) * (CELL - 4));
      const x = LEFT + i * CELL + (CELL - side) / 2;
      const y = TOP + j * CELL + (CELL - side) / 2;
      const name = `${t("network.segment", { fn: axisLabel(t, grid, "row", r), col: axisLabel(t, grid, "col", c) })}: ${t("network.contactsIn", { n: count })}`;
      return html`<a href="${segmentHref(grid, r.key, c.key)}" aria-label="${name}"><title>${name}</title><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${side.toFixed(1)}" height="${side.toFixed(1)}" fill="#1f5f99"/></a>`;
    }),
  );
  const gridLines = grid.rows.map(
    (_r, j) =>
      html`<line x1="${LEFT}" x2="${width - 10}" y1="${TOP + (j + 1) * CELL}" y2="${TOP + (j + 1) * CELL}" stroke="#eeeeee"/>`,
  );
  return html`<svg class="grid" id="segment-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${t("network.segments")}">${gridLines}${colLabels}${rowLabels}${cells}</svg>`;
}
