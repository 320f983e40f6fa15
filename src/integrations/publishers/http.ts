/** Small HTTP helpers every provider shares: JSON calls and rate-limit header parsing. */
import {
  classifyStatus,
  type FailureKind,
  type PublishFailure,
} from "../../domain/publishing/failures.js";

export interface HttpReply {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** One HTTP call with a timeout; network errors become a `retry` failure, never a throw. */
export async function call(
  url: string,
  init: RequestInit & { timeoutMs?: number },
): Promise<HttpReply | PublishFailure> {
  try {
    const res = await fetch(url, {
      ...init,
      signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text === "" ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: res.status, headers: res.headers, body, text };
  } catch (error) {
    return {
      kind: "retry",
      message: `network error: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export function isFailure(r: HttpReply | PublishFailure): r is PublishFailure {
  return "kind" in r;
}

/**
 * How long a server asked us to wait: `Retry-After` (seconds or HTTP date), else a rate-limit
 * reset header (`X-RateLimit-Reset`, X's `x-rate-limit-reset`, `RateLimit-Reset`: ISO date or
 * epoch seconds).
 */
export function waitFromHeaders(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    if (/^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset =
    headers.get("x-ratelimit-reset") ??
    headers.get("x-rate-limit-reset") ??
    headers.get("ratelimit-reset");
  if (reset !== null) {
    const at = /^\d+$/.test(reset.trim()) ? Number(reset) * 1000 : Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
}

/** A failure from a non-2xx reply, with the network's message and any wait it asked for. */
export function failureOf(reply: HttpReply, message: string, kind?: FailureKind): PublishFailure {
  const wait = waitFromHeaders(reply.headers, Date.now());
  return {
    kind: kind ?? classifyStatus(reply.status),
    message: `HTTP ${reply.status}: ${message}`,
    httpStatus: reply.status,
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  };
}
