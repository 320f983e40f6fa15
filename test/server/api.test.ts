import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHorizonReport } from "../../src/services/horizon.js";
import { type Browser, browser, type Harness, harness } from "./harness.js";

let h: Harness;
let b: Browser;
beforeAll(async () => {
  h = await harness();
  b = await browser(h);
});
afterAll(() => h.close());

const json = async (path: string) => {
  const res = await b.get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/json");
  return res.json() as Promise<Record<string, unknown>>;
};

describe("/api", () => {
  it("/api/report: the same report as `tellerrand report --json`, its trend and next steps", async () => {
    const body = (await json("/api/report")) as {
      report: { asOf: string; horizonScore: { value: number } };
      trend: Array<{ snapshotId: number; asOf: string; contacts: number; score: number }>;
      nextSteps: Array<{ part: string; gain: number; message: string; text: string }>;
    };
    const app = h.deps.app();
    const direct = await buildHorizonReport(app.reports, app.config.profile);
    expect(body.report).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(body.trend.at(-1)?.score).toBeCloseTo(direct.horizonScore.value, 10);
    expect(body.trend.at(-1)?.contacts).toBe(direct.contacts);
    expect(body.trend[0]?.contacts).toBeLessThan(direct.contacts);
    expect(body.nextSteps).toHaveLength(3);
    expect(body.nextSteps[0]).toMatchObject({ part: expect.any(String), text: expect.any(String) });
    const gains = body.nextSteps.map((s) => s.gain);
    expect(gains).toEqual([...gains].sort((x, y) => y - x));
  });

  it("/api/network: dimensions, years, and a segment grid whose cells add up to the contacts", async () => {
    const body = (await json("/api/network")) as {
      contacts: number;
      dimensions: Record<string, { shares: Array<{ key: string; count: number }> }>;
      byYear: Array<{ year: number; added: number }>;
      segments: {
        columns: string;
        rows: Array<{ key: string }>;
        cols: Array<{ key: string }>;
        cells: Record<string, number>;
      };
    };
    expect(Object.keys(body.dimensions).sort()).toEqual([
      "employer",
      "function",
      "industry",
      "seniority",
      "year",
    ]);
    expect(body.byYear.length).toBeGreaterThan(3);
    const total = Object.values(body.segments.cells).reduce((a, n) => a + n, 0);
    expect(total).toBe(body.contacts);
    // The sample knows no industries: the map defaults to employers (industries need ≥ 50%).
    expect(body.segments.columns).toBe("employer");
    expect(body.segments.cols.length).toBeLessThanOrEqual(14);
    const industry = (await json("/api/network?cols=industry")) as typeof body;
    expect(industry.segments.columns).toBe("industry");
    expect(industry.segments.cols.map((c) => c.key)).toEqual(["unknown"]);
  });

  it("/api/network/segment: the contacts of one cell", async () => {
    const grid = (
      (await json("/api/network?cols=industry")) as { segments: { cells: Record<string, number> } }
    ).segments;
    const [key, count] = Object.entries(grid.cells).sort((x, y) => y[1] - x[1])[0] ?? ["", 0];
    const [fn = "", col = ""] = key.split("\u0000");
    const q = new URLSearchParams({ cols: "industry", fn, col });
    const body = (await json(`/api/network/segment?${q}`)) as {
      count: number;
      contacts: Array<{ jobFunction: string }>;
    };
    expect(body.count).toBe(count);
    expect(body.contacts.every((c) => c.jobFunction === fn)).toBe(true);
    expect((await b.get("/api/network/segment?cols=industry")).status).toBe(400);
  });

  it("/api/feeds and /api/settings", async () => {
    expect(await json("/api/feeds")).toEqual([]);
    const settings = (await json("/api/settings")) as {
      profile: { name: string; sources: { name: string } };
      politics: { strictness: string; keepWords: string[] };
    };
    expect(settings.profile.sources.name).toBe("export");
    expect(settings.politics).toEqual({ strictness: "partisan", keepWords: [], blockWords: [] });
  });

  it("answers unknown API paths and bad ids with JSON errors", async () => {
    const res = await b.get("/api/nothing");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not-found", message: "Not found" } });
  });
});
