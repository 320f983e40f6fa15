/**
 * The digest score of one article a (all factors documented in docs/digest.md):
 *
 * `score(a) = (ε + r(a)) · N(a) · F(a) · Q(s(a)) · T(a) · P(a)`
 *
 * Relevance dominates: novelty, freshness and the politics penalty are bounded factors (N in
 * [0.9, 1.1], F in [0.8, 1.2], P in [0.5, 1]) that reorder articles of similar relevance but
 * cannot lift an off-topic article above a relevant one; Q and T move only with the person's own
 * feedback. ν is 0.1, not 0.2: distance from the work is what the beyond slots are chosen by, and
 * with N in [0.8, 1.2] an article of r = 0.45 away from the work outranked one of r = 0.65 about
 * it (0.5 · 1.2 > 0.7 · 0.8) in the core slots too.
 *
 * - relevance `r(a) = cos(v_a, v_I)`: concept vectors (language-independent) of the article and
 *   of the person's interests; r = 1 for every article when no interests are configured.
 *   ε = {@link RELEVANCE_FLOOR} keeps off-topic articles ordered by the other factors.
 * - novelty `N(a) = 1 + ν − 2ν · max(cos(v_a, v_W), cos(v_a, R))`, ν = {@link NOVELTY_SPAN}:
 *   v_W the current work (titles and descriptions of current positions), R the decayed centroid
 *   of what was read and starred.
 * - freshness `F(a) = 1 − φ + 2φ · 2^(−age_h / h)`, φ = {@link FRESHNESS_SPAN}, h the half-life
 *   in hours (default 36).
 * - source quality `Q` and taste `T` from feedback (feedback.ts).
 * - politics penalty `P(a) = 1 − π · clamp((p(a) − p₀) / (θ − p₀), 0, 1)`, p the political
 *   probability at the person's strictness, θ its filter threshold, p₀ = {@link POLITICAL_SOFT_FROM},
 *   π = {@link POLITICAL_SOFT_PENALTY}: borderline articles rank lower; the filter (p ≥ θ) itself
 *   stays the person's setting.
 *
 * "Beyond your work" (PRODUCT.md: things that relate to the interests but not to the current
 * work). Each article topic t (depth ≥ 2) is classified against a concept list C by the
 * hierarchy: *in C* when t ∈ C or some c ∈ C is an ancestor of t; ignored when t is a broader
 * label of some c; otherwise `A_C(t) = 1` when t shares a non-root ancestor with some c (a sibling
 * or cousin), `0.5` when it only shares the top-level group, else 0. With weights w_t over the
 * non-ignored topics: `share_C = Σ_{t in C} w_t / Σ w_t`, `adj_C = Σ w_t A_C(t) / Σ w_t`.
 * - I = the concepts the interests name: `coreShare = share_I`, `adjacency = adj_I`, and the
 *   relatedness to the interests `ρ = coreShare + adjacency` ∈ [0, 1].
 * - W = the concepts the current work names (titles and descriptions of current positions);
 *   without any, the reference is I itself, so "beyond" falls back to adjacent topics.
 * An article is *beyond* when `share_W < BEYOND_MAX_CORE_SHARE` (mostly not the work),
 * `cos(v_a, v_W) < BEYOND_MAX_WORK_SIMILARITY` and `ρ ≥ BEYOND_MIN_RELATEDNESS`; its beyond score is
 * `ρ · (1 − cos(v_a, v_W)) · score(a)`: the most interest-relevant articles far from the work.
 */
import { type FeedbackModel, sourceQuality, TASTE_GAMMA, taste } from "./feedback.js";
import { conceptClasses, hierarchyClassifier, type TopicClass } from "./hierarchy.js";
import { type CandidateTable, candidateAt, tableOf } from "./table.js";
import type {
  DigestCandidate,
  PoliticsLevel,
  ScoredCandidate,
  ScoreParts,
  TopicVector,
} from "./types.js";
import { norm } from "./vectors.js";

export const RELEVANCE_FLOOR = 0.05;
export const NOVELTY_SPAN = 0.1;
export const FRESHNESS_SPAN = 0.2;
export const POLITICAL_SOFT_FROM = 0.3;
export const POLITICAL_SOFT_PENALTY = 0.5;
export const BEYOND_MAX_CORE_SHARE = 0.34;
/** Minimum relatedness ρ to the interests of a beyond article. */
export const BEYOND_MIN_RELATEDNESS = 0.3;
/** @deprecated The old name of {@link BEYOND_MIN_RELATEDNESS} (same value). */
export const BEYOND_MIN_ADJACENCY = BEYOND_MIN_RELATEDNESS;
export const BEYOND_MAX_WORK_SIMILARITY = 0.5;

/** What the score of every article is measured against. */
export interface RankingContext {
  now: Date;
  /** Concept vector of the interests (ancestors included). */
  interests: TopicVector;
  /** The concepts the interests name directly (no propagated ancestors). */
  interestConcepts: readonly string[];
  /** Concept vector of the current work. */
  work: TopicVector;
  /**
   * The concepts the current work names directly: "beyond your work" is measured against them.
   * Absent or empty: against the interests (beyond = adjacent topics).
   */
  workConcepts?: readonly string[];
  feedback: FeedbackModel;
  /** Path from the top-level group down to a concept (the topic hierarchy). */
  pathOf(conceptId: string): readonly string[] | undefined;
  freshnessHalfLifeHours: number;
  /** The person's strictness and its filter threshold, for the soft politics penalty. */
  politics?: { strictness: PoliticsLevel; threshold: number };
}

/**
 * Classifies topics against the interests (see {@link hierarchyClassifier}).
 *
 * @example
 * topicClassifier(ctx)("ml"); // { kind: "core" } when ml is an interest
 */
export function topicClassifier(ctx: RankingContext): (topic: string) => TopicClass {
  return hierarchyClassifier(ctx.interestConcepts, ctx.pathOf);
}

/** Every factor of every row of a table, column-wise (see {@link partsAt}). */
export interface ScoreColumns {
  relevance: Float64Array;
  novelty: Float64Array;
  freshness: Float64Array;
  quality: Float64Array;
  taste: Float64Array;
  penalty: Float64Array;
  score: Float64Array;
  adjacency: Float64Array;
  coreShare: Float64Array;
  /** share_W: the topic mass that is the current work (the interests when no work is named). */
  workShare: Float64Array;
  beyond: Uint8Array;
  beyondScore: Float64Array;
}

/** A sparse vector laid out over the table's integer concept ids, with its full norm. */
function dense(v: TopicVector, concepts: CandidateTable["concepts"]): [Float64Array, number] {
  const out = new Float64Array(concepts.length);
  if (v.size > 0) {
    concepts.forEach((c, i) => {
      if (c !== undefined) out[i] = v.get(c) ?? 0;
    });
  }
  return [out, norm(v)];
}

/** Per concept id against the work: 0 ignored, 1 the work, 2 other (the interests if none). */
function workClasses(t: CandidateTable, ctx: RankingContext, interestKind: Uint8Array) {
  const work = ctx.workConcepts ?? [];
  if (work.length === 0) return interestKind;
  return conceptClasses(t, hierarchyClassifier(work, ctx.pathOf))[0];
}

function columns(n: number): ScoreColumns {
  const f = () => new Float64Array(n);
  return {
    relevance: f(),
    novelty: f(),
    freshness: f(),
    quality: f(),
    taste: f(),
    penalty: f(),
    score: f(),
    adjacency: f(),
    coreShare: f(),
    workShare: f(),
    beyond: new Uint8Array(n),
    beyondScore: f(),
  };
}

/** `P(a)` for a political probability p (1 below p₀, down to 1 − π at the threshold θ). */
export function politicalPenalty(p: number, threshold: number): number {
  const span = Math.max(1e-6, threshold - POLITICAL_SOFT_FROM);
  const x = Math.min(1, Math.max(0, (p - POLITICAL_SOFT_FROM) / span));
  return 1 - POLITICAL_SOFT_PENALTY * x;
}

/**
 * Scores every row of a candidate table (no filtering here: see filter.ts): one pass over typed
 * arrays, the interest, work, read and taste vectors laid out densely over the concept ids.
 *
 * @example
 * const cols = scoreTable(table, ctx);
 * cols.score[0]; // (ε + r) · N · F · Q · T · P of row 0
 */
export function scoreTable(t: CandidateTable, ctx: RankingContext): ScoreColumns {
  const out = columns(t.size);
  const [vI, nI] = dense(ctx.interests, t.concepts);
  const [vW, nW] = dense(ctx.work, t.concepts);
  const fb = ctx.feedback;
  const [vR, nR] = dense(fb.read, t.concepts);
  const [vM, nM] = dense(fb.more, t.concepts);
  const [vL, nL] = dense(fb.less, t.concepts);
  const [kind, adjOf] = conceptClasses(t, topicClassifier(ctx));
  const workKind = workClasses(t, ctx, kind);
  const quality = Float64Array.from(t.sources, (s) => sourceQuality(fb, s.id));
  const halfLifeMs = ctx.freshnessHalfLifeHours * 3_600_000;
  const nowMs = ctx.now.getTime();
  const pol = ctx.politics;
  const polCol = pol?.strictness === "strict" ? t.strict : t.partisan;
  const feedbackOrWork = nW > 0 || nR > 0 || nM > 0 || nL > 0;
  const cos = (dot: number, tn: number, vn: number) => (tn === 0 || vn === 0 ? 0 : dot / (tn * vn));
  for (let i = 0; i < t.size; i++) {
    let tn2 = 0,
      dI = 0,
      dW = 0,
      dR = 0,
      dM = 0,
      dL = 0,
      total = 0,
      core = 0,
      adj = 0,
      wTotal = 0,
      wCore = 0;
    for (let k = i * t.slots, end = k + t.slots; k < end; k++) {
      const id = t.topicIds[k] as number;
      if (id < 0) continue;
      const w = t.topicWeights[k] as number;
      tn2 += w * w;
      dI += w * (vI[id] as number);
      // Work, reading and taste vectors are often empty: skip their lookups then.
      if (feedbackOrWork) {
        dW += w * (vW[id] as number);
        dR += w * (vR[id] as number);
        dM += w * (vM[id] as number);
        dL += w * (vL[id] as number);
      }
      const wk = workKind[id] as number;
      if (wk !== 0) wTotal += w;
      if (wk === 1) wCore += w;
      const c = kind[id] as number;
      if (c === 0) continue;
      total += w;
      if (c === 1) core += w;
      else adj += w * (adjOf[id] as number);
    }
    const tn = Math.sqrt(tn2);
    const relevance = nI === 0 ? 1 : cos(dI, tn, nI);
    const workSim = cos(dW, tn, nW);
    const novelty = 1 + NOVELTY_SPAN - 2 * NOVELTY_SPAN * Math.max(workSim, cos(dR, tn, nR));
    const ageMs = Math.max(0, nowMs - (t.publishedMs[i] as number));
    const decay = Number.isFinite(ageMs) ? 2 ** (-ageMs / halfLifeMs) : 0;
    const freshness = 1 - FRESHNESS_SPAN + 2 * FRESHNESS_SPAN * decay;
    const q = quality[t.source[i] as number] as number;
    const tasteFactor = Math.exp(TASTE_GAMMA * (cos(dM, tn, nM) - cos(dL, tn, nL)));
    const penalty = pol === undefined ? 1 : politicalPenalty(polCol[i] as number, pol.threshold);
    const relevant =
      (RELEVANCE_FLOOR + relevance) * novelty * freshness * q * tasteFactor * penalty;
    const coreShare = nI === 0 || total === 0 ? 0 : core / total;
    const adjacency = nI === 0 || total === 0 ? 0 : adj / total;
    const workShare = nI === 0 || wTotal === 0 ? 0 : wCore / wTotal;
    const related = coreShare + adjacency;
    const beyond =
      nI > 0 &&
      workShare < BEYOND_MAX_CORE_SHARE &&
      related >= BEYOND_MIN_RELATEDNESS &&
      workSim < BEYOND_MAX_WORK_SIMILARITY;
    out.relevance[i] = relevance;
    out.novelty[i] = novelty;
    out.freshness[i] = freshness;
    out.quality[i] = q;
    out.taste[i] = tasteFactor;
    out.penalty[i] = penalty;
    out.score[i] = relevant;
    out.adjacency[i] = adjacency;
    out.coreShare[i] = coreShare;
    out.workShare[i] = workShare;
    out.beyond[i] = beyond ? 1 : 0;
    out.beyondScore[i] = beyond ? related * (1 - workSim) * relevant : 0;
  }
  return out;
}

/**
 * Row i's factors as an object (for the few rows that are shown or selected).
 *
 * @example
 * partsAt(scoreTable(table, ctx), 0).relevance;
 */
export function partsAt(cols: ScoreColumns, i: number): ScoreParts {
  return {
    relevance: cols.relevance[i] as number,
    novelty: cols.novelty[i] as number,
    freshness: cols.freshness[i] as number,
    quality: cols.quality[i] as number,
    taste: cols.taste[i] as number,
    penalty: cols.penalty[i] as number,
    score: cols.score[i] as number,
    adjacency: cols.adjacency[i] as number,
    coreShare: cols.coreShare[i] as number,
    workShare: cols.workShare[i] as number,
    beyond: cols.beyond[i] === 1,
    beyondScore: cols.beyondScore[i] as number,
  };
}

/**
 * Scores candidate objects (no filtering here: see filter.ts); the same arithmetic as
 * {@link scoreTable}, which it calls.
 *
 * @example
 * const scored = scoreCandidates(candidates, ctx);
 * scored[0]?.parts.score; // relevance × novelty × freshness × quality × taste × penalty
 */
export function scoreCandidates(
  candidates: readonly DigestCandidate[],
  ctx: RankingContext,
): ScoredCandidate[] {
  const cols = scoreTable(tableOf(candidates), ctx);
  return candidates.map((candidate, i) => ({ candidate, parts: partsAt(cols, i) }));
}

/** Row i of a table with its factors, as a scored candidate object. */
export function scoredAt(t: CandidateTable, cols: ScoreColumns, i: number): ScoredCandidate {
  return { candidate: candidateAt(t, i), parts: partsAt(cols, i) };
}

/** Kept for callers that score one article's taste directly. */
export { taste };
