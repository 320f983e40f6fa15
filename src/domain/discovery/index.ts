/**
 * Discovery (issue 5 §4): people, topics and sources beyond the current work, ranked by
 * relevance and novelty with an exploration dial within a relevance budget, diversified by
 * per-segment caps and, for people, by how much each pick widens the network. Pure; formulas in
 * docs/discovery.md.
 */

export { COVERAGE_WEIGHTS, CoverageGain } from "./coverage.js";
export { type CompositionEffect, compositionEffect } from "./effect.js";
export {
  authorOrganisation,
  discoverOrgs,
  ORG_PRIOR,
  ORG_TOPICS,
  type OrgArticle,
  type OrgCandidate,
  type OrgDiscoveryInput,
  type OrgSuggestion,
  orgArticle,
  orgReason,
  orgScores,
} from "./orgs.js";
export {
  CANDIDATE_SOURCES,
  type CandidateSource,
  discoverPeople,
  NOVELTY_WEIGHTS,
  type PeopleDiscovery,
  type PeopleDiscoveryInput,
  type PersonCandidate,
  type PersonSuggestion,
  personNovelty,
  segmentKeys,
} from "./people.js";
export {
  COVERAGE_SCALE,
  combinedScore,
  DEFAULT_EXPLORE,
  DIAL_STEP,
  quantizeDial,
  type RankedIndex,
  type RankedList,
  type RankOptions,
  RELEVANCE_BUDGET,
  rankPool,
  type SegmentsOf,
  segmentCap,
  topK,
} from "./rank.js";
export {
  discoverSources,
  type SourceCandidate,
  type SourceDiscoveryInput,
  type SourceSuggestion,
} from "./sources.js";
export {
  COVERED_SHARE,
  conceptLabel,
  DISCOVERY_LANGS,
  type DiscoveryLang,
  discoverTopics,
  fixed,
  PROXIMITY,
  type TopicDiscoveryInput,
  type TopicSuggestion,
  topicNovelty,
} from "./topics.js";
