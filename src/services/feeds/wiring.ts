import type { App } from "../../app.js";
import { SqlArticleStore } from "../../db/article-store.js";
import { SqlFeedStore } from "../../db/feed-store.js";
import { canonicalUrl, contentHash } from "../../integrations/feeds/canonical-url.js";
import { createFetcher } from "../../integrations/feeds/fetch/index.js";
import { nextCheckAfter, nextRetryDelay } from "../../integrations/feeds/fetch/schedule.js";
import { parseFeed } from "../../integrations/feeds/parse/index.js";
import { wordCount } from "../../integrations/feeds/sanitize/index.js";
import { detectLanguage } from "../../text/lang/index.js";
import type { FeedDeps, FeedFetcher } from "./ports.js";
import type { FeedContext } from "./refresh.js";

/**
 * The feed pipeline's composition root: real fetcher, parser and SQL stores over an open app.
 * (Kept beside the services because `src/app.ts` is shared; it can move there unchanged.)
 *
 * @example
 * const ctx = feedContext(app, VERSION);
 * await runFetchCycle(ctx, { all: true });
 */
export function feedContext(
  app: Pick<App, "db" | "config">,
  version: string,
  overrides: Partial<FeedDeps> = {},
): FeedContext {
  const policy = app.config.feeds;
  return {
    feeds: new SqlFeedStore(app.db),
    articles: new SqlArticleStore(app.db),
    deps: { ...realDeps(app.config.feeds, version), ...overrides },
    policy: {
      keepPerFeed: policy.keepPerFeed,
      pauseAfterErrors: policy.pauseAfterErrors,
      maxConcurrency: policy.maxConcurrency,
    },
  };
}

function realDeps(feeds: App["config"]["feeds"], version: string): FeedDeps {
  const fetcher: FeedFetcher = createFetcher({
    version,
    allowPrivateNetworks: feeds.allowPrivateNetworks,
    allowedHosts: feeds.allowedHosts,
    connectTimeoutMs: feeds.connectTimeoutMs,
    maxRedirects: feeds.maxRedirects,
    maxConcurrency: feeds.maxConcurrency,
    maxPerHost: feeds.perHostConcurrency,
    perHostDelayMs: feeds.perHostDelayMs,
    totalTimeoutMs: feeds.timeoutMs,
    maxBodyBytes: feeds.maxBodyBytes,
  });
  return {
    fetcher,
    parse: parseFeed,
    canonicalUrl,
    contentHash: (title, text) => contentHash(title, text),
    wordCount,
    language: (text) => {
      const guess = detectLanguage(text);
      return guess.lang === "und" ? null : guess.lang;
    },
    retryDelayMs: (errors) => nextRetryDelay(errors, Math.random),
    nextCheckAt: (times, now) =>
      nextCheckAfter(
        times.map((t) => new Date(t)),
        now,
      ),
    now: () => new Date(),
  };
}
