import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("tellerrand classify title (stdin → JSON lines)", () => {
  it("writes one JSON object per non-empty input line", () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "classify", "title"],
      {
        input:
          "Senior Softwareentwickler (m/w/d)\n\nHead of Vertrieb\r\nWerkstudentin Data Science\n",
        encoding: "utf8",
      },
    );
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        title: "Senior Softwareentwickler (m/w/d)",
        function: "Engineering",
        seniority: "senior",
      }),
      expect.objectContaining({
        title: "Head of Vertrieb",
        function: "Sales",
        seniority: "director",
      }),
      expect.objectContaining({
        title: "Werkstudentin Data Science",
        function: "Data & Research",
        seniority: "intern",
      }),
    ]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["title", "function", "seniority", "confidence"]);
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });
});
