import type { ParsedFeed } from "../../domain/feeds/model.js";
import type {
  FetchResult as FetchOutcome,
  FetchRequest,
} from "../../integrations/feeds/fetch/types.js";

/** Whose content a feed carries; lets the product tell own, employer, other and media apart. */
export const FEED_KINDS = ["own-blog", "own-employer", "other-company", "media", "person"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** The kind a feed gets when none is named (the common case: another company's blog). */
export const DEFAULT_FEED_KIND: FeedKind = "other-company";

export function isFeedKind(value: string): value is FeedKind {
  return (FEED_KINDS as readonly string[]).includes(value);
}

/** One subscription as stored. Times are ISO-8601 UTC strings. */
export interface FeedRecord {
  id: number;
  url: string;
  siteUrl: string | null;
  title: string | null;
  kind: FeedKind;
  orgKey: string | null;
  orgName: string | null;
  tags: string[];
  paused: boolean;
  pausedReason: string | null;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  nextCheckAt: string | null;
  errorCount: number;
  lastError: string | null;
  createdAt: string;
  articleCount: number;
}

export interface NewFeed {
  url: string;
  siteUrl?: string | null;
  title?: string | null;
  kind?: FeedKind;
  /** Organisation key and display name (from `canonicalOrganization`). */
  org?: { key: string; name: string } | null;
  tags?: string[];
}

/** An article ready to store: parsed, canonicalised, hashed. */
export interface ArticleInput {
  guid: string | null;
  url: string | null;
  canonicalUrl: string | null;
  contentHash: string;
  title: string | null;
  authors: string[];
  categories: string[];
  enclosures: Array<{ url: string; type: string | null; length: number | null }>;
  publishedAt: string | null;
  updatedAt: string | null;
  summaryText: string | null;
  contentText: string | null;
  contentHtml: string | null;
  wordCount: number;
  /** ISO 639-1 code of the article's language, null when it cannot be told. */
  lang: string | null;
}

export interface ArticleRecord extends ArticleInput {
  id: number;
  feedId: number | null;
  feedTitle: string | null;
  kind: FeedKind | null;
  orgKey: string | null;
  lang: string | null;
  sortAt: string;
  starred: boolean;
  read: boolean;
  hidden: boolean;
  fetchedAt: string;
}

export interface ArticleFilter {
  /** ISO time: only articles sorted at or after it. */
  since?: string;
  feedId?: number;
  kind?: FeedKind;
  lang?: string;
  limit?: number;
}

/** What storing one fetch's items did. */
export interface StoreOutcome {
  inserted: number;
  updated: number;
  duplicates: number;
  /** Older than what retention would keep: never stored, so they do not come back each fetch. */
  tooOld: number;
  removedByRetention: number;
}

/** Result fields a fetch writes back onto its feed. */
export interface FetchBookkeeping {
  fetchedAt: string;
  nextCheckAt: string;
  url?: string;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  siteUrl?: string | null;
}

export interface FeedRepository {
  add(feed: NewFeed, now: string): Promise<{ feed: FeedRecord; created: boolean }>;
  get(id: number): Promise<FeedRecord | undefined>;
  findByUrl(url: string): Promise<FeedRecord | undefined>;
  list(): Promise<FeedRecord[]>;
  /** Unpaused feeds whose next check is due at `now` (all unpaused ones with `all`). */
  due(now: string, all: boolean): Promise<FeedRecord[]>;
  setPaused(id: number, paused: boolean, reason: string | null): Promise<void>;
  setTags(id: number, tags: string[]): Promise<void>;
  /** Deletes the feed and its unstarred articles; starred ones stay, detached. */
  remove(id: number): Promise<{ articlesRemoved: number; starredKept: number }>;
  recordSuccess(id: number, book: FetchBookkeeping): Promise<void>;
  /** Counts one more consecutive error; pauses the feed when `pauseReason` is given. */
  recordError(
    id: number,
    error: string,
    nextCheckAt: string,
    fetchedAt: string,
    pauseReason: string | null,
  ): Promise<number>;
}

export interface ArticleRepository {
  /** Stores new items of one feed with dedup across feeds, then applies retention. */
  store(
    feedId: number,
    items: ArticleInput[],
    fetchedAt: string,
    keep: number,
  ): Promise<StoreOutcome>;
  /** Recent publish times of a feed, newest first (for the next-check schedule). */
  publishTimes(feedId: number, limit: number): Promise<string[]>;
  list(filter: ArticleFilter): Promise<ArticleRecord[]>;
  setStarred(id: number, starred: boolean): Promise<void>;
  /** Sets an article's starred or read flag; false when there is no article with that id. */
  mark(id: number, flag: ArticleFlag, value: boolean): Promise<boolean>;
}

/** The per-article flags a person sets. Starred articles survive retention and feed removal. */
export type ArticleFlag = "starred" | "read";

/**
 * What the fetcher is asked and answers. The fetcher defines these shapes once; the port reuses
 * them (type-only import) so the two can never drift apart.
 */
export type {
  FetchErrorKind,
  FetchRequest,
  FetchResult as FetchOutcome,
} from "../../integrations/feeds/fetch/types.js";

/** The fetcher port (implemented by `src/integrations/feeds/fetch`). */
export interface FeedFetcher {
  fetch(request: FetchRequest): Promise<FetchOutcome>;
}

/** Everything the feed services need from the outside world, injected so tests can fake it. */
export interface FeedDeps {
  fetcher: FeedFetcher;
  parse(bytes: Buffer, options: { url: string; contentType?: string | null }): ParsedFeed;
  canonicalUrl(url: string): string;
  contentHash(title: string, text: string): string;
  wordCount(text: string): number;
  /** Language of a text (ISO 639-1), or null when it cannot be told. */
  language(text: string): string | null;
  /** Backoff after the n-th consecutive error, in ms. */
  retryDelayMs(errorCount: number): number;
  /** When to check a feed next, given its recent publish times. */
  nextCheckAt(publishTimes: string[], now: Date): Date;
  now(): Date;
}

/** Feed settings from the config's `[feeds]` section that the services use. */
export interface FeedPolicy {
  keepPerFeed: number;
  pauseAfterErrors: number;
  maxConcurrency: number;
}
