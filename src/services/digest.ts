/**
 * The digest use case: analyse new articles once (cached per model version, in
 * `digest/analyzer.ts`), load candidates, learn from feedback, plan the digest (pure domain) and
 * turn it into a view for rendering.
 */
import {
  type DigestCandidate,
  type DigestPlan,
  type DigestView,
  describeHidden,
  hiddenReason,
  learnFeedback,
  type PoliticsLevel,
  planTable,
  type RankingContext,
} from "../domain/digest/index.js";
import { conceptVector, findConcepts, getConcept } from "../text/topics/index.js";
import type { ArticleAnalyzer } from "./digest/analyzer.js";
import type { DigestRepository } from "./digest-ports.js";

export {
  ANALYSED_BODY_CHARS,
  type ArticleAnalyzer,
  analysisText,
  createArticleAnalyzer,
  ensureAnalyses,
  TOPICS_PER_ARTICLE,
  type WordLists,
  wordsKey,
} from "./digest/analyzer.js";
export type {
  AnalysisRow,
  DigestRepository,
  PendingArticle,
} from "./digest-ports.js";

/** What one digest is asked for. */
export interface DigestRequest {
  now: Date;
  /** ISO time: candidates are articles sorted at or after it. */
  since: string;
  limit: number;
  /** How many hidden items to list with their reason (0: none). */
  showHidden: number;
  settings: {
    ownEmployerCap: number;
    beyondShare: number;
    perSourceCap: number;
    perOrgCap: number;
    freshnessHalfLifeHours: number;
  };
  strictness: PoliticsLevel;
  /** Free-text interests (any language). */
  interests: string;
  /** Canonical keys of the current employers. */
  ownEmployerKeys: readonly string[];
  /** MMR λ and source-repeat σ (defaults in domain/digest/select.ts; the evaluation varies them). */
  tuning?: { lambda?: number; sourceRepeatPenalty?: number; softPoliticsPenalty?: boolean };
}

/** How far back feedback and reading history count (their weight halves every 90 days anyway). */
const HISTORY_DAYS = 365;

/**
 * The ranking context: interests, current work (its vector and the concepts it names, which
 * "beyond your work" is measured against), feedback, topic hierarchy.
 *
 * @example
 * const ctx = await rankingContext(store, request);
 * ctx.workConcepts; // ["machine-learning"] for a "Machine learning engineer"
 */
export async function rankingContext(
  repo: DigestRepository,
  req: DigestRequest,
): Promise<RankingContext> {
  const historySince = new Date(req.now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
  const configured = req.interests.trim() !== "";
  const [events, readItems, workText, profileText] = await Promise.all([
    repo.feedbackEvents(historySince),
    repo.readItems(historySince),
    repo.currentWorkText(),
    configured ? Promise.resolve("") : repo.profileText(),
  ]);
  // No interests configured: the export's headline, summary and skills stand in, as in the
  // triage; only with neither is every article equally relevant.
  const interests = configured ? req.interests : profileText;
  return {
    now: req.now,
    interests: conceptVector(interests),
    interestConcepts: [...new Set(findConcepts(interests).map((m) => m.conceptId))],
    work: conceptVector(workText),
    workConcepts: [...new Set(findConcepts(workText).map((m) => m.conceptId))],
    feedback: learnFeedback(events, readItems, req.now),
    pathOf: (id) => getConcept(id)?.path,
    freshnessHalfLifeHours: req.settings.freshnessHalfLifeHours,
  };
}

/**
 * Plans a digest over the stored, analysed articles (call {@link ensureAnalyses} first).
 *
 * @example
 * const { plan, view } = await buildDigest(store, analyzer, request);
 * renderDigest(view, "text");
 */
export async function buildDigest(
  repo: DigestRepository,
  analyzer: Pick<ArticleAnalyzer, "version" | "politicalThreshold">,
  req: DigestRequest,
): Promise<{ plan: DigestPlan; view: DigestView }> {
  const filter = {
    strictness: req.strictness,
    politicalThreshold: analyzer.politicalThreshold(req.strictness),
    privateThreshold: 0.5,
  };
  const [table, ctx] = await Promise.all([
    repo.candidates(req.since, analyzer.version),
    rankingContext(repo, req),
  ]);
  if (req.tuning?.softPoliticsPenalty !== false) {
    ctx.politics = { strictness: req.strictness, threshold: filter.politicalThreshold };
  }
  const plan = planTable(table, ctx, {
    filter,
    select: {
      limit: req.limit,
      perSourceCap: req.settings.perSourceCap,
      perOrgCap: req.settings.perOrgCap,
      ownEmployerCap: req.settings.ownEmployerCap,
      beyondShare: req.settings.beyondShare,
      ownEmployerKeys: new Set(req.ownEmployerKeys),
      lambda: req.tuning?.lambda,
      sourceRepeatPenalty: req.tuning?.sourceRepeatPenalty,
    },
    showHidden: req.showHidden,
  });
  await repo.loadDetails([
    ...plan.items.map((i) => i.candidate),
    ...plan.hidden.map((h) => h.candidate),
  ]);
  // The reasons' words are known only now that the details are loaded.
  plan.hidden = plan.hidden.map((h) => ({
    ...h,
    reason: hiddenReason(h.candidate, filter) ?? h.reason,
  }));
  return { plan, view: toView(plan, req) };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function topicLabels(c: DigestCandidate): string[] {
  return [...c.analysis.topics.keys()].slice(0, 3).map((id) => getConcept(id)?.label.en ?? id);
}

/** The plan as the person sees it (labels, rounded factors, reasons as text). */
export function toView(plan: DigestPlan, req: Pick<DigestRequest, "now" | "since">): DigestView {
  return {
    generatedAt: req.now.toISOString(),
    since: req.since,
    items: plan.items.map(({ candidate: c, parts: p, section }) => ({
      id: c.id,
      title: c.title,
      url: c.url,
      source: c.sourceTitle,
      kind: c.kind,
      org: c.orgKey,
      publishedAt: c.publishedAt,
      section,
      topics: topicLabels(c),
      why: {
        score: r3(section === "beyond" ? p.beyondScore : p.score),
        relevance: r3(p.relevance),
        novelty: r3(p.novelty),
        freshness: r3(p.freshness),
        quality: r3(p.quality),
        taste: r3(p.taste),
      },
    })),
    hidden: plan.hidden.map(({ candidate: c, reason }) => ({
      id: c.id,
      title: c.title,
      url: c.url,
      source: c.sourceTitle,
      reason: describeHidden(reason),
    })),
    counts: plan.counts,
  };
}

/** Counts of a digest's items per source kind (recorded per run for the sharing audit). */
export function kindCounts(plan: DigestPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of plan.items) {
    const k = i.candidate.kind ?? "other";
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
