/**
 * The optimised triage (memo keys by interned ids, positional tie strength, class entries with
 * a lazy reason) against a straightforward reference built from the documented building
 * blocks, on a generated network: every figure, category, reason and the order must agree.
 */
import { describe, expect, it } from "vitest";
import {
  bridgeValue,
  buildPersonProfiles,
  buildSegmentIndex,
  CATEGORIES,
  DEFAULT_TRIAGE_THRESHOLDS,
  EMPTY_PROFILE_SOURCES,
  industryText,
  type Mark,
  personVectors,
  placeContact,
  relevanceOf,
  segmentsOf,
  TextVectorCache,
  type TriageContact,
  tieStrength,
  triageContacts,
} from "../../../src/domain/people/index.js";
import { mulberry32 as rng } from "../../../src/integrations/importers/linkedin/sample/prng.js";

const TITLES = [
  "Kafka Engineer",
  "Data Engineer",
  "Machine Learning Engineer",
  "Steuerberater",
  "Backend Developer",
  "Kubernetes Platform Engineer",
  "Vertriebsleiterin",
  "Head of Data Platforms",
  null,
];
const COMPANIES = ["Acme", "Nordwind", "Südcloud KG", "Kanzlei Nord", "Datenwerk GmbH", null];
const FUNCTIONS = ["Engineering", "Finance", "Sales", "Data & Research", "unknown"];
const INDUSTRIES = ["J", "M", "K", null, null];
const DATES = ["2015-03-01", "2019-07-15", "2024-01-10", "2026-09-30"];
const STAMPS = [null, "2021-05-05T10:00:00Z", "2025-12-01T08:30:00Z", "2026-11-01T12:00:00Z"];
const MARKS: Array<Mark | undefined> = [
  undefined,
  undefined,
  undefined,
  "keep",
  "let-go",
  "reconnect",
];

function generate(n: number, seed: number): TriageContact[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const company = pick(COMPANIES);
    const lastMessageAt = pick(STAMPS);
    const messages = lastMessageAt === null ? 0 : Math.floor(r() * 40);
    const mark = r() < 0.1 ? pick(MARKS) : undefined;
    return {
      id: 1000 + ((i * 7919) % n),
      name: `Person ${i}`,
      url: null,
      title: pick(TITLES),
      company,
      // Some rare segments (own employer, a rare function), so door-openers occur.
      employerKey:
        company === null || r() < 0.1 ? null : r() < 0.15 ? `solo ${i}` : company.toLowerCase(),
      function: r() < 0.04 ? "Legal" : pick(FUNCTIONS),
      industry: pick(INDUSTRIES),
      connectedOn: pick(DATES),
      interaction: {
        messagesIn: messages === 0 ? 0 : Math.floor(r() * messages),
        messagesOut: messages === 0 ? 0 : Math.floor(r() * messages),
        lastMessageAt: messages === 0 ? null : lastMessageAt,
        recommendations: r() < 0.05 ? 1 : 0,
        endorsements: Math.floor(r() * 4),
        lastGestureAt: r() < 0.3 ? pick(DATES) : null,
      },
      mark: mark === undefined ? undefined : { mark, markedAt: "2026-11-02T09:00:00Z" },
    };
  });
}

describe("triage: optimised path against a straightforward reference", () => {
  it("gives the same entries, figures, reasons and order on 600 generated contacts", () => {
    const profiles = buildPersonProfiles({
      ...EMPTY_PROFILE_SOURCES,
      interests: "Apache Kafka, Datenplattformen, Machine Learning, Kubernetes",
      positions: [
        { title: "Data Engineer", description: null, companyName: "Acme", current: true },
      ],
    });
    const contacts = generate(600, 42);
    const own = ["acme"];
    const asOf = "2026-11-20";
    const t = DEFAULT_TRIAGE_THRESHOLDS;
    const fast = triageContacts({ asOf, profiles, contacts, ownEmployerKeys: own });

    const cache = new TextVectorCache();
    const index = buildSegmentIndex(contacts.map(segmentsOf));
    const reference = contacts.map((c) => {
      const text = { title: c.title, company: c.company, industry: industryText(c.industry) };
      const relevance = relevanceOf(personVectors(text, cache), profiles);
      const bridge = bridgeValue(index, segmentsOf(c), true);
      const tie = tieStrength(
        {
          ...c.interaction,
          connectedOn: c.connectedOn,
          sharedEmployer: c.employerKey !== null && own.includes(c.employerKey),
        },
        asOf,
        t,
      );
      const placed = placeContact({ relevance, bridge, tie, mark: c.mark }, t);
      const priority =
        placed.category === "door-opener" ? relevance.score * bridge.score : relevance.score;
      return { c, relevance, bridge, tie, ...placed, priority };
    });
    const rank = (cat: string) => CATEGORIES.indexOf(cat as (typeof CATEGORIES)[number]);
    reference.sort(
      (a, b) =>
        rank(a.category) - rank(b.category) ||
        b.priority - a.priority ||
        b.tie.score - a.tie.score ||
        a.c.id - b.c.id,
    );

    expect(fast.entries.map((e) => e.id)).toEqual(reference.map((x) => x.c.id));
    for (const [i, e] of fast.entries.entries()) {
      const ref = reference[i];
      if (ref === undefined) throw new Error("reference shorter than the triage");
      expect(e.category).toBe(ref.category);
      expect(e.computed).toBe(ref.computed);
      expect(e.reason).toBe(ref.reason);
      expect(e.mark).toBe(ref.c.mark?.mark ?? null);
      expect(e.priority).toBeCloseTo(ref.priority, 12);
      expect(e.relevance.score).toBeCloseTo(ref.relevance.score, 12);
      expect(e.relevance.currentWork).toBeCloseTo(ref.relevance.currentWork, 12);
      expect(e.relevance.shared).toEqual(ref.relevance.shared);
      expect(Object.keys(e.relevance.byPart)).toEqual(Object.keys(ref.relevance.byPart));
      expect(e.bridge).toEqual(ref.bridge);
      expect(e.tie).toEqual(ref.tie);
    }
    const counts = Object.fromEntries(
      CATEGORIES.map((cat) => [cat, reference.filter((x) => x.category === cat).length]),
    );
    expect(fast.counts).toEqual(counts);
    // Every category occurs, so the comparison covers every rule and mark.
    for (const cat of CATEGORIES) expect(fast.counts[cat]).toBeGreaterThan(0);
  });

  it("serialises the lazy reason in place, as a plain entry would", () => {
    const profiles = buildPersonProfiles({ ...EMPTY_PROFILE_SOURCES, interests: "Kafka" });
    const r = triageContacts({
      asOf: "2026-11-20",
      profiles,
      contacts: generate(20, 7),
      ownEmployerKeys: [],
    });
    const json = JSON.parse(JSON.stringify(r.entries[0]));
    expect(Object.keys(json)).toEqual([
      "id",
      "name",
      "url",
      "title",
      "company",
      "function",
      "category",
      "computed",
      "reason",
      "mark",
      "priority",
      "relevance",
      "bridge",
      "tie",
    ]);
    expect(json.reason).toBe(r.entries[0]?.reason);
    expect(json.reason.length).toBeGreaterThan(20);
  });
});
