import type { App } from "../../app.js";
import { type ArticleView, SqlArticleStore } from "../../db/article-store.js";
import { SqlDigestStore } from "../../db/digest-store.js";
import { SqlFeedStore } from "../../db/feed-store.js";
import type { DigestView } from "../../domain/digest/index.js";
import { sinceToIso } from "../../domain/since.js";
import {
  type ArticleAnalyzer,
  buildDigest,
  createArticleAnalyzer,
  ensureAnalyses,
} from "../../services/digest.js";
import { currentEmployerKeys, effectiveProfile } from "../../services/profile.js";
import { withinBudget } from "./cold-budget.js";
import { cachedUntilChange, keepingUnaffected } from "./store-cache.js";

/** How many hidden articles the toggle lists with their reasons. */
export const HIDDEN_SHOWN = 50;

// The models take about 0.6 s to load: once per process, on the first digest view.
let analyzer: Promise<ArticleAnalyzer> | undefined;
function sharedAnalyzer(): Promise<ArticleAnalyzer> {
  analyzer ??= createArticleAnalyzer();
  analyzer.catch(() => {
    analyzer = undefined;
  });
  return analyzer;
}

/** The cached models that never read article analyses (see `keepingUnaffected`). */
export const ANALYSIS_UNAFFECTED = (key: string): boolean =>
  key.startsWith("people.") ||
  key === "triage" ||
  key === "invitations" ||
  key === "reportsPerSnapshot" ||
  key === "networkData";

/** Per open store: the feeds' state when its articles were last analysed. */
const analysed = new WeakMap<App, string>();
/** Per open store: the analysis running now (a request cut short by its budget leaves it on). */
const analysing = new WeakMap<App, { state: string; done: Promise<void> }>();

/**
 * Analyses new articles, but only when a feed fetched something since the last time: asking
 * the store for pending analyses scans the whole period (about 0.3 s over 100,000 articles),
 * while new articles only ever come with a fetch, which moves the feed's `lastFetchedAt`.
 */
async function analysedUpTo(
  app: App,
  store: SqlDigestStore,
  a: ArticleAnalyzer,
  since: string,
  words: { keepWords: readonly string[]; blockWords: readonly string[] },
): Promise<void> {
  const feeds = await new SqlFeedStore(app.db).list();
  const state = [
    a.version,
    since.slice(0, 13), // the period moves by the hour
    JSON.stringify(words),
    ...feeds.map((f) => `${f.id}:${f.articleCount}:${f.lastFetchedAt ?? ""}`),
  ].join("|");
  if (analysed.get(app) === state) return;
  const running = analysing.get(app);
  if (running?.state === state) return withinBudget(running.done);
  const done = (running?.done ?? Promise.resolve())
    .catch(() => undefined)
    // Thousands of analysis rows, read only by the digest and discovery: the network and
    // people models stay valid instead of being recomputed after every first digest view.
    .then(() =>
      keepingUnaffected(
        app,
        ANALYSIS_UNAFFECTED,
        () => ensureAnalyses(store, a, since, words),
        Infinity,
      ),
    )
    .then(() => {
      analysed.set(app, state);
    })
    .finally(() => {
      if (analysing.get(app)?.done === done) analysing.delete(app);
    });
  analysing.set(app, { state, done });
  return withinBudget(done);
}

/**
 * Today's digest as `tellerrand digest --format json` plans it (config `[digest]`), with the
 * hidden articles and their reasons when asked. New articles are analysed first (outside the
 * cache: the analysis writes, and the digest is then kept until the next change, such as a
 * feedback click). The view is shared between requests: read-only.
 *
 * @example
 * const view = await digestModel(app, false); view.items.length;
 */
export async function digestModel(app: App, showHidden: boolean): Promise<DigestView> {
  const store = new SqlDigestStore(app.db);
  const cfg = app.config.digest;
  const now = new Date();
  const since = sinceToIso(cfg.since, now);
  const words = {
    keepWords: app.config.politics.keepWords,
    blockWords: app.config.politics.blockWords,
  };
  const a = await withinBudget(sharedAnalyzer());
  await analysedUpTo(app, store, a, since, words);
  // Keyed by the hour too: the period ("1d") moves with the clock, not with the store.
  return cachedUntilChange(app, `digest:${showHidden}:${since.slice(0, 13)}`, async () => {
    const { view } = await buildDigest(store, a, {
      now,
      since,
      limit: cfg.limit,
      showHidden: showHidden ? HIDDEN_SHOWN : 0,
      settings: cfg,
      strictness: app.config.politics.strictness,
      interests: app.config.profile.interests,
      ownEmployerKeys: currentEmployerKeys(await effectiveProfile(app.config.profile, app.reports)),
    });
    return view;
  });
}

/** One stored article as the article view shows it. */
export type { ArticleView } from "../../db/article-store.js";

/** One article by id, or undefined. */
export function articleById(app: App, id: number): Promise<ArticleView | undefined> {
  return new SqlArticleStore(app.db).view(id);
}
