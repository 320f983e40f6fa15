/**
 * Public types of the feed fetcher. The fetcher never throws for anything the network or a
 * server does: every outcome is a {@link FetchResult}, so a scheduler can count and classify
 * failures per feed without try/catch.
 */

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (default: the system resolver via `dns.lookup`). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Time source for politeness (delays, Retry-After). Tests inject a fake one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface FetcherOptions {
  /** Product version, put into the User-Agent. */
  version: string;
  /** Allow loopback, private, link-local, CGNAT, … addresses (not cloud metadata). Default false. */
  allowPrivateNetworks?: boolean;
  /** Host names (or IP literals) exempt from the address check, metadata included. Default []. */
  allowedHosts?: readonly string[];
  /** Requests in flight across all hosts. Default 16. */
  maxConcurrency?: number;
  /** Requests in flight per host name. Default 2. */
  maxPerHost?: number;
  /** Minimum time between the starts of two requests to the same host. Default 1000 ms. */
  perHostDelayMs?: number;
  /** Until TCP (and TLS) is established. Default 10 s. */
  connectTimeoutMs?: number;
  /** Per request (each redirect hop), from its start to the last body byte. Default 30 s. */
  totalTimeoutMs?: number;
  /** Cap on the decompressed body. Default 10 MiB. */
  maxBodyBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Upper bound on a server's Retry-After, so a hostile one cannot silence a host forever. Default 24 h. */
  maxRetryAfterMs?: number;
  resolver?: Resolver;
  clock?: Clock;
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Cancels the fetch (e.g. Ctrl-C); reported as a `timeout` error. */
  signal?: AbortSignal;
}

export type FetchErrorKind =
  | "retry" // 5xx, 408: try again later with backoff
  | "rate-limited" // 429, or the host asked us to wait and that time has not passed
  | "blocked" // the address is not allowed (private, loopback, metadata, …)
  | "client-error" // 4xx, too many redirects, redirect without Location
  | "too-large" // the (decompressed) body exceeds maxBodyBytes
  | "timeout" // connect or total timeout, or cancelled
  | "network" // DNS, refused, reset, TLS, corrupt compression
  | "bad-url"; // not a parseable http(s) URL

export type FetchResult =
  | {
      status: "ok";
      /** The final URL after redirects. */
      url: string;
      /** Where the feed moved for good: the target of the leading run of 301/308 hops. */
      permanentUrl: string | null;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      httpStatus: number;
    }
  | { status: "not-modified"; permanentUrl: string | null }
  | {
      status: "error";
      kind: FetchErrorKind;
      message: string;
      httpStatus?: number;
      retryAfterMs?: number;
    };

export type FetchError = Extract<FetchResult, { status: "error" }>;

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}
