import { decodeEntities } from "./opml.js";

/** A feed announced by a web page's `<link rel="alternate">`. */
export interface DiscoveredFeed {
  url: string;
  type: "rss" | "atom" | "json";
  title: string | null;
}

const FEED_TYPES: Record<string, DiscoveredFeed["type"]> = {
  "application/rss+xml": "rss",
  "application/rdf+xml": "rss",
  "application/atom+xml": "atom",
  "application/feed+json": "json",
  "application/json": "json",
};

const TAG = /<(link|base)\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi;
const ATTR = /([^\s"'=<>/]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * The feeds a HTML page announces with `<link rel="alternate" type="application/rss+xml|
 * atom+xml|feed+json">`, in document order, with relative hrefs resolved against `<base href>`
 * or the page URL. Comments and scripts are skipped so commented-out links do not count.
 *
 * @example
 * discoverFeeds('<link rel="alternate" type="application/rss+xml" href="/feed">', "https://a.example/blog");
 * // → [{ url: "https://a.example/feed", type: "rss", title: null }]
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "");
  const head = cleaned.split(/<body\b/i)[0] ?? cleaned;
  let base = pageUrl;
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const match of head.matchAll(TAG)) {
    const attrs = attributes(match[2] ?? "");
    if ((match[1] ?? "").toLowerCase() === "base") {
      const href = attrs.get("href");
      if (href !== undefined) base = resolve(href, pageUrl) ?? base;
      continue;
    }
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const type = FEED_TYPES[(attrs.get("type") ?? "").toLowerCase().split(";")[0]?.trim() ?? ""];
    const href = attrs.get("href");
    if (!rel.includes("alternate") || type === undefined || !href) continue;
    const url = resolve(href, base);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    found.push({ url, type, title: attrs.get("title") ?? null });
  }
  return found;
}

/** Whether a fetched body is a HTML page rather than a feed (by type, else by its first tag). */
export function looksLikeHtml(body: Buffer, contentType: string | null): boolean {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("html")) return true;
  if (type.includes("xml") || type.includes("json")) return false;
  const start = body.subarray(0, 1024).toString("latin1").trimStart().toLowerCase();
  return start.startsWith("<!doctype html") || start.startsWith("<html");
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

function resolve(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
