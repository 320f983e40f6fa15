import { describe, expect, it } from "vitest";
import { TellerrandError } from "../../src/domain/errors.js";
import { computeHorizonReport, SCORE_WEIGHTS } from "../../src/domain/horizon/index.js";
import { contact, oneEmployerNetwork, spreadNetwork, TEN } from "../views/horizon-fixtures.js";

describe("horizon report on ten hand-made contacts", () => {
  const report = computeHorizonReport(TEN);
  const { employer, function: fn, industry, seniority, year } = report.dimensions;

  it("counts contacts and keeps asOf", () => {
    expect(report.contacts).toBe(10);
    expect(report.asOf).toBe("2024-06-30");
  });

  it("employer: 9 known (acme 4, globex 2, hooli/initech/umbrella 1), coverage 0.9", () => {
    expect(employer.known).toBe(9);
    expect(employer.unknown).toBe(1);
    expect(employer.coverage).toBeCloseTo(0.9, 12);
    expect(employer.shares.map((r) => [r.key, r.count])).toEqual([
      ["acme", 4],
      ["globex", 2],
      ["hooli", 1],
      ["initech", 1],
      ["umbrella", 1],
    ]);
    expect(employer.shares[0]?.label).toBe("Acme Corp"); // the first label seen wins
    expect(employer.shares[0]?.share).toBeCloseTo(4 / 9, 12);
    // HHI = (16 + 4 + 1 + 1 + 1) / 81 = 23/81; N2 = 81/23 ≈ 3.522; top 3 = 7/9
    expect(employer.hhi).toBeCloseTo(23 / 81, 12);
    expect(employer.inverseSimpson).toBeCloseTo(81 / 23, 12);
    expect(employer.top3Share).toBeCloseTo(7 / 9, 12);
    expect(employer.lowSample).toBe(true);
  });

  it("function: 8 known, Engineering 3/8, HHI (9 + 5·1)/64 = 14/64", () => {
    expect(fn.known).toBe(8);
    expect(fn.coverage).toBeCloseTo(0.8, 12);
    expect(fn.shares[0]).toEqual({
      key: "Engineering",
      label: "Engineering",
      count: 3,
      share: 3 / 8,
    });
    expect(fn.hhi).toBeCloseTo(14 / 64, 12);
  });

  it("seniority, industry and year", () => {
    // seniority: senior 3, professional 2, four singletons → HHI (9 + 4 + 4)/81 = 17/81
    expect(seniority.hhi).toBeCloseTo(17 / 81, 12);
    // industry: J 4, M 2, K 1, Q 1 of 8 known → HHI (16 + 4 + 1 + 1)/64 = 22/64
    expect(industry.coverage).toBeCloseTo(0.8, 12);
    expect(industry.hhi).toBeCloseTo(22 / 64, 12);
    expect(industry.shares[0]?.label).toBe("Information and communication");
    expect(year.known).toBe(10);
  });

  it("own-employer share = 4 of 9 known employers", () => {
    expect(report.ownEmployerShare).toBeCloseTo(4 / 9, 12);
  });

  it("byYear: added, cumulative, growth and per-year figures", () => {
    expect(report.byYear.map((r) => [r.year, r.added, r.cumulative])).toEqual([
      [2019, 2, 2],
      [2020, 1, 3],
      [2021, 2, 5],
      [2022, 1, 6],
      [2023, 2, 8],
      [2024, 2, 10],
    ]);
    expect(report.byYear[0]?.growthRate).toBeNull();
    expect(report.byYear[2]?.growthRate).toBeCloseTo(2 / 3, 12); // 2 added onto 3
    // 2019: both at acme, the own employer → HHI 1, own share 1
    expect(report.byYear[0]?.employer.hhi).toBe(1);
    expect(report.byYear[0]?.ownEmployerShare).toBe(1);
    // 2021: acme + globex → HHI 0.5, N2 = 2, own share 0.5
    expect(report.byYear[2]?.employer.inverseSimpson).toBeCloseTo(2, 12);
    expect(report.byYear[2]?.ownEmployerShare).toBe(0.5);
  });

  it("flow: the four ties after 2023-06-30 against the stock of ten", () => {
    expect(report.flow.since).toBe("2023-06-30");
    expect(report.flow.recent.contacts).toBe(4);
    expect(report.flow.recent.employer.known).toBe(3);
    expect(report.flow.recent.ownEmployerShare).toBe(0);
    expect(report.flow.stock.contacts).toBe(10);
    expect(report.flow.lowSample).toBe(true);
  });

  it("score: parts sum to the value; spread parts follow ln N2 / ln target", () => {
    const { value, parts } = report.horizonScore;
    expect(parts.reduce((s, p) => s + p.points, 0)).toBeCloseTo(value, 10);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(100);
    const part = (key: string) => parts.find((p) => p.key === key);
    expect(part("employer")?.value).toBeCloseTo(Math.log(81 / 23) / Math.log(10), 12); // 0.5468
    expect(part("function")?.value).toBeCloseTo(Math.log(64 / 14) / Math.log(8), 12); // 0.7309
    expect(part("ownEmployer")?.value).toBeCloseTo(1 - 4 / 9 / 0.5, 12); // 0.1111
    // Only 3 recent ties with a known employer (< 5): trend has no data, weight redistributed
    expect(part("trend")?.weight).toBe(0);
    expect(part("trend")?.explanation).toMatch(/weight went to the other parts/);
    const used = parts.reduce((s, p) => s + p.weight, 0);
    expect(used).toBe(100 - SCORE_WEIGHTS.trend);
    for (const p of parts) {
      expect(p.points).toBeCloseTo((p.value * p.weight * 100) / used, 12);
      expect(p.explanation.length).toBeGreaterThan(20);
    }
  });

  it("reports the distance of the function mix to the labour-market reference", () => {
    const { jsdBits, totalVariation, reference } = report.referenceDivergence;
    expect(jsdBits).toBeGreaterThan(0);
    expect(jsdBits).toBeLessThanOrEqual(1);
    expect(totalVariation).toBeGreaterThan(0);
    expect(reference.year).toBe(2023);
  });

  it("is JSON-serialisable without loss", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("horizon score", () => {
  it("is higher for a spread-out network than for a one-employer network", () => {
    const spread = computeHorizonReport(spreadNetwork(40)).horizonScore.value;
    const narrow = computeHorizonReport(oneEmployerNetwork(40)).horizonScore.value;
    expect(spread).toBeGreaterThan(60);
    expect(narrow).toBeLessThan(10);
  });

  it("redistributes the industry weight when fewer than half the industries are known", () => {
    const input = spreadNetwork(40);
    input.contacts = input.contacts.map((c, i) => (i % 3 === 0 ? c : { ...c, industry: null }));
    const { parts, value } = computeHorizonReport(input).horizonScore;
    const ind = parts.find((p) => p.key === "industry");
    expect(ind?.weight).toBe(0);
    // i = 0, 3, …, 39 keep their industry: 14 of 40 = 35%
    expect(ind?.explanation).toMatch(/35% of contacts have a known industry/);
    expect(parts.reduce((s, p) => s + p.points, 0)).toBeCloseTo(value, 10);
  });

  it("rewards a recent flow that is more varied than the stock", () => {
    // Stock: 30 old ties at acme; flow: 10 recent ties at 10 employers in 5 functions
    const old = oneEmployerNetwork(30, "2024-06-30").contacts.map((c) => ({
      ...c,
      connectedOn: "2018-01-01",
    }));
    const fresh = spreadNetwork(10).contacts.map((c) => ({ ...c, connectedOn: "2024-03-01" }));
    const report = computeHorizonReport({
      asOf: "2024-06-30",
      ownEmployerKeys: ["acme"],
      contacts: [...old, ...fresh],
    });
    const trend = report.horizonScore.parts.find((p) => p.key === "trend");
    expect(report.flow.recent.contacts).toBe(10);
    expect(trend?.weight).toBe(SCORE_WEIGHTS.trend);
    expect(trend?.value).toBeGreaterThan(0.5);
    expect(trend?.explanation).toMatch(/more varied/);
  });

  it("handles an empty network: score 0, coverage 0, no NaN", () => {
    const report = computeHorizonReport({ asOf: "2024-06-30", contacts: [], ownEmployerKeys: [] });
    expect(report.horizonScore.value).toBe(0);
    expect(report.dimensions.employer.coverage).toBe(0);
    expect(report.byYear).toEqual([]);
    expect(report.referenceDivergence.jsdBits).toBeNull();
    expect(JSON.stringify(report)).not.toMatch(/NaN|null,"totalVariation":NaN/);
  });

  it("skips the own-employer part when the user's employer is not known", () => {
    const input = { ...spreadNetwork(40), ownEmployerKeys: [] };
    const own = computeHorizonReport(input).horizonScore.parts.find((p) => p.key === "ownEmployer");
    expect(own?.weight).toBe(0);
  });

  it("rejects a malformed asOf", () => {
    expect(() => computeHorizonReport({ ...TEN, asOf: "30.06.2024" })).toThrow(TellerrandError);
  });

  it("ignores a malformed connection date only for year, byYear and flow", () => {
    const input = {
      ...TEN,
      contacts: [...TEN.contacts, contact("x", "Legal", "senior", "K", "?")],
    };
    const report = computeHorizonReport(input);
    expect(report.dimensions.employer.known).toBe(10);
    expect(report.dimensions.year.unknown).toBe(1);
    expect(report.byYear.at(-1)?.cumulative).toBe(10);
  });
});
