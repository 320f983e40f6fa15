import { createServer, type Server, type Socket } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FetcherOptions, FetchResult } from "../../../src/integrations/feeds/fetch/index.js";
import { createFetcher } from "../../../src/integrations/feeds/fetch/index.js";
import { startTestServer, type TestServer } from "./server.js";

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`;
const LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";

let server: TestServer;
const fetcherFor = (options: Partial<FetcherOptions> = {}) =>
  createFetcher({ version: "9.9.9", allowPrivateNetworks: true, perHostDelayMs: 0, ...options });

function expectError(result: FetchResult, kind: string) {
  if (result.status !== "error") throw new Error(`expected an error, got ${result.status}`);
  expect(result.kind).toBe(kind);
  return result;
}

beforeAll(async () => {
  const big = Buffer.alloc(4 * 1024 * 1024, "a"); // 4 MiB of one byte: gzips to ~4 KiB
  server = await startTestServer({
    "/feed.xml": {
      body: FEED,
      etag: '"v1"',
      lastModified: LAST_MODIFIED,
      headers: { "content-type": "application/rss+xml; charset=utf-8" },
    },
    "/lm-only.xml": { body: FEED, lastModified: LAST_MODIFIED },
    "/gzip.xml": { body: FEED, encoding: "gzip" },
    "/deflate.xml": { body: FEED, encoding: "deflate" },
    "/deflate-raw.xml": { body: FEED, encoding: "deflate-raw" },
    "/br.xml": { body: FEED, encoding: "br" },
    "/corrupt-gzip.xml": { body: "not gzip at all", headers: { "content-encoding": "gzip" } },
    "/a": { status: 301, headers: { location: "/b" } },
    "/b": { status: 302, headers: { location: "/c" } },
    "/c": { status: 308, headers: { location: "/feed.xml" } },
    "/p1": { status: 308, headers: { location: "/p2" } },
    "/p2": { status: 301, headers: { location: "/feed.xml?final" } },
    "/t1": { status: 307, headers: { location: "/p2" } },
    "/loop": { status: 302, headers: { location: "/loop" } },
    "/to-file": { status: 302, headers: { location: "file:///etc/passwd" } },
    "/no-location": { status: 301 },
    "/slow-headers": { body: FEED, delayMs: 2_000 },
    "/slow-body": { body: FEED.repeat(20), slowBody: { size: 10, intervalMs: 100 } },
    "/big": { body: big },
    "/bomb": { body: big, encoding: "gzip" },
    "/bomb-br": { body: big, encoding: "br" },
    "/429": { status: 429, headers: { "retry-after": "120" } },
    "/500": { status: 500 },
    "/404": { status: 404 },
    "/410": { status: 410 },
    "/408": { status: 408 },
  });
});
afterAll(() => server.close());

describe("conditional GET", () => {
  it("returns the body with ETag and Last-Modified, then 304 costs nothing", async () => {
    const fetcher = fetcherFor();
    const first = await fetcher.fetch({ url: `${server.url}/feed.xml` });
    expect(first).toMatchObject({
      status: "ok",
      httpStatus: 200,
      etag: '"v1"',
      lastModified: LAST_MODIFIED,
    });
    if (first.status !== "ok") return;
    expect(first.body.toString()).toBe(FEED);
    expect(first.contentType).toBe("application/rss+xml; charset=utf-8");
    expect(first.url).toBe(`${server.url}/feed.xml`);
    expect(first.permanentUrl).toBeNull();
    const second = await fetcher.fetch({
      url: first.url,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toEqual({ status: "not-modified", permanentUrl: null });
    const sent = server.hitsFor("/feed.xml").at(-1)?.headers;
    expect(sent?.["if-none-match"]).toBe('"v1"');
    expect(sent?.["if-modified-since"]).toBe(LAST_MODIFIED);
  });

  it("uses If-Modified-Since alone", async () => {
    const r = await fetcherFor().fetch({
      url: `${server.url}/lm-only.xml`,
      lastModified: LAST_MODIFIED,
    });
    expect(r.status).toBe("not-modified");
  });

  it("sends the product's User-Agent, a feed-first Accept and the encodings it speaks", async () => {
    await fetcherFor().fetch({ url: `${server.url}/feed.xml` });
    const h = server.hitsFor("/feed.xml").at(-1)?.headers;
    expect(h?.["user-agent"]).toBe(
      "Tellerrand/9.9.9 (+https://github.com/tellerrand; local-first feed reader)",
    );
    expect(h?.accept?.startsWith("application/rss+xml")).toBe(true);
    expect(h?.["accept-encoding"]).toBe("gzip, deflate, br");
  });
});

describe("content encodings", () => {
  it.each(["gzip", "deflate", "deflate-raw", "br"])("decodes %s", async (name) => {
    const r = await fetcherFor().fetch({ url: `${server.url}/${name}.xml` });
    expect(r.status).toBe("ok");
    if (r.status === "ok") expect(r.body.toString()).toBe(FEED);
  });

  it("reports a corrupt compressed body as a network error", async () => {
    const r = expectError(
      await fetcherFor().fetch({ url: `${server.url}/corrupt-gzip.xml` }),
      "network",
    );
    expect(r.message).toMatch(/corrupt compressed body/);
  });
});

describe("redirects", () => {
  it("follows 301→302→308→200; permanentUrl only from the leading permanent hops", async () => {
    const r = await fetcherFor().fetch({ url: `${server.url}/a` });
    expect(r).toMatchObject({
      status: "ok",
      url: `${server.url}/feed.xml`,
      permanentUrl: `${server.url}/b`,
    });
  });

  it("reports the end of an all-permanent chain", async () => {
    const r = await fetcherFor().fetch({ url: `${server.url}/p1` });
    expect(r).toMatchObject({ status: "ok", permanentUrl: `${server.url}/feed.xml?final` });
  });

  it("ignores permanent hops after a temporary one", async () => {
    const r = await fetcherFor().fetch({ url: `${server.url}/t1` });
    expect(r).toMatchObject({ status: "ok", permanentUrl: null });
  });

  it("reports permanentUrl with a 304 too", async () => {
    const r = await fetcherFor().fetch({ url: `${server.url}/p1`, etag: '"v1"' });
    expect(r).toEqual({ status: "not-modified", permanentUrl: `${server.url}/feed.xml?final` });
  });

  it("gives up after 5 redirects", async () => {
    const before = server.hitsFor("/loop").length;
    const r = expectError(await fetcherFor().fetch({ url: `${server.url}/loop` }), "client-error");
    expect(r.message).toMatch(/more than 5 redirects/);
    expect(server.hitsFor("/loop").length - before).toBe(6);
  });

  it("refuses a redirect to another scheme and one without Location", async () => {
    expectError(await fetcherFor().fetch({ url: `${server.url}/to-file` }), "bad-url");
    expectError(await fetcherFor().fetch({ url: `${server.url}/no-location` }), "client-error");
  });
});

describe("timeouts and size cap", () => {
  it("times out on slow headers", async () => {
    const r = await fetcherFor({ totalTimeoutMs: 300 }).fetch({
      url: `${server.url}/slow-headers`,
    });
    expect(expectError(r, "timeout").message).toMatch(/within 300 ms/);
  });

  it("times out on a slow body that started in time", async () => {
    const r = await fetcherFor({ totalTimeoutMs: 400 }).fetch({ url: `${server.url}/slow-body` });
    expectError(r, "timeout");
  });

  it("times out when the TLS handshake never completes (connect timeout)", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    const r = await fetcherFor({ connectTimeoutMs: 200, totalTimeoutMs: 5_000 }).fetch({
      url: `https://127.0.0.1:${port}/`,
    });
    expect(expectError(r, "timeout").message).toMatch(/could not connect/);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("stops a plain body over the cap", async () => {
    const r = await fetcherFor({ maxBodyBytes: 1024 * 1024 }).fetch({ url: `${server.url}/big` });
    expectError(r, "too-large");
  });

  it.each(["/bomb", "/bomb-br"])(
    "stops a compression bomb (%s) at the decompressed cap",
    async (path) => {
      const r = await fetcherFor({ maxBodyBytes: 1024 * 1024 }).fetch({
        url: `${server.url}${path}`,
      });
      expectError(r, "too-large");
      const ok = await fetcherFor({ maxBodyBytes: 8 * 1024 * 1024 }).fetch({
        url: `${server.url}${path}`,
      });
      expect(ok.status === "ok" && ok.body.length).toBe(4 * 1024 * 1024);
    },
  );
});

describe("status classification", () => {
  it("500 and 408 are worth a retry, 404 and 410 are client errors", async () => {
    const f = fetcherFor();
    expect(expectError(await f.fetch({ url: `${server.url}/500` }), "retry").httpStatus).toBe(500);
    expect(expectError(await f.fetch({ url: `${server.url}/408` }), "retry").httpStatus).toBe(408);
    expect(
      expectError(await f.fetch({ url: `${server.url}/404` }), "client-error").httpStatus,
    ).toBe(404);
    expect(
      expectError(await f.fetch({ url: `${server.url}/410` }), "client-error").httpStatus,
    ).toBe(410);
  });

  it("refuses anything but http and https, and non-URLs", async () => {
    const f = fetcherFor();
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.com/feed",
      "gopher://x/",
      "not a url",
    ]) {
      expectError(await f.fetch({ url }), "bad-url");
    }
  });

  it("reports a refused connection as a network error", async () => {
    const closed = await startTestServer({});
    await closed.close();
    expectError(await fetcherFor().fetch({ url: `${closed.url}/x` }), "network");
  });

  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = fetcherFor().fetch({
      url: `${server.url}/slow-headers`,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect(expectError(await pending, "timeout").message).toBe("cancelled");
  });
});

it("keeps the gzip fixture honest: the bomb really is small on the wire", () => {
  expect(zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, "a")).length).toBeLessThan(10_000);
});
