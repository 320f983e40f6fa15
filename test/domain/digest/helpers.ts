import type {
  CandidateAnalysis,
  DigestCandidate,
  RankingContext,
  SourceKind,
} from "../../../src/domain/digest/index.js";
import { emptyFeedback } from "../../../src/domain/digest/index.js";

export const NOW = new Date("2026-03-10T12:00:00Z");

/** A tiny hierarchy: tech > data > {ml, dbs}, tech > cloud > k8s, business > marketing > seo. */
export const PATHS: Record<string, string[]> = {
  tech: ["tech"],
  data: ["tech", "data"],
  ml: ["tech", "data", "ml"],
  dbs: ["tech", "data", "dbs"],
  cloud: ["tech", "cloud"],
  k8s: ["tech", "cloud", "k8s"],
  business: ["business"],
  marketing: ["business", "marketing"],
  seo: ["business", "marketing", "seo"],
};

export function analysis(
  topics: Record<string, number>,
  extra: Partial<CandidateAnalysis> = {},
): CandidateAnalysis {
  return {
    political: { partisan: 0.01, strict: 0.02 },
    wordOverride: null,
    private: 0.01,
    topics: new Map(Object.entries(topics)),
    politicalReasons: () => [
      { term: "Bundestag", weight: 1.2 },
      { term: "Koalition", weight: 0.8 },
      { term: "Software", weight: -0.3 },
    ],
    privateReasons: () => [{ term: "Urlaub", weight: 1 }],
    ...extra,
  };
}

let nextId = 1;
export function candidate(
  over: Partial<DigestCandidate> & { topics?: Record<string, number> } = {},
): DigestCandidate {
  const { topics, ...rest } = over;
  const id = over.id ?? nextId++;
  return {
    id,
    title: `Article ${id}`,
    url: `https://example.com/${id}`,
    sourceId: "1",
    sourceTitle: "Source 1",
    kind: "other-company" as SourceKind,
    orgKey: null,
    publishedAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
    read: false,
    starred: false,
    hidden: false,
    analysis: analysis(topics ?? { ml: 1, data: 0.5 }),
    ...rest,
  };
}

export function context(over: Partial<RankingContext> = {}): RankingContext {
  return {
    now: NOW,
    interests: new Map([
      ["ml", 1],
      ["data", 0.5],
    ]),
    interestConcepts: ["ml"],
    work: new Map(),
    feedback: emptyFeedback(),
    pathOf: (id) => PATHS[id],
    freshnessHalfLifeHours: 36,
    ...over,
  };
}
