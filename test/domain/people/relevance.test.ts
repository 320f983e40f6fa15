import { describe, expect, it } from "vitest";
import {
  buildPersonProfiles,
  EMPTY_PROFILE_SOURCES,
  normed,
  type PersonProfiles,
  type ProfileVectors,
  personVectors,
  relevanceOf,
  TextVectorCache,
} from "../../../src/domain/people/index.js";

/** A profile whose concept vector is exactly `weights` (no terms). */
function profile(weights: Record<string, number>): ProfileVectors {
  return {
    concepts: normed(new Map(Object.entries(weights))),
    terms: normed(new Map()),
    top: [],
    sources: [],
  };
}

describe("relevance", () => {
  it("pins the weighted mean of the parts by hand", () => {
    const cache = new TextVectorCache();
    // Title "Kubernetes" hits the kubernetes concept and its ancestors; the hand-made profile
    // holds exactly that vector, so the title's similarity is 1. The company "Acme" has no
    // concept, but its term vector is not empty, so it counts: sim 0 (the profile has no terms).
    const p = personVectors({ title: "Kubernetes", company: "Acme" }, cache);
    const only = Object.fromEntries(cache.of("Kubernetes").concepts.weights);
    const profiles: PersonProfiles = {
      interests: profile(only),
      currentWork: profile({ legal: 1 }),
    };
    const r = relevanceOf(p, profiles);
    expect(r.byPart.title).toBeCloseTo(1, 10);
    expect(r.byPart.company).toBe(0);
    // (1 · 1 + 0.5 · 0) / (1 + 0.5)
    expect(r.score).toBeCloseTo(2 / 3, 10);
    expect(r.currentWork).toBe(0);
    expect(r.beyondWork).toBe(1);
    expect(r.shared).toContain("Kubernetes");
  });

  it("keeps the title in the denominator, so a company alone scores at most a third", () => {
    const cache = new TextVectorCache();
    const company = personVectors({ company: "Kubernetes" }, cache);
    const only = Object.fromEntries(cache.of("Kubernetes").concepts.weights);
    const r = relevanceOf(company, { interests: profile(only), currentWork: profile({}) });
    expect(r.score).toBeCloseTo(0.5 / 1.5, 10);
  });

  it("meets across languages and ranks the related title above the unrelated one", () => {
    const profiles = buildPersonProfiles({
      ...EMPTY_PROFILE_SOURCES,
      interests: "Datenplattformen, Apache Kafka, maschinelles Lernen",
    });
    const cache = new TextVectorCache();
    const rel = (title: string) => relevanceOf(personVectors({ title }, cache), profiles).score;
    expect(rel("Machine Learning Engineer")).toBeGreaterThan(0.2);
    expect(rel("Machine Learning Engineer")).toBeGreaterThan(rel("Steuerberaterin"));
    expect(rel("Kafka Streaming Engineer")).toBeGreaterThan(rel("Rechtsanwalt"));
  });

  it("builds two profiles: goals weigh in interests, the current job in current work", () => {
    const p = buildPersonProfiles({
      ...EMPTY_PROFILE_SOURCES,
      goals: "Stadtentwicklung und Open Data",
      positions: [
        {
          title: "Steuerberater",
          description: "Steuerrecht",
          companyName: "Kanzlei",
          current: true,
        },
      ],
    });
    expect(p.interests.sources.map((s) => s.source)).toEqual(["goals"]);
    expect(p.currentWork.sources.map((s) => s.source)).toContain("currentPositions");
    const cache = new TextVectorCache();
    const open = relevanceOf(personVectors({ title: "Open Data Lead" }, cache), p);
    expect(open.score).toBeGreaterThan(open.currentWork);
  });

  it("is 0 for a person about whom nothing is known", () => {
    const profiles = buildPersonProfiles({ ...EMPTY_PROFILE_SOURCES, interests: "Kafka" });
    expect(relevanceOf(personVectors({}, new TextVectorCache()), profiles).score).toBe(0);
  });
});
