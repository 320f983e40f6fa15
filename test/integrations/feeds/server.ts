/**
 * A loopback HTTP server for feed tests. Routes are declared as data (status, headers, body,
 * delay, slow chunked body, compression, conditional GET) or as a function of the request.
 * It records every hit and the peak number of requests in flight.
 *
 * @example
 * const server = await startTestServer({ "/feed.xml": { body: "<rss/>", etag: '"v1"' } });
 * await fetch(`${server.url}/feed.xml`);
 * server.hits.length; // 1
 * await server.close();
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

export interface RouteSpec {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Wait this long before sending the status line and headers. */
  delayMs?: number;
  /** Send the (encoded) body in pieces of `size` bytes, one every `intervalMs`. */
  slowBody?: { size: number; intervalMs: number };
  /** Compress the body and set Content-Encoding ("deflate-raw" is sent as "deflate"). */
  encoding?: "gzip" | "deflate" | "deflate-raw" | "br";
  /** Answer 304 when If-None-Match carries it. */
  etag?: string;
  /** Answer 304 when If-Modified-Since equals it. */
  lastModified?: string;
}

export interface Hit {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** From the `now` option (default Date.now) when the request arrived. */
  at: number;
}

export type Route =
  | RouteSpec
  | ((req: IncomingMessage, hit: Hit) => RouteSpec | Promise<RouteSpec>);

export interface TestServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  port: number;
  hits: Hit[];
  hitsFor(path: string): Hit[];
  /** Requests being answered now, and the most at any one time. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  close(): Promise<void>;
}

const ENCODERS = {
  gzip: (b: Buffer) => zlib.gzipSync(b),
  deflate: (b: Buffer) => zlib.deflateSync(b),
  "deflate-raw": (b: Buffer) => zlib.deflateRawSync(b),
  br: (b: Buffer) => zlib.brotliCompressSync(b),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function notModified(req: IncomingMessage, spec: RouteSpec): boolean {
  const inm = req.headers["if-none-match"];
  if (spec.etag && inm) return inm.split(",").some((t) => t.trim() === spec.etag);
  return Boolean(spec.lastModified && req.headers["if-modified-since"] === spec.lastModified);
}

async function answer(req: IncomingMessage, res: ServerResponse, spec: RouteSpec): Promise<void> {
  if (spec.delayMs) await sleep(spec.delayMs);
  if (res.destroyed) return;
  const headers: Record<string, string | string[]> = { ...spec.headers };
  if (spec.etag) headers.etag = spec.etag;
  if (spec.lastModified) headers["last-modified"] = spec.lastModified;
  if (notModified(req, spec)) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = Buffer.from(spec.body ?? "");
  if (spec.encoding) {
    body = ENCODERS[spec.encoding](body);
    headers["content-encoding"] = spec.encoding === "deflate-raw" ? "deflate" : spec.encoding;
  }
  if (!spec.slowBody) {
    res.writeHead(spec.status ?? 200, { "content-length": String(body.length), ...headers });
    res.end(body);
    return;
  }
  res.writeHead(spec.status ?? 200, headers); // no length: chunked transfer
  for (let i = 0; i < body.length && !res.destroyed; i += spec.slowBody.size) {
    res.write(body.subarray(i, i + spec.slowBody.size));
    await sleep(spec.slowBody.intervalMs);
  }
  res.end();
}

/** Starts the server on 127.0.0.1 and a free port. Unknown paths answer 404. */
export async function startTestServer(
  routes: Record<string, Route>,
  options: { now?: () => number } = {},
): Promise<TestServer> {
  const now = options.now ?? Date.now;
  const hits: Hit[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const hit: Hit = { method: req.method ?? "GET", path, headers: req.headers, at: now() };
    hits.push(hit);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    const route = routes[path] ?? routes[path.split("?")[0] ?? path];
    if (!route) {
      res.writeHead(404).end("not found");
      return;
    }
    Promise.resolve(typeof route === "function" ? route(req, hit) : route)
      .then((spec) => answer(req, res, spec))
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    hitsFor: (path) => hits.filter((h) => h.path === path),
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
