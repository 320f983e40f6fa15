/**
 * People discovery (issue 5 §4): candidates from pending invitations, imported lists and
 * article authors, ranked by relevance and novelty with the exploration dial, diversified.
 */
import {
  BRIDGE_WEIGHTS,
  bridgeValue,
  SEGMENT_DIMENSIONS,
  type SegmentIndex,
  type Segments,
} from "../people/bridge.js";
import type { PersonProfiles } from "../people/profiles.js";
import { RelevanceScorer } from "../people/relevance.js";
import { isNaceSection, NACE_SECTIONS } from "../taxonomy.js";
import { COVERAGE_WEIGHTS, CoverageGain } from "./coverage.js";
import { personReason } from "./people-reason.js";
import { type RankedList, rankPool } from "./rank.js";
import { conceptLabel, type DiscoveryLang } from "./topics.js";

export const CANDIDATE_SOURCES = ["invitation", "imported", "article-author"] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

/** Someone the person might connect with. */
export interface PersonCandidate {
  /** Stable key, unique in the pool (e.g. `imported:12`). */
  key: string;
  source: CandidateSource;
  name: string;
  title: string | null;
  company: string | null;
  url: string | null;
  /** A note they wrote (invitation) or the person wrote (import), or article titles. */
  note: string | null;
  employerKey: string | null;
  /** Job function from the title classifier, or "unknown". */
  function: string;
  /** NACE section letter, where known. */
  industry: string | null;
  /** Where the candidate came from, in words ("attendees.csv", "feed Example Blog"). */
  via: string;
}

/** Novelty = NOVELTY_WEIGHTS.beyondWork · beyondWork + NOVELTY_WEIGHTS.bridge · bridge. */
export const NOVELTY_WEIGHTS = { beyondWork: 0.5, bridge: 0.5 } as const;
export interface PersonSuggestion {
  key: string;
  source: CandidateSource;
  name: string;
  title: string | null;
  company: string | null;
  url: string | null;
  function: string;
  via: string;
  relevance: number;
  beyondWork: number;
  bridge: number;
  novelty: number;
  combined: number;
  /** 1-based rank by combined score at the list's dial. */
  scoreRank: number;
  /** Made the list because better-scored people from a full segment were passed over. */
  forDiversity: boolean;
  shared: string[];
  reason: string;
}

/** The ranked people and how the list was diversified. */
export interface PeopleDiscovery {
  suggestions: PersonSuggestion[];
  ranking: Omit<RankedList, "items">;
}

export interface PeopleDiscoveryInput {
  profiles: PersonProfiles;
  /** Segments of the current network (contacts). */
  index: SegmentIndex;
  candidates: readonly PersonCandidate[];
  explore: number;
  limit: number;
  minRelevance: number;
  /** Language of the reasons and topic labels (default English). */
  lang?: DiscoveryLang;
}

const segmentsOf = (c: PersonCandidate): Segments => ({
  function: c.function === "unknown" ? null : c.function,
  industry: c.industry,
  employer: c.employerKey,
});

/**
 * The segment keys the ranking caps, one per dimension (null where unknown).
 *
 * @example
 * segmentKeys({ function: "Sales", industry: null, employer: "acme" });
 * // ["function:Sales", null, "employer:acme"]
 */
export function segmentKeys(s: Segments): Array<string | null> {
  return SEGMENT_DIMENSIONS.map((d) => (s[d] === null ? null : `${d}:${s[d]}`));
}

/**
 * `novelty = 0.5 · beyondWork + 0.5 · bridge`: far from the current work and from segments the
 * network already covers.
 *
 * @example
 * personNovelty(0.8, 0.4); // 0.6
 */
export function personNovelty(beyondWork: number, bridge: number): number {
  return NOVELTY_WEIGHTS.beyondWork * beyondWork + NOVELTY_WEIGHTS.bridge * bridge;
}

/**
 * The bridge value of an outsider (`member = false`) from per-dimension rarities, each computed
 * once per distinct value: `Σ_d w_d · rarity_d / Σ_d w_d` over the known dimensions, as
 * {@link bridgeValue}.
 */
function rarityLookup(
  index: SegmentIndex,
): (fn: string | null, industry: string | null, employer: string | null) => number {
  const memo = {
    function: new Map<string, number>(),
    industry: new Map<string, number>(),
    employer: new Map<string, number>(),
  };
  const rarity = (d: (typeof SEGMENT_DIMENSIONS)[number], key: string) => {
    let r = memo[d].get(key);
    if (r === undefined) {
      const one = { function: null, industry: null, employer: null, [d]: key } as Segments;
      r = bridgeValue(index, one, false).score;
      memo[d].set(key, r);
    }
    return r;
  };
  const w = BRIDGE_WEIGHTS;
  return (fn, industry, employer) => {
    let sum = 0;
    let weights = 0;
    if (fn !== null) {
      sum += w.function * rarity("function", fn);
      weights += w.function;
    }
    if (industry !== null) {
      sum += w.industry * rarity("industry", industry);
      weights += w.industry;
    }
    if (employer !== null) {
      sum += w.employer * rarity("employer", employer);
      weights += w.employer;
    }
    return weights === 0 ? 0 : sum / weights;
  };
}

/** A function's cap shrinks by `y · limit · share of the network in it`. */
export const NETWORK_SHARE_CAP = 1;

/**
 * Per-function cap relative to the network: `cap − ⌊NETWORK_SHARE_CAP · y · limit · share_F⌋`,
 * so a list at a raised dial leans to functions the network holds few of (what raises its
 * effective number of functions).
 *
 * @example
 * networkShareCap(index, 20)("function:Sales", 5, 0.5); // 5 − ⌊10 · share of Sales⌋
 */
export function networkShareCap(
  index: SegmentIndex,
  limit: number,
): (key: string, cap: number, y: number) => number {
  const total = index.known.function;
  return (key, cap, y) => {
    if (!key.startsWith("function:") || total === 0) return cap;
    const share = (index.counts.function.get(key.slice("function:".length)) ?? 0) / total;
    return cap - Math.floor(NETWORK_SHARE_CAP * y * limit * share);
  };
}

/**
 * Ranks people candidates. Relevance and `beyondWork` come from the triage's
 * {@link RelevanceScorer} (title, company, industry, note), the bridge value from the network's
 * segment counts with `member = false`; the list is {@link rankPool}'s, capped per function,
 * industry and employer.
 *
 * @example
 * discoverPeople({ profiles, index, candidates, explore: 0.5, limit: 20, minRelevance: 0.2 });
 */
export function discoverPeople(input: PeopleDiscoveryInput): PeopleDiscovery {
  const scorer = new RelevanceScorer(input.profiles);
  const lang = input.lang ?? "en";
  const n = input.candidates.length;
  const relevance = new Float64Array(n);
  const novelty = new Float64Array(n);
  const beyond = new Float64Array(n);
  const bridges = new Float64Array(n);
  // Segments on demand: a million small objects would cost more than the scoring.
  const seg = (i: number) => segmentsOf(input.candidates[i] as PersonCandidate);
  const rarity = rarityLookup(input.index);
  // The function as a small integer: the pool keeps the best `limit` of each function.
  const functionIds = new Map<string, number>();
  const primary = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = input.candidates[i] as PersonCandidate;
    let f = functionIds.get(c.function) ?? -1;
    if (f < 0) {
      f = functionIds.size;
      functionIds.set(c.function, f);
    }
    primary[i] = f;
    const industry = c.industry !== null && isNaceSection(c.industry) ? c.industry : null;
    relevance[i] = scorer.quickParts(
      c.title,
      c.company,
      industry === null ? null : NACE_SECTIONS[industry],
      c.note,
    );
    const b = rarity(c.function === "unknown" ? null : c.function, c.industry, c.employerKey);
    beyond[i] = 1 - scorer.lastCurrentWork;
    bridges[i] = b;
    novelty[i] = personNovelty(1 - scorer.lastCurrentWork, b);
  }
  // "unknown" is capped like a function: else a list can fill with people of no known function.
  const capKeys = (i: number) => {
    const c = input.candidates[i] as PersonCandidate;
    return segmentKeys({ function: c.function, industry: c.industry, employer: c.employerKey });
  };
  const { items, ...ranking } = rankPool(
    relevance,
    novelty,
    capKeys,
    {
      ...input,
      segmentCapOf: networkShareCap(input.index, input.limit),
      coverage: {
        start: () =>
          new CoverageGain(
            [input.index.counts.function, input.index.counts.industry],
            [COVERAGE_WEIGHTS.function, COVERAGE_WEIGHTS.industry],
          ),
        categoriesOf: (i) => {
          const c = input.candidates[i] as PersonCandidate;
          return [c.function === "unknown" ? null : c.function, c.industry];
        },
      },
    },
    primary,
  );
  const suggestions = items.map((e) => {
    const c = input.candidates[e.index] as PersonCandidate;
    const r = scorer.score({
      title: c.title,
      company: c.company,
      industry: c.industry !== null && isNaceSection(c.industry) ? NACE_SECTIONS[c.industry] : null,
      note: c.note,
    });
    const s = {
      key: c.key,
      source: c.source,
      name: c.name,
      title: c.title,
      company: c.company,
      url: c.url,
      function: c.function,
      via: c.via,
      relevance: r.score,
      beyondWork: beyond[e.index] as number,
      bridge: bridges[e.index] as number,
      novelty: novelty[e.index] as number,
      combined: e.combined,
      scoreRank: e.scoreRank,
      forDiversity: e.forDiversity,
      shared: r.sharedIds.map((id) => conceptLabel(id, lang)),
    };
    return { ...s, reason: personReason(c, s, seg(e.index), ranking, lang) };
  });
  return { suggestions, ranking };
}
