/**
 * The incremental horizon effect of the invitation advice against the plain recomputation of the
 * whole report with the invitee added, on seeded networks from empty to a few thousand contacts
 * (coverage and trend thresholds crossed on the small ones) and hundreds of invitations.
 */
import { describe, expect, it } from "vitest";
import { computeHorizonReport } from "../../../src/domain/horizon/index.js";
import type { ContactFacts, HorizonInput } from "../../../src/domain/horizon/types.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  DEFAULT_TRIAGE_THRESHOLDS,
  EMPTY_PROFILE_SOURCES,
  segmentsOf,
  TextVectorCache,
} from "../../../src/domain/people/index.js";
import { adviseInvitations } from "../../../src/domain/people/invitations.js";
import {
  horizonBaseline,
  horizonScoreWith,
} from "../../../src/domain/people/invitations-horizon.js";
import {
  sampleContacts,
  sampleInvitations,
} from "../../../src/domain/people/invitations-sample.js";
import { mulberry32 } from "../../../src/integrations/importers/linkedin/sample/prng.js";

const ASOF = "2026-11-20";
const TOL = 1e-9;

const plainAfter = (input: HorizonInput, facts: ContactFacts): number =>
  computeHorizonReport({ ...input, contacts: [...input.contacts, facts] }).horizonScore.value;

function network(seed: number, n: number, unknownShare: number, own: string[]): HorizonInput {
  return {
    asOf: ASOF,
    contacts: sampleContacts(mulberry32(seed), n, ASOF, unknownShare),
    ownEmployerKeys: own,
  };
}

/** Every invitee facts shape the sample produces, plus odd dates the helper must also handle. */
function factsList(seed: number, size: number, count: number): ContactFacts[] {
  const r = mulberry32(seed + 1);
  const extra = sampleContacts(mulberry32(seed + 2), count, ASOF, 0.3);
  return sampleInvitations(r, count, size).map((inv, i) => ({
    employerKey: i % 17 === 0 ? `  ${inv.employerKey ?? ""} ` : inv.employerKey,
    employerLabel: inv.company,
    function: (extra[i]?.function ?? "unknown") as ContactFacts["function"],
    seniority: (extra[i]?.seniority ?? "unknown") as ContactFacts["seniority"],
    industry: extra[i]?.industry ?? null,
    // Mostly "today" (as the advice adds them), some in the past or malformed.
    connectedOn: i % 5 === 0 ? (extra[i]?.connectedOn ?? ASOF) : ASOF,
  }));
}

const CASES: Array<[string, number, number, number, string[]]> = [
  ["empty network", 11, 0, 0.2, ["acme"]],
  ["one contact", 12, 1, 0.2, ["acme"]],
  ["three contacts, no own employer", 13, 3, 0.2, []],
  ["eight contacts, half unknown (coverage limit)", 14, 8, 0.5, ["acme"]],
  ["twelve contacts, mostly unknown", 15, 12, 0.6, ["acme", " org-1 "]],
  ["60 contacts", 16, 60, 0.2, ["acme"]],
  ["500 contacts, coverage near 50%", 17, 500, 0.49, ["acme"]],
  ["3000 contacts", 18, 3000, 0.2, ["acme"]],
];

describe("horizonScoreWith equals the recomputed report", () => {
  for (const [name, seed, size, unknown, own] of CASES) {
    it(name, () => {
      const input = network(seed, size, unknown, own);
      const base = horizonBaseline(input);
      expect(base.report.horizonScore.value).toBe(computeHorizonReport(input).horizonScore.value);
      const list = factsList(seed, size, size >= 3000 ? 150 : 300);
      let changed = 0;
      for (const facts of list) {
        const plain = plainAfter(input, facts);
        const fast = horizonScoreWith(base, facts);
        expect(Math.abs(fast - plain), JSON.stringify(facts)).toBeLessThanOrEqual(TOL);
        if (plain !== base.report.horizonScore.value) changed++;
      }
      // The comparison must exercise real changes, not only "unchanged" invitees.
      if (size > 0) expect(changed).toBeGreaterThan(list.length / 4);
    });
  }

  // Seniority known for 5 contacts: with 10 (coverage exactly 0.5) a blank invitee drops the
  // part (5/11); with 11 (5/11) a known one brings it in (6/12). Employer and function are known
  // for 4 recent ties, one short of the trend's minimum of 5.
  for (const size of [10, 11]) {
    it(`follows the invitee across the coverage and trend limits (${size} contacts)`, () => {
      const c = (i: number): ContactFacts => ({
        employerKey: i < 8 ? `org-${i % 3}` : null,
        employerLabel: null,
        function: i < 8 ? (i % 2 === 0 ? "Engineering" : "Sales") : "unknown",
        seniority: i < 5 ? "senior" : "unknown",
        industry: i < 4 ? "J" : null,
        connectedOn: i < 4 ? "2026-06-01" : "2019-01-01",
      });
      const input: HorizonInput = {
        asOf: ASOF,
        contacts: Array.from({ length: size }, (_, i) => c(i)),
        ownEmployerKeys: ["org-0"],
      };
      const base = horizonBaseline(input);
      const weight = (facts: ContactFacts | null, key: string) =>
        (facts === null
          ? base.report
          : computeHorizonReport({ ...input, contacts: [...input.contacts, facts] })
        ).horizonScore.parts.find((p) => p.key === key)?.weight;
      const blank = { ...c(9), connectedOn: ASOF };
      const full: ContactFacts = {
        employerKey: "org-7",
        employerLabel: null,
        function: "Legal",
        seniority: "lead",
        industry: "M",
        connectedOn: ASOF,
      };
      // The limits really are crossed.
      if (size === 10) {
        expect(weight(null, "seniority")).toBeGreaterThan(0);
        expect(weight(blank, "seniority")).toBe(0);
      } else {
        expect(weight(null, "seniority")).toBe(0);
        expect(weight(full, "seniority")).toBeGreaterThan(0);
      }
      expect(weight(null, "trend")).toBe(0);
      expect(weight(full, "trend")).toBeGreaterThan(0);
      for (const facts of [c(9), blank, full, { ...full, connectedOn: "2010-01-01" }]) {
        const fast = horizonScoreWith(base, facts);
        expect(Math.abs(fast - plainAfter(input, facts))).toBeLessThan(TOL);
      }
    });
  }

  it("leaves the score exactly unchanged for an invitee who adds nothing known", () => {
    const input = network(21, 400, 0.2, ["acme"]);
    const base = horizonBaseline(input);
    const blank: ContactFacts = {
      employerKey: null,
      employerLabel: null,
      function: "unknown",
      seniority: "unknown",
      industry: null,
      connectedOn: ASOF,
    };
    expect(horizonScoreWith(base, blank)).toBe(base.report.horizonScore.value);
    expect(plainAfter(input, blank)).toBe(base.report.horizonScore.value);
  });
});

describe("adviseInvitations: incremental and recompute give the same advice", () => {
  it("on 2000 contacts and 400 invitations", () => {
    const input = network(31, 2000, 0.25, ["acme"]);
    const invitations = sampleInvitations(mulberry32(32), 400, 2000);
    const ctx = () => ({
      profiles: buildPersonProfiles({
        ...EMPTY_PROFILE_SOURCES,
        interests: "Kafka, data platforms, Steuern",
      }),
      index: buildSegmentIndex(
        input.contacts.map((c) =>
          segmentsOf({ function: c.function, industry: c.industry, employerKey: c.employerKey }),
        ),
      ),
      horizon: input,
      thresholds: DEFAULT_TRIAGE_THRESHOLDS,
      cache: new TextVectorCache(),
    });
    const fast = adviseInvitations(invitations, ctx());
    const plain = adviseInvitations(invitations, ctx(), { horizon: "recompute" });
    expect(fast).toHaveLength(plain.length);
    const advice = new Set(fast.map((a) => a.advice));
    expect(advice.size).toBeGreaterThan(1);
    for (const [i, p] of plain.entries()) {
      const f = fast[i];
      if (f === undefined) throw new Error(`missing advice ${i}`);
      expect(f.horizon.before).toBe(p.horizon.before);
      expect(Math.abs(f.horizon.after - p.horizon.after)).toBeLessThanOrEqual(TOL);
      expect(Math.abs(f.horizon.delta - p.horizon.delta)).toBeLessThanOrEqual(TOL);
      expect(Math.sign(f.horizon.delta)).toBe(Math.sign(p.horizon.delta));
      expect({ ...f, horizon: null }).toEqual({ ...p, horizon: null });
    }
  });
});
