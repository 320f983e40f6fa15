/**
 * People scoring (issue 5): the person's two profiles, relevance, bridge value, tie strength,
 * triage placement and invitation advice. Pure; formulas in each module's TSDoc and in
 * docs/triage.md. Discovery reuses `personVectors`, `relevanceOf`, `buildSegmentIndex` and
 * `bridgeValue` (with `member = false` for people outside the network).
 */
export {
  BRIDGE_WEIGHTS,
  type BridgePart,
  type BridgeValue,
  bridgeValue,
  buildSegmentIndex,
  rarity,
  SEGMENT_DIMENSIONS,
  type SegmentDimension,
  type SegmentIndex,
  type Segments,
} from "./bridge.js";
export {
  ADVICE,
  type Advice,
  adviseInvitations,
  type HorizonEffect,
  type InvitationAdvice,
  type InvitationContext,
  type PendingInvitation,
} from "./invitations.js";
export {
  CATEGORIES,
  type Category,
  DEFAULT_PLACEMENT_THRESHOLDS,
  isInteracting,
  isQuiet,
  MARKS,
  type Mark,
  type Placement,
  type PlacementInput,
  type PlacementThresholds,
  placeCategory,
  placeContact,
  placementReason,
  type ReasonMemo,
  reasonMemo,
} from "./placement.js";
export {
  buildPersonProfiles,
  CURRENT_WORK_WEIGHTS,
  EMPTY_PROFILE_SOURCES,
  INTEREST_WEIGHTS,
  type PersonProfiles,
  type ProfileSources,
  type ProfileVectors,
  topConcepts,
} from "./profiles.js";
export {
  PERSON_TEXT_WEIGHTS,
  type PersonPart,
  type PersonText,
  type PersonVectors,
  partSimilarity,
  personVectors,
  type Relevance,
  RelevanceScorer,
  relevanceOf,
  TERM_SHARE,
} from "./relevance.js";
export {
  AGE_FULL_YEARS,
  DEFAULT_TIE_PARAMS,
  daysBetween,
  ENDORSEMENTS_FULL,
  type Interaction,
  isoMs,
  TIE_WEIGHTS,
  type TieGrade,
  type TieParams,
  type TieStrength,
  tieStrength,
} from "./tie.js";
export {
  DEFAULT_TRIAGE_THRESHOLDS,
  industryText,
  segmentsOf,
  type TriageContact,
  type TriageEntry,
  type TriageInput,
  type TriageResult,
  type TriageThresholds,
  triageContacts,
} from "./triage.js";
export { cosine, type NormedVector, normed, TextVectorCache, type TextVectors } from "./vectors.js";
