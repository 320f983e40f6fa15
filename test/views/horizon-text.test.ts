import { describe, expect, it } from "vitest";
import { renderHorizonText } from "../../src/cli/render/horizon-text.js";
import { bar, fitLabel } from "../../src/cli/render/text-bits.js";
import { computeHorizonReport } from "../../src/domain/horizon/index.js";
import { contact, TEN } from "./horizon-fixtures.js";

const ESC = "\u001b";

describe("text bits", () => {
  it("draws bars with eighth blocks and pads them", () => {
    expect(bar(0.5, 4)).toBe("██░░");
    expect(bar(1, 3)).toBe("███");
    expect(bar(0, 3)).toBe("░░░");
    expect(bar(1 / 16, 2)).toBe("▏░"); // 1/16 of 2 cells = 1/8 cell
    expect(bar(Number.NaN, 2)).toBe("░░");
  });
  it("strips control characters from labels and truncates them", () => {
    expect(fitLabel(`Evil${ESC}[2JCorp`, 12)).toBe("Evil [2JCorp");
    expect(fitLabel("A very long company name", 8)).toBe("A very …");
    expect(fitLabel("Short", 8)).toBe("Short   ");
  });
});

describe("renderHorizonText", () => {
  const report = computeHorizonReport(TEN);

  it("contains the score, its parts and the dimension names", () => {
    const text = renderHorizonText(report, { color: false, width: 90 });
    expect(text).toContain(`Horizon score  ${Math.round(report.horizonScore.value)} / 100`);
    for (const p of report.horizonScore.parts) expect(text).toContain(p.label.slice(0, 20));
    for (const h of ["Employers", "Job functions", "Seniority", "Industries"]) {
      expect(text).toContain(h);
    }
    expect(text).toContain("Connections added per year");
    expect(text).toContain("Own employer: 44%");
    expect(text).toMatch(/Acme Corp\s+█+/);
    expect(text).toContain("HHI 0.284");
  });

  it("uses ANSI colour only when asked", () => {
    expect(renderHorizonText(report, { color: false })).not.toContain(ESC);
    expect(renderHorizonText(report, { color: true })).toContain(`${ESC}[1m`);
  });

  it("keeps lines within the width for the structural rows", () => {
    const text = renderHorizonText(report, { color: false, width: 80 });
    for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("neutralises escape sequences hidden in company names", () => {
    const input = {
      ...TEN,
      contacts: [
        ...TEN.contacts,
        contact("x", "Legal", "senior", "K", "2022-01-01", `X${ESC}[31m`),
      ],
    };
    const text = renderHorizonText(computeHorizonReport(input), { color: false });
    expect(text).not.toContain(ESC);
  });
});
