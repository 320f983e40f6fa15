/** The daily digest: scoring, filters, diversified selection, feedback and rendering (pure). */
export {
  type DigestPlan,
  type HiddenItem,
  type PlanOptions,
  planDigest,
  planTable,
} from "./build.js";
export {
  emptyFeedback,
  FEEDBACK_ACTIONS,
  type FeedbackAction,
  type FeedbackEvent,
  type FeedbackModel,
  isFeedbackAction,
  learnFeedback,
  type ReadItem,
  sourceQuality,
  taste,
} from "./feedback.js";
export {
  describeHidden,
  type FilterOptions,
  type HiddenReason,
  hiddenKind,
  hiddenKindAt,
  hiddenReason,
} from "./filter.js";
export { conceptClasses, hierarchyClassifier, type TopicClass } from "./hierarchy.js";
export {
  type DigestFormat,
  type DigestView,
  type DigestViewItem,
  renderDigest,
} from "./render.js";
export {
  BEYOND_MAX_CORE_SHARE,
  BEYOND_MAX_WORK_SIMILARITY,
  BEYOND_MIN_ADJACENCY,
  BEYOND_MIN_RELATEDNESS,
  FRESHNESS_SPAN,
  NOVELTY_SPAN,
  POLITICAL_SOFT_FROM,
  POLITICAL_SOFT_PENALTY,
  partsAt,
  politicalPenalty,
  type RankingContext,
  RELEVANCE_FLOOR,
  type ScoreColumns,
  scoreCandidates,
  scoredAt,
  scoreTable,
  topicClassifier,
} from "./score.js";
export {
  type CapSubject,
  isOwnEmployer,
  MMR_LAMBDA,
  type SelectOptions,
  SHORTLIST_PER_SLOT,
  SOURCE_REPEAT_PENALTY,
  selectDigest,
  selectRanked,
  shortlist,
} from "./select.js";
export {
  allocateTable,
  type CandidateTable,
  candidateAt,
  FLAG_BLOCK,
  FLAG_HIDDEN,
  FLAG_KEEP,
  FLAG_READ,
  FLAG_STARRED,
  type Reasons,
  type SourceInfo,
  tableOf,
} from "./table.js";
export type * from "./types.js";
export { cosine, norm } from "./vectors.js";
