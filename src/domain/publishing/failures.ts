/**
 * Every provider sorts a failed call into one of these; the outbox acts on the class alone.
 * - retry: transient (5xx, 408, 429, network); try again after a backoff or `Retry-After`
 * - refresh-token: the access token expired; refresh it and try again at once
 * - bad-request: the network refused the content (its message is kept); retrying cannot help
 * - disconnect: the account's authorisation is gone (revoked, wrong scope); reconnect needed
 */
export const FAILURE_KINDS = ["retry", "refresh-token", "bad-request", "disconnect"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface PublishFailure {
  kind: FailureKind;
  /** The network's own message where it sent one. */
  message: string;
  httpStatus?: number;
  /** How long the network asked us to wait (Retry-After or rate-limit reset), in ms. */
  retryAfterMs?: number;
}

/**
 * The default class of an HTTP status; providers refine it with the error body (for example a
 * 400 `ExpiredToken` from Bluesky is a refresh, not a bad request).
 *
 * @example
 * classifyStatus(503); // "retry"
 * classifyStatus(401, { tokenExpired: true }); // "refresh-token"
 */
export function classifyStatus(
  status: number,
  hints: { tokenExpired?: boolean } = {},
): FailureKind {
  if (status === 401) return hints.tokenExpired ? "refresh-token" : "disconnect";
  if (status === 403) return "disconnect";
  if (status === 408 || status === 425 || status === 429 || status >= 500) return "retry";
  return "bad-request";
}

/** Attempts after which a transient failure is given up as failed. */
export const MAX_ATTEMPTS = 6;

/**
 * Wait before the next attempt: exponential from one minute (1, 2, 4, … capped at 6 h) with
 * ±20 % jitter, and never shorter than what the network asked for.
 *
 * @example
 * retryDelayMs(1, undefined, () => 0.5); // 60000
 */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const base = Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 6 * 3600_000);
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}
