import { TellerrandError } from "../../domain/errors.js";
import type { ParsedFeed } from "../../domain/feeds/model.js";
import { toArticles } from "./articles.js";
import type {
  ArticleRepository,
  FeedDeps,
  FeedPolicy,
  FeedRecord,
  FeedRepository,
  FetchOutcome,
} from "./ports.js";

/** What the feed services work with: the stores, the outside world and the config's policy. */
export interface FeedContext {
  feeds: FeedRepository;
  articles: ArticleRepository;
  deps: FeedDeps;
  policy: FeedPolicy;
}

/** The outcome of refreshing one feed. */
export interface FeedRunResult {
  feedId: number;
  url: string;
  status: "updated" | "not-modified" | "error";
  inserted: number;
  duplicates: number;
  error?: string;
  /** True when this error paused the feed. */
  paused?: boolean;
}

export interface CycleSummary {
  feeds: number;
  updated: number;
  notModified: number;
  errors: number;
  paused: number;
  inserted: number;
  duplicates: number;
  durationMs: number;
  results: FeedRunResult[];
}

export type OkFetch = Extract<FetchOutcome, { status: "ok" }>;

/** How many recent publish times feed the next-check schedule. */
const SCHEDULE_SAMPLE = 20;

/**
 * Parses a successful fetch and stores its articles; returns the parsed feed and counts.
 * Throws `TellerrandError("bad-input")` when the body is not a feed.
 */
export async function ingest(
  feed: Pick<FeedRecord, "id">,
  fetched: OkFetch,
  ctx: FeedContext,
): Promise<{ parsed: ParsedFeed; inserted: number; duplicates: number }> {
  const parsed = ctx.deps.parse(fetched.body, {
    url: fetched.url,
    contentType: fetched.contentType,
  });
  return ingestParsed(feed, fetched, parsed, ctx);
}

/** `ingest` for a body the caller has already parsed (subscribing parses to validate). */
export async function ingestParsed(
  feed: Pick<FeedRecord, "id">,
  fetched: FetchMeta,
  parsed: ParsedFeed,
  ctx: FeedContext,
): Promise<{ parsed: ParsedFeed; inserted: number; duplicates: number }> {
  const now = ctx.deps.now();
  const fetchedAt = now.toISOString();
  const outcome = await ctx.articles.store(
    feed.id,
    toArticles(parsed, ctx.deps),
    fetchedAt,
    ctx.policy.keepPerFeed,
  );
  const published = parsed.items.flatMap((i) => (i.published === null ? [] : [i.published]));
  await ctx.feeds.recordSuccess(feed.id, {
    fetchedAt,
    nextCheckAt: ctx.deps.nextCheckAt(published, now).toISOString(),
    ...(fetched.permanentUrl === null ? {} : { url: fetched.permanentUrl }),
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    title: parsed.title,
    siteUrl: parsed.link,
  });
  return {
    parsed,
    inserted: outcome.inserted,
    duplicates: outcome.duplicates + outcome.updated + outcome.tooOld,
  };
}

/**
 * One feed's turn of the fetch cycle (miniflux's handler): conditional GET with its validators;
 * 304 only moves its timestamps; 200 parses and stores; an error counts towards backoff and the
 * automatic pause. Never throws for a feed's own failures, so one feed cannot stop a cycle.
 */
export async function refreshFeed(feed: FeedRecord, ctx: FeedContext): Promise<FeedRunResult> {
  const base = { feedId: feed.id, url: feed.url, inserted: 0, duplicates: 0 };
  const fetched = await fetchAndParse(feed, ctx);
  if (fetched.status === "error") {
    return failed(feed, `${fetched.kind}: ${fetched.message}`, fetched.retryAfterMs, ctx);
  }
  if (fetched.status === "not-modified") {
    const now = ctx.deps.now();
    const times = await ctx.articles.publishTimes(feed.id, SCHEDULE_SAMPLE);
    await ctx.feeds.recordSuccess(feed.id, {
      fetchedAt: now.toISOString(),
      nextCheckAt: ctx.deps.nextCheckAt(times, now).toISOString(),
      ...(fetched.permanentUrl === null ? {} : { url: fetched.permanentUrl }),
    });
    return { ...base, status: "not-modified" };
  }
  if (fetched.status === "unparsable")
    return failed(feed, `parse: ${fetched.message}`, undefined, ctx);
  const { inserted, duplicates } = await ingestParsed(feed, fetched.meta, fetched.parsed, ctx);
  return { ...base, status: "updated", inserted, duplicates };
}

/** What storing needs of a successful fetch once its body is parsed. */
export type FetchMeta = Pick<OkFetch, "permanentUrl" | "etag" | "lastModified">;

type Fetched =
  | Exclude<FetchOutcome, { status: "ok" }>
  | { status: "parsed"; meta: FetchMeta; parsed: ParsedFeed }
  | { status: "unparsable"; message: string };

/**
 * Fetches and parses one feed. The body is parsed as soon as it arrives and is referenced by
 * nothing once this returns, so it dies young instead of living through the store (with 16
 * feeds in flight, bodies held across awaits are promoted and pile up until a major GC).
 */
async function fetchAndParse(feed: FeedRecord, ctx: FeedContext): Promise<Fetched> {
  let fetched: FetchOutcome;
  try {
    fetched = await ctx.deps.fetcher.fetch({
      url: feed.url,
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
  } catch (error) {
    return { status: "error", kind: "network", message: messageOf(error) };
  }
  if (fetched.status !== "ok") return fetched;
  const meta = {
    permanentUrl: fetched.permanentUrl,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
  try {
    const parsed = ctx.deps.parse(fetched.body, {
      url: fetched.url,
      contentType: fetched.contentType,
    });
    return { status: "parsed", meta, parsed };
  } catch (error) {
    if (!(error instanceof TellerrandError)) throw error;
    return { status: "unparsable", message: error.message };
  }
}

async function failed(
  feed: FeedRecord,
  message: string,
  retryAfterMs: number | undefined,
  ctx: FeedContext,
): Promise<FeedRunResult> {
  const now = ctx.deps.now();
  const count = feed.errorCount + 1;
  const delay = Math.max(retryAfterMs ?? 0, ctx.deps.retryDelayMs(count));
  const pause =
    count >= ctx.policy.pauseAfterErrors
      ? `paused after ${count} consecutive errors; last: ${message}`
      : null;
  await ctx.feeds.recordError(
    feed.id,
    message,
    new Date(now.getTime() + delay).toISOString(),
    now.toISOString(),
    pause,
  );
  const result: FeedRunResult = {
    feedId: feed.id,
    url: feed.url,
    status: "error",
    inserted: 0,
    duplicates: 0,
    error: message,
  };
  if (pause !== null) result.paused = true;
  return result;
}

/**
 * Refreshes every due, unpaused feed (every unpaused one with `all`), at most
 * `policy.maxConcurrency` at once; per-host limits and delays are the fetcher's job.
 *
 * @example
 * const summary = await runFetchCycle(ctx, { all: false });
 * console.log(summary.inserted, "new articles");
 */
export async function runFetchCycle(
  ctx: FeedContext,
  options: {
    all?: boolean;
    onProgress?: (done: number, total: number, r: FeedRunResult) => void;
    /** Called once after the cycle with its new articles (e.g. `onOwnBlogArticles`). */
    onNewArticles?: (articles: NewArticle[]) => Promise<unknown>;
  },
): Promise<CycleSummary> {
  const started = Date.now();
  const cycleStart = ctx.deps.now().toISOString();
  const due = await ctx.feeds.due(cycleStart, options.all === true);
  const results: FeedRunResult[] = new Array(due.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < due.length; i = next++) {
      const feed = due[i] as FeedRecord;
      const result = await refreshFeed(feed, ctx);
      results[i] = result;
      done += 1;
      options.onProgress?.(done, due.length, result);
    }
  };
  const width = Math.max(1, Math.min(ctx.policy.maxConcurrency, due.length));
  await Promise.all(Array.from({ length: width }, worker));
  if (options.onNewArticles !== undefined) {
    const fresh = await newArticles(ctx, due, results, cycleStart);
    if (fresh.length > 0) await options.onNewArticles(fresh);
  }
  return summarise(results, Date.now() - started);
}

/** A new article of a fetch cycle, with the kind of its feed (own-blog, other-company, …). */
export interface NewArticle {
  id: number;
  feedId: number;
  kind: string | null;
}

/**
 * The articles a cycle inserted: per updated feed, those first fetched in this cycle, at most
 * as many as it inserted (an updated old article also gets a new fetch time).
 */
async function newArticles(
  ctx: FeedContext,
  due: FeedRecord[],
  results: FeedRunResult[],
  since: string,
): Promise<NewArticle[]> {
  const out: NewArticle[] = [];
  for (const r of results) {
    if (r === undefined || r.inserted === 0) continue;
    const feed = due.find((f) => f.id === r.feedId);
    const rows = await ctx.articles.list({ feedId: r.feedId, limit: Math.max(100, r.inserted) });
    const fresh = rows.filter((a) => a.fetchedAt >= since).slice(0, r.inserted);
    out.push(...fresh.map((a) => ({ id: a.id, feedId: r.feedId, kind: feed?.kind ?? a.kind })));
  }
  return out;
}

function summarise(results: FeedRunResult[], durationMs: number): CycleSummary {
  const count = (s: FeedRunResult["status"]) => results.filter((r) => r.status === s).length;
  return {
    feeds: results.length,
    updated: count("updated"),
    notModified: count("not-modified"),
    errors: count("error"),
    paused: results.filter((r) => r.paused === true).length,
    inserted: results.reduce((n, r) => n + r.inserted, 0),
    duplicates: results.reduce((n, r) => n + r.duplicates, 0),
    durationMs,
    results,
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
