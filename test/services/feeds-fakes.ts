import { type App, createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlArticleStore } from "../../src/db/article-store.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
import { TellerrandError } from "../../src/domain/errors.js";
import type { ParsedFeed, ParsedItem } from "../../src/domain/feeds/model.js";
import { canonicalUrl, contentHash } from "../../src/integrations/feeds/canonical-url.js";
import type { FeedDeps, FetchOutcome, FetchRequest } from "../../src/services/feeds/ports.js";
import type { FeedContext } from "../../src/services/feeds/refresh.js";

/** A feed item with defaults; only what a test names differs. */
export function item(over: Partial<ParsedItem> & { id: string }): ParsedItem {
  return {
    title: `Post ${over.id}`,
    link: `https://blog.example/${over.id}`,
    published: "2026-01-01T00:00:00.000Z",
    updated: null,
    authors: [],
    categories: [],
    summaryText: null,
    contentText: `Body of ${over.id} with some words`,
    contentHtml: `<p>Body of ${over.id} with some words</p>`,
    enclosures: [],
    ...over,
  };
}

export function feedBody(items: ParsedItem[], title = "A blog"): Buffer {
  const feed: ParsedFeed = {
    format: "rss2.0",
    title,
    link: "https://blog.example/",
    description: null,
    language: null,
    items,
  };
  return Buffer.from(JSON.stringify(feed));
}

/** Serves scripted answers per URL; the last answer repeats. Records every request. */
export class FakeFetcher {
  readonly requests: FetchRequest[] = [];
  private readonly routes = new Map<string, FetchOutcome[]>();

  on(url: string, ...answers: FetchOutcome[]): this {
    this.routes.set(url, answers);
    return this;
  }

  async fetch(request: FetchRequest): Promise<FetchOutcome> {
    this.requests.push(request);
    const answers = this.routes.get(request.url);
    if (answers === undefined || answers.length === 0) {
      return { status: "error", kind: "client-error", message: "404 Not Found", httpStatus: 404 };
    }
    return (answers.length > 1 ? answers.shift() : answers[0]) as FetchOutcome;
  }
}

export function ok(url: string, body: Buffer, extra: Partial<FetchOutcome> = {}): FetchOutcome {
  return {
    status: "ok",
    url,
    permanentUrl: null,
    body,
    contentType: "application/rss+xml",
    etag: '"v1"',
    lastModified: null,
    httpStatus: 200,
    ...extra,
  } as FetchOutcome;
}

/** Fake parse: the body is a JSON ParsedFeed; HTML or garbage is refused like the real one. */
function fakeParse(bytes: Buffer): ParsedFeed {
  try {
    return JSON.parse(bytes.toString("utf8")) as ParsedFeed;
  } catch {
    throw new TellerrandError("bad-input", "not a feed");
  }
}

export interface Harness {
  app: App;
  ctx: FeedContext;
  fetcher: FakeFetcher;
  clock: { now: Date };
}

export async function harness(
  policy: Partial<FeedContext["policy"]> = {},
  deps: Partial<FeedDeps> = {},
): Promise<Harness> {
  const config = configSchema.parse({ dataDir: "/nonexistent" });
  const app = await createApp(config, ":memory:");
  const fetcher = new FakeFetcher();
  const clock = { now: new Date("2026-02-01T12:00:00.000Z") };
  const ctx: FeedContext = {
    feeds: new SqlFeedStore(app.db),
    articles: new SqlArticleStore(app.db),
    deps: {
      fetcher,
      parse: fakeParse,
      canonicalUrl,
      contentHash: (title, text) => contentHash(title, text),
      wordCount: (text) => text.split(/\s+/).filter((w) => w !== "").length,
      language: (text) => (/\b(der|die|und)\b/i.test(text) ? "de" : "en"),
      retryDelayMs: (n) => 60_000 * 2 ** (n - 1),
      nextCheckAt: (_times, now) => new Date(now.getTime() + 3_600_000),
      now: () => clock.now,
      ...deps,
    },
    policy: { keepPerFeed: 500, pauseAfterErrors: 10, maxConcurrency: 4, ...policy },
  };
  return { app, ctx, fetcher, clock };
}
