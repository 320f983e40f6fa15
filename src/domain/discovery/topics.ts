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

/** Languages the reasons and concept labels of discovery come out in. */
export const DISCOVERY_LANGS = ["en", "de"] as const;
export type DiscoveryLang = (typeof DISCOVERY_LANGS)[number];

/**
 * A concept's label in the language (the vocabulary is bilingual); the id if unknown.
 *
 * @example
 * conceptLabel("open-data", "de"); // the German label of Open Data
 */
export function conceptLabel(id: string, lang: DiscoveryLang): string {
  return getConcept(id)?.label[lang] ?? id;
}

/**
 * A number with fixed decimals as the language writes it ("0,42" in German).
 *
 * @example
 * fixed(0.425, "de"); // "0,43"
 */
export function fixed(x: number, lang: DiscoveryLang, digits = 2): string {
  const s = x.toFixed(digits);
  return lang === "de" ? s.replace(".", ",") : s;
}

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
  /** Language of `nextTo.label` and the reason (default English). */
  lang?: DiscoveryLang;
}

export interface TopicSuggestion {
  id: string;
  label: { en: string; de: string };
  /** The interest concept it is next to (label in the input's language), and how. */
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
function neighbours(interests: ReadonlyMap<string, number>, lang: DiscoveryLang): Neighbour[] {
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
    const label = conceptLabel(seed, lang);
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
 * Suggests topics next to the interests, capped per parent and per grandparent concept.
 * Concepts fully covered (novelty 0) are left out. Labels and reasons in `input.lang`.
 *
 * @example
 * discoverTopics({ interests, network, reading, explore: 0.5, limit: 10, minRelevance: 0.1 });
 */
export function discoverTopics(input: TopicDiscoveryInput): TopicSuggestion[] {
  const lang = input.lang ?? "en";
  const all = neighbours(input.interests, lang);
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
      reason: topicReason(n, e, { ...input, lang, cap: ranked.cap }),
    };
  });
}

const RELATION_DE = {
  child: "Unterthema",
  sibling: "Nachbarthema",
  nephew: "Unterthema eines Nachbarthemas",
} as const;

/** The reason in words, in English or German, with the numbers behind it. */
function topicReason(
  n: Pick<Neighbour, "nextTo" | "relevance"> & {
    contacts: number;
    articles: number;
    novelty: number;
  },
  e: { forDiversity: boolean; scoreRank: number },
  c: { lang: DiscoveryLang; cap: number; network: { total: number }; reading: { total: number } },
): string {
  const f = (x: number) => fixed(x, c.lang);
  if (c.lang === "de")
    return (
      `${RELATION_DE[n.nextTo.relation]} deines Interesses „${n.nextTo.label}“ (Relevanz ${f(n.relevance)}); ` +
      `genannt von ${n.contacts} von ${c.network.total} Kontakten und ${n.articles} von ${c.reading.total} gespeicherten Artikeln (Neuheit ${f(n.novelty)})` +
      `${e.forDiversity ? `; für die Vielfalt gewählt (Rang ${e.scoreRank} nach Punkten): sein Zweig hatte schon ${c.cap} Themen davor` : ""}.`
    );
  return (
    `${n.nextTo.relation} of your interest "${n.nextTo.label}" (relevance ${f(n.relevance)}); ` +
    `mentioned by ${n.contacts} of ${c.network.total} contacts and ${n.articles} of ${c.reading.total} stored articles (novelty ${f(n.novelty)})` +
    `${e.forDiversity ? `; picked for diversity (score rank ${e.scoreRank}): its branch already had ${c.cap} topics above it` : ""}.`
  );
}
