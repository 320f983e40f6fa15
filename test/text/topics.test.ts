import { describe, expect, it } from "vitest";
import {
  conceptSimilarity,
  conceptVector,
  findConcepts,
  foldWord,
  hashedTermVector,
  PARENT_SHARE,
  termSimilarity,
  topTopics,
} from "../../src/text/topics/index.js";

const ids = (text: string) => findConcepts(text).map((m) => m.conceptId);

describe("concept mapping: synonyms and abbreviations", () => {
  it.each([
    "KI im Mittelstand (a child concept, counted for its ancestors)",
    "AI for everyone",
    "künstliche Intelligenz verändert alles",
    "Artificial intelligence is here",
  ])("maps %s to artificial intelligence", (text) => {
    expect(conceptVector(text).has("artificial-intelligence")).toBe(true);
  });

  it("maps Kubernetes and k8s to one concept", () => {
    expect(ids("Kubernetes")).toEqual(["kubernetes"]);
    expect(ids("our k8s clusters")).toEqual(["kubernetes"]);
  });

  it("keeps C++, C# and .NET apart from plain letters", () => {
    expect(ids("C++ und C# mit .NET")).toEqual(["cpp", "csharp", "csharp"]);
  });

  it("matches the longest phrase first", () => {
    expect(ids("data science")).toEqual(["data-science"]);
    expect(ids("Apache Kafka")).toEqual(["kafka"]);
    expect(ids("Maschinelles Lernen")).toEqual(["machine-learning"]);
  });

  it("folds German and English plurals and inflections", () => {
    expect(ids("Datenbanken")).toEqual(["databases"]);
    expect(ids("mehrere Schnittstellen")).toEqual(["api"]);
    expect(ids("maschinellem Lernen")).toEqual(["machine-learning"]);
    expect(foldWord("designs")).toBe(foldWord("design"));
    expect(foldWord("strategien")).toBe(foldWord("strategie"));
    expect(foldWord("entwicklerinnen")).toBe(foldWord("entwickler"));
  });

  it("matches curated German compound heads, and only those", () => {
    expect(ids("Kundendatenanalyse")).toContain("data-analysis");
    expect(ids("Unternehmensnachhaltigkeit")).toContain("sustainability-strategy");
    expect(ids("Datenanalyse")).toEqual(["data-analysis"]);
    // `Hundekuchen` ends in nothing curated
    expect(ids("Hundekuchen")).toEqual([]);
  });
});

describe("concept mapping: ambiguous short forms", () => {
  it("reads IT, PR, Go and R only as written and with context", () => {
    expect(ids("it is a go, go for it")).toEqual([]);
    expect(ids("Plan R")).toEqual([]);
    expect(ids("Go")).toEqual([]);
    expect(ids("Services in Go auf Kubernetes")).toEqual(["golang", "kubernetes"]);
    expect(ids("R und Python für Statistik")).toContain("r-language");
    expect(ids("die IT-Abteilung")).toEqual(["it-infrastructure"]);
  });

  it("reads PR as public relations next to communication work", () => {
    expect(ids("PR und Pressearbeit")).toContain("communications");
    expect(ids("PR")).toEqual([]);
  });

  it("does not read the German title Hr. as HR", () => {
    expect(ids("Sehr geehrter Hr. Müller")).toEqual([]);
    expect(ids("HR und Recruiting")).toContain("hr");
  });

  it("treats case-sensitive forms as needing context in all-caps text", () => {
    expect(ids("IT IS TIME TO GO HOME NOW")).toEqual([]);
  });
});

describe("concept vectors", () => {
  it("weights by sub-linear tf and passes a share to each ancestor", () => {
    const v = conceptVector("deep learning, deep learning and more deep learning");
    const w = 1 + Math.log(3);
    expect(v.get("deep-learning")).toBeCloseTo(w);
    expect(v.get("machine-learning")).toBeCloseTo(w * PARENT_SHARE);
    expect(v.get("data")).toBeCloseTo(w * PARENT_SHARE ** 2);
    expect(v.get("technology")).toBeCloseTo(w * PARENT_SHARE ** 3);
  });

  it("returns an empty vector for text without topics", () => {
    expect(conceptVector("Das Wetter ist schön").size).toBe(0);
    expect(conceptSimilarity("", "Kubernetes")).toBe(0);
  });

  it("lists top topics without the top-level groups, labelled in the chosen language", () => {
    const top = topTopics(
      "Wir suchen Data Scientists für maschinelles Lernen und Datenanalyse",
      4,
      "de",
    );
    expect(top).toHaveLength(4);
    expect(top.map((t) => t.id)).not.toContain("technology");
    expect(top.map((t) => t.label)).toContain("Maschinelles Lernen");
    expect(top[0]?.weight).toBeGreaterThanOrEqual(top[3]?.weight ?? 0);
  });
});

describe("cross-language similarity", () => {
  const related: Array<[string, string]> = [
    [
      "How large language models and generative AI change software engineering teams",
      "Ich interessiere mich für KI, große Sprachmodelle und Softwareentwicklung",
    ],
    [
      "Running Kubernetes in production: k8s upgrades and container security",
      "Erfahrungen mit Kubernetes, Containerisierung und Cloud-Sicherheit im Betrieb",
    ],
    [
      "Heat pumps, solar power and the energy transition in Europe",
      "Wärmepumpen, Photovoltaik und die Energiewende",
    ],
    [
      "Recruiting engineers: employer branding and candidate experience",
      "Personalgewinnung und Arbeitgebermarke für Entwicklerinnen",
    ],
    [
      "GDPR and data protection for marketing automation",
      "DSGVO und Datenschutz im E-Mail-Marketing",
    ],
    [
      "Supply chain resilience, procurement and logistics after the pandemic",
      "Lieferketten, Einkauf und Logistik resilienter machen",
    ],
  ];
  it.each(related)("scores related texts high: %s", (en, de) => {
    expect(conceptSimilarity(en, de)).toBeGreaterThan(0.6);
  });

  const unrelated: Array<[string, string]> = [
    ["Kubernetes cluster upgrades", "Nachhaltige Landwirtschaft und Biodiversität"],
    ["GDPR compliance for newsletters", "Wärmepumpen und Windkraft"],
    ["Venture capital for fintech startups", "Pflege und Krankenhäuser"],
  ];
  it.each(unrelated)("scores unrelated texts low: %s", (en, de) => {
    expect(conceptSimilarity(en, de)).toBeLessThan(0.2);
  });
});

describe("hashed term vectors", () => {
  it("is 1 for the same text and 0 for disjoint words", () => {
    const a = hashedTermVector("cloud migration for banks");
    expect(termSimilarity(a, a)).toBeCloseTo(1);
    expect(termSimilarity(a, hashedTermVector("Gartenarbeit im Herbst"))).toBe(0);
  });

  it("folds plurals and ignores function words", () => {
    const a = hashedTermVector("the cloud migrations of the banks");
    const b = hashedTermVector("cloud migration bank");
    expect(termSimilarity(a, b)).toBeCloseTo(1);
  });

  it("rejects a size that is not a power of two", () => {
    expect(() => hashedTermVector("x", 1000)).toThrow(RangeError);
  });
});
