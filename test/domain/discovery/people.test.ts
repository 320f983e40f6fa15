import { describe, expect, it } from "vitest";
import {
  compositionEffect,
  discoverPeople,
  discoverTopics,
  type PersonCandidate,
  personNovelty,
  segmentKeys,
  topicNovelty,
} from "../../../src/domain/discovery/index.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  EMPTY_PROFILE_SOURCES,
  personVectors,
  RelevanceScorer,
  relevanceOf,
  TextVectorCache,
} from "../../../src/domain/people/index.js";

const profiles = buildPersonProfiles({
  ...EMPTY_PROFILE_SOURCES,
  interests: "Open Data, Stadtentwicklung, Datenplattformen",
  positions: [
    { title: "Kafka Engineer", description: "Streaming", companyName: "Acme", current: true },
  ],
});

const person = (
  key: string,
  title: string | null,
  fn: string,
  employer: string | null,
): PersonCandidate => ({
  key,
  source: "imported",
  name: key,
  title,
  company: null,
  url: null,
  note: null,
  employerKey: employer,
  function: fn,
  industry: null,
  via: "test",
});

describe("people discovery formulas", () => {
  it("novelty, similarity and composition effect (hand-computed)", () => {
    expect(personNovelty(0.8, 0.4)).toBeCloseTo(0.6, 12);
    expect(segmentKeys({ function: "Sales", industry: null, employer: "a" })).toEqual([
      "function:Sales",
      null,
      "employer:a",
    ]);
    expect(compositionEffect(["a", "a"], ["b", "b"])).toEqual({ before: 1, after: 2, gain: 1 });
    expect(topicNovelty(0, 1000, 1, 200)).toBeCloseTo(0.5, 12);
  });

  it("RelevanceScorer gives the same figures as relevanceOf(personVectors(…))", () => {
    const scorer = new RelevanceScorer(profiles);
    const cache = new TextVectorCache();
    for (const text of [
      { title: "Data Engineer", company: "Stadtwerke Nord" },
      { title: "Stadtplanerin", company: "Open Knowledge", note: "Open Data Day" },
      { company: "Südcloud KG" },
      { title: "Kafka Engineer", industry: "Information and communication" },
    ]) {
      const a = scorer.score(text);
      const b = relevanceOf(personVectors(text, cache), profiles);
      expect(a.score).toBeCloseTo(b.score, 12);
      expect(a.currentWork).toBeCloseTo(b.currentWork, 12);
      expect(a.shared).toEqual(b.shared);
    }
  });

  it("ranks a relevant person beyond the current work first when exploring, with a reason", () => {
    const index = buildSegmentIndex([
      { function: "Engineering", industry: null, employer: "acme" },
    ]);
    const candidates = [
      person("kafka", "Kafka Engineer", "Engineering", "acme"),
      person("planner", "Stadtplanerin Open Data", "Other", "city"),
      person("far", "Bäcker", "Other", "bakery"),
    ];
    const { suggestions: safe } = discoverPeople({
      profiles,
      index,
      candidates,
      explore: 0,
      limit: 3,
      minRelevance: 0.05,
    });
    const { suggestions: out } = discoverPeople({
      profiles,
      index,
      candidates,
      explore: 1,
      limit: 3,
      minRelevance: 0.05,
    });
    expect(out.map((s) => s.key)).not.toContain("far");
    expect(out[0]?.key).toBe("planner");
    expect(out[0]?.reason).toMatch(/^Relevance \d\.\d\d.*From: test\.$/);
    expect(safe[0]?.relevance).toBeGreaterThanOrEqual(safe[1]?.relevance ?? 0);
  });

  it("gives the reason and the shared topics in German with lang de", () => {
    const index = buildSegmentIndex([
      { function: "Engineering", industry: null, employer: "acme" },
    ]);
    const candidates = [person("planner", "Stadtplanerin Open Data", "Legal", "city")];
    const input = { profiles, index, candidates, explore: 0, limit: 1, minRelevance: 0.05 };
    const [en] = discoverPeople(input).suggestions;
    const [de] = discoverPeople({ ...input, lang: "de" }).suggestions;
    // The vocabulary's own labels of the same three concepts.
    expect(en?.shared).toEqual(["Open data", "Smart cities", "Data"]);
    expect(de?.shared).toEqual(["Open Data", "Smart City", "Daten"]);
    expect(de?.reason).toMatch(
      /^Relevanz \d,\d\d \(gemeinsame Themen: Open Data, Smart City, Daten\)/,
    );
    // The function in German (the dashboard's names), the numbers with a decimal comma.
    expect(de?.reason).toContain("die Funktion „Recht“, die dein Netzwerk selten erreicht");
    expect(de?.reason).toMatch(/Neuheit \d,\d\d\. Quelle: test\.$/);
    expect(en?.reason).toContain('function "Legal" your network rarely reaches');
  });

  it("suggests topics next to the interests that the network does not cover", () => {
    const interests = profiles.interests.concepts.weights;
    const r = discoverTopics({
      interests,
      network: { counts: new Map(), total: 100 },
      reading: { counts: new Map(), total: 0 },
      explore: 0.5,
      limit: 5,
      minRelevance: 0,
    });
    expect(r.length).toBeGreaterThan(0);
    for (const t of r) expect(interests.has(t.id)).toBe(false);
    expect(r[0]?.reason).toMatch(/of your interest ".+"/);
  });
});
