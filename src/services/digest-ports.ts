import type { KnownHost } from "../domain/audit/shares.js";
import type {
  CandidateTable,
  DigestCandidate,
  FeedbackAction,
  FeedbackEvent,
  ReadItem,
} from "../domain/digest/index.js";

/** An article waiting for its analysis (or its keep/block word match). */
export interface PendingArticle {
  id: number;
  title: string | null;
  summary: string | null;
  content: string | null;
}

/** One article's analysis as stored (reasons as JSON text). */
export interface AnalysisRow {
  articleId: number;
  modelVersion: string;
  lang: string | null;
  politicalPartisan: number;
  politicalStrict: number;
  partisanReasons: string;
  strictReasons: string;
  private: number;
  privateReasons: string;
  /** JSON array of [conceptId, weight]. */
  topics: string;
  wordsKey: string;
  wordsMatch: { kind: "keep" | "block"; word: string } | null;
}

/** What the digest and the audit read and write; `SqlDigestStore` implements it. */
export interface DigestRepository {
  pendingAnalyses(version: string, since: string, limit: number): Promise<PendingArticle[]>;
  saveAnalyses(rows: AnalysisRow[], at: string): Promise<void>;
  staleWordMatches(wordsKey: string, since: string, limit: number): Promise<PendingArticle[]>;
  saveWordMatches(
    wordsKey: string,
    matches: Array<{ id: number; match: AnalysisRow["wordsMatch"] }>,
  ): Promise<void>;
  /** Ranking data of every analysed article since `since`, in columns (no titles or reasons). */
  candidates(since: string, version: string): Promise<CandidateTable>;
  /** Loads titles, URLs and classifier reasons into the given candidates (the shown ones). */
  loadDetails(candidates: readonly DigestCandidate[]): Promise<void>;
  feedbackEvents(since: string): Promise<FeedbackEvent[]>;
  /** Read or starred articles sorted since `since`, dated by their last read/star event. */
  readItems(since: string): Promise<ReadItem[]>;
  /** Records feedback and sets the article's read/starred/hidden flag; false if no such article. */
  addFeedback(articleId: number, action: FeedbackAction, at: string): Promise<boolean>;
  recordRun(run: {
    at: string;
    since: string;
    articleIds: number[];
    kinds: Record<string, number>;
    sent: boolean;
  }): Promise<void>;
  /** Titles and descriptions of the person's current positions. */
  currentWorkText(): Promise<string>;
  /**
   * The person's own statement in the export: headline, summary, skills and certifications
   * (what the triage's interest profile reads too); the interests when none are configured.
   */
  profileText(): Promise<string>;
  shares(): Promise<Array<{ at: string; url: string | null }>>;
  knownHosts(): Promise<KnownHost[]>;
  /** Sum of what the digests offered per source kind (since an ISO time, or all). */
  offeredKinds(since?: string): Promise<Record<string, number>>;
}
