/**
 * Pure timing rules for the feed scheduler: when to retry after errors, when to check a feed
 * again given how often it publishes, and how to read a Retry-After header. No I/O, no clock.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Milliseconds from `nowMs` a `Retry-After` value asks for: delta-seconds or an HTTP date.
 * Null when absent or unreadable; never negative.
 *
 * @example
 * parseRetryAfter("120", 0); // 120000
 * parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("2015-10-21T07:27:00Z")); // 60000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null; // "1.5", "-3": neither form
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

export interface RetryDelayOptions {
  /** Delay ceiling for the first error. Default 5 min. */
  baseMs?: number;
  /** Upper bound of any delay. Default 24 h. */
  maxMs?: number;
}

/**
 * Exponential backoff with "equal jitter" after `errorCount` consecutive errors (≥ 1): the
 * ceiling doubles per error from `baseMs` up to `maxMs`, and the delay is drawn uniformly from
 * [ceiling/2, ceiling], so retries of many feeds spread out but never come back too soon.
 *
 * @example
 * nextRetryDelay(1, Math.random); // between 2.5 and 5 minutes
 * nextRetryDelay(3, () => 1); // 20 minutes
 */
export function nextRetryDelay(
  errorCount: number,
  rng: () => number,
  options: RetryDelayOptions = {},
): number {
  const base = options.baseMs ?? 5 * MINUTE;
  const max = options.maxMs ?? 24 * HOUR;
  const exponent = Math.min(Math.max(errorCount, 1) - 1, 30);
  const ceiling = Math.min(max, base * 2 ** exponent);
  const r = Math.min(Math.max(rng(), 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}

export interface CheckIntervalOptions {
  /** Default 15 min. */
  minMs?: number;
  /** Default 24 h. */
  maxMs?: number;
  /** Only publications this recent count. Default 30 days. */
  windowMs?: number;
}

/**
 * When to check a feed next. The mean gap between its publications in the last 30 days
 * (at most the newest 20) is halved, so a feed is looked at about twice per expected post,
 * and clamped to [15 min, 24 h]. Fewer than two recent dates (new, silent or undated
 * feeds) give the maximum; dates in the future are ignored.
 *
 * @example
 * // a feed that publishes every 4 hours is checked every 2 hours
 * nextCheckAfter([t, t - 4 * 3600e3, t - 8 * 3600e3], now); // now + 2 h
 */
export function nextCheckAfter(
  publishTimes: readonly Date[],
  now: Date,
  options: CheckIntervalOptions = {},
): Date {
  const min = options.minMs ?? 15 * MINUTE;
  const max = options.maxMs ?? 24 * HOUR;
  const windowMs = options.windowMs ?? 30 * 24 * HOUR;
  const nowMs = now.getTime();
  const recent = publishTimes
    .map((d) => d.getTime())
    .filter((t) => Number.isFinite(t) && t <= nowMs && nowMs - t <= windowMs)
    .sort((a, b) => b - a)
    .slice(0, 20);
  let interval = max;
  const newest = recent[0];
  const oldest = recent[recent.length - 1];
  if (recent.length >= 2 && newest !== undefined && oldest !== undefined) {
    const meanGap = (newest - oldest) / (recent.length - 1);
    interval = Math.min(max, Math.max(min, meanGap / 2));
  }
  return new Date(nowMs + interval);
}
