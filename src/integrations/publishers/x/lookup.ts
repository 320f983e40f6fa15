/**
 * Finding a post we may already have sent. X has no idempotency key, so after a crash (or a
 * "duplicate content" refusal) we read the account's recent posts (`GET /2/users/:id/tweets`)
 * and compare texts. X hands the text back changed: links become `https://t.co/…` (with the
 * original in `entities.urls[].expanded_url`) and `&`, `<`, `>` come HTML-escaped, so both sides
 * are normalised before comparing, and the shared links must match too.
 */
import twitter from "twitter-text";
import type { AccountCredentials } from "../../../services/publishing/ports.js";
import { call, failureOf, isFailure } from "../http.js";

export interface RemotePost {
  id: string;
  text: string;
  entities?: { urls?: Array<{ start: number; end: number; url: string; expanded_url?: string }> };
}

export type Lookup =
  | { status: "found"; id: string }
  | { status: "absent" }
  | { status: "unknown"; reason: string };

function unescapeHtml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function canonicalUrl(u: string): string {
  const withScheme = /^https?:\/\//i.test(u) ? u : `https://${u}`;
  return withScheme
    .replace(/^http:/i, "https:")
    .replace(/\/+$/, "")
    .toLowerCase();
}

function shape(text: string, spans: Array<[number, number]>): string {
  let out = "";
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    out += `${text.slice(at, start)}\u0000`;
    at = end;
  }
  return `${out}${text.slice(at)}`.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Our text with every link (as twitter-text finds them) replaced by one marker. */
export function ownShape(text: string): { shape: string; urls: string[] } {
  const found = twitter.extractUrlsWithIndices(text);
  return {
    shape: shape(
      text,
      found.map((u) => u.indices),
    ),
    urls: found.map((u) => u.url),
  };
}

/** A returned post's text, unescaped, with its t.co links replaced by the same marker. */
export function remoteShape(post: RemotePost): { shape: string; urls: string[] } {
  const urls = post.entities?.urls ?? [];
  // Entity offsets count code points of the escaped text; t.co links are ASCII, so find them.
  const spans: Array<[number, number]> = [];
  for (const u of urls) {
    const i = post.text.indexOf(u.url);
    if (i >= 0) spans.push([i, i + u.url.length]);
  }
  let text = post.text;
  for (const m of text.matchAll(/https:\/\/t\.co\/\w+/g)) {
    if (!spans.some(([s]) => s === m.index)) spans.push([m.index, m.index + m[0].length]);
  }
  text = shape(text, spans);
  return { shape: unescapeHtml(text), urls: urls.map((u) => u.expanded_url ?? u.url) };
}

export function samePost(text: string, post: RemotePost): boolean {
  const mine = ownShape(text);
  const theirs = remoteShape(post);
  if (mine.shape !== theirs.shape) return false;
  const remote = new Set(theirs.urls.map(canonicalUrl));
  return mine.urls.every((u) => remote.has(canonicalUrl(u)));
}

async function userId(api: string, a: AccountCredentials): Promise<string | { reason: string }> {
  if (a.secrets.userId) return a.secrets.userId;
  const r = await call(`${api}/2/users/me`, {
    method: "GET",
    headers: { authorization: `Bearer ${a.secrets.token ?? ""}` },
  });
  if (isFailure(r)) return { reason: r.message };
  const id = (r.body as { data?: { id?: string } } | null)?.data?.id;
  return r.status === 200 && id !== undefined ? id : { reason: `users/me: HTTP ${r.status}` };
}

/**
 * Looks for `text` among the account's posts since `since` (ISO). A read refused by the access
 * tier (X's free tier cannot read timelines), a rate limit or a network error is `unknown`.
 *
 * @example
 * await findPost("https://api.x.com", account, "Hello", "2026-03-02T08:00:00.000Z");
 */
export async function findPost(
  api: string,
  account: AccountCredentials,
  text: string,
  since: string,
): Promise<Lookup> {
  const id = await userId(api, account);
  if (typeof id !== "string") return { status: "unknown", reason: id.reason };
  const url = new URL(`${api}/2/users/${encodeURIComponent(id)}/tweets`);
  // A minute of slack: our clock and X's may differ, and the send began before it was logged.
  const start = new Date(Date.parse(since) - 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  url.searchParams.set("start_time", start);
  url.searchParams.set("max_results", "100");
  url.searchParams.set("exclude", "retweets,replies");
  url.searchParams.set("tweet.fields", "created_at,entities");
  const r = await call(url.toString(), {
    method: "GET",
    headers: { authorization: `Bearer ${account.secrets.token ?? ""}` },
  });
  if (isFailure(r)) return { status: "unknown", reason: r.message };
  if (r.status !== 200) {
    const b = (r.body ?? {}) as { title?: string; detail?: string };
    return {
      status: "unknown",
      reason: failureOf(r, `${b.title ?? "error"}: ${b.detail ?? r.text.slice(0, 200)}`).message,
    };
  }
  const posts = ((r.body as { data?: RemotePost[] } | null)?.data ?? []) as RemotePost[];
  const hit = posts.find((p) => samePost(text, p));
  return hit === undefined ? { status: "absent" } : { status: "found", id: hit.id };
}
