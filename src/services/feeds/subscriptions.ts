import { TellerrandError } from "../../domain/errors.js";
import type { ParsedFeed } from "../../domain/feeds/model.js";
import { canonicalOrganization } from "../../domain/orgs/index.js";
import {
  type DiscoveredFeed,
  discoverFeeds,
  looksLikeHtml,
} from "../../integrations/feeds/discover.js";
import { type OpmlDocument, parseOpml, writeOpml } from "../../integrations/feeds/opml.js";
import { DEFAULT_FEED_KIND, type FeedKind, type FeedRecord, isFeedKind } from "./ports.js";
import { type FeedContext, ingestParsed, type OkFetch } from "./refresh.js";

export interface AddFeedInput {
  /** A feed URL, or a web page that announces one. */
  url: string;
  kind?: FeedKind;
  /** Organisation name as typed ("SAP SE"); stored under its canonical key. */
  org?: string;
  tags?: string[];
}

export interface AddFeedResult {
  feed: FeedRecord;
  created: boolean;
  /** When the URL was a page: the feed taken, and the other feeds it announced. */
  discoveredFrom: string | null;
  otherFeeds: DiscoveredFeed[];
  inserted: number;
}

/**
 * Subscribes to a feed URL, or to the first RSS/Atom/JSON feed a web page announces. The feed
 * is fetched and parsed before it is stored (so a typo fails now, not at the next cycle), and
 * that first fetch's articles are stored right away.
 *
 * @example
 * const { feed, otherFeeds } = await addFeed(ctx, { url: "https://blog.example/", kind: "media" });
 */
export async function addFeed(ctx: FeedContext, input: AddFeedInput): Promise<AddFeedResult> {
  const url = httpUrl(input.url);
  const known = await ctx.feeds.findByUrl(url);
  if (known !== undefined) return unchanged(known);
  let feedUrl = url;
  let fetched = await fetchOk(ctx, url);
  let discoveredFrom: string | null = null;
  let otherFeeds: DiscoveredFeed[] = [];
  if (looksLikeHtml(fetched.body, fetched.contentType)) {
    const found = discoverFeeds(fetched.body.toString("utf8"), fetched.url);
    const first = found[0];
    if (first === undefined) {
      throw new TellerrandError("bad-input", `${url} is a web page that announces no feed`);
    }
    discoveredFrom = url;
    otherFeeds = found.slice(1);
    const again = await ctx.feeds.findByUrl(first.url);
    if (again !== undefined) return { ...unchanged(again), discoveredFrom, otherFeeds };
    feedUrl = first.url;
    fetched = await fetchOk(ctx, feedUrl);
  }
  const parsed = parse(ctx, fetched);
  const { feed, created } = await ctx.feeds.add(
    {
      url: fetched.permanentUrl ?? feedUrl,
      siteUrl: parsed.link,
      title: parsed.title,
      kind: input.kind ?? DEFAULT_FEED_KIND,
      org: input.org === undefined ? null : orgOf(input.org),
      tags: input.tags ?? [],
    },
    ctx.deps.now().toISOString(),
  );
  if (!created) return { ...unchanged(feed), discoveredFrom, otherFeeds };
  const { inserted } = await ingestParsed(feed, fetched, parsed, ctx);
  const stored = (await ctx.feeds.get(feed.id)) ?? feed;
  return { feed: stored, created: true, discoveredFrom, otherFeeds, inserted };
}

function unchanged(feed: FeedRecord): AddFeedResult {
  return { feed, created: false, discoveredFrom: null, otherFeeds: [], inserted: 0 };
}

async function fetchOk(ctx: FeedContext, url: string): Promise<OkFetch> {
  const result = await ctx.deps.fetcher.fetch({ url });
  if (result.status === "ok") return result;
  const why = result.status === "error" ? `${result.kind}: ${result.message}` : "not modified";
  throw new TellerrandError("bad-input", `cannot fetch ${url}: ${why}`);
}

function parse(ctx: FeedContext, fetched: OkFetch): ParsedFeed {
  try {
    return ctx.deps.parse(fetched.body, { url: fetched.url, contentType: fetched.contentType });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TellerrandError("bad-input", `${fetched.url} is not a feed: ${message}`, {
      cause: error,
    });
  }
}

/** Validates an http(s) URL given by the user. */
export function httpUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new TellerrandError("usage", `"${raw}" is not a URL (expected http:// or https://)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TellerrandError("usage", `"${raw}" is not an http(s) URL`);
  }
  return url.href;
}

function orgOf(name: string): { key: string; name: string } {
  const org = canonicalOrganization(name);
  if (org === null) throw new TellerrandError("usage", `"${name}" is not an organisation name`);
  return { key: org.key, name: org.display };
}

/** Finds a feed by its id or its URL; throws `not-found` otherwise. */
export async function resolveFeed(ctx: FeedContext, ref: string): Promise<FeedRecord> {
  const feed = /^\d+$/.test(ref)
    ? await ctx.feeds.get(Number(ref))
    : await ctx.feeds.findByUrl(URL.canParse(ref) ? new URL(ref).href : ref);
  if (feed === undefined) throw new TellerrandError("not-found", `no feed ${ref} (see feeds list)`);
  return feed;
}

export interface OpmlImportResult {
  title: string | null;
  added: number;
  existing: number;
  skipped: OpmlDocument["skipped"];
}

/**
 * Imports an OPML subscription list without fetching anything: folders become tags, the feeds
 * are due at the next `feeds fetch`. Feeds already subscribed are left as they are.
 *
 * @example
 * const result = await importOpml(ctx, readFileSync("subs.opml"), "subs.opml");
 */
export async function importOpml(
  ctx: FeedContext,
  bytes: Buffer,
  file: string,
): Promise<OpmlImportResult> {
  const doc = parseOpml(bytes, file);
  const result: OpmlImportResult = {
    title: doc.title,
    added: 0,
    existing: 0,
    skipped: [...doc.skipped],
  };
  const now = ctx.deps.now().toISOString();
  for (const entry of doc.feeds) {
    const org = entry.org === null ? null : canonicalOrganization(entry.org);
    const { created } = await ctx.feeds.add(
      {
        url: new URL(entry.url).href,
        siteUrl: entry.siteUrl,
        title: entry.title,
        kind: entry.kind !== null && isFeedKind(entry.kind) ? entry.kind : DEFAULT_FEED_KIND,
        org: org === null ? null : { key: org.key, name: org.display },
        tags: entry.tags,
      },
      now,
    );
    if (created) result.added += 1;
    else result.existing += 1;
  }
  return result;
}

/**
 * Every subscription as OPML 2.0 (tags as folders and categories, kind and organisation kept).
 *
 * @example
 * writeFileSync("subs.opml", await exportOpml(ctx));
 */
export async function exportOpml(ctx: FeedContext): Promise<string> {
  const feeds = await ctx.feeds.list();
  return writeOpml(
    "Tellerrand subscriptions",
    feeds.map((f) => ({
      url: f.url,
      title: f.title,
      siteUrl: f.siteUrl,
      tags: f.tags,
      kind: f.kind,
      org: f.orgName,
    })),
  );
}
