/**
 * The digest's own view of an article: what the store knows about it plus its cached analysis.
 * Everything here is plain data, so ranking and selection stay pure and testable.
 */

/** Whose content a source carries (the feeds' `kind`). */
export type SourceKind = "own-blog" | "own-employer" | "other-company" | "media" | "person";

/** A sparse topic vector: concept id → weight (≥ 0). */
export type TopicVector = ReadonlyMap<string, number>;

/** One word that moved a classifier, signed (> 0 pushes towards the label). */
export interface WordReason {
  term: string;
  weight: number;
}

/** The two politics levels of the text model. */
export type PoliticsLevel = "partisan" | "strict";

/** The cached analysis of one article (computed once per article and model version). */
export interface CandidateAnalysis {
  /** Probability that the article is political, per level (0–1). */
  political: Readonly<Record<PoliticsLevel, number>>;
  /** The person's keep/block word that decided, if any. Blocks win over keeps. */
  wordOverride: { kind: "keep" | "block"; word: string } | null;
  /** Probability that the article is about private life (0–1). */
  private: number;
  /** The article's topics (the heaviest concepts, ancestors included). */
  topics: TopicVector;
  /** Lazily parsed reasons: only hidden items that are shown need them. */
  politicalReasons(level: PoliticsLevel): WordReason[];
  privateReasons(): WordReason[];
}

/** A stored article as a digest candidate. */
export interface DigestCandidate {
  id: number;
  title: string;
  url: string | null;
  /** Stable source id (the feed id as text; `"none"` for articles whose feed was removed). */
  sourceId: string;
  sourceTitle: string;
  kind: SourceKind | null;
  orgKey: string | null;
  /** ISO time the article sorts at (published, else updated, else fetched). */
  publishedAt: string;
  read: boolean;
  starred: boolean;
  hidden: boolean;
  analysis: CandidateAnalysis;
}

/** The factors of one candidate's score, kept so every rank can be explained. */
export interface ScoreParts {
  relevance: number;
  novelty: number;
  freshness: number;
  quality: number;
  taste: number;
  /** Soft politics penalty P (1 = none; 0.5 just below the filter threshold). */
  penalty: number;
  score: number;
  /** Hierarchy-based closeness to the interests without being one (0–1). */
  adjacency: number;
  /** Share of the topic mass that is an interest itself (0–1). */
  coreShare: number;
  /** Share of the topic mass that is the current work (the interests when no work is named). */
  workShare: number;
  /** Eligible for the "beyond your work" slots. */
  beyond: boolean;
  /** Score used in the beyond slots: ρ · (1 − cos(v_a, v_W)) · score, ρ = coreShare + adjacency. */
  beyondScore: number;
}

export interface ScoredCandidate {
  candidate: DigestCandidate;
  parts: ScoreParts;
}

/** One item of a digest, in order. */
export interface DigestItem extends ScoredCandidate {
  /** Picked for the "beyond your work" share. */
  section: "core" | "beyond";
  /** The MMR value it was picked with. */
  mmr: number;
}
