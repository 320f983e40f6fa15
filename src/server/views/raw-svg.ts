import { raw } from "hono/html";
import type { Html } from "./layout.js";

/**
 * Marks chart markup from `svg-charts.ts` as safe to embed: that module escapes every label
 * itself (see its tests), so escaping again would break the SVG. Use it for nothing else.
 *
 * @example
 * html`<figure>${rawSvg(barChartSvg(rows, "Employers"))}</figure>`
 */
export function rawSvg(svg: string): Html {
  if (!svg.startsWith("<svg")) throw new Error("rawSvg only embeds SVG charts");
  return raw(svg);
}
