import { describe, expect, it } from "vitest";
import {
  authorOrganisation,
  discoverOrgs,
  discoverSources,
  discoverTopics,
  fixed,
  type OrgArticle,
  type OrgCandidate,
  orgReason,
  orgScores,
} from "../../../src/domain/discovery/index.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  EMPTY_PROFILE_SOURCES,
  type PersonProfiles,
} from "../../../src/domain/people/index.js";
import { normed } from "../../../src/domain/people/vectors.js";
import { getConcept } from "../../../src/text/topics/index.js";

// Network: 3 at acme (industry J), 1 at beta (industry M).
const index = buildSegmentIndex([
  { function: "Sales", industry: "J", employer: "acme" },
  { function: "Sales", industry: "J", employer: "acme" },
  { function: "Sales", industry: "J", employer: "acme" },
  { function: "Legal", industry: "M", employer: "beta" },
]);
/** An article: its unit concept vector and the concepts it names directly. */
const art = (concepts: Record<string, number>, mentions: string[] = []): OrgArticle => ({
  concepts: new Map(Object.entries(concepts)),
  mentions,
});
const vector = (m: Record<string, number>) => ({
  concepts: normed(new Map(Object.entries(m))),
  terms: normed(new Map<number, number>()),
  top: [],
  sources: [],
});
// Interests (3, 4) on open-data and smart-city: norm 5. Current work: data streaming.
const profiles: PersonProfiles = {
  interests: vector({ "open-data": 3, "smart-city": 4 }),
  currentWork: vector({ "streaming-data": 1 }),
};
const OD = { "open-data": 1 };
const unit = ([a, b, c]: number[]) => {
  const n = Math.hypot(a ?? 0, b ?? 0, c ?? 0);
  return { "open-data": (a ?? 0) / n, "smart-city": (b ?? 0) / n, "streaming-data": (c ?? 0) / n };
};
// Unit vector: 0.6² + 0.8² = 1.
const SC_SD = { "smart-city": 0.6, "streaming-data": 0.8 };
const org = (
  key: string,
  industry: string | null,
  articles: OrgArticle[],
  over: Partial<OrgCandidate> = {},
): OrgCandidate => ({
  key,
  label: key.toUpperCase(),
  industry,
  via: ["feed"],
  feeds: [`${key} blog`],
  articles,
  ...over,
});

describe("organisation scores (hand-computed)", () => {
  it("relevance = cos(Σv, interests)·A/(A+2), beyondWork = 1 − cos(Σv, work), novelty = ½·beyond + ½·bridge", () => {
    // v = (od 1, sc 0.6, sd 0.8), ‖v‖ = √2; v·I = 3 + 2.4 = 5.4; v·W = 0.8.
    const s = orgScores(org("gamma", "K", [art(OD), art(SC_SD)]), profiles, index);
    expect(s.relevance).toBeCloseTo((5.4 / (Math.SQRT2 * 5)) * (2 / 4), 12); // 0.3818
    expect(s.beyondWork).toBeCloseTo(1 - 0.8 / Math.SQRT2, 12); // 0.4343
    // Nobody works at gamma, nobody is in industry K: both rarities 1, bridge 1.
    expect(s.bridge).toBeCloseTo(1, 12);
    expect(s.novelty).toBeCloseTo(0.5 * (1 - 0.8 / Math.SQRT2) + 0.5, 12); // 0.7172
    // acme: 3 of 4 known employers and industry J 3 of 4: rarity log2(5/4)/log2(5) on both.
    const r = Math.log2(5 / 4) / Math.log2(5);
    const acme = orgScores(org("acme", "J", [art(OD), art(OD), art(OD)]), profiles, index);
    expect(acme.relevance).toBeCloseTo((9 / 15) * (3 / 5), 12); // 0.36
    expect(acme.bridge).toBeCloseTo(r, 12);
    expect(acme.novelty).toBeCloseTo(0.5 * 1 + 0.5 * r, 12);
    // Unknown industry: the employer dimension alone (beta: 1 of 4).
    expect(orgScores(org("beta", null, [art(OD)]), profiles, index).bridge).toBeCloseTo(
      Math.log2(5 / 2) / Math.log2(5),
      12,
    );
    // No articles with concepts: relevance 0.
    expect(orgScores(org("none", null, [art({})]), profiles, index).relevance).toBe(0);
  });

  it("ranks by relevance at dial 0, drops those below the floor, counts contacts and topics", () => {
    const candidates = [
      org("gamma", "K", [art(OD, ["open-data", "smart-city"]), art(SC_SD, ["open-data"])]),
      org("acme", "J", [art(OD, ["smart-city"]), art(OD), art(OD)]),
      org("tiny", null, [art({ "streaming-data": 1 })]),
    ];
    const out = discoverOrgs({
      profiles,
      index,
      candidates,
      explore: 0,
      limit: 5,
      minRelevance: 0.1,
    });
    // gamma 0.3818 > acme 0.36; tiny 0 < 0.1 is out.
    expect(out.map((s) => s.key)).toEqual(["gamma", "acme"]);
    expect(out[1]?.relevance).toBeCloseTo(0.36, 12);
    expect(out[1]?.contacts).toBe(3);
    expect(out[0]?.contacts).toBe(0);
    expect(out[0]?.topics).toEqual([
      { id: "open-data", label: "Open data", articles: 2 },
      { id: "smart-city", label: "Smart cities", articles: 1 },
    ]);
    expect(out[0]?.reason).toBe(
      'Publishes on Open data (2 of 2 articles in your feeds) and Smart cities (1); nobody in your network works there; relevance 0.38, novelty 0.72 (beyond your current work 0.43, bridge 1.00). Via feed "gamma blog".',
    );
    expect(out[1]?.reason).toMatch(
      /^Publishes on Smart cities \(1 of 3 articles in your feeds\); 3 contacts work there; relevance 0\.36, /,
    );
  });

  it("writes the reason in German, with German concept labels and decimal commas", () => {
    const [s] = discoverOrgs({
      profiles,
      index,
      candidates: [
        org("gamma", "K", [art(OD, ["open-data", "smart-city"]), art(SC_SD, ["open-data"])], {
          via: ["author", "feed"],
        }),
      ],
      explore: 0,
      limit: 5,
      minRelevance: 0,
      lang: "de",
    });
    expect(s?.topics.map((t) => t.label)).toEqual([
      getConcept("open-data")?.label.de,
      getConcept("smart-city")?.label.de,
    ]);
    expect(s?.reason).toBe(
      "Veröffentlicht zu Open Data (2 von 2 Artikeln in deinen Feeds) und Smart City (1); niemand aus deinem Netzwerk arbeitet dort; Relevanz 0,38, Neuheit 0,72 (jenseits deiner aktuellen Arbeit 0,43, Brückenwert 1,00). Über den Feed „gamma blog“, als Autor genannt.",
    );
  });

  it("says so when no article names an interest, and flags diversity picks", () => {
    const base = {
      key: "x",
      label: "X",
      industry: null,
      via: ["author"] as const,
      feeds: [],
      articles: 1,
      topics: [],
      contacts: 1,
      relevance: 0.2,
      beyondWork: 0.5,
      bridge: 0.5,
      novelty: 0.5,
      combined: 0.1,
      scoreRank: 7,
      forDiversity: true,
    };
    expect(orgReason(base, "en")).toBe(
      "1 article in your feeds, none names your interests directly; 1 contact works there; relevance 0.20, novelty 0.50 (beyond your current work 0.50, bridge 0.50); picked for diversity (score rank 7). Named as an author.",
    );
    expect(fixed(0.425, "de")).toBe("0,42");
  });

  it("never lowers the list's mean novelty as the dial rises", () => {
    // Deterministic pseudo-random pool: relevance and novelty pull apart.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const industries = ["J", "K", "M", null];
    const candidates = Array.from({ length: 60 }, (_, i) =>
      org(`o${i}`, industries[i % 4] ?? null, [
        art(unit([rnd(), rnd(), rnd()]), i % 3 === 0 ? ["open-data"] : []),
      ]),
    );
    let last = -1;
    for (const explore of [0, 0.25, 0.5, 0.75, 1]) {
      const out = discoverOrgs({
        profiles,
        index,
        candidates,
        explore,
        limit: 10,
        minRelevance: 0,
      });
      const mean = out.reduce((s, o) => s + o.novelty, 0) / out.length;
      expect(mean).toBeGreaterThanOrEqual(last - 1e-12);
      last = mean;
    }
  });
});

describe("organisations named as authors", () => {
  it("tells organisations from people and staff bylines", () => {
    const known = new Set(["fraunhofer fokus"]);
    expect(authorOrganisation("Open Knowledge Foundation", known)?.key).toBe(
      "open knowledge foundation",
    );
    expect(authorOrganisation("Bertelsmann Stiftung", known)?.label).toBe("Bertelsmann Stiftung");
    expect(authorOrganisation("Fraunhofer FOKUS", known)?.key).toBe("fraunhofer fokus");
    expect(authorOrganisation("Acme GmbH", known)?.key).toBe("acme");
    expect(authorOrganisation("Redaktion heise online", known)?.label).toBe("heise online");
    expect(authorOrganisation("The Example Team", known)?.label).toBe("Example");
    expect(authorOrganisation("Jana Beispiel", known)).toBeNull();
    expect(authorOrganisation("Redaktion", known)).toBeNull();
    expect(authorOrganisation("Editorial Team", known)).toBeNull();
    expect(authorOrganisation("Freelancer", known)).toBeNull();
    expect(authorOrganisation("  ", known)).toBeNull();
  });
});

describe("topic labels in German", () => {
  it("names the neighbouring interest and writes the reason in German", () => {
    const built = buildPersonProfiles({
      ...EMPTY_PROFILE_SOURCES,
      interests: "Open Data, Stadtentwicklung, Datenplattformen",
    });
    const input = {
      interests: built.interests.concepts.weights,
      network: { counts: new Map<string, number>(), total: 100 },
      reading: { counts: new Map<string, number>(), total: 0 },
      explore: 0.5,
      limit: 5,
      minRelevance: 0,
    };
    const en = discoverTopics(input);
    const de = discoverTopics({ ...input, lang: "de" });
    expect(de.map((t) => t.id)).toEqual(en.map((t) => t.id));
    for (const t of de) {
      expect(t.nextTo.label).toBe(getConcept(t.nextTo.id)?.label.de);
      expect(t.reason).toMatch(
        /^(Unterthema|Nachbarthema|Unterthema eines Nachbarthemas) deines Interesses „.+“ \(Relevanz \d,\d\d\); genannt von 0 von 100 Kontakten/,
      );
    }
    expect(en[0]?.reason).toMatch(
      /^(child|sibling|nephew) of your interest ".+" \(relevance \d\.\d\d\)/,
    );
  });
});

describe("source reasons in German", () => {
  it("writes relevance and novelty with decimal commas", () => {
    const input = {
      profiles,
      index,
      candidates: [
        {
          key: "site:x.example",
          kind: "website" as const,
          label: "x.example",
          employerKey: null,
          text: "",
          evidence: "2 gespeicherte Artikel kommen von x.example",
        },
      ],
      explore: 0,
      limit: 5,
      minRelevance: 0,
    };
    const [de] = discoverSources({ ...input, lang: "de" });
    expect(de?.reason).toBe(
      "2 gespeicherte Artikel kommen von x.example; Relevanz 0,00, Neuheit 1,00 (wie selten sie als Arbeitgeber in deinem Netzwerk ist). Nicht abonniert: such ihren Feed mit `tellerrand feeds discover`.",
    );
    expect(discoverSources(input)[0]?.reason).toMatch(
      /; relevance 0\.00, novelty 1\.00 \(how rare/,
    );
  });
});
