import { describe, expect, it } from "vitest";
import { emptyCounts, SHARE_CLASSES, shareTimeline } from "../../../src/domain/audit/shares.js";
import { shareMixChartSvg, sharesReportHtml } from "../../../src/server/views/share-chart.js";
import { SHARE_CLASS_LABELS } from "../../../src/services/audit.js";

const months = shareTimeline([
  { at: "2025-01-03T10:00:00Z", class: "own-employer" },
  { at: "2025-01-09T10:00:00Z", class: "own-employer" },
  { at: "2025-01-20T10:00:00Z", class: "media" },
  { at: "2025-01-28T10:00:00Z", class: "own-blog" },
  { at: "2025-03-02T10:00:00Z", class: "other-company" },
]);

/** The y coordinates of a band's upper edge, from its path "M x y L x y …". */
function upperEdge(svg: string, color: string): number[] {
  const path = svg.match(new RegExp(`<path d="M([^"]+)" fill="${color}"`))?.[1] ?? "";
  const points = path.split(" L").map((p) => Number(p.split(" ")[1]));
  return points.slice(0, points.length / 2);
}

describe("share chart", () => {
  it("stacks each month's classes to 100%, own employer at the bottom", () => {
    const svg = shareMixChartSvg(months, { labels: SHARE_CLASS_LABELS, ariaLabel: "Shares" });
    expect(svg.startsWith("<svg")).toBe(true);
    // Plot from y=48 (100%) to y=250 (0%): January is 50% own employer, March 0%.
    expect(upperEdge(svg, "#c0392b")).toEqual([149, 250]);
    // The top band (other) ends at 100% in both months.
    expect(upperEdge(svg, "#9a9a9a")).toEqual([48, 48]);
    expect(svg).toContain(">4</text>"); // January's number of shares
    for (const c of SHARE_CLASSES) expect(svg).toContain(SHARE_CLASS_LABELS[c]);
  });

  it("draws the own-employer target as a dashed line and escapes every label", () => {
    const labels = { ...SHARE_CLASS_LABELS, "own-employer": '<script>alert("x")</script>' };
    const target = { ...emptyCounts(), "own-employer": 0.25, "other-company": 0.75 };
    const svg = shareMixChartSvg(months, { labels, target, ariaLabel: "a<b" });
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain("target 25%");
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain('aria-label="a&lt;b"');
  });

  it("draws a single month as a block and says so when there is nothing", () => {
    const one = shareMixChartSvg(months.slice(0, 1), {
      labels: SHARE_CLASS_LABELS,
      ariaLabel: "x",
    });
    expect(upperEdge(one, "#c0392b")).toEqual([149, 149]);
    expect(shareMixChartSvg([], { labels: SHARE_CLASS_LABELS, ariaLabel: "x" })).toContain(
      "no shares",
    );
  });

  it("wraps chart and balance table in a standalone page without scripts", () => {
    const byClass = Object.fromEntries(
      SHARE_CLASSES.map((c) => [c, { actual: c === "media" ? 1 : 0, target: 0.2 }]),
    ) as Parameters<typeof sharesReportHtml>[0]["balance"]["byClass"];
    const offered = Object.fromEntries(SHARE_CLASSES.map((c) => [c, { target: 0.2 }])) as Record<
      (typeof SHARE_CLASSES)[number],
      { target: number }
    >;
    const page = sharesReportHtml(
      {
        total: 5,
        assumed: 1,
        timeline: months,
        balance: { distance: 0.8, byClass },
        offered: { balance: { byClass: offered } },
      },
      { labels: SHARE_CLASS_LABELS, generatedAt: "2026-03-10T12:00:00Z" },
    );
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("distance from your target (total variation): 0.80");
    expect(page).toMatch(/media<\/td><td[^>]*>100%<\/td><td[^>]*>20%<\/td><td[^>]*>20%/);
    expect(page).not.toMatch(/<script/i);
  });
});
