/**
 * What feedback teaches the ranking. Pure: events in, a model out.
 *
 * Every event weighs `w(e) = base(action) · 2^(−age / FEEDBACK_HALF_LIFE_DAYS)`, so last
 * week's "less like this" counts more than last year's.
 *
 * - **Source quality prior** (Beta–Bernoulli): per source s, `pos_s` and `neg_s` are the sums
 *   of positive (read 0.5, star 2, more 1) and negative (hide 2, less 1) event weights. With the
 *   prior Beta(α₀, β₀), α₀ = β₀ = 2, the posterior mean is `m_s = (α₀ + pos_s)/(α₀ + β₀ + pos_s +
 *   neg_s)`; the score factor is `Q_s = m_s / (α₀/(α₀+β₀)) ∈ (0, 2)`: 1 for an unknown source.
 * - **Taste** (topics): `M = Σ w(e)·v_e` over star and "more" events, `L = Σ w(e)·v_e` over hide
 *   and "less" events (v_e the article's topic vector); the factor of an article a is
 *   `T(a) = exp(γ · (cos(v_a, M) − cos(v_a, L)))`, γ = 1, so T ∈ [1/e, e].
 * - **Read centroid**: `R = Σ w(i)·v_i` over read and starred articles (the article flags, each
 *   dated by its last read/star event), decayed like events; novelty uses cos(v_a, R).
 *
 * Feedback never touches the politics filter: that stays the person's explicit setting.
 */
import type { TopicVector } from "./types.js";
import { addScaled, cosine, norm } from "./vectors.js";

export const FEEDBACK_ACTIONS = ["read", "star", "hide", "less", "more"] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

export function isFeedbackAction(value: string): value is FeedbackAction {
  return (FEEDBACK_ACTIONS as readonly string[]).includes(value);
}

/** One feedback event with what the ranking needs of its article. */
export interface FeedbackEvent {
  action: FeedbackAction;
  /** ISO time. */
  at: string;
  sourceId: string;
  topics: TopicVector;
}

/** An article the person read or starred (from the article flags), with when. */
export interface ReadItem {
  at: string;
  topics: TopicVector;
}

export const FEEDBACK_HALF_LIFE_DAYS = 90;
export const PRIOR_ALPHA = 2;
export const PRIOR_BETA = 2;
export const TASTE_GAMMA = 1;

const SOURCE_WEIGHT: Record<FeedbackAction, { pos: number; neg: number }> = {
  read: { pos: 0.5, neg: 0 },
  star: { pos: 2, neg: 0 },
  more: { pos: 1, neg: 0 },
  hide: { pos: 0, neg: 2 },
  less: { pos: 0, neg: 1 },
};

/** The learnt model; build with {@link learnFeedback}. */
export interface FeedbackModel {
  /** Source id → `{ pos, neg }` evidence. */
  readonly sources: ReadonlyMap<string, { pos: number; neg: number }>;
  readonly more: TopicVector;
  readonly less: TopicVector;
  readonly read: TopicVector;
  readonly moreNorm: number;
  readonly lessNorm: number;
  readonly readNorm: number;
}

function decay(at: string, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - Date.parse(at)) / 86_400_000);
  return Number.isFinite(ageDays) ? 2 ** (-ageDays / FEEDBACK_HALF_LIFE_DAYS) : 1;
}

/**
 * Learns source priors, taste vectors and the read centroid from events and read items.
 *
 * @example
 * const model = learnFeedback([{ action: "hide", at: now.toISOString(), sourceId: "3", topics }], [], now);
 * sourceQuality(model, "3") < 1; // true
 */
export function learnFeedback(
  events: readonly FeedbackEvent[],
  readItems: readonly ReadItem[],
  now: Date,
): FeedbackModel {
  const sources = new Map<string, { pos: number; neg: number }>();
  const more = new Map<string, number>();
  const less = new Map<string, number>();
  const read = new Map<string, number>();
  for (const e of events) {
    const w = decay(e.at, now);
    const base = SOURCE_WEIGHT[e.action];
    const s = sources.get(e.sourceId) ?? { pos: 0, neg: 0 };
    s.pos += w * base.pos;
    s.neg += w * base.neg;
    sources.set(e.sourceId, s);
    if (e.action === "star" || e.action === "more") addScaled(more, e.topics, w);
    if (e.action === "hide" || e.action === "less") addScaled(less, e.topics, w);
  }
  for (const r of readItems) addScaled(read, r.topics, decay(r.at, now));
  return {
    sources,
    more,
    less,
    read,
    moreNorm: norm(more),
    lessNorm: norm(less),
    readNorm: norm(read),
  };
}

/** A model that knows nothing: every factor is neutral. */
export function emptyFeedback(): FeedbackModel {
  return learnFeedback([], [], new Date(0));
}

/**
 * `Q_s`: the source's posterior mean over the prior mean (1 = no evidence).
 * @example sourceQuality(emptyFeedback(), "any") // 1
 */
export function sourceQuality(model: FeedbackModel, sourceId: string): number {
  const s = model.sources.get(sourceId);
  if (s === undefined) return 1;
  const mean = (PRIOR_ALPHA + s.pos) / (PRIOR_ALPHA + PRIOR_BETA + s.pos + s.neg);
  return mean / (PRIOR_ALPHA / (PRIOR_ALPHA + PRIOR_BETA));
}

/**
 * `T(a) = exp(γ·(cos(v_a, M) − cos(v_a, L)))`.
 * @example taste(emptyFeedback(), new Map([["ux", 1]]), 1) // 1
 */
export function taste(model: FeedbackModel, topics: TopicVector, topicNorm: number): number {
  const up = cosine(topics, model.more, topicNorm, model.moreNorm);
  const down = cosine(topics, model.less, topicNorm, model.lessNorm);
  return Math.exp(TASTE_GAMMA * (up - down));
}
