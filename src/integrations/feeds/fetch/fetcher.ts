/**
 * The feed fetcher: conditional GET, manual redirects (each hop guarded and paced), status
 * classification, Retry-After. See docs/feeds-fetch.md for the rules and their reasons.
 */
import type { IncomingHttpHeaders } from "node:http";
import { type GuardPolicy, guardHost, normaliseHostname, systemResolver } from "./guard.js";
import { Politeness, realClock } from "./politeness.js";
import { sendHop } from "./request.js";
import { parseRetryAfter } from "./schedule.js";
import type {
  Clock,
  FetchError,
  Fetcher,
  FetcherOptions,
  FetchRequest,
  FetchResult,
} from "./types.js";

type Settings = Required<Omit<FetcherOptions, "version" | "resolver" | "clock" | "allowedHosts">>;

/** Defaults of every numeric and boolean option (the config keys map onto these). */
export const FETCHER_DEFAULTS: Readonly<Settings> = {
  allowPrivateNetworks: false,
  maxConcurrency: 16,
  maxPerHost: 2,
  perHostDelayMs: 1000,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  maxRetryAfterMs: 24 * 60 * 60 * 1000,
};

/** Feeds first, HTML last (for autodiscovery of a page's feed links). */
export const ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, " +
  "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

interface Context {
  settings: Readonly<Settings>;
  policy: GuardPolicy;
  politeness: Politeness;
  clock: Clock;
  userAgent: string;
}

type Hop = { status: number; headers: IncomingHttpHeaders; body: Buffer | null };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function error(
  kind: FetchError["kind"],
  message: string,
  extra: Partial<FetchError> = {},
): FetchError {
  return { status: "error", kind, message, ...extra };
}

function parseHttpUrl(text: string, base?: URL): URL | FetchError {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return error("bad-url", `not a URL: ${text}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return error("bad-url", `only http and https are fetched, not ${url.protocol} (${url.href})`);
  }
  if (url.username !== "" || url.password !== "") {
    // Credentials in a URL end up in logs, the store and OPML exports, and a redirect that adds
    // them is a way to make us authenticate somewhere we never meant to.
    url.username = "";
    url.password = "";
    return error("bad-url", `URLs with a user name or password are not fetched (${url.href})`);
  }
  url.hash = "";
  return url;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function requestHeaders(request: FetchRequest, ctx: Context): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": ctx.userAgent,
    accept: ACCEPT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (request.etag) headers["if-none-match"] = request.etag;
  if (request.lastModified) headers["if-modified-since"] = request.lastModified;
  return headers;
}

function stillBlocked(host: string, ctx: Context): FetchError | null {
  const wait = ctx.politeness.blockedFor(host);
  if (wait <= 0) return null;
  const message = `${host} asked not to be fetched for ${Math.ceil(wait / 1000)} s more`;
  return error("rate-limited", message, { retryAfterMs: wait });
}

/** Guard, wait for our turn, send. */
async function hop(url: URL, request: FetchRequest, ctx: Context): Promise<Hop | FetchError> {
  const host = normaliseHostname(url.hostname);
  const blocked = stillBlocked(host, ctx);
  if (blocked) return blocked;
  const guarded = await guardHost(url.hostname, ctx.policy);
  if (!guarded.ok) return error(guarded.kind, guarded.message);
  const release = await ctx.politeness.acquire(host);
  try {
    // Checked after the queue too: a 429 may have arrived while this request waited.
    const blockedNow = stillBlocked(host, ctx);
    if (blockedNow) return blockedNow;
    const { settings } = ctx;
    const result = await sendHop({
      url,
      target: guarded.target,
      headers: requestHeaders(request, ctx),
      connectTimeoutMs: settings.connectTimeoutMs,
      totalTimeoutMs: settings.totalTimeoutMs,
      maxBodyBytes: settings.maxBodyBytes,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return result.ok ? result : error(result.kind, result.message);
  } finally {
    release();
  }
}

function failure(status: number, headers: IncomingHttpHeaders, url: URL, ctx: Context): FetchError {
  const where = `HTTP ${status} from ${url.href}`;
  if (status === 429 || status === 503) {
    const asked = parseRetryAfter(header(headers, "retry-after"), ctx.clock.now());
    const kind = status === 429 ? "rate-limited" : "retry";
    if (asked === null) return error(kind, where, { httpStatus: status });
    const retryAfterMs = Math.min(asked, ctx.settings.maxRetryAfterMs);
    ctx.politeness.blockFor(normaliseHostname(url.hostname), retryAfterMs);
    return error(kind, `${where}, retry after ${Math.ceil(retryAfterMs / 1000)} s`, {
      httpStatus: status,
      retryAfterMs,
    });
  }
  if (status >= 500 || status === 408) return error("retry", where, { httpStatus: status });
  return error("client-error", where, { httpStatus: status });
}

async function fetchFeed(request: FetchRequest, ctx: Context): Promise<FetchResult> {
  let url = parseHttpUrl(request.url);
  if ("status" in url) return url;
  // Only the leading run of 301/308 counts: once a temporary hop intervenes, the later
  // targets are the temporary answer's business and may change back.
  let permanentUrl: string | null = null;
  let permanentSoFar = true;
  for (let redirects = 0; ; redirects++) {
    const res = await hop(url, request, ctx);
    if ("kind" in res) return res;
    if (REDIRECTS.has(res.status)) {
      const location = header(res.headers, "location");
      if (!location)
        return error("client-error", `HTTP ${res.status} without Location from ${url.href}`);
      if (redirects >= ctx.settings.maxRedirects) {
        return error(
          "client-error",
          `more than ${ctx.settings.maxRedirects} redirects, last to ${location}`,
        );
      }
      const next = parseHttpUrl(location, url);
      if ("status" in next) return next;
      permanentSoFar &&= res.status === 301 || res.status === 308;
      if (permanentSoFar) permanentUrl = next.href;
      url = next;
      continue;
    }
    if (res.status === 304) return { status: "not-modified", permanentUrl };
    if (res.status < 200 || res.status > 299 || !res.body)
      return failure(res.status, res.headers, url, ctx);
    return {
      status: "ok",
      url: url.href,
      permanentUrl,
      body: res.body,
      contentType: header(res.headers, "content-type"),
      etag: header(res.headers, "etag"),
      lastModified: header(res.headers, "last-modified"),
      httpStatus: res.status,
    };
  }
}

/**
 * Creates a fetcher. One per process: its politeness state (queues, per-host delay,
 * Retry-After) only works if every request goes through the same instance.
 *
 * @example
 * const fetcher = createFetcher({ version: "0.1.0" });
 * const r = await fetcher.fetch({ url: "https://example.com/feed.xml", etag: stored.etag });
 * if (r.status === "ok") parse(r.body, r.contentType);
 */
export function createFetcher(options: FetcherOptions): Fetcher {
  const { version, resolver, clock: givenClock, allowedHosts, ...rest } = options;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const settings = { ...FETCHER_DEFAULTS, ...defined } as Settings;
  const clock = givenClock ?? realClock;
  const ctx: Context = {
    settings,
    clock,
    policy: {
      allowPrivateNetworks: settings.allowPrivateNetworks,
      allowedHosts: new Set((allowedHosts ?? []).map(normaliseHostname)),
      resolver: resolver ?? systemResolver,
    },
    politeness: new Politeness({
      maxConcurrency: settings.maxConcurrency,
      maxPerHost: settings.maxPerHost,
      perHostDelayMs: settings.perHostDelayMs,
      clock,
    }),
    userAgent: `Tellerrand/${version} (+https://github.com/tellerrand; local-first feed reader)`,
  };
  return { fetch: (request) => fetchFeed(request, ctx) };
}
