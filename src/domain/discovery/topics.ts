/**
 * Topic discovery (issue 5 §4): concepts next to the interests in the topic hierarchy
 * (`src/text/topics`) that neither the network nor the reading covers.
 */
import { allConcepts, type Concept, getConcept } from "../../text/topics/index.js";
import { rankPool } from "./rank.js";

/** Relevance falls by this factor per step of tree distance beyond the first. */
export const PROXIMITY = 0.6;
/** A concept mentioned by this share of contacts (or of articles) counts as fully covered. */
export const COVERED_SHARE = 0.01;
/** Interest concepts whose neighbourhood is explored (the heaviest). */
export const SEED_CONCEPTS = 15;

export interface TopicDiscoveryInput {
  /** Interest profile concept weights (ancestors included, as built by the profiles). */
  interests: ReadonlyMap<string, number>;
  /** Per concept id: how many contacts' texts mention it directly, and of how many. */
  network: { counts: ReadonlyMap<string, number>; total: number };
  /** Per concept id: how many stored articles mention it directly, and of how many. */
  reading: { counts: ReadonlyMap<string, number>; total: number };
  explore: number;
  limit: number;
  minRelevance: number;
}

export interface TopicSuggestion {
  id: string;
  label: { en: string; de: string };
  /** The interest concept it is next to, and how. */
  nextTo: { id: string; label: string; relation: "child" | "sibling" | "nephew" };
  relevance: number;
  novelty: number;
  combined: number;
  /** 1-based rank by combined score; picked for diversity when its branch was full. */
  scoreRank: number;
  forDiversity: boolean;
  contacts: number;
  articles: number;
  reason: string;
}

const DISTANCE = { child: 1, sibling: 2, nephew: 3 } as const;

/**
 * Coverage of a concept: `min(1, max(contacts/N_c, articles/N_a) / COVERED_SHARE)`;
 * novelty = 1 − coverage.
 *
 * @example
 * topicNovelty(0, 1000, 1, 200); // 1 − min(1, 0.005 / 0.01) = 0.5
 */
export function topicNovelty(
  contacts: number,
  ofContacts: number,
  articles: number,
  ofArticles: number,
): number {
  const share = Math.max(
    ofContacts > 0 ? contacts / ofContacts : 0,
    ofArticles > 0 ? articles / ofArticles : 0,
  );
  return 1 - Math.min(1, share / COVERED_SHARE);
}

function childrenOf(): Map<string, Concept[]> {
  const out = new Map<string, Concept[]>();
  for (const c of allConcepts()) {
    if (c.parent === null) continue;
    out.set(c.parent, [...(out.get(c.parent) ?? []), c]);
  }
  return out;
}

interface Neighbour {
  concept: Concept;
  relevance: number;
  nextTo: TopicSuggestion["nextTo"];
}

/** Neighbours of the seed concepts: relevance = (w_seed / w_max) · PROXIMITY^(distance − 1). */
function neighbours(interests: ReadonlyMap<string, number>): Neighbour[] {
  const depth = (id: string) => getConcept(id)?.path.length ?? 0;
  const seeds = [...interests]
    .filter(([id]) => depth(id) > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SEED_CONCEPTS);
  const max = seeds[0]?.[1] ?? 0;
  const kids = childrenOf();
  const best = new Map<string, Neighbour>();
  const offer = (c: Concept, seed: string, w: number, relation: keyof typeof DISTANCE) => {
    if (interests.has(c.id) || depth(c.id) <= 1) return;
    const relevance = (w / max) * PROXIMITY ** (DISTANCE[relation] - 1);
    const label = getConcept(seed)?.label.en ?? seed;
    const prev = best.get(c.id);
    if (prev === undefined || relevance > prev.relevance)
      best.set(c.id, { concept: c, relevance, nextTo: { id: seed, label, relation } });
  };
  for (const [id, w] of seeds) {
    const parent = getConcept(id)?.parent ?? null;
    for (const child of kids.get(id) ?? []) offer(child, id, w, "child");
    if (parent === null || depth(parent) <= 1) continue;
    for (const sib of kids.get(parent) ?? []) {
      offer(sib, id, w, "sibling");
      for (const nephew of kids.get(sib.id) ?? []) offer(nephew, id, w, "nephew");
    }
  }
  return [...best.values()].sort((a, b) => a.concept.id.localeCompare(b.concept.id));
}

/**
 * Suggests topics next to the interests, capped per parent and per grandparent concept. Concepts fully covered (novelty 0) are left out.
 *
 * @example
 * discoverTopics({ interests, network, reading, explore: 0.5, limit: 10, minRelevance: 0.1 });
 */
export function discoverTopics(input: TopicDiscoveryInput): TopicSuggestion[] {
  const all = neighbours(input.interests);
  const count = (m: ReadonlyMap<string, number>, id: string) => m.get(id) ?? 0;
  const withNovelty = all
    .map((n) => ({
      ...n,
      contacts: count(input.network.counts, n.concept.id),
      articles: count(input.reading.counts, n.concept.id),
    }))
    .map((n) => ({
      ...n,
      novelty: topicNovelty(n.contacts, input.network.total, n.articles, input.reading.total),
    }))
    .filter((n) => n.novelty > 0);
  // Capped per parent concept (siblings) and per grandparent (the wider branch).
  const segments = (i: number) => {
    const path = withNovelty[i]?.concept.path ?? [];
    return [path.at(-2) ?? null, path.length >= 3 ? `branch:${path.at(-3)}` : null];
  };
  const ranked = rankPool(
    withNovelty.map((n) => n.relevance),
    withNovelty.map((n) => n.novelty),
    segments,
    input,
  );
  return ranked.items.map((e) => {
    const n = withNovelty[e.index] as (typeof withNovelty)[number];
    return {
      id: n.concept.id,
      label: n.concept.label,
      nextTo: n.nextTo,
      relevance: n.relevance,
      novelty: n.novelty,
      combined: e.combined,
      scoreRank: e.scoreRank,
      forDiversity: e.forDiversity,
      contacts: n.contacts,
      articles: n.articles,
      reason:
        `${n.nextTo.relation} of your interest "${n.nextTo.label}" (relevance ${n.relevance.toFixed(2)}); ` +
        `mentioned by ${n.contacts} of ${input.network.total} contacts and ${n.articles} of ${input.reading.total} stored articles (novelty ${n.novelty.toFixed(2)})${e.forDiversity ? `; picked for diversity (score rank ${e.scoreRank}): its branch already had ${ranked.cap} topics above it` : ""}.`,
    };
  });
}
