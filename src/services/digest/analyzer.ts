/**
 * Article analysis for the digest: language, politics, private content and topics, once per
 * article and analysis version; keep/block words matched separately.
 */
import type { PoliticsLevel } from "../../domain/digest/index.js";
import { detectLanguage, loadEld } from "../../text/lang/index.js";
import { loadPoliticsModel, type PoliticsModel, scorePolitics } from "../../text/politics/index.js";
import { matchTermsSlow, parseTerm, type Term } from "../../text/politics/terms.js";
import { scorePrivate } from "../../text/private/index.js";
import { allConcepts, conceptVector, getConcept } from "../../text/topics/index.js";
import type { AnalysisRow, DigestRepository, PendingArticle } from "../digest-ports.js";

/** Topics kept per article: enough for ranking, small enough for 100,000 rows. */
export const TOPICS_PER_ARTICLE = 8;
/** Characters of an article's body that are analysed (title and summary always are). */
export const ANALYSED_BODY_CHARS = 2000;
const BATCH = 500;

/** The person's keep/block words (the politics config). */
export interface WordLists {
  keepWords: readonly string[];
  blockWords: readonly string[];
}

/** Analyses articles for the digest; build once with {@link createArticleAnalyzer}. */
export interface ArticleAnalyzer {
  /** Changes whenever the politics model, private model or topic vocabulary changes. */
  readonly version: string;
  analyze(article: PendingArticle, words: WordLists): AnalysisRow;
  matchWords(article: PendingArticle, words: WordLists): AnalysisRow["wordsMatch"];
  politicalThreshold(level: PoliticsLevel): number;
}

/** The text an article is analysed on: title, summary, the start of the body. */
export function analysisText(a: PendingArticle): string {
  const body = a.content ?? "";
  const summary = a.summary ?? "";
  const parts = [a.title ?? "", body.startsWith(summary.slice(0, 80)) ? "" : summary];
  parts.push(body.slice(0, ANALYSED_BODY_CHARS));
  return parts.filter((p) => p.trim() !== "").join("\n");
}

/** Key of a word list, stored with each word match so a new list re-matches only words. */
export function wordsKey(words: WordLists): string {
  return `k:${words.keepWords.join("\u0001")}|b:${words.blockWords.join("\u0001")}`;
}

function compiled(words: readonly string[]): Term<null>[] {
  return words.map((w) => parseTerm(w, null)).filter((t): t is Term<null> => t !== undefined);
}

/** FNV-1a, hex: a short, stable fingerprint of the model and vocabulary. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * Loads the models (about 0.6 s) and returns the article analyzer.
 *
 * @example
 * const analyzer = await createArticleAnalyzer();
 * analyzer.analyze({ id: 1, title: "Die SPD verliert", summary: null, content: null }, { keepWords: [], blockWords: [] });
 */
export async function createArticleAnalyzer(): Promise<ArticleAnalyzer> {
  await loadEld();
  const model: PoliticsModel = loadPoliticsModel();
  const levels = model.data.levels;
  // Every scalar of the model header (bias, scale, thresholds, training facts): retraining
  // changes them, so the cache key changes; the typed weight arrays are left out for speed.
  const modelKey = JSON.stringify(model.data, (_k, v) => (ArrayBuffer.isView(v) ? undefined : v));
  const vocabKey = allConcepts()
    .map((c) => `${c.id}<${c.parent ?? ""}`)
    .join(",");
  const version = `a1-pol${fingerprint(modelKey)}-top${fingerprint(vocabKey)}`;
  const cache = new Map<string, { keep: Term<null>[]; block: Term<null>[] }>();
  const terms = (words: WordLists) => {
    const key = wordsKey(words);
    let t = cache.get(key);
    if (t === undefined) {
      t = { keep: compiled(words.keepWords), block: compiled(words.blockWords) };
      cache.set(key, t);
    }
    return t;
  };
  const matchWords = (article: PendingArticle, words: WordLists): AnalysisRow["wordsMatch"] => {
    const text = analysisText(article);
    const t = terms(words);
    const block = matchTermsSlow(text, t.block)[0];
    if (block !== undefined) return { kind: "block", word: block.pattern };
    const keep = matchTermsSlow(text, t.keep)[0];
    return keep === undefined ? null : { kind: "keep", word: keep.pattern };
  };
  return {
    version,
    matchWords,
    politicalThreshold: (level) => levels[level].threshold,
    analyze(article, words) {
      const text = analysisText(article);
      const lang = detectLanguage(text).lang;
      const partisan = scorePolitics(model, text, { strictness: "partisan" });
      const strict = scorePolitics(model, text, { strictness: "strict" });
      const priv = scorePrivate(text);
      const topics = [...conceptVector(text)]
        .filter(([id]) => (getConcept(id)?.path.length ?? 0) > 1)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, TOPICS_PER_ARTICLE)
        .map(([id, w]) => [id, round(w)]);
      return {
        articleId: article.id,
        modelVersion: version,
        lang: lang === "und" ? null : lang,
        politicalPartisan: partisan.political,
        politicalStrict: strict.political,
        partisanReasons: JSON.stringify(partisan.reasons),
        strictReasons: JSON.stringify(strict.reasons),
        private: round(priv.private),
        privateReasons: JSON.stringify(priv.reasons),
        topics: JSON.stringify(topics),
        wordsKey: wordsKey(words),
        wordsMatch: matchWords(article, words),
      };
    },
  };
}

/**
 * Analyses every article since `since` that has no analysis of this version, and re-matches
 * keep/block words where the word lists changed. Returns how many were (re)done.
 *
 * @example
 * await ensureAnalyses(store, analyzer, "2026-01-01T00:00:00Z", { keepWords: [], blockWords: [] });
 */
export async function ensureAnalyses(
  repo: DigestRepository,
  analyzer: ArticleAnalyzer,
  since: string,
  words: WordLists,
  progress?: (done: number) => void,
): Promise<{ analysed: number; rematched: number }> {
  let analysed = 0;
  for (;;) {
    const batch = await repo.pendingAnalyses(analyzer.version, since, BATCH);
    if (batch.length === 0) break;
    const at = new Date().toISOString();
    await repo.saveAnalyses(
      batch.map((a) => analyzer.analyze(a, words)),
      at,
    );
    analysed += batch.length;
    progress?.(analysed);
  }
  let rematched = 0;
  const key = wordsKey(words);
  for (;;) {
    const batch = await repo.staleWordMatches(key, since, BATCH);
    if (batch.length === 0) break;
    await repo.saveWordMatches(
      key,
      batch.map((a) => ({ id: a.id, match: analyzer.matchWords(a, words) })),
    );
    rematched += batch.length;
  }
  return { analysed, rematched };
}
