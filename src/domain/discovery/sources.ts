/**
 * Source discovery (issue 5 §4): organisations and websites that stored articles and people
 * candidates point to and that the person does not subscribe to yet. What the store holds is
 * thin: an organisation's name and the people or articles pointing to it; no feed URL is known
 * until `feeds discover` looks at the site.
 */
import { bridgeValue, type SegmentIndex } from "../people/bridge.js";
import type { PersonProfiles } from "../people/profiles.js";
import { RelevanceScorer } from "../people/relevance.js";
import { rankPool } from "./rank.js";
import { type DiscoveryLang, fixed } from "./topics.js";

export interface SourceCandidate {
  key: string;
  kind: "organisation" | "website";
  label: string;
  /** Canonical organisation key (organisations) or null (websites). */
  employerKey: string | null;
  /** Text of what points to it: candidates' titles, article titles. */
  text: string;
  /** In words, in the input's language: "3 candidates work there". */
  evidence: string;
}

export interface SourceSuggestion {
  key: string;
  kind: SourceCandidate["kind"];
  label: string;
  relevance: number;
  novelty: number;
  combined: number;
  scoreRank: number;
  forDiversity: boolean;
  reason: string;
}

export interface SourceDiscoveryInput {
  profiles: PersonProfiles;
  index: SegmentIndex;
  candidates: readonly SourceCandidate[];
  explore: number;
  limit: number;
  minRelevance: number;
  /** Language of the reason (default English). */
  lang?: DiscoveryLang;
}

/**
 * Relevance = the person relevance of `{ company: label, note: text }`; novelty = rarity of the
 * organisation as an employer in the network (1 for a website or an organisation nobody in the
 * network works for). Capped per employer and per kind (organisation, website).
 *
 * @example
 * discoverSources({ profiles, index, candidates, explore: 0.5, limit: 10, minRelevance: 0.1 });
 */
export function discoverSources(input: SourceDiscoveryInput): SourceSuggestion[] {
  const scorer = new RelevanceScorer(input.profiles);
  const rel = input.candidates.map(
    (c) => scorer.score({ company: c.label, note: c.text === "" ? null : c.text }).score,
  );
  const nov = input.candidates.map((c) =>
    c.employerKey === null
      ? 1
      : bridgeValue(input.index, { function: null, industry: null, employer: c.employerKey }, false)
          .score,
  );
  const segments = (i: number) => {
    const c = input.candidates[i];
    return [c?.employerKey == null ? null : `employer:${c.employerKey}`, `kind:${c?.kind}`];
  };
  return rankPool(rel, nov, segments, input).items.map((e) => {
    const c = input.candidates[e.index] as SourceCandidate;
    const relevance = rel[e.index] as number;
    const novelty = nov[e.index] as number;
    return {
      key: c.key,
      kind: c.kind,
      label: c.label,
      relevance,
      novelty,
      combined: e.combined,
      scoreRank: e.scoreRank,
      forDiversity: e.forDiversity,
      reason: sourceReason(c.evidence, relevance, novelty, input.lang ?? "en"),
    };
  });
}

function sourceReason(evidence: string, relevance: number, novelty: number, lang: DiscoveryLang) {
  const [r, n] = [fixed(relevance, lang), fixed(novelty, lang)];
  if (lang === "de")
    return `${evidence}; Relevanz ${r}, Neuheit ${n} (wie selten sie als Arbeitgeber in deinem Netzwerk ist). Nicht abonniert: such ihren Feed mit \`tellerrand feeds discover\`.`;
  return `${evidence}; relevance ${r}, novelty ${n} (how rare it is as an employer in your network). Not subscribed: look for its feed with \`tellerrand feeds discover\`.`;
}
