import { describe, expect, it } from "vitest";
import { computeHorizonReport } from "../../src/domain/horizon/index.js";
import { escapeHtml } from "../../src/server/views/escape-html.js";
import { renderHorizonHtml } from "../../src/server/views/horizon-report.js";
import { contact, spreadNetwork, TEN } from "./horizon-fixtures.js";

const HOSTILE = `<script>alert("pwned")</script> & Sons' "Ltd"`;

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(HOSTILE)).toBe(
      "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; Sons&#39; &quot;Ltd&quot;",
    );
  });
  it("leaves ordinary text alone, including non-ASCII", () => {
    expect(escapeHtml("Müller & Co")).toBe("Müller &amp; Co");
    expect(escapeHtml("Zürich GmbH")).toBe("Zürich GmbH");
  });
});

describe("renderHorizonHtml", () => {
  const hostileInput = {
    ...TEN,
    contacts: [
      ...TEN.contacts,
      contact("evil", "Legal", "senior", "K", "2022-01-01", HOSTILE),
      contact("evil", "Legal", "senior", "K", "2022-02-01", HOSTILE),
    ],
  };
  const report = computeHorizonReport(hostileInput);
  const html = renderHorizonHtml(report, { title: "Horizon <of> Alex" });

  it("is a complete, self-contained page", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>Horizon &lt;of&gt; Alex</title>");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<link|@import|url\(/i);
  });

  it("escapes the hostile company name everywhere it appears", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;pwned&quot;)");
  });

  it("has one <svg> per chart, each an accessible figure", () => {
    const svgs = html.match(/<svg /g) ?? [];
    // score parts + 4 dimensions + added per year + 2 trend lines
    expect(svgs).toHaveLength(1 + 4 + 3);
    expect(html.match(/<\/svg>/g)).toHaveLength(svgs.length);
    expect(html.match(/<svg [^>]*role="img" aria-label="[^"]+"/g)).toHaveLength(svgs.length);
    expect(html.match(/<figure>/g)).toHaveLength(svgs.length);
    expect(html.match(/<figcaption>/g)).toHaveLength(svgs.length);
  });

  it("shows the score, the parts and the dimension headings", () => {
    expect(html).toContain(`${Math.round(report.horizonScore.value)}<span`);
    for (const p of report.horizonScore.parts) expect(html).toContain(escapeHtml(p.label));
    for (const h of [
      "Employers",
      "Job functions",
      "Seniority",
      "Industries",
      "How your network grew",
    ]) {
      expect(html).toContain(h);
    }
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it("is deterministic for the same input", () => {
    const again = renderHorizonHtml(computeHorizonReport(hostileInput), {
      title: "Horizon <of> Alex",
    });
    expect(again).toBe(html);
  });

  it("folds long tails into Other and copes with an empty network", () => {
    const big = renderHorizonHtml(computeHorizonReport(spreadNetwork(40)));
    expect(big).toContain("Other (30)");
    const empty = renderHorizonHtml(
      computeHorizonReport({ asOf: "2024-06-30", contacts: [], ownEmployerKeys: [] }),
    );
    expect(empty).toContain("<title>Your network&#39;s horizon</title>");
    expect(empty).not.toMatch(/NaN|undefined|Infinity/);
  });
});
