/**
 * One HTTP GET (one redirect hop) to an address the guard already checked, with connect and
 * total timeouts. Node's own DNS is bypassed through a pinned `lookup`, so the socket goes to
 * exactly that address while Host and TLS SNI keep the host name.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { BodyTooLargeError, readBody, UnsupportedEncodingError } from "./body.js";
import type { FetchErrorKind, ResolvedAddress } from "./types.js";

export interface HopOptions {
  url: URL;
  target: ResolvedAddress;
  headers: Record<string, string>;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBodyBytes: number;
  signal?: AbortSignal;
}

export type HopResult =
  | { ok: true; status: number; headers: IncomingHttpHeaders; body: Buffer | null }
  | { ok: false; kind: FetchErrorKind; message: string };

type HopFailure = Extract<HopResult, { ok: false }>;

function pinnedLookup(target: ResolvedAddress): LookupFunction {
  // Node asks for one address or, with autoSelectFamily, for a list: answer both shapes.
  type Callback = (error: null, address: unknown, family?: number) => void;
  return ((_hostname: string, options: { all?: boolean }, callback: Callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

function describe(error: unknown): HopFailure {
  if (error instanceof BodyTooLargeError)
    return { ok: false, kind: "too-large", message: error.message };
  if (error instanceof UnsupportedEncodingError) {
    return { ok: false, kind: "network", message: error.message };
  }
  const code = (error as { code?: string }).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith("Z_") || code === "ERR__ERROR_FORMAT_PACKET") {
    return { ok: false, kind: "network", message: `corrupt compressed body: ${message}` };
  }
  if (code.startsWith("HPE_")) {
    return { ok: false, kind: "network", message: `malformed HTTP response: ${message}` };
  }
  return { ok: false, kind: "network", message: code ? `${code}: ${message}` : message };
}

async function exchange(o: HopOptions, signal: AbortSignal, onConnected: () => void) {
  const secure = o.url.protocol === "https:";
  const req = (secure ? https : http).request(o.url, {
    method: "GET",
    headers: o.headers,
    agent: false, // no pooled sockets: every request is bound to the address checked for it
    lookup: pinnedLookup(o.target),
    signal,
  });
  req.on("socket", (socket) => {
    socket.once(secure ? "secureConnect" : "connect", onConnected);
  });
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
  // Later errors (abort, reset mid-body) surface through the body stream; never unhandled.
  req.on("error", () => {});
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 299) {
    res.on("error", () => {});
    res.destroy(); // redirects and errors: their bodies are not wanted
    return { ok: true as const, status, headers: res.headers, body: null };
  }
  const body = await readBody(res, o.maxBodyBytes);
  return { ok: true as const, status, headers: res.headers, body };
}

/**
 * Sends one GET and never throws: every failure becomes a `{ ok: false, kind, message }`.
 *
 * @example
 * const hop = await sendHop({ url, target: { address: "93.184.216.34", family: 4 }, headers, connectTimeoutMs: 10_000, totalTimeoutMs: 30_000, maxBodyBytes: 1 << 20 });
 */
export async function sendHop(o: HopOptions): Promise<HopResult> {
  const controller = new AbortController();
  let failure: HopFailure | null = null;
  const fail = (kind: FetchErrorKind, message: string) => {
    failure ??= { ok: false, kind, message };
    controller.abort();
  };
  const total = setTimeout(
    () => fail("timeout", `no complete answer from ${o.url.host} within ${o.totalTimeoutMs} ms`),
    o.totalTimeoutMs,
  );
  const connect = setTimeout(
    () => fail("timeout", `could not connect to ${o.url.host} within ${o.connectTimeoutMs} ms`),
    o.connectTimeoutMs,
  );
  const cancel = () => fail("timeout", "cancelled");
  if (o.signal?.aborted) cancel();
  o.signal?.addEventListener("abort", cancel);
  try {
    return await exchange(o, controller.signal, () => clearTimeout(connect));
  } catch (error) {
    return failure ?? describe(error);
  } finally {
    clearTimeout(total);
    clearTimeout(connect);
    o.signal?.removeEventListener("abort", cancel);
  }
}
